"""The party a table row's own words name: "... paid to Alibaba Group", "Foo Heat Co., Ltd.",
"Wintrust Capital Trust III", a lender's row ("Bank of Hangzhou (a)", "PT Bank Mandiri
(Persero) Tbk – term loan facility").
"""

from __future__ import annotations

import re
from functools import lru_cache

from extractor.tables.kinds import has_verb

_ENTITY_SUFFIX = re.compile(
    r"(?:Co\.,?\s?Ltd\.?|Company(?:,)? Limited|(?i:limited)|Ltd\.?|Inc\.?|LLC|L\.L\.C\.|Corp\.?|"
    r"Corporation|GmbH|S\.A\.|Pte\.? Ltd\.?|K\.K\.|PLC|Group)\s*(?:\([^)]*\))?$"
)
# A named trust, as the statutory and capital trusts that issue trust preferred securities
# ("Wintrust Capital Trust III", "Northview Capital Trust I", "Acme Statutory Trust 2"): the
# issuer a row of a debentures table is. Capitalised words before "Trust", a series numeral
# after it; not a line item ("Total trust", "Investments held in trust", "Trust preferred").
_NAMED_TRUST = re.compile(
    r"(?!(?:Total|Other|Net|Investments?|Assets?|Cash)\b)[A-Z][\w&.'’-]*"
    r"(?:\s+(?:[A-Z][\w&.'’-]*|of|and|&)){0,6}?\s+Trust(?:\s+(?:[IVX]{1,5}|\d{1,3}|[A-Z]))?$"
)
# (not "... attributable to Walmart": the parent, that is the reporting company itself)
_PARTY = re.compile(
    r"(?=[ftbw])(?<!attributable\s)\b(?:from|to|by|with)\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+(?:[A-Z(][\w&.,'’()-]*|of|and|&))*)$"
)


@lru_cache(maxsize=4096)
def entity_of(label: str) -> str | None:
    """The party a row names ("... paid to Alibaba Group" -> "Alibaba Group"), or the row
    itself when it is a company's name."""
    m = _PARTY.search(label)
    if m:
        name = m.group("name").strip(" ,.")
        if name and not name.lower().startswith(("the ", "related", "a ")):
            return name
    if _ENTITY_SUFFIX.search(label) and len(label.split()) <= 12 and not has_verb(label):
        return label
    if _NAMED_TRUST.fullmatch(label.strip()):
        return label.strip()
    return None


# A bank's name as a whole row ("Kiraboshi Bank", "Bank of Foo (Hong Kong)", "Bank SinoPac",
# "Industrial and Commercial Bank of China, Suzhou Branch (a)", "PT Bank Mandiri (Persero)
# Tbk"): the lender. Not a line item that opens with "Bank" ("Bank loans", "Bank Borrowings").
_BANK_WORD = (
    r"(?:Bank|Banco|Banque|Bancorp)\b(?!\s+(?i:loans?|borrowings?|acceptances?|overdrafts?|"
    r"deposits?|balances?|charges|fees|notes?|facilit(?:y|ies)|debt|guarantees?|credit)\b)"
)
_NAME_TAIL = r"(?:\s+(?:of|de|do|del|y|and|&|[A-Z(][\w&.'’()-]*))"
_BANK_NAME = re.compile(
    r"(?!(?:Cash|Due|Loans?|Deposits?|Balances?|Total|Other|Short|Long|Secured|Unsecured)\b)"
    rf"(?:[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’()-]*|of|and|&)){{0,6}}?\s+)?{_BANK_WORD}"
    rf"{_NAME_TAIL}{{0,8}}?(?:,\s+(?:[A-Z][\w.'’-]*\s+){{0,3}}(?:Branch|N\.A\.|Ltd\.?|Limited|"
    r"Inc\.?|S\.A\.?|S\.A\.U\.|plc|PLC|Tbk))?"
)
# A footnote mark after a row's name: "(a)", "(1)", "[2]", "*".
# (a match starts where a run of spaces or asterisks does: linear on a long run)
_MARK = re.compile(r"(?<!\s)\s*(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\[\d{1,2}\]|(?<!\*)\*+)$")
# "PT Bank Mandiri (Persero) Tbk – term loan facility": a lender's name, a dash, the measure.
_NAME_DASH = re.compile(
    r"^(?P<name>[A-Z][^–—]{2,80}?)\s+[–—-]\s+(?P<measure>[a-z][\w ,'’()-]{2,60})$"
)


