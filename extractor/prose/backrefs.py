"""Period phrases that name their periods by pointing at dates named elsewhere: "the six
months then ended" (that length, ending on the dates named before it), "year-to-date" (the
interim page's length), "in the prior-year period", "a year earlier", "at the previous year
end" (what was named before, a year back) and "as of the same dates" (the balance dates of
this sentence or the one before). Pure functions over a sentence and the phrases already read
in it."""

from __future__ import annotations

import re

from extractor.periods import PeriodPhrase
from extractor.weekyears import same_end_in

N_MONTHS = r"(?:three|six|nine|twelve|\d{1,2})[- ]months?"
# "as of June 30, 2024 and 2023 and for the six months then ended", "..., and $6.0 million
# for the nine months then ended": the length it names, ending on the dates named before it
_THEN_ENDED = re.compile(
    rf"(?=[idf])\b(?:in|during|for)\s+(?:each\s+of\s+)?the\s+(?:(?P<n>{N_MONTHS}|"
    r"(?:three|six|nine|twelve|\d{1,2})-month)|(?P<what>years?|quarters?|fiscal\s+years?)|"
    # "the thirty-nine weeks then ended": a 52/53-week year's quarters, three months each
    r"(?P<weeks>thirteen|twenty[- ]six|thirty[- ]nine|fifty[- ]two|13|26|39|52)[- ]weeks?)\s+"
    r"(?:periods?\s+)?then\s+ended\b",
    re.IGNORECASE,
)
# "compared with $1.1 million in the prior year", "... in the prior-year period": the
# sentence's one duration before it, a year back
_PRIOR_YEAR = re.compile(
    r"(?=[idf])\b(?:in|during|for)\s+the\s+(?:"
    r"(?:(?:comparable|corresponding|same)\s+)?(?:prior|previous|preceding)[- ]"
    r"(?:fiscal[- ])?year(?:[- ](?:period|quarter)(?P<many>s)?)?(?!\s+(?:ended|ending|of|in)\b)|"
    # "in the year-ago period", "in the comparable year-ago quarter"
    r"(?:(?:comparable|corresponding|same)\s+)?year[- ]ago\s+(?:period|quarter)(?P<many2>s)?|"
    # "in the comparable period of the prior year", "for the same period last year"
    r"(?:comparable|corresponding|same)\s+(?:period|quarter)\s+(?:(?:of|in)\s+the\s+"
    r"(?:prior|previous|preceding)\s+(?:fiscal\s+)?year|last\s+year|"
    r"a\s+year\s+(?:ago|earlier)))\b",
    re.IGNORECASE,
)
# "$9.7 million at December 31, 2025 and $8.8 million a year earlier": the one date (or
# duration) before it, a year back
_YEAR_EARLIER = re.compile(r"(?=[ao])\b(?:a|one)\s+year\s+(?:earlier|before|ago)\b",
                           re.IGNORECASE)
# "... at December 31, 2024, compared to $ million at the previous year end": the balance date
# before it, a year back
_PRIOR_YEAR_END = re.compile(
    r"(?=[ao])\b(?:at|as\s+of)\s+the\s+(?:end\s+of\s+the\s+(?:previous|prior|preceding)\s+"
    r"(?:fiscal\s+)?year|(?:previous|prior|preceding)\s+(?:fiscal\s+)?year[- ]end)\b",
    re.IGNORECASE)
# "$1.3 million and $0.4 million year-to-date": from the fiscal year's start to the dates
# named before it, or to the page's end on an interim page
_YEAR_TO_DATE = re.compile(r"(?=[yY])\b(?:year[- ]to[- ]date|YTD)\b(?![- ]+(?:basis\b))",
                           re.IGNORECASE)
# "$63.9 million and $ million on a year-to-date basis", "and on a year-to-date basis borrowings
# ... totalled": the phrase after an amount list or opening a clause (not the method of "applies
# its estimated annual rate on a year-to-date basis")
_YEAR_TO_DATE_BASIS = re.compile(
    r"(?:[\d%$]|million|thousand|billion|,|\band)\s+(?P<p>on\s+a\s+year[- ]to[- ]date\s+basis)\b")
WORD_COUNT = {"three": 3, "six": 6, "nine": 9, "twelve": 12}
_WEEKS_MONTHS = {"thirteen": 3, "twenty": 6, "thirty": 9, "fifty": 12, "13": 3, "26": 6, "39": 9,
                 "52": 12}

