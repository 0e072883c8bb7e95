"""A table's scale said once, in words: "(in millions)", "(Dollars in Millions)", "(in millions,
except per share amounts)", "in thousands of euros", "(net income in millions and shares in
thousands)", "€ millions" as a first cell.

The statement applies to the whole table below it, with the exceptions it names for kinds of
rows: per-share amounts stay in units, share counts take their own scale ("shares in
thousands") or none ("except number of shares"). Pure functions over text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from extractor.document import Document
    from extractor.tables.model import Table
from functools import lru_cache
from typing import TYPE_CHECKING

from extractor.amounts import currency_code
from extractor.casefold import folded, has_any
from extractor.tables.unitscale import currency_scale_cell
from extractor.vocabulary import (
    COMMON_CURRENCY,
    CURRENCIES,
    CURRENCY,
    CURRENCY_NAME,
    CURRENCY_NAMES,
    CURRENCY_SYMBOL,
    SCALE_WORDS,
)

if TYPE_CHECKING:
    from extractor.tables.values import Value

_SCALE_WORD = r"(?P<w>thousands|millions|billions)"
# "(Dollars in millions)", "(Amounts in millions)", "($ in millions)", "(in US$ thousands)",
# "(in millions, except ...)", "(net income in millions and shares in thousands)". No digits:
# "($3 millions)" is an amount, not a scale statement.
_PAREN = re.compile(r"\((?P<body>[^()\d]*?\b(?:thousands|millions|billions)\b[^()\d]*)\)",
                    re.IGNORECASE)
# ("in thousands of R$", "in millions of ARS": a mark or a code after "of")
_OF = (r"(?:\s+of\s+(?P<of>" + CURRENCY_NAME
       + r"|u\.?s\.?\s+dollars|dollars|euros?|renminbi|rmb|yen|pounds|won|"
       + CURRENCY + r"(?![A-Za-z])))?")
_MONEY_SCALE = re.compile(rf"(?:(?P<cur>{COMMON_CURRENCY})\s*)?(?:in\s+)?{_SCALE_WORD}{_OF}",
                          re.IGNORECASE)
# A line that is only a scale: "In millions", "€ millions", "$ in thousands", "in thousands of
# euros", "(in thousands)".
_BARE = re.compile(
    rf"^\(?\s*(?:(?:amounts|(?P<lead>u\.?s\.?\s+)?dollars)\s+)?(?:(?P<cur>{COMMON_CURRENCY})\s*)?(?:in\s+)?"
    rf"{_SCALE_WORD}{_OF}\s*\)?:?$",
    re.IGNORECASE,
)
# "U.S. dollars in thousands", "USD in millions", "NIS in thousands" inside a longer line
_NAMED_SCALE = re.compile(
    rf"(?<![\w$.])(?:(?P<lead>u\.?s\.?\s+dollars)|(?P<cur>{CURRENCY_SYMBOL}))\s+in\s+"
    rf"{_SCALE_WORD}\b(?!\s+of\b)",
    re.IGNORECASE,
)
# A line that opens with its scale: "Millions, Except Per Share Amounts, for the Years Ended".
_LEAD = re.compile(
    rf"^(?:(?:amounts|dollars)\s+in\s+|(?:{COMMON_CURRENCY})\s*(?:in\s+)?|in\s+)?"
    r"(?:thousands|millions|billions)\b(?:[,;]|\s+except\b|\s+of\s+(?:u\.?s\.?\s+)?(?:dollars|euros?|"
    r"renminbi|rmb|yen|pounds)\b)",
    re.IGNORECASE,
)
# "in thousands of euros" inside a sentence ("All amounts are in thousands of euros").
_SENTENCE = re.compile(
    rf"\b(?:are|is|presented|expressed|stated)\s+in\s+{_SCALE_WORD}{_OF}",
    re.IGNORECASE,
)
_SHARES_SCALE = re.compile(
    r"\bshares?\b[^;()]*?\b(?:in|reflected\s+in)\s+(?P<w>thousands|millions|billions)\b",
    re.IGNORECASE,
)
_EXCEPT_SHARES = re.compile(
    r"\bexcept\b[^;]*?(?<!per\s)(?<!per-)\b(?:number\s+of\s+)?shares?\b(?![\s-]+(?:amounts|data))",
    re.IGNORECASE,
)
_OF_WORDS = {"euro": "EUR", "euros": "EUR", "renminbi": "CNY", "rmb": "CNY", "yen": "JPY",
             "pounds": "GBP", "dollars": "USD", "won": "KRW"}


@dataclass(frozen=True)
class ScaleNote:
    """What a table's scale statement says: the scale of its money, the currency it names, and
    the scale of its share counts (None: the note says nothing about shares)."""

    scale: int
    unit: str | None = None
    share_scale: int | None = None


_SCALE_WORDS_LOW = ("thousands", "millions", "billions")


def _names_a_scale(text: str) -> bool:
    """Whether `text` holds a scale word: every pattern here needs one (a cheap test first)."""
    return has_any(folded(text), _SCALE_WORDS_LOW)


def find_scale_note(text: str, yen: str = "CNY") -> ScaleNote | None:
    """The last scale statement in `text` (a caption, the sentence before a table, a first
    header cell), or None when it states no scale."""
    found: ScaleNote | None = None
    if not _names_a_scale(text):
        return None
    for m in _PAREN.finditer(text):
        found = _read_body(m.group("body"), yen) or found
    if found is None:
        for m in _SENTENCE.finditer(text):
            found = ScaleNote(SCALE_WORDS[folded(m.group("w"))], _of_unit(m.group("of")))
    if found is None:
        # a currency then its scale, unparenthesised, on a line the viewer joined to the note's
        # title ("NOTE 7:- PROPERTY AND EQUIPMENT, NET U.S. dollars in thousands a. ..."), not
        # "thousands of ..." (what is counted), not after a number ("$5 in millions")
        for m in _NAMED_SCALE.finditer(text):
            found = _note(m, yen)
    return found


@lru_cache(maxsize=4096)
def scale_cell(text: str, yen: str = "CNY") -> ScaleNote | None:
    """A cell or short line that is only a scale ("In millions", "€ millions", "(in thousands
    of euros)"), or None."""
    t = text.strip()
    both = currency_scale_cell(t, yen)
    if both is not None:
        return ScaleNote(both[1], both[0])  # "(EUR thousand)", "(RMB'000)", "In € thousands"
    if not _names_a_scale(t):
        return None
    if not t.startswith("("):
        m = _BARE.match(t)
        if m:
            return _note(m, yen)
        if _LEAD.match(t) and len(t) < 200:
            # "Millions, Except Per Share Amounts, for the Years Ended December 31,"
            return _read_body(t, yen)
    return find_scale_note(t, yen) if len(t) < 200 else None


