"""Dates over sub-headings repeated under each date, then a section heading over the first
row ("December 31, 2020 | December 31, 2019" over "Amortized Cost | ... | Fair Value" twice,
then "Available-for-sale securities", then "U.S. Treasury | $ 304,956 | ..."): one heading
more than the first row's values is the section's, not the label column's, when the others
are the sub-headings repeated per date; each value keeps its date and its sub-heading."""

from __future__ import annotations

import extractor

SUBS = ["Amortized Cost", "Gross unrealized gains", "Fair Value"]


def securities(scale_first: bool, section: str = "Available-for-sale securities") -> str:
    lines = ["|", "Investment Securities (Tables)", "|12 Months Ended", "Dec. 31, 2020", "|",
             "A summary of the securities portfolios as of December 31, 2020 and 2019 is as "
             "follows:", "December 31, 2020", "December 31, 2019"]
    scale = ["(Dollars in thousands)"]
    lines += [*scale, *SUBS, *SUBS] if scale_first else [*SUBS, *SUBS]
    lines += [section, "U.S. Treasury", "$", "304,956", "$", "15", "$", "304,971",
              "$", "120,275", "$", "813", "$", "121,088",
              "Municipal", "141,244", "5,707", "146,951", "141,701", "3,785", "145,486"]
    return "\n".join(lines) + "\n"


def read(text: str) -> list[tuple[str, str | None, str]]:
    return [(f.label, f.period, f.amount or "") for f in extractor.extract(text).facts]


def test_a_section_heading_after_the_repeated_sub_headings_keeps_every_date() -> None:
    for scale_first in (True, False):
        got = read(securities(scale_first))
        treasury = [(label.split(" / ")[-1], period, amount) for label, period, amount in got
                    if "U.S. Treasury" in label]
        assert treasury == [
            ("Amortized Cost", "2020-12-31", "304956"),
            ("Gross unrealized gains", "2020-12-31", "15"),
            ("Fair Value", "2020-12-31", "304971"),
            ("Amortized Cost", "2019-12-31", "120275"),
            ("Gross unrealized gains", "2019-12-31", "813"),
            ("Fair Value", "2019-12-31", "121088")], scale_first


def test_the_section_heading_is_the_rows_section_not_a_column() -> None:
    got = read(securities(True))
    municipal = [label for label, _, amount in got if amount == "141701"]
    assert municipal and municipal[0].startswith("Available-for-sale securities / Municipal")


def test_a_label_columns_heading_before_the_sub_headings_is_still_dropped() -> None:
    # "Security" heads the label column: one heading more than the values, but first, and
    # the rest repeat per date; the rows have no section
    text = securities(False, section="").replace("Amortized Cost", "Security\nAmortized Cost", 1)
    text = text.replace("\n\nU.S. Treasury", "\nU.S. Treasury")
    got = read(text)
    treasury = [(label, period) for label, period, amount in got if amount == "813"]
    assert treasury == [("U.S. Treasury / Gross unrealized gains", "2019-12-31")]
