"""Blank slots: what the viewer leaves of an amount it dropped.

A currency mark or scale word with no number ("US$ million"), "( )", a lone "%", a share count
with no number ("an additional shares", "acquireshares"), "wasper share". Slots made only of
separators ("of , RMB34") are found by the prose alignment, which knows how many amounts a
list should hold.
"""

from __future__ import annotations

import re

from extractor.amounts import UNIT_AFTER, Amount, AmountKind, currency_code
from extractor.blankmarks import (
    AT_DATE,
    MARK_BEFORE_VERB,
    SLOT_WORDS,
    WEAK_AFTER,
    after_which,
    introduced,
    is_dropped_mark,
)
from extractor.blankwords import word_slots
from extractor.casefold import folded, has_any
from extractor.number_words import WORD_NUMBER, unit_of, word_value
from extractor.vocabulary import (
    CURRENCY,
    CURRENCY_NAME_AFTER,
    RELATIVE_PERIOD,
    SCALE,
    SCALE_WORDS,
    named_currency,
)

# A currency mark or scale word with no number: what the viewer leaves of a dropped amount.
# (`CURRENCY` carries its own lookahead on the marks' initials: none is added here.)
_EMPTY_MARK_RE = re.compile(
    rf"(?P<cur>{CURRENCY})(?P<sp>\s?)(?P<scale>{SCALE})?(?=\s*(?:[,.;)]|(?:{SLOT_WORDS}|"
    rf"in|of|which|to|is|are|approximately|equivalent|"
    # "borrowed $ under the agreement", "expense of $ related to the notes"
    rf"under|over|after|pursuant|related|relating|remain|that|"
    # "$ at the Federal Reserve", "interest of $ outstanding", "to $ beginning April 1"
    rf"{WEAK_AFTER})\b|\(|$"
    # "was RMB at December 31, 2023", "of US$ on March 3, 2023": a date follows the slot
    rf"|{AT_DATE}))"
)
# "RMB million impairment loss was", "$ million relating to": a mark and a scale word with no
# number between, after a word of the sentence, is a dropped amount whatever word follows
# (after "in", "(" or a line start it names the unit: "in RMB million", "(US$ thousand)")
_MARK_SCALE_RE = re.compile(
    rf"(?<=[a-z,] )(?P<cur>{CURRENCY})(?P<sp>\s?)(?P<scale>{SCALE})(?=\s+[a-z])"
)
# "amounted to million yen and 6,761 million yen": a scale word and a currency named after it,
# with no number before, after a word of the sentence (not "in million yen": the unit named)
_NAMED_SCALE_RE = re.compile(
    rf"(?<=[a-z,] )(?<!\bin )(?P<scale>thousand|million|billion)"
    rf"(?=\s+(?P<name>{CURRENCY_NAME_AFTER}))"
)
# "a 24-month $ loan", "recorded a $ impairment", "The $ is payable": a dollar sign standing
# as an adjective before a noun, after a determiner, with its number gone
_DETERMINER_MARK = re.compile(
    r"(?=[aAtTio])\b(?:an?|[Tt]he|its|our|their)\s+(?:[a-z\d][\w-]*-[\w-]+\s+)?(?P<cur>\$)"
    r"(?=\s(?!(?:denominated|equivalent|amount|value|sign|figure|basis|terms|in|to|as|or)\b)"
    r"[a-z]{2,}\b)"
)
_GLUED_SCALE_RE = re.compile(
    rf"(?=[tmb])(?:(?<![\d\s])(?P<scale>{SCALE})|(?<=\s)(?P<scale2>million|billion)"
    rf"(?=\s*[,.;]|\s+(?:and|shares|ordinary|of|for|was|were|in|compensation|respectively)\b)"
    # "covering 1,104 thousand and thousand shares": a list's second count, its number gone
    rf"|(?<=\d\sthousand\sand\s)(?P<scale3>thousand)(?=\s+(?:shares|options|units)\b)"
    # "payments of approximately million over ten years", "and million at 31 December 2023":
    # a scale word right after a word that introduces a number, no number between
    rf"|(?:(?<=\bapproximately\s)|(?<=\babout\s)|(?<=\band\s)|(?<=\bof\s))"
    rf"(?P<scale4>thousand|million|billion)\b(?!-))"
)
_EMPTY_PCT_RE = re.compile(r"(?=[\s%])(?:(?<![\d\s.])\s?%|(?<=\s)%|(?<=\ba)%)")
_EMPTY_PAREN_RE = re.compile(r"\(\s\)")
# "RMB 4,206 ($US5, )": the item after the comma of a restatement was dropped
_EMPTY_LAST_ITEM = re.compile(
    rf"\((?:approximately\s+)?(?P<cur>{CURRENCY})?\s?\d[\d.,]*?(?:\s?(?P<scale>{SCALE}))?\s?"
    rf"(?P<w>,)\s*\)"
)
# A share count the viewer dropped: "an additional shares", "acquireshares", "totalled and
# shares" (the first slot, before "and", is the alignment's to find), "issuedand restricted
# stock units".
_DROPPED_SHARE_COUNTS = (
    # ("an additionalshares": the words glued where the count was; "a total of RSUs", "an
    # aggregate ofClass A ordinary shares", "a further shares")
    re.compile(r"(?=[aA])\b[aA]n?\s+(?:additional|aggregate of|total of|target of|further)"
               r"(?P<w>\s*)"
               r"(?:Class\s[A-Z]\s)?(?:(?:[Oo]rdinary|[Cc]ommon)\s)?(?:shares|RSUs|PSUs)\b"),
    re.compile(r"(?=u)\bup to(?P<w>\s+)(?:(?:ordinary|common)\s+)?shares\b"),
    re.compile(
        r"(?:\b(?:totaled|totalled|totaling|totalling|were|was|are|is|of|issued|granted|"
        r"purchased|repurchased|sold|acquired|approximately)\s+|[a-z]{3,}ed)and(?P<w>\s+)"
        r"(?:(?:ordinary|common|restricted|preferred)\s+)*(?:shares|stock\s+units|options|"
        r"warrants)\b"
    ),
    # "3,000,000 andshares", "250,000 andordinary shares": "and" glued to the unit word is
    # never a word, so always the trace of a dropped count
    re.compile(
        r"(?<=[a-z\d,] )(?:and|or)(?P<w>)(?:(?:ordinary|common|restricted|preferred|equity)\s+)?"
        r"(?:shares|stock\s+units|options|warrants|ordinary\s+shares|common\s+shares)\b"
    ),
    re.compile(
        r"(?=[aipsghotr])\b(?:acquire|acquired|issue|issued|purchase|purchased|repurchased|sell|"
        r"sold|grant|granted|hold|held|own|owned|subscribe|subscribed|transfer|transferred|"
        r"reserve|reserved)(?P<w>)(?:(?:ordinary|common|restricted|preferred)\s+)?shares\b"
    ),
    # "issued 150,000, 120,000 and shares", "612,500 and Ordinary shares": after a list's
    # count, "and" straight before the unit word it shares is its last count dropped
    re.compile(
        r"(?<=\d )and(?P<w>)\s+(?:(?:[Oo]rdinary|[Cc]ommon|restricted|preferred)\s+)?"
        r"[Ss]hares\b"
    ),
)


