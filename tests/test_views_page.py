"""The views without a browser: every fact gets exactly one element in the highlighted text
(a highlight, or a blank-slot marker at the empty position), the text itself is unchanged,
and the page at / answers the form with that view."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from extractor import extract
from extractor.facts import ExtractionWarning, Fact, Result
from extractor.views.highlight import fact_rows, tokens, warning_rows
from extractor.views.render import render_view

GOLD = Path(__file__).resolve().parents[1] / "gold"
SENTENCE = ("Revenues of , RMB34 and RMB6 were recorded for the years ended December 31, "
            "2021, 2022 and 2023, respectively.")
FACT_ELEMENT = re.compile(r'<(mark|span) class="fact[^"]*" id="d\d+-f(\d+)"')


def fact(span: tuple[int, int], blank: bool = False) -> Fact:
    return Fact(label="x", amount=None if blank else "1", blank=blank, quote="q", span=span)


def text_of(toks: list) -> str:
    return "".join(v for kind, v in toks if kind == "text")


def test_each_fact_is_one_element_and_the_text_comes_back_unchanged() -> None:
    r = extract(SENTENCE)
    assert [f.blank for f in r.facts] == [True, False, False]
    toks = tokens(SENTENCE, fact_rows(r, SENTENCE))
    assert text_of(toks) == SENTENCE
    assert sorted(v for k, v in toks if k in ("open", "slot")) == [0, 1, 2]
    slot_at = next(i for i, t in enumerate(toks) if t == ("slot", 0))
    assert text_of(toks[:slot_at]) == SENTENCE[: r.facts[0].span[0]] == "Revenues of"


def test_shared_spans_nest_and_crossing_spans_are_cut_to_stay_well_formed() -> None:
    text = "abcdefghij"
    r = Result(doc_id="t", facts=[fact((2, 5)), fact((2, 5)), fact((4, 8)), fact((6, 6), True)])
    toks = tokens(text, fact_rows(r, text))
    assert text_of(toks) == text
    depth, opened = 0, []
    for kind, v in toks:
        if kind == "open":
            depth += 1
            opened.append(v)
        elif kind == "close":
            assert opened.pop() == v  # closes the innermost open highlight
            depth -= 1
        assert depth >= 0
    assert depth == 0 and sum(k == "slot" for k, _ in toks) == 1
    assert toks[:3] == [("text", "ab"), ("open", 0), ("open", 1)]


def test_a_warning_is_listed_with_its_line_and_text_and_anchored_in_the_note() -> None:
    text = "first line\nRMB5 and RMB6 for 2022.\n"
    w = ExtractionWarning(code="ambiguous", message="two amounts, one period", span=(11, 35))
    rows = warning_rows([w], text)
    assert (rows[0].line, rows[0].excerpt) == (2, "RMB5 and RMB6 for 2022.")
    page = render_view([(Result(doc_id="n", warnings=[w]), text)])
    assert 'class="warn-anchor" id="d0-w0"' in page
    assert "line 2, characters 11–35" in page


@pytest.mark.parametrize("path", sorted(GOLD.glob("00[0-4]_*.txt"))[:2], ids=lambda p: p.stem)
def test_the_view_of_a_seed_has_one_element_per_fact_and_no_network_asset(path: Path) -> None:
    text = path.read_text("utf-8")
    r = extract(text, doc_id=path.stem)
    page = render_view([(r, text)])
    ids = sorted(int(m.group(2)) for m in FACT_ELEMENT.finditer(page))
    assert ids == list(range(len(r.facts)))
    assert page.count('class="fact blank-slot"') == sum(f.blank for f in r.facts)
    assert not re.search(r'(src|href)="(https?:)?//', page)
    note = re.search(r'<div class="note" tabindex="0">(.*?)</div>', page, re.S).group(1)
    shown = re.sub(r'<span class="fact blank-slot"[^>]*>▯</span>', "", note)
    assert html.unescape(re.sub(r"<[^>]+>", "", shown)) == text


def test_a_note_cannot_inject_markup_into_the_view() -> None:
    text = "<script>alert(1)</script> Cash of $7 as of June 30, 2024."
    page = render_view([(extract(text), text)])
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


def test_every_template_and_asset_is_package_data_so_an_installed_copy_has_them() -> None:
    import fnmatch
    import tomllib

    root = Path(__file__).resolve().parents[1]
    globs = tomllib.loads((root / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"][
        "package-data"]["extractor"]
    views = root / "extractor" / "views"
    files = [p.relative_to(root / "extractor").as_posix()
             for d in ("templates", "static") for p in (views / d).iterdir() if p.is_file()]
    assert files
    assert [f for f in files if not any(fnmatch.fnmatch(f, g) for g in globs)] == []
