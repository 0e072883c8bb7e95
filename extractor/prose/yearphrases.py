"""The period phrases of a sentence: the dated phrases `periods.find_periods` reads, plus the
ones only the page can date — bare years ("in 2018 and 2019", as the page's year ends),
"during the year" on a year's note, and "the three month period in 2016" on a quarter's.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from extractor.periods import (
    DATE,
    PeriodPhrase,
    due_spans,
    find_periods,
    iso_date,
    parse_date,
    shift_year,
)
from extractor.prose.backrefs import (
    N_MONTHS,
    WORD_COUNT,
    named_length_phrases,
    same_dates_phrases,
    then_ended_phrases,
    year_back_phrases,
    year_to_date_phrases,
)
from extractor.tables.yearends import YearEnds
from extractor.vocabulary import MONTH, MONTHS
from extractor.weekyears import same_end_in

_SPLIT_WORD = re.compile(r"\b([A-Z][a-z]{1,7})\n([a-z]{1,8})(?=\s*\d)")
_MONTH_NAMES = frozenset(m for m in MONTHS if len(m) > 3)


def mend_split_months(text: str) -> str:
    """The viewer breaks a month over two lines ("As of Dec\nember31, 2022"): the line break
    moves after the name ("December\n31"), so that the date reads and every offset stays."""
    if "\n" not in text:
        return text
    return _SPLIT_WORD.sub(
        lambda m: m[1] + m[2] + "\n" if (m[1] + m[2]).lower() in _MONTH_NAMES else m[0], text
    )


_IN_YEARS = re.compile(
    # ("andin 2024 and 2023": the "and" of a list whose last amount the viewer dropped)
    # ("RMBin 2024": a mark glued to the phrase after its dropped amount; "totalingin 2022",
    # "ofin 2023": the word that introduced it)
    r"(?=[idfa])(?:\b|(?<=\band)|(?<=\bto)|(?<=were)|(?<=was)|(?<=ed)|(?<=ing)|(?<=\bof)"
    r"|(?<=RMB)|(?<=[$€£¥₩₹]))(?:(?:in|during|for)\s+(?:(?:each\s+of|both)\s+)?"
    r"(?:(?:the\s+)?(?:fiscal\s+)?years?\s+(?:of\s+)?)?"
    # "at year-end 2024", "at the end of fiscal 2023": the year's last day, an instant
    r"|(?P<at>(?:at|as\s+of)\s+(?:the\s+)?(?:(?:fiscal\s+)?year[- ]end(?:\s+of)?|end\s+of\s+"
    r"(?:the\s+)?(?:fiscal\s+)?(?:year\s+)?)\s*))"
    r"(?P<ys>(?:19|20)\d\d(?:\s*(?:,\s*and|,|and)\s*(?:19|20)\d\d)*)\b(?![,\s]*\d)",
    re.IGNORECASE,
)


def sentence_phrases(text: str, page_period: str | None,
                     year_ends: YearEnds | None = None,
                     earlier: PeriodPhrase | None = None,
                     by_start: bool = False,
                     year_to_date: str | None = None) -> list[PeriodPhrase]:
    """Every period phrase of a sentence in text order, read against the page's period (and,
    for bare years on a page whose year ends on a moving day, the year ends the note names;
    `earlier`, the periods an earlier sentence listed, for "in those years"; `year_to_date`,
    the page's year-to-date period when that is not its period, `Document.year_to_date_period`)."""
    fy_end = page_period.split("/")[-1] if page_period else None
    months = (
        int(page_period[1:].split("M")[0]) if page_period and page_period[0] == "P" else None
    )
    text = mend_split_months(text)
    phrases = find_periods(text, fiscal_year_end=fy_end, fiscal_months=months,
                           by_start=by_start)
    if by_start and fy_end is not None:
        # the retail calendar (`weekyears.fiscal_named_by_start`): "fiscal 2024" ends in 2025
        phrases = [_named_by_start(p, text) for p in phrases]
    # only a 52/53-week year moves its end: a month-end year (January 31) stays on its day
    # even where the note names a first of the month nearby ("as of February 1, 2023")
    if year_ends is not None and year_ends.weeks is not None and fy_end is not None \
            and months == 12:
        phrases = [_on_week_years(p, fy_end, year_ends) for p in phrases]
    phrases += _this_year_phrases(text, page_period)
    phrases += _months_of_year_phrases(text, page_period, phrases)
    phrases += _same_period_phrases(text, phrases, earlier)
    phrases += year_to_date_phrases(text, phrases, year_to_date or page_period)
    # A bare year is the calendar year unless the page states another year end (FACTS.md
    # 1.1): a year's page does ("12 Months Ended Jun. 30, 2011"), a half-year's does not.
    # (Read before the phrases that point back: "for 2024, against $9.5 million a year
    # earlier" is 2023.)
    phrases += _year_phrases(text, phrases, fy_end if months == 12 else None, year_ends)
    phrases.sort(key=lambda p: p.start)
    phrases += then_ended_phrases(text, phrases)
    phrases += named_length_phrases(text, phrases, page_period)
    phrases.sort(key=lambda p: p.start)
    phrases += year_back_phrases(text, phrases, page_period)
    phrases += same_dates_phrases(text, phrases, earlier)
    phrases = _from_to_opening(text, phrases)
    phrases += _back_phrases(text, phrases, earlier)
    if fy_end is not None and _SCHEDULE_WORDS.search(text):
        phrases = [p for p in phrases if not _future_years(p, text, fy_end)]
    phrases.sort(key=lambda p: p.start)
    return phrases


