"""Two or more footnote marks printed on a label's own line ("Total (1)(2)", "Transfers out
(2) (3)") whose footnotes the note prints are the label's marks: no negative amounts, and
the row's values stay with the label (a run of "(30) | (15)" on lines of their own, or
marks whose footnotes the note does not print, stay negatives)."""

from __future__ import annotations

import extractor


def table(label_line: str, notes: list[str]) -> str:
    lines = ["|", "Revenue (Tables)", "|3 Months Ended", "Dec. 29, 2018", "|",
             "Net sales disaggregated by significant products were as follows:",
             "Three Months Ended", "December 29, 2018", "December 30, 2017",
             "iPhone", "$", "51,982", "$", "61,576",
             label_line, "7,308", "5,481",
             "Total net sales", "$", "59,290", "$", "67,057", *notes]
    return "\n".join(lines) + "\n"


NOTES = ["(1)Includes AirPods and Beats products.", "(2)Includes Apple TV and Apple Watch."]


def amounts(text: str) -> list[tuple[str, str]]:
    return [(f.label, f.amount or "") for f in extractor.extract(text).facts]


def test_marks_glued_to_a_label_are_no_amounts() -> None:
    for line in ("Wearables, Home and Accessories (1)(2)",
                 "Wearables, Home and Accessories (1) (2)"):
        got = amounts(table(line, NOTES))
        assert ("Wearables, Home and Accessories", "7308") in got, line
        assert not any(a in ("-1", "-2") for _, a in got), line


def test_without_printed_footnotes_they_stay_negatives() -> None:
    got = amounts(table("Wearables, Home and Accessories (1)(2)", []))
    assert any(a == "-1" for _, a in got)


def test_a_run_on_lines_of_its_own_stays_negatives() -> None:
    text = table("Wearables, Home and Accessories", NOTES).replace(
        "7,308\n5,481", "(1)\n(2)")
    got = amounts(text)
    assert ("Wearables, Home and Accessories", "-1") in got
    assert ("Wearables, Home and Accessories", "-2") in got
