"""Amount tokens: currency marks, digits, scale words, negatives, nil, ranges, blank slots.

`find_amounts` scans a stretch of prose and returns every amount it states and every slot the
viewer left empty (a currency mark or scale word with no number, "( )"), each with offsets into
the text it was given. All patterns are linear: no nested quantifiers, so long runs of digits,
commas or spaces cannot make them backtrack.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from extractor.number_words import WORD_AMOUNT, WORD_NUMBER, unit_of, word_value
from extractor.vocabulary import (
    COMMON_CURRENCY,
    CURRENCIES,
    CURRENCY,
    MARKS,
    SCALE,
    SCALE_WORDS,
    YEN,
)


def currency_code(mark: str, yen: str = "CNY") -> str | None:
    """ISO 4217 code of a currency mark ('RMB' -> 'CNY', 'US$' -> 'USD', '¥' -> yen)."""
    mark = mark.strip()
    if mark == YEN or mark.startswith(YEN):
        return yen
    if mark in CURRENCIES:
        return CURRENCIES[mark]
    m = re.match(r"([A-Z]{3})\b", mark)
    if m:
        return CURRENCIES.get(m.group(1), m.group(1))
    for k in MARKS:
        if k != YEN and mark.startswith(k) and len(k) > 1:
            return CURRENCIES[k]
    if "$" in mark:
        return "USD"
    return None


NUMBER = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"


def normalize_number(raw: str, negative: bool = False) -> str:
    """'1,400' -> '1400'; '(81,247' with negative=True -> '-81247'; '3.50' stays '3.50'."""
    digits = raw.replace(",", "").replace(" ", "")
    if digits.startswith("."):
        digits = "0" + digits
    if negative and digits.strip("0.") != "":
        return "-" + digits
    return digits


@dataclass(frozen=True)
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
    kind: str = "money"
    """money | percent | share | per_share | year | month | count | zero"""
    token_start: int = -1
    """Start of the whole token, currency mark included."""
    token_end: int = -1
    """End of the whole token, scale word and unit word included."""
    explicit_unit: bool = False
    """True when the token itself carries its unit (a mark, %, a unit word)."""

    def with_unit(self, unit: str | None, scale: int | None = None) -> Amount:
        return replace(self, unit=unit, scale=self.scale if scale is None else scale)


_AMOUNT_RE = re.compile(
    rf"""
    (?P<open>\((?=\d))?                              # "(3.88)"; "(US$4)" is a twin
    (?:(?P<cur>{CURRENCY})\s?(?P<open2>\()?\s?)?      # currency before: "RMB 99", "$(3.88)"
    (?P<num>{NUMBER}|(?<=[$¥€£])\.\d+(?![\d.,]))       # "$.45"
    (?P<close>\s?\))?
    (?:\s?(?P<scale>{SCALE}))?
    (?:\s?(?P<pct>%|percent\b|per\s?cent\b))?
    """,
    re.VERBOSE,
)
_NIL_RE = re.compile(rf"(?<![\w$])(?:(?P<cur>{COMMON_CURRENCY})\s?)?(?P<nil>nil)\b", re.IGNORECASE)
# A currency mark or scale word with no number: what the viewer leaves of a dropped amount.
_EMPTY_MARK_RE = re.compile(
    rf"(?P<cur>{CURRENCY})(?P<sp>\s?)(?P<scale>{SCALE})?(?=\s*(?:[,.;)]|(?:and|or|as|were|was|"
    rf"for|in|of|respectively|per|which|to|from|during|is|are|each|(?:approximately|equivalent))\b|\(|$))"
)
_GLUED_SCALE_RE = re.compile(
    rf"(?<![\d\s])(?P<scale>{SCALE})|(?<=\s)(?P<scale2>million|billion)"
    rf"(?=\s*[,.;]|\s+(?:and|shares|ordinary|of|for|was|were|in|compensation|respectively)\b)"
)
_EMPTY_PCT_RE = re.compile(r"(?<![\d\s.])\s?%|(?<=\s)%|(?<=\ba)%")
_EMPTY_PAREN_RE = re.compile(r"\(\s\)")
_UNIT_AFTER = re.compile(
    r"\s?-?\s?(?P<w>years?|months?|(?:(?:ordinary|common|restricted|preferred|fully[\s-]vested|"
    r"treasury|class [ab])\s+){0,3}shares?\b|per\s+share|days?|weeks?|employees?)",
    re.IGNORECASE,
)
_RANGE_SEP = re.compile(r"\s?(?:-|–|—|to)\s?")
# Not amounts: "Note 13", "ASC 326", "Level 3", list markers "(a)", footnote marks "[1]".
_REFERENCE_BEFORE = re.compile(
    r"(?:\b(?:Note|Notes|NOTE|ASC|ASU|Topic|Level|Section|Article|Rule|Item|Phase|Tier|Form|"
    r"Schedule|No\.|Nos\.|Regulation|Step|Exhibit|Appendix|IFRS|IAS|SFAS|FASB)\s?|[A-Z]{2,}-?|\[)$"
)


def find_amounts(text: str, yen: str = "CNY") -> list[Amount]:
    """Every amount and blank slot in `text`, in text order.

    Years and dates are the caller's to exclude (it knows where the period phrases are);
    references ("Note 13", "ASC 326"), footnote marks and list markers are left out here.
    """
    out: list[Amount] = []
    for m in _AMOUNT_RE.finditer(text):
        a = _amount_from_match(text, m, yen)
        if a is not None:
            out.append(a)
    out = _join_ranges(text, out)
    out = _with_word_amounts(text, out)
    for m in _NIL_RE.finditer(text):
        unit = currency_code(m.group("cur"), yen) if m.group("cur") else None
        out.append(
            Amount(
                m.start("nil"),
                m.end("nil"),
                "0",
                unit,
                0,
                kind="zero",
                token_start=m.start(),
                token_end=m.end(),
                explicit_unit=unit is not None,
            )
        )
    slots = find_empty_slots(text, out, yen)
    ranged = [(b.token_start, b.token_end) for b in slots if b.value_max is not None]
    if ranged:  # "of to eight years": the high end belongs to the blank's range
        out = [a for a in out if not any(s <= a.start < e for s, e in ranged)]
    out.extend(slots)
    out.sort(key=lambda a: (a.start, a.end))
    return out


def _restates(text: str, paren: int) -> bool:
    """Whether a "(" follows words that already stated a percentage ("two percent (2%)")."""
    return bool(re.search(r"(?:percent|per\s?cent|%)\s*(?:per\s+annum\s*)?$",
                          text[max(0, paren - 30) : paren], re.IGNORECASE))


def _with_word_amounts(text: str, amounts: list[Amount]) -> list[Amount]:
    """Add numbers in words ("two percent", "three to 12 years"); a word range replaces the
    digit token of its high end."""
    found: list[Amount] = []
    for m in WORD_AMOUNT.finditer(text):
        low = word_value(m.group("low"))
        high = word_value(m.group("high")) if m.group("high") else None
        if low is None or (m.group("high") and high is None):
            continue
        unit = unit_of(m.group("unit"))
        found.append(
            Amount(
                start=m.start("low"),
                end=m.end("low"),
                value=str(low),
                unit=unit,
                scale=0,
                value_max=str(high) if high is not None and high > low else None,
                kind="percent" if unit == "percent" else unit,
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
    num = m.group("num")
    s = m.start("num")
    cur = m.group("cur")
    before = text[max(0, (m.start("cur") if cur else s) - 12) : (m.start("cur") if cur else s)]
    if not cur:
        # Digits glued to letters ("ASC326", "R54") are names, except after a currency mark.
        if s > 0 and (text[s - 1].isalpha() and text[s - 1].isupper()):
            return None
        if s > 1 and text[s - 1] in "./" and text[s - 2].isdigit():
            return None
        if s > 4 and text[s - 1] == "-" and re.match(r"(?:19|20)\d\d$", text[s - 5 : s - 1]):
            return None  # "2021-03": part of a date
        if _REFERENCE_BEFORE.search(before.rstrip(" ") if before.endswith(" ") else before):
            return None
    # A list marker or footnote number: "(1)", "(2)" with no currency, or "[1]".
    opened = bool(m.group("open") or m.group("open2"))
    closed = bool(m.group("close"))
    if not cur and opened and closed and "." not in num and "," not in num and len(num) <= 2:
        return None
    if s > 0 and text[s - 1] == "[":
        return None
    if not cur and not opened and closed and len(num) <= 2 and (s == 0 or text[s - 1] in " \n"):
        return None  # "represented 1) prepayment": a list marker
    pct = m.group("pct")
    scale_word = m.group("scale")
    scale = SCALE_WORDS[scale_word.lower()] if scale_word else 0
    negative = opened and (closed or _closes_later(text, m.end()))
    if negative and pct and not closed and m.group("open") and _restates(text, m.start()):
        # "two percent per annum (2.0%)": a restatement in parentheses, not a negative.
        negative, opened = False, False
    unit = currency_code(cur, yen) if cur else None
    kind = "money" if cur else "count"
    end = m.end()
    explicit = cur is not None
    if pct:
        unit, kind, explicit = "percent", "percent", True
    else:
        u = _UNIT_AFTER.match(text, m.end())
        if u:
            w = u.group("w").lower()
            if w.startswith("year"):
                unit, kind = "year", "year"
            elif w.startswith("month"):
                unit, kind = "month", "month"
            elif w.startswith("per"):
                kind = "per_share"
            elif w.startswith(("day", "week")):
                kind = "days"
            elif "share" in w:
                unit, kind = "share", "share"
            elif w.startswith("employee"):
                kind = "count"
            if kind != "per_share" or unit is None:
                explicit = explicit or unit is not None
            end = u.end()
    start = (
        s if not opened else m.start("open") if m.group("open") else
        m.start("open2") if m.group("open2") else s
    )
    num_end = m.end("close") if closed else m.end("num")
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


def _closes_later(text: str, pos: int) -> bool:
    """A negative whose ")" the viewer moved to the next line or cell: "(81,247\\n|)"."""
    m = re.match(r"[\s|]{0,12}\)", text[pos : pos + 14])
    return m is not None


def _join_ranges(text: str, amounts: list[Amount]) -> list[Amount]:
    """'3-5 years', '4-7 year', '$9,479 to $9,625', '5% to 10%' -> one amount with a max."""
    out: list[Amount] = []
    i = 0
    while i < len(amounts):
        a = amounts[i]
        if i + 1 < len(amounts):
            b = amounts[i + 1]
            gap = text[a.end : b.token_start if b.token_start >= 0 else b.start]
            if (
                _RANGE_SEP.fullmatch(gap)
                and a.value is not None
                and b.value is not None
                and not a.value.startswith("-")
                and (
                    a.kind == b.kind or a.kind == "count" or (a.unit is None and b.unit is not None)
                )
                and b.kind in ("year", "month", "percent", "money", "share", "days", "count")
            ):
                unit = b.unit or a.unit
                out.append(
                    replace(
                        a,
                        end=b.end,
                        value_max=b.value,
                        unit=unit,
                        kind=b.kind,
                        scale=max(a.scale, b.scale),
                        token_end=b.token_end,
                        explicit_unit=a.explicit_unit or b.explicit_unit,
                    )
                )
                i += 2
                continue
        out.append(a)
        i += 1
    return out


# A share count the viewer dropped: "an additional shares", "acquireshares", "totalled and
# shares" (the first slot, before "and", is the alignment's to find), "issuedand restricted
# stock units".
_DROPPED_SHARE_COUNTS = (
    re.compile(r"\ban?\s+(?:additional|aggregate of|total of)(?P<w>\s+)shares\b"),
    re.compile(
        r"(?:\b(?:totaled|totalled|totaling|totalling|were|was|are|is|of|issued|granted|"
        r"purchased|repurchased|sold|acquired|approximately)\s+|[a-z]{3,}ed)and(?P<w>\s+)"
        r"(?:(?:ordinary|common|restricted|preferred)\s+)*(?:shares|stock\s+units|options|"
        r"warrants)\b"
    ),
    re.compile(
        r"\b(?:acquire|acquired|issue|issued|purchase|purchased|repurchased|sell|sold|grant|"
        r"granted|hold|held|own|owned|subscribe|subscribed|transfer|transferred)(?P<w>)shares\b"
    ),
)


_DROPPED_BEFORE_STOP = re.compile(
    r"\b(?:amount|balance|expenses?|revenues?|costs?|loss|income|fees?|price|value|payable|"
    r"receivables?|proceeds|payments?|total)\b[^.;]{0,60}?\b(?:was|were|totaled|totalled|"
    r"amounted to|approximately)(?P<w>)\s*\.(?=\s|$)",
    re.IGNORECASE,
)
_LOW_END_DROPPED = re.compile(
    rf"\b(?:of|from|between|over)(?P<w>)\s+to\s+(?P<high>\d+|{WORD_NUMBER})\s*-?\s*"
    rf"(?P<unit>years?|months?)\b",
    re.IGNORECASE,
)


def find_empty_slots(text: str, amounts: list[Amount], yen: str = "CNY") -> list[Amount]:
    """Blank slots the viewer left: a mark or scale word with no number, "( )", a lone "%".

    Slots made only of separators ("of , RMB34") are found by the alignment step, which knows
    how many amounts the list should hold.
    """
    # A mask of the characters already taken by a token keeps every check O(1), so a text of
    # a million marks is still read in one pass.
    covered = bytearray(len(text) + 1)

    def cover(start: int, end: int) -> None:
        covered[start:end] = b"\x01" * (end - start)

    def free(p: int) -> bool:
        return not covered[p]

    for a in amounts:
        cover(a.token_start, a.token_end)
    out: list[Amount] = []

    def slot(
        pos: int,
        unit: str | None,
        scale: int,
        kind: str,
        token: tuple[int, int],
        explicit: bool = False,
    ) -> None:
        out.append(
            Amount(
                pos,
                pos,
                None,
                unit,
                scale,
                blank=True,
                kind=kind,
                token_start=token[0],
                token_end=token[1],
                explicit_unit=explicit,
            )
        )
        cover(*token)

    for m in _EMPTY_MARK_RE.finditer(text):
        if not free(m.start()):
            continue
        if m.group("scale") and re.search(r"\bin\s*$", text[max(0, m.start() - 4) : m.start()]):
            continue  # "(in US$ thousands)": a statement of scale, not a dropped amount
        cur = m.group("cur")
        if cur in ("RM", "$") and m.group("scale") is None:
            # "$" alone before a word is too weak a sign ("RM" can be a word); need a scale or
            # a separator right after it.
            nxt = text[m.end() : m.end() + 2]
            if not re.match(r"\s?[,.;)]|\s?$", nxt) and not text[
                m.end() : m.end() + 12
            ].lstrip().startswith(("and", "as", "were", "was", "per")):
                continue
        if cur.isalpha() and m.start() > 0 and text[m.start() - 1].isalpha() and cur != "RMB":
            continue
        scale = SCALE_WORDS[m.group("scale").lower()] if m.group("scale") else 0
        after = _UNIT_AFTER.match(text, m.end())
        kind = "per_share" if after and after.group("w").lower().startswith("per") else "money"
        slot(m.end("cur"), currency_code(cur, yen), scale, kind, m.span(), explicit=True)
    for m in _GLUED_SCALE_RE.finditer(text):
        g = "scale" if m.group("scale") else "scale2"
        if not free(m.start(g)):
            continue
        if g == "scale" and not text[max(0, m.start(g) - 1) : m.start(g)].isalpha():
            continue
        pos = m.start(g) if g == "scale" else m.start(g) - 1
        after = _UNIT_AFTER.match(text, m.end(g))
        shares = bool(after and "share" in after.group("w").lower())
        slot(
            pos,
            "share" if shares else None,
            SCALE_WORDS[m.group(g).lower()],
            "share" if shares else "money",
            (m.start(g), m.end(g)),
        )
    for m in _EMPTY_PCT_RE.finditer(text):
        if not free(m.start()) or not free(m.end() - 1):
            continue
        pos = m.start()
        # The slot sits right after the word before the mark: "a %" -> after "a".
        while pos > 0 and text[pos - 1] == " ":
            pos -= 1
        slot(pos, "percent", 0, "percent", (pos, m.end()), explicit=True)
    for m in _EMPTY_PAREN_RE.finditer(text):
        slot(m.start() + 1, None, 0, "money", m.span())
    for pattern in _DROPPED_SHARE_COUNTS:
        for m in pattern.finditer(text):
            if free(m.start("w")):
                slot(m.start("w"), "share", 0, "share", (m.start("w"), m.end()), explicit=True)
    for m in _DROPPED_BEFORE_STOP.finditer(text):
        if free(m.start("w")):
            slot(m.start("w"), None, 0, "money", (m.start("w"), m.start("w")))
    for m in _LOW_END_DROPPED.finditer(text):
        # "useful lives of to eight years": a range whose low end the viewer dropped.
        high = word_value(m.group("high"))
        if free(m.start("w")) and high is not None:
            out.append(Amount(
                m.start("w"), m.start("w"), None, unit_of(m.group("unit")), 0, blank=True,
                value_max=str(high), kind=unit_of(m.group("unit")),
                token_start=m.start("w"), token_end=m.end(), explicit_unit=True,
            ))
            cover(m.start("w"), m.end())
    for m in re.finditer(r"(?<=[a-z])(?P<w>per share)\b", text):
        if free(m.start("w")):
            slot(m.start("w"), None, 0, "per_share", (m.start("w"), m.end()))
    return out
