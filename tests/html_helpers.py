"""Small made-up iXBRL documents for the HTML and XBRL tests."""

from __future__ import annotations

from lxml import etree

NS = (
    'xmlns="http://www.w3.org/1999/xhtml" xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" '
    'xmlns:xbrli="http://www.xbrl.org/2003/instance" xmlns:xbrldi="http://xbrl.org/2006/xbrldi" '
    'xmlns:iso4217="http://www.xbrl.org/2003/iso4217" xmlns:us-gaap="http://fasb.org/us-gaap/2024" '
    'xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12" '
    'xmlns:ixt-sec="http://www.sec.gov/inlineXBRL/transformation/2015-08-31" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:srt="http://fasb.org/srt/2024" '
    'xmlns:co="http://example.com/co"'
)

CONTEXTS = """
<xbrli:context id="fy24"><xbrli:entity><xbrli:identifier scheme="x">1</xbrli:identifier>
</xbrli:entity><xbrli:period><xbrli:startDate>2024-01-01</xbrli:startDate>
<xbrli:endDate>2024-12-31</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:context id="q3"><xbrli:entity><xbrli:identifier scheme="x">1</xbrli:identifier>
</xbrli:entity><xbrli:period><xbrli:startDate>2024-06-30</xbrli:startDate>
<xbrli:endDate>2024-09-28</xbrli:endDate></xbrli:period></xbrli:context>
<xbrli:context id="i24"><xbrli:entity><xbrli:identifier scheme="x">1</xbrli:identifier>
</xbrli:entity><xbrli:period><xbrli:instant>2024-12-31</xbrli:instant></xbrli:period>
</xbrli:context>
<xbrli:context id="i24seg"><xbrli:entity><xbrli:identifier scheme="x">1</xbrli:identifier>
<xbrli:segment><xbrldi:explicitMember dimension="srt:ProductOrServiceAxis">co:CloudServicesMember
</xbrldi:explicitMember></xbrli:segment></xbrli:entity><xbrli:period>
<xbrli:instant>2024-12-31</xbrli:instant></xbrli:period></xbrli:context>
"""

UNITS = """
<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>
<xbrli:unit id="shares"><xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unit>
<xbrli:unit id="pure"><xbrli:measure>xbrli:pure</xbrli:measure></xbrli:unit>
<xbrli:unit id="usdPerShare"><xbrli:divide><xbrli:unitNumerator>
<xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unitNumerator><xbrli:unitDenominator>
<xbrli:measure>xbrli:shares</xbrli:measure></xbrli:unitDenominator></xbrli:divide></xbrli:unit>
"""


def ixbrl(body: str) -> bytes:
    """A whole iXBRL document around `body` (XHTML with ix: tags), with the contexts fy24
    (year 2024), q3 (a quarter), i24 (instant 2024-12-31), i24seg (the same with a member)
    and the units usd, shares, pure, usdPerShare."""
    return (
        f"<?xml version='1.0' encoding='UTF-8'?>\n<html {NS}><head><title>t</title></head><body>"
        f'<div style="display:none"><ix:header><ix:resources>{CONTEXTS}{UNITS}</ix:resources>'
        f"</ix:header></div>{body}</body></html>"
    ).encode()


def nf(value: str, *, name: str = "us-gaap:Revenues", ctx: str = "fy24", unit: str = "usd",
       scale: str = "6", fmt: str = "ixt:num-dot-decimal", extra: str = "") -> str:
    """An ix:nonFraction tag."""
    return (f'<ix:nonFraction name="{name}" contextRef="{ctx}" unitRef="{unit}" '
            f'decimals="-6" scale="{scale}" format="{fmt}" {extra}>{value}</ix:nonFraction>')


def visible_strings(data: bytes) -> str:
    """The page's text nodes outside scripts, styles, the head and hidden elements, joined:
    an independent view of what a reader sees, to check spans against."""
    from lxml import html

    root = html.document_fromstring(data)
    out: list[str] = []

    def walk(el: etree._Element) -> None:
        if not isinstance(el.tag, str):
            return
        tag = el.tag.rsplit(":", 1)[-1].lower()
        style = (el.get("style") or "").replace(" ", "").lower()
        if tag in ("script", "style", "head", "header") or "display:none" in style:
            return
        out.append(el.text or "")
        for child in el:
            walk(child)
            out.append(child.tail or "")

    walk(root)
    return " ".join(" ".join(out).split())
