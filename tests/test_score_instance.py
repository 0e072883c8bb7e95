"""Scoring periods against a plain XBRL instance (benchmarks/score_instance.py): its notes read
as the iXBRL reader reads them, the engine's facts matched to the instance's numeric facts by
value at the facts' own precision, and a period that none of the matched facts has classed as
the iXBRL eval classes it."""

from __future__ import annotations

import json
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

from lxml import etree

from extractor.facts import Fact
from extractor.html.instance import Instance, NumericFact, parse_instance, read_instance
from extractor.html.ixbrl import Context, read_filing

ROOT = Path(__file__).resolve().parent.parent
EXCERPT = ROOT / "tests" / "fixtures" / "instance" / "aapl-20250329-excerpt_htm.xml"
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import instance_match
    import score_instance
finally:
    sys.path.pop(0)


def excerpt() -> Instance:
    return read_instance(parse_instance(EXCERPT.read_bytes()), "aapl")


def outcomes() -> dict[tuple[str | None, str | None], instance_match.Outcome]:
    """The engine's facts on the excerpt's note, by (amount, period), with their outcome."""
    from extractor.document import read_document
    from extractor.engines.rules import RulesEngine

    inst = excerpt()
    index = instance_match.ValueIndex.build(inst)
    (doc,) = inst.documents
    facts = RulesEngine().extract(read_document(doc.text, doc.doc_id)).facts
    return {(f.amount, f.period): instance_match.match_fact(index, f) for f in facts}


def test_an_instance_note_is_one_document_without_its_table_block_copy_or_its_policy() -> None:
    inst = excerpt()
    assert [d.name for d in inst.documents] == ["FinancialInstrumentsDisclosureTextBlock"]
    (doc,) = inst.documents
    assert doc.text.startswith(
        "|\nFinancial Instruments Disclosure\n|6 Months Ended\nMar. 29, 2025\n|\n")
    assert "Foreign exchange contracts\n$\n68,533\n$\n64,069\n" in doc.text
    assert len(inst.facts) == 9 and inst.units["number"] == ("pure",)


def test_a_note_reads_the_same_from_an_instance_as_from_the_inline_filing() -> None:
    body = ("<div><span>Debt</span></div><div><span>As of March 31, 2025, the Company had "
            "$6.0 billion of commercial paper.</span></div><table><tr><td>Notes</td>"
            "<td>$</td><td>1,200</td></tr></table>")
    context = ("<xbrli:context id='c-1'><xbrli:entity><xbrli:identifier scheme='x'>1"
               "</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>2024-10-01"
               "</xbrli:startDate><xbrli:endDate>2025-03-31</xbrli:endDate></xbrli:period>"
               "</xbrli:context>")
    inline = (
        "<html xmlns='http://www.w3.org/1999/xhtml' xmlns:ix='http://www.xbrl.org/2013/"
        "inlineXBRL' xmlns:xbrli='http://www.xbrl.org/2003/instance' xmlns:us-gaap='g'><body>"
        f"<div style='display:none'><ix:header><ix:resources>{context}</ix:resources>"
        "</ix:header></div><ix:nonNumeric name='us-gaap:DebtDisclosureTextBlock' "
        f"contextRef='c-1'>{body}</ix:nonNumeric></body></html>")
    escaped = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    plain = ("<xbrl xmlns='http://www.xbrl.org/2003/instance' xmlns:xbrli='http://www.xbrl.org/"
             f"2003/instance' xmlns:us-gaap='g'>{context}<us-gaap:DebtDisclosureTextBlock "
             f"contextRef='c-1'>{escaped}</us-gaap:DebtDisclosureTextBlock></xbrl>")
    (ix_doc,) = read_filing(etree.fromstring(inline.encode()), "f").documents
    (inst_doc,) = read_instance(parse_instance(plain.encode()), "f").documents
    assert inst_doc.text == ix_doc.text and inst_doc.doc_id == ix_doc.doc_id
    assert "|6 Months Ended\nMar. 31, 2025\n" in inst_doc.text


def test_a_value_the_instance_holds_matches_and_its_period_agrees() -> None:
    found = outcomes()
    hedged = found[("13.4", "2025-03-29")]
    assert hedged.status == "matched" and hedged.period_ok and hedged.periods == ("2025-03-29",)
    # 14,575 is the notional amount at both dates: matched on either, the period one of them
    both = found[("14575", "2025-03-29")]
    assert both.period_ok and both.periods == ("2024-09-28", "2025-03-29")


def test_a_rate_the_filer_tags_over_a_duration_is_an_instant_for_a_duration() -> None:
    rate = outcomes()[("37", "2025-03-29")]
    assert rate.status == "matched" and not rate.period_ok
    assert rate.periods == ("P6M/2025-03-29",)
    assert rate.error == "period: an instant for a duration"


def test_a_value_no_fact_holds_is_unmatched() -> None:
    assert outcomes()[("13.5", "2024-09-28")].status == "unmatched"


def made_up(*facts: NumericFact) -> instance_match.ValueIndex:
    contexts = {"i": Context(None, None, "2025-03-31"),
                "d": Context("2024-04-01", "2025-03-31", None),
                "q": Context("2025-01-01", "2025-03-31", None)}
    units = {"usd": ("iso4217:USD",), "eur": ("iso4217:EUR",), "pure": ("xbrli:pure",),
             "shares": ("shares",), "eps": ("iso4217:USD", "shares")}
    return instance_match.ValueIndex.build(Instance(contexts, units, list(facts), []))


