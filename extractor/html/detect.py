"""What an input is, told by its content (not its name), and parsing HTML with lxml.

Kinds: "ixbrl" (an inline-XBRL filing document: its root declares the inlineXBRL namespace),
"rpage" (a page of the SEC viewer: EdgarRenderer's `<table class="report">`), "html" (any
other HTML page: only its visible text is read) and "text" (everything else, read as the
viewer's text as before).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

_HEAD = 65536
_IXBRL = re.compile(rb"http://www\.xbrl\.org/2013/inlineXBRL|<ix:header\b", re.IGNORECASE)
_RPAGE = re.compile(rb"<table[^>]*\bclass=\"report\"", re.IGNORECASE)
_HTML = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|body|div|table|p|span|font)\b",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(rb"</?(?:div|p|td|tr|table|span|br|font|b|i)\b[^>]*>", re.IGNORECASE)


def detect_kind(data: bytes) -> str:
    """"ixbrl", "rpage", "html" or "text", from the first 64 KiB of the content."""
    head = data[:_HEAD].lstrip(b"\xef\xbb\xbf")
    if _IXBRL.search(head):
        return "ixbrl"
    if _RPAGE.search(head):
        return "rpage"
    if _HTML.match(head) or len(_TAG.findall(head[:8192])) >= 5:
        return "html"
    return "text"


def parse(data: bytes, kind: str) -> etree._Element:
    """The document's root element. iXBRL documents are XHTML and parsed as XML (so that the
    ix: namespace and the attributes' case survive), falling back to the HTML parser when the
    XML is broken; everything else goes through lxml's forgiving HTML parser."""
    from lxml import etree, html  # here, so that reading plain text never loads lxml
    if kind == "ixbrl":
        parser = etree.XMLParser(
            huge_tree=True, recover=True, resolve_entities=False, no_network=True
        )
        try:
            root = etree.fromstring(data, parser)
        except etree.XMLSyntaxError:
            root = None
        if root is not None:
            return root
    return html.document_fromstring(data)
