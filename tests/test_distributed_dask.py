"""The same batch on a Dask LocalCluster gives the same records as one process."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

pytest.importorskip("dask.distributed")

from extractor.batch import BatchOptions, Record, run_batch
from extractor.distributed import dask_executor

GOLD = Path(__file__).resolve().parents[1] / "gold"


def test_a_dask_local_cluster_gives_the_same_facts_as_one_process(tmp_path: Path) -> None:
    for p in sorted(GOLD.glob("*.txt"))[:8]:
        shutil.copy(p, tmp_path / p.name)
    (tmp_path / "empty.txt").write_bytes(b"")
    local: list[Record] = []
    run_batch([str(tmp_path)], local.append, BatchOptions())
    on_dask: list[Record] = []
    with dask_executor(workers=2, processes=False) as ex:
        summary = run_batch([str(tmp_path)], on_dask.append, BatchOptions(), executor=ex,
                            chunk_size=3)
    assert [r.text for r in on_dask] == [r.text for r in local]
    assert summary.documents == 9 and summary.failed == 1
    assert sum(r.facts for r in on_dask) == sum(r.facts for r in local)


def test_the_cli_dask_flag_writes_the_same_output_as_one_process(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from extractor.cli import app

    for p in sorted(GOLD.glob("*.txt"))[:5]:
        shutil.copy(p, tmp_path / p.name)
    one, dask = tmp_path / "one.jsonl", tmp_path / "dask.jsonl"
    runner = CliRunner()
    assert runner.invoke(app, ["extract", str(tmp_path), "-o", str(one), "-q"]).exit_code == 0
    res = runner.invoke(app, ["extract", str(tmp_path), "-o", str(dask), "-q", "--dask",
                              "--workers", "2", "--chunk-size", "2"])
    assert res.exit_code == 0, res.output
    assert dask.read_bytes() == one.read_bytes()