_PER_SHARE = re.compile(r"(?<=[a-z])(?P<w>per share)\b")
# "the carrying amount of the note was.", "interest capitalized for the year ended December 31,
# 2024 was.": a copula or "totaled" right before the stop, after a word of a noun phrase (not a
# pronoun: "as it was.", "there was."; not in a clause of comparison: "as its parent was."), is
# a measure whose amount was dropped.
_DROPPED_BEFORE_STOP = re.compile(
    r"(?<![\w.])(?P<prev>\w+),?\s+(?:was|were|is|are|totaled|totalled|amounted to|approximately|"
    r"of)"
    r"(?P<w>)\s*(?:\.(?=\s|$)|(?<=of);)"
)
_NOT_A_MEASURE = frozenset({
    "it", "there", "that", "this", "which", "what", "as", "so", "than", "who", "he", "she",
    "they", "we", "these", "those", "where", "how", "when", "why", "not", "also", "then",
})
_COMPARISON_CLAUSE = re.compile(
    # ("while its effect in the prior-year period was.": a contrast, its amount dropped)
    r"(?i)\b(?:as|than|so|like|because|if|unless|whether)\b[^,;:.]*$")
# "was (2022: ), representing": an empty comparative, maybe after a dropped amount too; its
# head a bare year or a date or period phrase ending on one ("(December 31, 2023: )",
# "(fiscal 2023: )", "(six months ended June 30, 2023: )")
_EMPTY_COMPARATIVE = re.compile(
    r"(?:(?<=[A-Za-z])(?P<word>)\s)?(?P<paren>\()(?:[A-Za-z\d][A-Za-z.,\s\d-]{0,48}?\s)?"
    r"(?:(?:19|20)\d\d(?:\s(?:period|fiscal\syear|year|quarter))?"
    # "(comparable prior-year period: )": a comparative named by its period's words
    rf"|{RELATIVE_PERIOD}[\sA-Za-z-]{{0,24}}?\s(?:period|year|quarter))"
    r"\s?(?P<colon>:)\s?\)"
)
_COUNTED_UNIT = re.compile(r"\d\s+(?:shares|RSUs|PSUs|options|units|warrants)$")
# "useful lives of to eight years": a range whose low end the viewer dropped.
_LOW_END_DROPPED = re.compile(
    # ("..., five to seven years and to eight years": after "and" in a list of ranges too)
    rf"(?=[ofboa])\b(?:of|from|between|over|and)(?P<w>)\s+to\s+(?P<high>\d+|{WORD_NUMBER})\s*-?\s*"
    rf"(?P<unit>years?|months?)\b",
    re.IGNORECASE,
)


