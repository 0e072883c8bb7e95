"""The flat table CSV, Parquet and DataFrames share (no pandas needed here)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.facts import ExtractionWarning, Fact, Result
from extractor.output import render
from extractor.rows import COLUMNS, period_bounds, rows

runner = CliRunner()


@pytest.mark.parametrize(("period", "expected"), [
    ("2023-12-31", ("instant", None, date(2023, 12, 31))),
    ("P12M/2023-12-31", ("duration", date(2023, 1, 1), date(2023, 12, 31))),
    ("P6M/2023-06-30", ("duration", date(2023, 1, 1), date(2023, 6, 30))),
    ("P3M/2024-02-29", ("duration", date(2023, 12, 1), date(2024, 2, 29))),
    ("P9M/2019-09-30", ("duration", date(2019, 1, 1), date(2019, 9, 30))),
    ("P12M/2023-09-30", ("duration", date(2022, 10, 1), date(2023, 9, 30))),
    ("P1M/2021-01-31", ("duration", date(2021, 1, 1), date(2021, 1, 31))),
    ("P12M/2023-06-15", ("duration", date(2022, 6, 16), date(2023, 6, 15))),
    (None, (None, None, None)),
])
def test_an_iso_period_splits_into_type_start_and_end(period, expected) -> None:
    assert period_bounds(period) == expected


def test_a_fact_row_carries_the_value_and_the_documents_warnings() -> None:
    result = Result(
        doc_id="n1", source="in/n1.txt",
        facts=[Fact(label="Revenues", period="P12M/2023-12-31", amount="3.88", scale=6,
                    unit="USD", quote="$3.88 million", span=[10, 14])],
        warnings=[ExtractionWarning(code="ambiguous", message="two periods", span=(0, 5))],
    )
    (row,) = rows(result)
    assert list(row) == COLUMNS
    assert row["value"] == "3880000" and row["amount"] == "3.88"
    assert (row["span_start"], row["span_end"]) == (10, 14)
    assert json.loads(row["warnings"]) == [
        {"code": "ambiguous", "message": "two periods", "span": [0, 5]}]


def test_a_document_without_facts_is_still_one_row() -> None:
    (failed,) = rows(Result(doc_id="bad", source="bad.txt", error="bad.txt: the file is empty"))
    assert failed["error"] == "bad.txt: the file is empty" and failed["label"] is None
    (quiet,) = rows(Result(doc_id="none", warnings=[ExtractionWarning(code="c", message="m")]))
    assert quiet["error"] is None and json.loads(quiet["warnings"])[0]["code"] == "c"


def test_csv_keeps_error_rows_and_a_warnings_column(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "Revenues of RMB5 were recorded for the year ended December 31, 2023.")
    (tmp_path / "in" / "b.txt").write_bytes(b"")
    out = tmp_path / "facts.csv"
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "-q"])
    assert res.exit_code == 1
    table = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert [r["doc_id"] for r in table] == ["a", "b"]
    good, bad = table
    assert good["amount"] == "5" and good["period_type"] == "duration" and good["error"] == ""
    assert good["period_start"] == "2023-01-01" and json.loads(good["warnings"]) == []
    assert "empty" in bad["error"] and bad["label"] == ""


def test_csv_rendered_in_a_worker_has_the_header_columns() -> None:
    result = Result(doc_id="n", facts=[Fact(label="Fees", amount="5", quote="$5", span=[0, 2])])
    (row,) = csv.reader(io.StringIO(render(result, "csv")))
    assert len(row) == len(COLUMNS)
