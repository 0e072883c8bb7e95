"""Property-based fuzzing of the rules engine: mutations of the repository's real note texts
and random unicode inside numbers never raise, never fail a piece of the note, and every
fact's span and quote stay true to the text. Bounded (a fixed number of examples on windows of
a few thousand characters) so that it runs in CI in well under a minute."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import extractor
from extractor.amounts import ascii_digits
from extractor.contain import FAILURE_CODE

GOLD = Path(__file__).resolve().parents[1] / "gold"
WINDOW = 3000
FORMAT_CHARS = "\u200b\u200c\u200d\u2060\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2069"
# Characters that make numbers ambiguous: dashes, "to", separators, other scripts' digits.
TRICKY = ["-", "\u2013", "\u2014", " - ", "to", ",", ".", " ", "(", ")", "%", "$", "\uff11",
          "\U0001d7d1", "\u0663", "\u00a0", "\n", "|", "0to0", "1,1,1,", "e5", "\u00b2"]


@cache
def texts() -> tuple[str, ...]:
    """The top-level gold notes (never gold/blind)."""
    return tuple(p.read_text(encoding="utf-8") for p in sorted(GOLD.glob("*.txt")))


def insertion() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(TRICKY),
        st.sampled_from(list(FORMAT_CHARS)),
        st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=1, max_size=3),
    )


@st.composite
def mutated_note(draw: st.DrawFn) -> str:
    """A window of a real note with a few edits, most of them inside or beside numbers."""
    text = draw(st.sampled_from(texts()))
    lo = draw(st.integers(0, max(0, len(text) - WINDOW)))
    window = text[lo : lo + WINDOW]
    digits = [m.start() for m in re.finditer(r"\d", window)] or [0]
    for _ in range(draw(st.integers(1, 8))):
        op = draw(st.sampled_from(["insert_in_number", "insert", "delete", "duplicate"]))
        if op == "insert_in_number":
            at = draw(st.sampled_from(digits)) + draw(st.integers(0, 1))
        else:
            at = draw(st.integers(0, len(window)))
        if op == "delete":
            window = window[:at] + window[at + draw(st.integers(1, 20)) :]
        elif op == "duplicate":
            window = window[:at] + window[at : at + draw(st.integers(1, 80))] * 2 + window[at:]
        else:
            window = window[:at] + draw(insertion()) + window[at:]
        digits = [m.start() for m in re.finditer(r"\d", window)] or [0]
    return window


def visible_digits(s: str) -> str:
    """The ASCII digits a stretch of text shows, format characters ignored."""
    shown = "".join(c for c in s if unicodedata.category(c) != "Cf")
    return ascii_digits(re.sub(r"\D", "", shown))


def assert_true_to_text(text: str) -> None:
    result = extractor.extract(text)
    assert result.error is None
    assert not [w for w in result.warnings if w.code in (FAILURE_CODE, "ungrounded")], [
        w.message for w in result.warnings if w.code in (FAILURE_CODE, "ungrounded")
    ]
    for f in result.facts:
        assert f.span is not None
        a, b = f.span
        assert 0 <= a <= b <= len(text)
        assert f.quote and f.quote in text
        if f.blank:
            assert a == b, f
            continue
        want = ascii_digits((f.amount or "").lstrip("-").split(".")[0]).lstrip("0") or "0"
        held = visible_digits(text[a:b])
        assert want in held or (want == "0" and not held.strip("0")), (f, text[a:b])


@settings(
    max_examples=400,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(mutated_note())
def test_mutated_real_notes_never_fail_and_spans_stay_true(text: str) -> None:
    assert_true_to_text(text)


@settings(max_examples=400, deadline=None, derandomize=True)
@given(
    st.sampled_from(["Revenue was $", "Revenues of RMB", "The rate was ", "Loans of US$"]),
    st.lists(st.text(st.sampled_from("0123456789"), min_size=1, max_size=4), min_size=1,
             max_size=4),
    st.lists(insertion(), min_size=1, max_size=4),
    st.sampled_from([" million for the year ended December 31, 2021.", "% in 2022.", " and ."]),
)
def test_random_unicode_inside_numbers_never_fails(
    lead: str, groups: list[str], glue: list[str], tail: str
) -> None:
    number = "".join(g + glue[i % len(glue)] for i, g in enumerate(groups[:-1])) + groups[-1]
    assert_true_to_text(lead + number + tail)


@st.composite
def note_with_format_chars(draw: st.DrawFn) -> tuple[str, str]:
    """A window of a real note, and the same window with format characters sprinkled in."""
    text = draw(st.sampled_from(texts()))
    lo = draw(st.integers(0, max(0, len(text) - WINDOW)))
    window = text[lo : lo + WINDOW]
    marked = window
    for _ in range(draw(st.integers(1, 10))):
        at = draw(st.integers(0, len(marked)))
        marked = marked[:at] + draw(st.sampled_from([*FORMAT_CHARS, "\u00ad"])) + marked[at:]
    return window, marked


@settings(max_examples=150, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(note_with_format_chars())
def test_format_characters_do_not_change_the_amounts_read(pair: tuple[str, str]) -> None:
    window, marked = pair
    assert_true_to_text(marked)
    plain = extractor.extract(window).facts
    read = extractor.extract(marked).facts
    assert [(f.amount, f.blank) for f in read] == [(f.amount, f.blank) for f in plain]
