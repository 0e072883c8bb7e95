"""Labels and entities: what an amount measures and whom it is about, from its sentence.

Heuristics over the language of notes, not over any one document's wording:
- the measure is the noun phrase that introduces the amount ("Revenues of", "Amounts due to
  X were", "included in research and development expenses of"), else the "of ..." phrase
  after it ("RMB51,780 of revenue previously included in ...");
- the entity is a counterparty named in the sentence (by the short name the note defines,
  "(“Jingu”)", where it defines one), else the one its paragraph last named.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from extractor.amounts import Amount

_DEFINITION = re.compile(r"\(\s*(?:the\s+|collectively\s+|together,?\s+)?[“\"](?P<short>[^”\"]{2,60})[”\"]\s*\)")
_NOT_ENTITIES = {
    "company", "group", "the company", "the group", "we", "us", "our", "prc", "rmb", "usd", "us$",
    "hkd", "hksar", "vie", "vies", "wfoe", "board", "management", "ipo", "sec", "gaap", "us gaap",
    "u.s. gaap", "ifrs", "asc", "asu", "fasb", "plan", "agreement", "the plan", "the agreement",
    "the bank", "renminbi", "jpy", "eur", "sgd", "krw", "myr", "mainland", "hong kong", "china",
}
_NAME_WORD = r"(?:[A-Z][\w&'’\-]*\.?|\([A-Z][\w ]*\)|&|of|and|de|la|Co\.,?|Ltd\.?|Inc\.?|L\.?L\.?C\.?)"
_NAME = re.compile(
    rf"\b(?:to|from|with|by|between|of)\s+(?:(?:the|its|certain|subsidiaries of|affiliates of)\s+)*"
    rf"(?P<name>[A-Z][\w&'’\-]*\.?(?:,?\s+{_NAME_WORD}){{0,8}})"
)
_PEOPLE = re.compile(
    r"\b(?:from|to|with|by)\s+(?:the\s+)?(?P<name>(?:(?:one|two|three|four|five|six|several|certain|"
    r"its|our|a)\s+)?(?:[a-z\-]+\s+){0,2}(?:employees?|directors?|officers?|shareholders?|founders?|"
    r"executives?|chairman|CEO))\b"
)
_CURRENCY_WORDS = re.compile(r"^(?:RMB|US\$|USD|HK\$|HKD|JPY|EUR|CNY|SGD|KRW|MYR)(?![a-z])|.*\d")


@dataclass
class EntityFinder:
    """The counterparties a note names, with the short names it defines for them."""

    short_names: list[str] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_text(cls, text: str) -> EntityFinder:
        shorts: list[str] = []
        full: dict[str, str] = {}
        for m in _DEFINITION.finditer(text):
            short = m.group("short").strip()
            if short.lower() in _NOT_ENTITIES or _CURRENCY_WORDS.match(short) or \
                    not short[:1].isupper():
                continue
            before = text[max(0, m.start() - 120) : m.start()]
            nm = re.search(rf"(?P<full>[A-Z][\w&'’\-]*\.?(?:,?\s+{_NAME_WORD})*)\s*$", before)
            if nm:
                full[nm.group("full").strip()] = short
            if short not in shorts:
                shorts.append(short)
        return cls(shorts, full)

    def normalise(self, name: str) -> str:
        """A full name the note shortens ('Beijing Jingu ... Co., Ltd.' -> 'Jingu')."""
        name = name.strip().rstrip(",.").strip()
        for full, short in self.full_names.items():
            if name == full or name.startswith(full) or full.startswith(name):
                return short
        for short in self.short_names:
            if short in name:
                return short
        return name

    def in_sentence(self, text: str, near: int | None = None) -> str | None:
        """The counterparty a sentence names: the one nearest to position `near` (default:
        the last one named)."""
        found: list[tuple[int, str]] = []
        for short in self.short_names:
            for m in re.finditer(rf"(?<![\w]){re.escape(short)}(?![\w])", text):
                found.append((m.start(), short))
        for m in _NAME.finditer(text):
            name = _trim_name(m.group("name"))
            if name and name.lower() not in _NOT_ENTITIES and not _CURRENCY_WORDS.match(name):
                found.append((m.start("name"), self.normalise(name)))
        for m in _PEOPLE.finditer(text):
            name = re.sub(r"^(?:its|our|their|a|the)\s+", "", m.group("name"))
            found.append((m.start("name"), name))
        if not found:
            return None
        if near is None:
            return max(found)[1]
        return min(found, key=lambda f: (abs(f[0] - near), -f[0]))[1]


def _trim_name(name: str) -> str | None:
    """Cut a captured proper name at words that cannot belong to it."""
    name = re.split(r"\s+(?:and|of)\s+(?=[a-z])|\s*\(“|\s*\(\"", name)[0]
    name = re.sub(r"\s+(?:of|and|&)$", "", name.strip()).rstrip(",")
    if re.search(r"[’']s\b", name):
        return None
    words = name.split()
    if not words:
        return None
    if words[0] in ("The", "This", "These", "Such", "December", "January", "June", "March",
                    "September", "In", "On", "As", "For", "During", "Note", "Level"):
        return None
    if all(w.lower().rstrip(".,;:") in _NOT_ENTITIES for w in words):
        return None
    if len(name) < 3:
        return None
    return name


_AMOUNTISH = re.compile(
    r"(?:\s*(?:,|\band\b|\(|\)|RMB|US\$|HK\$|\$|¥|€|JPY|USD|HKD|EUR|"
    r"\d[\d,]*(?:\.\d+)?|million|billion|thousand|%|approximately|respectively|of\s+(?=,)))+\s*$",
    re.IGNORECASE,
)
_INTRO = re.compile(
    r"\s+(?:of|amounting to|amounted to|amounted|totaling|totalling|totaled|totalled|was|were|"
    r"is|are|be|been|reached|at|to|by|approximately|about|of approximately|"
    r"wereand|wasand)\s*$",
    re.IGNORECASE,
)
_CLAUSE_CUT = re.compile(
    r".*(?:,\s+|;\s+|\bwhich (?:is|was|were|are) (?:included|recorded|recognized) in\s+|"
    r"\b(?:included|recorded|recognized) in\s+|\bthe (?:Company|Group)(?:’s|'s)?\s+(?:\w+ly\s+)?"
    r"(?:\w+ed|\w+s|had|has)\s+(?:to\s+)?|\b(?:Company|Group|we)\s+(?:\w+ed|had|has)\s+|"
    r"\bthat\s+|\bwhere\s+|\bwhich\s+|\d(?:\s*(?:million|billion|thousand))?\s+and\s+)",
    re.IGNORECASE | re.DOTALL,
)
_VERB_END = re.compile(
    r"\b(?P<verb>recognized|recorded|billed|received|paid|granted|issued|incurred|borrowed|"
    r"repaid|provided|collected|charged|advanced|lent|purchased|sold|acquired|invested|"
    r"contributed|transferred|earned|generated|accrued|owed|owned|representing|increased to|"
    r"decreased to)\s*$",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(
    r"^\s*(?:of|in)\s+(?P<np>(?!cash\b)[a-z][\w\-’' ]{2,80}?)(?=\s+(?:as of|for|during|in|to|from|"
    r"with|which|were|was|and|respectively|on)\b|[,.;(]|$)",
    re.IGNORECASE,
)
_DETERMINERS = re.compile(r"^(?:the|a|an|its|their|our|total|such|these|this)\s+", re.IGNORECASE)
_UNIT_LABEL = re.compile(
    r"^\s*(?P<np>(?:[\w\-]+\s+){0,3}?(?:shares?|equity interest|interest|ownership|options?|"
    r"units?|stake))\b", re.IGNORECASE,
)


_PRICE = re.compile(r"(?P<np>(?:[a-z\-]+\s+){0,2}(?:price|value|fair value))\b", re.IGNORECASE)


def label_for(
    text: str,
    a: Amount,
    entities: EntityFinder,
    para_entity: str | None,
    boundaries: list[tuple[int, int]] | None = None,
) -> tuple[str, str | None]:
    """The label and entity of the amount at `a` in sentence `text`.

    `boundaries` are ranges (period phrases) that end a label: the words before a date belong
    to another clause.
    """
    entity = entities.in_sentence(text, near=a.start) or para_entity
    if a.kind == "per_share":
        pm = _PRICE.search(text)
        label = f"{pm.group('np')} per share" if pm else "Price per share"
        return _clean_label(_DETERMINERS.sub("", label), entity), entity
    lo = max((e for s, e in boundaries or [] if e <= a.token_start), default=0)
    left = text[lo : a.token_start]
    cut = _AMOUNTISH.search(left)
    if cut:
        left = left[: cut.start()]
    label: str | None = None
    m = _INTRO.search(left)
    if m:
        np = left[: m.start()]
        c = _CLAUSE_CUT.match(np)
        if c:
            np = np[c.end() :]
        np = _DETERMINERS.sub("", np.strip())
        np = re.sub(r"^\(?[a-z]{1,4}\)\s*", "", np)
        if 2 <= len(np) <= 120 and re.search(r"[A-Za-z]{3}", np):
            label = np
    right = text[a.token_end :]
    right_np = None
    skip = re.match(r"(?:\s*(?:,|and|\(|\)|RMB|US\$|\$|¥|\d[\d,.]*|million|billion|%))*", right)
    rest = right[skip.end() :] if skip else right
    om = _OF_AFTER.match(rest)
    if om:
        right_np = om.group("np").strip()
    due = re.match(r"\s*(?:\([^()]*\)\s*)?(due (?:from|to)|owed (?:to|by))\b", rest)
    if due and (label is None or _VERB_END.search(left) or re.search(r"\b(?:had|has|have)\s*$", left)):
        label = f"Amounts {due.group(1)}"
    if a.kind == "share":
        um = re.search(r"((?:[\w\-]+\s+){0,2}shares?)\b", text[a.start : a.token_end + 40])
        if um:
            vm = _VERB_END.search(left)
            label = um.group(1).split(None, 1)[-1] if um.group(1)[:1].isdigit() else um.group(1)
            label = re.sub(r"^(?:million|billion|thousand)\s+", "", label)
            if vm:
                label = f"{label} {vm.group('verb').lower()}"
    elif label is None or _VERB_END.search(left):
        if right_np:
            label = right_np
        elif a.unit == "percent":
            um = _UNIT_LABEL.match(rest)
            if um:
                label = um.group("np")
    if label is None:
        vm = _VERB_END.search(left)
        if vm:
            label = vm.group("verb").lower()
    if label is None:
        words = re.findall(r"[A-Za-z][\w\-’']*", left)[-4:]
        label = " ".join(words) if words else "Amount"
    return _clean_label(label, entity), entity


def _clean_label(label: str, entity: str | None) -> str:
    """Drop the entity from the label ('Amounts due from Jingu' -> 'Amounts due from')."""
    label = re.sub(r"\s+", " ", label).strip(" ,;:-")
    if entity and entity in label:
        head = label.split(entity)[0].strip(" ,")
        head = re.sub(r"\s+(?:subsidiaries of|affiliates of)$", "", head)
        if len(head) >= 3:
            label = head
    label = re.sub(r"\s+(?:the|a|an)$", "", label)
    return label[:1].upper() + label[1:] if label else "Amount"
