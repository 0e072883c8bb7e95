"""A table's scale said once in words ("(Dollars in millions)", "€ millions", "(in millions,
except per share amounts)") applies to the table below it, with the exceptions it names."""

from __future__ import annotations

import pytest

from extractor import tables
from extractor.document import read_document
from extractor.tables.scalenote import (
    ScaleNote,
    find_scale_note,
    is_per_share_row,
    is_share_count_row,
    scale_cell,
)


def _facts(text: str) -> dict[str, list[tuple[str, int, str | None]]]:
    part = tables.extract_tables(read_document(text, "t"))
    out: dict[str, list[tuple[str, int, str | None]]] = {}
    for f in part.facts:
        out.setdefault(f.label, []).append((f.amount, f.scale, f.unit))
    return out


@pytest.mark.parametrize(
    ("text", "note"),
    [
        ("(in millions)", ScaleNote(6)),
        ("(Dollars in Millions)", ScaleNote(6, None, 0)),  # the dollars, not the shares
        ("(Amounts in thousands, except per share data)", ScaleNote(3)),
        ("All amounts are presented in thousands of euros.", ScaleNote(3, "EUR")),
        ("(net income in millions and shares in thousands):", ScaleNote(6, None, 3)),
        ("(In millions, except number of shares, which are reflected in thousands)",
         ScaleNote(6, None, 3)),
        ("(In millions, except number of shares and par value)", ScaleNote(6, None, 0)),
        ("(in US$ thousands)", ScaleNote(3, "USD")),
        ("(In millions of Korean won)", ScaleNote(6, "KRW")),
        ("(In millions of won)", ScaleNote(6, "KRW")),
        ("(in thousands of Canadian dollars)", ScaleNote(3, "CAD")),
        ("(in millions of Japanese yen)", ScaleNote(6, "JPY")),
    ],
)
def test_scale_statements_in_other_words_are_read(text: str, note: ScaleNote) -> None:
    assert find_scale_note(text) == note


@pytest.mark.parametrize(
    "text",
    [
        "revenue grew ($3 millions more than planned)",  # an amount, not a scale
        "(several millions of users joined)",
        "counsel for thousands of claimants",
    ],
)
def test_amounts_and_counts_that_mention_a_scale_word_state_no_scale(text: str) -> None:
    assert find_scale_note(text) is None


@pytest.mark.parametrize(("text", "scale"), [
    ("(Shares in millions)", 6), ("(shares in thousands)", 3),
    ("(Number of shares in thousands)", 3),
])
def test_a_parenthesis_stating_only_the_shares_scale_makes_the_table_count_shares(
        text: str, scale: int) -> None:
    # no money scale stated: prices beside the counts stay in units
    assert find_scale_note(text) == ScaleNote(0, "share", scale)


@pytest.mark.parametrize("text", [
    "(Dollars in millions; shares in thousands)",  # money's scale named first
    "(shares in thousands of which 5 vested)",
    "Shares in thousands were issued in several tranches",
])
def test_a_shares_scale_beside_other_words_is_no_count_statement(text: str) -> None:
    note = find_scale_note(text)
    assert note is None or note.unit != "share"


ANTIDILUTIVE = "\n".join([
    "The following potential common shares were excluded from diluted loss per share:",
    "(Shares in millions)",
    "Years ended December 31,", "2024", "2023",
    "Restricted stock units", "0.5", "1.0",
    "Stock options", "0.8", "0.9",
])


def test_rows_under_a_shares_only_statement_are_share_counts_at_its_scale() -> None:
    facts = _facts(ANTIDILUTIVE)
    assert facts["Restricted stock units"] == [("0.5", 6, "share"), ("1.0", 6, "share")]
    assert facts["Stock options"] == [("0.8", 6, "share"), ("0.9", 6, "share")]


AWARDS = "\n".join([
    "The following table shows the activity for restricted stock units:",
    "(Shares in thousands)",
    "Shares", "Weighted-Average Grant-Date Fair Value Per Share",
    "Outstanding as of February 1, 2024", "49,191", "$", "46.79",
    "Granted", "46,054", "$", "60.29",
])