_MONTH_WORD = re.compile(rf"\b{MONTH}", re.IGNORECASE)
# what a schedule of future years is about: amounts falling due ("minimum lease payments",
# "scheduled principal payments", "commitments due"), not expected expenses of those years
# ("estimated amortization expense ... for fiscal 2025" names that year's expense)
_SCHEDULE_WORDS = re.compile(
    r"(?i)(?=[pdmriocsle])\b(?:payments?|payable|due|matur\w*|repay\w*|principal|instal\w*|obligations?|"
    r"commitments?|(?:sub)?leases?|rent\w*|expir\w*|"
    # "expects to contribute ₩ million during 2025": a payment into a plan, when it falls (a
    # future year's expense, "amortization of $1.2 million in 2025", keeps its year)
    r"contribut\w*)\b")


def _future_years(phrase: PeriodPhrase, text: str, page_end: str) -> bool:
    """Whether a phrase names only bare years after the page's own period ("$2,466 thousand in
    2026, $1,900 thousand in 2027", "$7.5 million for each of 2025, 2026 and 2027" of payments
    on a page of 2024): in a sentence of amounts falling due (`_SCHEDULE_WORDS`), when they
    fall due, as a due date says, not periods the note reports."""
    return (phrase.kind == "duration" and bool(phrase.periods)
            and all(q.startswith("P12M/") and q[5:9] > page_end[:4] for q in phrase.periods)
            and not _MONTH_WORD.search(text, phrase.start, phrase.end))


def _named_by_start(phrase: PeriodPhrase, text: str) -> PeriodPhrase:
    """A "fiscal 2024" phrase of a note that names fiscal years by their start: each one-year
    period a year later (the 52/53-week day is `_on_week_years`' to set; parts of a fiscal
    year, "the third quarter of fiscal 2025", `periods.find_periods` reads on that calendar
    itself)."""
    if "fiscal" not in text[phrase.start : phrase.end].lower():
        return phrase
    periods = tuple(
        f"P12M/{shift_year(q[5:], int(q[5:9]) + 1)}" if q.startswith("P12M/") else q
        for q in phrase.periods)
    return replace(phrase, periods=periods)


def _on_week_years(phrase: PeriodPhrase, fy_end: str, year_ends: YearEnds) -> PeriodPhrase:
    """"in fiscal years 2025, 2024 and 2023" on a 52/53-week page ("12 Months Ended Jan. 26,
    2025"): the years other than the page's end on the day the note's year ends give for
    them (January 28, 2024; January 29, 2023), not on the page's month-day."""
    periods = []
    for q in phrase.periods:
        end = q[-10:]
        md = year_ends.month_day(int(end[:4])) if q.startswith("P12M/") else None
        if md is not None and end[4:] == fy_end[4:] and end != fy_end:
            q = f"P12M/{iso_date(md[0], md[1], int(end[:4]))}"
        periods.append(q)
    return replace(phrase, periods=tuple(periods))


