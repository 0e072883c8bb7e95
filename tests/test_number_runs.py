"""A run of numbers with almost no words is not prose: one `not_prose` warning covers it and
no fact comes out of it, while real sentences around it (and dense real sentences) still
read."""

from __future__ import annotations

import extractor
from extractor.prose import MIN_NUMBER_RUN

SENTENCE = "Revenue was $5 million for the year ended December 31, 2021."


def test_a_run_of_numbers_is_one_warning_and_no_facts() -> None:
    run = "1," * 5000
    text = f"{SENTENCE}\n{run}\n{SENTENCE}\n"
    result = extractor.extract(text)
    assert [f.amount for f in result.facts] == ["5", "5"]
    (w,) = [w for w in result.warnings if w.code == "not_prose"]
    assert w.span is not None
    covered = text[w.span[0] : w.span[1]]
    assert covered.strip() == run.strip() and "Revenue" not in covered


def test_a_dense_real_sentence_is_still_read() -> None:
    amounts = ", ".join(f"RMB{n}" for n in range(1, 13))
    text = (f"Revenues from the twelve customers were {amounts}, respectively, for the year "
            "ended December 31, 2021.")
    assert len(extractor.extract(text).facts) == 12


def test_just_under_the_threshold_is_still_read() -> None:
    text = ",".join(["7"] * (MIN_NUMBER_RUN - 1))
    assert not [w for w in extractor.extract(text).warnings if w.code == "not_prose"]
