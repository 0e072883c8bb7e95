"""Labels and entities: what an amount measures and whom it is about, from its sentence.

Heuristics over the language of notes, not over any one document's wording:
- the measure is the noun phrase that introduces the amount ("Revenues of", "Amounts due to
  X were", "included in research and development expenses of"), else the "of ..." phrase
  after it ("RMB51,780 of revenue previously included in ..."); the introducing grammar is
  `intro_labels.py`;
- the entity is a counterparty named in the sentence, else the one its paragraph last named
  (`entities.EntityFinder`).
"""

from __future__ import annotations

import re

from extractor.amounts import Amount
from extractor.casefold import folded, has_any
from extractor.entities import EntityFinder
from extractor.intro_labels import (
    DANGLING,
    DETERMINERS,
    LAST_AMOUNT,
    PART_PREDICATE,
    SCALE,
    after_slot_seam,
    blank_out,
    last_resort_label,
    left_label,
    past_comparison,
    sentence_subject,
    whole_measure,
)
from extractor.measure import (
    ACT_NOUNS,
    act_measure,
    is_clause,
    loose,
    object_measure,
    passive_measure,
    right_measure,
    tidy,
)
from extractor.names import is_party
from extractor.rate_labels import attributive_rate, per_share_label, rate_measure, spread_label
from extractor.share_labels import count_label, counts_shares_after, share_label
from extractor.subjects import (
    attributive_label,
    blank_relative_times,
    instrument_rate_label,
    party_act_label,
    subject_label,
)
from extractor.vocabulary import COMMON_CURRENCY, CURRENCY_SYMBOL, RELATIVE_PERIOD

_AMOUNTISH = re.compile(
    # Possessive: a long run of digits and commas must not make the search backtrack.
    # The lookbehind makes every start inside a run fail at once: one pass, not n.
    # "(2018: " opens a comparative: "at the rate of 16.5% (2018: [16.5%])" reads past it.
    rf"(?<![\d$,.()%¥€\s])(?:\s*+(?:,|\band\b|\bor\b|\((?:(?:19|20)\d\d:)?|\)|{COMMON_CURRENCY}|"
    rf"\d[\d,]*+(?:\.\d+)?|{SCALE}|%|approximately|respectively))++\s*+$",
    re.IGNORECASE,
)
_FROM_TO = re.compile(
    rf"(?<=ed)\s+(?:from|by)\s+(?:{COMMON_CURRENCY})?\s*[\d,.]*\s*(?:million|billion|thousand)?\s*%?"
    r"\s+(?=to\s*$)",
    re.IGNORECASE,
)
_VERB_END = re.compile(
    r"\b(?P<verb>recognized|recorded|billed|received|paid|granted|issued|incurred|borrowed|"
    r"repaid|provided|collected|charged|advanced|lent|purchased|sold|acquired|invested|"
    r"contributed|transferred|earned|generated|accrued|owed|owned|representing|increased to|"
    r"decreased to|amortized|expensed|impaired|disposed|lent|deposited|repurchased|"
    r"subscribed|raised|spent)(?:\s+(?:an?|the))?(?:\s+(?:additional|further))?\s*$",
    re.IGNORECASE,
)
_OF_AFTER = re.compile(
    r"^\s*(?:of|in|for)\s+(?!(?:each of )?the (?:years?|periods?|six|nine|three|quarters?)\b)"
    r"(?P<np>(?!cash\b)[a-z][\w\-’' ]{2,80}?)(?=\s+(?:as of|for|during|in|to|from|"
    r"with|which|were|was|and|respectively|on)\b|[,.;(]|$)",
    re.IGNORECASE,
)
_UNIT_LABEL = re.compile(
    r"^\s*(?P<np>(?:[\w\-]+\s+){0,3}?(?:shares?|equity interest|interest|ownership|options?|"
    r"units?|stake))\b",
    re.IGNORECASE,
)

_INCLUDES = re.compile(r"\binclude[sd]?\s*$", re.IGNORECASE)
_WEAK = re.compile(
    r"^(?:and|or|but|was|were|is|are|by|to|there|it|this|that|which|certain|following|"
    r"the company|company|the group|group|mainly|primarily|principally)\b|"
    r"^(?:amounts?|(?:net\s+)?total)$|\d|RMB|US\$|\$|"
    r"\b(?:have|has|had)\b",
    re.IGNORECASE,
)


