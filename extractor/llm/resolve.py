"""The resolver role: the model dates, labels and confirms the rules' candidates.

The rules find amounts and blank slots well and date and label them less well. Here each of
their facts becomes a candidate with an id, marked in a copy of the note (`⟦c12⟧` just before
its characters, or at its slot); the offsets stay on our side. The model answers, per id, the
period (one of the period phrases found in the note, or null), the label, the entity and
whether the candidate is a fact at all. Nothing it says can add an amount or move one: the
amount, span, quote, unit and scale are the rules' own, so the model cannot invent a number,
and a blank slot is kept whatever the model says of it.

Pure functions: marking, the answer's schema (checked against the ids and period choices in
the validation context, so instructor sends a wrong id or period back for correction), and
applying an answer to the rules' facts with each field's provenance recorded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field, ValidationInfo, model_validator

from extractor.document import Document
from extractor.facts import ExtractionWarning, Fact
from extractor.periods import find_periods, parse_header_date

MARK = "⟦{}⟧"
MARK_RE = re.compile(r"⟦(c\d+)⟧")


@dataclass(frozen=True)
class Candidate:
    """One rules fact offered to the model: its id and its place in the note."""

    id: str
    index: int
    at: int
    fact: Fact


def candidates(facts: list[Fact]) -> list[Candidate]:
    """Ids for the rules' facts (c1, c2, ... in text order), marked where each one starts."""
    placed = [(i, f) for i, f in enumerate(facts) if f.span is not None]
    placed.sort(key=lambda p: (p[1].span or (0, 0))[0])
    return [Candidate(f"c{n}", i, (f.span or (0, 0))[0], f) for n, (i, f) in
            enumerate(placed, 1)]


def marked(text: str, start: int, end: int, cands: list[Candidate]) -> str:
    """text[start:end] with each candidate's marker inserted at its place."""
    out: list[str] = []
    pos = start
    for c in sorted(cands, key=lambda c: c.at):
        if not start <= c.at <= end:
            continue
        out.append(text[pos : c.at])
        out.append(MARK.format(c.id))
        pos = c.at
    out.append(text[pos:end])
    return "".join(out)


def period_choices(doc: Document, facts: list[Fact]) -> dict[str, str]:
    """The periods the model may choose from, each with the words that name it: the phrases
    found in the note, its date headers and columns, the page's period header, and the
    periods the rules gave. The model may also give a duration ending on any of their dates
    (`allowed`): a column "Jun. 30, 2024" under "3 Months Ended" is P3M/2024-06-30."""
    choices: dict[str, str] = {}
    if doc.period:
        choices[doc.period] = "the page's period header"
    for col in doc.columns:
        if col.period:
            choices.setdefault(col.period, f"column {col.label[:40]!r}")
    for line in doc.text.splitlines():
        for p in find_periods(line):
            for period in p.periods:
                choices.setdefault(period, " ".join(line[p.start : p.end].split())[:80])
        date = parse_header_date(line.strip(" |\t"))
        if date:
            choices.setdefault(date, line.strip(" |\t")[:40])
    for f in facts:
        if f.period:
            choices.setdefault(f.period, "read by the rules")
    _other_years(doc.text, choices)
    return choices


def _other_years(text: str, choices: dict[str, str]) -> None:
    """A year the note names alone ("2017" over a column) on the day and month its dates
    end: "Dec. 31, 2018" and "2017" give 2017-12-31 too."""
    # (a year before a comma is a year too, "June 23, 2021, the Company"; "2,021" is no year)
    years = {int(y) for y in re.findall(r"(?<![\d.,$])((?:19|20)\d\d)(?!\d|,\d)", text)}
    ends = {c.rsplit("/", 1)[-1] for c in choices}
    for end in sorted(ends):
        y, md = int(end[:4]), end[4:]
        for other in sorted(years):
            if 0 < abs(other - y) <= 3 and md != "-02-29":
                choices.setdefault(f"{other:04d}{md}", f"the year {other}")


def allowed(period: str, choices: dict[str, str]) -> bool:
    """A period the model may give: a choice, or a duration ending on a choice's date."""
    if period in choices:
        return True
    m = _DURATION.match(period)
    return m is not None and any(c.rsplit("/", 1)[-1] == m.group(1) for c in choices)


