"""Labels of counts of shares: what the sentence does with them.

- "3.99 million fully-vested shares" granted -> "Fully-vested shares granted"; a bare "shares"
  takes the act ("Shares under option", `measure.share_act`) and the class after the count
  ("Common stock shares issued"); "authorized to issue 10,000,000 shares of Common Stock" ->
  "Common Stock shares authorized";
- counts left out of diluted earnings per share name what was left out and from what: "We
  excluded 4.0 million of anti-dilutive market price options from the calculation of shares
  used in the diluted EPS calculation" -> "Anti-dilutive market price options excluded from
  diluted EPS"; "Options to purchase 1,355,000 shares ... were excluded from the calculation
  of diluted earnings (loss) per common share" -> "Options excluded from diluted earnings
  (loss) per common share".

Pure functions.
"""

from __future__ import annotations

import re

from extractor.amounts import Amount
from extractor.measure import share_act, share_class
from extractor.vocabulary import SCALE

# What a bare count (with the amounts listed after it, each with its scale word) counts when
# shares, options or warrants: "of <shares, options or warrants>" ("excluded 95,264 and
# 30,859, respectively, of unexercised stock options", "4.0 million of anti-dilutive market
# price options"), or the award right after it, modifiers from a closed list only ("4.2
# million restricted stock units", "500 and 5,800 options were vested"; not "5 employees
# hold options", nor "2 options to extend the lease"): shares, as FACTS.md counts them.
_LISTED = rf"(?:\s*+{SCALE})?+(?:\s*+(?:,|and|or)\s*+[\d,.]++(?:\s*+{SCALE})?+)*+"
# The awards' abbreviations count shares too: "4.8 million RSUs", "40.4 million RSAs and RSUs",
# "3,000 SARs", "1,500 ESPP shares" (restricted stock awards and units, performance and
# deferred stock units, stock appreciation rights)
_ABBREVIATED = r"(?:RSA|RSU|PSU|PRSU|DSU|SAR)s"
_STOCK_UNITS = r"(?:stock|share)\s+(?:units|awards|appreciation\s+rights)"
_AWARD = (rf"(?:shares|options|warrants|{_ABBREVIATED}|{_STOCK_UNITS}|"
          # the stock itself, not what it pays or costs ("of common stock dividends")
          r"(?:preferred|common|ordinary)\s+stock\b(?!\s+(?:dividends?|price|value|"
          r"compensation|repurchases?|proceeds)))\b")
_MODIFIER = (
    r"(?:anti-?dilutive|dilutive|unvested|non-?vested|vested|unexercised|outstanding|"
    r"exercisable|market|price|restricted|performance|stock|share|common|ordinary|incentive|"
    r"employee|ESPP|new|additional|(?:time|performance|service|market)-based|"
    # what the shares are by their issue: "200,000,000 authorized shares", "531,250 Founder
    # Shares", "11,500,000 depositary shares", "1,000 treasury shares"
    r"authori[sz]ed|issued|founders?|depositary|treasury|preferred|convertible|"
    # a class or series: "400,000 Series A Convertible Preferred Stock", "0.2 million Series C
    # Shares", "52,500,000 class A common stock"
    r"(?:series|class)\s+(?-i:[A-Z]{1,2}|[1-9])\b)"
)
_COUNTS_SHARES = re.compile(
    rf"{_LISTED},?\s*+(?:respectively,?\s*+)?(?:of\s++(?:(?:the|its|our|their)\s++)?"
    rf"(?:[A-Za-z'’\-]++\s++){{0,3}}?{_AWARD}|(?:{_MODIFIER}\s++){{0,4}}{_AWARD}"
    r"(?!\s+to\s+(?:extend|renew|terminate|purchase\s+the\s+(?:property|building))))",
    re.IGNORECASE,
)


