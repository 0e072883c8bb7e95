"""One amount stated "for both" (or "as of both") of two periods is a fact for each of them,
sharing its span (FACTS.md: one amount stated once for two dates is two facts). Without "both",
an opening phrase's dates still give its one amount the first date only. Every text is made up.
"""

from __future__ import annotations

import extractor


def periods_of(text: str) -> list[tuple[str | None, str | None]]:
    facts = extractor.extract(text).facts
    for f in facts:
        assert f.span is not None and f.quote in text
    return [(f.period, f.amount) for f in facts]


def test_an_amount_for_both_of_two_years_is_a_fact_for_each_year() -> None:
    text = (
        "Rent paid on the warehouses was $3.1 million for both 2021 and 2020 and $2.7 million "
        "for 2019."
    )
    assert periods_of(text) == [
        ("P12M/2021-12-31", "3.1"),
        ("P12M/2020-12-31", "3.1"),
        ("P12M/2019-12-31", "2.7"),
    ]


def test_in_both_years_reads_as_for_both_years() -> None:
    text = "Royalties paid were $840,000 in both 2018 and 2017."
    facts = extractor.extract(text).facts
    assert [f.period for f in facts] == ["P12M/2018-12-31", "P12M/2017-12-31"]
    assert facts[0].span == facts[1].span


def test_an_opening_as_of_both_dates_gives_the_amount_to_each_date() -> None:
    text = "As of both June 30, 2022 and 2021, the Company had $0 drawn under the credit line."
    assert periods_of(text) == [("2022-06-30", "0"), ("2021-06-30", "0")]


def test_an_opening_with_two_dates_without_both_keeps_the_first_date_only() -> None:
    text = "As of June 30, 2022 and 2021, the balance of the note was $45,600."
    assert periods_of(text) == [("2022-06-30", "45600")]


def test_during_both_durations_gives_the_amount_to_each_duration() -> None:
    text = (
        "During both the nine months ended September 30, 2023 and 2022, the Company paid "
        "$75,000 in consulting fees to its director."
    )
    assert periods_of(text) == [("P9M/2023-09-30", "75000"), ("P9M/2022-09-30", "75000")]


def test_for_both_after_a_respectively_clause_dates_its_own_amount() -> None:
    text = (
        "Sales to Canada were $410 and $388 for the three months ended March 31, 2023 and "
        "2022, respectively, and $1,020 for both the six months ended March 31, 2023 and 2022."
    )
    assert periods_of(text) == [
        ("P3M/2023-03-31", "410"),
        ("P3M/2022-03-31", "388"),
        ("P6M/2023-03-31", "1020"),
        ("P6M/2022-03-31", "1020"),
    ]


def test_both_naming_two_parties_is_not_a_period() -> None:
    # "both" before names, not dates: the sentence's single date dates the amount once
    text = "On May 3, 2021, both Acme Corp and Beta LLC paid $12,000 to the Company."
    assert periods_of(text) == [("2021-05-03", "12000")]
