"""Amount tokens: currency marks, digits, scale words, negatives, nil, ranges, blank slots.

`find_amounts` scans a stretch of prose and returns every amount it states and every slot the
viewer left empty (a currency mark or scale word with no number, "( )"), each with offsets into
the text it was given. All patterns are linear: no nested quantifiers, so long runs of digits,
commas or spaces cannot make them backtrack.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Literal

from extractor.casefold import MEMO_CHARS, folded, has_any
from extractor.number_words import WORD_AMOUNT, WORD_NUMBER, unit_of, word_value
from extractor.vocabulary import (
    CELL_ONLY_MARKS,
    CURRENCIES,
    CURRENCY,
    CURRENCY_INITIALS,
    CURRENCY_NAME_AFTER,
    MARKS,
    MONTH,
    SCALE,
    SCALE_WORDS,
    YEN,
    named_currency,
)

_CODE_MARK = re.compile(r"([A-Z]{3})\b")


def currency_code(mark: str, yen: str = "CNY") -> str | None:
    """ISO 4217 code of a currency mark ('RMB' -> 'CNY', 'US$' -> 'USD', '¥' -> yen)."""
    mark = mark.strip()
    if mark == YEN or mark.startswith(YEN):
        return yen
    if mark in CURRENCIES:
        return CURRENCIES[mark]
    if mark in CELL_ONLY_MARKS:  # "W" alone in a cell (cells.is_mark reads it nowhere else)
        return CELL_ONLY_MARKS[mark]
    m = _CODE_MARK.match(mark)
    if m:
        return CURRENCIES.get(m.group(1), m.group(1))
    for k in MARKS:
        if k != YEN and mark.startswith(k) and len(k) > 1:
            return CURRENCIES[k]
    if "$" in mark:
        return "USD"
    return None


NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def ascii_digits(s: str) -> str:
    """Other scripts' digits as ASCII ("１２" -> "12", "𝟑" -> "3"): regex "\\d" matches them,
    and the contract's amount is an ASCII decimal."""
    if s.isascii():
        return s
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in s)


def normalize_number(raw: str, negative: bool = False) -> str:
    """'1,400' -> '1400'; '(81,247' with negative=True -> '-81247'; '3.50' stays '3.50'."""
    digits = raw.replace(",", "").replace(" ", "")
    digits = ascii_digits(digits)
    if digits.startswith("."):
        digits = "0" + digits
    if negative and digits.strip("0.") != "":
        return "-" + digits
    return digits


AmountKind = Literal[
    "money", "percent", "share", "per_share", "year", "month", "days", "count", "zero"
]
"""What an amount counts: money, a rate, shares, a per-share price, a term, a count, or a nil."""


@dataclass(frozen=True, slots=True)
class Amount:
    """One amount or blank slot found in text; offsets are into the scanned text."""

    start: int
    """Start of the amount's own characters (sign/parenthesis and digits); slot position for
    a blank."""
    end: int
    value: str | None
    unit: str | None
    scale: int
    blank: bool = False
    value_max: str | None = None
    kind: AmountKind = "money"
    token_start: int = -1
    """Start of the whole token, currency mark included."""
    token_end: int = -1
    """End of the whole token, scale word and unit word included."""
    explicit_unit: bool = False
    """True when the token itself carries its unit (a mark, %, a unit word)."""

    def with_unit(self, unit: str | None, scale: int | None = None) -> Amount:
        return replace(self, unit=unit, scale=self.scale if scale is None else scale)


