"""Prose label shapes where the words right before an amount do not name its measure.

- `subject_label`: "<measure> (is|are|were) [not] <participle> (in the amount of|at)
  <amount>" ("Deductible temporary differences were not recognized in the amount of €1,699
  thousand", "The Euribor rate (6M) is floored at 0%") and "<measure> (will) increase by
  <amount>": the clause's subject noun phrase, not the verb or its adverb ("Not", "Floored").
- `party_act_label`: money "invested/lent/advanced ... in <a named party>": the act
  ("Investment"), not the party's name.
- `instrument_rate_label`: "a 6% unsecured demand note": the instrument's interest rate.
- `attributive_label`: "the $1.0 million minimum cash balance requirement": the noun phrase
  the amount modifies.
- `blank_relative_times`: dateless time words ("as of the beginning of each respective
  period") that no label may end on.
Pure functions over the text around an amount; every pattern is anchored and bounded.
"""

from __future__ import annotations

import re

from extractor.casefold import folded, has_any
from extractor.vocabulary import COMMON_CURRENCY

_PASSIVE_TAIL = re.compile(
    r"\s(?P<be>is|are|was|were|has\s+been|have\s+been|had\s+been|will\s+be|would\s+be)"
    r"\s+(?P<neg>not\s+)?(?:(?:also|further|currently|initially|fully|partially)\s+)?"
    r"(?P<part>[a-z]{3,20}(?:ed|en|wn))"
    r"\s+(?:in\s+(?:the|an)\s+(?:aggregate\s+|total\s+)?amounts?\s+of|at|to|as)"
    r"(?:\s+approximately)?\s*$",
    re.IGNORECASE,
)
_CHANGE_TAIL = re.compile(
    r"\s(?:(?:will|would|shall|may|has|have|had|is\s+expected\s+to|are\s+expected\s+to)\s+)?"
    r"(?P<verb>increase|decrease|rise|fall|grow|decline)[ds]?\s+by(?:\s+approximately)?\s*$",
    re.IGNORECASE,
)
_NOUNS = {"rise": "increase", "grow": "increase", "fall": "decrease", "decline": "decrease"}
# Where the clause that holds the subject begins.
_CLAUSE_START = re.compile(
    r"(?:^|[.;:]\s|,\s|\b(?:and|but|while|whereas|which|that|where|when)\s)", re.IGNORECASE
)
_DETERMINER = re.compile(
    r"^(?:(?:the|a|an|its|their|our|this|these|such|all|any|each)\s+)+", re.IGNORECASE
)
_NOT_A_SUBJECT = re.compile(
    r"(?i)^(?:it|they|this|these|that|those|there|which|who|he|she|we|company|group|"
    r"amounts?|total|balance)\b"
)
# "The margin of 3.9%": the amount the subject states is not part of its name.
_OF_AMOUNT = re.compile(
    rf"\s+of\s+(?:{COMMON_CURRENCY})?\s*\d[\d,.]*\s*(?:%|percent|million|billion|thousand)?$",
    re.IGNORECASE,
)
_MAX_WORDS = 8


def subject_label(left: str) -> str | None:
    """The measure when the words before an amount are a passive verb or "increase by" with
    its subject in the same clause; None for any other shape."""
    tail = left[-120:]
    if (m := _PASSIVE_TAIL.search(tail)) is not None:
        subject = _subject_before(tail[: m.start()])
        if subject is None:
            return None
        if m["neg"] and m["part"].lower() == "recognized":
            return f"Unrecognized {subject[:1].lower()}{subject[1:]}"
        return subject
    # (a change ends on "by" or "approximately": other tails are not scanned)
    if _ends_on(tail, ("by", "approximately")) and (m := _CHANGE_TAIL.search(tail)) is not None:
        subject = _subject_before(tail[: m.start()])
        verb = m["verb"].lower()
        return f"{subject} {_NOUNS.get(verb, verb)}" if subject else None
    return None


def _subject_before(text: str) -> str | None:
    """The noun phrase that ends `text` and begins its clause, or None."""
    start = 0
    for start_m in _CLAUSE_START.finditer(text):
        start = start_m.end()
    np = _OF_AMOUNT.sub("", text[start:].strip())
    np = re.sub(r"\s+", " ", np).lstrip("*•†‡ ").strip(" ,")
    np = _DETERMINER.sub("", np)
    words = np.split()
    if not words or len(words) > _MAX_WORDS or _NOT_A_SUBJECT.match(np):
        return None
    if not re.match(r"[A-Za-z]", np) or re.search(r"\d{3}|[$€£¥%]", np):
        return None
    return np[:1].upper() + np[1:]


# Acts whose object names the party, not the measure: the measure is the act itself.
_ACT_NOUNS = {
    "invested": "Investment", "contributed": "Capital contribution", "lent": "Loan",
    "advanced": "Advance", "deposited": "Deposit",
}
_PROPER_NAME = re.compile(r"(?:[A-Z][\w\-’'.&]*)(?:\s+(?:[A-Z][\w\-’'.&]*|&|of|and)){0,6}")


