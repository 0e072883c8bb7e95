"""Inline-XBRL filing documents: one document per note, and the statements as their own.

- A note is a `…TextBlock` `ix:nonNumeric` that no other text block contains, followed by its
  `ix:continuation` chain (`continuedAt` -> `id`); the tables and policies tagged inside it
  (`…TableTextBlock`, `…PolicyTextBlock`) are part of it. `doc_id` = `FILE#Concept` (the
  concept's local name, e.g. `aapl-10-k#RevenueFromContractWithCustomerTextBlock`).
- A note's text opens with the header the viewer shows above the same note on its R page
  (title, "|6 Months Ended", "Mar. 29, 2025"), made from the text block's own context, so
  undated amounts take the page period as they do on the viewer's page.
- A statement is a table outside every note that holds tagged numbers (`ix:nonFraction`):
  the balance sheet, income statement, cash flows and the like, each with the short lines
  just above it (its title and "(In millions, ...)"). `doc_id` = `FILE#Statement-NN-Title`.

Every tagged number's place in its document's text is recorded (`IxDocument.tagged`), which
is what makes the filing its own gold (see `extractor.html.xbrlgold`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from lxml import etree

from extractor.html.render import Rendered, is_hidden, lower_name, render

IX = "http://www.xbrl.org/2013/inlineXBRL"
XBRLI = "http://www.xbrl.org/2003/instance"
XBRLDI = "http://xbrl.org/2006/xbrldi"
NON_FRACTION = f"{{{IX}}}nonFraction"
NON_NUMERIC = f"{{{IX}}}nonNumeric"
CONTINUATION = f"{{{IX}}}continuation"
_MONTH_ABBR = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "Jun.", "Jul.", "Aug.", "Sep.", "Oct.",
               "Nov.", "Dec.")


@dataclass(frozen=True)
class Context:
    """An xbrli:context: its period and its explicit dimension members, in order."""

    start: str | None
    end: str | None
    instant: str | None
    members: tuple[str, ...] = ()


@dataclass
class IxDocument:
    """One note or statement: its rendered text and where each tagged number stands."""

    doc_id: str
    name: str
    text: str
    body_start: int
    tagged: list[tuple[etree._Element, int, int]] = field(default_factory=list)
    kind: str = "note"


@dataclass
class IxFiling:
    """A parsed filing: contexts, units (id -> measures) and its documents."""

    contexts: dict[str, Context]
    units: dict[str, tuple[str, ...]]
    documents: list[IxDocument]


def read_contexts(root: etree._Element) -> dict[str, Context]:
    """Contexts by id."""
    out: dict[str, Context] = {}
    for ctx in root.iter(f"{{{XBRLI}}}context"):
        cid = ctx.get("id")
        if not cid:
            continue
        members = tuple(
            (m.text or "").strip() for m in ctx.iter(f"{{{XBRLDI}}}explicitMember")
        )
        out[cid] = Context(
            start=_date_text(ctx, "startDate"), end=_date_text(ctx, "endDate"),
            instant=_date_text(ctx, "instant"), members=members,
        )
    return out


def _date_text(ctx: etree._Element, tag: str) -> str | None:
    """The context's date, None when it has none or none that is a real day ("2024-13-01")."""
    el = ctx.find(f".//{{{XBRLI}}}{tag}")
    text = (el.text or "").strip()[:10] if el is not None and el.text else None
    try:
        return date.fromisoformat(text).isoformat() if text else None
    except ValueError:
        return None


def read_units(root: etree._Element) -> dict[str, tuple[str, ...]]:
    """Units by id: their measures ("iso4217:USD"; a divide gives numerator then
    denominator)."""
    out: dict[str, tuple[str, ...]] = {}
    for unit in root.iter(f"{{{XBRLI}}}unit"):
        uid = unit.get("id")
        if uid:
            out[uid] = tuple((m.text or "").strip() for m in unit.iter(f"{{{XBRLI}}}measure"))
    return out


def months_between(start: str, end: str) -> int:
    """Whole months a duration covers, rounded (2024-09-29 to 2025-03-29 -> 6)."""
    days = (date.fromisoformat(end) - date.fromisoformat(start)).days + 1
    return max(1, round(days / 30.4375))


def context_period(ctx: Context | None) -> str | None:
    """The contract's period of a context: the instant, or P{n}M/end."""
    if ctx is None:
        return None
    if ctx.instant:
        return ctx.instant
    if ctx.start and ctx.end:
        try:
            return f"P{months_between(ctx.start, ctx.end)}M/{ctx.end}"
        except ValueError:
            return None
    return None


def viewer_date(iso: str) -> str:
    """"2025-03-29" as the viewer's header writes it: "Mar. 29, 2025"."""
    d = date.fromisoformat(iso)
    return f"{_MONTH_ABBR[d.month - 1]} {d.day}, {d.year}"