_YEAR_IN_LIST = re.compile(r"(?:19|20)\d\d")
_RESPECTIVELY_WORD = re.compile(r"\brespectively\b")


def _year_phrases(text: str, phrases: list[PeriodPhrase], fy_end: str | None,
                  year_ends: YearEnds | None = None) -> list[PeriodPhrase]:
    """'in 2018 and 2019', 'for fiscal 2022': whole years, as fiscal years ending on the page's
    year-end (December 31 when the page says nothing); a 52/53-week year on the day the note
    names for it ("as of September 30, 2023"), else on the page's month-day."""
    end = fy_end if fy_end and fy_end[5:] in ("12-31", "03-31", "06-30", "09-30") else None
    base = end or "2000-12-31"

    def year_end(y: int) -> str:
        md = year_ends.month_day(y) if year_ends is not None and end is None else None
        return iso_date(md[0], md[1], y) if md else shift_year(base, y)

    out: list[PeriodPhrase] = []
    if not _YEAR_IN_LIST.search(text):
        return out  # every _IN_YEARS match names a year: a cheap test before the scan
    found = list(_IN_YEARS.finditer(text))
    if not found:
        return out
    due = due_spans(text)
    for m in found:
        if any(p.start <= m.start("ys") < p.end for p in phrases) or any(
            s <= m.start("ys") < e for s, e in due
        ):
            continue
        years = [int(y) for y in _YEAR_IN_LIST.findall(m.group("ys"))]
        if m.group("at"):
            out.append(PeriodPhrase(m.start(), m.end(), tuple(year_end(y) for y in years),
                                    "instant"))
            continue
        periods = tuple(f"P12M/{year_end(y)}" for y in years)
        out.append(PeriodPhrase(m.start(), m.end(), periods, "duration"))
    resp = [m.start() for m in _RESPECTIVELY_WORD.finditer(text)]
    return [
        PeriodPhrase(
            p.start, p.end, p.periods, p.kind, any(r >= p.end or p.start - r < 40 for r in resp)
        )
        for p in out
    ]


_THIS_YEAR = re.compile(
    r"(?=[dfi])\b(?:during|for|in)\s+the\s+(?:current\s+|fiscal\s+)?year\b(?!\s+(?:ended|ending|then|of\s+(?:19|20)\d\d))",
    re.IGNORECASE,
)


# "borrowed $41.0 million during the quarter": the quarter the interim page ends with
_THIS_QUARTER = re.compile(
    r"(?=[dfi])\b(?:during|for|in)\s+the\s+(?:current\s+)?quarter\b"
    r"(?!\s+(?:ended|ending|then|of\b))", re.IGNORECASE)


def _this_year_phrases(text: str, page_period: str | None) -> list[PeriodPhrase]:
    """"during the year" / "for the year" with no date: the page's own year, when the page
    is a year's note ("12 Months Ended"); "during the quarter" on an interim page (three, six
    or nine months): the three months it ends with."""
    if not page_period:
        return []
    if page_period.startswith(("P3M/", "P6M/", "P9M/")) and "quarter" in text:
        end = page_period.split("/")[-1]
        return [PeriodPhrase(m.start(), m.end(), (f"P3M/{end}",), "duration")
                for m in _THIS_QUARTER.finditer(text)]
    if not page_period.startswith("P12M/"):
        return []
    return [
        PeriodPhrase(m.start(), m.end(), (page_period,), "duration")
        for m in _THIS_YEAR.finditer(text)
    ]