def find_empty_slots(text: str, amounts: list[Amount], yen: str = "CNY") -> list[Amount]:
    """Blank slots the viewer left: a mark or scale word with no number, "( )", a lone "%".

    Slots made only of separators ("of , RMB34") are found by the alignment step, which knows
    how many amounts the list should hold.
    """
    found = _Slots(text, yen)
    for a in amounts:
        found.cover(a.token_start, a.token_end)
    found.marks()
    # Each scan below runs only where the text holds a word (or mark) every one of its
    # matches spells: the same slots, without scanning sentences that cannot hold them.
    if "illion" in text or "thousand" in text:
        found.glued_scales()
        found.named_scales()
    if "%" in text:
        found.percents()
    if ":" in text and "(" in text:  # every "(2022: )" holds both
        found.empty_comparatives()
    for m in _EMPTY_PAREN_RE.finditer(text) if "(" in text else ():
        found.slot(m.start() + 1, None, 0, "money", m.span())
    for m in _EMPTY_LAST_ITEM.finditer(text) if ", )" in text or ",)" in text else ():
        found.restatement_dropped(m)
    for pattern in _DROPPED_SHARE_COUNTS if _may_drop_share_count(text) else ():
        for m in pattern.finditer(text):
            if found.free(m.start("w")):
                # the slot keeps its unit word, so its siblings share it
                token = (m.start("w"), m.end())
                found.slot(m.start("w"), "share", 0, "share", token, explicit=True)
    low = folded(text)
    for m in _DROPPED_BEFORE_STOP.finditer(text) if has_any(low, _STOP_VERBS) else ():
        if found.free(m.start("w")) and m.group("prev").lower() not in _NOT_A_MEASURE and not (
            # (up to the verb: "other than from plan assets, were." ends no comparison)
            _COMPARISON_CLAUSE.search(text, max(0, m.start() - 120), m.start("w"))
        ):
            found.slot(m.start("w"), None, 0, "money", (m.start("w"), m.start("w")))
    if "year" in low or "month" in low:
        found.low_ends_dropped()
    for m in _PER_SHARE.finditer(text) if "per share" in text else ():
        if found.free(m.start("w")):
            found.slot(m.start("w"), None, 0, "per_share", (m.start("w"), m.end()))
    word_slots(found, low, amounts)
    return found.out