# "Millions, except per share amounts, for the six months ended June 30,"; "Amounts in
# millions except stated values; as of June 30"; "Amounts in millions; fiscal years ended June 30";
# "Millions, Except Share and Per Share Amounts as of December 31," (no comma before the period)
_LEAD_THEN_PERIOD = re.compile(
    r"^(?:[^,;]*?\b(?:thousands|millions|billions)\b[^,;]*)"
    r"(?:,\s*except\b[^,;]*?(?:[,;]\s*|\s+(?=(?:for|as\s+of|as\s+at)\s))|[,;]\s*)"
    r"(?P<rest>(?:for|as\s+of|as\s+at|(?:fiscal\s+)?(?:years?|quarters?)\s+ended)\b.*)$",
    re.IGNORECASE,
)


# "(Dollars in millions, except otherwise stated)", "Amounts in millions of dollars except per
# share amounts or as otherwise specified.": a statement for everything that follows it
_OTHERWISE = re.compile(r"\botherwise\s+(?:stated|specified|noted|indicated)\b", re.IGNORECASE)


def blanket_scale(text: str, yen: str = "CNY") -> ScaleNote | None:
    """A line that states the scale of every amount unless one says otherwise (a filing's
    statement above its notes), or None: a scale line with an "otherwise stated" clause."""
    if len(text) >= 200 or not _OTHERWISE.search(text):
        return None
    return scale_cell(text, yen)


def page_exception(doc: Document, last: Table, prose_between: bool) -> bool:
    """Whether the last table's own scale was an exception to the page's blanket statement
    ("Amounts in millions ... or as otherwise specified" over "as follows (in billions):"):
    a table after paragraphs of its own then takes the page's scale, not that one."""
    statement = scale_cell(doc.scale_statement, doc.yen) if doc.scale_statement else None
    return (prose_between and statement is not None and not last.page_scale
            and last.intro_scale is not None and last.intro_scale != statement.scale)


