"""Period phrases -> ISO 8601 periods (instants "2022-12-31", durations "P12M/2021-12-31").

Pure functions over text. `find_periods` finds every period phrase of a sentence, each with
the list of periods it names in the order the text gives them ("for the years ended December
31, 2021, 2022 and 2023" names three durations), so that an amount list can be aligned with it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from extractor import fiscalparts
from extractor.casefold import MEMO_CHARS, folded, has_any
from extractor.duedates import due_spans
from extractor.number_words import word_value
from extractor.vocabulary import DATE as _DATE
from extractor.vocabulary import MONTH as _MONTH
from extractor.vocabulary import YEAR as _YEAR
from extractor.vocabulary import month_number

DATE = _DATE  # a full date's pattern, for the modules that read phrases of their own
# Every period phrase names a year: a sentence without one has none (a cheap pre-check).
_ANY_YEAR = re.compile(_YEAR)
_HEADER_DATE = re.compile(rf"^{_DATE}$", re.IGNORECASE)

_COUNT = r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen)"


PeriodKind = Literal["duration", "instant", "month", "date"]
"""A duration ("for the year ended"), an instant ("as of"), a month ("in January 2021") or
an event date ("on March 3, 2021")."""


@dataclass(frozen=True, slots=True)
class PeriodPhrase:
    """A period phrase of a sentence and the periods it names, in text order."""

    start: int
    end: int
    periods: tuple[str, ...]
    kind: PeriodKind
    respectively: bool = False


def iso_date(month: int, day: int, year: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def real_date(month: int, day: int, year: int) -> str | None:
    """The ISO date, None for a day the month does not have ("March 62", "February 30")."""
    return iso_date(month, day, year) if 1 <= day <= calendar.monthrange(year, month)[1] else None


def month_end(year: int, month: int) -> str:
    return iso_date(month, calendar.monthrange(year, month)[1], year)


# Patterns used per date are compiled once, here, not rebuilt from f-strings on each call.
_PARSE_DATE = re.compile(
    rf"\s*(?:(?P<m1>{_MONTH})\s*(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}))"
    rf"\s*,?\s*(?P<y>{_YEAR})",
    re.IGNORECASE,
)
_YEAR_RE = re.compile(_YEAR)
_COUNT_RE = re.compile(_COUNT, re.IGNORECASE)


@lru_cache(maxsize=4096)
def parse_date(s: str) -> str | None:
    """'Dec. 31, 2023' / 'December 31 2023' / '31 December 2023' -> '2023-12-31'."""
    m = _PARSE_DATE.match(s)
    if not m:
        return None
    month = month_number(m.group("m1") or m.group("m2"))
    return real_date(month, int(m.group("d1") or m.group("d2")), int(m.group("y")))


@lru_cache(maxsize=4096)
def parse_header_date(s: str) -> str | None:
    """A header line that is only a date ('Jun. 30, 2021') -> ISO date, else None."""
    s = s.strip()
    return parse_date(s) if _HEADER_DATE.match(s) else None


def count_value(s: str) -> int:
    value = word_value(s.lower())
    assert value is not None, s  # _COUNT only matches what word_value reads
    return value


def week_months(s: str) -> int:
    """The months a count of weeks stands for ("thirteen" -> 3, "39" -> 9, "53" -> 12); 0
    for a count of weeks that is no part of a year (fewer than 12, more than 53)."""
    # ("twentysix" as some filers run it together: the tens split off for `word_value`)
    words = re.sub(r"^(twenty|thirty|forty|fifty)(?=[a-z])", r"\1-", s.lower())
    weeks = word_value(words) or 0
    if not 12 <= weeks <= 53:
        return 0
    return min(12, round(weeks * 12 / 52))


def shift_year(date: str, year: int) -> str:
    """The same month-end in another year ('2023-12-31', 2021 -> '2021-12-31')."""
    month, day = int(date[5:7]), int(date[8:10])
    day = min(day, calendar.monthrange(year, month)[1])
    return iso_date(month, day, year)


# A list of dates or bare years after the first full date: ", 2022 and 2023",
# ",2022 and 2023", ", December 31, 2021 and 2022", " and September 30, 2020".
_DATE_OR_YEAR = rf"(?:{_DATE}|{_YEAR}(?!\s*\d))"
_LIST_TAIL = rf"(?:\s*(?:,\s*and|,|and|&)\s*{_DATE_OR_YEAR})*"
_DATE_LIST = rf"{_DATE}{_LIST_TAIL}"
# A duration may end on a month with no day ("the years ended December 2019, 2020 and 2021"):
# its last day.
_MONTH_DATE = rf"{_MONTH}\s*,?\s*{_YEAR}(?!\s*\d)"
_END_LIST = (
    rf"(?:{_DATE}|{_MONTH_DATE})(?:\s*(?:,\s*and|,|and|&)\s*(?:{_DATE}|{_MONTH_DATE}|{_YEAR}(?!\s*\d)))*"
)

# The list of month counts ("three, six and nine months", "three- and nine-month periods") is
# bounded (it never runs long): unbounded, a "1,1,1,..." run would be scanned to its end
# from each of its digits looking for "months".
# Lookaheads on the letters each pattern can begin with: the scan skips other positions
# without trying every alternative there (the same matches, found several times as fast).
# A retail calendar's weeks ("the thirteen and thirty-nine weeks ended November 1, 2025", "13
# Weeks Ended"): the months they stand for, four weeks and a third a month (13 -> 3, 26 -> 6,
# 39 -> 9, 52 and 53 -> 12; a 16-week quarter 4)
WEEK_COUNT = (r"(?:\d{1,2}|twelve|thirteen|sixteen|twenty[- ]?(?:four|six|eight)|thirty[- ]?six|"
               r"thirty[- ]?nine|forty|fifty[- ]?(?:two|three))")
_DURATION = re.compile(
    rf"(?=[\dotfsenyqh])\b(?:(?P<count>{_COUNT}(?:-?\s*(?:,|and|&)\s*{_COUNT}){{0,5}})[\s-]+months?|"
    rf"(?P<weeks>{WEEK_COUNT}(?:-?\s*(?:,|and|&)\s*{WEEK_COUNT}){{0,3}})[\s-]+weeks?|"
    rf"(?P<year>(?:fiscal\s+)?years?)|(?P<quarter>(?:fiscal\s+)?quarters?)"
    rf"|(?P<half>six-month|half[\s-]year))(?:\s+periods?)?\s+end(?:ed|ing)\s+(?:on\s+)?(?P<dates>{_END_LIST})",
    re.IGNORECASE,
)
_WEEK_COUNT_RE = re.compile(WEEK_COUNT, re.IGNORECASE)
_DURING_DATE = re.compile(rf"(?=d)\bduring\s+(?P<dates>{_DATE_LIST})", re.IGNORECASE)
# "at December 31, 2024 and at December 31, 2023": an instant list may repeat its preposition.
_AT = r"(?:as\s+(?:of|at)|at|on)"
_INSTANT_LIST = rf"{_DATE}(?:\s*(?:,\s*and|,|and|&)\s*(?:{_AT}\s+)?{_DATE_OR_YEAR})*"
_INSTANT = re.compile(
    # (and "wasas of", "andat", "toat": glued to the word before a dropped amount)
    rf"(?=[aob])(?:\b|(?<=\bwas)|(?<=\bwere)|(?<=\band)|(?<=\bto)|(?<=\bof))(?:as\s+(?:of|at)|at|on|by|balance\s+at)\s+(?:both\s+)?(?P<dates>{_INSTANT_LIST})",
    re.IGNORECASE,
)
_EFFECTIVE_OPENING = re.compile(rf"\s*(?:\(?[a-z0-9ivx]{{1,4}}\)\.?\s*)?effective\s+(?:as\s+of\s+)?"
                                rf"(?P<dates>{_DATE})\s*,", re.IGNORECASE)
# The lookahead names how a date begins (a month's first two letters, or a day before them).
_BARE_DATES = re.compile(
    rf"(?=[jfmasond][aepuco]|\d\d?\s+[jfmasond][aepuco])(?P<dates>{_DATE_LIST})", re.I)
_MONTH_YEAR = re.compile(
    rf"(?=[idasfbu][nusiry])\b(?P<prep>in|during|as\s+of|as\s+at|since|from|by|until)\s+(?:(?:late|early|mid)[\s-]+)?"
    rf"(?P<month>{_MONTH})\s*,?\s*(?P<year>{_YEAR})\b"
    rf"(?!\s*\d)",
    re.IGNORECASE,
)
_FISCAL_YEAR = re.compile(
    rf"(?=[idf])(?:\b|(?<=\band)|(?<=\bto)|(?<=were)|(?<=ed))(?:in|during|for)\s+(?:(?:each\s+of|both)\s+)?(?:the\s+)?"
    # "in fiscal 2024", "in FY2025 and FY2024" (and "andin FY2024", a dropped amount's "and")
    rf"(?:fiscal\s+(?:years?\s+)?|FY\s?(?=(?:19|20)\d\d))"
    rf"(?P<year>{_YEAR}(?:\s*(?:,\s*and|,|and)\s*(?:fiscal\s+|FY\s?)?{_YEAR})*)\b",
    re.I,
)
_RESPECTIVELY = re.compile(r"(?=r)\brespectively\b", re.IGNORECASE)
# Words every match of a pattern spells (in some case): a sentence without any of them skips
# that pattern's scan (the same matches, without trying each position).
# Every date, month-year, date list and duration end names a month.
_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov",
                "dec")
_PART_WORDS = ("quarter", "half", "months", "weeks")


_MONTH_ONLY = re.compile(rf"(?P<m>{_MONTH})\s*,?\s*(?P<y>{_YEAR})", re.IGNORECASE)
_DATE_TOKEN = re.compile(
    rf"(?=[jfmasond][aepuco]|\d)(?:{_DATE}|{_MONTH_DATE}|{_YEAR}(?!\s*\d))", re.IGNORECASE)


def _month_date(s: str) -> str | None:
    """'December 2019' -> '2019-12-31' (a month with no day: its last day)."""
    m = _MONTH_ONLY.fullmatch(s.strip())
    if not m:
        return None
    return month_end(int(m.group("y")), month_number(m.group("m")))


def _dates_in(s: str, base: int) -> list[tuple[str, int]]:
    """The dates of a date list, bare years completed with the previous date's month and day."""
    out: list[tuple[str, int]] = []
    last: str | None = None
    for m in _DATE_TOKEN.finditer(s):
        tok = m.group()
        if _YEAR_RE.fullmatch(tok):
            if last is None:
                continue
            d = shift_year(last, int(tok))
        else:
            parsed = parse_date(tok) or _month_date(tok)
            if parsed is None:
                continue
            d = parsed
        out.append((d, base + m.start()))
        last = d
    return out


