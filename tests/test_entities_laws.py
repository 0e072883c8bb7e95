"""A law or code an amount is under is no party: "the EIT Law", "PRC Company Law", "Section
382 of the Internal Revenue Code". Texts made up."""

from __future__ import annotations

import pytest

import extractor
from extractor.names import is_party


@pytest.mark.parametrize(
    "name", ["EIT Law", "the PRC Company Law", "Internal Revenue Code", "Foreign Investment Law",
             "Tax Regulations", "Circular"]
)
def test_a_law_or_code_is_no_party(name: str) -> None:
    assert not is_party(name)


@pytest.mark.parametrize("name", ["Lawson Holdings Ltd.", "Codex Partners LLC", "Rules Bank"])
def test_a_company_whose_name_holds_a_law_word_stays_a_party(name: str) -> None:
    assert is_party(name)


def test_rates_under_a_defined_law_are_about_no_party() -> None:
    body = (
        "Note\nUnder the Enterprise Income Tax Law of the PRC (the \u201cEIT Law\u201d), the "
        "standard enterprise income tax rate is 25%. Under the PRC Company Law, each "
        "subsidiary must set aside at least 10% of its after-tax profits."
    )
    assert [f.entity for f in extractor.extract(body).facts] == [None, None]


def test_a_lender_named_beside_a_law_stays_the_entity() -> None:
    body = (
        "Note\nUnder the Civil Code, the loan of RMB500,000 from Harbin Bank (\u201cHarbin\u201d) "
        "is secured."
    )
    assert [f.entity for f in extractor.extract(body).facts] == ["Harbin"]