def after_scale_lead(text: str) -> str:
    """A header cell without the scale statement it opens with ("Millions, except per share
    amounts, for the six months ended June 30," -> "for the six months ended June 30,")."""
    if not has_any(folded(text), ("thousands", "millions", "billions")):
        return text  # (every match holds one of these words)
    m = _LEAD_THEN_PERIOD.match(text.strip())
    return m.group("rest") if m else text


# a statement of the money's scale alone: "Dollars in millions", "$ in thousands", "in millions
# of dollars" (not "Dollars and shares in millions", not a bare "In millions")
_MONEY_ONLY = re.compile(
    r"(?:(?:u\.?s\.?\s+)?dollars|\$|us\$)\s+in\s+(?:thousands|millions|billions)\b|"
    r"in\s+(?:thousands|millions|billions)\s+of\s+(?:u\.?s\.?\s+)?dollars\b", re.IGNORECASE)


# a parenthesis that states the share counts' scale alone: "(Shares in millions)", "(Number of
# shares in thousands)": the table counts shares (a bare "SHARES IN MILLIONS" line inside a
# table heads its next rows only, and is not read here)
_SHARES_ONLY = re.compile(
    r"^\(?\s*(?:number\s+of\s+)?shares\s+in\s+(?P<w>thousands|millions|billions)\s*\)?:?$",
    re.IGNORECASE,
)


def _read_body(body: str, yen: str) -> ScaleNote | None:
    """The note a parenthesis states, or None when its scale is not the money's; "(Shares in
    millions)" alone states the table's counts: unit "share" at that scale."""
    if (only := _SHARES_ONLY.match(body.strip())) is not None:
        scale = SCALE_WORDS[folded(only.group("w"))]
        return ScaleNote(0, "share", scale)  # its money (prices) at no scale it states
    shares = _SHARES_SCALE.search(body)
    head = body[: shares.start()] + body[shares.end():] if shares else body
    money = next((m for m in _MONEY_SCALE.finditer(head) if _states_scale(head, m)), None)
    if money is None:
        return None
    note = _note(money, yen)
    if shares:
        return ScaleNote(note.scale, note.unit, SCALE_WORDS[folded(shares.group("w"))])
    if _EXCEPT_SHARES.search(body) or _MONEY_ONLY.match(head.strip()):
        return ScaleNote(note.scale, note.unit, 0)  # "(Dollars in millions)": not the shares
    return note


def _states_scale(body: str, m: re.Match[str]) -> bool:
    """A scale word that states a scale: after "in" or a currency, first in the parenthesis,
    or naming its currency ("thousands of euros"); not "(several millions of users)"."""
    before = body[: m.start()].strip().lower()
    return bool(
        m.group("cur") or m.group("of") or m.group().lower().startswith("in")
        or not before or before.endswith((" in", ",", "dollars", "amounts"))
    )


def _note(m: re.Match[str], yen: str) -> ScaleNote:
    cur = m.group("cur")
    of = m.group("of") if "of" in m.re.groupindex else None
    unit = currency_code(cur, yen) if cur else _of_unit(of)
    if unit is None and "lead" in m.re.groupindex and m.group("lead"):
        unit = "USD"  # "U.S. dollars in thousands": the line names its currency first
    return ScaleNote(SCALE_WORDS[folded(m.group("w"))], unit)


def _of_unit(word: str | None) -> str | None:
    if not word:
        return None
    if word in CURRENCIES:
        return CURRENCIES[word]  # "in thousands of R$"
    w = word.lower()
    named = CURRENCY_NAMES.get(w) or CURRENCY_NAMES.get(w[:-1])  # "Korean won", "yen"
    if named:
        return named
    return "USD" if "u" in w.split()[0] and "dollar" in w else _OF_WORDS.get(w)


