"""DataFrames and Parquet (the `dataframe` extra): exact amounts, typed periods, error rows, and
the README's recipes run as written."""

from __future__ import annotations

import datetime
import json
import os
import re
import shutil
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

import extractor
from extractor import ConfigurationError
from extractor.cli import app
from extractor.rows import COLUMNS

pd = pytest.importorskip(
    "pandas", reason="the dataframe extra is not installed: pip install -e '.[dataframe]'")
pytest.importorskip(
    "pyarrow", reason="the dataframe extra is not installed: pip install -e '.[dataframe]'")

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "gold"
runner = CliRunner()


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every gold note plus an empty one, extracted once to JSON Lines, CSV and Parquet."""
    folder = tmp_path_factory.mktemp("outputs")
    (folder / "in").mkdir()
    for p in sorted(GOLD.glob("*.txt")):
        shutil.copy(p, folder / "in" / p.name)
    (folder / "in" / "zz_empty.txt").write_bytes(b"")
    for name in ("facts.jsonl", "facts.csv", "facts.parquet"):
        res = runner.invoke(app, ["extract", str(folder / "in"), "-o", str(folder / name), "-q"])
        assert res.exit_code == 1, res.output  # the empty note fails, the others do not
    return folder


def jsonl_frame(folder: Path) -> object:
    with open(folder / "facts.jsonl", encoding="utf-8") as f:
        return extractor.to_dataframe(json.loads(line) for line in f)


def contract_amounts(folder: Path) -> list[str | None]:
    out = []
    for line in (folder / "facts.jsonl").read_text(encoding="utf-8").splitlines():
        out.extend(f["amount"] for f in json.loads(line)["facts"])
    return out


def test_amounts_are_decimals_never_floats_and_value_applies_the_scale(outputs: Path) -> None:
    df = jsonl_frame(outputs)
    assert list(df.columns) == COLUMNS
    facts = df[df.label.notna()]
    assert len(facts) == len(contract_amounts(outputs)) > 900
    assert df.amount.dtype == object and df.value.dtype == object
    for amount, scale, value in zip(facts.amount, facts.scale, facts.value, strict=True):
        assert amount is None or isinstance(amount, Decimal)
        assert (amount is None) == (value is None)
        if amount is not None:
            assert value == amount * 10**scale
    assert any(s > 0 for s in facts.scale)  # the scale really is applied somewhere


def test_periods_are_split_into_type_start_and_end(outputs: Path) -> None:
    df = jsonl_frame(outputs)
    for period, kind, start, end in zip(df.period, df.period_type, df.period_start,
                                        df.period_end, strict=True):
        if period is pd.NA:
            assert kind is pd.NA and start is None and end is None
        elif "/" in period:
            assert kind == "duration" and start < end
            assert end == datetime.date.fromisoformat(period.split("/")[1])
        else:
            assert kind == "instant" and start is None
            assert end == datetime.date.fromisoformat(period)
    assert set(df.period_type.dropna()) == {"instant", "duration"}


def test_a_failed_document_is_a_row_with_its_error(outputs: Path) -> None:
    df = jsonl_frame(outputs)
    (failed,) = df[df.error.notna()].itertuples()
    assert failed.doc_id == "zz_empty" and "empty" in failed.error
    assert failed.label is pd.NA and failed.amount is None
    assert str(df.span_start.dtype) == "Int64" and str(df.blank.dtype) == "boolean"


def test_jsonl_to_dataframe_to_parquet_to_dataframe_keeps_every_amount(
    outputs: Path, tmp_path: Path
) -> None:
    df = jsonl_frame(outputs)
    df.to_parquet(tmp_path / "copy.parquet")
    back = pd.read_parquet(tmp_path / "copy.parquet")
    assert back.equals(df)
    facts = back[back.label.notna()]
    expected = [None if a is None else Decimal(a) for a in contract_amounts(outputs)]
    assert list(facts.amount) == expected
    assert all(isinstance(v, Decimal) for v in facts.value.dropna())


def test_the_cli_parquet_and_csv_read_back_to_the_same_dataframe(outputs: Path) -> None:
    df = jsonl_frame(outputs)
    for name in ("facts.parquet", "facts.csv"):
        back = extractor.read_table(outputs / name)
        assert back.equals(df), name
        assert [str(a) for a in back.amount.dropna()] == [
            a for a in contract_amounts(outputs) if a is not None]  # "34" stays "34"


def test_the_cli_parquet_holds_the_decimal_strings_as_written(outputs: Path) -> None:
    import pyarrow.parquet as pq

    table = pq.read_table(outputs / "facts.parquet")
    assert str(table.schema.field("amount").type) == "string"
    assert str(table.schema.field("period_end").type) == "date32[day]"
    amounts = [a for a in table.column("amount").to_pylist() if a is not None]
    assert amounts == [a for a in contract_amounts(outputs) if a is not None]


def test_without_pandas_to_dataframe_says_which_extra_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(ConfigurationError, match=r"\[dataframe\]"):
        extractor.to_dataframe([])


def readme_recipe(name: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(rf"<!-- recipe: {name} -->\n```python\n(.*?)```", text, re.S)
    assert m, f"README recipe {name!r} not found"
    return m.group(1)


@pytest.mark.parametrize("name", ["dataframe", "pandas"])
def test_the_readme_recipes_run_as_written(
    name: str, outputs: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    for f in ("facts.jsonl", "facts.csv", "facts.parquet"):
        shutil.copy(outputs / f, tmp_path / f)
    monkeypatch.chdir(tmp_path)
    exec(compile(readme_recipe(name), f"README.md recipe {name}", "exec"), {})
    if name == "dataframe":
        assert os.path.exists("facts-copy.parquet")
        assert "Decimal" not in capsys.readouterr().out.splitlines()[-1]  # a plain number
