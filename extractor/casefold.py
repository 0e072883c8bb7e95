"""Lower-casing for cheap pre-checks in front of case-insensitive patterns.

A pattern compiled with re.IGNORECASE that needs a word ("ended", "during") cannot match a
text that does not hold that word in some case: testing `"ended" in folded(text)` first skips
the scan where it would find nothing, with the same matches where it runs. `str.lower` alone
is not quite the regex's notion of case: the regex matches "i" to the dotless "ı" and "s" to
the long "ſ" (which lower-case to themselves), and "İ" lower-cases to two characters. Those
three are mapped first, so every character the regex takes for an ASCII letter folds to it.
"""

from __future__ import annotations

# The pure scans of a sentence (amounts, period phrases, due dates) keep their results by
# content: captions, year ends, labels and the prose read the same text more than once, and
# boilerplate recurs across notes. Only texts up to this length are kept, so that the bounded
# caches (4096 entries each) stay small whatever the input.
MEMO_CHARS = 4000

_REGEX_CASE = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})


def folded(text: str) -> str:
    """`text` lower-cased, with the characters re.IGNORECASE also takes for "i" and "s" as
    those letters: a lower-case ASCII word an IGNORECASE match spells is a substring of it."""
    if not text.isascii() and ("\u0130" in text or "\u0131" in text or "\u017f" in text):
        text = text.translate(_REGEX_CASE)
    return text.lower()


def has_any(low: str, words: tuple[str, ...]) -> bool:
    """Whether the folded text `low` holds one of `words` (lower-case ASCII)."""
    for w in words:  # noqa: SIM110 - a plain loop: any() over a generator is slower here
        if w in low:
            return True
    return False