def find_periods(
    sentence: str, fiscal_year_end: str | None = None, fiscal_months: int | None = None,
    by_start: bool = False,
) -> list[PeriodPhrase]:
    """Every period phrase in a sentence, with the periods it names in text order.

    `fiscal_year_end` ("2023-06-30") lets "fiscal 2022" resolve to a period; without it such
    phrases are ignored rather than guessed. `by_start`: the note names its fiscal years by
    the calendar year they start in (`weekyears.fiscal_named_by_start`), so "the third
    quarter of fiscal 2025" is of the year ending in 2026. (A new list each call: callers
    extend theirs.)
    """
    scan = _periods if len(sentence) <= MEMO_CHARS else _scan_periods
    return list(scan(sentence, fiscal_year_end, fiscal_months, by_start))


def _scan_periods(
    sentence: str, fiscal_year_end: str | None, fiscal_months: int | None,
    by_start: bool = False,
) -> tuple[PeriodPhrase, ...]:
    if not _ANY_YEAR.search(sentence):
        return ()
    low = folded(sentence)
    named_month = has_any(low, _MONTH_WORDS)
    found = _Found(due_spans(sentence))
    if named_month and "end" in low:
        _durations(sentence, found)
    # "during March 31, 2009": a period that ends on the date, as long as the page's.
    months = fiscal_months or 12
    for m in _DURING_DATE.finditer(sentence) if named_month and "during" in low else ():
        if found.free(m.start(), m.end()):
            dates = _dates_in(m.group("dates"), m.start("dates"))
            found.add(m, tuple(f"P{months}M/{d}" for d, _ in dates), "duration")
    for m in _INSTANT.finditer(sentence) if named_month else ():
        if found.free(m.start("dates"), m.end("dates")):
            dates = _dates_in(m.group("dates"), m.start("dates"))
            found.add(m, tuple(d for d, _ in dates), "instant")
    # "Effective April 1, 2022, the Board ...": an event date opening a sentence, as "On ..."
    if named_month and "effective" in low and (eff := _EFFECTIVE_OPENING.match(sentence)):
        found.add(eff, tuple(d for d, _ in _dates_in(eff.group("dates"), 0)), "instant")
    if has_any(low, _PART_WORDS) or named_month:
        _parts_of_years(sentence, found, fiscal_year_end, fiscal_months, by_start)
    if named_month:
        _month_years(sentence, found)
    if fiscal_year_end and ("fiscal" in low or "fy" in low):
        for m in _FISCAL_YEAR.finditer(sentence):
            if found.free(m.start(), m.end()):
                years = [int(y) for y in _YEAR_RE.findall(m.group("year"))]
                ends = fiscalparts.interim_fiscal_years(fiscal_year_end, fiscal_months, years) \
                    or tuple(f"P12M/{shift_year(fiscal_year_end, y)}" for y in years)
                found.add(m, ends, "duration")
    # Dates with no governing word ("..., which were deposits as of" is caught above; an event
    # date opening a sentence, "On June 26, 2024," is caught by "on").
    for m in _BARE_DATES.finditer(sentence) if named_month else ():
        if found.free(m.start(), m.end()):
            dates = _dates_in(m.group("dates"), m.start("dates"))
            found.add(m, tuple(d for d, _ in dates), "date")
    resp = [m.start() for m in _RESPECTIVELY.finditer(sentence)] if "respectively" in low else []
    return tuple(
        PeriodPhrase(
            p.start, p.end, p.periods, p.kind, any(r >= p.end or p.start - r < 40 for r in resp)
        )
        for p in sorted(found.phrases, key=lambda p: p.start)
    )


