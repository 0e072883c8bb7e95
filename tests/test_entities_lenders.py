"""A loan's entity is the bank it is borrowed from, not the subsidiary that borrows (the
house rule: "the lender for a loan's principal and rate"). Texts made up."""

from __future__ import annotations

import extractor


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
