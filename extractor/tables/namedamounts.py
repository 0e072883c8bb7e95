"""Amounts and rates a name states: a member line, a row label or a heading.

gold/LABELLING.md ("Amounts inside names"): "K€50,000 KBC credit facility [Member]", "Loan
principal K EUR 12,300", "8% Convertible Notes", "$500 million revolving credit facility" each
state a fact every time they are written: the instrument's face amount or rate. Its unit and
scale come from its own mark ("K€"/"K EUR": EUR, thousands; "€50 million": millions; a bare
"$25,000": units), never from the page header, and nothing dates it (a due year in the name is
not a period). Years, series letters and note numbers in names stay non-facts: only amounts
that carry a currency mark or a percent sign are read, and only in the names of loans, notes,
bonds and facilities (or of their principal or limit); lists of amounts, names holding a full
date and sentences are prose's or the table's to read.

The label is the name's own measure when the amount closes a measure phrase ("Loan principal
K EUR 12,300" -> "Loan principal"), else the name without the amount joined with what such a
name's amount is ("KBC credit facility / Facility amount", "Senior Notes due 2027 / Interest
rate").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.amounts import find_amounts
from extractor.document import Document
from extractor.facts import Fact
from extractor.members import member_party
from extractor.names import is_party
from extractor.tables.cells import Cell
from extractor.tables.model import Table
from extractor.tables.values import Value, quote_for
from extractor.vocabulary import MEMBER_MARK, SCALE

# "K€50,000", "K EUR 12,300", "KUSD 500": a K before the currency mark says thousands.
_THOUSANDS_BEFORE = re.compile(r"(?<![A-Za-z])K\s?$")
# A measure the amount closes: "Loan principal K EUR 12,300", "Credit limit $5,000,000".
_MEASURE_END = re.compile(
    r"(?i)\b(?:principal|amount|limit|value|price|commitment|capacity|size|balance|"
    r"maximum|total|of|up to)\W*$"
)
_DEBT = re.compile(r"(?i)\b(?:principal|facilit|loan|borrowing|credit|note|debenture|bond)")
_FACILITY = re.compile(r"(?i)\b(?:facilit(?:y|ies)|line of credit|credit line|revolver)\b")
_LOAN = re.compile(r"(?i)\b(?:loans?|borrowings?|mortgages?)\b")
_NOTE = re.compile(r"(?i)\b(?:notes?|debentures?|bonds?|debt securities|commercial paper)\b")
_SCALE_WORD = re.compile(rf"(?i)^\s?{SCALE}")
_EDGE = " ,;:-–—/|()"
_MAX_WORDS = 16  # longer cells are sentences or descriptions, which prose reads
# A name holding a full date ("Carrying Value at March 31, 2014"): its amount is dated, prose's.
_DATE = re.compile(r"\b[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*(?:19|20)\d\d\b")
# A sentence, not a name: it opens like one, has a finite verb, or ends with a full stop.
_SENTENCE = re.compile(
    r"(?i)^(?:the|this|these|our|we|in|on|as|at|during|for|since)\b|\w\.\s*$|"
    r"\b(?:is|are|was|were|has|have|had|totall?ed|amounted|increased|decreased|received|"
    r"paid|incurred|issued|borrowed|repaid|recorded|recogni[sz]ed)\b|"
    r"\b(?:net of|less|including|excluding|of which)\b"  # "Notes, net of discount of $12"
)


@dataclass(frozen=True)
class NamedAmount:
    """One amount a name states; offsets are into the name's text."""

    start: int
    end: int
    amount: str
    unit: str
    scale: int
    label: str

    @property
    def is_rate(self) -> bool:
        return self.unit == "percent"


def named_amounts(name: str, yen: str = "CNY") -> list[NamedAmount]:
    """The money amounts (with their own currency mark) and rates a name states, with the
    label each takes. A name that reads as a sentence, or states no marked amount, gives []."""
    if len(name.split()) > _MAX_WORDS or _SENTENCE.search(name) or _DATE.search(name):
        return []
    out: list[NamedAmount] = []
    found = find_amounts(name, yen)
    if sum(a.kind == "money" and a.explicit_unit for a in found) > 1:
        return []  # "net of allowances of $12 and $9": a list, not a name's amount
    for a in found:
        if a.blank or a.value is None or a.value_max is not None:
            continue
        rate = a.unit == "percent"
        if not rate and not (a.kind == "money" and a.explicit_unit and a.unit):
            continue  # years, note numbers, counts: not facts in a name
        start = a.token_start if a.token_start >= 0 else a.start
        end = a.token_end if a.token_end >= 0 else a.end
        scale = a.scale
        k = _THOUSANDS_BEFORE.search(name, 0, start)
        if k is not None and not rate and scale == 0:
            start, scale = k.start(), 3
        label = _label(name[:start], name[end:], rate)
        if label:
            out.append(NamedAmount(a.start, a.end, a.value, str(a.unit), scale, label))
    return out


