"""Prose: sentences -> amount lists x period lists -> facts, blank slots included.

The pipeline for the prose of a note:

1. `paragraphs`: the body's lines outside tables, rejoined where the viewer broke a sentence.
2. `sentences`: each paragraph cut at sentence ends (not at "Co., Ltd." or "3.85").
3. In each sentence, `periods.find_periods` gives the period phrases and `amounts.find_amounts`
   the amounts and the marks of dropped ones.
4. `amount_lists` groups amounts that only separators join ("RMB5, RMB2 and") and reads the
   separators the viewer left around them as possible blank slots.
5. `align` picks, for each list, the period phrase it goes with and the reading of its blank
   slots whose count matches that phrase ("of , RMB34 and RMB6 ... 2021, 2022 and 2023" is a
   blank, 34 and 6). What cannot be reconciled is emitted undated with a warning.
6. `labels` names the measure and the entity from the sentence and its paragraph.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from extractor.amounts import CURRENCY, Amount, currency_code, find_amounts
from extractor.document import Document, Line
from extractor.facts import ExtractionWarning, Fact
from extractor.grounding import quote_around
from extractor.labels import EntityFinder, label_for
from extractor.periods import PeriodPhrase, find_periods, shift_year


@dataclass
class ProsePart:
    """Facts read from the prose of a note, with warnings naming what stayed uncertain."""

    facts: list[Fact] = field(default_factory=list)
    warnings: list[ExtractionWarning] = field(default_factory=list)


@dataclass(frozen=True)
class Segment:
    """A stretch of the text (a paragraph or a sentence) with its offset in the document."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass
class AmountList:
    """Amounts joined only by separators, and the blank readings their separators allow.

    `options[k]` lists how many blank slots the k-th separator run may hold: run 0 is before
    the first amount, run i (1..n-1) between amounts i-1 and i, run n after the last.
    `slots[k]` is the position each of those blanks would take.
    """

    items: list[Amount]
    options: list[tuple[int, ...]]
    slots: list[list[int]]
    twins: dict[int, list[Amount]] = field(default_factory=dict)
    sentence: str = ""

    @property
    def start(self) -> int:
        return self.items[0].token_start

    @property
    def end(self) -> int:
        return self.items[-1].token_end

    def min_size(self) -> int:
        return len(self.items) + sum(min(o) for o in self.options)

    def readings(self, size: int) -> list[tuple[int, ...]]:
        """Every choice of blanks per run that gives `size` slots, most plausible first."""
        need = size - len(self.items)
        if need < 0 or sum(len(o) > 1 for o in self.options) > MAX_CHOICES:
            # Real lists have a handful of slots; a pathological one is read without blanks.
            fixed = tuple(min(o) for o in self.options)
            return [fixed] if sum(fixed) == need else []
        found = [c for c in itertools.product(*self.options) if sum(c) == need]
        # Prefer readings that put blanks where the separators are densest (fewest choices
        # that differ from the maximal reading of a run), then leading over trailing.
        found.sort(
            key=lambda c: (
                sum(1 for k, n in enumerate(c) if n not in (0, max(self.options[k]))),
                -c[0] if c else 0,
            )
        )
        return found


MAX_CHOICES = 10
_MARKED_NUMBER = re.compile(rf"({CURRENCY})\s?\(?\d")
_ABBREV = re.compile(
    r"(?:\b(?:Co|Ltd|Inc|Corp|No|Nos|Mr|Ms|Mrs|Dr|St|Jr|Sr|vs|approx|e\.g|i\.e|etc|U\.S|Jan|Feb|"
    r"Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|S\.A|N\.V|B\.V|L\.P|L\.L\.C|P\.R\.C|[A-Z])\.)$"
)
_SENTENCE_END = re.compile(r"[.;!?](?=\s+[A-Z(“\"0-9])|[.!?]$")
_SEPARATORS = re.compile(r"(?:\s*+(?:,|\band\b|;)\s*+)++")
_SEP_TOKEN = re.compile(r",|(?:\b|(?<=were)|(?<=was)|(?<=are)|(?<=of)|(?<=is))and\b|;")
_LEADS = re.compile(
    r"(?:\b(?:of|were|was|is|are|be|been|at|to|by|from|totaled|totalled|totaling|totalling|"
    r"amounted|approximately|about|include|includes|included|recorded|recognized|billed|paid|"
    r"received|granted|issued|acquire|acquired|borrowed|reached|with)|wereand|wasand)\s*$",
    re.IGNORECASE,
)
_GLUED_LEAD = re.compile(r"(?:were|was|is|are|of)(?=and\b)")
_YEAR_ONLY = re.compile(r"^(?:19|20)\d\d$")
_USEFUL_LIFE = re.compile(r"useful li|depreciat|amortiz|estimated li|economic li", re.I)
_OPENING_HEAD = re.compile(
    r"(?:\(?[a-z0-9ivx]{1,4}\)\.?\s*)?(?:during|for|in|as of|as at|on|at|through|by)?"
    r"(?:\s*(?:the|each of the|each of|both|all of the))*\s*"
)
_PAREN_YEARS = re.compile(
    r"\((?P<years>(?:19|20)\d\d(?:\s*(?:,|and|&)\s*(?:19|20)\d\d)*)\s*:\s*(?P<vals>[^()]*)\)"
)


