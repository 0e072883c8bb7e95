"""Candidates: the amounts of a sentence that are facts, and the note's one currency.

`amounts.find_amounts` finds every amount token and blank slot; this drops what only looks
like an amount (dates, years, payment terms, numbered headings, counts of parties).
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractor.amounts import Amount, currency_code, find_amounts
from extractor.document import Document
from extractor.lifeterms import speaks_of_useful_lives
from extractor.number_words import WORD_NUMBER
from extractor.periods import PeriodPhrase, due_spans
from extractor.vocabulary import COMMON_CURRENCY, CURRENCY, DURATION_UNITS

_MARKED_NUMBER = re.compile(rf"({CURRENCY})\s?\(?\d")
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
# Areas and addresses are not amounts: "6,712 square feet", "444 Merrick Road", "Lighthouse 444
# Limited Partnership".
_AREA_AFTER = re.compile(
    r"\s*(?:-\s*)?(?:square\s+(?:feet|foot|meters?|metres?)|sq\.?\s*(?:ft|m)\b|acres?\b|"
    r"hectares?\b|mu\b)",
    re.I,
)
_NAME_AROUND = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){0,3}(?:Road|Street|St\.|Avenue|Ave\.?|Boulevard|Blvd\.?|Drive|Lane|"
    r"Way|Place|Plaza|Parkway|Highway|Suite|Floor|Building|Limited|LLC|LP|L\.P\.|Inc)\b"
)


# A reference number's earlier parts ("ASC 470-", "IAS 36-12-", "Subtopic 220-"): what follows
# is its next part.
_CODE_BEFORE = re.compile(r"\b(?:[A-Z]{2,6}|Subtopic|Topic|Section)\s?\d{1,4}(?:-\d{1,4})*-$")


def _useful_life_sentence(text: str) -> bool:
    """Whether a sentence states useful lives (so its years and months are facts)."""
    return speaks_of_useful_lives(text)


def fact_amounts(text: str, yen: str, phrases: list[PeriodPhrase]) -> list[Amount]:
    """The amounts and blank slots of sentence `text` that state facts."""
    lives = _useful_life_sentence(text)  # once per sentence, not per amount
    # a due date is no period phrase, but its day is no amount either: "$850 million of
    # senior notes due February 1, 2027" states no fact "1"
    due = due_spans(text)
    kept = [
        a for a in find_amounts(text, yen)
        if _is_fact(text, a, phrases, lives)
        and (a.explicit_unit or not any(s <= a.start < e for s, e in due))
    ]
    return [_life_in_list(text, a) for a in kept] if lives else kept


def _life_in_list(text: str, a: Amount) -> Amount:
    """A bare number at the head of a list of lives takes the unit its last item names
    ("useful lives of 10, 12 and five years": 10 years, 12 years)."""
    if a.unit is not None or a.kind != "count":
        return a
    m = _LIFE_LIST_AFTER.match(text, a.token_end)
    if m is None:
        return a
    if m.group().lower().rstrip().endswith("months"):
        return replace(a, unit="month", kind="month")
    return replace(a, unit="year", kind="year")


def dominant_currency(doc: Document) -> str | None:
    """The one currency a note's amounts are stated in, if it uses only one: what a bare "nil"
    in it is counted in. A mark right before a number is enough to tell; the full amount
    reader runs per sentence later."""
    marks = {m.group(1) for m in _MARKED_NUMBER.finditer(doc.body)}  # each mark read once
    found = {currency_code(mark, doc.yen) for mark in marks}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


_HEADING_STOP = re.compile(r"\.\s+[A-Z]")
_PARTY_COUNT_AFTER = re.compile(
    r"\s*(?:directors?|members?|employees?|subsidiaries|loans?|parties|times|"
    r"customers?|banks?|persons?|individuals?|entities|agreements?|th\b|st\b|"
    r"nd\b|rd\b)"
)


# A duration that names reporting periods, a part of a schedule or a horizon, not a life: "for
# each of the [three] month periods" (plural), "with the first [four] years recognizing expense
# of $488", "amortization expense for each of the next [five] years", "over the past [three]
# years".
_PERIOD_REFERENCE = re.compile(
    r"(?i)\x00\s*-?\s*(?:months?|years?)\s+periods\b|"
    r"\bthe\s+(?:first|last|next|following|past|preceding|succeeding|coming)\s+\x00"
)


def _is_fact(text: str, a: Amount, phrases: list[PeriodPhrase], lives: bool) -> bool:
    """Drop what only looks like an amount: dates, years, payment terms, numbered headings.
    `lives`: the sentence speaks of useful lives (its terms in years are facts)."""
    # (a blank's empty slot may stand right before a phrase glued to it: "andin 2023")
    if any(p.start + a.blank <= a.start < p.end for p in phrases) and not a.explicit_unit:
        return False
    if a.kind == "days":
        return False
    if a.kind in DURATION_UNITS and not lives:
        return False  # loan, lease and payment terms are not facts; useful lives are
    if a.kind in DURATION_UNITS and not a.explicit_unit and _PERIOD_REFERENCE.search(
        text[max(0, a.start - 24) : a.start] + "\x00" + text[a.end : a.end + 24]
    ):
        return False  # "for each of the three month periods", "the first four years": when
    if a.blank:
        return True
    raw = text[a.start : a.end].strip("()")
    if a.kind == "count" and not a.explicit_unit and (
        _AREA_AFTER.match(text, a.token_end) or _NAME_AROUND.match(text, a.token_end)
    ):
        return False
    years = _YEAR_ONLY.match(raw) or (
        a.value_max is not None and all(_YEAR_ONLY.match(v or "") for v in (a.value, a.value_max))
    )
    if years and not a.explicit_unit and a.scale == 0:
        return False  # "2021", "2019 to 2036": years, not amounts
    # "13. REVENUE": a numbered heading.
    if _HEADING_STOP.match(text[a.end : a.end + 3]) and (
        a.start == 0 or text[a.start - 1] == "\n"
    ):
        return False
    if a.kind == "count" and not a.explicit_unit and _numbered_title(text, a):
        return False
    if a.kind == "count" and not a.explicit_unit and _in_ratio(text, a):
        return False  # "a leverage ratio of 3.50 to 1.00": ratios are not facts (LABELLING)
    if a.kind == "count" and not a.explicit_unit and a.scale == 0:
        if _CODE_BEFORE.search(text[max(0, a.start - 24) : a.start]):
            return False  # "ASC 470-50-40": the parts of a reference number
        after = text[a.token_end : a.token_end + 25].lower()
        # Counts that only describe a party ("3 directors") or a time ("30 days") are not facts.
        if _PARTY_COUNT_AFTER.match(after):
            return False
        if _small_whole(a) and not _list_neighbour(text, a) and not (
                lives and _LIFE_LIST_AFTER.match(text, a.token_end)):
            return False
    return True


# "32 Commitments", "33. Segment Information", "| 12 Related Party Transactions": a note's
# number and its title alone on a line; the title is words only, opening with a capital.
_NUMBERED_TITLE = re.compile(
    r"\.?[ \t]+[A-Z][A-Za-z’'&()-]*(?:[ \t]+[A-Za-z’'&()-]+){0,7}[ \t]*(?:\n|$)"
)
_NUMBER_ALONE = re.compile(r"\s*\|?\s*\d{1,3}\.\s*")
_LINE_OPEN = re.compile(r"(?:^|\n)[ \t]*\|?[ \t]*$")


def _numbered_title(text: str, a: Amount) -> bool:
    """Whether a bare whole number opens a line that holds only it and a title (or, split off
    as a sentence of its own by its dot, only it: "33." before "Segment Information")."""
    raw = text[a.start : a.end]
    if _NUMBER_ALONE.fullmatch(text):
        return True
    return (
        raw.isdecimal() and len(raw) <= 3
        and _LINE_OPEN.search(text, max(0, a.start - 8), a.start) is not None
        and _NUMBERED_TITLE.match(text, a.end) is not None
    )


def _small_whole(a: Amount) -> bool:
    """A bare small whole number ("3", or a range "3-5"): read from the amount's value, since
    the token's text may be a range ("737-9", "2019 to 2036") that no int() can parse."""
    ends = [v for v in (a.value, a.value_max) if v is not None]
    whole = [v.lstrip("-") for v in ends]
    return bool(whole) and all(v.isdecimal() and v.isascii() and int(v) < 32 for v in whole)


