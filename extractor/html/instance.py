"""Plain XBRL instances (EDGAR's `*_htm.xml` extract of a filing): numeric facts and notes.

An instance holds every numeric fact of the filing as an element under `xbrli:xbrl` with
`contextRef`, `unitRef` and `decimals`, and each note as a `…TextBlock` fact whose content is
the note's HTML, escaped. Unlike inline XBRL nothing in a note's text is tagged in place, so
the numeric facts are gold for values and periods, not for spans
(`benchmarks/score_instance.py` matches the engine's facts to them by value).

Contexts and units are read as the iXBRL reader reads them (`ixbrl.read_contexts`,
`ixbrl.read_units`), and a note's text is made by `ixbrl.note_document`, so the engine sees
the same text for the same note through both readers. The notes are the text blocks that
are no policy (`…PolicyTextBlock`) and whose text no other block holds: a note's tables are
also tagged as `…TableTextBlock` facts of their own, copies of a part of the note.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from lxml import etree, html

from extractor.html.ixbrl import Context, IxDocument, note_document, read_contexts, read_units
from extractor.html.render import local_name

XSI_NIL = "{http://www.w3.org/2001/XMLSchema-instance}nil"


@dataclass(frozen=True)
class NumericFact:
    """One numeric fact of an instance: its value as stored (the sign it means), the
    precision it claims (`decimals`, None for INF) and its context and unit ids."""

    concept: str
    value: Decimal
    decimals: int | None
    context: str
    unit: str


@dataclass
class Instance:
    """A parsed instance: contexts, units (id -> measures), numeric facts and note texts."""

    contexts: dict[str, Context]
    units: dict[str, tuple[str, ...]]
    facts: list[NumericFact]
    documents: list[IxDocument]


def _decimals(raw: str | None) -> int | None:
    if raw is None or raw.strip().upper() == "INF":
        return None
    try:
        return int(raw)
    except ValueError:
        return None


def numeric_facts(root: etree._Element) -> list[NumericFact]:
    """The facts that carry a unit and a number (nil facts left out)."""
    out = []
    for el in root:
        if not isinstance(el.tag, str) or not el.get("unitRef") or el.get(XSI_NIL) == "true":
            continue
        try:
            value = Decimal((el.text or "").strip())
        except InvalidOperation:
            continue
        if not value.is_finite():
            continue
        prefix = el.prefix or ""
        concept = f"{prefix}:{local_name(el)}" if prefix else local_name(el)
        out.append(NumericFact(concept, value, _decimals(el.get("decimals")),
                               el.get("contextRef") or "", el.get("unitRef") or ""))
    return out


def _blocks(root: etree._Element) -> list[etree._Element]:
    return [el for el in root if isinstance(el.tag, str)
            and local_name(el).endswith("TextBlock")
            and not local_name(el).endswith("PolicyTextBlock")
            and ((el.text or "").strip() or len(el))]


_TAG = re.compile(r"<[A-Za-z!/]")


def _part(block: etree._Element) -> etree._Element | None:
    """What to render of a text block: its escaped HTML parsed (the usual form), its XHTML
    children where the filer wrote them unescaped, or its plain text line by line."""
    if len(block):
        return block  # an unknown tag renders inline, as the iXBRL text block does
    content = block.text or ""
    if not _TAG.search(content):
        # a plain-text block keeps its line breaks: each line a block of its own
        wrapper = html.Element("span")
        for line in content.splitlines():
            etree.SubElement(wrapper, "div").text = line
        return wrapper
    # an inline wrapper, as the iXBRL text block (ix:nonNumeric) is inline: no line break of
    # its own before the note's first words
    try:
        return html.fragment_fromstring(content, create_parent="span")
    except (etree.ParserError, ValueError):
        return None  # content lxml cannot read as HTML: the note is skipped, not the filing


def note_documents(root: etree._Element, stem: str,
                   contexts: dict[str, Context]) -> list[IxDocument]:
    """One document per note text block, in the instance's order; `doc_id` = `STEM#Concept`
    (a concept's second block `Concept-2`), as the iXBRL reader names them."""
    drafts: list[IxDocument] = []
    seen: dict[str, int] = {}
    for block in _blocks(root):
        concept = local_name(block)
        seen[concept] = seen.get(concept, 0) + 1
        name = concept if seen[concept] == 1 else f"{concept}-{seen[concept]}"
        ctx = contexts.get(block.get("contextRef") or "")
        if (part := _part(block)) is not None:
            drafts.append(note_document(f"{stem}#{name}", name, concept, ctx, [part]))
    # without any whitespace, so that a copy whose line breaks fall otherwise still is one
    bodies = ["".join(d.text[d.body_start:].split()) for d in drafts]
    return [d for i, d in enumerate(drafts)
            if not any(j != i and len(other) > len(bodies[i]) and bodies[i] in other
                       for j, other in enumerate(bodies))]


def read_instance(root: etree._Element, stem: str) -> Instance:
    """Contexts, units, numeric facts and notes of a plain XBRL instance."""
    contexts = read_contexts(root)
    return Instance(contexts=contexts, units=read_units(root), facts=numeric_facts(root),
                    documents=note_documents(root, stem, contexts))


def parse_instance(data: bytes) -> etree._Element:
    """The instance's root element (XML; recovered where broken, no network)."""
    parser = etree.XMLParser(huge_tree=True, recover=True, resolve_entities=False,
                             no_network=True)
    root = etree.fromstring(data, parser)
    if root is None:
        raise ValueError("not an XML document")
    return root
