"""Resuming an interrupted JSON Lines run: keep what is done, cut a partial line, retry errors."""

from __future__ import annotations

import json
from pathlib import Path

from extractor.output import prepare_resume, record_key


def line(doc_id: str, error: str | None = None) -> str:
    rec: dict[str, object] = {"doc_id": doc_id, "source": f"in/{doc_id}.txt", "facts": []}
    if error:
        rec["error"] = error
    return json.dumps(rec) + "\n"


def test_a_partial_last_line_is_cut_away(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    whole = line("a") + line("b")
    out.write_text(whole + line("c")[:17])
    state = prepare_resume(out)
    assert out.read_text() == whole
    assert state.done == {"in/a.txt", "in/b.txt"} and state.dropped_partial


def test_a_last_line_that_is_not_json_is_cut_away(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(line("a") + '{"doc_id": "b", "fac\n')
    state = prepare_resume(out)
    assert out.read_text() == line("a")
    assert state.done == {"in/a.txt"}


def test_error_records_are_removed_so_their_documents_are_retried(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text(line("a") + line("b", "in/b.txt: the file is empty") + line("c") + line("d")[:5])
    state = prepare_resume(out)
    assert out.read_text() == line("a") + line("c")
    assert state.done == {"in/a.txt", "in/c.txt"}
    assert state.dropped_errors == 1 and state.kept == 2


def test_a_complete_output_is_left_untouched(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    text = line("a") + line("b")
    out.write_text(text)
    before = out.stat().st_mtime_ns
    state = prepare_resume(out)
    assert out.read_text() == text and out.stat().st_mtime_ns == before
    assert not state.dropped_partial and state.dropped_errors == 0


def test_no_output_yet_means_nothing_done(tmp_path: Path) -> None:
    assert prepare_resume(tmp_path / "none.jsonl").done == set()


def test_stdin_records_are_keyed_by_doc_id() -> None:
    assert record_key("stdin", None) == "doc_id:stdin"
    assert record_key("a", "in/a.txt") == "in/a.txt"