# ", compared to $5,000 in the prior year": where the prior year's amounts start
_COMPARED_BEFORE = re.compile(r",?\s*\b(?:compared\s+(?:to|with)|versus|as\s+against)\b[^;]*$",
                              re.IGNORECASE)

_SAME_DATES = re.compile(
    r"(?=[oa])\b(?:as\s+of|as\s+at|at|on)\s+(?:the\s+same|those|these|such|the\s+respective|both|"
    r"the\s+same\s+respective)\s+dates\b",
    re.IGNORECASE,
)


def year_to_date_phrases(text: str, phrases: list[PeriodPhrase],
                         page_period: str | None) -> list[PeriodPhrase]:
    """"year-to-date" on an interim page of six or nine months: that length, ending on the
    dates of the sentence's nearest phrase before ("for the three months ended September
    30, 2025 and 2024, ... and $1.3 million and $0.4 million year-to-date") or, with none
    before, the page's own period. Elsewhere the words say no length."""
    if "to-date" not in text.lower() and "to date" not in text.lower() and "YTD" not in text:
        return []
    if not page_period or not page_period.startswith(("P6M/", "P9M/")):
        return []
    months = page_period.split("/")[0]
    out: list[PeriodPhrase] = []
    found = [(m.start(), m.end()) for m in _YEAR_TO_DATE.finditer(text)]
    found += [m.span("p") for m in _YEAR_TO_DATE_BASIS.finditer(text)]
    for start, end in sorted(found):
        if _within(phrases, start):
            continue
        ref = next((p for p in reversed(phrases) if p.end <= start), None)
        ends = (tuple(dict.fromkeys(q.split("/")[-1] for q in ref.periods)) if ref is not None
                else (page_period.split("/")[-1],))
        out.append(PeriodPhrase(start, end, tuple(f"{months}/{e}" for e in ends), "duration"))
    return out


def same_dates_phrases(text: str, phrases: list[PeriodPhrase],
                        earlier: PeriodPhrase | None) -> list[PeriodPhrase]:
    """"were RMB and RMB23.9 million as of the same dates": the several balance dates named
    before, in this sentence or (none here) the sentence before; "during the years ended June
    30, 2025 and 2024, ..., and the balances were $612,500 and $227,500 as of those dates":
    the ends of the several periods named before in this sentence; none when no such list."""
    if "dates" not in text:
        return []
    out = []
    for m in _SAME_DATES.finditer(text):
        ref = next((p for p in reversed(phrases) if p.end <= m.start() and len(p.periods) > 1
                    and p.kind in ("instant", "duration")), earlier)
        if ref is None or len(ref.periods) < 2:
            continue
        if not any(q.startswith("P") for q in ref.periods):
            out.append(PeriodPhrase(m.start(), m.end(), ref.periods, "instant"))
        elif ref is not earlier and all(q.startswith("P") for q in ref.periods):
            ends = tuple(dict.fromkeys(q.split("/")[-1] for q in ref.periods))
            if len(ends) > 1:
                out.append(PeriodPhrase(m.start(), m.end(), ends, "instant"))
    return out


def then_ended_phrases(text: str, phrases: list[PeriodPhrase]) -> list[PeriodPhrase]:
    """"the six months then ended", "the years then ended": periods of the length named that
    end on the dates of the sentence's nearest phrase before. None where no phrase before
    gives the dates."""
    if "then ended" not in text.lower():
        return []
    out: list[PeriodPhrase] = []
    for m in _THEN_ENDED.finditer(text):
        ref = next((p for p in reversed(phrases) if p.end <= m.start()), None)
        if ref is None or _within(phrases, m.start()):
            continue
        n, what = m.group("n"), (m.group("what") or "").lower()
        weeks = m.group("weeks")
        months = (WORD_COUNT.get(n.split()[0].split("-")[0].lower()) or int(re.sub(r"\D", "", n))
                  if n else _WEEKS_MONTHS[re.split(r"[- ]", weeks.lower())[0]] if weeks
                  else (3 if what.startswith("quarter") else 12))
        ends = tuple(dict.fromkeys(q.split("/")[-1] for q in ref.periods))
        out.append(PeriodPhrase(m.start(), m.end(), tuple(f"P{months}M/{e}" for e in ends),
                                "duration"))
    return out


