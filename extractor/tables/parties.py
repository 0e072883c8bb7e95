"""Whom a table's headings name: the related party a section heading or a row is, the segment
a column is.

A table about related parties groups its rows under the parties ("Due to related parties:" /
"Advisor:" / "Asset management fees"); a segment table heads its columns with the segments
("Research and development | Hyperimmune products | Unallocated | Total"). There the heading
is the fact's entity, not a word of its measure. Elsewhere a title-case heading is usually a
class of the measure ("Federal:", "Current", "Level 1"), so these rules only run where the
table says what it is about.
"""

from __future__ import annotations

import re

from extractor.names import is_party
from extractor.vocabulary import CURRENCY, PLACES

_RELATED = re.compile(r"(?i)\brelated[\s\-]+part(?:y|ies)\b|\baffiliates?\b")
_SEGMENTS = re.compile(r"(?i)\bsegments?\b")
# Words of a measure or a class of one, never of a party's name.
_MEASURE_WORD = re.compile(
    r"(?i)\b(?:total|totals|subtotal|other|others|fees?|revenues?|income|expenses?|costs?|"
    r"sales|purchases?|assets?|liabilit(?:y|ies)|payables?|receivables?|due|amounts?|"
    r"balances?|loans?|borrowings?|interest|dividends?|cash|deposits?|advances?|"
    r"reimbursements?|transactions?|net|gross|current|non-current|noncurrent|deferred|"
    r"federal|state|foreign|domestic|level|consolidated|combined|eliminations?|"
    r"adjustments?|reconciling|items?|charges?|payments?|notes?|shares?|stock|equity|"
    r"beginning|ending|opening|closing|year|years|months?|quarters?|period|ended|"
    r"actual|constant|currency|rate|rates|percent|percentage|carrying|fair|value|"
    r"number|weighted|average|price|cost|granted|exercised|forfeited|outstanding|"
    # how a related-party cost was booked ("Expensed:" / "Capitalized:" over fee rows)
    r"expensed|capitali[sz]ed|incurred|accrued|paid|earned)\b"
)
_SMALL = frozenset({"and", "of", "&", "the", "de", "la", "for", "in"})
_CURRENCY_OR_NUMBER = re.compile(rf"\d|[$€£¥₩₨]|^(?:{CURRENCY})$")


def about_related_parties(*texts: str | None) -> bool:
    """Whether a table's caption, title or headers say it is about related parties."""
    return any(t and _RELATED.search(t) for t in texts)


def about_segments(*texts: str | None) -> bool:
    """Whether a table's caption, title or headers say it is about segments."""
    return any(t and _SEGMENTS.search(t) for t in texts)


def names_party(heading: str | None) -> bool:
    """Whether a heading reads as a party's name: one to six words, each capitalised (or a
    small joining word), none a word of a measure ("Advisor", "Resource Securities", "RAI";
    not "Due to related parties", "Other", "Federal")."""
    if not heading:
        return False
    text = heading.strip().rstrip(":").strip()
    words = text.split()
    if not 1 <= len(words) <= 6 or _CURRENCY_OR_NUMBER.search(text):
        return False
    if _MEASURE_WORD.search(text):
        return False
    if words[0].lower() in _SMALL and words[0] != "The":
        return False
    return all(w.lower() in _SMALL or w[:1].isupper() or w[:1] in "(&" for w in words)


_BY = re.compile(r"(?i)\bby\b")
_NOT_SEGMENT = re.compile(
    r"(?i)^(?:total|totals|consolidated|combined|eliminations?|inter-?segment|"
    r"reconciling items|adjustments?|corporate and eliminations|group)\b"
)


def segment_column(category: str | None) -> str | None:
    """A column heading of a segment table that names a segment ("Hyperimmune products",
    "Unallocated"), or None for the total and elimination columns and measure headings."""
    if not category:
        return None
    text = category.strip().rstrip(":").strip()
    if _NOT_SEGMENT.match(text) or _CURRENCY_OR_NUMBER.search(text) or not is_party(text):
        return None
    if _BY.search(text):
        return None  # "Revenue by End Market": a breakdown's heading, not a segment
    if _MEASURE_WORD.search(text) or not 1 <= len(text.split()) <= 6:
        return None
    return text if text[:1].isupper() else None


