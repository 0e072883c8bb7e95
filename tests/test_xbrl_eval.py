"""The filer's XBRL tags as gold: the mapping to the contract, and `eval --xbrl`."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from html_helpers import ixbrl, nf
from typer.testing import CliRunner

from extractor.cli import app
from extractor.evaluation.metrics import DocumentScore
from extractor.evaluation.pairing import Pairing
from extractor.evaluation.xbrl import evaluate_xbrl, load_xbrl_gold, on_tagged_place
from extractor.evaluation.xbrl_errors import miss_class, period_class
from extractor.facts import Fact
from extractor.html.detect import parse
from extractor.html.ixbrl import concept_words, months_between, read_filing
from extractor.html.xbrlgold import gold_facts, read_labels

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def _gold(body: str, tmp_path: Path | None = None) -> list[Fact]:
    filing = read_filing(parse(ixbrl(body), "ixbrl"), "co")
    labels = read_labels(tmp_path / "co.htm") if tmp_path is not None else {}
    return [f for d in filing.documents for f in gold_facts(filing, d, labels)]


def _table(*cells: str) -> str:
    return "<div>BALANCE SHEETS</div><table><tr><td>Item</td>" + "".join(
        f"<td>{c}</td>" for c in cells) + "</tr></table>"


def test_parentheses_around_a_tag_make_it_negative_and_sign_alone_does_not() -> None:
    facts = _gold(_table("(", nf("1,234", extra='sign="-"'), ")", nf("56", extra='sign="-"')))
    assert [f.amount for f in facts] == ["-1234", "56"]


def test_a_range_tagged_as_two_numbers_is_one_fact_and_its_dash_no_minus() -> None:
    # FACTS.md: a range is one fact, amount and amount_max ("3-5 years")
    body = "<div>Rates of " + nf("0.03", unit="pure", scale="-2") + "% – " + nf(
        "6.65", unit="pure", scale="-2") + "% apply.</div>"
    facts = _gold(_table(body))
    assert [(f.amount, f.amount_max, f.unit, f.scale) for f in facts] == [
        ("0.03", "6.65", "percent", 0)]
    assert facts[0].quote and "0.03% – 6.65" in facts[0].quote


def test_a_range_printing_its_percent_sign_once_is_one_percent_fact() -> None:
    # "4.70-5.75%": the first end shows no "%" of its own, the range's sign is after it
    body = "<div>Notes at " + nf("4.70", unit="pure", scale="-2") + "-" + nf(
        "5.75", unit="pure", scale="-2") + "% due 2031.</div>"
    facts = _gold(_table(body))
    assert [(f.amount, f.amount_max, f.unit) for f in facts] == [("4.70", "5.75", "percent")]


def test_two_numbers_of_different_periods_or_joined_by_words_stay_two_facts() -> None:
    body = ("<div>Rates of " + nf("3", unit="pure", scale="-2") + "% – " + nf(
        "4", unit="pure", scale="-2", ctx="i24") + "% and " + nf("5", unit="pure", scale="-2")
        + "% and " + nf("6", unit="pure", scale="-2") + "%.</div>")
    facts = _gold(_table(body))
    assert [(f.amount, f.amount_max) for f in facts] == [("3", None), ("4", None), ("5", None),
                                                         ("6", None)]


def test_formats_map_to_the_displayed_amount() -> None:
    facts = _gold(_table(
        nf("—", fmt="ixt:fixed-zero"), nf("three", fmt="ixt-sec:numwordsen", scale="0",
                                          unit="shares"),
        nf("no", fmt="ixt-sec:numwordsen", scale="0"), nf("1.57", unit="usdPerShare",
                                                           scale="0"),
    ))
    got = [(f.amount, f.unit, f.scale) for f in facts]
    assert got == [("0", "USD", 6), ("3", "share", 0), ("0", "USD", 0), ("1.57", "USD", 0)]


def test_scale_is_kept_only_when_three_six_or_nine() -> None:
    facts = _gold(_table(nf("5", scale="3"), nf("6", scale="9"), nf("7", scale="-2",
                                                                      unit="pure"),
                         nf("8", scale="2")))
    assert [f.scale for f in facts] == [3, 9, 0, 0]
    assert facts[2].unit is None  # pure with no "%" shown after it


def test_period_entity_and_label_come_from_context_and_concept() -> None:
    facts = _gold(_table(nf("1", ctx="fy24"), nf("2", ctx="q3"), nf("3", ctx="i24seg",
                                                                      name="co:CloudRevenue")))
    assert [f.period for f in facts] == ["P12M/2024-12-31", "P3M/2024-09-28", "2024-12-31"]
    assert [f.entity for f in facts] == [None, None, "Cloud Services"]
    assert [f.label for f in facts] == ["Revenues", "Revenues", "Cloud Revenue"]


def test_months_between_rounds_to_whole_months() -> None:
    assert months_between("2024-09-29", "2025-03-29") == 6
    assert months_between("2023-10-01", "2024-09-28") == 12
    assert months_between("2024-06-30", "2024-09-28") == 3
    assert concept_words("us-gaap:IncomeTaxExpenseBenefitTextBlock") == "Income Tax Expense Benefit"


def test_the_label_linkbase_beside_the_filing_gives_the_label(tmp_path: Path) -> None:
    (tmp_path / "co_lab.xml").write_text(
        '<link:linkbase xmlns:link="http://www.xbrl.org/2003/linkbase" '
        'xmlns:xlink="http://www.w3.org/1999/xlink"><link:labelLink>'
        '<link:loc xlink:href="co.xsd#co_CloudRevenue" xlink:label="loc1"/>'
        '<link:label xlink:label="lab1" xlink:role="http://www.xbrl.org/2003/role/label">'
        "Cloud revenue, net</link:label>"
        '<link:labelArc xlink:from="loc1" xlink:to="lab1"/></link:labelLink></link:linkbase>',
        encoding="utf-8")
    (fact,) = _gold(_table(nf("3", name="co:CloudRevenue")), tmp_path)
    assert fact.label == "Cloud revenue, net"


def test_a_nil_tag_is_a_blank_at_its_position() -> None:
    nil = ('<ix:nonFraction name="us-gaap:CommitmentsAndContingencies" contextRef="i24" '
           'unitRef="usd" xsi:nil="true"/>')
    filing = read_filing(parse(ixbrl(_table(nil, nf("9", ctx="i24"))), "ixbrl"), "co")
    (doc,) = filing.documents
    blank, nine = gold_facts(filing, doc, {})
    assert blank.blank and blank.amount is None and blank.period == "2024-12-31"
    assert blank.span is not None and blank.span[0] == blank.span[1]
    assert doc.text[: blank.span[0]].endswith("Item")
    assert nine.amount == "9" and nine.span is not None and doc.text[slice(*nine.span)] == "9"


def test_only_predictions_on_tagged_places_count_for_precision() -> None:
    places = [(10, 13), (20, 20)]
    assert on_tagged_place(Fact(label="x", amount="1", quote="q", span=(11, 12)), places)
    assert not on_tagged_place(Fact(label="x", amount="1", quote="q", span=(14, 16)), places)
    assert on_tagged_place(Fact(label="x", blank=True, quote="q", span=(21, 21)), places)
    assert not on_tagged_place(Fact(label="x", amount="1", quote="q", span=(20, 21)), [(20, 20)])


def test_period_errors_are_classed_by_kind() -> None:
    assert period_class("2024-12-31", None) == "period: none given (instant expected)"
    assert period_class("2024-12-31", "P12M/2024-12-31") == "period: a duration for an instant"
    assert period_class("P3M/2024-09-28", "P9M/2024-09-28") == "period: wrong number of months"
    assert period_class("P12M/2024-09-28", "P12M/2024-12-31") == (
        "period: right length, wrong end date")


def _fact(amount: str, scale: int, period: str | None, span: tuple[int, int]) -> Fact:
    return Fact(label="Cash", period=period, amount=amount, scale=scale, unit="USD",
                quote=amount, span=span)


def test_a_miss_with_the_amount_as_written_but_another_scale_is_a_period_miss() -> None:
    # the contract pairs on the amount as written: "103" at scale 0 on a tag of 103 millions
    # is the same amount, missed for its period (not "another number")
    gold = _fact("103", 6, "2025-06-28", (10, 13))
    doc = DocumentScore("d", (gold,), (), Pairing((), (0,), ()), ())
    name, pred = miss_class(doc, gold, [_fact("103", 0, None, (10, 13))])
    assert name == "period: none given (instant expected)" and pred is not None
    other, _ = miss_class(doc, gold, [_fact("104", 6, None, (10, 13))])
    assert other == "amount: another number on the place"


def test_eval_xbrl_scores_the_tags_and_leaves_untagged_numbers_out(tmp_path: Path) -> None:
    body = ('<ix:nonNumeric name="us-gaap:DebtDisclosureTextBlock" contextRef="fy24" '
            'escape="true"><div>Debt</div><div>Interest expense was $' + nf("12")
            + " million and fees were $4 million for the year ended December 31, 2024."
            "</div></ix:nonNumeric>")
    path = tmp_path / "co.htm"
    path.write_bytes(ixbrl(body))
    report = evaluate_xbrl([path])
    x = report["xbrl"]
    assert x["tagged_facts"] == 1 and x["predictions"] == 2
    assert x["untagged_predictions"] == 1 and x["predictions_on_tagged_places"] == 1
    assert x["recall"] == 1.0 and x["precision_on_tagged"] == 1.0
    assert x["found_right"] == 1.0
    assert report["documents"][0]["doc_id"] == "co#DebtDisclosureTextBlock"


def test_eval_xbrl_on_a_real_note_through_the_cli(tmp_path: Path) -> None:
    shutil.copy(FIXTURES / "aapl-10-q-excerpt.html", tmp_path / "aapl.html")
    out, md = tmp_path / "r.json", tmp_path / "r.md"
    res = CliRunner().invoke(app, ["eval", "--xbrl", str(tmp_path), "--json", str(out),
                                   "--markdown", str(md), "--errors", "0"])
    assert res.exit_code == 0, res.output
    x = json.loads(out.read_text(encoding="utf-8"))["xbrl"]
    gold = load_xbrl_gold([tmp_path])
    assert x["tagged_facts"] == sum(len(g.facts) for g in gold.documents) >= 20
    assert x["recall_any_period"] >= 0.9
    assert "Against the filers' own XBRL" in md.read_text(encoding="utf-8")


def test_eval_xbrl_without_a_filing_is_an_input_error(tmp_path: Path) -> None:
    (tmp_path / "a.htm").write_text("<html><body>hi</body></html>", encoding="utf-8")
    res = CliRunner().invoke(app, ["eval", "--xbrl", str(tmp_path)])
    assert res.exit_code == 2
    assert "no inline-XBRL filing" in res.output