_COMMON_MARK = re.compile(COMMON_CURRENCY)
# "useful lives of 10, 12 and five years": the first items of a list of lives, whose unit
# only its last item names
_LIFE_LIST_AFTER = re.compile(
    rf"(?:\s*,\s*(?:\d{{1,2}}|{WORD_NUMBER}))*\s*,?\s*(?:and|or)\s+(?:\d{{1,2}}|{WORD_NUMBER})\s+"
    r"(?:years|months)\b",
    re.IGNORECASE,
)


def _list_neighbour(text: str, a: Amount) -> bool:
    """Whether a bare small number sits in a list with money (so it inherits the unit)."""
    window = text[max(0, a.start - 20) : a.end + 20]
    return bool(_COMMON_MARK.search(window))


# "a maximum total net leverage ratio of 3.50 to 1.00", "a ratio of 1.25:1": both terms of a
# ratio stated against one, in a sentence that names a ratio or coverage
_RATIO_TERM_AFTER = re.compile(r"\s*(?:to|:)\s*1(?:\.0{1,2})?(?!,?\d|\.\d)")
_RATIO_TERM_BEFORE = re.compile(r"\d(?:\.\d+)?x?\s*(?:to|:)\s*$")
_RATIO_WORD = re.compile(r"(?i)\b(?:ratio|coverage|leverage)\b")


def _in_ratio(text: str, a: Amount) -> bool:
    """Whether a bare number is a term of a ratio against one ("3.50 to 1.00")."""
    if not _RATIO_WORD.search(text, max(0, a.start - 100), a.start):
        return False
    if _RATIO_TERM_AFTER.match(text, a.token_end):
        return True
    return a.value in ("1", "1.0", "1.00") and bool(
        _RATIO_TERM_BEFORE.search(text, max(0, a.start - 12), a.start))

