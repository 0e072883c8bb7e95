"""Outputs that never surprise: unknown formats and empty folders stop with exit 2, -o DIR/
never overwrites, folders are walked once per real folder, write errors are one line."""

from __future__ import annotations

import json
import os
import resource
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from extractor import __version__, inputs
from extractor.cli import app
from extractor.inputs import INPUT_SUFFIXES, iter_inputs, looked_for
from extractor.output import FORMATS

GOLD = Path(__file__).resolve().parents[1] / "gold"
runner = CliRunner()


def gold_notes(n: int) -> list[Path]:
    return sorted(GOLD.glob("*.txt"))[:n]


def test_version_prints_the_package_version() -> None:
    res = runner.invoke(app, ["--version"])
    assert res.exit_code == 0
    assert res.stdout.strip() == f"extractor {__version__}"


@pytest.mark.parametrize("output", ["facts.xml", "facts", "facts.txt"])
def test_an_output_name_of_no_known_format_stops_with_the_real_choices(
    tmp_path: Path, output: str
) -> None:
    res = runner.invoke(app, ["extract", str(gold_notes(1)[0]), "-o", str(tmp_path / output)])
    assert res.exit_code == 2
    assert "cannot tell the output format" in res.stderr
    for suffix in (".json", ".jsonl", ".csv", ".parquet"):
        assert f"*{suffix}" in res.stderr
    assert not (tmp_path / output).exists()


def test_an_unknown_format_lists_every_format_there_is() -> None:
    res = runner.invoke(app, ["extract", str(gold_notes(1)[0]), "-f", "xml"])
    assert res.exit_code == 2
    assert "unknown format 'xml'" in res.stderr
    assert all(f in res.stderr for f in FORMATS) and "dir" in FORMATS


def test_a_folder_with_no_documents_is_an_error_naming_what_was_looked_for(
    tmp_path: Path,
) -> None:
    (tmp_path / "in" / "sub").mkdir(parents=True)
    (tmp_path / "in" / "readme.md").write_text("not a note")
    out = tmp_path / "facts.jsonl"
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out)])
    assert res.exit_code == 2
    assert "no documents" in res.stderr and looked_for() in res.stderr
    assert all(f"*{s}" in looked_for() for s in INPUT_SUFFIXES)
    assert not out.exists()


def test_json_of_one_document_read_from_stdin_is_an_array() -> None:
    res = runner.invoke(app, ["extract", "-", "-f", "json", "-q"],
                        input="Revenues of RMB5 were recorded in 2023.")
    assert res.exit_code == 0
    (doc,) = json.loads(res.stdout)
    assert doc["doc_id"] == "stdin"


def test_two_inputs_with_one_name_get_two_files_under_a_folder_output(tmp_path: Path) -> None:
    a, b = gold_notes(2)
    for sub, src in (("a", a), ("b", b), ("c", b)):
        (tmp_path / "in" / sub).mkdir(parents=True)
        shutil.copy(src, tmp_path / "in" / sub / "note.txt")
    (tmp_path / "in" / "c" / "note-2.txt").write_text("Fees were $5 in 2023.")
    out = tmp_path / "out"
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", f"{out}/", "-q"])
    assert res.exit_code == 0, res.output
    files = {p.name: json.loads(p.read_text())["source"] for p in out.glob("*.json")}
    assert files == {
        "note.json": str(tmp_path / "in" / "a" / "note.txt"),
        "note-2.json": str(tmp_path / "in" / "b" / "note.txt"),
        # "note-2" is taken by then: the real note-2.txt gets the next free name
        "note-2-2.json": str(tmp_path / "in" / "c" / "note-2.txt"),
        "note-3.json": str(tmp_path / "in" / "c" / "note.txt"),
    }
    # --resume finds each document under the name it was given
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", f"{out}/", "--resume"])
    assert res.exit_code == 0 and "4 skipped" in res.stderr


def test_a_symlink_loop_is_walked_once_and_reported_as_a_loop(tmp_path: Path) -> None:
    (tmp_path / "in" / "a").mkdir(parents=True)
    shutil.copy(gold_notes(1)[0], tmp_path / "in" / "a" / "note.txt")
    os.symlink("..", tmp_path / "in" / "a" / "up")  # in/a/up -> in: a loop
    os.symlink("a", tmp_path / "in" / "b")  # a second name for in/a
    items = list(iter_inputs([str(tmp_path / "in")]))
    assert [it.path for it in items if not it.problem] == [str(tmp_path / "in/a/note.txt")]
    problems = {Path(it.path).name: it.problem for it in items if it.problem}
    assert set(problems) == {"up", "b"}
    assert "symbolic link loop" in problems["up"]
    assert "same folder" in problems["b"]
    out = tmp_path / "out.jsonl"
    res = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out)])
    assert res.exit_code == 1
    recs = [json.loads(ln) for ln in out.read_text().splitlines()]
    assert [r["doc_id"] for r in recs if "error" not in r] == ["note"]
    assert "is a folder" not in res.stderr and "symbolic link loop" in res.stderr


