"""The noun phrase that introduces an amount: "Revenues of", "Amounts due to X were".

The grammar `labels.label_for` reads first: the words before an amount end on an introducing
verb or preposition (`INTRO`), and the measure is the noun phrase before it, cut where the
last clause begins (`_CLAUSE_CUT`) and stripped of determiners and dangling words.
"""

from __future__ import annotations

import re

from extractor.casefold import folded, has_any
from extractor.vocabulary import (
    COMMON_CURRENCY,
    COMMON_CURRENCY_INITIALS,
    CURRENCY_SYMBOL,
    SCALED_CURRENCY_WORD,
)

# A scale word and the currency named after it: part of the amount, never words of the
# measure ("were 4,867 million yen, [5,710] million yen": both measures are the first's).
SCALE = rf"(?:million|billion|thousand)(?:\s+{SCALED_CURRENCY_WORD})?"

INTRO = re.compile(
    r"\s+(?:(?:(?:was|were|is|are)\s+)?in\s+the\s+(?:aggregate\s+)?(?:principal\s+)?"
    r"amounts?\s+of(?:\s+approximately)?|(?:increased|decreased|changed|rose|fell|grew|declined)"
    r"\s+(?:from|to|by)(?:\s+approximately)?|"
    r"of|amounting to|amounted to|amounted|totaling|totalling|totaled|totalled|was|were|"
    r"is|are|be|been|reached|at|to|by|approximately|about|of approximately|"
    r"of (?:up to|at least|(?:no|not) (?:less|more) than|(?:more|less) than)|"
    r"wereand|wasand|included|includes|include)\s*$",
    re.IGNORECASE,
)
# INTRO at a space run's start only: one inside a run (a blanked period) starts there too
INTRO_AT_RUN = re.compile(r"(?<!\s)" + INTRO.pattern, re.IGNORECASE)
# The last word of every INTRO alternative, after a space: a cheap test of the text's last 15
# characters that tells when INTRO cannot match (it ends at the end), without scanning it all.
_INTRO_END = re.compile(
    r"\s(?:of|approximately|from|to|by|amounted|totaling|totalling|totaled|totalled|was|were|"
    r"is|are|be|been|reached|at|about|wereand|wasand|included|includes|include|than|least)$",
    re.IGNORECASE,
)
# A clause set off by commas inside the measure ("Interest expense, including amortization of
# the discount, was") says what the measure holds; the measure is around it.
_ASIDE = re.compile(
    r",\s*(?:including|excluding|net of|exclusive of|inclusive of|mainly|primarily|"
    r"consisting of|comprising|which includes?|which included|"
    r"(?:(?:which|that) (?:is|are|was|were) )?"
    r"(?:included|recorded|recogni[sz]ed|presented|reported|classified|shown) "
    r"(?:in|within|as))\b[^,]*,",
    re.IGNORECASE,
)
# An aside set off by commas right before the verb, which may hold commas of its own (a list,
# a date): "Service revenues, consisting of licensing, maintenance, and hosting, amounted to",
# "The pro forma revenue, as if the acquisition had occurred on January 1, 2023, would have
# been". It holds no amount (else it is a clause of its own, with its own measure).
_END_ASIDE = re.compile(
    r",\s*(?:(?:consisting|comprising|comprised of|composed of|made up of|based (?:on|upon)|"
    r"as if|as though|which|who)\b(?:(?!million|billion|thousand)[^;$€£¥%])*|"
    # "including" may open a list of the measure's own ("X, including options, and Y,
    # totaled"): its aside holds commas only inside a list that no ", and" goes on from
    r"(?:including|excluding)\b(?:(?!million|billion|thousand|,\s*(?:and|or)\s)[^;$€£¥%])*)"
    r",\s*$",
    re.IGNORECASE,
)
# Where the measure is shown, in parentheses at its end ("Senior Notes (included in "Long-term
# debt" on the balance sheets)"): no part of it. Other parentheses stay ("gains (losses)",
# "provision (benefit)", a defined short name).
_PAREN_TAIL = re.compile(
    r"\s*\((?:included|recorded|presented|reported|shown|classified)\s[^()]{0,200}\)\s*$",
    re.IGNORECASE,
)
# A modal or future predicate before the verb ("payments are expected to [be]", "revenue
# would have [been]", "the rate will [be]"): the measure is its subject.
_MODAL_TAIL = re.compile(
    r"(?:\s+(?:is|are|was|were)\s+(?:currently\s+)?(?:expected|estimated|anticipated|"
    r"projected|scheduled|likely|required)\s+to|"
    # (lower case only: "The advance due May was" names a month)
    r"\s+(?-i:will|would|shall|may|might|could|should|must)(?:\s+not)?(?:\s+have)?|"
    r"\s+(?:has|have|had))\s*$",
    re.IGNORECASE,
)
# A limit that opens a clause of its own ("..., plus up to", "..., up to a maximum of"): the
# words before it are another clause's, so the measure is after the amount or the subject.
_LIMIT_CLAUSE = re.compile(
    r"(?:[,;]\s*|\bplus\s+)(?:up(?:\s+to\s+an?\s+(?:maximum|minimum))?|an?\s+(?:maximum|minimum)"
    r"|(?:not\s+)?(?:more|less)\s+than|at\s+(?:least|most))\s*$|\bplus\s*$",
    re.IGNORECASE,
)
# A predicate naming where the measure is shown, joined to the verb before the amount ("...
# leases are recorded in “Property and equipment, net” and were", "... recognized as expenses
# and included in “Cost of goods sold” were"): the place is no part of the measure. One
# introduced by "that"/"which" stays ("Revenue recognized that was included in ...").
_PLACE_TAIL = re.compile(
    r"(?:\s+and|(?<!that)(?<!which)\s+(?:is|are|was|were|have been|has been))\s+"
    r"(?:included|recorded|presented|reported)\s+(?:in|within)\s+(?:“[^”]*”|\"[^\"]*\"|[^,;“\"]*?)\s*(?:\s+and)?\s*$",
    re.IGNORECASE,
)
# Words that link a long clause to the noun phrase that names an amount.
_LAST_LINK = re.compile(
    r"\s(?:for|to|from|with|on|at|by|under|include|includes|included|including|had|has|have|"
    r"was|were|is|are|paid|pays|received|recorded|recognized|incurred|totaling|totalling)\s",
    re.IGNORECASE,
)
# Where a clause begins: the label is the noun phrase after the last of these.
_CLAUSE_CUT = re.compile(
    # (a lookahead on the characters a boundary can begin with: the same matches, faster)
    rf"(?=[,;\s\dwcghtbeaid%]|{COMMON_CURRENCY_INITIALS})"
    r"(?:,\s+|;\s+|\bwhich (?:is|was|were|are) (?:included|recorded|recognized) in\s+|"
    r"(?:^|,\s*|(?<!\bof)\s)(?-i:[Tt]he (?:Company|Group))\s+(?:\w+ly\s+)?"
    r"(?:\w+ed|\w+s|had|has)\s+(?:to\s+)?|\b(?-i:Company|Group|[Ww]e)\s+(?:\w+ed|had|has)\s+|"
    # "Mr. Park has provided a joint guarantee of": the act's object names the measure
    r"\b(?:has|have|had)\s+(?:also\s+)?(?!been\b)\w+ed\s+(?=(?:an?|the|its|their|our)\s)|"
    r"\b(?-i:[Tt]he (?:Company|Group)|[Ww]e)\s+(?:shall|will|must|may|would|should|can|could)"
    r"\s+(?:not\s+)?\w+\s+|"
    rf"\bwhere\s+|\bwhich\s+|\d(?:\s*{SCALE})?\s+and\s+|"
    # "net proceeds of $4,903,238 after offering costs of": a new phrase after an amount
    rf"\d(?:\s*{SCALE})?\s+(?:after|before|net of|less|plus)\s+|"
    rf"(?:{COMMON_CURRENCY}|%)\s*(?:{SCALE})?\s*,?\s+and\s+|"
    r"\b(?:believes?|expects?|estimates?|anticipates?|intends?|concluded|determined)\s+"
    r"(?:that\s+)?)",
    re.IGNORECASE,
)
DETERMINERS = re.compile(
    r"^(?:(?:the (?:Company|Group)(?:’s|'s)|and|or|but|also|the|a|an|its|their|our|such|these|"
    r"this)\s+)+",
    re.IGNORECASE,
)
# ("Volatility ranging [from 40% to 60%]": "ranging" introduces the range, it is no measure)
DANGLING = re.compile(
    r"(?:\s+(?:the|of|for|at|in|as|during|on|a|an|beginning|end|and|each|both|year|years|"
    r"ranging))+$",
    re.IGNORECASE,
)


