"""Results as one flat table: the rows CSV, Parquet and `to_dataframe` share.

One row per fact, and one row for each document that has no fact (a failed document, with
`error` set, or one where nothing was found), so every document of a run appears and error
records are never lost. The document's warnings ride on each of its rows as a JSON array.

Columns (`COLUMNS`), with the type each output gives them (`extractor.frames` for pandas and
Parquet):

| column | meaning | CSV | DataFrame | Parquet |
| --- | --- | --- | --- | --- |
| doc_id, source | the document | text | string | string |
| label, entity, period, unit, quote | the contract's fields | text | string | string |
| period_type | "instant" or "duration" (empty when period is null) | text | string | string |
| period_start | first day of a duration (empty for an instant) | YYYY-MM-DD | date | date32 |
| period_end | the instant, or the last day of a duration | YYYY-MM-DD | date | date32 |
| amount, amount_max | the contract's decimal strings, as written | text | Decimal | string |
| scale | power of ten | integer | Int64 | int64 |
| value, value_max | amount x 10^scale, exact | text | Decimal | string |
| blank | a blank slot | True/False | boolean | bool |
| span_start, span_end | [start, end) in the text | integer | Int64 | int64 |
| engines | "llm+rules", "rules", ... (hybrid output) | text | string | string |
| warnings | the document's warnings, a JSON array | text | string | string |
| error | why the document failed (empty when it did not) | text | string | string |

Fact columns are empty on a document row; `label` is never empty on a fact row.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, timedelta
from typing import Any

from extractor.facts import Fact, Result

COLUMNS = [
    "doc_id", "source", "label", "entity", "period", "period_type", "period_start",
    "period_end", "amount", "amount_max", "scale", "value", "value_max", "unit", "blank",
    "quote", "span_start", "span_end", "engines", "warnings", "error",
]
DECIMAL_COLUMNS = ("amount", "amount_max", "value", "value_max")
DATE_COLUMNS = ("period_start", "period_end")
INT_COLUMNS = ("scale", "span_start", "span_end")
BOOL_COLUMNS = ("blank",)
STRING_COLUMNS = tuple(
    c for c in COLUMNS if c not in (*DECIMAL_COLUMNS, *DATE_COLUMNS, *INT_COLUMNS, *BOOL_COLUMNS)
)


def period_bounds(period: str | None) -> tuple[str | None, date | None, date | None]:
    """(period_type, period_start, period_end) of an ISO period: "2023-12-31" is an instant
    (start None); "P12M/2023-12-31" the duration 2023-01-01 .. 2023-12-31, counted in calendar
    months back from the end date (a month-end stays a month-end)."""
    if period is None:
        return None, None, None
    if "/" not in period:
        return "instant", None, date.fromisoformat(period)
    months_part, end_part = period.split("/", 1)
    months = int(months_part[1:-1])
    end = date.fromisoformat(end_part)
    y, m = divmod(end.year * 12 + end.month - 1 - months, 12)
    m += 1
    last = calendar.monthrange(y, m)[1]
    month_end = end.day == calendar.monthrange(end.year, end.month)[1]
    before = date(y, m, last if month_end else min(end.day, last))
    return "duration", before + timedelta(days=1), end


def _plain(value: Any) -> str | None:
    return None if value is None else format(value, "f")


def warnings_json(result: Result) -> str:
    """The document's warnings as one JSON array (code, message, span)."""
    return json.dumps([w.model_dump(mode="json") for w in result.warnings], ensure_ascii=False)


def fact_row(result: Result, f: Fact, warnings: str) -> dict[str, Any]:
    """One fact's row; dates as `date`, decimals as exact strings (see `typed`)."""
    kind, start, end = period_bounds(f.period)
    return {
        "doc_id": result.doc_id, "source": result.source, "label": f.label,
        "entity": f.entity, "period": f.period, "period_type": kind,
        "period_start": start, "period_end": end, "amount": f.amount,
        "amount_max": f.amount_max, "scale": f.scale, "value": _plain(f.value()),
        "value_max": _plain(f.value_max()), "unit": f.unit, "blank": f.blank,
        "quote": f.quote, "span_start": f.span[0] if f.span else None,
        "span_end": f.span[1] if f.span else None,
        "engines": "+".join(f.engines) if f.engines else None,
        "warnings": warnings, "error": result.error,
    }


def rows(result: Result) -> list[dict[str, Any]]:
    """The table rows of one document: a row per fact, or one document row when it has
    none. Decimals are strings, dates `datetime.date`, missing values None."""
    warnings = warnings_json(result)
    if result.facts:
        return [fact_row(result, f, warnings) for f in result.facts]
    row: dict[str, Any] = dict.fromkeys(COLUMNS)
    row.update(doc_id=result.doc_id, source=result.source, warnings=warnings,
               error=result.error)
    return [row]


def to_json_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row with its dates as ISO strings (for JSON and CSV)."""
    return {k: (v.isoformat() if isinstance(v, date) else v) for k, v in row.items()}


def from_json_row(row: dict[str, Any]) -> dict[str, Any]:
    """A row read back from JSON: ISO date strings as `date` again."""
    out = dict(row)
    for c in DATE_COLUMNS:
        if out.get(c):
            out[c] = date.fromisoformat(out[c])
    return out
