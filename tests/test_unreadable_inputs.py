"""An input that cannot be read is one error record, and the batch goes on: a page lxml
cannot parse (found by fuzzing the HTML readers: an unclosed comment around a page left
lxml's "Document is empty", which escaped and ended the whole run, in a worker process with
an exception that could not even be sent back), and any reader's bug on one input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extractor import oneinput
from extractor.batch import BatchOptions, run_batch
from extractor.errors import DocumentError
from extractor.html import documents_from_bytes

UNCLOSED = b"<!-- an unclosed comment " + b"<p>Revenue was $5 in 2024.</p>" * 5
GOOD = "Revenues were RMB34 in 2023.\n"


def test_a_page_lxml_cannot_parse_is_a_document_error_naming_it() -> None:
    with pytest.raises(DocumentError, match=r"page\.html: looks like HTML but cannot be read"):
        documents_from_bytes(UNCLOSED, "page", "page.html")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_batch_reports_the_unreadable_page_and_extracts_the_rest(
        tmp_path: Path, workers: int) -> None:
    (tmp_path / "a_page.html").write_bytes(UNCLOSED)
    (tmp_path / "b_note.txt").write_text(GOOD, encoding="utf-8")
    records: list = []
    summary = run_batch([str(tmp_path)], records.append, BatchOptions(), workers=workers)
    got = {r.doc_id: json.loads(r.text) for r in records}
    assert "cannot be read as HTML" in got["a_page"]["error"]
    assert [f["amount"] for f in got["b_note"]["facts"]] == ["34"]
    assert summary.failed == 1


def test_a_readers_bug_on_one_input_is_its_error_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a_note.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b_note.txt").write_text(GOOD, encoding="utf-8")
    real = oneinput.documents_from_bytes

    def flaky(data: bytes, doc_id: str, *a: object, **k: object) -> object:
        if doc_id == "a_note":
            raise AttributeError("'NoneType' object has no attribute 'tag'")
        return real(data, doc_id, *a, **k)

    monkeypatch.setattr(oneinput, "documents_from_bytes", flaky)
    records: list = []
    run_batch([str(tmp_path)], records.append, BatchOptions())
    got = {r.doc_id: json.loads(r.text) for r in records}
    assert "reading failed: AttributeError" in got["a_note"]["error"]
    assert "error" not in got["b_note"] and got["b_note"]["facts"]


def test_an_ixbrl_context_date_of_no_real_day_leaves_its_notes_readable() -> None:
    # (found by fuzzing: "2025-13-28" made months_between raise and the filing unreadable)
    page = (Path(__file__).parent / "fixtures" / "html" / "aapl-10-q-excerpt.html").read_bytes()
    good = documents_from_bytes(page, "aapl", "aapl.html")
    broken = documents_from_bytes(page.replace(b"<xbrli:endDate>2025-06-28<",
                                               b"<xbrli:endDate>2025-13-28<"), "aapl", "aapl.html")
    assert [d.doc_id for d in broken] == [d.doc_id for d in good]
    assert all("2025-13" not in (d.period or "") for d in broken)