def extract_prose(doc: Document, skip: list[tuple[int, int]] | None = None) -> ProsePart:
    """Facts from the sentences of a note, outside the ranges `skip` (tables)."""
    part = ProsePart()
    entities = EntityFinder.from_text(doc.text[doc.body_start : doc.body_end])
    currency = dominant_currency(doc)
    for para in paragraphs(doc, skip or []):
        para_period: PeriodPhrase | None = None
        para_entity: str | None = None
        for sent in sentences(para):
            facts, warnings, opening, entity = read_sentence(
                doc, sent, entities, para_period, para_entity, currency
            )
            if opening is not None:
                para_period = opening
            named = [f.entity for f in facts if f.entity]
            if named or entity:
                para_entity = named[-1] if named else entity
            part.facts.extend(facts)
            part.warnings.extend(warnings)
    return part


def dominant_currency(doc: Document) -> str | None:
    """The one currency a note's amounts are stated in, if it uses only one: what a bare "nil"
    in it is counted in. A mark right before a number is enough to tell; the full amount
    reader runs per sentence later."""
    found = {currency_code(m.group(1), doc.yen) for m in _MARKED_NUMBER.finditer(doc.body)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def paragraphs(doc: Document, skip: list[tuple[int, int]]) -> list[Segment]:
    """The body's prose lines, rejoined where the viewer broke a sentence across lines."""
    lines = [
        ln
        for ln in doc.lines()
        if ln.stripped
        and (
            _is_sentence(ln.stripped)
            or not any(s <= ln.start < e or s < ln.end <= e for s, e in skip)
        )
    ]
    out: list[Segment] = []
    cur: list[Line] = []
    for ln in lines:
        if cur and _continues(cur[-1], ln):
            cur.append(ln)
            continue
        if cur:
            out.append(_segment(doc.text, cur))
        cur = [ln]
    if cur:
        out.append(_segment(doc.text, cur))
    return [p for p in out if re.search(r"\d|\b(?:nil|million)\b|%|\$", p.text)]


def _is_sentence(s: str) -> bool:
    """A line of running prose, which stays prose even inside a region a table claims."""
    return (
        not s.startswith("|")
        and len(s) >= 60
        and len(s.split()) >= 10
        and s.rstrip().endswith((".", ":", ";"))
    )


def _segment(text: str, lines: list[Line]) -> Segment:
    return Segment(lines[0].start, text[lines[0].start : lines[-1].end])


def _continues(prev: Line, ln: Line) -> bool:
    """Whether `ln` continues the sentence `prev` was cut in ("The\\nfollowing", "RMB670,187\\n,
    mainly", "at3.85\\n%")."""
    p, s = prev.stripped, ln.stripped
    if (p.startswith("|") and len(p) < 80) or s.startswith("|"):
        return False
    if p.endswith((".", ":", ";")) and not _ABBREV.search(p):
        return False
    return bool(re.match(r"[a-z,%)\].]|and\b|or\b", s)) or (
        len(p.split()) >= 1 and not p.endswith(".") and len(p) > 60 and s[:1].islower()
    )


MAX_SENTENCE = 3000
"""Longer "sentences" (a table flattened into one line, a run of digits) are read in pieces of
at most this many characters, so that reading stays linear in the length of the text."""


def sentences(para: Segment) -> list[Segment]:
    """Cut a paragraph at sentence ends, keeping offsets."""
    out: list[Segment] = []
    start = 0
    text = para.text
    for m in _SENTENCE_END.finditer(text):
        cut = m.end()
        # Only a few characters either side decide; never slice the whole rest of the text.
        if _ABBREV.search(text[max(start, cut - 12) : cut]) and not text[
            cut : cut + 12
        ].lstrip().startswith(("The ", "In ")):
            continue
        if (
            text[m.start()] == "."
            and m.start() > start
            and text[m.start() - 1].isdigit()
            and text[cut : cut + 1].isdigit()
        ):
            continue
        if text[start:cut].strip():
            out.extend(_pieces(para.start + start, text[start:cut]))
        start = cut
    if text[start:].strip():
        out.extend(_pieces(para.start + start, text[start:]))
    return out


def _pieces(offset: int, text: str) -> list[Segment]:
    """A sentence as one segment, or cut at spaces into pieces of at most MAX_SENTENCE."""
    if len(text) <= MAX_SENTENCE:
        return [Segment(offset, text)]
    out: list[Segment] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + MAX_SENTENCE)
        if end < len(text):
            space = text.rfind(" ", pos + MAX_SENTENCE // 2, end)
            end = space + 1 if space > 0 else end
        out.append(Segment(offset + pos, text[pos:end]))
        pos = end
    return out


def read_sentence(
    doc: Document,
    sent: Segment,
    entities: EntityFinder,
    para_period: PeriodPhrase | None,
    para_entity: str | None,
    currency: str | None = None,
) -> tuple[list[Fact], list[ExtractionWarning], PeriodPhrase | None, str | None]:
    """The facts of one sentence; also its opening period phrase and the entity it names
    (both carry over to the rest of the paragraph)."""
    text = sent.text
    fy_end = doc.period.split("/")[-1] if doc.period else None
    months = int(doc.period[1:].split("M")[0]) if doc.period and doc.period[0] == "P" else None
    phrases = find_periods(text, fiscal_year_end=fy_end, fiscal_months=months)
    phrases += _this_year_phrases(text, doc.period)
    phrases += _year_phrases(text, phrases, fy_end)
    phrases.sort(key=lambda p: p.start)
    bounds = _bounds(text, phrases)
    amounts = [a for a in find_amounts(text, doc.yen) if _is_fact(text, a, phrases)]
    entity = entities.in_sentence(text) or None
    if not amounts:
        opening = _opening(phrases, text)
        return [], [], opening, entity
    facts: list[Fact] = []
    warnings: list[ExtractionWarning] = []
    taken: set[int] = set()
    # "(2021 and 2022: nil)": comparatives in parentheses, dated by their own years.
    for m in _PAREN_YEARS.finditer(text):
        inner = [a for a in amounts if m.start("vals") <= a.start < m.end("vals")]
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group("years"))]
        base = next((p for p in phrases if p.end <= m.start() and p.kind != "date"), None)
        base = base or para_period
        base_periods = base.periods if base else ((doc.period,) if doc.period else ())
        if not inner or not base_periods:
            continue
        # The comparatives restate the amount just before the parenthesis: its label and unit.
        main = next((b for b in reversed(amounts) if b.token_end <= m.start()), None)
        named = label_for(text, main, entities, para_entity, bounds) if main else None
        for a in inner:
            taken.add(id(a))
            if a.unit is None and main is not None and main.unit:
                a = a.with_unit(main.unit, a.scale or main.scale)
            for y in years if len(inner) == 1 else years[: len(inner)]:
                kind = base_periods[0].split("/")
                period = (
                    f"{kind[0]}/{shift_year(kind[1], y)}"
                    if len(kind) == 2
                    else shift_year(kind[0], y)
                )
                facts.append(
                    _fact(doc, sent, a, period, text, entities, para_entity, named, currency)
                )
    amounts = [a for a in amounts if id(a) not in taken]
    phrases = [
        p
        for p in phrases
        if not any(p.start >= m.start() and p.end <= m.end() for m in _PAREN_YEARS.finditer(text))
    ]
    opening = _opening(phrases, text)
    # A date in the sentence's subject ("Amounts due ... as of December 31, 2023 amounted to")
    # dates its amounts as an opening phrase would, but does not carry to the next sentence.
    lead = opening or _leading_phrase(phrases, amounts)
    lists = amount_lists(text, amounts)
    spread = _spread_respectively(lists, phrases)
    if spread is not None:
        # "recognized X of RMB1,840 and reversed Y of RMB1,603 for the six months ended June
        # 30, 2023 and 2024, respectively": one period per single-amount list, in order.
        for lst, period in zip(lists, spread, strict=True):
            named = label_for(text, lst.items[0], entities, para_entity, bounds)
            for a in (lst.items[0], *lst.twins.get(0, [])):
                facts.append(
                    _fact(doc, sent, a, period, text, entities, para_entity, named, currency)
                )
        return facts, warnings, opening, entity
    for lst in lists:
        f, w = align(
            doc, sent, lst, phrases, lead, para_period, entities, para_entity, currency, bounds
        )
        facts.extend(f)
        warnings.extend(w)
    return facts, warnings, opening, entity


