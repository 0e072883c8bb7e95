"""Footnote marks closing a table row's label ("Net income (a)", "Loans [3] *") are cut off,
and a run of marks is read in linear time wherever it stands: a row label of 60 asterisks
before a word (found by fuzzing) made the old pattern try every split of the run."""

from __future__ import annotations

import subprocess
import sys

import pytest

from extractor.tables.values import clean_label

PROBE = """
from extractor.api import extract
text = ("|Warrants\\n|\\n| 2021\\n|\\n| 2020\\n|Outstanding, beginning of year\\n|5,059,331\\n"
        "|802,469\\n|" + "*" * 60 + "Issued\\n|25,000\\n|9,000\\n")
print(sorted(f.amount for f in extract(text, doc_id="marks").facts))
"""


def test_a_row_label_of_many_asterisks_before_a_word_is_read() -> None:
    # the old pattern did not finish in minutes; the row must come out in seconds
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                         timeout=60, check=True).stdout
    assert out.strip() == "['25000', '5059331', '802469', '9000']"


@pytest.mark.parametrize(("label", "cleaned"), [
    ("Total revenue (a)", "Total revenue"),
    ("Net income*", "Net income"),
    ("Net income **", "Net income"),
    ("Shares (1)(2)", "Shares"),
    ("Loans [3] (b) *", "Loans"),
    ("Notes payable (net)(a)", "Notes payable (net)"),  # a bracket of words is no mark
    ("Interest (abc) (a)", "Interest (abc)"),
])
def test_footnote_marks_closing_a_label_are_cut(label: str, cleaned: str) -> None:
    assert clean_label(label) == cleaned


def test_a_run_of_marks_longer_than_a_tail_reaches_is_cut_at_its_end_only() -> None:
    # marks are short; a thousand of them are text the label keeps, up to the last stretch
    label = "Revenue" + "*" * 1000
    cleaned = clean_label(label)
    assert cleaned.startswith("Revenue*") and len(cleaned) < len(label)