# Each pattern opens with a lookahead on the characters a match can begin with: the same
# matches, found about five times as fast.
_AMOUNT_RE = re.compile(
    rf"""
    (?=[(\d.]|{CURRENCY_INITIALS})
    (?P<open>\((?=\d))?                              # "(3.88)"; "(US$4)" is a twin
    (?:(?P<cur>{CURRENCY})\s?(?P<open2>\()?\s?)?      # currency before: "RMB 99", "$(3.88)"
    (?!(?<!\d)(?:19|20)\d\d\s?:|(?<=\d))                # "HK$ (2022: HK$ )": a year, no amount
    (?P<num>{NUMBER}|(?<=[$¥€£])\.\d+(?![\d.,]))       # "$.45"
    (?P<close>\s?\))?
    (?:\s?(?P<scale>{SCALE}))?
    (?:\s?(?P<pct>%|percent\b|per\s?cent\b))?
    """,
    re.VERBOSE,
)
UNIT_AFTER = re.compile(
    # ("$387,150 year-to-date", "$2.1 million year-end balance": money, no term in years)
    r"\s?-?\s?(?P<w>years?(?![-\s]+(?:to[-\s]+date|end|over)\b)|months?|(?:(?:ordinary|common|restricted|preferred|fully[\s-]vested|"
    r"treasury|additional|class [ab])\s+){0,3}shares?\b|per\s+(?:share|ADS|option|warrant)\b|"
    # "$0.0001 par value (per share)": a price per share, as "par value $0.0001 per share" is
    r"par\s+value(?:\s+per\s+share)?\b|"
    r"days?|weeks?|employees?)",
    re.IGNORECASE,
)
# Not amounts: "Note 13", "ASC 326", "Level 3", list markers "(a)", footnote marks "[1]".
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:Note|Notes|NOTE|ASC|ASU|Topic|Subtopic|Level|Section|Article|Rule|Item|Phase|Tier|Form|"
    r"Schedule|No\.|Nos\.|Regulation|Step|Exhibit|Appendix|IFRS|IAS|SFAS|FASB)\s?|[A-Z]{2,}-?|\[)$"
)


def find_amounts(text: str, yen: str = "CNY") -> list[Amount]:
    """Every amount and blank slot in `text`, in text order.

    Years and dates are the caller's to exclude (it knows where the period phrases are);
    references ("Note 13", "ASC 326"), footnote marks and list markers are left out here.
    Kept by content (a fresh list each call): sentences and row labels recur across notes.
    """
    return list(_amounts(text, yen) if len(text) <= MEMO_CHARS else _scan_amounts(text, yen))


def _scan_amounts(text: str, yen: str) -> tuple[Amount, ...]:
    out: list[Amount] = []
    for m in _AMOUNT_RE.finditer(text):
        a = _amount_from_match(text, m, yen)
        if a is not None:
            out.append(a)
    # "(2022: HK$ 3)": the comparative's year, never an amount (nor a negative one)
    out = [a for a in out if not _COMPARATIVE_YEAR.match(text, a.token_start, a.token_end + 2)]
    from extractor.ranges import join_ranges  # ranges builds on Amount: import late

    out = join_ranges(text, out)
    out = _with_word_amounts(text, out)
    from extractor.nilwords import nil_amounts  # nilwords builds on Amount: import late

    out.extend(nil_amounts(text, yen))
    from extractor.blanks import find_empty_slots  # blanks builds on Amount: import late

    slots = find_empty_slots(text, out, yen)
    ranged = [(b.token_start, b.token_end) for b in slots if b.value_max is not None]
    if ranged:  # "of to eight years": the high end belongs to the blank's range
        out = [a for a in out if not any(s <= a.start < e for s, e in ranged)]
    out.extend(slots)
    out.sort(key=lambda a: (a.start, a.end))
    return tuple(out)


_amounts = lru_cache(maxsize=4096)(_scan_amounts)


_COMPARATIVE_YEAR = re.compile(r"[^(]{0,6}\(\s?(?:19|20)\d\d\s?:")


_PERCENT_BEFORE = re.compile(r"(?:percent|per\s?cent|%)\s*(?:per\s+annum\s*)?$", re.IGNORECASE)


_SPELLED_BEFORE = re.compile(
    rf"(?i)\b(?:{WORD_NUMBER}|hundred|thousand|million|billion)\s*$"
)


def _restates(text: str, m: re.Match[str]) -> bool:
    """Whether a "(" opens digits that restate the words before it: a percentage ("two percent
    per annum (2.0%)") or a number in words ("Four Hundred Thousand (400,000) shares")."""
    paren = m.start()
    pct_in_parens = m.group("pct") and not m.group("close") and m.group("open")
    if pct_in_parens and _PERCENT_BEFORE.search(text[max(0, paren - 30) : paren]):
        return True
    return _SPELLED_BEFORE.search(text, max(0, paren - 40), paren) is not None


_UNIT_WORDS = ("cent", "year", "month")


