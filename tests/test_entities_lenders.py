"""A loan's entity is the bank it is borrowed from, not the subsidiary that borrows (the
house rule: "the lender for a loan's principal and rate"). Texts made up."""

from __future__ import annotations

import extractor
from extractor.names import is_party


def _entities(body: str) -> list[str | None]:
    return [f.entity for f in extractor.extract("Note\n" + body).facts]


def test_a_subsidiary_borrowing_from_a_bank_gives_the_bank() -> None:
    body = (
        "Suzhou Lanxin Technology Co., Ltd. (\u201cLanxin\u201d) is a subsidiary. On March 3, "
        "2024, Lanxin borrowed RMB2,000,000 from Bank of Ningbo at an annual rate of 3.45%."
    )
    assert _entities(body) == ["Bank of Ningbo", "Bank of Ningbo"]


def test_a_drawdown_under_a_facility_with_a_defined_bank_gives_the_bank() -> None:
    body = (
        "On May 2, 2024, Pacific Freight (SG) Pte. Ltd. (\u201cPacific SG\u201d) drew down "
        "S$500,000 under its facility with Oversea-Chinese Banking Corporation Limited "
        "(\u201cOCBC\u201d)."
    )
    assert _entities(body) == ["OCBC"]


def test_each_amount_takes_the_bank_it_is_owed_to() -> None:
    body = (
        "Borrowings consist of loans from Busan Regional Bank (\u201cBRB\u201d) of "
        "\u20a98,000 million and trade financing from Hana Bank of \u20a91,200 million."
    )
    assert _entities(body) == ["BRB", "Hana Bank"]


def test_a_bank_paid_off_is_not_the_lender() -> None:
    body = (
        "Under the credit agreement with Orion Capital (\u201cOrion\u201d), Orion made a "
        "term loan of $40,000 to pay off First Valley Bank."
    )
    assert _entities(body) == ["Orion"]


def test_a_bank_outside_a_borrowing_sentence_is_not_preferred() -> None:
    body = (
        "Shenzhen Mingda Co., Ltd. (\u201cMingda\u201d) paid RMB300,000 of service fees to "
        "the Company, received through an account with Bank of Ningbo."
    )
    assert _entities(body) == ["Mingda"]


def test_a_table_row_naming_its_lender_after_a_dash_gives_the_lender_and_the_measure() -> None:
    body = ("|\nDecember 31,\n|\n2024\n|\n2023\n|\nSecured term loan \u2013 Hang Seng\n|\n"
            "4,860,000\n|\n3,780,000\n|\nTotal bank borrowings\n|\n4,860,000\n|\n3,780,000\n|\n")
    facts = extractor.extract("Note\n" + body).facts
    assert [(f.entity, f.label) for f in facts] == [
        ("Hang Seng", "Secured term loan"), ("Hang Seng", "Secured term loan"),
        (None, "Total bank borrowings"), (None, "Total bank borrowings")]


def test_a_lenders_defined_name_and_full_name_stay_out_of_the_label() -> None:
    body = ("The import trade loans from DBS Bank (Hong Kong) Limited (\u201cDBS\u201d) of "
            "HK$1,245,600 were secured.")
    facts = extractor.extract("Note\n" + body).facts
    assert [(f.entity, f.label) for f in facts] == [("DBS", "Import trade loans")]


def test_a_currency_code_is_never_an_entity() -> None:
    body = ("The balances are unsecured and repayable on demand. During the years ended June "
            "30, 2025 and 2024, Dato\u2019 Lim Chee Keong advanced RM1,850,000 and RM, "
            "respectively, to the Company.")
    assert "RM" not in _entities(body)
    assert not any(is_party(code) for code in ("RM", "NIS", "RMB", "CHF", "S$"))
    assert is_party("Hang Seng")