def label_for(
    text: str,
    a: Amount,
    entities: EntityFinder,
    para_entity: str | None,
    boundaries: list[tuple[int, int]] | None = None,
) -> tuple[str, str | None]:
    """The label and entity of the amount at `a` in sentence `text`.

    `boundaries` are the sentence's period phrases: they are read over, not into the label
    ("Revenue recognized ... at the beginning of the years ended December 31, 2019, 2020 and
    2021 is RMB116,967" is labelled "Revenue recognized ...").
    """
    entity = entities.in_sentence(text, near=a.start) or para_entity
    entity = entity if is_party(entity) else None
    if a.kind == "per_share":
        named = DETERMINERS.sub("", per_share_label(text, a))
        if named.lower().startswith("par value"):
            entity = None  # the par value of the company's own shares is about no party
        return _clean_label(named, entity), entity
    # A label stands close to its amount: look back a bounded way, so that reading stays
    # linear however long the sentence.
    lo = max(0, a.token_start - 400)
    left = blank_out(text[lo : a.token_start], [(s - lo, e - lo) for s, e in boundaries or []])
    cut = _AMOUNTISH.search(left, max(0, len(left) - 200))
    if cut:
        left = left[: cut.start()]
    left = after_slot_seam(left)
    # "interest decreased from 25% to [30%]": the measure is what changed, as for the first
    left = _read_over_times(left)
    rest = _rest_after(text, a)
    back = text[max(0, a.token_start - 200) : a.token_start]
    if a.kind in ("count", "share") and (ex := count_label(back, rest, a.kind == "count")):
        return ex, entity  # "We excluded 4.0 million of ... options from ...", "RSUs forfeited"
    label = attributive_label(left, rest, a.unit) or subject_label(left) or left_label(left)
    label = past_comparison(label)
    right_np = _of_measure(rest)
    due = re.match(r"\s*(?:\([^()]*\)\s*)?(due (?:from|to)|owed (?:to|by))\b", rest)
    verb = _VERB_END.search(left, max(0, len(left) - 40))
    if due and (label is None or verb or re.search(r"\b(?:had|has|have)\s*$", left)):
        label = f"Amounts {due.group(1)}"
    elif a.kind == "share" or (
        # "repurchased [1,524,908] and 5,238,736 shares": the list's first count is of shares
        a.kind == "count" and verb and counts_shares_after(text[a.end : a.end + 160])
    ):
        label = share_label(text, a, verb, left)
    elif act := party_act_label(verb and verb.group("verb"), right_np, entity):
        label = act  # "invested EUR2,500,000 in Antric GmbH": the act, not the party
    elif (label is None or verb or _WEAK.search(label) or _INCLUDES.search(left)) and right_np:
        label = right_np  # "includes $21 million of an insurance recovery": the part's measure
    elif a.unit == "percent":
        label = _percent_label(text, a, left, rest, label)
    if label is None or _WEAK.search(label):
        if verb and (nm := _NOUN_AFTER.match(rest)):
            label = nm.group("np")
        elif (subject := sentence_subject(text)) is not None:
            label = subject
    if label is None and verb:
        act = verb.group("verb").lower()
        label = ACT_NOUNS.get(act, act)  # "repaid RMB93,577,813" -> "Repayments"
    if label is None:
        label = last_resort_label(left, text)
    label = _back_reference(left, rest) or label
    return _finish(_clean_label(label, entity), entity, text, left, rest), entity


def _of_measure(rest: str) -> str | None:
    """The "of ..." phrase after an amount ("$21 million of an insurance recovery"); none when
    it names a period ("in the comparable prior-year periods")."""
    np = om.group("np").strip() if (om := _OF_AFTER.match(rest)) else None
    return None if np and _PERIOD_WORDS.search(np) else np


def _percent_label(text: str, a: Amount, left: str, rest: str, label: str | None) -> str | None:
    """A rate's label: the instrument after it ("a 6% unsecured demand note"), the rate named
    before it, else the measure the words after it give."""
    if spread := spread_label(left):
        return spread  # "3-month LIBOR plus [1.3%]": the margin over the base rate
    if rate_of := instrument_rate_label(rest) or attributive_rate(left, rest):
        return rate_of
    if rate := rate_measure(left, text[a.token_end :]):
        return rate
    if label is None and (um := _UNIT_LABEL.match(rest)):
        return um.group("np")
    return label