_SEGMENT_TOTAL = re.compile(
    r"(?i)^total\s+(?P<m>segment\s+[a-z][\w\s]*?)"
    r"(?:\s+(?:for|of)\s+(?:all\s+|the\s+)?reportable\s+segments?)?$"
)


def segment_rows(labels: list[str | None]) -> dict[int, str]:
    """The rows that name the segments a "Total segment revenue (for reportable segments)"
    row totals, each with that measure ("Segment revenue"): the names right above it."""
    out: dict[int, str] = {}
    for idx, label in enumerate(labels):
        m = _SEGMENT_TOTAL.match(label or "")
        if m is None:
            continue
        measure = m.group("m")[:1].upper() + m.group("m")[1:]
        j = idx - 1
        while j >= 0 and j not in out and names_party(labels[j]):
            out[j] = measure
            j -= 1
    return out


_NAME_SMALL_WORDS = {"and", "of", "&", "the", "in", "for", "to", "or"}


def title_case_name(label: str) -> bool:
    """A row label that reads as a name (title case, two to six words, or an acronym): under a
    section heading ending in a colon, the row is about that party or segment."""
    words = label.split()
    if len(words) == 1 and re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,11}", words[0]):
        return True  # "Interest income from:" over "JYADK": a party's acronym
    return 2 <= len(words) <= 6 and all(
        w.lower() in _NAME_SMALL_WORDS or w[:1].isupper() or not w[:1].isalpha() for w in words
    )


# Places a row names that are classes of a measure, not areas ("Current:" over "Federal",
# "State", "Foreign"; "Income before taxes:" over "Domestic", "International").
_CLASS_PLACES = frozenset({"international", "global", "worldwide", "domestic", "foreign",
                           "non-u.s.", "us", "eu"})


def names_place(label: str) -> bool:
    """A row label that is one named country or region ("Germany", "Japan", "the PRC"):
    under a section heading ending in a colon ("Property, plant and equipment:"), the row
    is about that area, as a two-word name ("United States") already is by
    `title_case_name`. "Foreign", "Domestic" or "International" name no area."""
    text = label.strip().removeprefix("the ")
    return text[:1].isupper() and text.lower() in PLACES and text.lower() not in _CLASS_PLACES


# "Total net sales", "Total revenue": the measure a block of area or segment rows breaks down
_BREAKDOWN_TOTAL = re.compile(r"(?i)^total\s+(?P<m>[a-z][a-z\s,&'’\-]*?)\s*:?$")
# Rows between a breakdown's members and its total that are no member of it, beside the
# eliminations and reconciling items `_NOT_SEGMENT` already names
_NOT_MEMBER_ROW = re.compile(r"(?i)^(?:unallocated|corporate)\b")
# A bare "Total" row takes the measure its lead-in breaks down: "Loss before income taxes by
# jurisdiction is as follows", "Revenues by geographic area were:"
_MEASURE_BY = re.compile(
    r"(?i)(?:^|[.:;]\s+|\b(?:presents?|shows?|summari[sz]es|sets\s+forth|of|are|is)\s+)"
    r"(?:the\s+|our\s+|its\s+|the\s+(?:company|group)[’']s\s+)?"
    r"(?P<m>[A-Za-z][a-z]+(?:[\s\-](?!by\b)[a-z]+){0,5}?)\s+by\s+(?:tax\s+)?"
    r"(?:jurisdictions?|geograph\w*(?:\s+(?:areas?|regions?|locations?))?|regions?|"
    r"countr(?:y|ies)|(?:reportable\s+|operating\s+|business\s+)?segments?|"
    r"destinations?|locations?)\b"
)
# what a table says its rows are areas of: "by geographic location of customers", "by region"
_AREA_CONTEXT = re.compile(
    r"(?i)\b(?:geograph\w*|regions?|countr(?:y|ies)|locations?|destinations?|areas?)\b"
)
# the rest of the world beside named areas ("Rest of Europe", "Other Asia", "Rest of world")
_REST_OF = re.compile(r"(?i)^(?:(?:the\s+)?rest\s+of|(?:all\s+)?other)\s+(?:the\s+)?(?P<p>.+)$")
_REST = frozenset({"world", "countries", "regions", "international", "foreign countries",
                   "markets", "areas"})