def fact(amount: str, unit: str | None, scale: int = 0, period: str | None = None) -> Fact:
    return Fact(label="x", amount=amount, unit=unit, scale=scale, period=period, quote="x")


def nf(value: str, unit: str, decimals: int | None, context: str = "i") -> NumericFact:
    return NumericFact("c", Decimal(value), decimals, context, unit)


def test_values_agree_at_the_facts_precision_and_not_below_it() -> None:
    index = made_up(nf("24780000000", "usd", -6), nf("59000000", "usd", -6))
    assert instance_match.match_fact(index, fact("24780", "USD", 6)).status == "matched"
    # 58,853 thousand has digits below the 59 million fact's millions: another number
    assert instance_match.match_fact(index, fact("58853", "USD", 3)).status == "unmatched"
    # the sign is what the fact means, the text prints the amount: absolute values compare
    assert instance_match.match_fact(index, fact("-24780", "USD", 6)).status == "matched"


def test_units_compare_in_the_instances_terms() -> None:
    index = made_up(nf("0.241", "pure", 3), nf("1.65", "eps", 2), nf("1200", "eur", 0))
    assert instance_match.match_fact(index, fact("24.1", "percent")).status == "matched"
    assert instance_match.match_fact(index, fact("0.241", "percent")).status == "unmatched"
    assert instance_match.match_fact(index, fact("1.65", "USD")).status == "matched"
    assert instance_match.match_fact(index, fact("1200", "USD")).status == "other unit"
    # blanks, zeros and years say nothing about which fact is meant
    assert instance_match.match_fact(index, fact("0", "EUR")).status == "not compared"
    assert instance_match.match_fact(index, fact("5", "year")).status == "not compared"


def test_a_value_at_another_power_of_ten_is_a_scale_disagreement() -> None:
    index = made_up(nf("62051000", "shares", -3), nf("3500000", "usd", -5))
    money = instance_match.match_fact(index, fact("3.5", "USD", 0, period="2024-12-31"))
    assert money.status == "other scale" and money.shift == 6
    # its period is still judged: a note whose scale line stands outside it still dates
    assert money.error == "period: wrong instant date" and money.periods == ("2025-03-31",)
    # shares read as millions of dollars under "(net income in millions and shares in thousands)"
    counts = instance_match.match_fact(index, fact("62051", "USD", 6))
    assert counts.status == "other unit" and counts.unit == "shares" and counts.shift == -3


def test_a_wrong_period_is_classed_against_the_closest_matched_period() -> None:
    index = made_up(nf("500", "usd", 0, "d"), nf("500", "usd", 0, "i"))
    assert instance_match.match_fact(index, fact("500", "USD", period="P3M/2025-03-31")
                                     ).error == "period: wrong number of months"
    assert instance_match.match_fact(index, fact("500", "USD", period="2025-03-31")).period_ok
    assert instance_match.match_fact(index, fact("500", "USD", period="2024-12-31")
                                     ).error == "period: wrong instant date"
    rate = made_up(nf("0.05", "pure", 2, "q"))
    assert instance_match.match_fact(rate, fact("5", "percent")).error == instance_match.RATE_NULL


def test_the_script_reports_the_excerpt_and_refuses_what_is_no_instance(tmp_path: Path) -> None:
    out = tmp_path / "r.json"
    res = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "score_instance.py"),
                          str(EXCERPT.parent), "--json", str(out)],
                         capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert res.returncode == 0, res.stderr
    assert "| value-matched |" in res.stdout
    overall = json.loads(out.read_text())["overall"]
    assert overall["unmatched"] == 1 and overall["period_errors"] == {
        "period: an instant for a duration": 2}
    (tmp_path / "note.xml").write_text("<p>not an instance</p>")
    bad = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "score_instance.py"),
                          str(tmp_path)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert bad.returncode == 2 and bad.stderr.strip().count("\n") == 0
    assert "no XBRL instance" in bad.stderr
    assert score_instance.is_instance(EXCERPT) and not score_instance.is_instance(
        tmp_path / "note.xml")


def test_short_amounts_count_few_significant_digits() -> None:
    digits = [instance_match.significant_digits(fact(a, "USD")) for a in
              ("24780", "6.0", "0.05", "-1200", "13.4")]
    assert digits == [4, 1, 1, 2, 3]


def instance_with(block: str) -> str:
    return ("<xbrl xmlns='http://www.xbrl.org/2003/instance' xmlns:us-gaap='g' "
            f"xmlns:h='http://www.w3.org/1999/xhtml'>{block}</xbrl>")


def test_a_plain_text_block_keeps_its_lines_and_an_unescaped_one_its_markup() -> None:
    text = ("<us-gaap:DebtDisclosureTextBlock contextRef='c'>Debt\nNotes payable   1,200   900"
            "\nTotal   1,200   900</us-gaap:DebtDisclosureTextBlock>")
    (doc,) = read_instance(parse_instance(instance_with(text).encode()), "f").documents
    assert doc.text.endswith("|\nDebt\nNotes payable 1,200 900\nTotal 1,200 900")
    markup = ("<us-gaap:DebtDisclosureTextBlock contextRef='c'><h:p>Debt</h:p><h:p>Notes are "
              "due in 2030.</h:p></us-gaap:DebtDisclosureTextBlock>")
    (doc,) = read_instance(parse_instance(instance_with(markup).encode()), "f").documents
    assert doc.text.endswith("|\nDebt\nNotes are due in 2030.")