def test_prices_beside_counts_under_a_shares_only_statement_stay_in_units() -> None:
    facts = _facts(AWARDS)
    got = sorted(v for vs in facts.values() for v in vs)
    assert got == [("46.79", 0, "USD"), ("46054", 3, "share"), ("49191", 3, "share"),
                   ("60.29", 0, "USD")]


def test_a_first_cell_that_is_only_a_scale_is_read() -> None:
    assert scale_cell("€ millions") == ScaleNote(6, "EUR")
    assert scale_cell("$ in thousands") == ScaleNote(3, "USD")
    assert scale_cell("Revenue") is None


def test_per_share_and_share_count_rows_are_told_from_money_rows() -> None:
    assert is_per_share_row("Diluted earnings per share")
    assert not is_per_share_row("Shares repurchased")
    assert is_share_count_row("Weighted-average shares outstanding / Basic")
    assert not is_share_count_row("Proceeds from shares issued")
    assert not is_share_count_row("Net income")


@pytest.mark.parametrize("label", [
    "Common stock, shares issued",
    "Preferred stock shares outstanding",
    "Restricted common stock shares issued for services",
    "Cancellation of common stock shares",
    "Stock issued during period, shares, new issues",
    "Common shares issued, shares",
])
def test_standard_labels_of_share_counts_are_counts(label: str) -> None:
    assert is_share_count_row(label)


@pytest.mark.parametrize("label", [
    "Common stock, value",
    "Common stock shares issued, value",
    "Common shares issued, amount",
    "Impact of dilutive potential ordinary shares issued by subsidiaries",
    "Shares, beginning of year / Amount",
    "Stock-based compensation",
])
def test_money_twins_of_share_counts_stay_money(label: str) -> None:
    assert not is_share_count_row(label)


CAPTIONED = "\n".join([
    "The components of income are as follows:",
    "(Dollars in millions, except per share data)",
    "Year ended December 31,",
    "2024",
    "2023",
    "Net income",
    "$1,250",
    "$980",
    "Diluted earnings per share",
    "$2.15",
    "$1.70",
])


def test_a_caption_scale_applies_to_the_table_but_not_to_per_share_rows() -> None:
    facts = _facts(CAPTIONED)
    assert facts["Net income"] == [("1250", 6, "USD"), ("980", 6, "USD")]
    assert [s for _, s, _ in facts["Diluted earnings per share"]] == [0, 0]


SHARES = "\n".join([
    "(net income in millions and shares in thousands)",
    *CAPTIONED.split("\n")[2:8],  # the same years and net income row
    "Weighted-average shares outstanding",
    "15,343",
    "15,744",
])


def test_shares_in_thousands_take_their_own_scale_and_the_share_unit() -> None:
    facts = _facts(SHARES)
    assert facts["Net income"] == [("1250", 6, "USD"), ("980", 6, "USD")]
    assert facts["Weighted-average shares outstanding"] == [
        ("15343", 3, "share"), ("15744", 3, "share"),
    ]


def test_without_a_scale_statement_values_stay_in_units() -> None:
    facts = _facts(CAPTIONED.replace("(Dollars in millions, except per share data)\n", ""))
    assert facts["Net income"] == [("1250", 0, "USD"), ("980", 0, "USD")]


def test_share_counts_are_in_shares_at_the_money_scale_when_the_note_names_none() -> None:
    text = CAPTIONED.replace("Dollars in millions", "In millions") + (
        "\nWeighted-average diluted shares\n580\n576\n")
    facts = _facts(text)
    assert facts["Weighted-average diluted shares"] == [("580", 6, "share"), ("576", 6, "share")]
    facts = _facts(CAPTIONED + "\nWeighted-average diluted shares\n580,112\n576,030\n")
    assert facts["Weighted-average diluted shares"] == [  # "Dollars in millions": not shares
        ("580112", 0, "share"), ("576030", 0, "share")]


def test_a_share_count_row_without_a_scale_note_is_in_shares_not_the_page_currency() -> None:
    text = ("Year ended December 31,\n2024\n2023\nNet income\n$1,250\n$980\n"
            "Weighted-average shares outstanding\n15,343,783\n15,744,231\n")
    facts = _facts(text)
    assert [u for _, _, u in facts["Weighted-average shares outstanding"]] == ["share", "share"]
    assert [u for _, _, u in facts["Net income"]] == ["USD", "USD"]