def _spread_respectively(
    lists: list[AmountList], phrases: list[PeriodPhrase]
) -> tuple[str, ...] | None:
    """The periods of a "respectively" phrase when the sentence has one single amount per
    period, each in its own clause; None when that is not the sentence's shape."""
    if len(lists) < 2 or any(len(lst.items) != 1 or lst.items[0].blank for lst in lists):
        return None
    resp = [
        p
        for p in phrases
        if p.respectively and len(p.periods) == len(lists) and p.start >= lists[-1].end
    ]
    if len(resp) != 1 or any(len(p.periods) > 1 for p in phrases if p is not resp[0]):
        return None
    return resp[0].periods


def _is_fact(text: str, a: Amount, phrases: list[PeriodPhrase]) -> bool:
    """Drop what only looks like an amount: dates, years, payment terms, numbered headings."""
    if any(p.start <= a.start < p.end for p in phrases) and not a.explicit_unit:
        return False
    if a.kind == "days":
        return False
    if a.kind in ("year", "month") and not _USEFUL_LIFE.search(text):
        return False  # loan, lease and payment terms are not facts; useful lives are
    if a.blank:
        return True
    raw = text[a.start : a.end].strip("()")
    if _YEAR_ONLY.match(raw) and not a.explicit_unit and a.scale == 0:
        return False
    # "13. REVENUE": a numbered heading.
    if re.match(r"\.\s+[A-Z]", text[a.end : a.end + 3]) and (
        a.start == 0 or text[a.start - 1] == "\n"
    ):
        return False
    if a.kind == "count" and not a.explicit_unit and a.scale == 0:
        after = text[a.token_end : a.token_end + 25].lower()
        # Counts that only describe a party ("3 directors") or a time ("30 days") are not facts.
        if re.match(
            r"\s*(?:directors?|members?|employees?|subsidiaries|loans?|parties|times|"
            r"customers?|banks?|persons?|individuals?|entities|agreements?|th\b|st\b|"
            r"nd\b|rd\b)",
            after,
        ):
            return False
        # (a range such as the "5-1" of "Rule 10b5-1" is not a bare small number)
        if raw.isdigit() and int(raw) < 32 and not _list_neighbour(text, a):
            return False
    return True


