"""What a row that is ambiguous alone measures: the subject the table names.

Two shapes recur in the notes, and the labellers write both the same way (gold/LABELLING.md:
"join the section heading with ' / ' where the row alone is ambiguous"; "a total without a
label: 'Total' plus what it totals"):

- a roll-forward introduced by a sentence naming what moves ("Movement of investments in
  associates and joint ventures is analyzed as follows:", "Movements in the provision for
  impairment are as follows:") over rows that say only where in the movement they stand
  ("At January 1", "Additions", "At December 31"): each row is "<subject> / <row>";
- a row labelled "Total" alone under a table whose caption names what it lists ("Schedule of
  Bank Borrowings"): "Total bank borrowings".

Pure functions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.tables.model import Row

# "(The) movement(s)/change(s) of/in X [in 2022 and 2021 | for the year(s) ...] is/are/has been
# [analy[sz]ed] as follows:" (a period phrase between the subject and the verb is no subject)
_MOVEMENT = re.compile(
    # (the subject in whole words, at most the 14 `movement_subject` keeps and two lone commas
    # it strips: a subject of any length made a long sentence that is no such intro take
    # quadratic time to refuse)
    r"^(?:the\s+)?(?:movements?|changes?)\s+(?:of|in)\s+(?:the\s+)?"
    r"(?P<subject>\S+(?: \S+){0,15}?)"
    r"(?:\s+(?:in|during|for)\s+(?:the\s+)?(?:(?:years?|periods?|six|three|nine|twelve)\b.*"
    r"|(?:19|20)\d\d\b.*))?"
    r"\s+(?:is|are|was|were|ha(?:s|ve)\s+been)\s+(?:(?:analy[sz]ed|set\s+out|summari[sz]ed)\s+)?"
    r"(?:as\s+follows|below)\s*:?\s*$",
    re.IGNORECASE,
)
_TOTAL_ALONE = re.compile(r"^total\s*:?$", re.IGNORECASE)
_SCHEDULE_OF = re.compile(r"^(?:schedule|summary|table)\s+of\s+", re.IGNORECASE)
# a page title that is no plain subject: "(Tables)", "[Text Block]", "Note 7 -", "Total ..."
_NOT_A_SUBJECT = re.compile(r"[()\[\]\d]|^total\b|^the\b", re.IGNORECASE)


def movement_subject(sentence: str) -> str | None:
    """What a roll-forward's intro says moves ("Movement in provision for allowance for
    expected credit losses on trade receivables is as follows:" -> "Provision for allowance
    for expected credit losses on trade receivables"), else None."""
    m = _MOVEMENT.match(" ".join(sentence.split()))
    if m is None:
        return None
    subject = m.group("subject").strip(" ,")
    if not subject or len(subject.split()) > 14:
        return None
    return subject[:1].upper() + subject[1:]


def with_subject(label: str, subject: str | None) -> str:
    """A roll-forward row under the subject its intro names ("At January 1" ->
    "Investments in associates / At January 1"); a row that already names it stays."""
    if not subject or subject.lower() in label.lower():
        return label
    return f"{subject} / {label}"


def total_of(label: str, headings: list[str], page_title: str | None) -> str:
    """A row labelled "Total" alone: "Total" plus what the table lists, from a heading that
    names a schedule ("Schedule of Bank Borrowings" -> "Total bank borrowings"), else from
    the page's title when that is a plain subject ("Prepayments and other assets"; not
    "Leases (Tables)", "Note 7 - ..."); any other row, or no such title, as it is."""
    if not _TOTAL_ALONE.match(label.strip()):
        return label
    titles = [(h, True) for h in headings] + [(page_title, False)]
    for title, schedule_only in titles:
        what = _listed(title, schedule_only)
        if what:
            return f"Total {in_running_text(what)}"
    return label


def _listed(title: str | None, schedule_only: bool) -> str | None:
    """What a title says the table lists, or None when it does not say it plainly."""
    if not title:
        return None
    title = " ".join(title.split()).strip(" :")
    what = _SCHEDULE_OF.sub("", title)
    if what == title and schedule_only:
        return None
    if not what or _NOT_A_SUBJECT.search(what) or len(what.split()) > 8:
        return None
    return what