_INTRO_MAX_WORD_CHARS = 64
"""More than the non-space characters of any INTRO match (49: "were in the aggregate principal
amounts of approximately")."""


def intro_from(left: str) -> int:
    """Where INTRO's search may start and still find the match a search from 0 finds: just
    after the 64th non-space character from the end. A match that started further left would
    hold that many non-space characters; none does."""
    seen = 0
    for k in range(len(left) - 1, -1, -1):
        if not left[k].isspace():
            seen += 1
            if seen == _INTRO_MAX_WORD_CHARS:
                return k + 1
    return 0


# Where a long measure's modifiers begin: a participle or a relative word ("the total notional
# amount of derivative instruments | designated as cash flow hedges of ...").
_MEASURE_OF = re.compile(
    r"(?i)(?:[\w\-]+\s+){0,3}?(?:amount|value|balance|cost|price|obligation)s?\s+of\s"
)
_MODIFIER = re.compile(r"(?i)^(?:\w{3,}ed|held|which|that|who)$")
# (a participle opens a modifier when a preposition follows it: "designated as", "held by";
# "unsecured notes" is an adjective's)
_LINK_WORD = re.compile(r"(?i)^(?:as|by|in|for|to|with|at|on|under|from|into|within)$")


def _head_phrase(np: str) -> str:
    """A measure too long to be one, cut where its modifiers begin (after three words at
    least): "total notional amount of derivative instruments designated as cash flow hedges of
    foreign-currency denominated debt" -> "total notional amount of derivative instruments"."""
    words = np.split()
    cut = next(
        (k for k in range(3, len(words) - 1) if _MODIFIER.match(words[k])
         and (words[k].lower() in ("which", "that", "who") or _LINK_WORD.match(words[k + 1]))),
        len(words),
    )
    return " ".join(words[:cut])


