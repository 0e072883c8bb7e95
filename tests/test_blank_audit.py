"""The label-free blank audit (benchmarks/blank_slots.py) sees the slots a dropped amount leaves
in prose, and not the look-alikes: an Oxford comma, a mark whose number is on the next line, a
"nil", a unit in parentheses, a table's empty cell."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from extractor.document import read_document
from extractor.facts import Fact

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
try:
    import blank_slots
finally:
    sys.path.pop(0)


def shapes(text: str) -> list[str]:
    doc = read_document(text)
    return [s.shape for s in blank_slots.find_slots(text, blank_slots.prose_lines(doc))]


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("Revenues of , RMB34 and RMB6 were recorded for the years ended 2021, 2022 and 2023.",
         "space before a comma"),
        ("Interest expense was $ and $ for the three months ended September 30, 2022 and 2021.",
         "mark with no number"),
        ("Interest expense was $and $, for the three months ended September 30, 2022 and 2021.",
         "mark with no number"),
        ("Cash paid was approximately US$ million for the year ended December 31, 2021.",
         "mark with no number"),
        ("The expense recognized was approximately million for the year ended December 31, 2021.",
         "scale word with no number"),
        ("During the year the Company issuedand restricted stock units to its directors.",
         "verb glued to 'and'"),
        ("The Company agreed with the four shareholders to acquireshares of the investee.",
         "word glued to a unit"),
        ("Shares issued to the consultants totalled and shares, respectively, in 2022 and 2021.",
         "verb before 'and' / 'or'"),
        ("Revenues of RMB5, RMB2 and were recorded in the consolidated statements of operations.",
         "list ends at 'and'"),
        ("Revenues of RMB2, and RMB1 were recorded in the consolidated statements of operations.",
         "two-item list with a comma before 'and'"),
        ("As of December 31, 2022, the carrying amount of the note was. The note bears interest.",
         "function word before a stop"),
        ("Equipment is depreciated over useful lives of to eight years on a straight-line basis.",
         "range with no low end"),
        ("The balance was RMB 4,206 ($US5, ) as of December 31, 2022 in the accounts.",
         "empty parenthesis"),
        ("The number of options outstanding under the Scheme was (2022: ), representing the total.",
         "empty parenthesis"),
        ("Options granted to any one person may not exceed of the shares of the Company.",
         "quantity verb before 'of the'"),
        ("The Company acquired an additional shares of the investee for a cash consideration.",
         "article before a count"),
        ("The ownership interest of the Company in the investee increased to % after the deal.",
         "lone '%'"),
        ("The spread over the base rate increased by basis points during the year ended 2023.",
         "function word before a unit word"),
        ("The Company recorded an impairment of approximately for the year ended December 2023.",
         "amount word before a period phrase"),
        ("Equipment is depreciated on a straight-line basis over useful lives of years in total.",
         "useful life with no number"),
        ("In 2023 the Company granted its employees options to buy shares at $2.00 per share.",
         "count dropped before 'shares'"),
        ("As of December 31, 2023, there were shares of common stock issued and outstanding.",
         "count dropped before 'shares'"),
        ("The balance due to the director was RMB at December 31, 2023 and bears no interest.",
         "mark with no number"),
        ("Comparable sales of the Company increased percent for the year ended January 31, 2025.",
         "function word before a unit word"),
        ("Interest income was $5,000; $6,000; and for the years ended December 31, 2024, 2023 "
         "and 2022.", "list ends at 'and'"),
    ],
)
def test_the_blank_audit_sees_each_shape_a_dropped_amount_leaves(text: str, shape: str) -> None:
    assert shape in shapes(text)


@pytest.mark.parametrize(
    "text",
    [
        # an Oxford comma in a full list, and "and" opening a clause
        "Revenues were $1, $2, and $3 million for the years ended 2021, 2022 and 2023.",
        "The Company sells in China, Japan, and Korea, and its revenue was $5 million in 2022.",
        # the mark's number on the next line
        "The Company paid the vendor a fee of US$\n5,000 during the year ended December 31, 2022.",
        # an explicit zero in words
        "The impairment for the year ended December 31, 2022 was $ nil and none in the year 2021.",
        # a currency named, not an amount dropped
        "The fair value per option at the grant date (RMB) is estimated with a binomial model.",
        "The functional currency is RMB and the amounts are translated into US$ at the rate.",
        "Amounts are stated in thousands of US$ except share data and the number of options.",
        "The results as of and for the years ended December 31, 2022 and 2021 are shown below.",
        "The Company will sell the vehicle at or above the price set out in the agreement.",
        "The lenders acknowledged that we were and anticipated being in default of the terms.",
        # shares and years named without a dropped number
        "The Plan provides for options to purchase shares at an exercise price set at grant.",
        "There were no shares of preferred stock issued and outstanding at the end of the year.",
        "The useful lives of the assets are reviewed at each year end and adjusted if needed.",
        # a currency named before a rate, a rate with its number
        "The amounts were converted from RMB at the exchange rate of 7.1 on the reporting date.",
        "Net sales of the Company increased 9 percent for the year ended January 31, 2025.",
    ],
)
def test_the_blank_audit_sees_no_slot_in_look_alikes(text: str) -> None:
    assert shapes(text) == []


def test_a_tables_empty_cells_are_not_audited_as_prose() -> None:
    text = "Other receivables\n|\n|$\n|\n|$\n|5\nBeginning balance\n|\n|\n"
    assert shapes(text) == []


def blank(at: int) -> Fact:
    return Fact(label="Revenues", entity=None, period=None, amount=None, scale=0, unit="CNY",
                blank=True, quote="x", span=(at, at))


def test_the_comparison_names_missed_slots_unseen_blanks_and_table_blanks() -> None:
    text = ("Revenues of , RMB34 and RMB6 were recorded for the years 2021, 2022 and 2023.\n"
            "Amounts due were RMB4 and RMB5 as of December 31, 2023 and 2024, respectively.\n"
            "Balance\n|\n|\n")
    doc = read_document(text)
    lines = blank_slots.prose_lines(doc)
    slots = blank_slots.find_slots(text, lines)
    at_slot = text.index(" ,")
    unseen_at = text.index("RMB4") - 1
    table_at = text.index("Balance") + len("Balance")
    missed, unseen, in_table = blank_slots.compare(slots, [blank(unseen_at), blank(table_at)],
                                                   lines)
    assert [s.start for s in missed] == [at_slot]
    assert [f.span for f in unseen] == [(unseen_at, unseen_at)]
    assert [f.span for f in in_table] == [(table_at, table_at)]
    _, unseen, _ = blank_slots.compare(slots, [blank(at_slot)], lines)
    assert unseen == []


def test_a_row_label_of_a_few_words_is_a_table_line_not_prose() -> None:
    text = ("Net loss\n(11,875)\nLess: earnings available to participating securities\n"
            "Net loss available to common shareholders\n(11,875)\n")
    doc = read_document(text)
    lines = blank_slots.prose_lines(doc)
    label_end = text.index("securities") + len("securities")
    _, unseen, in_table = blank_slots.compare([], [blank(label_end)], lines)
    assert unseen == [] and [f.span for f in in_table] == [(label_end, label_end)]


try:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import blank_lists
finally:
    sys.path.pop(0)


def short(text: str) -> list[tuple[int, int]]:
    return [(s.items, s.periods) for s in blank_lists.short_lists(text, [(0, len(text))])]


@pytest.mark.parametrize(
    "text",
    [
        "Fees were $5,000 and $6,000 for the years ended December 31, 2021, 2022 and 2023, "
        "respectively.",
        # a translation in parentheses is the item's twin, not a second item
        "Fees were RMB5 million ($0.7 million) and RMB6 million ($0.8 million) in 2021, 2022 "
        "and 2023, respectively.",
        "Lease terms were 8.6 years and 9.8 years as of March 31, 2024, December 31, 2023 and "
        "2022, respectively.",
    ],
)
def test_a_respectively_list_one_amount_short_of_its_periods_is_seen(text: str) -> None:
    assert short(text) == [(2, 3)]


@pytest.mark.parametrize(
    "text",
    [
        # full lists: a negative in parentheses is an item of its own, "; and" one separator
        "Net tax payments were $187, $204 and ($1,319) in 2024, 2023 and 2022, respectively.",
        "Shares reserved were 31,063,392; 31,979,909; and 33,185,971 shares as of December 31, "
        "2024, 2023 and 2022, respectively.",
        # one amount against two periods is another measure; a full list beside a short one
        "As of December 31, 2023 and 2022, the balance was $5 and $6, and 3 loans, respectively.",
        # "respectively" over items, not periods
        "Customers A, B and C accounted for 10%, 12% and 15% of revenue in 2023, respectively.",
    ],
)
def test_a_list_that_fills_its_periods_is_not_short(text: str) -> None:
    assert short(text) == []


def test_the_audit_reports_a_short_list_only_where_the_engine_gives_no_blank() -> None:
    text = ("Fees were $5,000 and $6,000 for the years ended December 31, 2021, 2022 and 2023, "
            "respectively.")
    doc = read_document(text)
    assert [c for c, _ in blank_slots.blank_checks(doc, [])] == [blank_slots.SHORT]
    assert blank_slots.SHORT not in [c for c, _ in blank_slots.blank_checks(doc, [blank(10)])]


def test_a_verb_and_and_before_a_period_phrase_is_a_slot_but_not_before_a_verb() -> None:
    shape = "verb and 'and' before a period phrase"
    assert shape in shapes("Revenues from the two related parties were and for the years ended "
                           "December 31, 2022 and 2023, respectively.")
    assert shapes("The lenders said that we were and will be in compliance with the covenants "
                  "for the years ahead.") == []


_IX_HEAD = (
    '<?xml version="1.0" encoding="utf-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
    'xmlns:ix="http://www.xbrl.org/2013/inlineXBRL" '
    'xmlns:xbrli="http://www.xbrl.org/2003/instance" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xmlns:us-gaap="http://fasb.org/us-gaap/2024" '
    'xmlns:ixt="http://www.xbrl.org/inlineXBRL/transformation/2020-02-12">'
    '<head><title>t</title></head><body><div style="display:none"><ix:header><ix:resources>'
    + "".join(
        f'<xbrli:context id="c{y}"><xbrli:entity><xbrli:identifier scheme="http://www.sec.gov/CIK">'
        f'1</xbrli:identifier></xbrli:entity><xbrli:period><xbrli:startDate>{y}-01-01'
        f'</xbrli:startDate><xbrli:endDate>{y}-12-31</xbrli:endDate></xbrli:period></xbrli:context>'
        for y in (2022, 2023))
    + '<xbrli:unit id="usd"><xbrli:measure>iso4217:USD</xbrli:measure></xbrli:unit>'
    '</ix:resources></ix:header></div>'
)


def _ix_note(paragraphs: str) -> str:
    return (_IX_HEAD + '<ix:nonNumeric name="us-gaap:RelatedPartyTransactionsDisclosureTextBlock" '
            f'contextRef="c2023"><p>Related party transactions</p>{paragraphs}</ix:nonNumeric>'
            "</body></html>")


def _nil(year: int) -> str:
    return (f'<ix:nonFraction name="us-gaap:Revenues" contextRef="c{year}" unitRef="usd" '
            'xsi:nil="true"/>')


def test_the_nil_tag_count_tells_prose_from_table_lines_and_blank_from_none(tmp_path: Path
                                                                            ) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    try:
        import blank_nils
    finally:
        sys.path.pop(0)
    five = ('<ix:nonFraction name="us-gaap:Revenues" contextRef="c2023" unitRef="usd" '
            'decimals="0" format="ixt:num-dot-decimal">5,000</ix:nonFraction>')
    filing = tmp_path / "t.html"
    filing.write_text(_ix_note(
        f"<p>Revenues from the related party were ${_nil(2022)} and ${five} for the years ended "
        "December 31, 2022 and 2023, respectively.</p>"
        f"<table><tr><td>Revenues</td><td>{_nil(2022)}</td><td>{five}</td></tr></table>"),
        encoding="utf-8")
    counts, _ = blank_nils.nil_places([filing])
    assert counts["nil tag in a prose line, engine blank"] == 1
    assert sum(n for k, n in counts.items() if "table line" in k) == 1
