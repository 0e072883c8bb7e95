"""The batch runner's Python API: one record per input, error records, order, parallelism."""

from __future__ import annotations

import json
import shutil
from concurrent.futures import Executor, Future
from pathlib import Path
from typing import Any

import pytest

from extractor import batch, oneinput
from extractor.batch import BatchOptions, Item, Record, iter_inputs, ordered_map, run_batch
from extractor.document import MAX_BYTES, Document
from extractor.facts import Result

GOLD = Path(__file__).resolve().parents[1] / "gold"


def copy_notes(dest: Path, n: int = 10) -> list[Path]:
    """n real note texts from the gold folder, copied into dest."""
    dest.mkdir(parents=True, exist_ok=True)
    out = []
    for src in sorted(GOLD.glob("*.txt"))[:n]:
        out.append(Path(shutil.copy(src, dest / src.name)))
    assert len(out) == n
    return out


def collect(paths: list[str], **kwargs: Any) -> tuple[list[Record], batch.Summary]:
    records: list[Record] = []
    summary = run_batch(paths, records.append, BatchOptions(), **kwargs)
    return records, summary


def test_folder_of_notes_gives_one_record_per_document(tmp_path: Path) -> None:
    notes = copy_notes(tmp_path / "in", 10)
    records, summary = collect([str(tmp_path / "in")])
    assert [r.doc_id for r in records] == sorted(p.stem for p in notes)
    assert summary.documents == 10 and summary.failed == 0
    for r in records:
        line = json.loads(r.text)
        assert r.text.endswith("\n") and r.text.count("\n") == 1
        assert line["doc_id"] == r.doc_id and "error" not in line
        assert len(line["facts"]) == r.facts
    assert summary.facts == sum(r.facts for r in records)