# "used cash of $6.4 million during the nine-month period": a length named with no end, of a
# sentence or page that names a period of that length ("the nine-month period ended" is a
# phrase of its own)
_NAMED_LENGTH = re.compile(
    r"(?=[idf])\b(?:in|during|for)\s+the\s+(?P<n>three|six|nine|twelve)[- ]month\s+period\b"
    # ("the three-month period in 2015" is dated by its year)
    r"(?!\s+(?:end|then)|-|\s+(?:in|of)\s+(?:fiscal\s+)?(?:19|20)\d\d)", re.IGNORECASE)


def named_length_phrases(text: str, phrases: list[PeriodPhrase],
                         page_period: str | None) -> list[PeriodPhrase]:
    """"during the nine-month period" with no end date: the first period of that length the
    sentence names before it ("For the three and nine months ended September 30, 2025, ...")
    or, with none, the page's own period when it is of that length."""
    if "month period" not in text.lower():
        return []
    out: list[PeriodPhrase] = []
    for m in _NAMED_LENGTH.finditer(text):
        if _within(phrases, m.start()):
            continue
        length = f"P{WORD_COUNT[m.group('n').lower()]}M/"
        named = [q for p in phrases if p.end <= m.start() for q in p.periods
                 if q.startswith(length)]
        if named:
            out.append(PeriodPhrase(m.start(), m.end(), (named[0],), "duration"))
        elif page_period and page_period.startswith(length):
            out.append(PeriodPhrase(m.start(), m.end(), (page_period,), "duration"))
    return out


def year_back_phrases(text: str, phrases: list[PeriodPhrase],
                      page_period: str | None = None) -> list[PeriodPhrase]:
    """Phrases that name the period a year before one named earlier in the sentence: "a year
    earlier" / "a year ago" (the one date or duration before it), "at the previous year end"
    (the balance date before it) and "in the prior year" (the one duration before it; with
    none before, after "compared to" on a page of a duration, the page's period a year back,
    and the page's own period for the amounts before "compared")."""
    low = text.lower()
    if "prior" not in low and "previous" not in low and "preceding" not in low \
            and "year ago" not in low and "year-ago" not in low and "last year" not in low \
            and "year earlier" not in low and "year before" not in low:
        return []
    out: list[PeriodPhrase] = []
    for m in _YEAR_EARLIER.finditer(text) if "year" in low else ():
        ref = next((p for p in reversed(phrases) if p.end <= m.start()), None)
        if ref is None or len(ref.periods) != 1 or _within(phrases, m.start()):
            continue
        out.append(PeriodPhrase(m.start(), m.end(), (_year_back(ref.periods[0]),), ref.kind))
    for m in _PRIOR_YEAR_END.finditer(text) if "year" in low else ():
        ref = next((p for p in reversed(phrases) if p.end <= m.start() and p.kind == "instant"
                    and len(p.periods) == 1), None)
        if ref is not None and not _within(phrases, m.start()):
            out.append(PeriodPhrase(m.start(), m.end(), (_year_back(ref.periods[0]),),
                                    "instant"))
    for m in _PRIOR_YEAR.finditer(text):
        before = [p for p in phrases if p.end <= m.start()]
        if _within(phrases, m.start()):
            continue
        if not before and page_period and page_period.startswith("P"):
            # "Rent expense was $4,000, compared to $5,000 in the prior year": nothing dates the
            # sentence but the page, whose period the amounts before "compared" are
            cmp = _COMPARED_BEFORE.search(text, max(0, m.start() - 60), m.start())
            if cmp is None:
                continue
            out.append(PeriodPhrase(cmp.start(), cmp.start(), (page_period,), "duration"))
            before = [out[-1]]
        # ("in the comparable prior-year periods": each of the several periods before, a year
        # back)
        many = bool(m.group("many") or m.group("many2"))
        if not before or before[-1].kind != "duration" or (
                len(before[-1].periods) != 1 and not many):
            continue
        out.append(PeriodPhrase(m.start(), m.end(),
                                tuple(_year_back(p) for p in before[-1].periods), "duration"))
    return out


def _year_back(period: str) -> str:
    """A period (an instant, or "P6M/..." a duration) ending a year earlier: on the same
    month-end, or on a 52/53-week calendar by its weekday rule ("Jun. 28, 2025" -> "Jun. 29,
    2024")."""
    end = period.split("/")[-1]
    return period[: -len(end)] + same_end_in(end, int(end[:4]) - 1)


def _within(phrases: list[PeriodPhrase], at: int) -> bool:
    """Whether `at` stands inside one of the phrases already read."""
    return any(p.start <= at < p.end for p in phrases)
