"""The filer's own XBRL tags as gold facts in the contract's terms.

Each `ix:nonFraction` of a note or statement becomes one gold fact at its place in the
rendered text:

- amount as displayed: the tag's text without separators, negative when parentheses enclose
  it (or a minus stands right before it) — the `sign` attribute says what the value *means*,
  not what the text shows; `ixt:fixed-zero` (a dash) is "0"; numbers in words are their value;
- scale from the tag's `scale` when it is 3, 6 or 9 (a percentage's -2 and a plain 0 are 0);
- unit from the unit: its ISO 4217 code (also for per-share amounts), `share` for shares,
  `percent` for `pure` when the text shows "%" after it, else null;
- period from the context: the instant date, or P{n}M/end with n the months between start
  and end, rounded;
- entity from the context's first explicit dimension member, in words;
- label from the label linkbase beside the filing when there is one, else the concept's name
  in words;
- `xsi:nil="true"` (no content): a blank fact at the empty position where the tag stands.
"""

from __future__ import annotations

import re
from functools import partial
from pathlib import Path

from lxml import etree

from extractor.facts import Fact
from extractor.html.ixbrl import (
    NON_FRACTION,
    IxDocument,
    IxFiling,
    concept_words,
    context_period,
)
from extractor.number_words import word_value

XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"
LINK = "http://www.xbrl.org/2003/linkbase"
XLINK = "http://www.w3.org/1999/xlink"
_ZERO_WORDS = frozenset({"no", "none", "zero", "nil"})
_SIGN_GAP = " \n|$€£¥"


def displayed_amount(el: etree._Element, text: str, start: int, end: int) -> str | None:
    """The amount as the text shows it (None when the tag's text is not a number)."""
    fmt = (el.get("format") or "").rsplit(":", 1)[-1].lower()
    shown = " ".join("".join(el.itertext()).split())
    value: str | None
    if fmt in ("fixed-zero", "zerodash", "fixed-empty") or shown in ("—", "-", "–"):
        value = "0"
    elif "numword" in fmt or "num-word" in fmt:
        value = _word_value(shown)
    else:
        value = _digits(shown, comma_decimal="comma-decimal" in fmt or "numcommadecimal" in fmt)
    if value is None:
        return None
    if value != "0" and _negative(text, start, end):
        value = "-" + value
    return value


def _word_value(shown: str) -> str | None:
    w = shown.lower().strip()
    if w in _ZERO_WORDS:
        return "0"
    if (n := word_value(w)) is not None and not w.isdigit():
        return str(n)
    return _digits(shown, comma_decimal=False)


def _digits(shown: str, *, comma_decimal: bool) -> str | None:
    s = shown.replace(" ", "")
    s = s.replace(".", "").replace(",", ".") if comma_decimal else s.replace(",", "")
    m = re.search(r"\d+(?:\.\d+)?", s)
    if not m:
        return None
    return m.group(0)


