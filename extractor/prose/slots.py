"""Slots: amounts joined only by separators, and the blank slots those separators allow.

HTML rendering drops amounts but keeps the separators around them ("of , RMB34 and RMB6"):
`amount_lists` groups a sentence's amounts into lists and counts, per run of separators, how
many blank slots it may hold; `slots` lays a chosen reading out in text order.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from extractor.amounts import Amount
from extractor.vocabulary import CURRENCY


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
_SEPARATORS = re.compile(r"(?:\s*+(?:,|\band\b|;)\s*+)++")
# "and" glued to the word after it ("RMB2.0 million andwere guaranteed"): the viewer dropped
# the list's last amount between them
_GLUED_AFTER = r"(?=(?:of|from|to|for|in|at|as|during|were|was|is|are|would|will|had|have|has)\b)"
_SEP_TOKEN = re.compile(
    r",|(?:\b|(?<=were)|(?<=was)|(?<=are)|(?<=of)|(?<=is)|(?<=to)|(?<=[a-z]ed))and"
    rf"(?:\b|{_GLUED_AFTER})|;"
)
_LEADS = re.compile(
    r"(?:\b(?:of|were|was|is|are|be|been|at|to|by|from|totaled|totalled|totaling|totalling|"
    r"amounted|approximately|about|include|includes|included|recorded|recognized|billed|paid|"
    r"received|granted|issued|acquire|acquired|borrowed|reached|with|had|has|have)|wereand|"
    r"wasand|toand)\s*$",
    re.IGNORECASE,
)
# "wereand", "issuedand", "amounted toand": the viewer dropped the amount between a verb (or the
# "to" of "amounted to") and "and".
_GLUED_LEAD = re.compile(r"(?:were|was|is|are|of|to|[a-z]{3,}ed)(?=and\b)")


# "the Company purchased , $0 and $3,997": a comma with a space before it, after a word, is
# what the viewer leaves of a dropped first item (written text puts no space before a comma)
_SPACED_COMMA = re.compile(r"[ \t]+,")
_OPENS_NO_SEPARATOR = re.compile(
    r"\b(?:of|was|were|is|are|been|had|has|have|totall?ed|totall?ing|approximately)$",
    re.IGNORECASE,
)
_GLUED_AND = re.compile(
    r"(?:(?<=were)|(?<=was)|(?<=are)|(?<=is)|(?<=of)|(?<=to)|(?<=[a-z]ed))and\s*$")


_NIL_WORD = re.compile(r"(?i)nil|none")


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
            own_twins = twins[-1].get(len(groups[-1]) - 1, [])
            if own_twins:
                # "RMB50.0 million ($7.0 million) and nil", "RMB5.2 million (US$0.7 million)
                # and RMB (US$ )": the list goes on after the translation in parentheses
                gap = text[_after_twins(text, last, own_twins) : a.token_start]
            if _is_twin(text, last, a, gap) or (own_twins and a.blank and _is_twin(
                text, own_twins[-1], a, text[own_twins[-1].token_end : a.token_start]
            )):
                twins[-1].setdefault(len(groups[-1]) - 1, []).append(a)
                continue
            if _SEPARATORS.fullmatch(_before_negative(text, gap, a)) or (
                gap.strip() == "" and a.blank != last.blank
            ):
                groups[-1].append(a)
                continue
        groups.append([a])
        twins.append({})
    out: list[AmountList] = []
    for gi, (g, tw) in enumerate(zip(groups, twins, strict=True)):
        options: list[tuple[int, ...]] = []
        slots: list[list[int]] = []
        # Run 0: between the word that introduces the list and its first amount.
        first = g[0]
        lo = max(0, first.token_start - 200)  # the introducing word is near: stay linear
        lead_text = text[lo : first.token_start]
        # (both patterns end on "," or "and" at the end: other leads are not scanned)
        m = (_LEAD_RUN.search(lead_text) or _GLUED_AND.search(lead_text)
             if lead_text.rstrip().endswith((",", "and")) else None)
        if (m and _LEADS.search(lead_text, max(0, m.start() - 40), m.start())) or (
            m and _GLUED_LEAD.search(lead_text[max(0, m.start() - 5) : m.start() + 3])
        ) or (m and _SPACED_COMMA.match(lead_text, m.start())):
            opts, pos = _run_blanks(text, lo + m.start(), lo + m.end(), leading=True)
        else:
            opts, pos = (0,), []
        options.append(opts)
        slots.append(pos)
        for k, (a, b) in enumerate(itertools.pairwise(g)):
            opts, pos = _run_blanks(text, _after_twins(text, a, tw.get(k, [])), b.token_start)
            options.append(opts)
            slots.append(pos)
        last = g[-1]
        tail_end = _tail_end(text, last.token_end)
        if len(g) == 1 and first.blank and not _SEP_TOKEN.search(text[last.token_end : tail_end]):
            options.append((0,))
            slots.append([])
        else:
            opts, pos = _run_blanks(
                text, _after_twins(text, last, tw.get(len(g) - 1, [])), tail_end, trailing=True,
                clause_follows=gi < len(groups) - 1,
            )
            options.append(opts)
            slots.append(pos)
        out.append(AmountList(g, options, slots, tw, text))
    return out


def _before_negative(text: str, gap: str, a: Amount) -> str:
    """The gap before `a` without the "(" that opens it when `a` is a negative in parentheses
    ("$187, $204 and ($1,317) in 2024, 2023 and 2022": a list of three, not a dropped slot)."""
    if gap.endswith("(") and text[a.token_start - 1 : a.token_start] == "(" and (
        text[a.token_end - 1 : a.token_end] == ")"
    ):
        return gap[:-1]
    return gap


def _after_twins(text: str, last: Amount, twins: list[Amount]) -> int:
    end = last.token_end
    for t in twins:
        end = max(end, t.token_end)
    if twins and text[end : end + 1] == ")":
        end += 1
    return end


_TWIN_GAP = re.compile(r"\s*\(\s*(?:approximately\s+|or\s+|equivalent to\s+)?", re.IGNORECASE)


def _is_twin(text: str, a: Amount, b: Amount, gap: str) -> bool:
    """'RMB29 (US$4)', 'RMB 50 million ($7.25 million)', '57,704,373 $57.7 million': one
    amount restated, not a list item."""
    if b.blank and text[b.token_start : b.token_start + 1] in ("(", ",") and not gap.strip():
        # "$1,493 ( )": the restatement was dropped; "RMB 4,206 ($US5, )": its second item
        return True
    if _TWIN_GAP.fullmatch(gap):
        return not b.blank or b.unit is not None or gap.strip() == "("
    return (
        gap.strip() == ""
        and not a.blank
        and not b.blank
        and (a.unit != b.unit or a.scale != b.scale)
    )


_NOUN_PHRASE_NEXT = re.compile(r"\s*(?:a|an|the)\s", re.IGNORECASE)
_NUMBER_NEXT = re.compile(rf"\s*(?:{CURRENCY}\s?)?\(?\d")
_LEAD_RUN = re.compile(r"(?<![,\s])(?:\s*+(?:,|\band\b)\s*+)++$")
_TAIL = re.compile(rf"(?:\s*+(?:[,;]|\band\b|\band{_GLUED_AFTER})\s*+)*+")


def _tail_end(text: str, pos: int) -> int:
    """Where the separators after a list's last amount end (the next word)."""
    m = _TAIL.match(text, pos)
    return m.end() if m else pos