def breakdown_rows(rows: list[tuple[str | None, bool, bool]], context: str,
                   text: str, intro: str | None = None) -> dict[int, str]:
    """Rows that break a measure down by area or segment, each with the measure its total
    row names: the rows right above a "Total <measure>" row ("Germany | France | Rest of
    Europe" over "Total revenue" -> "Revenue"; "Stores | Digital | Wholesale" over "Total net
    sales" in a table of "Net sales by segment" -> "Net sales"). Each row is (label or None
    for a row without a label cell, holds values, is a total). The block runs up to the
    table's start, a total or a row without values, and holds two or more rows; every row of
    it is an area (one or more named, beyond "Domestic"/"Foreign"), or, in a table whose
    context speaks of segments, a name the note writes elsewhere too. A row that is a word of
    the measure ("Depreciation" over "Total depreciation and amortization") is a part of
    it, not a member: no block; nor is a total that names a group of segments ("Total Energy
    Services and Products"), or a block with a tax class ("Non-U.S.", "Foreign") among it."""
    out: dict[int, str] = {}
    areas_said = bool(_AREA_CONTEXT.search(context))
    segments_said = about_segments(context)
    by = _MEASURE_BY.search(intro or "")
    for t, (label, _, _) in enumerate(rows):
        measure = _total_measure(label or "", by)
        if measure is None or len(measure.split()) > 6 or measure.lower().startswith(
                "segment"):
            continue  # "Total segment revenue": `segment_rows`
        block = []
        j = t - 1
        while j >= 0 and (name := rows[j][0]) and rows[j][1] and not rows[j][2]:
            if not (_NOT_SEGMENT.match(name) or _NOT_MEMBER_ROW.match(name)):
                block.append(j)  # "Intersegment eliminations" sits above a total, no member
            j -= 1
        names = [(rows[j][0] or "").strip() for j in block]
        if len(names) < 2 or any(n.lower() in measure.lower() for n in names):
            continue
        if names_party(measure):
            continue  # "Total Energy Services and Products": a group of segments, no measure
        if not (_areas(names, areas_said) or (segments_said and all(
                names_party(n) and text.count(n) >= 2 for n in names))):
            continue
        for j in block:
            out[j] = measure[:1].upper() + measure[1:]
    return out


def _total_measure(label: str, by: re.Match[str] | None) -> str | None:
    """The measure a total row names ("Total net sales" -> "net sales"), or, for a bare
    "Total", the one its table's lead-in breaks down by area or segment."""
    if (m := _BREAKDOWN_TOTAL.match(label)) is not None:
        return m.group("m").strip()
    if by is not None and label.strip().rstrip(":").lower() == "total":
        return by.group("m").strip()
    return None


def _areas(names: list[str], areas_said: bool) -> bool:
    """Whether row names are areas side by side: each a place, the rest of the world beside
    them, or (where the table says its rows are areas) a capitalised name ("Benelux"); and
    one or more a named place that is no tax class ("Germany", not "Foreign")."""
    def named(n: str) -> bool:
        return names_place(n) or (n[:1].isupper() and n.lower() in PLACES
                                  and n.lower() not in _CLASS_PLACES)

    def area(n: str) -> bool:
        return (named(n) or n.lower().removeprefix("the ") in PLACES
                or ((r := _REST_OF.match(n)) is not None
                    and (r.group("p").lower() in PLACES or r.group("p").lower() in _REST))
                or (areas_said and (names_party(n) or title_case_name(n))))
    if any(n.lower().removeprefix("the ") in _CLASS_PLACES for n in names):
        return False  # "U.S. | Non-U.S.", "Domestic | Foreign": tax classes, not areas
    return any(named(n) for n in names) and all(area(n) for n in names)