def concept_words(name: str) -> str:
    """A concept or member name in words: "us-gaap:OperatingLeaseLiability" -> "Operating
    Lease Liability" (the suffixes Member and TextBlock dropped)."""
    local = name.rsplit(":", 1)[-1].rsplit("_", 1)[-1]
    for suffix in ("TextBlock", "Member"):
        local = local.removesuffix(suffix)
    words = re.findall(r"[A-Z]+(?=[A-Z][a-z]|\d|\b)|[A-Z]?[a-z]+|\d+|[A-Z]+", local)
    return " ".join(words) or local


def _is_text_block(el: etree._Element) -> bool:
    return el.tag == NON_NUMERIC and (el.get("name") or "").endswith("TextBlock")


def _inside_note(el: etree._Element) -> bool:
    return any(_is_text_block(a) or a.tag == CONTINUATION for a in el.iterancestors())


def _chain(start: etree._Element, continuations: dict[str, etree._Element]) -> list:
    parts = [start]
    seen = {id(start)}
    nxt = start.get("continuedAt")
    while nxt and nxt in continuations and id(continuations[nxt]) not in seen:
        el = continuations[nxt]
        seen.add(id(el))
        parts.append(el)
        nxt = el.get("continuedAt")
    return parts


def _header(title: str, ctx: Context | None, scale: str | None = None) -> str:
    lines = ["|", title] + ([scale] if scale else [])
    if ctx is not None and ctx.start and ctx.end:
        lines += [f"|{months_between(ctx.start, ctx.end)} Months Ended", viewer_date(ctx.end)]
    elif ctx is not None and ctx.instant:
        lines.append(viewer_date(ctx.instant))
    lines.append("|")
    return "\n".join(lines) + "\n"


def _track(el: etree._Element) -> bool:
    return el.tag == NON_FRACTION


def _note_documents(root: etree._Element, stem: str,
                    contexts: dict[str, Context]) -> list[IxDocument]:
    continuations = {c.get("id"): c for c in root.iter(CONTINUATION) if c.get("id")}
    blocks = [b for b in root.iter(NON_NUMERIC) if _is_text_block(b)]
    head_of: dict[int, int] = {}  # continuation -> the text block whose chain it continues
    for b in blocks:
        for part in _chain(b, continuations)[1:]:
            head_of.setdefault(id(part), id(b))
    docs: list[IxDocument] = []
    seen_names: dict[str, int] = {}
    heads = [b for b in blocks if not _inside_note(b) and not _hidden_ancestor(b)]
    scale_of = _blanket_scales(root, heads)
    for block in heads:
        # A table block wrapped around another note's continuation ("Note 3 - <EPS title>"
        # then the table block holding the EPS note's body) is part of that note already.
        if any(head_of.get(id(c), id(block)) != id(block) for c in block.iter(CONTINUATION)):
            continue
        concept = (block.get("name") or "").rsplit(":", 1)[-1]
        seen_names[concept] = seen_names.get(concept, 0) + 1
        name = concept if seen_names[concept] == 1 else f"{concept}-{seen_names[concept]}"
        docs.append(note_document(
            f"{stem}#{name}", name, concept, contexts.get(block.get("contextRef") or ""),
            _chain(block, continuations), scale_of.get(block)))
    return docs


def note_document(doc_id: str, name: str, concept: str, ctx: Context | None, parts: list,
                  scale: str | None = None) -> IxDocument:
    """A note as the viewer shows it: the header made from its text block's name and context
    (and the blanket scale line it stands under) above its parts, one line per table cell.
    The plain XBRL instance's text blocks are read through here too, so that both readers
    give the engine the same text for the same note."""
    header = _header(concept_words(concept), ctx, scale)
    rendered = render(parts, track=_track, one_line_cells=True)
    return _document(doc_id, name, header, rendered, "note")


_BLOCKS = frozenset({"p", "div", "td", "th", "li", "center"})


def _blanket_scales(root: etree._Element, heads: list[etree._Element]) -> dict:
    """The scale statement each note stands under: the last visible line outside the notes
    and tables before it that states the scale of everything not said otherwise ("(Dollars
    in millions, except otherwise stated)" under "Notes to the Consolidated Financial
    Statements", a page header "Amounts in millions of dollars except per share amounts or
    as otherwise specified."). The notes' own text never repeats it."""
    lines = _statement_lines(root)
    wanted = set(heads)
    out: dict[etree._Element, str] = {}
    current: str | None = None
    for el in root.iter():
        if el in lines:
            current = lines[el]
        elif el in wanted and current:
            out[el] = current
    return out