_STOP_VERBS = ("was", "were", "totaled", "totalled", "amounted", "approximately", " of.", " of;",
               " of .",
               " is.", " are.")


def _alone_on_line(text: str, m: re.Match[str]) -> bool:
    """Whether a mark stands alone on its line: a table's currency heading ("|\nS$\n|"), no
    dropped amount."""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    return not text[start : end if end >= 0 else len(text)].strip(" |").replace(m.group(), "")


def _may_drop_share_count(text: str) -> bool:
    """Whether `text` holds a word every _DROPPED_SHARE_COUNTS match ends on."""
    return any(w in text for w in ("shares", "stock", "options", "warrants", "SUs"))


def _scale_of(m: re.Match[str]) -> int:
    """The power of ten of a match's "scale" group, 0 when it has none."""
    return SCALE_WORDS[folded(m.group("scale"))] if m.group("scale") else 0


class _Slots:
    """The slots found so far, and a mask of the characters a token already takes: it keeps
    every check O(1), so a text of a million marks is still read in one pass."""

    def __init__(self, text: str, yen: str) -> None:
        self.text = text
        self.yen = yen
        self.covered = bytearray(len(text) + 1)
        self.out: list[Amount] = []

    def cover(self, start: int, end: int) -> None:
        self.covered[start:end] = b"\x01" * (end - start)

    def free(self, p: int) -> bool:
        return not self.covered[p]

    def slot(
        self,
        pos: int,
        unit: str | None,
        scale: int,
        kind: AmountKind,
        token: tuple[int, int],
        explicit: bool = False,
    ) -> None:
        self.out.append(
            Amount(
                pos,
                pos,
                None,
                unit,
                scale,
                blank=True,
                kind=kind,
                token_start=token[0],
                token_end=token[1],
                explicit_unit=explicit,
            )
        )
        self.cover(*token)

    def empty_comparatives(self) -> None:
        """ "was (2022: ), representing": a comparative in parentheses with its amount dropped
        is a blank of its year, and when a word (no amount) stands right before it, the
        amount it restates was dropped too: a blank right after that word."""
        for m in _EMPTY_COMPARATIVE.finditer(self.text):
            # (the word's own last letter free: "£0.8 million (2022: )" restates an amount)
            # ("granted 412,500 RSUs (fiscal 2024: )": a count's unit word is no dropped amount)
            if (m.start("word") >= 0 and self.free(m.end("word") - 1)
                    and self.free(m.start("paren"))
                    and not _COUNTED_UNIT.search(self.text, 0, m.end("word"))):
                at = m.end("word")
                self.slot(at, None, 0, "money", (at, at))
            if self.free(m.end("colon")):
                self.slot(m.end("colon"), None, 0, "money", (m.start("paren"), m.end()))

    def restatement_dropped(self, m: re.Match[str]) -> None:
        """ "RMB 4,206 ($US5, )": the second item of a restatement was dropped; it keeps the
        unit and scale of the item before it (and restates the same amount: a twin)."""
        if not self.free(m.start("w")):
            return
        unit = currency_code(m.group("cur"), self.yen) if m.group("cur") else None
        scale = _scale_of(m)
        self.slot(m.end("w"), unit, scale, "money", (m.start("w"), m.end()),
                  explicit=unit is not None)

    def low_ends_dropped(self) -> None:
        """A range whose low end was dropped: a blank that keeps the high end."""
        for m in _LOW_END_DROPPED.finditer(self.text):
            high = word_value(m.group("high"))
            if not self.free(m.start("w")) or high is None:
                continue
            unit = unit_of(m.group("unit"))
            kind: AmountKind = "year" if unit == "year" else "month"
            pos = m.start("w")
            self.out.append(Amount(
                pos, pos, None, unit, 0, blank=True, value_max=str(high), kind=kind,
                token_start=pos, token_end=m.end(), explicit_unit=True,
            ))
            self.cover(pos, m.end())

    def marks(self) -> None:
        """A currency mark, maybe with a scale word, and no number."""
        text = self.text
        scaled = _MARK_SCALE_RE.finditer(text) if "illion" in text or "thousand" in text else ()
        for m in (*_EMPTY_MARK_RE.finditer(text), *scaled):
            if not self.free(m.start()) or not is_dropped_mark(text, m) or _alone_on_line(text, m):
                continue
            scale = _scale_of(m)
            after = UNIT_AFTER.match(text, m.end())
            per = after and after.group("w").lower().startswith("per")
            kind: AmountKind = "per_share" if per else "money"
            unit = currency_code(m.group("cur"), self.yen)
            self.slot(m.end("cur"), unit, scale, kind, m.span(), explicit=True)
        if "$" in text:
            self.determiner_marks()
        if "$" in text or "which" in text:
            self.marks_before_verbs()

    def marks_before_verbs(self) -> None:
        """A dollar mark, after a word that introduces an amount, before an auxiliary verb."""
        text = self.text
        for m in MARK_BEFORE_VERB.finditer(text):
            # (a code only after "which": "the value of RMB may fluctuate" names the currency)
            if not self.free(m.start()) or not introduced(text, m.start()) or (
                    "$" not in m.group("cur") and not after_which(text, m.start())):
                continue
            scale = _scale_of(m)
            self.slot(m.end("cur"), currency_code(m.group("cur"), self.yen), scale, "money",
                      m.span(), explicit=True)

    def named_scales(self) -> None:
        """A scale word with a currency named after it and no number ("of million yen")."""
        for m in _NAMED_SCALE_RE.finditer(self.text):
            if self.free(m.start("scale")):
                at = m.start("scale") - 1
                self.slot(at, named_currency(m.group("name")), SCALE_WORDS[m.group("scale")],
                          "money", (m.start("scale"), m.end("name")), explicit=True)

    def determiner_marks(self) -> None:
        """A "$" after a determiner and before a noun, its number gone ("a $ loan")."""
        for m in _DETERMINER_MARK.finditer(self.text):
            if self.free(m.start("cur")):
                self.slot(m.end("cur"), "USD", 0, "money", m.span("cur"), explicit=True)

    def glued_scales(self) -> None:
        """A scale word glued to the word before ("ofmillion") or alone before a separator."""
        text = self.text
        for m in _GLUED_SCALE_RE.finditer(text):
            g = next(g for g in ("scale", "scale2", "scale3", "scale4") if m.group(g))
            if not self.free(m.start(g)):
                continue
            if g == "scale" and not text[max(0, m.start(g) - 1) : m.start(g)].isalpha():
                continue
            pos = m.start(g) if g == "scale" else m.start(g) - 1
            after = UNIT_AFTER.match(text, m.end(g))
            shares = bool(after and "share" in after.group("w").lower())
            self.slot(
                pos,
                "share" if shares else None,
                SCALE_WORDS[folded(m.group(g))],
                "share" if shares else "money",
                (m.start(g), m.end(g)),
            )

    def percents(self) -> None:
        """A "%" with no number before it."""
        text = self.text
        for m in _EMPTY_PCT_RE.finditer(text):
            if not self.free(m.start()) or not self.free(m.end() - 1):
                continue
            pos = m.start()
            # The slot sits right after the word before the mark: "a %" -> after "a".
            while pos > 0 and text[pos - 1] == " ":
                pos -= 1
            self.slot(pos, "percent", 0, "percent", (pos, m.end()), explicit=True)
