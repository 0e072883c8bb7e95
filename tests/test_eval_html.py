"""`extractor eval --html`: every miss, extra and disagreement in its context, gold and
prediction side by side, per-document scores, in one self-contained page."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

from eval_helpers import fact, write_gold, write_pred
from typer.testing import CliRunner

from extractor.cli import app
from extractor.evaluation.html_report import find_context

TEXT = ("Revenues of $10 and cost of $7 in 2021; tax of $3 and fees of $1.\n"
        "Sales were and $5 in 2021.\n")


def at(quote: str, amount: str) -> tuple[int, int]:
    start = TEXT.index(quote) + quote.index(amount)
    return start, start + len(amount)


SLOT = TEXT.index("were and") + len("were")
GOLD = [
    fact("Revenues", "10", span=at("Revenues of $10", "10"), quote="Revenues of $10"),
    fact("Cost", "7", span=at("cost of $7", "7"), quote="cost of $7"),
    fact("Tax", "3", span=at("tax of $3", "3"), quote="tax of $3"),
    fact("Sales", blank=True, span=(SLOT, SLOT), quote="Sales were and"),
]
PRED = [
    GOLD[0],  # right
    fact("Cost", "7", period="2020-12-31", span=GOLD[1].span, quote="cost of $7"),  # miss+extra
    fact("Tax", "3", unit="EUR", span=GOLD[2].span, quote="tax of $3"),  # unit disagrees
    fact("Fees", "1", span=at("fees of $1", "1"), quote="fees of $1"),  # extra, no gold here
]  # and the blank is missed


def run_report(tmp_path: Path) -> tuple[str, dict]:
    gold = tmp_path / "gold"
    write_gold(gold, "a", TEXT, GOLD)
    write_gold(gold, "b", "Loans of $900 were repaid.", [fact("Loans", "900", span=(10, 13))])
    pred = write_pred(tmp_path / "p.jsonl", {"a": PRED, "b": [fact("Loans", "900",
                                                                   span=(10, 13))]})
    out, js = tmp_path / "r.html", tmp_path / "r.json"
    res = CliRunner().invoke(app, ["eval", str(gold), "--pred", str(pred), "--html", str(out),
                                   "--json", str(js), "--errors", "0"])
    assert res.exit_code == 0, res.output
    return out.read_text("utf-8"), json.loads(js.read_text("utf-8"))


def error_rows(page: str) -> list[str]:
    return re.findall(r'<tr data-kind="[^"]+" data-doc="[^"]+">.*?</tr>', page, re.S)


def test_every_error_of_the_json_report_is_a_row_with_its_kind(tmp_path: Path) -> None:
    page, report = run_report(tmp_path)
    rows = error_rows(page)
    kinds = [re.search(r'data-kind="([^"]+)"', r).group(1) for r in rows]
    assert kinds == [e["kind"] for e in report["errors"]]
    assert sorted(kinds) == ["disagree", "extra", "extra", "miss", "miss"]
    # per-document scores, one row per document
    assert re.findall(r'<tr data-doc="([^"]+)">', page) == ["a", "b"]


def test_each_error_is_shown_in_its_context_with_the_span_marked(tmp_path: Path) -> None:
    page, report = run_report(tmp_path)
    for row, e in zip(error_rows(page), report["errors"], strict=True):
        context = re.search(r'<div class="context">(.*?)</div>', row, re.S).group(1)
        start, end = e["fact"]["span"]
        if start == end:
            assert '<span class="blank-slot" title="blank slot">▯</span>' in context
            before = html.unescape(context.split("<span")[0])
            assert before.endswith(TEXT[:start][-len(before):]) and before.endswith("were")
        else:
            assert f"<mark>{html.escape(TEXT[start:end])}</mark>" in context
        assert html.unescape(re.sub(r"<[^>]+>|▯|…", "", context)) in TEXT


def test_gold_and_prediction_stand_side_by_side_with_the_differences_marked(tmp_path: Path):
    page, _ = run_report(tmp_path)
    rows = {re.search(r'data-kind="([^"]+)"', r).group(1) + str(i): r
            for i, r in enumerate(error_rows(page))}
    disagree = next(r for k, r in rows.items() if k.startswith("disagree"))
    assert '<dd class="differs">USD</dd>' in disagree and '<dd class="differs">EUR</dd>' in disagree
    # the miss of "Cost" and the extra at the same span are one fact read two ways
    cost_miss = next(r for k, r in rows.items() if k.startswith("miss") and "Cost" in r)
    assert "an extra at the same place" in cost_miss
    assert '<dd class="differs">2021-12-31</dd>' in cost_miss
    assert '<dd class="differs">2020-12-31</dd>' in cost_miss
    fees = next(r for k, r in rows.items() if k.startswith("extra") and "Fees" in r)
    assert "no gold fact here" in fees


def test_the_page_is_sortable_and_self_contained(tmp_path: Path) -> None:
    page, _ = run_report(tmp_path)
    assert page.count('class="sortable"') == 2
    assert "table.sortable" in page  # the sorting script is inline
    assert not re.search(r'<(link|script|img)[^>]+(src|href)=', page)


def test_the_context_keeps_two_lines_on_each_side_of_a_table_cell() -> None:
    text = "".join(f"|row {i} | {i * 11}\n" for i in range(10))
    start = text.index("55")
    ctx = find_context(text, {"span": [start, start + 2], "quote": "55"})
    assert ctx is not None and ctx.marked == "55" and ctx.line == 6
    assert ctx.before.lstrip("…").startswith("|row 3") and ctx.after.rstrip("…").endswith(
        "|row 7 | 77")
    assert find_context(text, {"span": None, "quote": "not there"}) is None
    by_quote = find_context(text, {"quote": "row 2 | 22"})
    assert by_quote is not None and by_quote.marked == "row 2 | 22"