def _list_neighbour(text: str, a: Amount) -> bool:
    """Whether a bare small number sits in a list with money (so it inherits the unit)."""
    window = text[max(0, a.start - 20) : a.end + 20]
    return bool(re.search(r"RMB|US\$|\$|HK\$|¥|€", window))


def _year_phrases(text: str, phrases: list[PeriodPhrase], fy_end: str | None) -> list[PeriodPhrase]:
    """'in 2018 and 2019', 'for fiscal 2022': whole years, as fiscal years ending on the page's
    year-end (December 31 when the page says nothing)."""
    end = fy_end if fy_end and fy_end[5:] in ("12-31", "03-31", "06-30", "09-30") else None
    base = end or "2000-12-31"
    out: list[PeriodPhrase] = []
    for m in re.finditer(
        r"\b(?:in|during|for)\s+(?:(?:the\s+)?(?:fiscal\s+)?years?\s+)?"
        r"(?P<ys>(?:19|20)\d\d(?:\s*(?:,\s*and|,|and)\s*(?:19|20)\d\d)*)\b(?![,\s]*\d)",
        text,
        re.IGNORECASE,
    ):
        if any(p.start <= m.start("ys") < p.end for p in phrases):
            continue
        years = [int(y) for y in re.findall(r"(?:19|20)\d\d", m.group("ys"))]
        periods = tuple(f"P12M/{shift_year(base, y)}" for y in years)
        out.append(PeriodPhrase(m.start(), m.end(), periods, "duration"))
    resp = [m.start() for m in re.finditer(r"\brespectively\b", text)]
    return [
        PeriodPhrase(
            p.start, p.end, p.periods, p.kind, any(r >= p.end or p.start - r < 40 for r in resp)
        )
        for p in out
    ]


def _leading_phrase(phrases: list[PeriodPhrase], amounts: list[Amount]) -> PeriodPhrase | None:
    """The first period phrase of a sentence when it comes before every amount."""
    first = min((a.token_start for a in amounts), default=0)
    for p in phrases:
        if p.end <= first and p.kind != "date":
            return p
        break
    return None


