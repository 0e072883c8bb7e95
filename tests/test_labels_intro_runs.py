"""The measure before an amount is found where period phrases left runs of spaces."""

from __future__ import annotations

import random

from extractor.intro_labels import INTRO, INTRO_AT_RUN, intro_from, left_label


def _starts(left: str) -> tuple[int | None, int | None]:
    pos = intro_from(left)
    full = INTRO.search(left, pos)
    fast = INTRO.match(left, pos) or INTRO_AT_RUN.search(left, pos)
    return (full and full.start()), (fast and fast.start())


def test_a_measure_before_a_blanked_period_phrase_is_read_over_the_spaces() -> None:
    left = "Revenue recognized" + " " * 60 + " was "
    assert left_label(left) == "Revenue recognized"


def test_the_intro_found_from_run_starts_is_the_one_a_full_search_finds() -> None:
    rng = random.Random(11)
    words = ["revenue", "was", "of", "in", "the", "aggregate", "amounts", "approximately",
             "to", "increased", "from", "x" * 30, ","]
    for _ in range(500):
        parts = [rng.choice(words) + " " * rng.choice([1, 1, 2, 9, 40]) for _ in range(12)]
        left = "".join(parts)
        full, fast = _starts(left)
        assert full == fast, left
    # the search may start at the first space of a run of spaces: the match there is kept
    left = "x" * 10 + " " * 30 + "y" * 60 + "   was "
    assert intro_from(left) == 10
    assert _starts(left) == (100, 100)
