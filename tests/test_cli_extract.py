"""`extractor extract`: streaming records, error records and exit status, formats, stdin,
resume after an interruption, workers."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.document import MAX_BYTES

GOLD = Path(__file__).resolve().parents[1] / "gold"
runner = CliRunner()


def copy_notes(dest: Path, n: int) -> list[Path]:
    dest.mkdir(parents=True, exist_ok=True)
    return [Path(shutil.copy(p, dest / p.name)) for p in sorted(GOLD.glob("*.txt"))[:n]]


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(ln) for ln in path.read_text(encoding="utf-8").splitlines()]


def test_a_folder_extracts_to_one_jsonl_record_per_document(tmp_path: Path) -> None:
    notes = copy_notes(tmp_path / "in", 10)
    out = tmp_path / "facts.jsonl"
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out)])
    assert res.exit_code == 0, res.output
    recs = records(out)
    assert [r["doc_id"] for r in recs] == sorted(p.stem for p in notes)
    assert all("error" not in r for r in recs)
    assert "10 documents" in res.stderr and "docs/s" in res.stderr and "0 failed" in res.stderr


def test_bad_documents_get_error_records_and_exit_status_1(tmp_path: Path) -> None:
    good = copy_notes(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    (tmp_path / "in" / "latin1.txt").write_bytes("café £5".encode("latin-1"))
    with open(tmp_path / "in" / "huge.txt", "wb") as f:
        f.truncate(MAX_BYTES + 1)
    out = tmp_path / "facts.jsonl"
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), str(tmp_path / "missing.txt"),
                              "-o", str(out)])
    assert res.exit_code == 1
    recs = {r["doc_id"]: r for r in records(out)}
    assert len(recs) == 8
    for p in good:
        assert "error" not in recs[p.stem]
    for bad in ("empty", "binary", "latin1", "huge", "missing"):
        assert recs[bad]["error"] and recs[bad]["facts"] == []
    assert "5 failed" in res.stderr and "error:" in res.stderr


def test_resume_after_an_interruption_finishes_without_duplicates(tmp_path: Path) -> None:
    copy_notes(tmp_path / "in", 10)
    full = tmp_path / "full.jsonl"
    assert runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(full)]).exit_code == 0
    lines = full.read_text(encoding="utf-8").splitlines(keepends=True)
    # An interrupted run: four records, an error record to retry, half of the next record.
    error = json.dumps({"doc_id": json.loads(lines[4])["doc_id"],
                        "source": json.loads(lines[4])["source"], "facts": [],
                        "error": "engine failed: MemoryError"}) + "\n"
    out = tmp_path / "out.jsonl"
    out.write_text("".join(lines[:4]) + error + lines[5][: len(lines[5]) // 2], encoding="utf-8")
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "--resume"])
    assert res.exit_code == 0, res.output
    got = out.read_text(encoding="utf-8").splitlines(keepends=True)
    assert sorted(got) == sorted(lines)
    assert "4 documents already done" in res.stderr and "4 skipped" in res.stderr


def test_resume_needs_a_jsonl_or_folder_output(tmp_path: Path) -> None:
    copy_notes(tmp_path / "in", 1)
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "--resume", "-f", "jsonl"])
    assert res.exit_code == 2


def test_two_workers_give_the_same_output_as_one(tmp_path: Path) -> None:
    copy_notes(tmp_path / "in", 12)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(one)]).exit_code == 0
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(two), "--workers", "2",
                              "--chunk-size", "3"])
    assert res.exit_code == 0, res.output
    assert two.read_bytes() == one.read_bytes()


def test_stdin_dash_is_read_as_one_document() -> None:
    text = (GOLD / sorted(p.name for p in GOLD.glob("*.txt"))[0]).read_text(encoding="utf-8")
    res = runner.invoke(app, ["extract", "-", "-f", "jsonl", "-q"], input=text.encode("utf-8"))
    assert res.exit_code == 0, res.output
    (rec,) = [json.loads(ln) for ln in res.stdout.splitlines()]
    assert rec["doc_id"] == "stdin" and "error" not in rec
    for fact in rec["facts"]:  # spans are true to the text given on stdin
        a, b = fact["span"]
        assert a <= b <= len(text)
    assert res.stderr == ""


def test_empty_stdin_is_an_error_record() -> None:
    res = runner.invoke(app, ["extract", "-", "-f", "jsonl", "-q"], input=b"")
    assert res.exit_code == 1
    (rec,) = [json.loads(ln) for ln in res.stdout.splitlines()]
    assert rec["doc_id"] == "stdin" and "empty" in rec["error"]


def test_json_is_always_an_array_for_one_document_or_several(tmp_path: Path) -> None:
    notes = copy_notes(tmp_path / "in", 3)
    one = runner.invoke(app, ["extract", str(notes[0]), "-f", "json", "-q"])
    assert [d["doc_id"] for d in json.loads(one.stdout)] == [notes[0].stem]
    many = runner.invoke(app, ["extract", str(tmp_path / "in"), "-f", "json", "-q"])
    assert [d["doc_id"] for d in json.loads(many.stdout)] == [p.stem for p in notes]


def test_csv_has_one_header_and_a_row_per_fact(tmp_path: Path) -> None:
    copy_notes(tmp_path / "in", 3)
    out = tmp_path / "facts.csv"
    assert runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out)]).exit_code == 0
    jsonl = runner.invoke(app, ["extract", str(tmp_path / "in"), "-f", "jsonl", "-q"])
    n_facts = sum(len(json.loads(ln)["facts"]) for ln in jsonl.stdout.splitlines())
    rows = out.read_text(encoding="utf-8").splitlines()
    assert rows[0].startswith("doc_id,source,label,")
    assert sum(1 for r in rows if r.startswith("doc_id,")) == 1
    import csv
    import io

    assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))) == n_facts


def test_a_folder_output_gets_one_json_file_per_document(tmp_path: Path) -> None:
    notes = copy_notes(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out") + "/"])
    assert res.exit_code == 1
    names = sorted(p.name for p in (tmp_path / "out").glob("*.json"))
    assert names == sorted([*(p.stem + ".json" for p in notes), "empty.json"])
    (tmp_path / "in" / "empty.txt").write_text("Revenues of RMB5 were recorded in 2023.")
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(tmp_path / "out") + "/",
                              "--resume"])
    assert res.exit_code == 0 and "1 document, 1 fact, 0 failed" in res.stderr
    assert "error" not in json.loads((tmp_path / "out" / "empty.json").read_text())


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "sigterm"])
def test_an_interrupted_run_stops_cleanly_and_resume_finishes_the_rest(
    tmp_path: Path, sig: signal.Signals
) -> None:
    src = sorted(GOLD.glob("*.txt"))[:8]
    (tmp_path / "in").mkdir()
    for i in range(3000):
        os.symlink(src[i % len(src)], tmp_path / "in" / f"d{i:05d}.txt")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "extractor.cli", "extract", str(tmp_path / "in"), "-o", str(out)]
    # SIG_DFL in the child: a test run in the background would otherwise pass SIGINT ignored.
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    # Signal only once records are flowing (the handlers are installed by then); a loaded
    # machine may take long to start, so wait generously and fail plainly if it never does.
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        assert proc.poll() is None, proc.communicate()[1]
        time.sleep(0.05)
    assert out.exists() and out.stat().st_size >= 20_000, "no records after 240 s"
    proc.send_signal(sig)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "--resume" in err
    done = len(out.read_text(encoding="utf-8").splitlines())
    assert 0 < done < 3000
    res = subprocess.run([*cmd, "--resume", "-w", "2"], capture_output=True, text=True,
                         timeout=300)
    assert res.returncode == 0, res.stderr
    ids = [r["doc_id"] for r in records(out)]
    assert len(ids) == 3000 and len(set(ids)) == 3000


def test_an_llm_run_without_an_endpoint_stops_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for var in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "AZURE_OPENAI_ENDPOINT"):
        monkeypatch.delenv(var, raising=False)
    copy_notes(tmp_path / "in", 2)
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "-e", "llm"])
    assert res.exit_code == 2
    assert "unavailable" in res.stderr
    assert not out.exists() or out.read_text() == ""


def test_a_note_over_a_small_max_mb_is_named_with_both_sizes_in_bytes(tmp_path: Path) -> None:
    note = tmp_path / "n.txt"
    note.write_text("Revenues of RMB5 were recorded in 2023.\n" * 50, encoding="utf-8")
    res = runner.invoke(app, ["extract", str(note), "--max-mb", "0.001", "-f", "jsonl", "-q"])
    assert res.exit_code == 1
    error = json.loads(res.stdout)["error"]
    assert error.endswith("n.txt: 2,000 bytes is larger than the limit (1,048 bytes)"), error


def test_a_missing_folder_is_named_as_given_with_its_slash(tmp_path: Path) -> None:
    gone = str(tmp_path / "gone") + "/"
    res = runner.invoke(app, ["extract", gone, "-f", "jsonl", "-q"])
    assert res.exit_code == 1
    assert json.loads(res.stdout)["error"] == f"{gone}: no such file or folder"