def _this_year_phrases(text: str, page_period: str | None) -> list[PeriodPhrase]:
    """"during the year" / "for the year" with no date: the page's own year, when the page
    is a year's note ("12 Months Ended")."""
    if not page_period or not page_period.startswith("P12M/"):
        return []
    return [
        PeriodPhrase(m.start(), m.end(), (page_period,), "duration")
        for m in re.finditer(r"\b(?:during|for|in)\s+the\s+(?:current\s+|fiscal\s+)?year\b"
                             r"(?!\s+(?:ended|ending|then))", text, re.IGNORECASE)
    ]


def _opening(phrases: list[PeriodPhrase], text: str) -> PeriodPhrase | None:
    """The period phrase that opens a sentence ("For the year ended ..., the Company")."""
    for p in phrases:
        head = text[: p.start].strip().lower()
        if p.start <= 3 or _OPENING_HEAD.fullmatch(head):
            return p
        break
    return None


def amount_lists(text: str, amounts: list[Amount]) -> list[AmountList]:
    """Group a sentence's amounts into lists joined only by separators, and read the blank
    slots their separators allow."""
    items = sorted(amounts, key=lambda a: a.token_start)
    groups: list[list[Amount]] = []
    twins: list[dict[int, list[Amount]]] = []
    for a in items:
        if groups:
            last = groups[-1][-1]
            gap = text[last.token_end : a.token_start]
            if _is_twin(text, last, a, gap):
                twins[-1].setdefault(len(groups[-1]) - 1, []).append(a)
                continue
            if _SEPARATORS.fullmatch(gap) or (gap.strip() == "" and a.blank != last.blank):
                groups[-1].append(a)
                continue
        groups.append([a])
        twins.append({})
    out: list[AmountList] = []
    for g, tw in zip(groups, twins, strict=True):
        options: list[tuple[int, ...]] = []
        slots: list[list[int]] = []
        # Run 0: between the word that introduces the list and its first amount.
        first = g[0]
        lo = max(0, first.token_start - 200)  # the introducing word is near: stay linear
        lead_text = text[lo : first.token_start]
        m = _LEAD_RUN.search(lead_text) or re.search(
            r"(?:(?<=were)|(?<=was)|(?<=are)|(?<=is)|(?<=of))and\s*$", lead_text
        )
        if (m and _LEADS.search(lead_text, max(0, m.start() - 40), m.start())) or (
            m and _GLUED_LEAD.search(lead_text[max(0, m.start() - 5) : m.start() + 3])
        ):
            opts, pos = _run_blanks(text, lo + m.start(), lo + m.end(), leading=True)
        else:
            opts, pos = (0,), []
        options.append(opts)
        slots.append(pos)
        for a, b in itertools.pairwise(g):
            opts, pos = _run_blanks(text, a.token_end, b.token_start)
            options.append(opts)
            slots.append(pos)
        last = g[-1]
        tail_end = _tail_end(text, last.token_end)
        if len(g) == 1 and first.blank and not _SEP_TOKEN.search(text[last.token_end : tail_end]):
            options.append((0,))
            slots.append([])
        else:
            opts, pos = _run_blanks(
                text, _after_twins(text, last, tw.get(len(g) - 1, [])), tail_end, trailing=True
            )
            options.append(opts)
            slots.append(pos)
        out.append(AmountList(g, options, slots, tw, text))
    return out


def _after_twins(text: str, last: Amount, twins: list[Amount]) -> int:
    end = last.token_end
    for t in twins:
        end = max(end, t.token_end)
    if twins and text[end : end + 1] == ")":
        end += 1
    return end


def _is_twin(text: str, a: Amount, b: Amount, gap: str) -> bool:
    """'RMB29 (US$4)', 'RMB 50 million ($7.25 million)', '57,704,373 $57.7 million': one
    amount restated, not a list item."""
    if b.blank and text[b.token_start : b.token_start + 1] == "(" and not gap.strip():
        return True  # "$1,493 ( )": the restatement was dropped
    if re.fullmatch(r"\s*\(\s*(?:approximately\s+|or\s+|equivalent to\s+)?", gap, re.IGNORECASE):
        return not b.blank or b.unit is not None or gap.strip() == "("
    return (
        gap.strip() == ""
        and not a.blank
        and not b.blank
        and (a.unit != b.unit or a.scale != b.scale)
    )


_LEAD_RUN = re.compile(r"(?<![,\s])(?:\s*+(?:,|\band\b)\s*+)++$")
_TAIL = re.compile(r"(?:\s*+(?:,|\band\b|and(?=of\b))\s*+)*+")