_MONTHS_OF_YEAR = re.compile(
    r"(?=[tsnT\d])\b(?P<n>three|six|nine|\d{1,2})[- ]month(?:s|\s+periods?)?\s+(?:of|in)\s+"
    r"(?:fiscal\s+)?(?P<y>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
_MONTH_COUNT = {"three": 3, "six": 6, "nine": 9}


def _months_of_year_phrases(
    text: str, page_period: str | None, phrases: list[PeriodPhrase]
) -> list[PeriodPhrase]:
    """"the three month period in 2016", "the nine months of 2017": the page's own span of
    that year, when the page is a note of that many months ("3 Months Ended Mar. 31, 2016"
    makes "the three-month period in 2015" P3M/2015-03-31). Other spans stay unread: which
    months of the year they cover the words do not say."""
    if not page_period or not page_period.startswith("P") or "month" not in text.lower():
        return []
    months = int(page_period[1:].split("M")[0])
    end = page_period.split("/")[-1]
    out: list[PeriodPhrase] = []
    for m in _MONTHS_OF_YEAR.finditer(text):
        n = m.group("n").lower()
        if _MONTH_COUNT.get(n, int(n) if n.isdigit() else 0) != months:
            continue
        if any(p.start <= m.start() < p.end for p in phrases):
            continue
        period = f"P{months}M/{same_end_in(end, int(m.group('y')))}"
        out.append(PeriodPhrase(m.start(), m.end(), (period,), "duration"))
    return out


_SAME_PERIOD = re.compile(
    r"(?=[sc])\b(?:same|comparable|corresponding)\s+(?:periods?|quarters?)\s+"
    r"(?:(?:in|of)\s+(?P<year>(?:19|20)\d\d)\b|(?:in|of)\s+the\s+(?P<prior>prior|previous|"
    r"preceding)\s+(?:fiscal\s+)?year\b|(?P<last>last|a)\s+year\b)",
    re.IGNORECASE,
)


def _same_period_phrases(text: str, phrases: list[PeriodPhrase],
                         earlier: PeriodPhrase | None = None) -> list[PeriodPhrase]:
    """"$37 and $17 for the same periods in 2024" after "during the six and three months
    ended June 30, 2025": the durations of the sentence's phrase before it (else of the
    `earlier` sentence's list of durations), moved to that year ("the same period of the
    prior year": a year back). With no duration before it, none."""
    if "period" not in text.lower() and "quarter" not in text.lower():
        return []
    out: list[PeriodPhrase] = []
    for m in _SAME_PERIOD.finditer(text):
        ref = next((p for p in reversed(phrases) if p.end <= m.start() and p.kind == "duration"),
                   earlier)
        if ref is None or not all(q.startswith("P") for q in ref.periods):
            continue
        ends = [q.split("/")[-1] for q in ref.periods]
        year = int(m.group("year")) if m.group("year") else int(ends[0][:4]) - 1
        periods = tuple(f"{q.split('/')[0]}/{same_end_in(e, year)}"
                        for q, e in zip(ref.periods, ends, strict=True))
        if periods != ref.periods:
            out.append(PeriodPhrase(m.start(), m.end(), periods, "duration"))
    return out


_BACK = re.compile(
    rf"(?=[idf])\b(?:in|during|for)\s+(?:(?:each|both|all)\s+of\s+)?(?:"
    rf"(?:those|these|such|the\s+same|the\s+respective|the\s+comparable)\s+"
    rf"(?:(?P<n1>{N_MONTHS})\s+)?(?:fiscal\s+)?(?P<what>years|periods|quarters)"
    rf"|the\s+(?P<n2>{N_MONTHS})\s+periods)\b"
    # "the same periods in 2024" is `_same_period_phrases`'; "periods ended ..." dates itself
    r"(?!\s+(?:then\s+)?end|\s+(?:in|of)\s+(?:19|20|the\b|last\b|a\b|fiscal\b|each\b))",
    re.IGNORECASE,
)


def _back_phrases(text: str, phrases: list[PeriodPhrase],
                  earlier: PeriodPhrase | None) -> list[PeriodPhrase]:
    """"$A and $B in those years", "for the same periods", "$1.1 million for each of the
    nine-month periods": periods named before, in this sentence or (nothing before them here)
    the one before (`earlier`); a count of months keeps those ends at that length ("the
    three months ended September 30, 2024 and 2023" ... "the nine-month periods" are the
    nine months to those dates). Nothing several-dated before: no phrase."""
    if "period" not in text.lower() and " years" not in text and "quarters" not in text:
        return []
    out: list[PeriodPhrase] = []
    for m in _BACK.finditer(text):
        if any(p.start <= m.start() < p.end for p in phrases):
            continue
        ref = next((p for p in reversed(phrases) if p.end <= m.start() and len(p.periods) > 1
                    and p.kind == "duration"), earlier)
        if ref is None or not all(q.startswith("P") for q in ref.periods):
            continue
        n = m.group("n1") or m.group("n2")
        word = m.group("what") or "periods"
        months = (WORD_COUNT.get(n.split()[0].split("-")[0].lower()) or int(re.sub(r"\D", "", n))
                  if n else {"years": 12, "quarters": 3}.get(word.lower()))
        periods = ref.periods
        if months is not None:
            same = tuple(q for q in periods if q.startswith(f"P{months}M/"))
            # only a stated count moves the ends to its length ("those years" after two
            # quarters names no year)
            periods = same or (tuple(dict.fromkeys(
                f"P{months}M/{q.split('/')[-1]}" for q in periods)) if n else ())
        if len(periods) > 1:
            out.append(PeriodPhrase(m.start(), m.end(), periods, "duration"))
    return out


_FROM_TO_OPENING = re.compile(
    rf"\s*(?:\(?[a-z0-9ivx]{{1,4}}\)\.?\s*)?(?:(?:for|during)\s+the\s+period\s+)?"
    rf"(?:from\s+(?P<d1>{DATE})\s+(?:to|through|until)|between\s+(?P<b1>{DATE})\s+and)\s+"
    rf"(?P<d2>{DATE})\s*,",
    re.IGNORECASE,
)


# "was repaid during the period from August 6, 2019 to December 31, 2019": "during" says the
# span is when the flow happened, wherever it stands; "for (the|a) period from" inside a
# sentence stays a term ("bears interest at 2.5% for the period from ...", "a minimum cash
# balance of $5 million for the period from May 15, 2013 through August 31, 2013")
_DURING_FROM_TO = re.compile(
    rf"\bduring\s+the\s+period\s+from\s+(?P<d1>{DATE})\s+(?:to|through|until)\s+"
    rf"(?P<d2>{DATE})",
    re.IGNORECASE,
)


def _span_phrase(m: re.Match[str]) -> PeriodPhrase | None:
    """The duration between a match's two dates (`d1` or, after "between", `b1`; `d2`): the
    months between them, ending on the second; None when they do not read or do not rise."""
    one = "d1" if m.group("d1") else "b1"
    first, last = parse_date(m.group(one)), parse_date(m.group("d2"))
    if first is None or last is None or last <= first:
        return None
    days = (date.fromisoformat(last) - date.fromisoformat(first)).days + 1
    return PeriodPhrase(m.start(one), m.end("d2"), (f"P{max(1, round(days / 30.44))}M/{last}",),
                        "duration")


def _from_to_opening(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """"From January 27, 2025 through February 21, 2025, we repurchased ..." or "Between
    January 1, 2024 and February 28, 2024, the Company received ...": a span opening the
    sentence is its period (one period, not its two dates), the months between the two
    dates ending on the second, as is one "during the period from ... to ..." anywhere (a
    term "from ... to ..." inside a sentence, "at 2% for the period from ...", stays none)."""
    lower = text.lower()
    m = _FROM_TO_OPENING.match(text) if "from" in lower[:40] or "between" in lower[:40] \
        else None
    found = [m] if m else []
    if "during the period from" in lower:
        found += [d for d in _DURING_FROM_TO.finditer(text) if m is None or d.start() >= m.end()]
    spans = [s for s in map(_span_phrase, found) if s is not None]
    if not spans:
        return phrases
    kept = [p for p in phrases if all(p.end <= s.start or p.start >= s.end for s in spans)]
    return sorted(kept + spans, key=lambda p: p.start)
