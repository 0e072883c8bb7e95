"""An amount the sentence labels only "Amount" takes the label the note gave that amount
before ("The amount of US$3,522,239 ... represented ..."), looked up rather than searched: a
note of thousands of unlabelled amounts stays linear (test_batch_pathological.py runs one)."""

from __future__ import annotations

from extractor.api import extract


def _facts(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(f.label, f.amount, f.unit) for f in extract(text).facts]


def test_an_unlabelled_amount_takes_the_label_stated_before_for_it() -> None:
    text = ("Revenue was US$3,522,239 for the year ended June 30, 2011. The amount of "
            "US$3,522,239 as of June 30, 2011 represented sales to customers.")
    assert _facts(text) == [("Revenue", "3522239", "USD"), ("Revenue", "3522239", "USD")]


def test_the_latest_statement_of_the_amount_names_it() -> None:
    text = ("Revenue was US$5,000 in 2011. Cost of sales was US$5,000 in 2011. The amount of "
            "US$5,000 as of June 30, 2011 represented a deposit.")
    assert _facts(text)[-1] == ("Cost of sales", "5000", "USD")


def test_the_same_number_in_another_unit_or_stated_later_names_nothing() -> None:
    other_unit = ("Revenue was RMB5,000 in 2011. The amount of US$5,000 as of June 30, 2011 "
                  "represented a deposit.")
    assert _facts(other_unit)[-1] == ("Amount", "5000", "USD")
    later = ("The amount of US$5,000 as of June 30, 2011 represented a deposit. Revenue was "
             "US$5,000 in 2011.")
    assert _facts(later)[0] == ("Amount", "5000", "USD")

