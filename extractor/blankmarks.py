"""Whether a currency mark standing with no number is what the viewer left of a dropped
amount: "$" alone is a weak sign ("in $ terms"), so it needs a separator, a word that only
follows an amount, a comparative or, before a preposition, a word that introduces an amount
(a lead verb, a list's "and" after an amount, a clause's comma) before it.
"""

from __future__ import annotations

import re

from extractor.vocabulary import CURRENCY, MONTH, SCALE

AT_DATE = rf"(?:at|on)\s+(?:{MONTH}\s+\d|the\s+end\b)"
"""A date right after a slot: "was RMB at December 31, 2023", "of US$ on March 3, 2023"."""

SLOT_WORDS = (
    r"and|as|were|was|per|during|for|on|from|respectively|each|or|remained|remains|"
    # "with $ assigned to below-market leases", "of which NT$ expire in 2025"
    r"assigned|allocated|attributable|expire[sd]?|thereafter|arising|"
    # "the Company had $ held in an escrow account"
    r"held|deposited|invested"
)
"""Words that follow a dropped amount but not a "$" used as a word ("$ during the year"): the
mark scan's candidates (`blanks`) and the sign a bare "$" needs after it."""
_WORD_AFTER_SLOT = re.compile(rf"\s*(?:(?:{SLOT_WORDS}|above|below)\b|{AT_DATE})")


# ("(in thousands of US$):", "in millions of ARS": the unit and scale a table is stated in)
_IN_BEFORE = re.compile(r"\b(?:in|into|(?:thousands|millions|billions)\s+of)\s*$")
# "a total of $ to the related party", "proceeds of $ in April 2023": after a word that
# introduces an amount, a "$" before these reads as every other mark does (a "$" after "(" or
# "into" names the currency: "($ in millions)")
_LEAD_BEFORE_MARK = re.compile(
    r"\b(?:of|was|were|approximately|totall?ing|totall?ed|amounting\s+to|amounted\s+to|"
    # "the Company borrowed $ under the agreement", "included $ in its net loss"
    r"up\s+to|included|includes|including|borrowed|drawn|paid|received|recorded|recognized|remaining|"
    r"reversed|released|accrued|charged|expensed|capitali[sz]ed|reclassified|prepaid|advanced|"
    r"(?<=ed\s)for|(?<=\bredeem\s)all|(?<=\bredeemed\s)all|"
    r"repaid|(?<=of\s)which|(?:wrote|written|writes?)\s+off|issued|sold|purchased|acquired|forgave|waived|"
    r"settled|refinanced|repurchased|redeemed|"
    # "the Company had $ of loans outstanding", "expects to contribute $ to the Plan": verbs
    # whose object is an amount
    r"had|has|have|held|holds|contributed?|contributes|pays?|invest(?:ed|s)?|spen[dt]|"
    r"incur(?:red|s)?|raised?|lent|loaned|advanced|provided|transferred|deposited|accrued|"
    r"drew|reimbursed|refunded|donated|committed|funded|owed|owes?|generated|"
    # "compared to $ in the prior-year period", "exceeded its contributions by $ in 2025"
    # (not a bare "to": "the functional currency changed to $ in 2023" names the currency)
    r"compared\s+(?:to|with)|versus|by|"
    # "reduced the fee from $16,000 to $ beginning April 1": a range's or a change's second end
    r"\d[\d,.]*(?:\s+(?:thousand|million|billion))?\s+to)\s+$")
# "fair value of $ will be recognized", "of which US$ had been paid in": a dollar mark between a
# word that introduces an amount and an auxiliary verb is a dropped amount (an alphabetic code is
# not: "the value of RMB may fluctuate" names the currency)
MARK_BEFORE_VERB = re.compile(
    rf"(?P<cur>{CURRENCY})(?P<sp>\s?)(?P<scale>{SCALE})?"
    r"(?=\s+(?:will|would|may|might|could|should|shall|can|must|had|has|have|is|are)\b)"
)
# "..., and $ is classified within other liabilities": "and" before the mark, after an amount
# of the same sentence (a list sibling), introduces an amount as a lead word does
_AND_AFTER_AMOUNT = re.compile(r"\d[^.;]{0,80}\band\s+$")
_WHICH_BEFORE = re.compile(r"\bwhich\s+(?:up\s+to\s+)?$")
WEAK_AFTER = r"at|outstanding|beginning|through|until|by|with|versus|against"
"""Words that follow a slot and a named currency alike ("$ at the discount window", "RMB at
the exchange rate"): the words before the mark decide."""
_PREPOSITION_AFTER = re.compile(
    rf"\s*(?:to|in|which|of|on|under|over|after|pursuant|related|relating|{WEAK_AFTER})\b")
