"""What a prose label must be: the measure's noun phrase, short, never a fragment.

The reader of `labels.label_for` proposes a phrase from the grammar around an amount; here it
is tidied ("And an investment" -> "Investment", "For a total authorization" -> "Total
authorization", "The Company received RMB1" -> refused) and, when nothing of it is a measure,
the next candidate is tried: the "<amount> of/in <measure>" phrase after the amount, the
subject of the clause, the act the clause states ("Advances", "Amount recorded"). All patterns are
bounded and free of nested unbounded quantifiers: they run on every amount of every note.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.casefold import folded
from extractor.vocabulary import MONTH, YEAR

# Words that cannot open a measure: conjunctions, prepositions, articles, determiners, the
# company's possessive, a company name's suffix.
_LEAD = re.compile(
    r"^(?:(?:and|or|but|nor|for|of|in|on|at|to|by|with|from|as|which|whereby|respectively|then|"
    r"under|through|into|over|upon|after|before|during|within|per|via|among|between|"
    r"also|thereof|the|a|an|its|their|our|his|her|such|this|these|that|those|each|both|"
    r"further|entire|said|same|total of|amounts? of|(?:the )?(?:company|group)[’']s|"
    r"million|billion|thousand|"  # the scale of the amount before it: "[$0.2] million an ..."
    r"(?-i:Inc\.|Ltd\.|Corp\.|LLC|PLC),?)"  # the tail of the name before it: "... Inc. loss"
    r"(?:\s++|$)){1,6}",
    re.IGNORECASE,
)
# The company as a clause's subject: what follows its verb is the measure.
_SUBJECT_CO = re.compile(
    r"^(?:company|group|we|it|they|he|she|management|board of directors)\b", re.IGNORECASE
)
# Where a clause's words divide: a finite verb, a copula or a linking preposition. The measure
# is the noun phrase after the last of them ("Lease was renewed ... with a base rent" -> "base
# rent"), else the subject before the first ("Amortization expense ... is estimated").
_CLAUSE_SPLIT = re.compile(
    r"\s(?:has|had|have|made|makes|agreed|bear|bears|carries|believes|expects|entered|"
    r"was|were|is|are|with|under|provided|approved|reversed|represented|representing|"
    r"received|paid|advanced|recorded|recognized|incurred|authorizing|authorized|provides|"
    r"provide|using|requiring)\s",
    re.IGNORECASE,
)
_VERB_SPLIT = re.compile(
    r"\b(?:has|had|have|made|makes|agreed|bear|bears|carries|believes|expects|entered|"
    r"was|were|is|are|approved|reversed|represented|provides|provide)\b",
    re.IGNORECASE,
)
# One word that names no measure on its own.
_GENERIC = re.compile(
    r"^(?:amounts?|totals?|sums?|values?|balances?|numbers?|prices?|rates?|figures?|first|"
    r"second|third|further|remainder|rest|portion|part|other|others|same|entire|aggregate|"
    r"approximately|respectively|company|group|one|two|three|four|five|six|nine|twelve|"
    r"terms?|due|estimated|"
    # what is left of a period phrase ("in fiscal 2023": "fiscal"): when, not what
    r"fiscal|years?|quarters?|months?|periods?)$",
    re.IGNORECASE,
)
# A number cut off by the label's end ("received RMB1" of RMB1,400; "up to $5").
_CUT_NUMBER = re.compile(
    r"\s*+(?:\b(?:[A-Z]{2,3}\$?|RMB|US\$|HK\$)|\$|¥|€|£)?\s?\d[\d,.]*+(?:\s+or)?$"
)
# Past a number inside the label ("Principal of RMB5 million ($706,125) and interest"): the
# measure of this amount is what follows the last one.
_PAST_NUMBER = re.compile(r"(?:\d,\d{3}|\))[\s,]*+(?:(?:and|or)\s++)?(?=[A-Za-z])")
# Words a measure does not end on ("For an amount up" to $5).
_TAIL = re.compile(
    r"(?:\s++(?:up|to|of|for|in|at|the|a|an|and|or|by|with|from|on|as|each|which|that))"
    r"{1,4}$",
    re.IGNORECASE,
)
_MAX_WORDS = 12
_OWN_TAIL = re.compile(
    r"\s++of\s++(?:the\s++)?(?:Company|Group)(?:[’']s)?(?:\s++[a-z]+ed)?$", re.IGNORECASE
)


_RUNS_OF_SPACE = re.compile(r"\s++")
_A_DIGIT = re.compile(r"\d")
_DUE_END = re.compile(r"\bdue (?:from|to)$")


@lru_cache(maxsize=4096)
def _light(s: str) -> str:
    """Whitespace folded; no cut number at the end, no leading or trailing small words."""
    s = _RUNS_OF_SPACE.sub(" ", s).strip(" ,;:-").lstrip("”“\"'’)*•.,;:| ")  # '”) and a ...'
    s = _CUT_NUMBER.sub("", s).strip(" ,;:-")
    if _A_DIGIT.search(s):
        s = _PAST_NUMBER.split(s)[-1]
    s = _LEAD.sub("", s).strip(" ,;:-")
    # "Accounts payables of the Company related" (to ...): the company's own is the measure
    s = _OWN_TAIL.sub("", s)
    s = _MONTH_TAIL.sub("", s)
    if not _DUE_END.search(s):  # "Amounts due from" names the measure
        s = _TAIL.sub("", s).strip(" ,;:-")
    return s


_TWO_LETTERS = re.compile(r"[A-Za-z]{2}")
_THREE_DIGITS = re.compile(r"\d{3}")
# A year names an instrument or a programme ("the 2025 Notes", "2021 Share Repurchase
# Program"): words of the measure, not a number cut from the sentence.
_YEAR = re.compile(rf"(?<![\d,.$])\b{YEAR}\b(?![\d,.]\d)")
# What is left of a date the period phrases blanked ("... Program at September"): when
# (a due date's month stays: "Senior notes due February")
_MONTH_TAIL = re.compile(rf"\s++(?:at|as\s+of|as\s+at)\s++{MONTH}$")


# A scale word left of a number the label lost ("Was billion", "Decreased by million",
# "Approximately million"): a fragment of the amount, never a measure.
_LOST_NUMBER_SCALE = re.compile(r"(?i)(?:^|[^\d\s.,)]\s*+)\b(?:million|billion|thousand)\b")


def _ok(s: str) -> bool:
    return bool(
        s
        and _TWO_LETTERS.search(s)
        and not _LOST_NUMBER_SCALE.search(s)
        and not _GENERIC.match(s)
        and not _SUBJECT_CO.match(s)
        and not _VERB_SPLIT.search(s)
        and len(s.split()) <= _MAX_WORDS
        and not _THREE_DIGITS.search(_YEAR.sub("", s))
        and not _DATE.match(s)
    )


# A date or a month is when, never what ("December 31", "March 2021", "August to August").
_DATE = re.compile(
    r"(?i)^(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
    r"(?:\s++\d{1,2})?,?(?:\s++\d{4})?(?:\s++(?:to|and|through|-)\s++|$)){1,2}$"
)


_RELATIVE = re.compile(r"\s(?:that|which|who)\s")


@lru_cache(maxsize=4096)
def tidy(label: str | None) -> str | None:
    """`label` as a measure, or None when it is a fragment: no leading conjunction,
    preposition or article, no trailing cut number, not one generic word, at most 12 words;
    a clause gives the noun phrase after its verb, else its subject."""
    if not label:
        return None
    s = _light(label)
    # a relative clause says more about the measure before it ("Revenue recognized that was
    # included in the contract liability balance")
    head = _RELATIVE.split(s, maxsplit=1)[0]
    if head != s and _ok(_light(head)):
        s = _light(head)
    if not _ok(s):
        pieces = [_light(p) for p in _CLAUSE_SPLIT.split(f" {s} ")]
        s = next((p for p in reversed(pieces) if _ok(p)), None) or next(
            (p for p in pieces if _ok(p)), ""
        )
    return s[:1].upper() + s[1:] if _ok(s) else None


_ORDINAL = re.compile(
    r"(?i)^(?:first|second|third|fourth|further|remainder|rest|balance|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|twelve|same|entire|approximately|respectively|fiscal|years?|"
    r"quarters?|months?|periods?)$"
)


_HAS_HAVE = re.compile(r"(?i)\b(?:has|have|had)\b")


@lru_cache(maxsize=4096)
def is_clause(label: str | None) -> bool:
    """Whether `label` is a clause of possession ("Certain of his family members have a
    majority of the voting rights"), an aside inside the sentence, not a noun phrase."""
    return bool(label) and bool(_HAS_HAVE.search(_light(label or "")))


def loose(label: str | None) -> str | None:
    """`label` with only its edges tidied ("The rate" -> "Rate"): the last resort before
    "Amount"; an ordinal or number word alone ("The first") is refused."""
    s = _light(label or "")
    ok = _TWO_LETTERS.search(s) and not _ORDINAL.match(s) and not _DATE.match(s)
    ok = ok and not _A_DIGIT.search(s) and len(s.split()) <= _MAX_WORDS
    return s[:1].upper() + s[1:] if ok else None


_PASSIVE = re.compile(
    r"^\s*+(?:\([^()]{0,60}\)\s*+)?(?:was|were|is|are|has been|have been|had been)\s++"
    r"(?:\w+ly\s++)?(?P<verb>[a-z]+ed|paid|lent|spent|owed|due|payable|receivable)\b",
    re.IGNORECASE,
)


def passive_measure(rest: str) -> str | None:
    """The act a passive clause states after its amount ("The first $2,000 was paid" ->
    "Amount paid"; "$5,000 is payable" -> "Amount payable")."""
    m = _PASSIVE.match(rest)
    return f"Amount {m.group('verb').lower()}" if m else None


_RIGHT_NP = re.compile(
    r"^\s*+(?:\([^()]{0,60}\)\s*+)?(?:of|in)\s++(?!the (?:years?|periods?|six|nine|three|"
    r"quarters?|months?)\b)(?:(?:the|a|an|its|their|our)\s++)?"
    r"(?P<np>[a-z][\w\-’']*+(?:\s++(?!(?:as|for|during|in|to|from|with|which|were|was|and|"
    r"respectively|on|at|by|is|are|per)\b)[a-z][\w\-’']*+){0,5})",
    re.IGNORECASE,
)


def right_measure(rest: str) -> str | None:
    """The measure an "<amount> of <measure>" or "<amount> in <measure>" phrase names after
    the amount ("RMB3.5 million of revenue recognized" -> "Revenue recognized")."""
    m = _RIGHT_NP.match(rest)
    return tidy(m.group("np")) if m else None


_ACT = re.compile(
    r"\b(?P<verb>advanced|received|paid|lent|borrowed|repaid|raised|invested|contributed|"
    r"incurred|recorded|recognized|spent|collected|owed|accrued|issued|granted|sold|purchased|"
    r"outstanding|valued)"
    r"(?:\s++(?:an?|the|approximately|of|to|from|at))?\s*+$",
    re.IGNORECASE,
)


def act_measure(left: str, rest: str = "") -> str | None:
    """The act a clause states before its amount, as a measure ("The Company also advanced
    RMB2,521,787" -> "Advances", "recorded $5,000" -> "Amount recorded"); borrowing under an
    instrument is named by it ("the Company borrowed $20,000 under the terms of a 6% unsecured
    demand note" -> "Borrowings under unsecured demand note"); a value is the value of what
    was granted or issued ("granted a stock option ... valued at $9,960" -> "Value of stock
    option")."""
    m = _ACT.search(left, max(0, len(left) - 60))
    if m is None:
        return None
    verb = m.group("verb").lower()
    if verb in ("borrowed", "outstanding") and (u := _UNDER.match(rest)) is not None:
        what = u.group("np").lower()
        return f"Borrowings under {what}" if verb == "borrowed" else (
            f"Borrowings outstanding under {what}")
    if verb == "valued" and (g := _GRANTED.search(left, max(0, len(left) - 300))):
        return f"Value of {g.group('np').lower()}"
    return ACT_NOUNS.get(verb, f"Amount {verb}")


# Acts of lending whose measure has a noun of its own: "advanced RMB2,521,787" -> "Advances"
ACT_NOUNS = {"advanced": "Advances", "borrowed": "Borrowings", "repaid": "Repayments"}

_INSTRUMENT = (
    r"(?P<np>(?:[a-z\-]+\s+){0,3}?(?:notes?|loans?|debentures?|bonds?|line of credit|"
    r"credit facility|facility|agreement))\b"
)
# "under the terms of a 6% unsecured demand note", "under the Agreement"
_UNDER = re.compile(
    r"^\s*+under\s++(?:the\s++terms\s++of\s++)?(?:(?:an?|the|its|our)\s++)?"
    r"(?:\d+(?:\.\d+)?%\s*+)?" + _INSTRUMENT,
    re.IGNORECASE,
)
_GRANTED = re.compile(
    r"\b(?:granted|issued|awarded|sold)\s++(?:(?:an?|the|its)\s++)?(?:[\d,.]++\s++)?"
    r"(?P<np>(?:[a-z\-]+\s+){0,2}?(?:options?|warrants?|awards?|shares|units))\b",
    re.IGNORECASE,
)
# "a 6% unsecured demand note", "its 5.5% convertible notes": the rate of that instrument
_RATE_OF = re.compile(r"^\s*+" + _INSTRUMENT.replace("|agreement", ""), re.IGNORECASE)


def instrument_rate(rest: str) -> str | None:
    """The measure of a rate printed before the instrument that bears it ("6% unsecured
    demand note" -> "Interest rate on unsecured demand note")."""
    m = _RATE_OF.match(rest)
    return f"Interest rate on {m.group('np').lower()}" if m else None


_HOLDS_END = re.compile(
    r"\b(?:had|has|have|held|holds|recorded|recognized|incurred|billed|borrowed|obtained)"
    r"\s*+(?:approximately\s*+)?$",
    re.IGNORECASE,
)
_NP_AFTER = re.compile(
    r"^\s*+(?:\([^()]{0,60}\)\s*+)?(?P<np>[a-z][\w\-’']*+(?:\s++(?!(?:as|for|during|in|to|"
    r"from|with|which|were|was|and|respectively|on|at|by|is|are|per|of)\b)[a-z][\w\-’']*+)"
    r"{0,5})",
    re.IGNORECASE,
)


def object_measure(left: str, rest: str) -> str | None:
    """The measure named right after the amount, as a verb's object ("the Group had RMB 485.4
    million secured bank borrowings" -> "Secured bank borrowings") or as the clause's subject
    ("RMB53.3 million impairment loss was recognized" -> "Impairment loss")."""
    m = _NP_AFTER.match(rest)
    if m is None:
        return None
    # nothing but marks before the amount: "|K€50,000 KBC credit facility", "Of the 2,700 ..."
    bare = not _TWO_LETTERS.search(_light(left[-80:].rsplit("|", 1)[-1]))
    if bare or _HOLDS_END.search(left, max(0, len(left) - 40)) or _VERB_NEXT.match(rest, m.end()):
        # "had RMB5 secured borrowings"; "RMB53.3 million impairment loss was recognized"
        return tidy(m.group("np"))
    return None


_VERB_NEXT = re.compile(r"\s++(?:was|were|is|are|has|have|had)\b", re.IGNORECASE)


# What happens to a count of shares, read around it: "a stock option to purchase [400,000
# shares]", "convertible into [50,000 shares]", "the sale of [3,925,716 shares]", "[7,539,595
# shares] were returned".
_SHARES_UNDER = re.compile(
    r"\b(?P<inst>option|warrant)s?\b(?:[^.;]|\.(?=\d)){0,80}?\bto\s++(?:purchase|acquire|buy)\s++"
    r"(?:up\s++to\s++|a\s++total\s++of\s++|an\s++aggregate\s++of\s++|"
    r"(?:up\s++to\s++)?a\s++maximum\s++of\s++)?$",
    re.IGNORECASE,
)
_SHARES_ON_CONVERSION = re.compile(r"\bconvertible\s++into\s++(?:up\s++to\s++)?$", re.IGNORECASE)
_SHARES_ACT_NOUN = re.compile(
    r"\b(?P<act>sale|issuance|purchase|repurchase|conversion|cancellation)\s++of\s++"
    r"(?:an?\s++)?(?:aggregate\s++of\s++|total\s++of\s++)?$",
    re.IGNORECASE,
)
_SHARES_ACT_VERB = re.compile(
    r"\b(?P<act>converted|delivered|cancell?ed|returned|exchanged|redeemed|forfeited|"
    r"exercised|vested|issued|sold|purchased|repurchased|granted|reserved)\s++"
    r"(?:an?\s++|an\s++aggregate\s++of\s++|a\s++total\s++of\s++)?$",
    re.IGNORECASE,
)
_SHARES_PASSIVE = re.compile(
    r"^\s*+(?:of\s++[^.;,]{0,60}?\s++)?(?:were|was|have\s++been|had\s++been)\s++(?:\w+ly\s++)?"
    r"(?P<act>[a-z]+ed|sold|held|outstanding)\b",
    re.IGNORECASE,
)
_NOUN_ACTS = {"sale": "sold", "issuance": "issued", "purchase": "purchased",
              "repurchase": "repurchased", "conversion": "converted", "cancellation": "cancelled"}


# "shares of the Company's common stock", "shares of our Series A Preferred Stock"
_SHARE_CLASS = re.compile(
    r"^\s*+of\s++(?:(?:the|our|its)\s++)?(?:Company[’']s\s++)?(?P<cls>(?:(?:Series|Class)\s++\w+"
    r"(?:\s++[A-Z]\w*){0,3}?\s++(?:Stock|Shares)|(?:common|preferred|ordinary)\s++(?:stock|shares)))\b",
    re.IGNORECASE,
)


def share_class(rest: str) -> str | None:
    """The class of shares named right after a count ("of the Company's common stock" ->
    "common stock"), or None."""
    m = _SHARE_CLASS.match(rest)
    return m.group("cls") if m else None


def share_act(left: str, rest: str) -> str | None:
    """The measure of a count of shares from what the sentence does with them ("Shares under
    option", "Shares issuable on conversion", "Shares sold", "Shares returned"), or None."""
    # one space at the end, as each pattern wants: cutting "approximately" before the count
    # took the space with it ("options to purchase| approximately 22.7 million shares")
    tail = left[-200:].rstrip() + " "
    if (m := _SHARES_UNDER.search(tail)) is not None:
        return f"Shares under {m.group('inst').lower()}"
    if _SHARES_ON_CONVERSION.search(tail):
        return "Shares issuable on conversion"
    if (m := _SHARES_ACT_NOUN.search(tail)) is not None:
        return f"Shares {_NOUN_ACTS[folded(m.group('act'))]}"
    if (m := _SHARES_ACT_VERB.search(tail)) is not None:
        return f"Shares {m.group('act').lower()}"
    if (m := _SHARES_PASSIVE.match(rest)) is not None:
        return f"Shares {m.group('act').lower()}"
    return None
