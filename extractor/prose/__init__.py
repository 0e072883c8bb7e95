"""Prose: sentences -> amount lists x period lists -> facts, blank slots included.

The stages, each in its module:

1. `segments`: the body's lines outside tables, rejoined where the viewer broke a sentence
   (`paragraphs`), and each paragraph cut at sentence ends, not at "Co., Ltd." or "3.85"
   (`sentences`).
2. `candidates`: the amounts and blank slots of a sentence (`amounts.find_amounts`) that are
   facts, not dates, years, payment terms or numbered headings.
3. `dating`: the sentence's period phrases (`periods.find_periods` plus bare years), the one
   that opens it, and which phrase each amount list goes with.
4. `slots`: `amount_lists` groups amounts that only separators join ("RMB5, RMB2 and") and
   reads the separators the viewer left around them as possible blank slots.
5. `alignment`: picks, for each list, the reading of its blank slots whose count matches its
   phrase ("of , RMB34 and RMB6 ... 2021, 2022 and 2023" is a blank, 34 and 6). What cannot be
   reconciled is emitted undated with a warning.
6. `context`: the `SentenceContext` a sentence's facts are read in; `labels` names the
   measure and the entity from the sentence and its paragraph.

`reader` runs them over a note, carrying a paragraph's opening period and entity forward.
"""

from extractor.prose.reader import ProsePart, extract_prose, read_sentence

__all__ = ["ProsePart", "extract_prose", "read_sentence"]