# The last word of every _MODAL_TAIL alternative, and the verbs every _PLACE_TAIL match holds:
# a text without them cannot match, and is not scanned (each scan tries every position).
_MODAL_LAST = ("to", "will", "would", "shall", "may", "might", "could", "should", "must", "not",
               "have", "has", "had")
_PLACE_VERBS = ("included", "recorded", "presented", "reported")


def _without_modal_tail(np: str) -> tuple[str, int]:
    """`_MODAL_TAIL.subn("", np)`, the scan skipped where the text's last word is no
    alternative's last word (folded: the pattern ignores case)."""
    if not folded(np.rstrip()[-8:]).endswith(_MODAL_LAST):
        return np, 0
    return _MODAL_TAIL.subn("", np)


# (compiled once: left_label reads every amount's words before it)
_MARKER = re.compile(r"^\(?[a-z]{1,4}\)\s*")
_DIGIT = re.compile(r"\d")
_THREE_LETTERS = re.compile(r"[A-Za-z]{3}")


def left_label(left: str) -> str | None:
    """The noun phrase that introduces an amount: 'Revenues of', 'Amounts due to X were'."""
    tail = left.rstrip()
    if not _INTRO_END.search(tail, max(0, len(tail) - 15)):
        return None
    m = INTRO.match(left, pos := intro_from(left)) or INTRO_AT_RUN.search(left, pos)
    if not m:
        return None
    np, modal = _without_modal_tail(left[: m.start()])
    if _LIMIT_CLAUSE.search(np, max(0, len(np) - 40)):
        return None  # "..., plus up to [$5 million] of earn-out payments": no measure before
    np = _ASIDE.sub(" ", _PAREN_TAIL.sub("", _END_ASIDE.sub(" ", np)))
    if has_any(folded(np), _PLACE_VERBS):
        np = _PLACE_TAIL.sub("", np)
    last = None
    for last in _CLAUSE_CUT.finditer(np):  # noqa: B007 - the last boundary is wanted
        pass
    if last is not None:
        np = np[last.end() :]
    np = " ".join(np.split())
    np = DETERMINERS.sub("", np)
    np = _MARKER.sub("", np)
    np = DANGLING.sub("", np)
    if modal and len(np.split()) > 14:
        return None  # a long subject of "is expected to be": its head is the sentence's subject
    if len(np.split()) > 14 or _DIGIT.search(np):
        # "The extension includes approximately 6,712 square feet of office space for an
        # annual rent of": the measure is the noun phrase right before the amount.
        tail = _LAST_LINK.split(np)[-1].strip()
        if 1 <= len(tail.split()) <= 8 and not _DIGIT.search(tail):
            np = DETERMINERS.sub("", tail)
        elif len(np.split()) > 14 and _MEASURE_OF.match(np) and not _DIGIT.search(np):
            np = _head_phrase(np)
    if 2 <= len(np) <= 120 and _THREE_LETTERS.search(np) and len(np.split()) <= 14:
        return np
    return None