def _negative(text: str, start: int, end: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in _SIGN_GAP:
        j -= 1
    if j >= 0 and text[j] in "-−–":
        # a minus, not the dash of a range ("0.03% – 6.65%", "33 - 36")
        before = text[max(0, j - 12) : j].rstrip(" ")
        return "\n" not in text[j:start] and not re.search(r"[\d%)]$", before)
    if j < 0 or text[j] != "(":
        return False
    k = end
    while k < len(text) and text[k] in " \n|%":
        k += 1
    return k < len(text) and text[k] == ")"


def unit_of(measures: tuple[str, ...] | None, text: str, end: int) -> str | None:
    """The contract's unit of a tag's unit, given what the text shows after it."""
    if not measures:
        return None
    first = measures[0]
    prefix, _, local = first.rpartition(":")
    if prefix == "iso4217" and re.fullmatch(r"[A-Z]{3}", local):
        return local
    if len(measures) > 1:
        return None
    if local == "shares":
        return "share"
    if local == "pure":
        after = text[end : end + 4].lstrip(" \n|")
        return "percent" if after.startswith("%") else None
    return None


def read_labels(filing_path: Path) -> dict[str, str]:
    """Standard labels by concept ("aapl:Foo") from the label linkbase beside the filing
    (`STEM_lab.xml`, or the folder's only `*_lab.xml`); {} when there is none."""
    folder = filing_path.parent
    candidates = [folder / f"{filing_path.stem}_lab.xml"]
    found = [p for p in candidates if p.is_file()] or sorted(folder.glob("*_lab.xml"))
    if len(found) != 1:
        return {}
    try:
        root = etree.parse(str(found[0]), etree.XMLParser(recover=True, no_network=True,
                                                          huge_tree=True)).getroot()
    except (OSError, etree.XMLSyntaxError):
        return {}
    if root is None:
        return {}
    return _labels_of(root)


def _labels_of(root: etree._Element) -> dict[str, str]:
    href, label_attr = f"{{{XLINK}}}href", f"{{{XLINK}}}label"
    concept_of_loc = {}
    for loc in root.iter(f"{{{LINK}}}loc"):
        frag = (loc.get(href) or "").rpartition("#")[2]
        prefix, _, local = frag.partition("_")
        if local:
            concept_of_loc[loc.get(label_attr)] = f"{prefix}:{local}"
    texts: dict[str, str] = {}
    for lab in root.iter(f"{{{LINK}}}label"):
        role = lab.get(f"{{{XLINK}}}role") or ""
        if role.endswith("/label") and lab.text:
            texts[lab.get(label_attr) or ""] = " ".join(lab.text.split())
    out: dict[str, str] = {}
    for arc in root.iter(f"{{{LINK}}}labelArc"):
        concept = concept_of_loc.get(arc.get(f"{{{XLINK}}}from"))
        label = texts.get(arc.get(f"{{{XLINK}}}to") or "")
        if concept and label:
            out.setdefault(concept, label)
    return out


def _quote(text: str, start: int, end: int) -> str:
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    le = len(text) if le < 0 else le
    quote = text[max(ls, start - 40) : min(le, end + 40)]
    return quote if quote.strip() else text[max(0, start - 20) : end + 20]


def gold_facts(filing: IxFiling, doc: IxDocument, labels: dict[str, str]) -> list[Fact]:
    """The gold facts of one document: one per tagged number (nested duplicates left out)."""
    out: list[Fact] = []
    text = doc.text
    for el, start, end in doc.tagged:
        if any(a.tag == NON_FRACTION for a in el.iterancestors()):
            continue
        ctx = filing.contexts.get(el.get("contextRef") or "")
        name = el.get("name") or ""
        scale = _scale(el.get("scale"))
        fact = partial(
            Fact,
            label=labels.get(name) or concept_words(name),
            entity=concept_words(ctx.members[0]) if ctx and ctx.members else None,
            period=context_period(ctx),
            unit=unit_of(filing.units.get(el.get("unitRef") or ""), text, end),
            scale=scale,
        )
        if el.get(XSI_NIL) == "true":
            out.append(fact(amount=None, blank=True, quote=_quote(text, start, start),
                            span=(start, start)))
            continue
        amount = displayed_amount(el, text, start, end)
        if amount is None:
            continue
        out.append(fact(amount=amount, quote=_quote(text, start, end), span=(start, end)))
    return _join_ranges(out, text)


# What stands between the two ends of a range the filer tagged as two numbers ("0.03% –
# 6.72%", "$1.34 to $154.14", "3-5 years")
_RANGE_GAP = re.compile(r"\s*%?\s*(?:[-–—~]|to)\s*\$?\s*")


def _join_ranges(facts: list[Fact], text: str) -> list[Fact]:
    """Two tags that are the ends of one range in the text are one fact with `amount_max`
    (FACTS.md: "3-5 years" is amount 3, amount_max 5), as the contract scores it."""
    out: list[Fact] = []
    for f in facts:
        prev = out[-1] if out else None
        if (prev is not None and prev.span and f.span and not prev.blank and not f.blank
                and prev.amount_max is None and prev.period == f.period
                and _range_units(prev, f, text) and prev.entity == f.entity
                and not (prev.amount or "").startswith("-")
                and not (f.amount or "").startswith("-")
                and _RANGE_GAP.fullmatch(text[prev.span[1] : f.span[0]])):
            out[-1] = prev.model_copy(update={
                "amount_max": f.amount, "span": (prev.span[0], f.span[1]), "unit": f.unit,
                "quote": _quote(text, prev.span[0], f.span[1])})
            continue
        out.append(f)
    return out


def _range_units(prev: Fact, f: Fact, text: str) -> bool:
    """The two ends of a range share a unit; "4.70-5.75%" prints its "%" once, after the
    range, so a pure first end without one is the second end's percent."""
    if prev.unit == f.unit:
        return True
    assert prev.span is not None and f.span is not None
    return (prev.unit is None and f.unit == "percent"
            and "%" not in text[prev.span[1] : f.span[0]])


def _scale(raw: str | None) -> int:
    try:
        value = int(raw or "0")
    except ValueError:
        return 0
    return value if value in (3, 6, 9) else 0