_COMPARED = re.compile(  # "... $0.7 million at March 31, 2019, an increase from [$0.2 million]"
    r"(?i)[,;]?\s*+(?:(?:as\s+)?compared\s+(?:with|to)|(?:an?\s+(?:increase|decrease)|up|down)"
    r"\s+from)\s*+(?:approximately\s+|about\s+)?$"
)
_SHARES_FOR = re.compile(
    r"(?i)\b(?P<verb>repurchased|purchased|sold|issued)\s+(?:approximately\s+)?\d[\d,.]*\s*"
    r"(?:million\s+|thousand\s+)?(?:[a-z]+\s+){0,2}shares\b(?:[^.;]|\.(?=\s+[a-z]))"
    r"{0,80}?\bfor\s+"
    r"(?:approximately\s+|a total of\s+|an aggregate of\s+|aggregate\s+)?$"
)

_TOTALING = re.compile(
    r"(?i),\s*+(?:totaling|totalling|aggregating|for\s+a\s+total\s+of)\s*+$"
)
_OBJECT = re.compile(
    r"(?i)\b(?:declared|paid|recorded|recognized|incurred|made|issued|granted|received)\s++"
    r"(?:an?\s++|the\s++)?(?P<np>(?:[a-z\-]+\s+){0,3}?[a-z\-]+)\s++(?:of|for|to|on)\b"
)


# A change to a new level with no subject of its own, after an amount (", rising to", "and
# will increase to"): the new level of what that amount measures.
_STEP_TO = re.compile(
    r"(?i)(?:,\s*|\band\s+)(?:will\s+|then\s+)?(?:increas(?:e|es|ing)|ris(?:e|es|ing)|"
    r"decreas(?:e|es|ing)|declin(?:e|es|ing)|escalat(?:e|es|ing)|stepping\s+up|increased|"
    r"decreased)\s+to\s*$"
)
# An amount with its currency mark, or a percentage: the earlier level a step starts from.
_MARKED_AMOUNT = re.compile(rf"(?:{CURRENCY_SYMBOL})\s?\d[\d,.]*|\d[\d,.]*\s?%")
# A part "of which" a whole amount is ("benefits was $22.0 billion, of which [$10.8 billion]"):
# the whole's measure.
_OF_WHICH = re.compile(r"(?i),\s*+of\s++which\s*+(?:approximately\s+|about\s+)?$")
# "of which $14.2 billion was recognized as revenue": the part's own clause names its measure
_PART_CLAUSE = re.compile(r"(?i)\s*(?:was|were|is|are|has|have|had|will|would|may)\b")
_MONEY = rf"(?:(?:approximately|about)\s+)?(?:{CURRENCY_SYMBOL})?\s?\d[\d,.]*(?:\s*{SCALE})?"
# The balances a change is stated between ("Deferred revenue increased $208 million from
# [$1,521 million] as of ... to [$1,728 million]"): the measure is what changed, the subject.
_CHANGE_FROM = re.compile(
    rf"(?i)\s(?:has\s+|have\s+|had\s+)?(?:increased|decreased|rose|fell|declined|grew)"
    rf"(?:\s+by)?\s+{_MONEY}(?:\s+(?:within|in|for|at)\s+(?:[\w\-]+\s+){{0,4}}?[\w\-]+)?\s+from"
    rf"(?:\s+{_MONEY}[^.;$€£¥\d]{{0,80}}?\s+to)?\s*+$"
)
# "reduced the minimum cash balance requirement from [$1.0 million] to [$0.5 million]",
# "reduced the fine from [€4.3 billion] to [€4.1 billion]": both values are of the object
_CHANGED_OBJECT = re.compile(
    rf"(?i)\b(?:reduced|increased|decreased|raised|lowered|amended|adjusted|changed|cut)\s+"
    rf"(?:the|its|our|their)\s+(?P<np>[^,;$€£¥\d]{{3,80}}?)\s+from"
    rf"(?:\s+{_MONEY}%?\s+to)?\s*+$"
)
_CLAUSE_START = re.compile(r"[,;:(]\s*|\b(?:and|that|which|where)\s+")