def _statement_lines(root: etree._Element) -> dict[etree._Element, str]:
    """The visible blocks outside notes and tables that are a blanket scale statement."""
    from extractor.tables.scalenote import blanket_scale

    found: dict[etree._Element, str] = {}
    for node in root.iter():
        if not isinstance(node.tag, str):
            continue
        if "otherwise" in (node.text or "").lower():
            chain = [node, *node.iterancestors()]
        elif "otherwise" in (node.tail or "").lower():
            chain = list(node.iterancestors())  # a tail is its parent's text
        else:
            continue
        block = next((a for a in chain if lower_name(a) in _BLOCKS), None)
        if block is None or block in found:
            continue
        text = " ".join("".join(block.itertext()).split())
        if (blanket_scale(text) is not None and not _inside_note(block)
                and not is_hidden(block) and not _hidden_ancestor(block)
                and not any(lower_name(a) == "table" for a in block.iterancestors())):
            found[block] = text
    return found


def _hidden_ancestor(el: etree._Element) -> bool:
    return any(is_hidden(a) for a in el.iterancestors())


def _document(doc_id: str, name: str, header: str, rendered: Rendered,
              kind: str) -> IxDocument:
    shift = len(header)
    return IxDocument(
        doc_id=doc_id, name=name, text=header + rendered.text, body_start=shift,
        tagged=[(el, s + shift, e + shift) for el, s, e in rendered.spans], kind=kind,
    )


def _statement_tables(root: etree._Element) -> list[etree._Element]:
    out = []
    for table in root.iter("{*}table"):
        if any(lower_name(a) == "table" for a in table.iterancestors()):
            continue
        if _inside_note(table) or _hidden_ancestor(table):
            continue
        if next(table.iter(NON_FRACTION), None) is not None:
            out.append(table)
    return out


def _visible_text(el: etree._Element) -> str:
    return "" if is_hidden(el) else " ".join("".join(el.itertext()).split())


def _anchor(table: etree._Element) -> etree._Element:
    """The outermost block that starts with the table: climb while nothing visible stands
    before it in its parent (a table wrapped in a div that holds more after it, the first
    of a group of tables), so that the title lines above the wrapper are its siblings."""
    anchor = table
    while (parent := anchor.getparent()) is not None and lower_name(parent) != "body":
        before = [s for s in anchor.itersiblings(preceding=True) if isinstance(s.tag, str)]
        if len(parent) != 1 and any(_visible_text(s) for s in before):
            break
        anchor = parent
    return anchor


def _holds_table(el: etree._Element) -> bool:
    return any(lower_name(d) == "table" for d in el.iter())


def _lines_above(table: etree._Element, limit: int = 3, depth: int = 1) -> list[etree._Element]:
    """The short blocks just above a table (its title, "(In millions, ...)"). A table right
    under another statement table, with no line of its own between them (a statement printed
    as two tables, one per period), stands under the lines above the first one."""
    above: list[etree._Element] = []
    for sib in _anchor(table).itersiblings(preceding=True):
        if not isinstance(sib.tag, str) or not (text := _visible_text(sib)):
            continue
        if not above and depth > 0 and _holds_table(sib) and next(
                sib.iter(NON_FRACTION), None) is not None:
            inner = [t for t in sib.iter("{*}table")]
            return _lines_above(inner[-1], limit, depth - 1) if inner else []
        if len(text) > 200 or next(sib.iter(f"{{{IX}}}*"), None) is not None or _holds_table(sib):
            break
        above.append(sib)
        if len(above) >= limit:
            break
    return above[::-1]


_TITLE_WORDS = re.compile(r"statements?\b|balance sheets?|income|operations|cash flows|equity",
                          re.IGNORECASE)


def _statement_title(lines: list[str]) -> str:
    """The line above a table that names it (not the company's name above the title)."""
    return next((ln for ln in lines if _TITLE_WORDS.search(ln)), lines[0] if lines else "")


def _slug(text: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", text)[:8]
    return "".join(w[:1].upper() + w[1:].lower() for w in words) or "Table"


def _statement_documents(root: etree._Element, stem: str) -> list[IxDocument]:
    docs = []
    for n, table in enumerate(_statement_tables(root), start=1):
        above = _lines_above(table)
        title = _statement_title(render(above).text.split("\n") if above else [])
        rendered = render([*above, table], track=_track, one_line_cells=True)
        name = f"Statement-{n:02d}-{_slug(title)}"
        docs.append(_document(f"{stem}#{name}", name, "", rendered, "statement"))
    return docs


def read_filing(root: etree._Element, stem: str) -> IxFiling:
    """The notes and statements of an iXBRL filing, with its contexts and units."""
    contexts = read_contexts(root)
    docs = _note_documents(root, stem, contexts) + _statement_documents(root, stem)
    return IxFiling(contexts=contexts, units=read_units(root), documents=docs)