_PER_SHARE_ROW = re.compile(
    r"\bper\s*[-\s]?\s*(?:common\s+|ordinary\s+)?(?:share|unit)\b|\bEPS\b", re.IGNORECASE
)
_SHARE_ROW = re.compile(
    r"\b(?:number\s+of\s+(?:common\s+|ordinary\s+)?shares|shares\s+outstanding|"
    r"number\s+of\s+(?:stock\s+|share\s+)?(?:options|warrants|rsus|restricted\s+stock\s+units)|"
    r"(?:basic\s+|diluted\s+)?weighted[-\s]average\s+(?:number\s+of\s+)?"
    r"(?:common\s+|ordinary\s+|basic\s+|diluted\s+)*shares|shares\s+used|"
    r"dilutive\s+(?:effect\s+of\s+)?(?:potential\s+|common\s+)*shares|"
    # XBRL standard labels of counts: "Common stock, shares issued", "Preferred stock shares
    # outstanding", "Stock issued during period, shares, new issues", "Common shares issued,
    # shares" (the money twin says ", value" / ", amount", which _MONEY_WORD keeps money)
    r"stock,?\s+shares|,\s*shares(?=\s*(?:,|$))|"
    # a row that is only "Shares issued", "Shares authorized" (a section's "Common Stock:"
    # over it, or a section path "Common Stock / Shares issued"): the count itself
    r"(?:^|(?<=/\s))shares\s+(?:issued|authori[sz]ed|outstanding|reserved|issuable)"
    r"(?:\s+and\s+outstanding)?\s*$|"
    # "Weighted average number of common stock in issue (in thousands of shares)"
    r"(?:thousands|millions|billions)\s+of\s+(?:common\s+|ordinary\s+)?shares(?=\s*\)))\b"
    # a row under an earnings-per-share table's "Denominator:" heading ("Denominator / Effect
    # of dilutive share-based awards"): the shares the earnings are divided by
    r"|^denominator\b(?!.*\b(?:per|EPS)\b)",
    re.IGNORECASE,
)


# "($3.6806 per share)" after "Dividends": the rate the row's money was paid at, not its unit
_RATE_ASIDE = re.compile(r"\([^()]*\d[^()]*\)")
_SHARE_CLASS_ROW = re.compile(r"^(?:basic|diluted|basic\s+and\s+diluted|class\s+\w)\b",
                              re.IGNORECASE)


_EPS_LINE = re.compile(r"^(?:basic|diluted|assuming\s+dilution)\b", re.IGNORECASE)


def is_cents_line(label: str, amount: str) -> bool:
    """A "Basic" / "Diluted" line of amounts in cents ("$ 6.67") under a per-share heading the
    reader keeps as a caption ("NET EARNINGS PER COMMON SHARE"): per-share, not millions."""
    return bool(_EPS_LINE.match(label)) and re.fullmatch(r"-?\d{1,3}\.\d\d", amount) is not None


# "... used to determine diluted earnings per share", "... used in computing basic net income
# per share of common stock", "... for diluted earnings per share": the row is money or a count
# that goes into a per-share figure, not the figure; its "per share" names a purpose.
_PURPOSE_PER_SHARE = re.compile(
    r"\b(?:(?:used\s+)?(?:to\s+(?:determine|calculate|compute)|in\s+(?:the\s+)?"
    r"(?:comput\w*|calculat\w*|determin\w*))(?:\s+of)?|for)\s+(?:the\s+)?"
    r"(?:(?:basic|diluted)(?:\s+and\s+diluted)?\s+)?(?:net\s+)?(?:earnings|income|loss|profit)"
    r"(?:\s*\(loss\))?\s+per\s+(?:common\s+|ordinary\s+)?share\b",
    re.IGNORECASE,
)


def without_purpose(label: str) -> str:
    """The label less a purpose phrase ending in "per share" ("Net profit used to determine
    diluted earnings per share" -> "Net profit"): what is left says whether the row is per share."""
    return _PURPOSE_PER_SHARE.sub("", label).rstrip() if "per" in label.lower() else label


@lru_cache(maxsize=4096)
def is_per_share_row(label: str) -> bool:
    """A row of per-share amounts ("Basic earnings per share", "Dividends per common share",
    "Basic" under "Net income per share:"). Not the money a per-share heading or aside
    explains ("Dividends ($3.68 per share)"; "Allocation of undistributed earnings" under
    "Basic net income per share:")."""
    parts = [without_purpose(_RATE_ASIDE.sub("", p)) for p in label.split(" / ")]
    if _PER_SHARE_ROW.search(parts[-1]):
        return True
    return bool(len(parts) > 1 and _SHARE_CLASS_ROW.match(parts[-1].strip())
                and any(_PER_SHARE_ROW.search(p) for p in parts[:-1]))


