"""Footnote marks closing a table row's label ("Net income (a)", "Loans [3] *") are cut off,
and a run of marks is read in linear time wherever it stands: a row label of 60 asterisks
before a word, or a cell of 43 between two numbers (both found by fuzzing), made the old
patterns try every split of the run into marks."""

from __future__ import annotations

import subprocess
import sys

import pytest

from extractor.tables.values import clean_label

PROBE = """
import sys
from extractor.api import extract
label, cell = sys.argv[1], sys.argv[2]
text = ("|Warrants\\n|\\n| 2021\\n|\\n| 2020\\n|Outstanding, beginning of year\\n|5,059,331\\n"
        "|802,469\\n|" + label + "\\n|25,000\\n|" + cell + "\\n")
print(sorted(f.amount for f in extract(text, doc_id="marks").facts))
"""


@pytest.mark.parametrize(("label", "cell", "amounts"), [
    ("*" * 60 + "Issued", "9,000", ["25000", "5059331", "802469", "9000"]),
    ("Issued", "2" + "*" * 43 + "4,965", ["25000", "5059331", "802469"]),
    ("Issued", "-" + "*" * 43 + "x", ["25000", "5059331", "802469"]),
])
def test_a_run_of_asterisks_in_a_label_or_cell_is_read(
        label: str, cell: str, amounts: list[str]) -> None:
    # the old patterns did not finish in minutes; the table must come out in seconds
    out = subprocess.run([sys.executable, "-c", PROBE, label, cell], capture_output=True,
                         text=True, timeout=60, check=True).stdout
    assert out.strip() == str(amounts)


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