def _tail_end(text: str, pos: int) -> int:
    """Where the separators after a list's last amount end (the next word)."""
    m = _TAIL.match(text, pos)
    return m.end() if m else pos


def _run_blanks(
    text: str, start: int, end: int, leading: bool = False, trailing: bool = False
) -> tuple[tuple[int, ...], list[int]]:
    """How many blank slots a run of separators may hold, and where each would sit.

    HTML rendering collapses the spaces a dropped amount leaves, so ", and" may be the Oxford
    comma of a full list or "X, [ ] and [ ]". Between amounts a run of k separators holds k-1
    blanks (k-2 when ", and" is one separator); before the first amount, after the word that
    introduces the list, it holds k (k-1); after the last amount, only slots an "and" opens.
    """
    run = text[start:end]
    toks = [(m.group(), start + m.start(), start + m.end()) for m in _SEP_TOKEN.finditer(run)]
    if not toks:
        return (0,), []
    names = [t[0] for t in toks]
    merge = any(a == "," and b == "and" for a, b in itertools.pairwise(names))
    # Each blank sits right after the word or mark before its slot: the lead word, or a
    # separator.
    lead_pos = start if leading else None
    positions = [t[2] for t in toks]
    if leading:
        k = len(toks)
        choices = {0, k} | ({k - 1} if merge else set())
        pos = [lead_pos if lead_pos is not None else start, *positions[:-1]]
        return tuple(sorted(choices)), pos
    if trailing:
        if "and" not in names:
            return (0,), []
        k = names.index("and") + 1  # separators up to and including the "and"
        after_and = len(names) > k
        choices = {0, k} | ({k - 1} if merge else set())
        if after_and:
            choices = {0, 1} if k == 1 else choices
        return tuple(sorted(choices)), positions[:k]
    k = len(toks)
    choices = {k - 1} | ({k - 2} if merge and k >= 2 else set())
    return tuple(sorted(c for c in choices if c >= 0)), positions[:-1]


def align(
    doc: Document,
    sent: Segment,
    lst: AmountList,
    phrases: list[PeriodPhrase],
    opening: PeriodPhrase | None,
    para_period: PeriodPhrase | None,
    entities: EntityFinder,
    para_entity: str | None,
    currency: str | None = None,
    bounds: list[tuple[int, int]] | None = None,
) -> tuple[list[Fact], list[ExtractionWarning]]:
    """Pair a list's amounts (and blank slots) with the periods of the phrase they go with.

    Every slot of a list measures the same thing, so the list's first amount names them all.
    """
    text = sent.text
    bounds = bounds if bounds is not None else _bounds(text)
    named = label_for(text, lst.items[0], entities, para_entity, bounds)

    def fact(a: Amount, period: str | None) -> Fact:
        return _fact(doc, sent, a, period, text, entities, para_entity, named, currency)

    phrase = _phrase_for(lst, phrases, opening)
    if phrase is None and para_period is not None:
        phrase = para_period
    warnings: list[ExtractionWarning] = []
    n = len(phrase.periods) if phrase else 1
    readings = lst.readings(n)
    if not readings and phrase is not None and n > 1 and lst.min_size() == 1:
        # One amount stated once for several dates: one fact per date, sharing the span.
        slots = _slots(
            lst, lst.readings(1)[0] if lst.readings(1) else tuple(0 for _ in lst.options)
        )
        twins = lst.twins.get(0, [])
        return [fact(a, p) for p in phrase.periods for a in (slots[0], *twins)], []
    if not readings:
        least = [min(o) for o in lst.options]
        if (n <= 1 and len(lst.items) >= 2 and len(lst.options[-1]) > 1
                and re.match(r"\s*,\s*and\b", text[lst.end : lst.end + 8])):
            # "owned a%, %, and equity interest": an Oxford ", and" after a list, with nothing
            # after it, lost its last item.
            least[-1] = min(x for x in lst.options[-1] if x > 0)
        slots = _slots(lst, tuple(least))
        if phrase is not None and len(phrase.periods) > 1:
            warnings.append(
                ExtractionWarning(
                    code="unaligned",
                    message=f"{len(slots)} amounts but {n} periods in: "
                    f"{text.strip()[:160]!r}; amounts left undated",
                    span=(sent.start, sent.end),
                )
            )
            periods: list[str | None] = [None] * len(slots)
        else:
            periods = [_default_period(doc, phrase, a) for a in slots]
        return [fact(a, p) for a, p in zip(slots, periods, strict=True)], warnings
    if len(readings) > 1 and any(sum(r) for r in readings):
        warnings.append(
            ExtractionWarning(
                code="ambiguous_blanks",
                message=f"blank slots could sit in {len(readings)} places in: "
                f"{text.strip()[:160]!r}; took the most likely",
                span=(sent.start, sent.end),
            )
        )
    slots = _slots(lst, readings[0])
    facts: list[Fact] = []
    for k, a in enumerate(slots):
        period = phrase.periods[k] if phrase is not None else _default_period(doc, None, a)
        if (
            phrase is not None
            and n == 1
            and phrase is para_period
            and a.kind not in ("money", "zero")
        ):
            period = phrase.periods[0]
        facts.append(fact(a, period))
        for t in lst.twins.get(lst.items.index(a), []) if a in lst.items else []:
            facts.append(fact(t, period))
    return facts, warnings


