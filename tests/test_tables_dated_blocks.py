"""A headerless table repeated for each date, its first heading naming the block's date
("Fair value as of December 31, 2024 | Level 1 | Level 2 | Total" over rows, then "Fair value
as of December 31, 2023 | Level 1 | ..." over the same rows): each block is a table of its
own, dated by its heading, its rows free of the first block's section. A roll-forward's edge
heading that repeats per year ("January 1 2024 Balance") is no such block heading."""

from __future__ import annotations

import extractor


def blocks(first: str, second: str) -> str:
    lines = ["|", "Fair Value Measurements", "|12 Months Ended", "Dec. 31, 2024", "|",
             "The following table sets forth by level the liabilities at fair value:"]
    for head, amount in [(first, "2,500"), (second, "3,400")]:
        lines += [head, "Level 1", "Level 2", "Total", "Liabilities:",
                  "Derivative instruments", "$", "—", "$", f"({amount}", ")", "$",
                  f"({amount}", ")"]
    return "\n".join(lines) + "\n"


def test_a_repeated_dated_heading_opens_a_block_of_its_own_date() -> None:
    facts = extractor.extract(blocks("Fair value as of December 31, 2024",
                                     "Fair value as of December 31, 2023")).facts
    got = [(f.label, f.period, f.amount) for f in facts if f.amount == "-3400"]
    assert len(got) == 2
    assert {p for _, p, _ in got} == {"2023-12-31"}
    assert all(not label.startswith("Liabilities / ") or "Level" in label
               for label, _, _ in got)


def test_the_first_block_keeps_its_own_date() -> None:
    facts = extractor.extract(blocks("Fair value as of December 31, 2024",
                                     "Fair value as of December 31, 2023")).facts
    assert {f.period for f in facts if f.amount == "-2500"} == {"2024-12-31"}