def _run_blanks(
    text: str, start: int, end: int, leading: bool = False, trailing: bool = False,
    clause_follows: bool = False,
) -> tuple[tuple[int, ...], list[int]]:
    """How many blank slots a run of separators may hold, and where each would sit.

    HTML rendering collapses the spaces a dropped amount leaves, so ", and" may be the Oxford
    comma of a full list or "X, [ ] and [ ]". Between amounts a run of k separators holds k-1
    blanks (k-2 when ", and" or "; and" is one separator); before the first amount, after the
    word that introduces the list, it holds k (k-1); after the last amount, only slots an "and"
    opens.
    """
    # Searched in place, so that a lookbehind sees the word glued to "and" ("issuedand").
    toks = [(m.group(), m.start(), m.end()) for m in _SEP_TOKEN.finditer(text, start, end)]
    if not toks:
        return (0,), []
    names = [t[0] for t in toks]
    # ", and" may be one separator (an Oxford comma), and so may "; and" (the same in a list
    # whose items hold commas: "31,979,909; and 33,185,971")
    merge = any(a in ",;" and b == "and" for a, b in itertools.pairwise(names))
    # Each blank sits right after the word or mark before its slot: the lead word, or a
    # separator.
    lead_pos = start if leading else None
    positions = [t[2] for t in toks]
    if leading:
        k = len(toks)
        choices = {0, k} | ({k - 1} if merge else set())
        if start > 0 and text[start - 1].isalpha() and text.startswith("and", start):
            choices.discard(0)  # "issuedand": no space left means an amount was dropped there
        elif _OPENS_NO_SEPARATOR.search(text, max(0, start - 16), start) or (
            _SPACED_COMMA.match(text, start)
        ):
            # "benefit of , $1 million and $2 million", "expense was and $2.6 billion": no list
            # opens with a separator right after these words ("awards that will be granted and
            # 53,320 awards" is two clauses)
            choices.discard(0)
        pos = [lead_pos if lead_pos is not None else start, *positions[:-1]]
        return tuple(sorted(choices)), pos
    if trailing:
        if "and" not in names or _NUMBER_NEXT.match(text, toks[-1][2]) or (
            clause_follows and _NOUN_PHRASE_NEXT.match(text, toks[-1][2])
        ):
            # "$2.4 million and a benefit of $3.8 million": the "and" opens a new clause with
            # an amount of its own (an article after it), not a dropped amount; "$763 million,
            # $388 million and an immaterial amount" is a list item in words, though. "12.8,
            # and 4.6 years": the last item is a number that states no fact (a note's remaining
            # life), not a slot.
            return (0,), []
        k = names.index("and") + 1  # separators up to and including the "and"
        after_and = len(names) > k
        choices = {0, k} | ({k - 1} if merge else set())
        if after_and:
            choices = {0, 1} if k == 1 else choices
        if text[toks[k - 1][2] : toks[k - 1][2] + 1].isalpha():
            choices = {k}  # "million andwere": no space left means an amount was dropped there
        return tuple(sorted(choices)), positions[:k]
    k = len(toks)
    choices = {k - 1} | ({k - 2} if merge and k >= 2 else set())
    return tuple(sorted(c for c in choices if c >= 0)), positions[:-1]