def in_running_text(text: str) -> str:
    """A title in running text: "Annual Maturities of Long-Term Debt" -> "annual maturities
    of long-term debt"; acronyms ("PRC", "RMB") stay as written, unless the whole title is
    in capitals ("EQUITY METHOD INVESTMENTS")."""
    if text.isupper():
        return text.lower()
    return " ".join(w if w.isupper() and len(w) > 1 else w.lower() for w in text.split())


def row_subjects(text: str, rows: list[Row], first: str | None) -> list[str | None]:
    """The roll-forward subject each row stands under: `first` (what the sentence before the
    table names) until a sentence between rows names another ("Movement in provision ... is
    as follows:" after a table's last total opens a roll-forward under the same columns)."""
    out: list[str | None] = []
    subject, after = first, None
    for row in rows:
        if row.label_cell is not None and after is not None:
            for line in text[after : row.label_cell.start].splitlines():
                named = movement_subject(line.strip(" |"))
                subject = named or subject
        out.append(subject)
        if row.values:
            after = row.values[-1].end
    return out


# "Maturities of lease liabilities as of December 31, 2020 are as follows:", "Future minimum
# lease payments at June 30, 2024 were as follows:": what a maturity schedule lists
_SCHEDULE_INTRO = re.compile(
    r"^(?:the\s+)?(?P<subject>(?:(?:future|annual|scheduled|aggregate|contractual)\s+)*"
    # (at most nine words after its noun: `maturity_schedule` keeps ten in all)
    r"(?:maturities|(?:minimum\s+)?(?:lease\s+)?payments)\b\S*(?: \S+){0,9}?)"
    r"(?:\s+(?:as\s+(?:of|at)|at|for|due\s+(?:subsequent\s+to|after))\s+.*?)?"
    r"\s+(?:is|are|were|was)\s+(?:as\s+follows|"
    r"set\s+out\s+below)\s*:?\s*$",
    re.IGNORECASE,
)
_SCHEDULE_CAPTION = re.compile(r"(?i)^schedule\s+of\s+(?P<subject>.*\bmaturit.*)$")
# "Years ending March 31", "Fiscal year ended December 31:": the heading over the year rows
_YEAR_HEADING = re.compile(
    r"(?i)^(?:fiscal\s+)?years?\s+(?:ending|ended)\s+[a-z]{3,9}\.?\s+\d{1,2}\s*,?\s*:?$"
)
# a row that says when amounts fall due: "2026", "2030 and thereafter", "Thereafter",
# "Later years"
_DUE_ROW = re.compile(r"(?i)^(?:(?:19|20)\d\d(?:\s+and\s+(?:thereafter|after))?|thereafter|"
                      r"later\s+years)$")


@dataclass(frozen=True)
class MaturitySchedule:
    """What a table of amounts by the year they fall due lists, and the heading over its
    year rows."""

    subject: str | None
    year_heading: str | None


def maturity_schedule(intro: str, headings: list[str]) -> MaturitySchedule | None:
    """A maturity schedule's subject, from the sentence before the table or a "Schedule of
    ... Maturities ..." heading, and its year heading ("Years ending March 31"); None when
    neither names one."""
    subject = None
    if (m := _SCHEDULE_INTRO.match(" ".join(intro.split()))) is not None:
        subject = m.group("subject") if len(m.group("subject").split()) <= 10 else None
    for h in headings:
        if subject is None and (c := _SCHEDULE_CAPTION.match(h.strip())) is not None:
            subject = in_running_text(c.group("subject"))
    year = next((h.strip().rstrip(" ,:") for h in headings if _YEAR_HEADING.match(h.strip())),
                None)
    if subject is None and year is None:
        return None
    subject = subject[:1].upper() + subject[1:] if subject else None
    return MaturitySchedule(subject, year)


def due_row_label(label: str, schedule: MaturitySchedule | None) -> str | None:
    """A maturity schedule's row: "2012" under "Years ending March 31" of "Schedule of Annual
    Maturities of Long-Term Debt" -> "Annual maturities of long-term debt / Years ending
    March 31, 2012"; its "Total" -> "Total annual maturities of long-term debt"; None for
    other rows, or outside a schedule."""
    if schedule is None:
        return None
    text = " ".join(label.split())
    if schedule.subject and _TOTAL_ALONE.match(text):
        return f"Total {in_running_text(schedule.subject)}"
    if not _DUE_ROW.match(text):
        return None
    when = f"{schedule.year_heading}, {text}" if schedule.year_heading and text[:1].isdigit() \
        else text
    return f"{schedule.subject} / {when}" if schedule.subject else when