# "Secured term loan – Hang Seng", "SFGS loan – BOCHK": a borrowing, a dash, its lender (by
# the short name the note defines: one to three capitalised words)
_DASH_LENDER = re.compile(
    r"^(?P<measure>[A-Z][\w ,'’()-]{2,60}?\b(?:loans?|borrowings?|facility|facilities|advances?|"
    r"overdrafts?|notes?|credit))\s+[–—-]\s+(?P<name>[A-Z][\w&.'’ ()-]{1,60})$"
)
_SHORT_LENDER = re.compile(r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}")


@lru_cache(maxsize=4096)
def lender_row(label: str) -> tuple[str | None, str] | None:
    """A row that is a lender's name, as (measure or None, the lender) — "Bank of Hangzhou
    (a)" -> (None, "Bank of Hangzhou"); "PT Bank Mandiri (Persero) Tbk – term loan facility"
    -> ("Term loan facility", "PT Bank Mandiri (Persero) Tbk") — else None."""
    name = _MARK.sub("", label.strip())
    if _BANK_NAME.fullmatch(name):
        return None, name
    m = _NAME_DASH.match(name)
    if m and (_BANK_NAME.fullmatch(m["name"]) or _ENTITY_SUFFIX.search(m["name"])):
        measure = m["measure"].strip()
        return measure[:1].upper() + measure[1:], m["name"].strip()
    m = _DASH_LENDER.match(name)
    if m and (_BANK_NAME.fullmatch(m["name"]) or _ENTITY_SUFFIX.search(m["name"])
              or _SHORT_LENDER.fullmatch(m["name"])):
        return m["measure"].strip(), m["name"].strip()
    return None


# Where a long row description's first clause ends: at a comma, but not inside "Co., Ltd." or
# a date ("as of December 31, 2018").
_CLAUSE_END = re.compile(r",\s+(?!(?:Ltd|Limited|Inc|LLC|L\.?P|Corp|PLC)\b|(?:19|20)\d\d\b)")


_A_DIGIT = re.compile(r"\d")
_SHORT_NAME = re.compile(r"[A-Z][A-Za-z&\-]{1,12}")


@lru_cache(maxsize=4096)
def short_row(label: str) -> tuple[str | None, str | None] | None:
    """A long row description as (measure, party), or None when the row is short enough as
    it is. "Bank loan from Foo Bank, dated July 11, 2011, due ..., with an annual interest
    rate of 8.5% ..." -> ("Bank loan", "Foo Bank"); "Foo Heat Co., Ltd., no fixed repayment
    term, ..." -> (None, "Foo Heat Co., Ltd."): the measure is then the section's or the
    table's. A bank's name as the whole row is the party too."""
    if (lender := lender_row(label)) is not None:
        return lender
    words = label.split()
    if len(words) <= 12 and not (len(words) > 6 and "," in label and _A_DIGIT.search(label)):
        return None
    head = _CLAUSE_END.split(label, maxsplit=1)[0].strip(" ,;")
    if len(head.split()) > 12:
        return None
    m = _PARTY.search(head)
    if m and (measure := head[: m.start()].strip(" ,")):
        return measure, m.group("name").strip(" ,.")
    if _ENTITY_SUFFIX.search(head) or _SHORT_NAME.fullmatch(head):
        return None, head
    return head, None