def test_a_line_that_opens_with_its_scale_states_it_but_a_count_of_things_does_not() -> None:
    note = scale_cell("Millions, Except Per Share Amounts, for the Years Ended December 31,")
    assert note == ScaleNote(6)
    assert scale_cell("Millions of dollars, except per share") == ScaleNote(6, "USD")
    assert scale_cell("Millions of users visited the site") is None


def test_per_share_exceptions_do_not_except_share_counts() -> None:
    assert find_scale_note("(in millions, except per share)") == ScaleNote(6)
    note = find_scale_note("(in millions, except share and per-share data)")
    assert note == ScaleNote(6, None, 0)


def test_a_scale_cell_inside_the_header_or_under_it_is_the_tables_scale() -> None:
    inside = ("Fiscal Years Ended January 31,\n(Amounts in millions)\n2025\n2024\n"
              "U.S.\n$\n18,571\n$\n20,092\n")
    assert _facts(inside)["U.S."] == [("18571", 6, "USD"), ("20092", 6, "USD")]
    under = ("Inventories consisted of the following:\nJan 26, 2025\nJan 28, 2024\n(In millions)\n"
             "Raw materials\n$\n3,408\n$\n1,719\n")
    assert _facts(under)["Raw materials"] == [("3408", 6, "USD"), ("1719", 6, "USD")]
    headed = under.replace("(In millions)", "Inventories:\n(In millions)")
    assert [s for _, s, _ in _facts(headed)["Inventories / Raw materials"]] == [6, 6]


GROUPED = "\n".join([
    "CONSOLIDATED INCOME STATEMENT",
    "Three Months Ended June 30,",
    "Six Months Ended June 30,",
    "(Dollars in millions except per share amounts)",
    "2025", "2024", "2025", "2024",
    "Services", "$", "7,682", "$", "7,405", "$", "14,962", "$", "14,876",
    "Diluted earnings per share", "$ 2.31", "$ 1.96", "$ 4.43", "$ 3.78",
])


def test_a_long_scale_line_between_header_lines_keeps_the_header_whole() -> None:
    part = tables.extract_tables(read_document(GROUPED, "t"))
    services = [(f.period, f.scale) for f in part.facts if f.label == "Services"]
    assert services == [("P3M/2025-06-30", 6), ("P3M/2024-06-30", 6),
                        ("P6M/2025-06-30", 6), ("P6M/2024-06-30", 6)]
    eps = {f.scale for f in part.facts if "per share" in f.label}
    assert eps == {0}


def test_a_header_line_that_opens_with_its_scale_still_gives_the_period() -> None:
    text = ("Condensed Statements of Income\n"
            "Millions, except per share amounts, for the six months ended June 30,\n"
            "2025\n2024\nFreight revenues\n$\n11,534\n$\n11,254\n")
    assert _facts(text)["Freight revenues"] == [("11534", 6, "USD"), ("11254", 6, "USD")]
    part = tables.extract_tables(read_document(text, "t"))
    assert [f.period for f in part.facts] == ["P6M/2025-06-30", "P6M/2024-06-30"]


def test_money_a_per_share_aside_or_heading_explains_keeps_the_tables_scale() -> None:
    assert not is_per_share_row("Cash dividends declared ($0.7467 per share)")
    assert not is_per_share_row("Basic net income per share: / Allocation of earnings")
    assert is_per_share_row("Net income per share: / Basic")
    assert is_per_share_row("Earnings per share / Class A")
    text = CAPTIONED.replace("Diluted earnings per share", "Dividends declared ($3.68 per share)")
    assert [s for _, s, _ in _facts(text)["Dividends declared ($3.68 per share)"]] == [6, 6]


def test_basic_and_diluted_lines_in_cents_under_a_caption_heading_are_per_share() -> None:
    text = CAPTIONED.replace("Diluted earnings per share", "NET EARNINGS PER COMMON SHARE\nBasic")
    assert [s for _, s, _ in _facts(text)["Basic"]] == [0, 0]
    counts = "\n".join(["(Dollars in millions)", "2024", "2023", "Basic", "1,250", "980"])
    assert [s for _, s, _ in _facts(counts)["Basic"]] == [6, 6]  # not amounts in cents


