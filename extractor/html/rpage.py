"""R pages (the SEC viewer's pages, made by EdgarRenderer) as Documents.

The page is rendered in the viewer's text layout (title and scale line, "|3 Months Ended",
"|" and the date, "|Row label", "|$ 3,226", ...), which is the layout the corpora hold and the
rules read. What the text loses is the header's column spans: "3 Months Ended" over two of
four date columns. Here the header rows are laid on a grid by their `colspan`/`rowspan`, so
each value column gets its own period, unit and members, and those columns are passed to the
rules as the Document's columns instead of being guessed back from the flattened text.

`FilingSummary.xml`, when it sits beside the page, gives the report's name and category
("Details", "Notes", "Tables", "Statements", ...): a Details page keeps its columns even when
it has a single one, and the report name stands in for a missing page title.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from lxml import etree

from extractor.document import Column, Document, read_document
from extractor.html.render import lower_name, render
from extractor.periods import parse_header_date
from extractor.vocabulary import is_member, member_name

_MONTHS = re.compile(r"^(\d+)\s+Months?\s+Ended$", re.IGNORECASE)
_UNIT = re.compile(r"^([A-Z]{3})\s*\(([^)]*)\)$")


@dataclasses.dataclass(frozen=True)
class Report:
    """One report of FilingSummary.xml."""

    short_name: str
    category: str | None = None
    long_name: str | None = None


def read_filing_summary(folder: Path) -> dict[str, Report]:
    """Report names by R-page file name, from FilingSummary.xml in `folder` ({} if none)."""
    path = folder / "FilingSummary.xml"
    if not path.is_file():
        return {}
    try:
        root = etree.parse(str(path), etree.XMLParser(recover=True, no_network=True)).getroot()
    except (OSError, etree.XMLSyntaxError):
        return {}
    if root is None:
        return {}
    out: dict[str, Report] = {}
    for rep in root.iter("Report"):
        name = (rep.findtext("HtmlFileName") or "").strip()
        short = (rep.findtext("ShortName") or "").strip()
        if name and short:
            out[name] = Report(
                short, (rep.findtext("MenuCategory") or "").strip() or None,
                (rep.findtext("LongName") or "").strip() or None,
            )
    return out


def _report_table(root: etree._Element) -> etree._Element | None:
    for table in root.iter("table"):
        if "report" in (table.get("class") or "").split():
            return table
    return None


def _in_report_table(cell: etree._Element) -> bool:
    for anc in cell.iterancestors("table"):
        return "report" in (anc.get("class") or "").split()
    return False


def _rows(table: etree._Element) -> list[etree._Element]:
    return [el for el in table.iter("tr") if _owner(el) is table]


def _owner(tr: etree._Element) -> etree._Element | None:
    return next(tr.iterancestors("table"), None)


def _lines(cell: etree._Element) -> list[str]:
    return [ln.strip() for ln in render([cell]).text.split("\n") if ln.strip()]


def header_grid(table: etree._Element) -> list[list[str]]:
    """The header rows' lines for each value column (the title cell's columns left out),
    with every header cell laid over the columns and rows it spans."""
    grid: dict[tuple[int, int], list[str]] = {}
    title_cols = 0
    header_rows = 0
    for r, tr in enumerate(_rows(table)):
        cells = [c for c in tr if lower_name(c) in ("th", "td")]
        if not cells or any(lower_name(c) == "td" for c in cells):
            break
        header_rows = r + 1
        col = 0
        for c in cells:
            while (r, col) in grid:
                col += 1
            span = _int(c.get("colspan"))
            rows = _int(c.get("rowspan"))
            is_title = "tl" in (c.get("class") or "").split()
            lines = [] if is_title else _lines(c)
            if is_title:
                title_cols = max(title_cols, col + span)
            for dr in range(rows):
                for dc in range(span):
                    grid[(r + dr, col + dc)] = lines
            col += span
    ncols = max((k[1] for k in grid), default=-1) + 1
    return [
        [ln for r in range(header_rows) for ln in grid.get((r, c), [])]
        for c in range(title_cols, ncols)
    ]


def _int(v: str | None) -> int:
    try:
        return max(1, int(v or "1"))
    except ValueError:
        return 1


def column_of(lines: list[str], page_unit: str | None, yen: str) -> Column | None:
    """A value column from its header lines ("6 Months Ended", "Mar. 29, 2025", "USD ($)",
    "Vendor", "Product [Member]"); None when no date heads it (e.g. an equity statement's
    component columns)."""
    from extractor.amounts import currency_code

    months = date = unit = None
    members: list[str] = []
    for ln in lines:
        if m := _MONTHS.match(ln):
            months = int(m.group(1))
        elif (d := parse_header_date(ln)) is not None:
            date = d
        elif m := _UNIT.match(ln):
            unit = currency_code(m.group(1), yen) or unit
        elif is_member(ln):
            members.append(member_name(ln))
    if date is None:
        return None
    period = f"P{months}M/{date}" if months else date
    unit = unit or page_unit
    label = " | ".join((date, *members, unit or "")).strip(" |")
    return Column(period=period, unit=unit, label=label, members=tuple(members))


def rpage_document(
    root: etree._Element, doc_id: str, source: str | None = None,
    report: Report | None = None,
) -> Document:
    """Render an R page and read it, with each column's period from the header's spans."""
    body = root.find(".//body")
    table = _report_table(root)
    value_cells = _value_cells(table) if table is not None else {}
    rendered = render([body if body is not None else root],
                      cell_prefix=lambda c: "|" if _in_report_table(c) else "",
                      track=lambda el: el in value_cells)
    text = rendered.text
    doc = read_document(text, doc_id, source)
    if table is None:
        return doc
    cols = [column_of(lines, doc.unit, doc.yen) for lines in header_grid(table)]
    if not cols or any(c is None for c in cols):
        return doc  # a header without dates (equity components): the text's reading stands
    columns = tuple(c for c in cols if c is not None)
    details = (report is not None and report.category == "Details") or (
        doc.title is not None and "(Details" in doc.title
    )
    cell_columns = tuple(sorted(
        (s, e, value_cells[el]) for el, s, e in rendered.spans
        if e > s and value_cells[el] < len(columns)
    ))
    keep = len(columns) > 1 or details
    return dataclasses.replace(
        doc,
        title=doc.title or (report.short_name if report else None),
        period=columns[0].period,
        columns=columns if keep else (),
        cell_columns=cell_columns if keep else (),
    )


def _value_cells(table: etree._Element) -> dict[etree._Element, int]:
    """Each body cell after a row's label cell, with the value column it stands in."""
    out: dict[etree._Element, int] = {}
    for tr in _rows(table):
        cells = [c for c in tr if lower_name(c) == "td"]
        if not cells:
            continue
        col = 0
        for c in cells[1:]:
            out[c] = col
            col += _int(c.get("colspan"))
    return out