def _default_period(doc: Document, phrase: PeriodPhrase | None, a: Amount) -> str | None:
    """A monetary amount nothing dates takes the page's period; rates and terms take none."""
    if phrase is not None and len(phrase.periods) == 1:
        return phrase.periods[0]
    if a.kind in ("money", "zero") and (a.unit not in ("percent", "year", "month")):
        return doc.period
    return None


def _phrase_for(
    lst: AmountList, phrases: list[PeriodPhrase], opening: PeriodPhrase | None
) -> PeriodPhrase | None:
    """The period phrase a list goes with: one whose count the list can fill, the sentence's
    opening phrase first, then the nearest after the list, then the nearest before."""

    def fits(p: PeriodPhrase) -> bool:
        return bool(lst.readings(len(p.periods)))

    usable = [p for p in phrases if p.kind != "date" or len(p.periods) > 1]
    nxt = next((p for p in usable if p.start >= lst.end), None)
    if nxt is not None and _ADJACENT.fullmatch(lst.sentence[lst.end : nxt.start]):
        return nxt  # "$3,000 per month in 2020 and 2019": the phrase right after the amount
    resp = [
        p
        for p in usable
        if p.respectively and len(p.periods) > 1 and p.start >= lst.end and fits(p)
    ]
    if resp and len(lst.items) > 1:
        return resp[0]  # "..., respectively, in 2018 and 2019" beats an opening event date
    first_after = next((p for p in usable if p.start >= lst.end), None)
    if (opening is not None and opening.kind in ("instant", "month", "date")
            and len(lst.items) == 1 and first_after is not None
            and first_after.kind == "duration" and len(first_after.periods) == 1
            and not re.search(r"\d", lst.sentence[first_after.start : first_after.end])
            # ... and no other amount stands between them to claim the phrase
            and not re.search(r"\d|million|%|\$|RMB", lst.sentence[lst.end : first_after.start])):
        return first_after  # "In May 2021, ... recorded a loss of $2 million during the year"
    if opening is not None and opening in usable and fits(opening):
        return opening
    after = [p for p in usable if p.start >= lst.end and fits(p)]
    before = [p for p in usable if p.end <= lst.start and fits(p)]
    compound = _compound_after(lst, usable)
    if compound is not None and fits(compound) and len(compound.periods) > 1:
        return compound
    if after and before and len(lst.items) == 1 and not after[0].respectively:
        # A lone amount between two dates goes with the nearer one ("¥ 311 million during
        # the year ended March 31, 2010").
        gap = lst.sentence[lst.end : after[0].start]
        if re.fullmatch(
            r"\s*(?:\([^()]*\)\s*)?(?:during|for|in|as of|as at|at|on)?\s*(?:the\s*)?", gap
        ):
            return after[0]
        if after[0].start - lst.end <= lst.start - before[-1].end:
            return after[0]
        return before[-1]
    if after and (after[0].respectively or not before or len(lst.items) > 1):
        return after[0]
    if before:
        return before[-1]
    if after:
        return after[0]
    # "... and RMB29 for the year ended December 31, 2022 and the six months ended June 30,
    # 2023": consecutive phrases joined by "and" name the list's periods together.
    if len(lst.items) + max(sum(max(o) for o in lst.options), 0) > 1:
        for i in range(len(usable)):
            for j in range(i + 1, len(usable)):
                joined = tuple(p for q in usable[i : j + 1] for p in q.periods)
                combo = PeriodPhrase(usable[i].start, usable[j].end, joined, usable[i].kind)
                if fits(combo):
                    return combo
    if opening is not None:
        return opening
    singles = [p for p in usable if len(p.periods) == 1]
    if singles:
        return min(singles, key=lambda p: abs(p.start - lst.start))
    return max(usable, key=lambda p: len(p.periods)) if usable else None