_WEAK_NEXT = re.compile(rf"\s*(?:{WEAK_AFTER})\b")
_SEPARATOR_NEXT = re.compile(r"\s?[,.;)]|\s?$")
_COMMA_BEFORE = re.compile(r",\s?$")
# "(shares in thousands, $ in millions)": the unit and scale named, no amount dropped
_SCALE_NAMED_AFTER = re.compile(r"\s*in\s+(?:thousands|millions|billions)\b", re.IGNORECASE)
# "was $ (2022: $ )", "$ (six months ended June 30, 2022: $ )": a comparative restates the
# amount dropped before it
_COMPARATIVE_NEXT = re.compile(r"\s?\([^()]{0,60}?(?:19|20)\d\d\s?:")


def is_dropped_mark(text: str, m: re.Match[str]) -> bool:
    """Whether a mark with no number is what is left of a dropped amount."""
    if _IN_BEFORE.search(text[max(0, m.start() - 16) : m.start()]):
        # "(in US$ thousands)", "quoted in US$ for convenience": a currency named, not an
        # amount dropped
        return False
    cur = m.group("cur")
    if _WEAK_NEXT.match(text, m.end()) and not _WORD_AFTER_SLOT.match(
            text, m.end(), m.end() + 16) and not _led(text, m.start()):
        # "converted from RMB at the exchange rate": these words follow a named currency as
        # well as a slot; only a word before that introduces an amount makes it a slot
        return False
    if cur in ("RM", "$") and m.group("scale") is None:
        # "$" alone before a word is too weak a sign ("RM" can be a word); need a scale or
        # a separator right after it.
        nxt = text[m.end() : m.end() + 2]
        if not _SEPARATOR_NEXT.match(nxt) and not _WORD_AFTER_SLOT.match(
            text, m.end(), m.end() + 16
        ) and not _COMPARATIVE_NEXT.match(text, m.end(), m.end() + 72) and not (
            cur == "$" and _PREPOSITION_AFTER.match(text, m.end(), m.end() + 16)
            and not _SCALE_NAMED_AFTER.match(text, m.end(), m.end() + 16)
            and (_led(text, m.start()) or _range_low_gone(text, m.start(), m.end())
                 or _for_of(text, m.start(), m.end()))
        ):
            return False
    return not (
        cur.isalpha() and m.start() > 0 and text[m.start() - 1].isalpha() and cur != "RMB"
    )


# "increasing the principal from $ to $1,250,000": a range's low end gone (not "translated from
# $ to RMB": a currency named, no number after it)
_FROM_BEFORE = re.compile(r"\bfrom\s+$")
_TO_AMOUNT = re.compile(rf"\s*to\s+(?:{CURRENCY})?\s?\d")


def _range_low_gone(text: str, start: int, end: int) -> bool:
    return bool(_FROM_BEFORE.search(text, max(0, start - 8), start)
                and _TO_AMOUNT.match(text, end, end + 24))


# "reimbursed the Company for $ of development costs": "for" before the mark, "of" after it
_FOR_BEFORE = re.compile(r"\bfor\s+$")
_OF_AFTER = re.compile(r"\s*of\s+[a-z]")


def _for_of(text: str, start: int, end: int) -> bool:
    return bool(_FOR_BEFORE.search(text, max(0, start - 6), start)
                and _OF_AFTER.match(text, end, end + 8))


def _led(text: str, at: int) -> bool:
    """Whether the words before a mark at `at` make it a slot: a lead word, a list's "and"
    after an amount ("obligations of $2.5 million and $ of accrued liabilities"), or a
    clause's comma ("Of the favorable development, $ related to older years")."""
    return bool(_LEAD_BEFORE_MARK.search(text, max(0, at - 24), at)
                or _AND_AFTER_AMOUNT.search(text, max(0, at - 96), at)
                or _COMMA_BEFORE.search(text, max(0, at - 4), at))


def after_which(text: str, at: int) -> bool:
    """Whether a mark at `at` follows "which" ("of which RMB had been paid up")."""
    return bool(_WHICH_BEFORE.search(text, max(0, at - 24), at))


def introduced(text: str, at: int) -> bool:
    """Whether the words before a mark at `at` introduce an amount: a lead word ("of",
    "paid"), "which", or "and" after an amount of the same sentence."""
    lo = max(0, at - 24)
    return bool(_LEAD_BEFORE_MARK.search(text, lo, at) or _WHICH_BEFORE.search(text, lo, at)
                or _AND_AFTER_AMOUNT.search(text, max(0, at - 96), at)
                # "Of the goodwill acquired in fiscal 2024, $ is expected to be deductible"
                or _COMMA_BEFORE.search(text, max(0, at - 4), at))