def _changed_subject(left: str) -> str | None:
    """What a change between two balances is of: the words before its verb, from the start of
    their clause ("During the six months ended ..., right-of-use assets has decreased by ...")."""
    if (m := _CHANGE_FROM.search(left, max(0, len(left) - 240))) is None:
        return None
    head = left[max(0, m.start() - 120) : m.start()]
    starts = [c.end() for c in _CLAUSE_START.finditer(head)]
    np = DETERMINERS.sub("", head[starts[-1] if starts else 0 :].strip())
    return tidy(np) if np and len(np.split()) <= 8 else None


def _back_reference(left: str, rest: str = "") -> str | None:
    """A measure the words before an amount refer back to: "The allowances were $661 ...,
    compared with [$1,607]" -> "Allowances"; "declared a cash dividend of $0.10 per share ...,
    totaling [$48 million]" -> "cash dividend"; "repurchased 8.4 million shares ... for [$450
    million]" -> "Cost of shares repurchased" ("sold ... for" -> "Proceeds from shares
    sold")."""
    # (each pattern below needs a word the folded text is tested for first: most texts hold
    # none, and a scan of them all would try every position)
    low = folded(left)
    if has_any(low, ("compared", "from")) and (m := _COMPARED.search(left)) is not None:
        head = left[: m.start()]
        if (am := LAST_AMOUNT.search(head)) is not None:
            return left_label(head[: am.start()])
        return None
    if (m := _STEP_TO.search(left, max(0, len(left) - 60))) is not None:
        # "The monthly rent is S$38,500 ..., rising to [S$41,000]": the earlier amount's measure
        head = left[max(0, m.start() - 300) : m.start()]
        if (marked := list(_MARKED_AMOUNT.finditer(head))):
            return left_label(head[: marked[-1].start()])
    which = "which" in low
    if which and (m := _OF_WHICH.search(left)) is not None and (pm := PART_PREDICATE.match(rest)):
        whole = whole_measure(left[: m.start()])
        pred = pm.group("pred")
        if whole and not re.search(rf"(?i)\b{re.escape(pred.split()[0])}$", whole):
            return f"{whole} {pred}"  # "fees ..., of which [$18.5] is due in 2024"
    if which and (m := _OF_WHICH.search(left)) is not None and not _PART_CLAUSE.match(rest):
        head = left[: m.start()]
        if (am := LAST_AMOUNT.search(head)) is not None:
            return left_label(head[: am.start()])
        return None
    if "from" in low and (changed := _changed_subject(left)) is not None:
        return changed
    if "from" in low and (m := _CHANGED_OBJECT.search(left, max(0, len(left) - 200))):
        return tidy(m.group("np"))
    if (has_any(low, ("total", "aggregating")) and _TOTALING.search(left)
            and (o := _OBJECT.search(left)) is not None):
        return o.group("np")  # "declared a cash dividend of $0.10 ..., totaling [$48 million]"
    if "shares" in low and (s := _SHARES_FOR.search(left, max(0, len(left) - 200))):
        verb = s.group("verb").lower()
        what = "Cost of" if verb.endswith("purchased") else "Proceeds from"
        return f"{what} shares {verb}"
    return None


# A reporting period the period reader leaves unread ("for the six month period to June 30,
# 2023 was £0.8 million", "$72,000 for each of the nine month periods related to ..."): when,
# never what, so it is read over like the phrases it does read.
_UNREAD_PERIOD = re.compile(
    r"(?i)\b(?:for|in|during)\s+(?:each\s+of\s+)?the\s+(?:three|six|nine|twelve|\d+)[- ]"
    r"months?\s+periods?(?:\s+(?:to|ended|ending)\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+)?"
    r"(?:19|20)\d\d)?"
)
def _read_over_times(left: str) -> str:
    """`left` with "from <amount>" before "to", dateless times and unread reporting periods
    blanked (a scan is skipped where the folded text lacks the word each pattern needs)."""
    if "from" in folded(left) or " by " in left:
        left = _FROM_TO.sub(" ", left)
    left = blank_relative_times(left)
    if "period" in folded(left):
        left = _UNREAD_PERIOD.sub(lambda m: " " * len(m.group()), left)
    return left


