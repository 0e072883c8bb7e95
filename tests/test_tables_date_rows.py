"""A headerless table whose rows are dates and whose worded headings are the measures
("Facility Limit | Amount Outstanding | Weighted Average Rate" over rows "December 31, 2024"
and "December 31, 2023"): each value's heading is its label. Where the intro lists the rows'
dates they are the values' periods and the row names no entity; another date (an issue or
expiry date) stays in the label beside the heading."""

from __future__ import annotations

import extractor


def dated_rows(intro: str, first: str = "December 31, 2024",
               second: str = "December 31, 2023") -> str:
    lines = ["|", "Credit Facilities", "|12 Months Ended", "Dec. 31, 2024", "|", intro,
             "Facility Limit", "Amount Outstanding", "Weighted Average Rate",
             first, "$", "500,000", "$", "210,400", "4.10", "%",
             second, "$", "450,000", "$", "198,250", "3.85", "%"]
    return "\n".join(lines) + "\n"


LISTED = ("The following table presents the Company's credit facilities at December 31, 2024 "
          "and 2023, respectively (dollar amounts in thousands):")


def test_rows_dated_by_the_intro_take_the_heading_as_label_and_the_row_date_as_period() -> None:
    facts = extractor.extract(dated_rows(LISTED)).facts
    got = [(f.label, f.entity, f.period, f.amount) for f in facts]
    assert got == [
        ("Facility Limit", None, "2024-12-31", "500000"),
        ("Amount Outstanding", None, "2024-12-31", "210400"),
        ("Weighted Average Rate", None, "2024-12-31", "4.10"),
        ("Facility Limit", None, "2023-12-31", "450000"),
        ("Amount Outstanding", None, "2023-12-31", "198250"),
        ("Weighted Average Rate", None, "2023-12-31", "3.85"),
    ]


def test_dates_the_intro_does_not_list_stay_in_the_label_beside_the_heading() -> None:
    text = dated_rows("The Company's facilities were issued as follows (in thousands):",
                      "May 12, 2022", "June 14, 2022")
    labels = [f.label for f in extractor.extract(text).facts]
    assert labels[:3] == ["May 12, 2022 / Facility Limit", "May 12, 2022 / Amount Outstanding",
                          "May 12, 2022 / Weighted Average Rate"]
    assert labels[3] == "June 14, 2022 / Facility Limit"


def test_a_roll_forward_with_date_balances_among_movements_keeps_its_labels() -> None:
    lines = ["|", "Goodwill", "|12 Months Ended", "Dec. 31, 2024", "|",
             "The changes in goodwill were as follows (in thousands):",
             "Facility Limit", "Amount Outstanding", "Weighted Average Rate",
             "December 31, 2023", "$", "500", "$", "200", "4.10", "%",
             "Additions", "40", "10", "0.20", "%",
             "Disposals", "(5", ")", "(2", ")", "0.05", "%",
             "December 31, 2024", "$", "535", "$", "208", "4.35", "%"]
    labels = {f.label for f in extractor.extract("\n".join(lines) + "\n").facts}
    assert "Facility Limit" not in labels
    assert not any(label.startswith("Additions / ") and "December" in label for label in labels)
