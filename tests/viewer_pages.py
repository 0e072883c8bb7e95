"""The head of a note as the SEC viewer renders it, for tests that need a page period."""

from __future__ import annotations

from extractor.api import extract


def note_page(title: str, span: str, end: str) -> str:
    """'|', the note's title, its period header ("12 Months Ended" over "Dec. 31, 2024") and
    the viewer's two label lines, ready for a body to follow."""
    return (f"|\n{title}\n|{span}\n{end}\n|Notes to Financial Statements\n"
            f"|{title.split(' - ')[-1]} [Text Block]\n|\n")


def year_blanks(body: str) -> list[tuple[str | None, str | None]]:
    """(period, unit) of each blank the engine finds in `body` on a page of the year ended
    December 31, 2024."""
    page = note_page("Note 5 - Debt", "12 Months Ended", "Dec. 31, 2024")
    return [(f.period, f.unit) for f in extract(page + body + "\n").facts if f.blank]
