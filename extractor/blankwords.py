"""Blank slots a dropped number leaves before the word that needed it.

The viewer drops an amount and keeps the words around it. Where the word after the gap is one
that only follows a number, the gap is the slot: a unit word after a function word ("at a rate
of percent", "at a rate of thousandths", "was per share", "by basis points"), years of a useful
life ("useful lives of years", "of - years", "from to years", "of three to years"), a count of
shares ("options to buy shares at $2.00", "totaling shares", "there were shares"), a quantity
verb with its object gone ("not permitted to exceed of the shares in issue"), and a word
that introduces an amount followed by nothing but separators and a period phrase ("totaled for
the year", "approximately, and , respectively", "were and , respectively", "was , compared to"):
the list's other slots are the alignment's to count from the separators left (`prose/slots.py`).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from extractor.amounts import AmountKind
from extractor.blankclauses import clause_slots
from extractor.casefold import folded
from extractor.lifeterms import speaks_of_useful_lives
from extractor.number_words import WORD_NUMBER, unit_of
from extractor.vocabulary import CURRENCY, MONTH, RELATIVE_PERIOD, YEAR

if TYPE_CHECKING:
    from collections.abc import Sequence

    from extractor.amounts import Amount
    from extractor.blanks import _Slots

# A function word, then a unit word that only follows a number.
# (A verb of change or holding before a rate: "net sales increased percent", "owned percent of
# the shares"; the iXBRL notes write "increased 9 percent", "decreased 5 percent" dozens of
# times.)
_UNIT_WORD = re.compile(
    r"(?=[oawibtpidrgfhs])\b(?P<lead>of|at|was|were|is|are|by|plus|approximately|totall?ed|"
    r"totall?ing|increased|decreased|rose|fell|grew|declined|represented|represents|owned|owns|"
    r"held|holds|forfeit(?:ed|s)?|sold|retain(?:ed|s)?|acquired)"
    r"(?P<w>)\s+(?P<unit>percent\b|per\s?cent\b|thousandths\b|basis\s+points?\b|"
    r"per\s+(?:share|unit|ADS|option)\b)",
    re.IGNORECASE,
)
# "cash dividends declared ( per common share)": a dividend per share in parentheses, its
# amount gone
_PER_SHARE_PAREN = re.compile(r"\((?P<w>)\sper\s+(?:(?:common|ordinary)\s+)?share\)")
# "of per share amounts", "by per share": an adjective, not a dropped price; "a price of per
# share", "a dividend of per share" are the price dropped.
_PER_LEADS = frozenset({"was", "were", "is", "are", "at", "approximately", "totaled", "totalled",
                        "totaling", "totalling"})
_PRICE_BEFORE_OF = re.compile(r"(?:price|value|dividends?|cost|fee|consideration)\s+$",
                              re.IGNORECASE)
# Years of a useful life with the number gone: "of years", "of - years", "from to years",
# "between and years"; "of three to years" (the high end gone).
_UNIT_AFTER_GAP = r"\s+(?P<unit>years?|months?)\b(?!\s+(?:ago|old|ended|ending)\b)"
_LIFE_DROPPED = (
    # ("the number of years over which": no number dropped)
    re.compile(rf"\b(?:(?<!number\s)of|over|is|are|between|from|approximately)(?P<w>)"
               rf"(?:\s+(?:-|–|to|and))?"
               rf"{_UNIT_AFTER_GAP}", re.IGNORECASE),
    re.compile(rf"(?<![\d.,])(?:\d+|\b{WORD_NUMBER})\s*(?:-|–|to)(?P<w>){_UNIT_AFTER_GAP}",
               re.IGNORECASE),
)
_PRICE = r"an?\s+(?:weighted[- ]average\s+)?(?:exercise|strike|purchase|conversion)\s+price\s+of"
# A count of shares with its number gone, before the unit word it kept.
_SHARES_DROPPED = (
    # "options to buy shares at $2.00 per share", "... shares with an exercise price of $2.00":
    # a grant priced but not counted
    re.compile(
        rf"(?=[owr])\b(?:options?|warrants?|rights?)\s+to\s+(?:buy|purchase|acquire|subscribe\s+"
        rf"for)(?P<w>)\s+(?:(?:ordinary|common)\s+)?shares\b(?:\s+of\s+[\w ]{{0,30}}?)?\s+"
        rf"(?:at\s+(?:{_PRICE}\s+)?|with\s+{_PRICE}\s+)(?:{CURRENCY})"
    ),
    # "totaling shares", "a maximum of shares", "there were shares of common stock", "units
    # covering shares at target"
    re.compile(
        r"(?=[tamco])\b(?:totall?ing|totall?ed|aggregating|covering|(?<!the\s)covered|of\s+which|an?\s+(?:maximum|minimum)\s+of|"
        r"there\s+(?:were|are|was))(?P<w>)\s+(?:(?:ordinary|common|restricted|preferred)\s+)?"
        r"shares\b"
    ),
    # "As of March 29, 2025 and September 28, 2024, shares of preferred stock were issued": a
    # count dropped right after the opener's dates; "issued Ms. Kessling shares"; "(2023:
    # shares, for R$ thousand)"
    re.compile(r"(?<=\d{4},)(?P<w>)\s+shares\s+of\s+(?:[A-Za-z-]+\s+){0,3}?stock\b"),
    re.compile(r"\b(?:issued|granted|sold|awarded|transferred)\s+(?:Mr|Ms|Mrs|Dr)\.\s+"
               r"[A-Z][a-z]+(?P<w>)\s+(?:(?:ordinary|common|restricted)\s+)*shares\b"),
    re.compile(r"(?<=(?:19|20)\d\d:)(?P<w>)\s*shares\b"),
    # "the Company retiredshares of treasury stock": any past tense glued to its count's unit
    re.compile(r"\b[a-z]{3,}ed(?P<w>)(?:(?:ordinary|common|treasury)\s+)?shares\b"),
    # "an aggregate of approximatelyshares", "the issuance ofshares of common stock"
    re.compile(r"\b(?:approximately|of)(?P<w>)(?:(?:ordinary|common)\s+)?shares\b"),
)
# A quantity verb with its object gone: "is not permitted to exceed of the shares in issue",
# "representing of the total" (a percentage dropped, its "%" with it).
_SHARE_OF_DROPPED = re.compile(
    r"(?=[erua])\b(?:exceed(?:s|ing)?|represent(?:s|ing)?|up\s+to|approximately)(?P<w>)\s+of\s+"
    r"the\b"
)
# A word that introduces an amount, then no number: a period phrase, "respectively", or only
# separators before one ("totaled for the year", "were and , respectively").
_PHRASE_NEXT = (
    r"(?:(?:for|during)\s+the\b|as\s+of\b|(?:in|for)\s+(?:fiscal\s+)?(?:19|20)\d\d\b|"
    r"respectively\b)"
)
_LEAD_ALONE = re.compile(
    rf"(?=[atAw])\b(?:(?:approximately|totall?ed|totall?ing|amounted\s+to|aggregat(?:ed|ing))"
    rf"(?P<w>)(?=\s*(?:(?:,|\band\b)\s*)*{_PHRASE_NEXT}|\s*[,;]\s)"
    # "rent expense was , compared to $5,000": the space the dropped amount stood in is left
    rf"|(?:was|were)(?P<v>)(?=\s+[,;]\s))",
    re.IGNORECASE,
)
# ("as of and for the years", "at the end of and for the previous year": no list dropped)
_LEAD_BEFORE_LIST = re.compile(
    rf"(?=[wo])\b(?:were|was|of(?!\s+and\s+(?:for|during|as\s+of)\b))(?P<w>)"
    rf"(?=\s*(?:,\s*)*and\s*(?:,\s*)?{_PHRASE_NEXT})",
)


# "As of March 31, 2026 and December 31, 2025, the Company had and $ of borrowings": a verb
# whose object is an amount, then "and" and a mark: the list's first slot is right after it
_VERB_BEFORE_AND_MARK = re.compile(
    rf"(?=[hprietacsgw])\b(?:had|has|have|held|paid|received|recorded|recogni[sz]ed|incurred|were|was|"
    rf"totall?ed|raised|repaid|borrowed|earned|issued|amounted\s+to|covered|sold|granted|"
    rf"(?:re)?purchased)(?P<w>)"
    # ("repaid and refinanced ¥4,500 million", "covered and 150,000 shares")
    rf"(?=\s+and\s+(?:(?!totall?ed\b|amounted\b)[a-z]+ed\s+)?(?:{CURRENCY})"
    rf"|\s+and\s+\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:shares|units)\b)"
)
# "was A$1,204,880 in FY2025 and in FY2024", "$3.1 million in the first nine months of fiscal
# 2025 andin the first nine months of fiscal 2024": "and" right before the second year's
# phrase, after an amount dated by the first
_SAME_PHRASE = r"(?:the\s+(?:first|second|third|fourth|last)\s+[a-z\s-]{3,20}?\s+of\s+)?"
_AND_IN_YEAR = re.compile(
    # (after a slot that kept its mark too: "compared with $ in 2025 and in 2023")
    rf"(?:\d|(?:{CURRENCY}))\s*(?:million|billion|thousand)?\s+(?:in|for|during)\s+{_SAME_PHRASE}"
    rf"(?:fiscal\s+|FY\s?)?(?:19|20)\d\d\s+and(?P<w>)(?=\s*(?:in|for|during)\s+{_SAME_PHRASE}"
    rf"(?:fiscal\s+|FY\s?)?(?:19|20)\d\d\b)")
# "of whichwould, if recognized, reduce the rate", "of whichremained unpaid": "which" glued to
# the verb after the amount;
# "a facility of $300,000, of which had been drawn", ", of which and $60,000 were accrued": the
# part's amount dropped after the comma's "of which" ("all of which were" is no slot)
_VERB_AFTER_PART = (r"(?:would|will|was|were|is|are|had|has|have|remain(?:s|ed)?|"
                    r"expire[sd]?|relate[sd]?)")
_GLUED_WHICH = re.compile(
    rf"\bwhich(?P<w>)(?={_VERB_AFTER_PART}\b)"
    rf"|(?<=, )of\swhich(?P<v>)(?=\s+(?:and|{_VERB_AFTER_PART})\b)")
# A word that compares or measures an amount, then a phrase that only follows one: "compared
# with in 2023", "versus in the comparable prior-year period", "compared with as of December 28,
# 2024", "a benefit of from the lapse", "repayments of during fiscal 2024", "and were at
# December 31, 2023", "rent of in fiscal 2023" (an "of" before a year's own words, "the end
# of", is no slot); "increased the authorization by to $1,279.0 million" (the change gone)
_PERIOD_NEXT = (
    rf"(?:(?:for|during)\s+(?:the|fiscal|FY)\b|for\s+{YEAR}\b|as\s+(?:of|at)\s+(?:{MONTH}|\d|the\s+end)|"
    rf"at\s+(?:{MONTH}|\d{{1,2}}\s+{MONTH}|the\s+end\s+of)|"
    rf"in\s+(?:(?:fiscal\s+|FY\s?)?{YEAR}\b|the\s+(?:{RELATIVE_PERIOD}|"
    rf"(?:first|second|third|fourth)\s+(?:quarter|half)|(?:three|six|nine)[- ]month)\b))"
)
_COMPARED_BEFORE_PHRASE = re.compile(
    rf"(?=[cvoawb][oesfyan])\b(?:compared\s+(?:with|to)|versus|as\s+against"
    rf"|(?<!\bend\s)(?<!\bdate\s)(?<!\bpart\s)of(?=\s+(?:from\s+the|during)\b|\s+in\s+"
    rf"(?:fiscal\s+|FY\s?)?{YEAR}\b)|by"
    # ("HK$600,000 and as of March 31, 2024": an amount, not a year, before "and")
    rf"|(?<=\band\s)(?:was|were)|(?:(?<=,\d\d\d\s)|(?<=\.\d\s)|(?<=\.\d\d\s)|(?<=illion\s)"
    rf"|(?<=thousand\s))and)"
    rf"(?P<w>)(?=\s+{_PERIOD_NEXT}|\s+from\s+the\b"
    rf"|(?<=\bby)\s+to\s+(?:{CURRENCY})?\s?\d)",
    re.IGNORECASE,
)
# Two function words glued where the viewer dropped the amount between them ("credits ofto
# residential customers", "together withof cash on hand", "a gain ofon the sale", "totaledin
# the quarter", "amounted toand ¥6,000 million", "costs ofwithin", "up toupon", "wasas of",
# "guarantees ofwere"): never one word, but for "within"
# ("ofand" is always a seam; "toand" only before the next amount: "agreed toand signed" is none)
_GLUED_PAIR = re.compile(
    r"(?=[otwabfa])\b(?:of|to|with(?!in\b)|at|by|for|from|was|were|totall?ed|approximately)(?P<w>)"
    rf"(?=(?:to|in|for|with|within|upon|of|from|on|under|during|as|at|was|were|is|are|when|"
    rf"securing)\b"
    rf"|(?:(?<=of)|(?<=totaled)|(?<=totalled)|(?<=was)|(?<=were))and\b"
    rf"|and\s*(?:{CURRENCY})\s?\d)")
# "accrued interest of and a prepayment premium of $45,000", "borrowings of and repayments of
# $1.0 million": "of" then the next item of the list
# ("as of and for the years", "the end of and a" are no slot)
_OF_BEFORE_AND = re.compile(r"(?<!\bas\s)(?<!\bend\s)\bof(?P<w>)"
                            r"(?=\s+and\s+(?:an?\s|[a-z]+(?:\s[a-z]+)?\s+of(?:\s|in\b)))")
# "The investment, included in other assets, was at September 30, 2025 (2024: $1.1 million)":
# the verb of a measure, then its balance date, no amount between
_WAS_AT_DATE = re.compile(
    rf"(?=w[ae])(?<=[a-z,] )(?:was|were)(?P<w>)(?=\s+at\s+{MONTH}\.?\s+\d"
    # "... owed to Ms. Whitcombe was as of October 31, 2025.": the date ends the clause
    rf"|\s+as\s+of\s+{MONTH}\.?\s+\d{{1,2}},?\s+{YEAR}\s*[.;(])")
# "a past service credit of (2023: CHF 1,260 thousand)", "over-recoveries were (2023: $14
# million)": the current amount dropped before a comparative that kept its own
_BEFORE_COMPARATIVE = re.compile(
    r"\b(?:of|was|were|is|are|totall?ed|approximately)(?P<w>)"
    r"(?=\s*\((?:fiscal\s+|FY\s?)?(?:19|20)\d\d\s?:\s*[^\s)])")
# "a supplemental distribution of per share"; "₹4,118.9 million and , respectively"; "(fiscal
# 2024: 0.6 million; fiscal 2023: )", a later part of a comparative left empty
_OF_PER_SHARE = re.compile(
    r"\bof(?P<w>)(?=\s+per\s+(?:share|unit)\b\s*(?:[,.;)]|(?:and|or|each|payable)\b|$))")
_AND_BEFORE_RESPECTIVELY = re.compile(
    r"\d(?:\s(?:million|thousand|billion))?\s+and(?P<w>)(?=\s*,\s*respectively\b)")
_EMPTY_LATER_PART = re.compile(
    rf"(?<=;)\s*(?:fiscal\s+|FY\s?)?(?:{MONTH}\.?\s+\d{{1,2}},?\s+)?(?:19|20)\d\d\s?:(?P<w>)\s?\)")
# "drew downand repaid HK$2,440,000": a verb glued to the "and" after its dropped amount
_VERB_GLUED_AND = re.compile(
    rf"\b(?:[a-z]+ed|down|up|out|off)(?P<w>)and(?=\s+[a-z]+\s+(?:{CURRENCY})\s?\d)")
# "$1.1 million was capitalized and was charged to interest expense": the second subject's
# amount dropped between "and" and its verb
_AND_WAS_VERBED = re.compile(
    r"\d(?:\s(?:million|thousand|billion))?\s+(?:was|were)\s+[a-z]+ed\s+and(?P<w>)"
    r"(?=\s+(?:was|were)\s+[a-z]+ed\b)")
# "partly offset by a charge of for a field retrofit": "of" straight before a preposition,
# after a noun ("instead of in cash", "as of", "the end of", "all of" are no slot)
_OF_BEFORE_PREPOSITION = re.compile(
    r"(?=of\s)(?<=[a-z]{3}\s)(?<!instead\s)(?<!because\s)(?<!\bout\s)(?<!ahead\s)(?<!\bend\s)"
    r"(?<!\bpart\s)(?<!\ball\s)(?<!\bsome\s)(?<!\bmost\s)(?<!\beach\s)(?<!\bterms\s)"
    r"(?<!behalf\s)(?<!\bdate\s)(?<!\bnone\s)(?<!\bboth\s)(?<!\bmany\s)"
    r"\bof(?P<w>)(?=\s+(?:for|under|during|upon|within)\s)")
# "net of deferred tax ofrecognized in equity": "of" glued to the participle after its amount
_OF_GLUED_VERB = re.compile(
    r"(?=of[riacep])\bof(?P<w>)"
    r"(?=(?:recogni[sz]ed|recorded|incurred|accrued|charged|expensed|received|paid)\b)")
# "the Company repaid of principal": a verb whose object's amount was dropped before "of" and
# its noun ("amounts borrowed of 9%" is an amount after "of")
_VERB_BEFORE_OF = re.compile(
    r"(?=[rpbdia])\b(?:repaid|prepaid|paid|borrowed|drew|received|incurred|advanced|recogni[sz]ed|recorded)"
    r"(?P<w>)"
    r"(?=\s*of\s+(?:the\s+|its\s+)?[a-z])")
# "it paid in fiscal 2024": the subject's verb, then a period, no amount between
_SUBJECT_VERB_PHRASE = re.compile(
    r"(?=[prib])(?:(?<=\bit\s)|(?<=\bwe\s)|(?<=\bthey\s)|(?<=Company\s)|(?<=Group\s))"
    r"(?:paid|repaid|received|incurred|recorded|recogni[sz]ed|borrowed)(?P<w>)"
    r"(?=\s+(?:in|during)\s+(?:fiscal\s+|FY\s?)?(?:19|20)\d\d\b)")
# "by approximately 9%, or about employees": a head count's number gone before its noun
_COUNT_DROPPED = re.compile(
    r"(?=[oa])\b(?:or\s+about|approximately)(?P<w>)(?=\s+(?:employees|positions|people|persons|"
    r"workers|stores|restaurants|locations|customers)\b)")
# "compared to shares issued for services": the count dropped before its unit word
_COMPARED_SHARES = re.compile(
    r"(?=[cv])\b(?:compared\s+(?:with|to)|versus)(?P<w>)(?=\s+(?:(?:ordinary|common)\s+)?"
    r"shares\b)")
# "(fiscal 2024: RM96,000 and )", "were $5,000 and.": "and" with nothing after it before the
# parenthesis or the stop is a list's last item dropped
_AND_BEFORE_CLOSE = re.compile(r"(?=and)(?<=[\d\s])and(?P<w>)(?=\s?\)|\.(?:\s|$))")


def word_slots(found: _Slots, low: str, amounts: Sequence[Amount] = ()) -> None:
    """Add to `found` the slots a dropped number left before a word that needs one (`low` is
    the text folded, to skip the scans whose words it lacks; `amounts`, the sentence's, give
    a compared slot the unit and scale of the amount it is compared with)."""
    text = found.text
    if any(w in low for w in ("percent", "per cent", "thousandth", "basis point", "per ")):
        _unit_words(found)
    for m in _PER_SHARE_PAREN.finditer(text) if "( per" in text else ():
        if found.free(m.start("w")):
            found.slot(m.start("w"), None, 0, "per_share", (m.start("w"), m.end()))
    if ("year" in low or "month" in low) and speaks_of_useful_lives(text):
        _life_years(found)
    if "shares" in low:
        for pattern in _SHARES_DROPPED:
            for m in pattern.finditer(text):
                if found.free(m.start("w")):
                    end = text.index("shares", m.end("w")) + len("shares")
                    found.slot(m.start("w"), "share", 0, "share", (m.start("w"), end),
                               explicit=True)
    if " of the" in low:
        for m in _SHARE_OF_DROPPED.finditer(text):
            if found.free(m.start("w")) and found.free(max(0, m.start("w") - 1)):
                found.slot(m.start("w"), None, 0, "percent", (m.start("w"), m.start("w")))
    _lead_slots(found, low, amounts)
    clause_slots(found, low)


def _lead_slots(found: _Slots, low: str, amounts: Sequence[Amount]) -> None:
    """Slots right after a word that introduces an amount, before the word that follows one
    ("of whichwould", "approximately for the year")."""
    text = found.text
    _compared_slots(found, low, amounts)
    for m in _AND_IN_YEAR.finditer(text) if " and" in text else ():
        if found.free(m.start("w")):
            at = m.start("w")
            found.slot(at, *_compared_unit(amounts, at), "money", (at, at))
    for m in _VERB_BEFORE_AND_MARK.finditer(text) if " and " in text else ():
        if found.free(m.start("w")):
            found.slot(m.start("w"), None, 0, "money", (m.start("w"), m.start("w")))
    taken: set[int] = set()  # an empty slot covers no character: keep one per position
    # (every _LEAD_BEFORE_LIST match holds an "and": a text without one is not scanned)
    for pattern in (_LEAD_ALONE, _LEAD_BEFORE_LIST) if "and" in text else (_LEAD_ALONE,):
        for m in pattern.finditer(text):
            at = m.start("w") if m.group("w") is not None else m.start("v")
            if at not in taken and found.free(at) and found.free(max(0, at - 1)):
                taken.add(at)
                found.slot(at, None, 0, "money", (at, at))


def _compared_slots(found: _Slots, low: str, amounts: Sequence[Amount]) -> None:
    """Slots after a word that names a part of an amount or compares one with it ("of which
    had been drawn", "compared with in 2023"), and a list's last item before the close."""
    text = found.text
    for m in _GLUED_WHICH.finditer(text) if "which" in low else ():
        at = m.start("w") if m.group("w") is not None else m.start("v")
        if found.free(at):
            unit, scale = _compared_unit(amounts, at) if m.group("v") is not None else (None, 0)
            found.slot(at, unit, scale, "money", (at, at))
    _priced_and_restated_slots(found, text, amounts)
    for m in _COMPARED_BEFORE_PHRASE.finditer(text):
        at = m.start("w")
        if found.free(at) and found.free(max(0, at - 1)):
            found.slot(at, *_compared_unit(amounts, at), "money", (at, at))
    # slots that keep nothing, shown by the words on both sides
    for pattern, needs in ((_GLUED_PAIR, ""), (_OF_BEFORE_AND, " of and "), (_WAS_AT_DATE, " w"),
                           (_AND_BEFORE_CLOSE, "and"),
                           (_AND_BEFORE_RESPECTIVELY, "respectively"), (_EMPTY_LATER_PART, ";"),
                           (_VERB_GLUED_AND, "and"), (_AND_WAS_VERBED, " and "),
                           (_OF_BEFORE_PREPOSITION, " of "), (_OF_GLUED_VERB, "of"),
                           (_VERB_BEFORE_OF, "of "), (_SUBJECT_VERB_PHRASE, " in ")):
        for m in pattern.finditer(text) if needs in text else ():
            at = m.start("w")
            if found.free(at) and found.free(max(0, at - 1)):
                found.slot(at, None, 0, "money", (at, at))
    # (every _COUNT_DROPPED match spells one of these, in this case)
    for m in _COUNT_DROPPED.finditer(text) if "about" in text or "approximately" in text else ():
        at = m.start("w")
        if found.free(at):
            found.slot(at, None, 0, "count", (at, at))
    for m in _COMPARED_SHARES.finditer(text) if "shares" in low else ():
        at = m.start("w")
        if found.free(at):
            found.slot(at, "share", 0, "share", (at, at), explicit=True)


def _priced_and_restated_slots(found: _Slots, text: str, amounts: Sequence[Amount]) -> None:
    """"a distribution of per share" (a price, in the unit of the amount before it) and "were
    (2023: $14 million)" (the current amount, in its comparative's unit)."""
    for m in _OF_PER_SHARE.finditer(text) if " per " in text else ():
        at = m.start("w")
        if found.free(at) and found.free(max(0, at - 1)):
            unit = next((a.unit for a in reversed(amounts)
                         if a.token_end <= at and not a.blank and a.unit), None)
            found.slot(at, unit, 0, "per_share", (at, at))
    for m in _BEFORE_COMPARATIVE.finditer(text) if ":" in text else ():
        at = m.start("w")
        if found.free(at) and found.free(max(0, at - 1)):
            found.slot(at, *_compared_unit(amounts, at, after=True), "money", (at, at))


def _compared_unit(amounts: Sequence[Amount], at: int,
                   after: bool = False) -> tuple[str | None, int]:
    """The unit and scale of the money amount last before a compared slot ("$1.4 million in
    2024, compared with in 2023"), or with `after` first after it ("were (2023: $14
    million)"): the slot keeps nothing, so it takes its sibling's."""
    if after:
        nxt = [a for a in amounts if a.start >= at and not a.blank and a.kind == "money"]
        return (nxt[0].unit, nxt[0].scale) if nxt else (None, 0)
    before = [a for a in amounts if a.token_end <= at and not a.blank and a.kind == "money"]
    return (before[-1].unit, before[-1].scale) if before else (None, 0)


def _unit_words(found: _Slots) -> None:
    for m in _UNIT_WORD.finditer(found.text):
        unit_word = folded(m.group("unit"))
        per = unit_word.startswith("per ") and unit_word != "per cent"
        lead = folded(m.group("lead"))
        if per and lead not in _PER_LEADS and not (
            lead == "of" and _PRICE_BEFORE_OF.search(
            found.text, max(0, m.start("lead") - 24), m.start("lead"))
        ):
            continue
        at = m.start("w")
        if not found.free(at) or not found.free(m.start("unit")):
            continue
        kind: AmountKind
        if per:
            unit, kind = None, "per_share"
        elif unit_word.startswith(("percent", "per cent")):
            unit, kind = "percent", "percent"
        else:
            unit, kind = None, "count"
        found.slot(at, unit, 0, kind, (at, m.end("unit")), explicit=unit is not None)


def _life_years(found: _Slots) -> None:
    for m in (m for p in _LIFE_DROPPED for m in p.finditer(found.text)):
        at = m.start("w")
        if not found.free(at) or not found.free(m.start("unit")):
            continue
        unit = unit_of(m.group("unit"))
        kind: AmountKind = "year" if unit == "year" else "month"
        found.slot(at, unit, 0, kind, (at, m.end("unit")), explicit=True)