def _with_word_amounts(text: str, amounts: list[Amount]) -> list[Amount]:
    """Add numbers in words ("two percent", "three to 12 years"); a word range replaces the
    digit token of its high end."""
    found: list[Amount] = []
    if not has_any(folded(text), _UNIT_WORDS):
        return amounts  # every WORD_AMOUNT match ends on one of these unit words
    for m in WORD_AMOUNT.finditer(text):
        low = word_value(m.group("low"))
        high = word_value(m.group("high")) if m.group("high") else None
        if low is None or (m.group("high") and high is None):
            continue
        unit = unit_of(m.group("unit"))
        kind: AmountKind = "percent" if unit == "percent" else "year" if unit == "year" else "month"
        found.append(
            Amount(
                start=m.start("low"),
                end=m.end("low"),
                value=str(low),
                unit=unit,
                scale=0,
                value_max=str(high) if high is not None and high > low else None,
                kind=kind,
                token_start=m.start(),
                token_end=m.end(),
                explicit_unit=unit == "percent",
            )
        )
    if not found:
        return amounts
    spans = [(w.token_start, w.token_end) for w in found]
    kept = [a for a in amounts if not any(s <= a.start < e for s, e in spans)]
    return sorted(kept + found, key=lambda a: (a.start, a.end))


def _amount_from_match(text: str, m: re.Match[str], yen: str) -> Amount | None:
    if _not_an_amount(text, m):
        return None
    num = m.group("num")
    opened = bool(m.group("open") or m.group("open2"))
    closed = bool(m.group("close"))
    cur = m.group("cur")
    scale_word = m.group("scale")
    scale = SCALE_WORDS[folded(scale_word)] if scale_word else 0
    outer = bool(cur) and not opened and _negative_outside_mark(text, m)
    if outer:  # "$114, $188 and ($117) in 2024, 2023 and 2022": "(" before the mark
        opened = True
    negative = opened and (closed or _closes_later(text, m.end()))
    if negative and _restates(text, m):
        negative, opened = False, False  # a restatement in parentheses, not a negative
    unit = currency_code(cur, yen) if cur else None
    kind: AmountKind = "money" if cur else "count"
    end = m.end()
    explicit = cur is not None
    if m.group("pct"):
        unit, kind, explicit = "percent", "percent", True
    elif (u := UNIT_AFTER.match(text, m.end())) and not _names_a_program(cur, m, u):
        unit, kind = _unit_word(u.group("w").lower(), unit, kind)
        if kind != "per_share" or unit is None:
            explicit = explicit or unit is not None
        end = u.end()
    elif not cur and (w := _NAMED_AFTER.match(text, m.end())) and (
            scale_word or w.group(1).lower() != "won"):  # "8,945 million yen": the unit
        unit, kind, explicit, end = named_currency(w.group(1)), "money", True, w.end()
    s = m.start("num")
    start = (
        s if not opened else m.start("open") if m.group("open") else
        m.start("open2") if m.group("open2") else m.start() - 1 if outer else s
    )
    # the ")" is the amount's only when it closes a negative ("(3.88)"), not a restatement's
    # parenthesis ("HK$18,000 (approximately $2,300)")
    num_end = m.end("close") if closed and (opened or outer) else m.end("num")
    return Amount(
        start=start,
        end=num_end,
        value=normalize_number(num, negative),
        unit=unit,
        scale=scale,
        kind=kind,
        token_start=m.start(),
        token_end=end,
        explicit_unit=explicit,
    )


_NAMED_AFTER = re.compile(rf"\s?({CURRENCY_NAME_AFTER})", re.IGNORECASE)
_BARE_YEAR = re.compile(r"(?:19|20)\d\d")


def _names_a_program(cur: str | None, m: re.Match[str], u: re.Match[str]) -> bool:
    """A bare year before a capitalised unit word is a name's year, not a count of shares:
    "the 2021 Share Repurchase Program", "under its 2019 Restricted Stock Plan"."""
    return (cur is None and _BARE_YEAR.fullmatch(m.group("num")) is not None
            and u.group("w")[:1].isupper())