def test_a_scale_caption_whose_except_clause_runs_into_as_of_dates_the_years_as_instants() -> None:
    text = "\n".join([
        "CONSOLIDATED STATEMENTS OF FINANCIAL POSITION",
        "Millions, Except Share and Per Share Amounts as of December 31,",
        "2024", "2023",
        "Cash and cash equivalents", "$", "1,016", "$", "1,055",
        "Other current assets", "322", "261",
    ])
    facts = tables.extract_tables(read_document(text, "t")).facts
    assert {(f.amount, f.period, f.scale) for f in facts if f.amount in ("1016", "1055")} == {
        ("1016", "2024-12-31", 6), ("1055", "2023-12-31", 6)}


EPS_TABLE = (
    "The computation of earnings per share is as follows (in millions, except number of "
    "shares, which are reflected in thousands, and per-share amounts):\n"
    "Year Ended December 31,\n2024\n2023\nNumerator:\nNet income\n$\n93,736\n$\n96,995\n"
    "Denominator:\nWeighted-average basic shares outstanding\n15,343,783\n15,744,231\n"
    "Effect of dilutive share-based awards\n64,312\n68,316\n"
    "Diluted earnings per share\n6.08\n6.13\n"
)


def test_rows_under_a_denominator_heading_count_shares() -> None:
    from extractor import tables
    from extractor.document import read_document

    facts = tables.extract_tables(read_document(EPS_TABLE, "t")).facts
    units = {f.amount: (f.unit, f.scale) for f in facts}
    assert units["64312"] == ("share", 3)  # "Effect of dilutive share-based awards"
    assert units["93736"] == ("USD", 6)  # the numerator stays money
    assert units["6.08"][0] != "share"  # a per-share amount under the heading is no count
    assert is_share_count_row("Denominator / Dilutive impact of outstanding equity awards")
    assert not is_share_count_row("Denominator / Diluted earnings per share")


def test_a_row_that_is_only_shares_issued_or_authorized_counts_shares() -> None:
    assert is_share_count_row("Shares issued")
    assert is_share_count_row("Shares authorized")
    assert is_share_count_row("Common Stock / Shares issued and outstanding")
    # a longer row names what the shares were issued for; money words keep it money
    assert not is_share_count_row("Shares issued under employee plans")
    assert not is_share_count_row("Proceeds from shares issued")
    assert not is_share_count_row("Value / Shares issued")


SHARES_ISSUED = (
    "Our purchase plan activity was as follows:\n|Year Ended December 31,\n|2022\n|2021\n"
    "|Shares issued\n|182,400\n|261,100\n"
    "|Purchase price (per share)\n|$\n|52.10\n|$\n|48.30\n"
)


def test_a_shares_issued_row_beside_a_priced_row_is_a_count() -> None:
    got = {f.amount: f for f in tables.extract_tables(read_document(SHARES_ISSUED, "t")).facts}
    assert (got["182400"].unit, got["261100"].unit) == ("share", "share")
    assert got["52.10"].unit == "USD"


def test_a_currency_then_scale_line_without_parentheses_scales_the_table() -> None:
    # Israeli filers print "U.S. dollars in thousands" on its own line under the note's title;
    # the viewer runs it together with the title and the next line.
    from extractor.tables.scalenote import find_scale_note

    note = find_scale_note(
        "NOTE 7:- PROPERTY AND EQUIPMENT, NET U.S. dollars in thousands a. Composition:"
    )
    assert note is not None and (note.scale, note.unit) == (3, "USD")
    note = find_scale_note("NIS in thousands")
    assert note is not None and (note.scale, note.unit) == (3, "ILS")


def test_a_count_in_thousands_of_units_is_no_scale_line() -> None:
    from extractor.tables.scalenote import find_scale_note

    assert find_scale_note("U.S. dollars in thousands of units") is None
    assert find_scale_note("amounts paid in thousands of installments") is None
