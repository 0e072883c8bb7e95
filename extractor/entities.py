"""Entities: the counterparties a note names, with the short names it defines for them.

The entity of a fact is a counterparty named in its sentence (by the short name the note
defines, "(“Jingu”)", where it defines one), else the one its paragraph last named. The
company itself, currencies, standards and places are not entities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import chain

from extractor.definitions import read_definitions
from extractor.names import CURRENCY_WORDS, NAME_WORD, NOT_ENTITIES, is_party, trim_name
from extractor.vocabulary import PLACES

_LOWER_WORD = re.compile(r"(?<![\w’'])[a-z][a-z\-]{2,}(?![\w’'])")
_WORD = re.compile(r"[A-Za-z][A-Za-z\-]+")
_NAME = re.compile(
    rf"(?=[tfwbo])(?<!attributable\s)\b(?:to|from|with|by|between|of)\s+"
    rf"(?:(?:the|its|certain|subsidiaries of|affiliates of)\s+)*"
    # the name in apposition to a described party: "from a related party, Hubei Shanyin ..."
    rf"(?:(?:a|an|its|our)\s+(?:related\s+(?:party|company)|shareholder|affiliate|lender),\s+)?"
    rf"(?P<name>[A-Z][\w&'’\-]*\.?(?:,?\s+{NAME_WORD}){{0,8}})"
)
# The investee an investment or a holding is "in": "invested EUR2,500,000 in Antric GmbH", "a
# 36.18% interest in Greencell, Inc." (the first "in" of the clause; a decimal point does
# not end the clause)
_INVESTEE = re.compile(
    r"\b(?:invested|invests|investments?|interests?|stake)\b(?:(?!\bin\b)[^.;]|\.(?=\d)){0,80}?"
    r"\bin\s+"
    rf"(?:the\s+)?(?P<name>[A-Z][\w&'’\-]*\.?(?:,?\s+{NAME_WORD}){{0,8}})"
)
# (not the body whose approval or consent is needed: "without prior approval from the
# Company's shareholders" names no party to an amount)
_PEOPLE = re.compile(
    r"(?<!approval\s)(?<!consent\s)\b(?:from|to|with|by)\s+(?:the\s+)?"
    r"(?:one of\s+|two of\s+|three of\s+)?(?:(?:its|the "
    r"Company’s|the Group’s|our)\s+)?(?P<name>(?:(?:one|two|three|four|five|six|several|certain|"
    r"its|our|a)\s+)?(?:[a-z\-]+\s+){0,2}(?:employees?|directors?|officers?|shareholders?|founders?|"
    r"executives?|chairman|CEO|service providers?|consultants?|advisors?))\b"
)
# A described party as written: "to a member of the Company’s board of directors".
_MEMBER_OF = re.compile(
    r"\b(?:from|to|with|by)\s+(?:a|an|one|two|three|certain)\s+"
    r"(?P<name>members?\s+of\s+(?:the\s+Company[’']s\s+|its\s+|our\s+|the\s+)?"
    r"(?i:board)(?:\s+of\s+(?i:directors))?)\b"
)
# The words every _PEOPLE match ends on: a sentence with none of them skips its scan.
_PEOPLE_WORDS = ("employee", "director", "officer", "shareholder", "founder", "executive",
                 "chairman", "CEO", "provider", "consultant", "advisor")


def _may_name_people(text: str) -> bool:
    """Whether `text` holds one of _PEOPLE_WORDS (as written: _PEOPLE is case-sensitive)."""
    return any(w in text for w in _PEOPLE_WORDS)


_BOARD_BEFORE = re.compile(r"(?i)\bboard\s*$")
# A name before a class of shares is their issuer, not a party to the amount.
_ISSUER_OF = re.compile(
    r"(?i)[’']?s?\s+(?:class\s+\w\s+)?(?:common|ordinary|preferred|capital)\s+(?:stock|shares?)\b"
)
# The owner of a party is not the party: "Hubei Shanyin ..., a company that is 69.5% owned
# by the former Chairman ..., Mr. Ricky Qizhi Wei" (within the owner's clause).
_OWNER_OF = re.compile(r"\b(?:owned|controlled)\s+by\b[^;:()“\"]*$")
_TITLED = re.compile(r"\b(?P<name>(?:Mr|Ms|Mrs|Dr|Madam)\.?\s+[A-Z][\w\-]+(?:\s+[A-Z][\w\-]+)?)")
# "<assets/customers> located in (the) <Place>": a named country or region (not "outside
# Japan", not a tax class; not "a subsidiary located in Germany": a party's seat)
_LOCATED_IN = re.compile(
    r"\b(?:assets|revenues?|sales|customers|clients|property|equipment|operations|income)"
    r"\s+located\s+in\s+(?:the\s+)?(?P<name>[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*){0,2})"
)
_AREAS = PLACES - {"international", "global", "worldwide", "domestic", "foreign", "non-u.s."}
# A sentence about borrowing, and a lender that is a bank ("Bank", "Banking Corporation").
_LENDING = re.compile(r"(?i)\b(?:borrow\w*|loans?|drew|draw(?:n|s|down)?|drawdowns?|"
                      r"financing|facility|credit\s+line|line\s+of\s+credit)\b")
_BANK = re.compile(r"\b(?:Bank|Banking|Bancorp|Banco|Banque)\b")


@dataclass
class EntityFinder:
    """The counterparties a note names, with the short names it defines for them."""

    short_names: list[str] = field(default_factory=list)
    full_names: dict[str, str] = field(default_factory=dict)
    own: frozenset[str] = frozenset()
    """Names that are never a party to a sentence's amounts: the reporting company's own
    ("Foo Holdings Inc." (the "Company" or "Foo")) and the short names of its documents and
    programmes ("Securities Purchase Agreement (“SPA”)")."""
    text: str = field(default="", repr=False)
    """The note: the words it writes in lower case tell a capitalised common noun at a
    sentence's start or in a list ("Property", "Capital") from a party's name."""
    terms: frozenset[str] = frozenset()
    """Accounting terms the note shortens ("Right of Use Asset (“ROU”)"): no words of them
    name a party ("of Use Asset" is not one)."""
    _lower: frozenset[str] | None = field(default=None, init=False, repr=False)
    _seen: dict[str, list[tuple[int, str, bool]]] = field(default_factory=dict, repr=False)
    _short_res: list[tuple[str, re.Pattern[str]]] = field(init=False, repr=False)
    _any_short: re.Pattern[str] | None = field(init=False, repr=False)

    def __post_init__(self) -> None:
        # Compiled once per note, not per sentence. The alternation only says whether any
        # short name occurs (it matches wherever one of them does); the per-name scans then
        # keep the exact positions, order and ties of one scan per name.
        self._short_res = [
            (s, re.compile(rf"(?<![\w]){re.escape(s)}(?![\w])")) for s in self.short_names
        ]
        alternation = "|".join(re.escape(s) for s in self.short_names)
        self._any_short = (
            re.compile(rf"(?<![\w])(?:{alternation})(?![\w])") if self.short_names else None
        )

    @classmethod
    def from_text(cls, text: str) -> EntityFinder:
        """The finder for a note: the parties its definitions name, and the names (its own,
        its documents', its terms') that are never a party."""
        d = read_definitions(text)
        return cls(d.short_names, d.full_names, d.never, text, d.terms)

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
        the last one named). A name the note defined ("(“Maruwa”)") wins over other
        capitalised words nearby, which are often people and places."""
        if text not in self._seen:
            self._seen[text] = self._candidates(text)
        everyone = self._seen[text]
        found = [(p, n) for p, n, defined in everyone if defined] or [
            (p, n) for p, n, _ in everyone
        ]
        if len(everyone) > 1 and _LENDING.search(text):
            # the lender is a loan's party, not the subsidiary that borrows ("Hengrui borrowed
            # RMB6,500,000 from China Merchants Bank"; "drew down ... with ... (“HSBC”)")
            found = [(p, n) for p, n, _ in everyone if self._lender(text, n)] or found
        if not found:
            return None
        if near is None:
            return max(found)[1]
        return min(found, key=lambda f: (abs(f[0] - near), -f[0]))[1]

    def _lender(self, text: str, name: str) -> bool:
        """Whether a sentence names `name` as the bank it borrows from or under a facility
        with: the name, or the full name the note shortens to it, is a bank's, written after
        "from" or "with" ("from China Merchants Bank", "with The Hongkong and Shanghai Banking
        Corporation Limited (“HSBC”)"; not "to pay off Wells Fargo")."""
        if _BANK.search(name) is None and not any(
                short == name and _BANK.search(full) for full, short in self.full_names.items()):
            return False
        return re.search(rf"\b(?:from|with)\s+[^,;]{{0,80}}?(?<![\w]){re.escape(name)}(?![\w])",
                         text) is not None

    def _common(self, name: str) -> bool:
        """Whether every word of a capitalised "name" is one the note also writes in lower
        case: common nouns at a sentence's start or in a list of line items."""
        words = [w.lower() for w in _WORD.findall(name)]
        words = [w for w in words if w not in ("of", "and", "the")]
        if self._lower is None:  # read once per note, and only when a name needs it
            self._lower = frozenset(_LOWER_WORD.findall(self.text))
        return bool(words) and all(w in self._lower for w in words)

    def _candidates(self, text: str) -> list[tuple[int, str, bool]]:
        """Every counterparty a sentence names, with its position and whether it is defined."""
        out: list[tuple[int, str, bool]] = []
        if self._any_short is not None and self._any_short.search(text):
            for short, pattern in self._short_res:
                for m in pattern.finditer(text):
                    out.append((m.start(), short, True))
        held = "nvest" in text or "nterest" in text or "stake" in text
        investees = _INVESTEE.finditer(text) if held else ()
        for m in chain(_NAME.finditer(text), investees):
            if _BOARD_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
                continue  # "the Board of Directors approved": who decides, not a party
            if _ISSUER_OF.match(text, m.end("name")):
                continue  # "shares of AAG common stock": the issuer of the shares
            name = trim_name(m.group("name"))
            if name and self._common(name):
                continue  # "to Inventories, Property": words the note writes in lower case
            if name and any(name in t for t in self.terms):
                continue  # "a Right of Use Asset (“ROU”)": an accounting term, not a name
            if name and name.lower() not in NOT_ENTITIES and not CURRENCY_WORDS.match(name):
                out.append((m.start("name"), self.normalise(name), False))
        for m in _PEOPLE.finditer(text) if _may_name_people(text) else ():
            name = re.sub(r"^(?:its|our|their|an?|the)\s+", "", m.group("name"))
            out.append((m.start("name"), name, False))
        out.extend(_located_areas(text))
        for m in _MEMBER_OF.finditer(text) if "member" in text else ():
            out.append((m.start("name"), m.group("name"), False))
        titled = "Mr" in text or "Ms" in text or "Dr" in text or "Madam" in text
        for m in _TITLED.finditer(text) if titled else ():  # "Mr. Wang", "Ms. Kou Xiaohong"
            out.append((m.start("name"), m.group("name"), False))
        if "owned by" in text or "controlled by" in text:
            # (a described owner stays: "to a company controlled by the principal
            # shareholder" is read as that company downstream)
            out = [c for c in out if not (
                c[1][:1].isupper() and _OWNER_OF.search(text[max(0, c[0] - 100) : c[0]])
            )]
        return [c for c in out if c[1] not in self.own] if self.own else out


def _located_areas(text: str) -> list[tuple[int, str, bool]]:
    """The areas a sentence says its amounts are located in ("Revenue from customers located
    in Japan", "Long-lived assets located in Canada"): the area the amount is about, as an
    area row or column of a table is. "Located outside Japan" names none, nor does the
    company's home a note writes of as no party ("China", "Hong Kong")."""
    if "located in" not in text:
        return []
    return [(m.start("name"), m.group("name"), False) for m in _LOCATED_IN.finditer(text)
            if m.group("name").lower() in _AREAS and is_party(m.group("name"))]



