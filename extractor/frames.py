"""Results as a pandas DataFrame and as Parquet (the optional extra `dataframe`: pandas and
pyarrow, imported only here and only when asked for).

The table is the one `extractor.rows` defines (a row per fact, a row per document without
facts, `error` and `warnings` columns). Amounts stay exact: `Decimal` objects in a DataFrame,
never floats; in a Parquet file written by the CLI, the contract's decimal strings. Strings
rather than decimal128 because a Parquet column needs one precision and scale for the whole
file before the first row is written, and amounts of any size and number of decimals must
survive; strings keep "34" as "34" (decimal128 gives back "34.00"). `read_table` reads a CSV or
Parquet output back into the same dtypes as `to_dataframe`.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from extractor.errors import ConfigurationError, OutputError, reason
from extractor.facts import Result
from extractor.rows import (
    BOOL_COLUMNS,
    COLUMNS,
    DATE_COLUMNS,
    DECIMAL_COLUMNS,
    INT_COLUMNS,
    STRING_COLUMNS,
    from_json_row,
    rows,
)

EXTRA = 'pip install "note-facts-extractor[dataframe]"  (pandas and pyarrow)'


def _pandas() -> Any:
    try:
        import pandas as pd
    except ImportError:
        raise ConfigurationError(f"DataFrames need pandas: {EXTRA}") from None
    return pd


def _pyarrow() -> Any:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError:
        raise ConfigurationError(f"Parquet needs pyarrow: {EXTRA}") from None
    return pa, pq


def _results(results: Result | dict[str, Any] | Iterable[Result | dict[str, Any]]
             ) -> Iterable[Result]:
    if isinstance(results, Result | dict):
        results = [results]
    for r in results:
        yield r if isinstance(r, Result) else Result.model_validate(r)


def to_dataframe(results: Result | dict[str, Any] | Iterable[Result | dict[str, Any]]) -> Any:
    """One row per fact (and one per document without facts), the columns of
    `extractor.rows.COLUMNS`: `amount`, `amount_max`, `value` (amount x 10^scale) and
    `value_max` as `Decimal` (object dtype, never float); `period_start`/`period_end` as
    `datetime.date`; `scale`, `span_start`, `span_end` as Int64; `blank` as boolean; the rest
    as string. Failed documents are rows with `error` set (`df[df.error.notna()]`); facts
    alone are `df[df.label.notna()]`.

    `results`: Results, or the dicts of a JSON Lines output (`json.loads` of each line), or
    one of either. Raises ConfigurationError when pandas is not installed.
    """
    table = [r for result in _results(results) for r in rows(result)]
    return _typed_frame(table)


def _typed_frame(table: list[dict[str, Any]]) -> Any:
    pd = _pandas()
    cols: dict[str, Any] = {}
    for c in COLUMNS:
        values = [row.get(c) for row in table]
        if c in DECIMAL_COLUMNS:
            cols[c] = pd.Series([None if v is None else Decimal(v) for v in values],
                                dtype=object)
        elif c in DATE_COLUMNS:
            cols[c] = pd.Series(values, dtype=object)
        elif c in INT_COLUMNS:
            cols[c] = pd.array(values, dtype="Int64")
        elif c in BOOL_COLUMNS:
            cols[c] = pd.array(values, dtype="boolean")
        else:
            cols[c] = pd.array(values, dtype="string")
    return pd.DataFrame(cols, columns=COLUMNS)


def read_table(path: str | Path) -> Any:
    """Read a CSV or Parquet output of `extractor extract` into the DataFrame `to_dataframe`
    gives (Decimal amounts, date periods, nullable integers)."""
    p = Path(path)
    pd = _pandas()
    if p.suffix.lower() == ".parquet":
        _pyarrow()
        df = pd.read_parquet(p, dtype_backend="numpy_nullable")
        table = df.astype(object).where(df.notna(), None).to_dict("records")
    elif p.suffix.lower() == ".csv":
        df = pd.read_csv(p, dtype=str, keep_default_na=False, na_values=[""])
        table = [from_json_row(r) for r in
                 df.astype(object).where(df.notna(), None).to_dict("records")]
        for r in table:
            r["blank"] = None if r["blank"] is None else r["blank"] == "True"
    else:
        raise ConfigurationError(f"{p}: read_table reads .csv or .parquet files")
    return _typed_frame(table)


# --- Parquet output -------------------------------------------------------------------------


def parquet_schema() -> Any:
    """The Parquet schema of the table (decimals as exact strings, periods as date32)."""
    pa, _ = _pyarrow()
    kinds = {**dict.fromkeys(STRING_COLUMNS, pa.string()),
             **dict.fromkeys(DECIMAL_COLUMNS, pa.string()),
             **dict.fromkeys(DATE_COLUMNS, pa.date32()),
             **dict.fromkeys(INT_COLUMNS, pa.int64()),
             **dict.fromkeys(BOOL_COLUMNS, pa.bool_())}
    return pa.schema([(c, kinds[c]) for c in COLUMNS])


class ParquetSink:
    """-o FILE.parquet: rows gathered into row groups of `group_rows` and written as they
    fill, so memory stays bounded. The file is written under a temporary name and renamed
    when the run ends (an interrupted run still closes a valid file), so no reader ever sees
    a half-written one."""

    def __init__(self, path: Path, group_rows: int = 50_000) -> None:
        pa, pq = _pyarrow()
        self._pa = pa
        self.path = path
        # A device or pipe given as the target (-o /dev/stdout) is written in place, never
        # replaced by a rename.
        special = path.exists() and not path.is_file()
        self._tmp = path if special else path.with_name(f".{path.name}.tmp")
        self._schema = parquet_schema()
        self._group_rows = group_rows
        self._rows: list[dict[str, Any]] = []
        try:
            self._writer = pq.ParquetWriter(self._tmp, self._schema)
        except OSError as e:
            raise OutputError(f"cannot write {path}: {reason(e)}") from None

    def write(self, doc_id: str, text: str, source: str | None = None) -> None:
        """Take one document's rendered rows (JSON lines, see output.render)."""
        self._rows.extend(from_json_row(json.loads(ln)) for ln in text.splitlines() if ln)
        if len(self._rows) >= self._group_rows:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        try:
            self._writer.write_table(self._pa.Table.from_pylist(self._rows, self._schema))
        except OSError as e:
            self._abort()
            raise OutputError(f"cannot write {self.path}: {reason(e)}") from None
        self._rows = []

    def close(self) -> None:
        if self._writer is None:
            return
        self._flush()
        try:
            self._writer.close()
            if self._tmp != self.path:
                os.replace(self._tmp, self.path)
        except OSError as e:
            self._abort()
            raise OutputError(f"cannot write {self.path}: {reason(e)}") from None
        self._writer = None

    def _abort(self) -> None:
        with contextlib.suppress(OSError):
            self._writer.close()
        self._writer = None
        if self._tmp != self.path:
            self._tmp.unlink(missing_ok=True)
