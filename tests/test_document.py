"""Reading a note: the viewer's header, scale lines, Details columns, boilerplate, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

import extractor
from extractor.document import DocumentError, load_text, read_document

DETAILS = """|
RELATED PARTY BALANCES (Details)
¥ in Thousands, $ in Thousands
|
Jun. 30, 2021
USD ($)
|
Jun. 30, 2021
CNY (¥)
|
Dec. 31, 2020
CNY (¥)
|Amounts due from related parties
|$ 501
|¥ 3,235
|¥ 3,024
|X
- Definition
+ References
Some definition with 123 in it.
"""


def test_viewer_header_gives_title_and_page_period() -> None:
    doc = read_document("|\nLEASES\n|12 Months Ended\nDec. 31, 2023\n|\nThe Company leases.")
    assert doc.title == "LEASES"
    assert doc.period == "P12M/2023-12-31"
    assert doc.body.strip() == "The Company leases."


def test_details_header_gives_scales_per_currency_and_typed_columns() -> None:
    doc = read_document(DETAILS)
    assert doc.scales == {"CNY": 3, "USD": 3}
    assert [(c.period, c.unit) for c in doc.columns] == [
        ("2021-06-30", "USD"),
        ("2021-06-30", "CNY"),
        ("2020-12-31", "CNY"),
    ]


def test_definitions_boilerplate_is_cut_from_the_body() -> None:
    doc = read_document(DETAILS)
    assert "Definition" not in doc.body
    assert all("123" not in f.quote for f in extractor.extract(DETAILS).facts)


def test_scale_for_all_units_and_per_share_units() -> None:
    doc = read_document(
        "|\nX (Details)\nIn Thousands, unless otherwise specified\n|\nDec. 31, 2012\n|A\n|5"
    )
    assert doc.scale_for("USD") == 3
    assert doc.scale_for("percent") == 0
    doc = read_document(
        "|\nX (Details) - CNY (¥)\n¥ / shares in Units, ¥ in Millions\n|\nMar. 23, 2021\n|A\n|5"
    )
    assert doc.scales == {"CNY": 6}
    assert doc.unit == "CNY"


def test_the_older_viewers_title_unit_names_the_page_currency_and_the_yen() -> None:
    doc = read_document(
        "|\nBorrowings (Details) (JPY ¥)\nIn Millions, unless otherwise specified\n|\n"
        "Mar. 31, 2011\n|Short-term borrowings\n|¥ 341,567\n|Commercial paper\n|200,989"
    )
    assert (doc.unit, doc.yen) == ("JPY", "JPY")
    assert {f.amount: f.unit for f in extractor.extract(doc.text).facts} == {
        "341567": "JPY", "200989": "JPY"}
    # a parenthesis of words at the end of a title is no unit
    assert read_document("|\nLeases (Details) (Narrative)\n|\nMar. 31, 2011\n|A\n|5").unit is None


def test_yen_is_decided_from_the_document() -> None:
    assert (
        read_document("Revenues of ¥ 5 million from our Japan subsidiary in Japanese yen.").yen
        == "JPY"
    )
    assert read_document("Revenues of ¥ 5 million from our PRC subsidiary, in RMB.").yen == "CNY"


def test_yen_naming_neither_country_is_the_japanese_yen() -> None:
    assert read_document("Dividends of ¥ 50 per share were paid in 2024.").yen == "JPY"
    # one mention of China is enough to make it the yuan
    assert read_document("Dividends of ¥ 50 per share were paid in China.").yen == "CNY"


def test_plain_prose_without_a_viewer_header_is_all_body() -> None:
    text = "Revenues of RMB5 were recorded for the year ended December 31, 2023."
    doc = read_document(text)
    assert doc.title is None
    assert doc.body == text


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("Revenues of RMB5".encode("utf-16"), "binary"),
        ("Revenus: 5 £ à Zürich".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_raise_a_plain_error(tmp_path: Path, content: bytes, message: str) -> None:
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        load_text(p)


def test_the_low_level_reader_raises_a_plain_error_for_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(DocumentError, match="no such file"):
        load_text(tmp_path / "nope.txt")


def test_extract_file_names_the_document_after_the_file(tmp_path: Path) -> None:
    p = tmp_path / "note-7.txt"
    p.write_text("Revenues of RMB5 were recorded for the year ended December 31, 2023.", "utf-8")
    result = extractor.extract_file(p)
    assert result.doc_id == "note-7"
    assert [(f.amount, f.period) for f in result.facts] == [("5", "P12M/2023-12-31")]


def test_yen_from_the_rate_a_dollar_translation_implies() -> None:
    assert read_document("Fees were ¥ 2 million ($ 24 thousand) in 2011.").yen == "JPY"
    assert read_document("Fees were ¥ 70 million ($ 10 million) in 2023.").yen == "CNY"


def test_a_details_page_without_its_opening_pipe_keeps_its_header() -> None:
    doc = read_document(DETAILS.removeprefix("|\n"))
    assert doc.title == "RELATED PARTY BALANCES (Details)"
    assert doc.scales == {"CNY": 3, "USD": 3}
    assert len(doc.columns) == 3


def test_the_viewers_banner_line_is_not_the_title_and_the_header_under_it_is_read() -> None:
    text = (
        "XML 24 R10.htm IDEA: XBRL DOCUMENT v3.20.4\nExpected Credit Losses\n12 Months Ended\n"
        "Dec. 31, 2020\nExpected Credit Losses\nThe allowance was $5 at the end of the year.\n"
    )
    doc = read_document(text)
    assert doc.title == "Expected Credit Losses"
    assert doc.period == "P12M/2020-12-31"
    assert not any(f.amount in ("24", "10", "3.20") for f in extractor.extract(text).facts)


def test_a_column_unit_of_no_money_does_not_end_the_header() -> None:
    # the viewer lists every unit a column's cells use: "shares", "pure", "tranche", "item"
    text = "\n".join([
        "|", "Widget Loans (Details)", "€ in Thousands", "|12 Months Ended",
        "|", "Dec. 31, 2023", "EUR (€)", "tranche", "item",
        "|", "Dec. 31, 2022", "EUR (€)", "|", "Mar. 31, 2022", "shares", "₨ / shares",
        "|Loans [Line Items]", "|Borrowings", "|€ 64", "|€ 80", "|€ 99",
    ])
    doc = read_document(text, "t")
    assert [(c.period, c.unit) for c in doc.columns] == [
        ("P12M/2023-12-31", "EUR"), ("P12M/2022-12-31", "EUR"), ("2022-03-31", "INR")]
    # (the last column names no currency line: its "₨ / shares" gives it INR)
    assert doc.text[doc.body_start:].startswith("|Loans [Line Items]")


def test_a_body_line_after_the_header_is_no_unit() -> None:
    # a word line the header does not go on after is the body's, not a column's unit
    text = "\n".join(["|", "Widget Notes (Details)", "|", "Dec. 31, 2023", "Loans",
                      "|Borrowings", "|$ 64"])
    assert len(read_document(text, "t").columns) == 1