# The last amount of the words before a part "of which" (the whole's).
LAST_AMOUNT = re.compile(
    rf"(?i)(?:(?:approximately|about)\s+)?(?:{COMMON_CURRENCY})?\s?\d[\d,.]*(?=\D*$)"
)

# The part's own predicate with no measure of its own ("of which $18.5 million is due in 2024",
# "of which US$2.0 million was drawn", "was capitalized to construction-in-progress"): the part
# is the whole's measure in that state.
PART_PREDICATE = re.compile(
    r"(?i)\s*(?:is|are|was|were|has been|have been|had been|will be)\s+"
    r"(?P<pred>(?:(?:expected|scheduled|estimated)\s+to\s+be\s+)?"
    r"(?:(?:due|payable)(?:\s+(?:in|within)\s+(?:fiscal\s+)?(?:(?:19|20)\d\d|one year|"
    r"the next (?:twelve|12) months))?|(?!used\b|recorded\b)[a-z]+(?:ed|wn|en))"
    r"(?:\s+(?:to|into|under|as|from)\s+(?!the\s+(?:years?|periods?|quarters?|months?)\b)"
    r"(?:[\w\-]+\s+){0,2}?[\w\-]+)?)"
    r"(?=\s*(?:[,.;)]|$)|\s+(?:as of|at|on|during|for|through|and|by|respectively|in|upon|"
    r"when|if|over|within|until)\b)"
)
# The measure of a whole an amount "of which" is a part of: the noun phrase before its amount
# ("aggregate minimum fees of [$96.3 million]") or right after it ("a US$5.0 million usance
# facility with Woori Bank").
_WHOLE_AFTER = re.compile(
    rf"(?i)^\s*(?:{SCALE}\s+)?(?P<np>(?!{SCALE}\b)[a-z][\w\-]*(?:\s+(?!with|from|to|for|of|in|"
    r"under|at|as|and|which)[a-z][\w\-]*){0,3})\s*(?:\s(?:with|from|to|for|under|at)\b[^,;]*)?$"
)

# The earlier amounts of a list that ends in the whole's amount, any currency mark.
_LIST_BEFORE = re.compile(
    rf"(?<![\d,.])(?:\s*+(?:,|\band\b|(?:{CURRENCY_SYMBOL})|\d[\d,]*+(?:\.\d+)?|{SCALE}|"
    r"approximately|about))++\s*+$",
    re.IGNORECASE,
)