def make_bad_files(folder: Path) -> dict[str, str]:
    """One of each kind of unreadable document; returns doc_id -> expected words in the error."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (folder / "latin1.txt").write_bytes("Revenues of £5 at the café".encode("latin-1"))
    with open(folder / "huge.txt", "wb") as f:  # sparse: > MAX_BYTES without writing 50 MB
        f.truncate(MAX_BYTES + 1024)
    return {"empty": "empty", "binary": "binary", "latin1": "not UTF-8",
            "huge": "50.00 MiB is larger than the limit (50 MiB)"}


def test_bad_documents_get_error_records_and_good_ones_still_come_out(tmp_path: Path) -> None:
    good = copy_notes(tmp_path / "in", 3)
    expected = make_bad_files(tmp_path / "in")
    missing = str(tmp_path / "nowhere.txt")
    records, summary = collect([str(tmp_path / "in"), missing])
    by_id = {r.doc_id: r for r in records}
    assert len(records) == len(good) + len(expected) + 1
    for p in good:
        assert by_id[p.stem].error is None
    for doc_id, words in expected.items():
        assert words in (by_id[doc_id].error or ""), by_id[doc_id].error
        line = json.loads(by_id[doc_id].text)
        assert line["facts"] == [] and line["source"].endswith(f"{doc_id}.txt")
    assert "no such file" in (by_id["nowhere"].error or "")
    assert summary.failed == len(expected) + 1


def test_an_engine_exception_is_one_error_record_not_a_failed_run(tmp_path: Path) -> None:
    class Exploding:
        name = "rules"

        def extract(self, doc: Document) -> Result:
            if "boom" in doc.text:
                raise ZeroDivisionError("division by zero")
            return Result(doc_id=doc.doc_id, source=doc.source, engine="rules")

    (tmp_path / "a.txt").write_text("fine")
    (tmp_path / "b.txt").write_text("boom")
    results = [oneinput.extract_item(Item(str(tmp_path / n)), Exploding(), "rules")
               for n in ("a.txt", "b.txt")]
    assert results[0].error is None
    assert results[1].error is not None and "ZeroDivisionError" in results[1].error
    assert results[1].facts == []


def test_a_smaller_size_limit_gives_an_error_record(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text("Revenues of RMB5 were recorded. " * 100)
    records: list[Record] = []
    run_batch([str(tmp_path)], records.append, BatchOptions(max_bytes=1000))
    assert records[0].error is not None and "larger than the limit" in records[0].error


def test_two_workers_give_the_same_records_as_one(tmp_path: Path) -> None:
    copy_notes(tmp_path / "in", 12)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    serial, _ = collect([str(tmp_path / "in")])
    parallel, summary = collect([str(tmp_path / "in")], workers=2, chunk_size=2)
    assert [r.text for r in parallel] == [r.text for r in serial]
    assert summary.documents == 13 and summary.failed == 1


def test_inputs_are_walked_in_sorted_order_txt_only(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / "c.txt").write_text("x")
    (tmp_path / "notes.md").write_text("x")
    got = [it.path for it in iter_inputs([str(tmp_path), "missing.txt", "-"])]
    assert got == [str(tmp_path / "a.txt"), str(tmp_path / "c.txt"),
                   str(tmp_path / "b" / "z.txt"), "missing.txt", "-"]


class CountingExecutor(Executor):
    """Runs tasks when their result is asked for, recording how many were ever pending."""

    def __init__(self) -> None:
        self.pending = 0
        self.most = 0

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        self.pending += 1
        self.most = max(self.most, self.pending)
        executor = self

        class Lazy(Future[Any]):
            def result(self, timeout: float | None = None) -> Any:
                executor.pending -= 1
                return fn(*args, **kwargs)

        return Lazy()


def test_work_in_flight_is_bounded_by_the_window(tmp_path: Path) -> None:
    for i in range(40):
        (tmp_path / f"n{i:02d}.txt").write_text(f"Revenues of RMB{i} were recorded.")
    ex = CountingExecutor()
    items = iter_inputs([str(tmp_path)])
    chunks = batch._chunks(items, 2)
    records = list(ordered_map(ex, chunks, BatchOptions(), window=3))
    assert [r.doc_id for r in records] == [f"n{i:02d}" for i in range(40)]
    assert ex.most <= 3


def test_llm_like_engines_get_documents_lazily_through_extract_many(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from extractor.config import LLMConfig

    held: list[int] = []

    class Many:
        """Takes documents lazily, two at a time, and returns them in reverse order of a pair
        (completion order), as a concurrent engine does."""

        name = "llm"

        def extract(self, doc: Document) -> Result:
            return Result(doc_id=doc.doc_id, source=doc.source, engine="llm")

        def extract_many(self, docs: Any) -> Any:
            pair: list[Document] = []
            for d in docs:
                pair.append(d)
                held.append(len(pair))
                if len(pair) == 2:
                    yield from (self.extract(x) for x in reversed(pair))
                    pair = []
            yield from (self.extract(x) for x in pair)

    monkeypatch.setattr(batch, "get_engine", lambda name, llm=None: Many())
    for i in range(9):
        (tmp_path / f"n{i}.txt").write_text(f"text {i}")
    (tmp_path / "n9.txt").write_bytes(b"")
    records: list[Record] = []
    opts = BatchOptions(engine="llm", llm=LLMConfig(concurrency=2))
    summary = run_batch([str(tmp_path)], records.append, opts, workers=4)
    assert sorted(r.doc_id for r in records) == [f"n{i}" for i in range(10)]
    assert max(held) <= 2  # the engine's own bound, not the whole input
    assert summary.failed == 1
    (bad,) = [r for r in records if r.error]
    assert bad.doc_id == "n9" and "empty" in bad.error


def test_when_extract_many_breaks_the_documents_it_held_are_tried_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Breaks:
        name = "llm"

        def extract(self, doc: Document) -> Result:
            if "poison" in doc.text:
                raise RuntimeError("bad document")
            return Result(doc_id=doc.doc_id, source=doc.source, engine="llm")

        def extract_many(self, docs: Any) -> Any:
            taken = [next(docs), next(docs), next(docs)]
            yield self.extract(taken[0])
            raise RuntimeError("the pool died")

    monkeypatch.setattr(batch, "get_engine", lambda name, llm=None: Breaks())
    for i in range(6):
        (tmp_path / f"n{i}.txt").write_text("poison" if i == 4 else f"text {i}")
    records: list[Record] = []
    run_batch([str(tmp_path)], records.append, BatchOptions(engine="llm"))
    assert sorted(r.doc_id for r in records) == [f"n{i}" for i in range(6)]
    assert [r.doc_id for r in records if r.error] == ["n4"]


class CrashingPool(Executor):
    """Runs chunks inline, like a process pool whose worker dies on any document saying
    "crash": that chunk and every later task of this pool fail with BrokenProcessPool."""

    made = 0

    def __init__(self) -> None:
        CrashingPool.made += 1
        self.broken = False

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        from concurrent.futures.process import BrokenProcessPool

        fut: Future[Any] = Future()
        chunk = args[0]
        if not self.broken and any("crash" in Path(it.path).read_text() for it in chunk):
            self.broken = True
        if self.broken:
            fut.set_exception(BrokenProcessPool("a child process terminated abruptly"))
        else:
            fut.set_result(fn(*args, **kwargs))
        return fut


def test_a_document_that_kills_its_worker_is_the_only_one_lost(tmp_path: Path) -> None:
    for i in range(30):
        (tmp_path / f"n{i:02d}.txt").write_text("crash" if i == 11 else f"Revenues of RMB{i}.")
    CrashingPool.made = 0
    items = iter_inputs([str(tmp_path)])
    records = list(batch.pool_records(batch._chunks(items, 4), BatchOptions(), 2,
                                      lambda n: CrashingPool()))
    assert [r.doc_id for r in records] == [f"n{i:02d}" for i in range(30)]
    assert [r.doc_id for r in records if r.error] == ["n11"]
    assert "worker process died" in (records[11].error or "")
    assert CrashingPool.made >= 3  # the first pool, one to isolate, one to go on


def test_a_task_closes_early_once_its_inputs_reach_the_byte_cap(tmp_path: Path) -> None:
    # a folder of filings (MBs each) must not go out as one task of 16 to one worker
    sizes = [10, 600, 500, 10, 2000, 10, 10, 10, 10, 10]
    for i, n in enumerate(sizes):
        (tmp_path / f"n{i}.txt").write_text("x" * n)

    def names(size: int) -> list[list[str]]:
        chunks = batch._chunks(iter_inputs([str(tmp_path)]), size, max_bytes=1000)
        return [[Path(it.path).name[1:-4] for it in c] for c in chunks]

    # 1,110 bytes at the third input; the large one is a task of its own with what came before
    assert names(16) == [["0", "1", "2"], ["3", "4"], ["5", "6", "7", "8", "9"]]
    assert names(2) == [["0", "1"], ["2", "3"], ["4"], ["5", "6"], ["7", "8"], ["9"]]


def test_inputs_of_unknown_size_count_nothing_toward_the_byte_cap(tmp_path: Path) -> None:
    items = [Item(str(tmp_path / f"missing{i}.txt")) for i in range(5)]
    stdin = Item("-", data=b"y" * 50)
    chunks = list(batch._chunks(iter([*items, stdin, *items]), 16, max_bytes=40))
    assert [len(c) for c in chunks] == [6, 5]  # stdin's 50 bytes close the first task