def slots(lst: AmountList, reading: tuple[int, ...]) -> list[Amount]:
    """The list's slots in text order: its amounts and, per the reading, its blanks."""
    unit, scale = _shared_unit(lst.items)
    back = _scale_said_last(lst.items)
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
                # a blank or a "nil" in a list in millions is in millions too
                shares_scale = a.blank or a.kind == "zero"
                a = a.with_unit(unit, a.scale or (scale if shares_scale else a.scale))
            elif a.blank and a.unit is not None and a.scale == 0 and scale and a.unit == unit:
                a = a.with_unit(a.unit, scale)
            elif back and not a.blank and a.scale == 0:
                a = a.with_unit(a.unit, back)
            out.append(a)
    return out


def _scale_said_last(items: list[Amount]) -> int:
    """"$3.5 and $6.1 million": a scale word said once, after the list's last amount, is the
    scale of the small amounts before it in the same currency (0 when that is not the
    list's shape: "$1,500 and $1.2 million", "$500 and $1.2 million" are left as written)."""
    if len(items) < 2 or items[-1].blank or items[-1].scale == 0 or items[-1].unit is None:
        return 0
    last = items[-1]
    for a in items[:-1]:
        if a.blank or a.scale != 0 or a.unit != last.unit or a.kind != last.kind:
            return 0
        if a.value is None or abs(float(a.value)) >= 1000:
            return 0
        if "." in (last.value or "") and "." not in a.value:
            return 0  # "$500 and $1.2 million": written as a whole number, not in millions
    return last.scale


def _shared_unit(items: list[Amount]) -> tuple[str | None, int]:
    """The unit and scale every amount of a list that states one shares (else None, 0)."""
    units = {a.unit for a in items if a.explicit_unit and a.unit is not None}
    if len(units) != 1:
        return None, 0
    scales = {a.scale for a in items if a.explicit_unit and not a.blank}
    return units.pop(), (scales.pop() if len(scales) == 1 else 0)