# A count of awards named by what happened to them (one reading, `award_label`): "4.8
# million RSUs were forfeited" -> "RSUs forfeited", "0.5 million and 5.3 million RSAs and
# RSUs were forfeited, respectively" -> "RSAs and RSUs forfeited", "2,000 PSUs vested",
# "2,700 warrants were exercised"; a count listed as a part ("consisting of approximately
# 40.4 million RSAs and RSUs") takes the state the clause before it names ("awards
# outstanding ...": "RSAs and RSUs outstanding").
_AWARD_NP = (
    rf"(?P<np>(?:{_MODIFIER}\s++){{0,3}}{_AWARD}"
    rf"(?:\s*+,?\s*+(?:and|or)\s++(?:{_MODIFIER}\s++){{0,3}}{_AWARD})?)"
)
_STATE_WORDS = (
    r"forfeited|cancell?ed|granted|vested|unvested|exercised|exercisable|expired|outstanding|"
    r"settled|released"
)
_STATE = rf"(?P<state>{_STATE_WORDS})\b"
# Awards acted on: up to three words of any kind before the awards ("previously granted
# options were forfeited"; not "of the options", nor a verb), then the state or act. Bare
# "shares" only for a bare count and after the closed modifiers ("1,000 vested shares were
# forfeited"): after "N shares" they are `share_label`'s (it knows the class).
_ANY_WORD = r"(?!(?:of|the|in|to|for|which|that|and|or|were|was)\b)[A-Za-z][\w\-]*"
_ACTED_AWARD = rf"(?:options|warrants|{_ABBREVIATED}|awards|{_STOCK_UNITS})\b"
_ACTED_ONE = rf"(?:(?:{_ANY_WORD}\s++){{0,3}}?{_ACTED_AWARD})"
_ACTED_SHARES = rf"(?:(?:{_MODIFIER}\s++){{0,3}}shares\b)"
_ACTED = (
    r"(?i)^\s*+(?P<np>{award}(?:\s*+,?\s*+(?:and|or)\s++{award})?)\s*+,?\s*+"
    r"(?:respectively\s*+,?\s*+)?(?:(?:were|was|have\s+been|has\s+been|had\s+been)\s+)?"
    rf"(?P<state>{_STATE_WORDS}|awarded|converted)\b"
)
_AWARDS_ACTED = {
    bare: re.compile(_ACTED.replace(
        "{award}", f"(?:{_ACTED_SHARES}|{_ACTED_ONE})" if bare else _ACTED_ONE))
    for bare in (True, False)
}
_AWARD_PART = re.compile(rf"(?i)^\s*+{_AWARD_NP}")
_PART_OF = re.compile(
    r"(?i)\b(?:consisting\s+of|comprising|comprised\s+of|including|of\s+which)\s+"
    r"(?:approximately\s+|about\s+)?$"
)
_STATES = re.compile(rf"(?i)\b{_STATE}")


def award_label(left: str, rest: str, bare: bool = True) -> str | None:
    """The label of a count of awards from the words after it (`rest`, past its list and
    scale words): the awards and what was done to them or their state ("RSUs were forfeited"
    -> "RSUs forfeited"); for a bare count (`bare`) listed as a part, the state the sentence
    before it (`left`) names; None when the words after it name no award or no state."""
    if (m := _AWARDS_ACTED[bare].match(rest)) is not None:
        np, state = re.sub(r"\s+", " ", m["np"]), m["state"]
    elif bare and _PART_OF.search(left) and (m := _AWARD_PART.match(rest)) is not None:
        states = _STATES.findall(re.split(r"[.;](?!\d)", left[-200:])[-1])
        if not states:
            return None
        np, state = m["np"], states[-1]
    else:
        return None
    return f"{np[:1].upper()}{np[1:]} {state.lower()}"


def counts_shares_after(rest: str) -> bool:
    """Whether the words after a bare count (and the amounts listed with it) say it counts
    shares, share options or warrants."""
    return _COUNTS_SHARES.match(rest) is not None

# "is authorized to issue (up to) (an aggregate of) 10,000,000 shares", "The Company has
# authorized 10,000,000 shares of preferred stock": the shares authorized
_AUTHORIZED_TO_ISSUE = re.compile(
    r"(?i)\bauthori[sz]ed\s+(?:to\s+issue\s+)?(?:up\s+to\s+)?(?:(?:an?\s+)?(?:aggregate|total)"
    r"\s+of\s+)?$"
)
# "1,200,000,000 shares authorized; 1,012,261,159 shares issued", "633 million shares of
# common stock outstanding": the state the participle after the count (and class) names
_SHARES_STATE = re.compile(
    r"(?i)^\s*(?:(?:million|billion|thousand)\s+)?(?:shares?\s+)?"
    r"(?:of\s+(?:(?:class|series)\s+\w+\s+)?(?:common|preferred|ordinary|capital)\s+"
    r"(?:stock|shares)\s+)?(?P<state>authori[sz]ed|issued|"
    r"outstanding|reserved|available|granted|vested|unvested|forfeited|exercised|repurchased|"
    r"pledged|subscribed)\b"
)


# "awards outstanding representing approximately [63.2 million] shares", "the grant of Share
# Options representing an aggregate of [305,601,702] shares": the shares measure the awards
_REPRESENTING = re.compile(
    r"(?i)(?:^|,|\b(?:had|has|have|approved|were|was|are|is|with|of\s+which))\s+"
    r"(?P<np>(?:(?!(?:had|has|have|approved|were|was|are|is|with)\b)[\w\-’']+\s+){1,8}?)"
    r"representing\s+(?:approximately\s+|an\s+aggregate\s+of\s+|a\s+total\s+of\s+)?$"
)
_ACT_OF = re.compile(r"(?i)^(?:the\s+|a\s+)?(?P<act>grant|issuance|issue)\s+of\s+(?P<what>.+)$")
_ACT_DONE = {"grant": "granted", "issuance": "issued", "issue": "issued"}