# Up to ten years: cumulative figures of a programme run that long ("since its inception in
# July 2014 through March 31, 2018": P45M/2018-03-31).
_DURATION = re.compile(r"^P(?:[1-9]|[1-9]\d|1[01]\d|120)M/(\d{4}-\d{2}-\d{2})$")


def describe(c: Candidate) -> str:
    """One line of the candidate list: what the rules read there."""
    f = c.fact
    value = "blank slot" if f.blank else f.amount or ""
    if f.amount_max:
        value += f" to {f.amount_max}"
    what = ", ".join(x for x in (f.unit, f"scale {f.scale}" if f.scale else "") if x)
    return (f"{c.id}: {value}{f' ({what})' if what else ''}; rules: period "
            f"{f.period or 'null'}, label {f.label!r}, entity {f.entity or 'null'}")


class Decision(BaseModel):
    """The model's reading of one candidate."""

    id: str = Field(description="the candidate's id, e.g. c12")
    fact: bool = Field(default=True, description="false when the number is not a fact (a "
                       "year, a note number, a term); blank slots are always facts")
    period: str | None = Field(default=None, description="one of the period choices, or null")
    more_periods: list[str] = Field(
        default_factory=list,
        description="further periods when one amount is stated for several dates",
    )
    label: str | None = Field(default=None, description="the measure as the text names it")
    entity: str | None = Field(default=None, description="counterparty, member or segment; "
                               "null for the company itself")


class Resolution(BaseModel):
    """The model's readings of the candidates, one per id."""

    decisions: list[Decision] = Field(default_factory=list)

    @model_validator(mode="after")
    def _known(self, info: ValidationInfo) -> Resolution:
        ctx = info.context if isinstance(info.context, dict) else None
        if ctx is None:
            return self
        ids, periods = set(ctx.get("ids", ())), dict.fromkeys(ctx.get("periods", ()), "")
        problems: list[str] = []
        for d in self.decisions:
            if d.id not in ids:
                problems.append(f"{d.id!r} is not a candidate id")
            for p in [d.period, *d.more_periods]:
                if p is not None and not allowed(p, periods):
                    problems.append(f"{d.id}: period {p!r} is not one of the choices")
        if problems:
            raise ValueError(
                "; ".join(problems[:20]) + f". Ids: {', '.join(sorted(ids))[:400]}; periods: "
                f"{', '.join(sorted(periods))[:600]}, a duration PnM/ ending on one of their "
                "dates, or null")
        return self


def apply(
    facts: list[Fact], cands: list[Candidate], answer: Resolution
) -> tuple[list[Fact], list[ExtractionWarning]]:
    """The rules' facts as the model read them: period, label and entity from its decision,
    amount, span, quote, unit and scale the rules' own; a candidate it calls no fact dropped
    (never a blank), one it gives more periods repeated for each. A fact no decision names
    stays as the rules read it. `provenance` names the engine that set each field."""
    by_id = {d.id: d for d in answer.decisions}
    out: list[Fact] = []
    warnings: list[ExtractionWarning] = []
    decided = {c.index: by_id.get(c.id) for c in cands}
    for i, f in enumerate(facts):
        d = decided.get(i)
        if d is None:
            out.append(f.model_copy(update={"engines": ["rules"]}))
            continue
        if not d.fact and not f.blank:
            warnings.append(ExtractionWarning(
                code="llm_not_a_fact", span=f.span,
                message=f"the model reads {f.amount} ({f.label!r}) as no fact; dropped"))
            continue
        update, prov = _fields(f, d)
        first = f.model_copy(update={**update, "engines": ["llm", "rules"], "provenance": prov})
        out.append(first)
        for p in dict.fromkeys(d.more_periods):
            if p != first.period:
                out.append(first.model_copy(update={"period": p}))
    return out, warnings


def _fields(f: Fact, d: Decision) -> tuple[dict[str, Any], dict[str, str]]:
    """The fields a decision sets, and who set each."""
    prov = {k: "rules" for k in ("amount", "span", "quote", "unit", "scale", "blank")}
    update: dict[str, Any] = {}
    given = d.model_fields_set
    label = (d.label or "").strip()
    entity = (d.entity or "").strip() or None
    for name, value, said in (("period", d.period, "period" in given),
                              ("label", label, bool(label)),
                              ("entity", entity, "entity" in given)):
        if not said:
            prov[name] = "rules"
            continue
        prov[name] = "llm+rules" if getattr(f, name) == value else "llm"
        update[name] = value
    return update, prov
