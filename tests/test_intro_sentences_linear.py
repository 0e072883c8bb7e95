"""The sentence before a table is read for a roll-forward's or a maturity schedule's subject
("Movement in the allowance ... is as follows:", "Future minimum lease payments ... are as
follows:"). A long line that starts like one and is none must be refused in linear time: the
subject's open-ended patterns took quadratic time (76 KB: 3.7 s; 0.3 MB: about a minute)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from extractor.tables.rowsubjects import maturity_schedule, movement_subject

PROBE = """
import sys
from extractor.api import extract
head, unit = sys.argv[1], sys.argv[2]
intro = head + unit * (300_000 // len(unit))
table = "\\n|\\n|2024\\n|2023\\n|Revenue\\n|1,000\\n|900\\n"
facts = extract(intro + table, doc_id="long-intro").facts
print(sorted(f.amount for f in facts if f.amount in ("1000", "900")))
"""


@pytest.mark.parametrize(("head", "unit"), [
    ("Changes in ", "x in the year 2020 "),
    ("Payments ", "at x "),
])
def test_a_long_line_that_only_starts_like_an_intro_is_refused_in_linear_time(
        head: str, unit: str) -> None:
    out = subprocess.run([sys.executable, "-c", PROBE, head, unit], capture_output=True,
                         text=True, timeout=45, check=True).stdout
    assert out.strip() == "['1000', '900']"


def test_the_subjects_are_still_read() -> None:
    assert movement_subject("Movement in provision for allowance for expected credit losses "
                            "on trade receivables is as follows:") == (
        "Provision for allowance for expected credit losses on trade receivables")
    assert movement_subject("The changes in goodwill for the years ended December 31, 2024 "
                            "and 2023 were as follows:") == "Goodwill"
    assert movement_subject("Changes in " + "a " * 20 + "are as follows:") is None  # 20 words
    got = maturity_schedule("Future minimum lease payments as of December 31, 2024 are as "
                            "follows:", [])
    assert got is not None and got.subject == "Future minimum lease payments"