def whole_measure(head: str) -> str | None:
    """The measure of the whole that ends `head` (the words before ", of which")."""
    if (am := LAST_AMOUNT.search(head)) is None:
        return None
    before = head[: am.start()]
    if (cut := _LIST_BEFORE.search(before, max(0, len(before) - 200))) is not None:
        before = before[: cut.start()]  # "was ₩612 million, ₩1,048 million and [₩1,730]"
    if (named := left_label(before)) is not None:
        # "a program to repurchase up to [$100 billion]": the limit is no word of the measure
        return re.sub(r"(?i)\s+up$", "", named)
    after = _WHOLE_AFTER.match(head[am.end() :])
    return after.group("np") if after else None


def blank_out(s: str, spans: list[tuple[int, int]]) -> str:
    """`s` with the given ranges (period phrases) replaced by spaces, offsets kept."""
    chars = list(s)
    for a, b in spans:
        for i in range(max(0, a), min(len(chars), b)):
            chars[i] = " "
    return "".join(chars)


# "of and" (glued or not) where the viewer dropped an amount between them
# ("as of and for the year", "the end of and during" are no seam)
_SLOT_SEAM = re.compile(r"(?=\s?of\s?and\s)(?<=[a-z])(?<!\bas)(?<!\bend)\s?of\s?and\s+(?=[a-z])")


def after_slot_seam(left: str) -> str:
    """The words of `left` (what precedes an amount) after the last dropped amount's "of and":
    in "accrued interest of and a prepayment premium of [$45,000]" they are the next item's."""
    seams = list(_SLOT_SEAM.finditer(left, max(0, len(left) - 120)))
    return left[seams[-1].end() :] if seams else left


_SUBJECT = re.compile(
    r"^\s*(?:\(?[a-z0-9ivx]{1,4}\)\s*)?(?:(?i:the (?:Company|Group)(?:’s|'s)|the|a|an|its|our)\s+)*"
    r"(?P<np>[A-Za-z][\w\-]*(?:\s+(?!(?:from|to|with|between|was|were|is|are|amounted|totaled|"
    r"for|during|in|as|on|at|by)\b)[\w\-]+){0,9}?)"
    r"(?=\s+(?:from|to|with|between|was|were|is|are|amounted|totaled|for|during|by)\b|,)"
)


def sentence_subject(text: str, words: int = 2) -> str | None:
    """The sentence's subject ("The Company’s purchases of raw materials from Toa ..., were"),
    when it has at least `words` words."""
    m = _SUBJECT.match(text)
    if not m:
        return None
    np = re.split(rf"\s*(?:{COMMON_CURRENCY}|\(?\d)", m.group("np"))[0].strip()
    if re.match(
        r"(?i)(?:there|it|this|these|such|for|during|in|on|at\s+the\s+end|as|following|after|before|"
        r"upon|under|pursuant|certain)\b",
        np,
    ):
        return None
    return np if len(np.split()) >= words else None


_CMP = r"(?:compared\s+(?:to|with)|versus|as\s+against|against)"
_COMPARED_END = re.compile(rf"\b{_CMP}\s*$", re.I)
_COMPARED_LEAD = re.compile(rf"(?:{_CMP}|compared$)\b\s*", re.I)


def past_comparison(label: str | None) -> str | None:
    """The label without a comparison's words: "compared to [borrowings of] $3.0 million"."""
    cmp = _COMPARED_LEAD.match(label) if label else None
    return label[cmp.end() :] or None if label and cmp else label


def last_resort_label(left: str, text: str) -> str:
    """A label when nothing names the measure: after a comparison, the sentence's subject
    ("Provisions were £4.6 million, compared with [£3.0 million]"); else the last words."""
    if _COMPARED_END.search(left) and (subject := sentence_subject(text, 1)):
        return subject
    words = re.findall(r"[A-Za-z][\w\-’']*", left)[-4:]
    return " ".join(words) if words else "Amount"
