"""Header groups that mix a duration and an instant over their sub-columns.

Related-party tables (REITs and their advisors above all) print, for each period, what was
incurred over it and what was receivable or payable at its balance date:

    Three Months Ended | Three Months Ended
    March 31, 2019 | March 31, 2019 | March 31, 2018 | December 31, 2018
    Incurred | Receivable | Payable | Incurred | Receivable | Payable

Each group is a pair of dates, the first ending the group's duration, the second its balance
date, over the same run of sub-headings. A flow heading ("Incurred", "Expensed", "Paid")
takes the group's duration; a balance heading ("Receivable", "Payable", "Balance") takes the
instant of its second date. Anything else leaves the layout to `tables/subcolumns.py`.
"""

from __future__ import annotations

import re

from extractor.casefold import folded
from extractor.tables.cells import Cell
from extractor.tables.header import TableColumn
from extractor.tables.kinds import CellKind, followed_by_value
from extractor.tables.values import clean_label

_FLOW = re.compile(r"^(?:incurred|expensed|capitali[sz]ed|paid|earned|charged|forgiven)$")
_BALANCE = re.compile(r"^(?:receivable|payable|balance|due|outstanding|owed|unpaid)$")
_DURATION = re.compile(r"^P\d+[MYD]/(\d{4}-\d\d-\d\d)$")
# "Payable (1)", "Incurred*": a footnote mark (matched from where a run of spaces or asterisks
# starts: linear on a long run)
_MARK = re.compile(r"(?<!\s)\s*(?:\(\d\)|(?<!\*)\*+)$")


def flow_balance_columns(
    cells: list[Cell], kinds: list[CellKind], end: int, columns: list[TableColumn],
) -> tuple[list[TableColumn], int] | None:
    """The sub-columns of date pairs over repeated flow and balance headings after a header
    run ending at `end`, and the index of the cell after the headings; None otherwise."""
    k = len(columns)
    if k < 2 or k % 2:
        return None
    ends = [_DURATION.match(c.period or "") for c in columns]
    if not all(ends):
        return None
    heads: list[int] = []
    j = end
    while j < len(cells) and kinds[j] in ("text", "empty"):
        if kinds[j] == "text":
            if followed_by_value(kinds, j) or _word(cells[j].text) is None:
                break
            heads.append(j)
        j += 1
    names = [_word(cells[h].text) for h in heads]
    groups = k // 2
    if not names or len(names) % groups:
        return None
    size = len(names) // groups
    runs = [names[g * size:(g + 1) * size] for g in range(groups)]
    first = runs[0]
    if size < 2 or any(r != first for r in runs) or len(set(first)) != size:
        return None
    flows = [bool(_FLOW.match(w or "")) for w in first]
    balances = [bool(_BALANCE.match(w or "")) for w in first]
    either = all(f or b for f, b in zip(flows, balances, strict=True))
    if not any(flows) or not any(balances) or not either:
        return None
    out = []
    for g in range(groups):
        flow, balance = columns[2 * g], columns[2 * g + 1]
        instant = ends[2 * g + 1].group(1)  # type: ignore[union-attr]
        for i, h in enumerate(heads[g * size:(g + 1) * size]):
            name = clean_label(_MARK.sub("", cells[h].text))
            period = flow.period if flows[i] else instant
            base = flow if flows[i] else balance
            category = f"{base.category} / {name}" if base.category else name
            out.append(TableColumn(period, base.unit, base.scale, category))
    return out, j


def _word(text: str) -> str | None:
    """The folded heading word, or None for a cell that is not one short heading."""
    t = folded(_MARK.sub("", text.strip()))
    return t if re.fullmatch(r"[a-z]+", t) else None