def represented(left: str) -> str | None:
    """The awards a count of shares stands for, from the words before it (`left`): "awards
    outstanding representing" -> "Awards outstanding"; "the grant of Share Options
    representing" -> "Share Options granted"; None without "representing"."""
    m = _REPRESENTING.search(left[-200:].rstrip() + " ")
    if m is None:
        return None
    np = re.sub(r"^(?:(?:the|a|an|its|our|their)\s+)+", "", m.group("np").strip(), flags=re.I)
    if (act := _ACT_OF.match(np)) is not None:
        np = f"{act.group('what')} {_ACT_DONE[act.group('act').lower()]}"
    return f"{np[:1].upper()}{np[1:]}" if re.search(r"[A-Za-z]{3}", np) else None


# the counts listed after a count, to the "shares" they all count ("1,524,908 [and 5,238,736
# shares] of common stock")
_LISTED_AFTER = re.compile(
    r"(?i)(?:\s*(?:,\s*and|,|and|or)\s*(?:approximately\s+)?\d[\d,.]*"
    r"(?:\s*(?:million|billion|thousand))?)*(?:\s*(?:million|billion|thousand)(?=\s+shares))?"
    r"(?:\s*shares?\b)?"
)


def share_label(text: str, a: Amount, verb: re.Match[str] | None, left: str) -> str | None:
    """'3.99 million fully-vested shares' granted -> 'Fully-vested shares granted'; a bare
    "shares" takes what the sentence does with them ("Shares under option")."""
    um = re.search(r"((?:[\w\-]+\s+){0,2}shares?)\b", text[a.start : a.token_end + 40])
    if not um:
        return None
    if (held := represented(left)) is not None:
        return held
    label = um.group(1).split(None, 1)[-1] if um.group(1)[:1].isdigit() else um.group(1)
    label = re.sub(r"^(?:million|billion|thousand|an?|additional)\s+", "", label)
    rest = text[a.token_end : a.token_end + 120]
    if (listed := _LISTED_AFTER.match(rest)) is not None:  # past the counts listed with it
        rest = rest[listed.end() :]
    if label.lower() in ("shares", "share") and _AUTHORIZED_TO_ISSUE.search(left[-80:]):
        label = "shares authorized"  # "authorized to issue 10,000,000 shares of common stock"
    elif verb:
        label = f"{label} {verb.group('verb').lower()}"
    elif label.lower() in ("shares", "share"):
        state = _SHARES_STATE.match(rest)
        label = share_act(left, rest) or (f"shares {state['state'].lower()}" if state else label)
    cls = share_class(rest) if re.fullmatch(r"(?i)shares \w+", label) else None
    # "issued 1,550,000 shares of the Company's common stock" -> "Common stock shares issued"
    return f"{cls} {label[:1].lower()}{label[1:]}" if cls else label


# "excluded ... from (the) calculation(s)/computation of <what>" (up to a period phrase or
# a reason: "for the three months", "because they were antidilutive", "due to the net loss")
_ON = r"(?:[^.;]|\.(?=\d))"  # within the sentence ("1.5 million" does not end it)
_EXCLUDED_FROM = re.compile(
    rf"(?i)\bexclud(?:ed|es|ing)\b{_ON}{{0,120}}?\bfrom\s+(?:the\s+)?"
    r"(?:(?:calculations?|computations?)\s+of\s+)?(?P<what>(?:[^.;,]|\.(?=\d)){3,80}?)"
    r"(?=\s+(?:for|because|due|since|as|when|in\s+(?:each|both)|was|were|is|are|ha(?:s|ve))\b"
    r"|[.;,#]|$)"
)
_EPS = re.compile(r"(?i)\bEPS\b|\bper\s+(?:\w+\s+)?share\b")
_USED_IN = re.compile(r"(?i)^shares\s+used\s+in\s+(?:the\s+)?|\s+calculations?$")
_INSTRUMENTS = r"(?:shares|options|awards|units|warrants|securities|RSUs)"
# what follows the count: "million of anti-dilutive market price options", "million and 1.5
# million shares, respectively, of potentially dilutive shares"
_COUNTED = re.compile(
    r"(?i)^\s*(?:million|thousand|billion)?\s*"
    r"(?:(?:and|or)\s+[\d.,]+\s*(?:million|thousand|billion)?\s*)?"
    r"(?:(?:shares?|options?)\s*,?\s*(?:respectively\s*,?\s*)?(?=of\b))?(?:of\s+)?"
    rf"(?P<np>(?:[A-Za-z][\w\-]*\s+){{0,4}}?{_INSTRUMENTS})\b"
)
_TO_PURCHASE = re.compile(
    r"(?i)\b(?P<inst>options|warrants|awards)\s+to\s+purchase\s+"
    r"(?:[\d,.]+\s+(?:million\s+)?shares\s+(?:and|or)\s+)?$"
)
_SUBJECT_EXCLUDED = re.compile(
    rf"(?P<np>[A-Z][\w\-]*(?:\s+[\w\-]+){{0,4}}?\s+{_INSTRUMENTS})\s+"
    r"(?:(?:were|was|have\s+been|has\s+been|are)\s+)?excluded\b"
)
_NUMBER_OF = re.compile(r"(?i)^(?:the\s+)?(?:total\s+)?(?:number\s+of\s+)?(?:such\s+)?")
_EXCLUDED_BEFORE = re.compile(r"(?i)\bexclud(?:ed|es|ing)\b")
_EXCLUDED_AFTER = re.compile(rf"(?i)^{_ON}{{0,160}}?\b(?:were|was|are|is|been)\s+excluded\b")


