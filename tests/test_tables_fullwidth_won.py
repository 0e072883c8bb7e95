"""The fullwidth won sign "￦" (U+FFE6) that Korean filers' tables print on a line of its own
before the value's cell ("￦" + "|398,329"): the KRW mark of that value, never the row's label;
and where the viewer dropped every label, a mark before a piped value starts the table's
unlabelled rows."""

from __future__ import annotations

from extractor.api import extract


def _facts(text: str) -> list[tuple[str, str | None, str, str | None]]:
    return [(f.label, f.period, f.amount, f.unit) for f in extract(text).facts]


_LABELLED = (
    "The analysis of deferred tax balances as at December 31, 2021 and 2022, is as follows:\n"
    "|\n|\n"
    "Assets to be recovered within a year\n|\n|\n"
    "￦\n|1,234\n|\n|\n"
    "￦\n|2,345\n|\n|\n"
    "Assets to be recovered later\n|\n|\n"
    "|3,456\n|\n|\n"
    "|4,567\n|\n|\n"
    "Deferred tax assets\n|\n|\n"
    "￦\n|4,690\n|\n|\n"
    "￦\n|6,912\n|\n"
)


def test_a_fullwidth_won_sign_is_the_mark_not_the_label() -> None:
    facts = _facts(_LABELLED)
    assert ("Assets to be recovered within a year", "2021-12-31", "1234", "KRW") in facts
    assert ("Assets to be recovered within a year", "2022-12-31", "2345", "KRW") in facts
    assert ("Deferred tax assets", "2022-12-31", "6912", "KRW") in facts
    assert not any(label.startswith("￦") for label, *_ in facts)


def test_the_fullwidth_won_sign_in_prose_is_won() -> None:
    facts = _facts("As of December 31, 2022, the loan was ￦5,000 million.\n")
    assert [(a, u) for _, _, a, u in facts] == [("5000", "KRW")]


_UNLABELLED = (
    "Details of the receivables as of December 31, 2021 are as follows:\n"
    "|\n|\n"
    "￦\n|1,200\n|\n|\n|(200\n|)\n|\n|\n|1,000\n|\n|\n"
    "|\n|500\n|\n|\n|(50\n|)\n|\n|\n|450\n|\n|\n"
    "|\n|300\n|\n|\n|—\n|\n|\n|300\n|\n|\n"
    "￦\n|2,000\n|\n|\n|(250\n|)\n|\n|\n|1,750\n|\n"
)


def test_a_mark_before_a_value_starts_a_table_whose_labels_were_dropped() -> None:
    facts = _facts(_UNLABELLED)
    amounts = [(a, u) for _, _, a, u in facts]
    assert ("1200", "KRW") in amounts and ("-200", "KRW") in amounts
    assert ("1750", "KRW") in amounts
    assert not any(label.startswith("￦") for label, *_ in facts)


def test_a_dollar_line_before_a_value_still_reads_as_before() -> None:
    facts = _facts(_LABELLED.replace("￦", "$"))
    assert ("Assets to be recovered within a year", "2021-12-31", "1234", "USD") in facts