def test_a_folder_that_cannot_be_listed_says_so(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "in" / "locked").mkdir(parents=True)
    (tmp_path / "in" / "n.txt").write_text("Fees were $5 in 2023.")
    real_scandir = os.scandir

    def scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied")
        return real_scandir(path)

    monkeypatch.setattr(inputs.os, "scandir", scandir)
    (locked,) = [it for it in iter_inputs([str(tmp_path / "in")]) if it.problem]
    assert locked.problem == f"{tmp_path / 'in' / 'locked'}: cannot read the folder: " \
                             "Permission denied"


def test_a_looping_file_link_is_named_a_loop(tmp_path: Path) -> None:
    os.symlink("self.txt", tmp_path / "self.txt")
    res = runner.invoke(app, ["extract", str(tmp_path / "self.txt"), "-f", "jsonl", "-q"])
    assert res.exit_code == 1
    assert "symbolic link loop" in json.loads(res.stdout)["error"]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "parquet"])
def test_writing_to_dev_full_is_one_cannot_write_line(fmt: str) -> None:
    if fmt == "parquet":
        pytest.importorskip("pyarrow", reason="the dataframe extra is not installed")
    res = runner.invoke(app, ["extract", str(gold_notes(1)[0]), "-o", "/dev/full", "-f", fmt])
    assert res.exit_code == 2
    lines = res.stderr.strip().splitlines()
    assert lines == ["error: cannot write /dev/full: No space left on device"] or (
        len(lines) == 1 and lines[0].startswith(
            "error: cannot write /dev/full: No space left on device (the run stopped"))
    assert "Traceback" not in res.output


def test_an_output_that_cannot_be_created_is_one_cannot_write_line(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    for target in (str(tmp_path / "file" / "out.jsonl"), str(tmp_path / "file" / "out") + "/"):
        res = runner.invoke(app, ["extract", str(gold_notes(1)[0]), "-o", target])
        assert res.exit_code == 2, target
        assert res.stderr.startswith("error: cannot write"), res.stderr


def _small_file_limit(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # EFBIG instead of a kill
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


def test_a_disk_that_fills_up_mid_run_leaves_only_whole_records(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    for p in gold_notes(6):
        shutil.copy(p, tmp_path / "in" / p.name)
    out = tmp_path / "out.jsonl"
    res = subprocess.run(
        [sys.executable, "-m", "extractor.cli", "extract", str(tmp_path / "in"), "-o", str(out)],
        capture_output=True, text=True, timeout=300, preexec_fn=lambda: _small_file_limit(30_000),
    )
    assert res.returncode == 2
    assert res.stderr.strip().splitlines()[-1].startswith(f"error: cannot write {out}")
    data = out.read_bytes()
    assert 0 < len(data) <= 30_000 and data.endswith(b"\n")
    for line in data.decode().splitlines():
        assert json.loads(line)["facts"]  # every record kept is whole


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full on this system")
def test_standard_output_on_a_full_device_is_one_line_and_no_exit_noise() -> None:
    with open("/dev/full", "w") as full:
        res = subprocess.run(
            [sys.executable, "-m", "extractor.cli", "extract", str(gold_notes(1)[0]), "-f",
             "jsonl", "-q"], stdout=full, stderr=subprocess.PIPE, text=True, timeout=120)
    assert res.returncode == 2
    assert res.stderr.strip().splitlines() == [
        "error: cannot write <stdout>: No space left on device (the run stopped; the whole "
        "records before it stand)"]


def test_a_folder_output_that_fails_mid_run_stops_with_one_line_and_keeps_whole_files(
    tmp_path: Path,
) -> None:
    a, b = gold_notes(2)
    (tmp_path / "out" / b.with_suffix(".json").name).mkdir(parents=True)  # in the way
    res = runner.invoke(app, ["extract", str(a), str(b), "-o", f"{tmp_path / 'out'}/", "-q"])
    assert res.exit_code == 2
    assert res.stderr.startswith(f"error: cannot write {tmp_path / 'out' / b.stem}.json")
    assert json.loads((tmp_path / "out" / f"{a.stem}.json").read_text())["facts"]
    assert not list((tmp_path / "out").glob(".*.tmp"))  # no half-written file left