_ADJACENT = re.compile(
    r"\s*(?:\([^()]*\)\s*)?(?:per\s+(?:month|year|annum|share|day)\s*)?(?:in|during|for|as of|at)?"
    r"\s*(?:each of\s+)?(?:the\s+)?",
    re.IGNORECASE,
)


def _compound_after(lst: AmountList, phrases: list[PeriodPhrase]) -> PeriodPhrase | None:
    """Period phrases after a list joined only by "and"/commas ("for the year ended December
    31, 2022, and for the six months ended June 30, 2023, respectively") name one period per
    slot together."""
    run: list[PeriodPhrase] = []
    for p in phrases:
        if p.start < lst.end:
            continue
        if run and not re.fullmatch(
            r"[\s,]*(?:and)?[\s,]*(?:for|as of|as at|during|in)?\s*(?:the\s*)?",
            lst.sentence[run[-1].end : p.start],
        ):
            break
        run.append(p)
    if len(run) < 2:
        return None
    return PeriodPhrase(
        run[0].start,
        run[-1].end,
        tuple(x for p in run for x in p.periods),
        run[0].kind,
        any(p.respectively for p in run),
    )


def _slots(lst: AmountList, reading: tuple[int, ...]) -> list[Amount]:
    """The list's slots in text order: its amounts and, per the reading, its blanks."""
    unit, scale = _shared_unit(lst.items)
    kinds = {a.kind for a in lst.items}
    kind = kinds.pop() if len(kinds) == 1 else "money"
    out: list[Amount] = []
    for k, n in enumerate(reading):
        positions = lst.slots[k]
        # Leading and inner slots sit after the lead word and the first separators; the slots
        # an "and" opens after the last amount sit after the last separators ("..., and [ ]").
        last_run = k == len(lst.items) and k > 0
        chosen = (positions[len(positions) - n :] if last_run else positions[:n]) if n else []
        for p in chosen:
            out.append(
                Amount(p, p, None, unit, scale, blank=True, kind=kind, token_start=p, token_end=p)
            )
        if k < len(lst.items):
            a = lst.items[k]
            if a.unit is None and unit is not None and a.kind in ("money", "count", "zero"):
                a = a.with_unit(unit, a.scale or (scale if a.blank else a.scale))
            elif a.blank and a.unit is not None and a.scale == 0 and scale and a.unit == unit:
                a = a.with_unit(a.unit, scale)
            out.append(a)
    return out


def _shared_unit(items: list[Amount]) -> tuple[str | None, int]:
    """The unit and scale every amount of a list that states one shares (else None, 0)."""
    units = {a.unit for a in items if a.explicit_unit and a.unit is not None}
    if len(units) != 1:
        return None, 0
    scales = {a.scale for a in items if a.explicit_unit and not a.blank}
    return units.pop(), (scales.pop() if len(scales) == 1 else 0)


def _bounds(text: str, phrases: list[PeriodPhrase] | None = None) -> list[tuple[int, int]]:
    """The sentence's period phrases with the words that introduce them ("during the")."""
    out = []
    for p in find_periods(text) if phrases is None else phrases:
        lo = max(0, p.start - 24)
        m = re.search(
            r"(?:\b(?:during|for|in|as of|as at|at|on|of)\s+)?(?:the\s+)?(?:fiscal\s+)?$",
            text[lo : p.start],
        )
        out.append((lo + m.start() if m else p.start, p.end))
    return out


def _fact(
    doc: Document,
    sent: Segment,
    a: Amount,
    period: str | None,
    text: str,
    entities: EntityFinder,
    para_entity: str | None,
    named: tuple[str, str | None] | None = None,
    currency: str | None = None,
) -> Fact:
    start, end = sent.start + a.start, sent.start + a.end
    label, entity = named or label_for(text, a, entities, para_entity, _bounds(text))
    unit = a.unit
    if unit is None and a.kind == "zero":
        unit = currency
    if a.kind == "per_share" and unit == "share":
        unit = None
    scale = a.scale
    if scale == 0 and unit not in (None, "percent", "share", "year", "month") and doc.scales:
        scale = doc.scale_for(unit)
    return Fact(
        label=label,
        entity=entity,
        period=period,
        amount=None if a.blank else a.value,
        amount_max=a.value_max,
        scale=scale,
        unit=unit,
        blank=a.blank,
        quote=quote_around(sent.text, a.start, a.end).strip() or quote_around(doc.text, start, end),
        span=(start, end),
    )