# A modal left before the verb the measure goes with ("The interest rate will be 5.15%",
# "the purchase price would be $X"): not a word of the measure.
_MODAL_END = re.compile(r"\s+(?:will|would|shall|may|might|could|should|must)$")


def _finish(label: str, entity: str | None, text: str, left: str, rest: str) -> str:
    """The label as a measure, never a fragment: tidied, else the "<amount> of <measure>"
    phrase after the amount, the clause's subject, the act it states; "Amount" only when the
    sentence names nothing else."""
    candidates = [
        lambda: label,
        lambda: right_measure(rest),
        lambda: object_measure(left, rest),
        lambda: sentence_subject(text),
        lambda: act_measure(left, rest),
        lambda: passive_measure(rest),
    ]
    if is_clause(label):
        # a clause inside the sentence ("..., for which X has a majority of the voting rights,
        # were ¥ 109 million"): the sentence's subject names the measure
        candidates.insert(0, candidates.pop(3))
    for candidate in candidates:
        got = tidy(candidate())
        if got is not None:
            return _clean_label(got, entity)
    return _clean_label(loose(label) or "Amount", entity)


_NOUN_AFTER = re.compile(
    r"^\s*(?P<np>(?!(?:in|for|to|of|from|with|at|by|on|as|out|respectively)\b)[a-z][a-z\-]+"
    r"(?:\s+[a-z][a-z\-]+){0,3}?)"
    r"(?=\s+(?:in|for|to|of|which|from|during|"
    r"as)\b|[,.;]|$)"
)
def _rest_after(text: str, a: Amount) -> str:
    """The words after an amount, past its list and any restatement in parentheses."""
    right = text[a.token_end : a.token_end + 400]
    skip = _LIST_AFTER.match(right)
    return right[skip.end() :] if skip else right


# (compiled once: the patterns below are read for every amount's label)
_LIST_AFTER = re.compile(
    rf"(?:\s*(?:,|and|respectively|\([^()]*\)|\(|\)|{COMMON_CURRENCY}|\d[\d,.]*|{SCALE}|%))*")
_PERIOD_WORDS = re.compile(rf"(?i)\b(?:{RELATIVE_PERIOD}|year-ago|respective)"
                           r"\b.*\b(?:periods?|quarters?|years?)$")
_DEFINED_AS = re.compile(r"\s*\((?:the\s+)?[“\"][^”\"]{1,40}[”\"]\)?")
_DUE_END = re.compile(r"\bdue (?:from|to)$")
_LINK_END = re.compile(r"\s+(?:from|to|with|by|between)$")


def _clean_label(label: str, entity: str | None) -> str:
    """Drop the entity from the label ('Amounts due from Jingu' -> 'Amounts due from';
    'shares of Cumica for a cash consideration' -> 'cash consideration')."""
    label = " ".join(label.split()).strip(" ,;:-")
    if entity and entity in label and re.search(  # not "JD.com"
            rf"(?<![\w.]){re.escape(entity)}(?!\.?\w)", label):
        head, _, tail = label.partition(entity)
        if re.match(r"[’']s\s", tail):
            # the party owns the measure ("Margin over the Province’s cost of funds"): the
            # words around its name are the measure
            head = re.sub(r"(?i)(?:^|\s+)(?:the|a|an)$", "", head.strip())
            return _clean_label(f"{head} {tail[2:]}", None)
        head = re.sub(r"\s+(?:subsidiaries of|affiliates of)$", "", head.strip(" ,"))
        tail = re.sub(r"^[\s,]*(?:(?:for|to|from|of|with|in|a|an|the)\s+)*", "", tail).strip(" ,")
        tail = _DEFINED_AS.sub("", tail)
        # ("from DBS Bank (Hong Kong) Limited": capitalised words go on with the party's name)
        if re.search(r"[A-Za-z]{3}", tail) and not re.search(r"\d", tail) \
                and not re.fullmatch(r"\w+ed", tail) and not tail[:1].isupper():
            label = tail
        elif len(head) >= 3:
            label = head
    label = _MODAL_END.sub("", DANGLING.sub("", label))
    if not _DUE_END.search(label):
        label = _LINK_END.sub("", label)
    return label[:1].upper() + label[1:] if label else "Amount"