# the price of one award: "Weighted-Average Grant-Date Fair Value (Per RSU)", "Weighted average
# exercise price", "Grant Date Fair Value Per Option"; not a total ("Aggregate intrinsic value",
# "Grant-date fair value of options that vested")
_AWARD_PRICE = re.compile(
    r"(?=[wpe])(?:\bweighted[-\s]*average\s+(?:grant[-\s]*date\s+fair\s+value|fair\s+value|"
    r"(?:exercise|purchase|grant)\s+price)\b|"
    r"\bper\s+(?:option|rsu|psu|award|warrant|restricted\s+stock\s+unit)s?\b|"
    # "Wt. Avg. Ex. Price", "Wtd. Avg. Fair Value", "Exercise Price": an exercise price is
    # always one share's (not "Aggregate exercise price", a total)
    r"\bw(?:eigh)?t(?:e?d)?\.?\s*-?\s*av(?:era)?g(?:e|\.)?\s*(?:grant[-\s]*date\s+)?"
    r"(?:fair\s+value|(?:ex(?:ercise|\.)|purchase|grant)\s*price)\b|"
    r"(?<!aggregate\s)(?<!total\s)\bex(?:ercise|\.)\s*price\b)",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def is_award_price(label: str) -> bool:
    """A value that is the price or fair value of one share award, by its row or column
    heading ("Granted / Weighted Average Grant-Date Fair Value"): an amount per share."""
    return _AWARD_PRICE.search(label) is not None


def is_per_unit_amount(label: str, amount: str) -> bool:
    """A table amount per share or per award, by its row and column headings: the page's or
    caption's "in millions, except per share" does not scale it."""
    return is_per_share_row(label) or is_award_price(label) or is_cents_line(label, amount)


_PER_SHARE_AFTER = re.compile(r"\s*(?:par\s+value|stated\s+value|per\s+share)\b", re.I)


def per_share_after(text: str, end: int) -> bool:
    """Whether the amount ending at `end` is a par or stated value ("$0.001 par value;")."""
    return _PER_SHARE_AFTER.match(text, end) is not None


_MONEY_WORD = re.compile(r"\b(?:proceeds|cost|value|price|amount|paid|payments?)\b", re.I)


@lru_cache(maxsize=4096)
def is_share_count_row(label: str) -> bool:
    """A row that counts shares ("Weighted-average shares outstanding", "Shares used in
    computing earnings per share / Basic"), not money paid for them."""
    if _MONEY_WORD.search(label):
        return False
    return bool(_SHARE_ROW.search(label))


# "(in thousands of shares)" closing a row label: a count of shares at that scale
_OF_SHARES = r"of\s+(?:common\s+|ordinary\s+)?shares"
# A row label closing on its own scale: "Aggregate intrinsic value ($000)", "Net carrying
# amount (US$’000)", "Fair value (in thousands)".
_ROW_SCALE = re.compile(
    rf"\(\s*(?:(?:{COMMON_CURRENCY})\s*)?(?:in\s+)?(?:['’]?\s?(?P<k>000)|{_SCALE_WORD})"
    rf"(?:\s+{_OF_SHARES})?\s*\)\s*$",
    re.IGNORECASE,
)
_PRINTED_IN_FULL = re.compile(r"[,.]000\)?\s*$")


def row_label_scale(label: str, values: Sequence[Value]) -> int | None:
    """The scale a row's label states for the row's values ("Aggregate intrinsic value
    ($000)" -> 3), or None when it states none or the row prints its values in full: every
    value ending in ",000" ("63,101,000" beside "(US$’000)") is already in units."""
    m = _ROW_SCALE.search(label)
    if m is None:
        return None
    cells = [v.cell.text for v in values]
    numbers = [c for c in cells if any(ch.isdigit() for ch in c) and c.strip("0,. ()$")]
    if numbers and all(_PRINTED_IN_FULL.search(c) for c in numbers):
        return None
    return 3 if m.group("k") else SCALE_WORDS[folded(m.group("w"))]
