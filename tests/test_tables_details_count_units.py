"""A Details row in a unit of no money ("Number of loans | loan") sits in the columns whose
header lists that unit, is no money, and tells the group's other rows nothing."""

from extractor.document import read_document
from extractor.engines.rules import RulesEngine

_PAGE = "\n".join([
    "|", "Borrowings - Narrative (Details)", "€ in Thousands", "|1 Months Ended",
    "|12 Months Ended", "|", "Aug. 31, 2023", "EUR (€)", "|", "Dec. 31, 2023", "EUR (€)",
    "loan", "|", "Dec. 31, 2022", "EUR (€)", "|", "Dec. 31, 2021", "EUR (€)",
    "|Loans from banks [Member]", "|Borrowings [Line Items]",
    "|Number of loans | loan", "|2",
    "|Interest rate", "|3.5%",
    "|X", "- Definition", "+ References", "",
])


def test_a_count_row_takes_the_column_that_lists_its_unit_and_no_currency():
    facts = RulesEngine().extract(read_document(_PAGE, "d")).facts
    (count,) = [f for f in facts if f.amount == "2"]
    assert (count.label, count.period, count.unit, count.scale) == (
        "Number of loans", "P12M/2023-12-31", None, 0)
    (rate,) = [f for f in facts if f.amount == "3.5"]
    assert rate.period is None  # a lone rate on a page of four periods: still undated


def test_a_suffix_no_column_lists_stays_part_of_the_label():
    page = _PAGE.replace("|Number of loans | loan", "|Number of loans | tranche")
    facts = RulesEngine().extract(read_document(page, "d")).facts
    (count,) = [f for f in facts if f.amount == "2"]
    assert count.period is None and "tranche" in count.label