_periods = lru_cache(maxsize=4096)(_scan_periods)


class _Found:
    """The phrases found so far, and the stretches they take (a later, weaker pattern does
    not read inside them)."""

    def __init__(self, taken: Sequence[tuple[int, int]] = ()) -> None:
        self.phrases: list[PeriodPhrase] = []
        self.taken: list[tuple[int, int]] = list(taken)

    def free(self, a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in self.taken)

    def add(self, m: re.Match[str], periods: tuple[str, ...], kind: PeriodKind) -> None:
        """The phrase `m` names `periods` (nothing when it names none)."""
        if periods:
            self.phrases.append(PeriodPhrase(m.start(), m.end(), periods, kind))
            self.taken.append((m.start(), m.end()))


def _durations(sentence: str, found: _Found) -> None:
    """"for the years ended December 31, 2022 and 2023", "the three and six months ended"."""
    for m in _DURATION.finditer(sentence):
        if not found.free(m.start("dates"), m.end("dates")):
            continue
        if m.group("count"):
            counts = [count_value(c) for c in _COUNT_RE.findall(m.group("count"))]
        elif m.group("weeks"):
            counts = [week_months(w) for w in _WEEK_COUNT_RE.findall(m.group("weeks"))]
            if not all(counts):
                continue
        elif m.group("quarter"):
            counts = [3]
        elif m.group("half"):
            counts = [6]
        else:
            counts = [12]
        dates = _dates_in(m.group("dates"), m.start("dates"))
        # "the nine and three months ended September 30, 2021": one date, several lengths;
        # "the three and six months ended June 30, 2024 and 2023" lists each length's dates
        # in turn (3M 2024, 3M 2023, 6M 2024, 6M 2023), as 10-Q sentences do.
        found.add(m, tuple(f"P{n}M/{d}" for n in counts for d, _ in dates), "duration")