def name_facts(
    doc: Document, cell: Cell, *, entity: str | None, prefix: str | None = None,
    rates_alone: bool = False,
) -> list[Fact]:
    """The facts a name cell states, when it states a money amount (its rates come with it, as
    the cell is then the name's to read); [] otherwise (a rate alone is prose's to read),
    unless `rates_alone` (a grid table's heading or row label, which prose never sees).
    `prefix` leads each label (a member that names no party, over its row labels)."""
    raw = doc.text[cell.start : cell.end]
    found = named_amounts(raw, doc.yen)
    if not found or (not rates_alone and all(n.is_rate for n in found)):
        return []
    out: list[Fact] = []
    for n in found:
        label = " ".join(n.label.split())
        if prefix and prefix.lower() not in label.lower():
            label = f"{prefix} / {label}"
        v = Value(cell, cell.start + n.start, cell.start + n.end, n.amount, unit=n.unit)
        out.append(Fact(
            label=label, entity=entity, period=None, amount=n.amount, amount_max=None,
            scale=n.scale, unit=n.unit, blank=False, quote=quote_for(doc.text, v),
            span=(v.start, v.end),
        ))
    return out


def row_name_facts(
    doc: Document, table: Table, read: list[Fact]
) -> tuple[list[Fact], list[tuple[int, int]]]:
    """The facts a grid table's row labels and headings state ("$25,000 Promissory Note due
    2026 | 20 | 25"), and the cells they claim from prose; the lender a name holds is the
    entity. A label whose amounts the table already read (`read`: "net of tax of $5") is left."""
    facts: list[Fact] = []
    claimed: list[tuple[int, int]] = []
    for c in [*(row.label_cell for row in table.rows), *table.headings]:
        if c is None or not any(ch.isdigit() for ch in c.text):
            continue
        if any(f.span and c.start <= f.span[0] < c.end for f in read):
            continue
        party = member_party(c.text)[0]
        got = name_facts(doc, c, entity=party if is_party(party) and party != c.text else None,
                         rates_alone=True)
        if got:
            facts.extend(got)
            claimed.append((c.start, c.end))
    return facts, claimed


def _label(before: str, after: str, rate: bool) -> str:
    """The label of an amount between `before` and `after` in a name; "" when the name is
    not one that states it (a rate after words is prose's: "Tax at statutory rate of 16.5%")."""
    before = MEMBER_MARK.sub("", before).strip(_EDGE)
    after = MEMBER_MARK.sub("", _SCALE_WORD.sub("", after)).strip(_EDGE)
    if rate and before and not _RATE_IN_NAME.search(before):
        return ""
    if not after and before and not rate and _MEASURE_END.search(before) and _DEBT.search(before):
        return _LINK_END.sub("", before).strip(_EDGE)  # "Loan principal", "Credit line"
    rest = " ".join(p for p in (_LINK_END.sub("", before).strip(_EDGE), after) if p)
    rest = re.sub(r"\s{2,}", " ", rest).strip(_EDGE)
    if rest.count("(") > rest.count(")"):
        rest += ")"  # "Yen notes (fixed rate 1.20%)" -> "Yen notes (fixed rate)"
    kind = _kind(rest, rate)
    if not rest or kind is None:
        return ""  # "CDN$ 0.22", "Deposit $500": no instrument's name around the amount
    return f"{rest[0].upper()}{rest[1:]} / {kind}"


_LINK_END = re.compile(r"(?i)\s*\b(?:of|up to|for)\W*$")
# A rate in the parenthesis after a debt's name: "Yen notes (fixed rate 1.20%)", "Bonds
# (coupon 4.5%)"; not a rate a clause states ("Tax at statutory rate of 16.5%").
_RATE_IN_NAME = re.compile(
    r"(?i)\b(?:notes?|loans?|bonds?|debentures?|borrowings?)\b[^()]*\(\s*(?:fixed|floating|"
    r"variable|interest|coupon)?\s*(?:rate)?\s*(?:of\s*)?$"
)


def _kind(rest: str, rate: bool) -> str | None:
    """What such a name's amount is: a facility's size, a loan's amount, a note's face."""
    if rate:
        return "Interest rate" if _NOTE.search(rest) or _LOAN.search(rest) else None
    if _FACILITY.search(rest):
        return "Facility amount"
    if _LOAN.search(rest):
        return "Loan amount"
    if _NOTE.search(rest):
        return "Face amount"
    return None