def excluded_label(left: str, rest: str) -> str | None:
    """The measure of a count left out of diluted earnings per share ("Anti-dilutive
    unvested shares excluded from diluted EPS"), from the words before (`left`) and after
    (`rest`) the count; None when the sentence does not exclude it from an EPS figure."""
    before, after = left[-200:], rest[:160]
    if not (_EXCLUDED_BEFORE.search(before) or _EXCLUDED_AFTER.match(after)):
        return None
    m = _EXCLUDED_FROM.search(f"{before} # {after}")
    if m is None or not _EPS.search(m.group("what")):
        return None
    what = _USED_IN.sub("", m.group("what").strip())
    counted = _COUNTED.match(rest)
    np = counted.group("np") if counted else None
    if np is None or np.lower() in ("shares", "options"):
        if (p := _TO_PURCHASE.search(left)) is not None:
            np = p.group("inst")  # "Options to purchase 1,355,000 shares"
        elif np is None and (s := _SUBJECT_EXCLUDED.search(before)) is not None:
            np = _NUMBER_OF.sub("", s.group("np"))  # "Anti-dilutive stock awards excluded
            # from ... were 0.9"; "The total number of such shares excluded ... was 5,547,000"
    np = np or "Shares"
    return f"{np[:1].upper()}{np[1:]} excluded from {what}"


# The awards right after a count, modifiers from the closed list only, and the state after
# them: "120,000 options outstanding", "40.4 million RSAs and RSUs", "granted 100,000 options"
_AWARDS_AFTER = re.compile(
    rf"(?i)^\s*+(?P<np>(?:{_MODIFIER}\s++){{0,3}}{_ACTED_AWARD}"
    rf"(?:\s+and\s+(?:{_MODIFIER}\s++){{0,3}}{_ACTED_AWARD})?)\b"
    r"(?!\s+to\s+(?:purchase|acquire|buy|extend|renew|terminate))"
    r"(?:\s+(?:(?:remained|remain|were|are)\s+)?(?P<state>outstanding|exercisable|unvested|"
    r"nonvested|available)\b)?"
)
_ACT_BEFORE = re.compile(
    r"(?i)\b(?P<act>granted|issued|awarded|exercised|forfeited|cancell?ed|canceled|vested)\s+"
    r"(?:(?:an?|approximately|about|an\s+aggregate\s+of|a\s+total\s+of)\s+)?$"
)


def awards_label(left: str, rest: str) -> str | None:
    """The label of a count of awards named right after it: the awards with their state
    ("Options outstanding") or the act before them ("Options granted"); None otherwise."""
    m = _AWARDS_AFTER.match(rest)
    if m is None:
        return None
    np = re.sub(r"\s+", " ", m.group("np"))
    act = _ACT_BEFORE.search(left[-60:].rstrip() + " ")
    tail = m.group("state") or (act.group("act") if act else None)
    label = f"{np} {tail.lower()}" if tail else np
    return f"{label[:1].upper()}{label[1:]}"


def count_label(left: str, rest: str, awards: bool = True) -> str | None:
    """A count's label read off the words right around it, before any other rule: left out
    of diluted EPS (`excluded_label`), else the awards and what was done to them or the
    state the sentence gives them (`award_label`; bare "shares" only for a bare count,
    `awards`), else the awards named after it (`awards_label`)."""
    return (excluded_label(left, rest) or award_label(left, rest, awards)
            or awards_label(left, rest))