_ORDINAL = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3,
            "4th": 4}
_PART_OF_YEAR = re.compile(
    # (and "andin the first nine months of fiscal 2024", a dropped amount's "and")
    rf"(?=[idf][nuo])(?:\b|(?<=\band)|(?<=ed)|(?<=were)|(?<=was)|(?<=\bof))(?:in|during|for)\s+(?:the\s+)?(?:(?P<q>first|second|third|fourth|1st|2nd|3rd|4th)\s+"
    rf"(?:calendar\s+)?quarters?|(?P<h>first|second)\s+half|first\s+(?P<n>three|six|nine)\s+months)"
    rf"\s+of\s+(?P<fiscal>fiscal\s+(?:years?\s+)?)?"
    rf"(?P<years>{_YEAR}(?:(?:\s*,\s*|\s*,?\s+and\s+|\s*&\s*)(?:fiscal\s+)?{_YEAR})*)\b",
    re.IGNORECASE,
)
_MONTH_PAIR = re.compile(
    rf"(?=[id])\b(?:in|during)\s+(?P<m1>{_MONTH})\s+(?:and|through|to|-|–)\s+(?P<m2>{_MONTH})\s*,?\s*"
    rf"(?P<year>{_YEAR})\b(?!\s*\d)",
    re.IGNORECASE,
)