def _unit_word(w: str, unit: str | None, kind: AmountKind) -> tuple[str | None, AmountKind]:
    """The unit and kind a word after the number gives ("years", "shares", "per share")."""
    if w.startswith("year"):
        return "year", "year"
    if w.startswith("month"):
        return "month", "month"
    if w.startswith("per") or (w.startswith("par") and unit is not None):
        return unit, "per_share"
    if w.startswith(("day", "week")):
        return unit, "days"
    if "share" in w:
        return "share", "share"
    if w.startswith("employee"):
        return unit, "count"
    return unit, kind


_YEAR_BEFORE_DASH = re.compile(r"(?:19|20)\d\d$")


_NAME_AFTER = re.compile(r"\(k\)|-\s*(?:or\s+\d+-)?\s*weeks?\b|/\d\d-weeks?\b", re.IGNORECASE)
# "(30 June 2024: A$ )": a day before its month name is part of a date (case kept: "10 may")
_MONTH_AFTER_DAY = re.compile(rf"\s(?={MONTH}\s+(?:19|20)\d\d\b)")


def _not_an_amount(text: str, m: re.Match[str]) -> bool:
    """Digits that are a name ("ASC326"), part of a date, a reference ("Note 13"), a list
    marker ("(1)", "1)") or a footnote mark ("[1]")."""
    num = m.group("num")
    s = m.start("num")
    cur = m.group("cur")
    before = text[max(0, (m.start("cur") if cur else s) - 12) : (m.start("cur") if cur else s)]
    if not cur:
        # Digits glued to letters ("ASC326", "R54") are names, except after a currency mark.
        if s > 0 and (text[s - 1].isalpha() and text[s - 1].isupper()):
            return True
        if s > 1 and text[s - 1] in "./" and text[s - 2].isdigit():
            return True
        if s > 4 and text[s - 1] == "-" and _YEAR_BEFORE_DASH.match(text[s - 5 : s - 1]):
            return True  # "2021-03": part of a date
        if _REFERENCE_BEFORE.search(before.rstrip(" ") if before.endswith(" ") else before):
            return True
        if _NAME_AFTER.match(text, m.end("num")) or before.lower().endswith("cv-"):
            return True  # "401(k) plan", "a 52- or 53-week year", "No. 1:19-cv-01795": names
        if len(num) <= 2 and _MONTH_AFTER_DAY.match(text, m.end("num")):
            return True
    # A list marker or footnote number: "(1)", "(2)" with no currency, or "[1]".
    opened = bool(m.group("open") or m.group("open2"))
    closed = bool(m.group("close"))
    if not cur and opened and closed and "." not in num and "," not in num and len(num) <= 2:
        return True
    if s > 0 and text[s - 1] == "[":
        return True
    if num == "000" and ((s > 0 and text[s - 1] in "'’") or text[m.end("num") :][:1] == ")"):
        return True  # "(US$’000)", "RMB'000", "($000)": a scale mark, not an amount
    # "represented 1) prepayment": a list marker
    return not cur and not opened and closed and len(num) <= 2 and (s == 0 or text[s - 1] in " \n")


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s*$")
_BEFORE_A_NEGATIVE = frozenset({
    "and", "or", "of", "was", "were", "is", "are", "be", "been", "to", "from", "by",
    "totaled", "totalled", "amounted",
})


def _negative_outside_mark(text: str, m: re.Match[str]) -> bool:
    """A "(" right before the currency mark opens a negative where a list or a verb puts an
    amount ("$204 and ($1,317) in 2024", "was ($5)", a cell "|($117)"); after an amount it
    holds the translation ("RMB29 ($4)"), after a noun an aside ("interest ($245,682)")."""
    s = m.start()
    if s == 0 or text[s - 1] != "(":
        return False
    before = text[max(0, s - 40) : s - 1].rstrip()
    if not before or before[-1] in ",;:|":
        return True
    # after a list's "and" or a verb, not after a noun: "interest ($245,682)" is an aside
    w = _WORD_BEFORE.search(before)
    return w is not None and folded(w.group(1)) in _BEFORE_A_NEGATIVE


_CLOSE_LATER = re.compile(r"[\s|]{0,12}\)")


def _closes_later(text: str, pos: int) -> bool:
    """A negative whose ")" the viewer moved to the next line or cell: "(81,247\\n|)"."""
    m = _CLOSE_LATER.match(text[pos : pos + 14])
    return m is not None