def party_act_label(verb: str | None, right_np: str | None, entity: str | None) -> str | None:
    """"the Company invested EUR2,500,000 (approximately $2,674,500) in Antric GmbH": the
    phrase after the amount is the party the money went to, so the measure is the act's noun
    ("Investment"), not the party's name; None for any other shape."""
    noun = _ACT_NOUNS.get((verb or "").lower())
    if noun is None or not right_np:
        return None
    np = right_np.strip()
    if (entity and (entity in np or np in entity)) or _PROPER_NAME.fullmatch(np):
        return noun
    return None


# "as of the beginning of each respective period", "at the end of the year": when, said
# without a date; never part of the measure's name.
_RELATIVE_TIME = re.compile(
    r"\b(?:as\s+of|as\s+at|at|during|for|in)\s+(?:the\s+)?(?:beginning|end|start|close)\s+of\s+"
    r"(?:the\s+|each\s+|that\s+|such\s+)?(?:respective\s+|relevant\s+)?"
    r"(?:periods?|years?|quarters?|fiscal\s+years?|months?)\b",
    re.IGNORECASE,
)


def blank_relative_times(left: str) -> str:
    """`left` with its dateless time phrases ("as of the beginning of each respective period")
    replaced by spaces, offsets kept, so that no label ends on them."""
    if not has_any(folded(left), ("beginning", "end", "start", "close")):
        return left  # (every match holds one of these words)
    return _RELATIVE_TIME.sub(lambda m: " " * len(m[0]), left)


def _ends_on(text: str, words: tuple[str, ...]) -> bool:
    """Whether `text`'s last word, folded, ends with one of `words` (spaces after it aside):
    a cheap test before a pattern that ignores case and ends on one of them at "$"."""
    return folded(text.rstrip()[-16:]).endswith(words)


# "a 6% unsecured demand note", "8% senior convertible notes": a rate written before the
# instrument it is the rate of.
_INSTRUMENT_AFTER = re.compile(
    r"^\s*(?:per\s+annum\s+|annual\s+)?(?P<np>(?:(?!(?:of|for|to|from|with|due|and|or|in|on|so|"
    r"as|the|these|this|those|such|its|their|our|which|that|is|are|was|were|be)\b)"
    r"[a-z][\w\-]*\s+){0,4}?(?:promissory\s+|convertible\s+|demand\s+|term\s+)?"
    r"(?:notes?|loans?|debentures?|bonds?))\b",
    re.IGNORECASE,
)


def instrument_rate_label(rest: str) -> str | None:
    """The label of a percentage written right before a debt instrument ("the terms of a 6%
    unsecured demand note" -> "Interest rate on unsecured demand note"); None otherwise."""
    m = _INSTRUMENT_AFTER.match(rest)
    if m is None:
        return None
    return "Interest rate on " + " ".join(m["np"].split())


# "in compliance with the $1.0 million minimum cash balance requirement", "a $2.0 million
# note": an amount between a determiner and a noun phrase modifies the noun the phrase ends on.
# ("a 6-month RMB194,000,000 loan", "the 18-month $30,000,000 loan", a dropped number "a -month
# loan": the term between the determiner and the amount is part of the noun phrase)
_DETERMINER_END = re.compile(
    r"\b(?:the|a|an|its|their|our|this|that|such)"
    r"(?:\s*(?:\d+|[a-z]+)?\s*-\s*(?:month|year|week|day))?\s*$",
    re.IGNORECASE,
)
_STOP = (
    r"(?:of|in|for|to|from|with|as|at|by|on|and|or|per|each|which|that|was|were|is|are|has|"
    r"have|had|owed|due|under|pursuant|made|paid|received|issued|being|will|would|since|until|"
    r"after|before|during|through|when|while|if|than|plus|including|compared|into|over|within|"
    r"upon|between|approximately|respectively|million|billion|thousand)\b"
)
_NP_AFTER_AMOUNT = re.compile(
    rf"^\s*(?:-\s*)?(?P<np>(?!{_STOP})[a-z][\w\-’']*(?:\s+(?!{_STOP})[a-z][\w\-’']*){{0,5}})",
    re.IGNORECASE,
)


def attributive_label(left: str, rest: str, unit: str | None) -> str | None:
    """The noun phrase an amount modifies, when a determiner stands right before the amount
    ("the $1.0 million minimum cash balance requirement" -> "Minimum cash balance
    requirement"); None for any other shape and for rates (read by the rate rules)."""
    if unit == "percent" or not _DETERMINER_END.search(left[-24:]):
        return None
    m = _NP_AFTER_AMOUNT.match(rest)
    if m is None:
        return None
    np = " ".join(m["np"].split())
    if _TIME_NOUN.fullmatch(np):
        return None  # "a five-year period", "the three-year life": a term, named elsewhere
    return np[:1].upper() + np[1:]


_TIME_NOUN = re.compile(r"(?i)(?:periods?|terms?|lives|life|years?|months?|days?|weeks?|quarters?)")