def _parts_of_years(sentence: str, found: _Found, page_end: str | None,
                    months_of_page: int | None, by_start: bool = False) -> None:
    """"In the third quarter of 2011" (P3M to September 30), "the first six months of 2011"
    (of "2017 and 2016": each year's), "the first half of 2011", "during June and July 2017"
    (P2M to July 31): calendar parts of a year. Parts of the fiscal year (`year_end`, the end
    of the page's fiscal year, `fiscalparts.page_year_end`) where the text says so ("the
    second quarter of fiscal 2026") or the page is a year's ("12 Months Ended Sep. 28, 2024":
    "the fourth quarter of 2024" ends then, as a bare year there is the fiscal year), unless
    it says "calendar quarter"; "of fiscal 2025" that the page cannot place is left undated
    rather than read as a calendar year."""
    parts = list(_PART_OF_YEAR.finditer(sentence))  # (read once: the page's quarter, then each)
    if months_of_page == 3 and page_end:  # "the third quarter of fiscal 2025" names its page
        months_of_page = fiscalparts.months_by_quarter(page_end, [
            (_ORDINAL[folded(m.group("q"))], max(int(y) for y in _YEAR_RE.findall(m["years"])))
            for m in parts
            if m.group("q") and m.group("fiscal") and "calendar" not in folded(m.group())
        ], by_start)
    year_end = fiscalparts.page_year_end(page_end, months_of_page)
    year_page = months_of_page == 12
    for m in parts:
        if not found.free(m.start(), m.end()):
            continue
        said = m.group("fiscal") is not None
        fiscal = year_end if (said or year_page) and "calendar" not in folded(m.group()) else None
        if said and fiscal is None:
            continue
        years = [int(y) for y in _YEAR_RE.findall(m.group("years"))]
        if m.group("q"):
            months, last = 3, 3 * _ORDINAL[folded(m.group("q"))]
        elif m.group("h"):
            months, last = 6, 6 * _ORDINAL[folded(m.group("h"))]
        else:
            months = last = count_value(m.group("n"))
        if said and by_start:
            years = [y + 1 for y in years]  # "fiscal 2025" ends in 2026 on this calendar
        ends = [fiscalparts.part_end_on_page(page_end, months_of_page, y, last // 3)
                if fiscal and page_end and months_of_page else month_end(y, last)
                for y in years]
        found.add(m, tuple(f"P{months}M/{e}" for e in ends if e), "duration")
    for m in _MONTH_PAIR.finditer(sentence):
        if not found.free(m.start(), m.end()):
            continue
        first = month_number(m.group("m1"))
        last = month_number(m.group("m2"))
        if last > first:
            found.add(m, (f"P{last - first + 1}M/{month_end(int(m.group('year')), last)}",),
                      "duration")


def _month_years(sentence: str, found: _Found) -> None:
    """"in January 2021" (that month), "as of March 2022" (its last day)."""
    for m in _MONTH_YEAR.finditer(sentence):
        if not found.free(m.start(), m.end()):
            continue
        end = month_end(int(m.group("year")), month_number(m.group("month")))
        prep = m.group("prep").lower()
        if prep.startswith("as"):
            found.add(m, (end,), "instant")
        elif prep in ("in", "during"):
            found.add(m, (f"P1M/{end}",), "month")
