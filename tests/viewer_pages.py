"""The head of a note as the SEC viewer renders it, for tests that need a page period."""

from __future__ import annotations


def note_page(title: str, span: str, end: str) -> str:
    """'|', the note's title, its period header ("12 Months Ended" over "Dec. 31, 2024") and
    the viewer's two label lines, ready for a body to follow."""
    return (f"|\n{title}\n|{span}\n{end}\n|Notes to Financial Statements\n"
            f"|{title.split(' - ')[-1]} [Text Block]\n|\n")
