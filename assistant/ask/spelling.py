"""A question's words mistyped from the guides' own, spelled as the guides spell them: 'maintainance phase',
'imunosupressants', 'embrionic', 'cryspr', 'CMDO'.

A mistyped word matches no passage's words and reads as something else to the embedding, so the passage that
answers went unfound and the word looked like a name the guides never use ('The guides don't mention
"maintainance"'). Only a rare word is respelled, and only to a word the guides write one slip away (two for a
long word): an everyday word is meant as typed ('fiddly'), a name is no slip from any ('Zolgensma', 'aplastic').
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.ask.lexical import LexicalIndex
from assistant.text import english_zipf, slips_between, stem

TYPED_ZIPF = 3.0  # an English word this common is meant as typed ('fiddly' 2.4 is not; 'sitting' 4.6 is)
MIN_CHARS = 5  # a shorter word is one slip from too many others
LONG_CHARS = 8  # from this length two slips are allowed ('maintainance' for 'maintenance')
# 'imunosupressants' for 'immunosuppressive': the slips are counted without the words' endings as well
_ENDING = re.compile(r"(?:ants?|ives?|ions?|ing|ed|es|s)$")
CORE_CHARS = 6
# 'lymfoma' for 'lymphoma', 'hemofilia' for 'hemophilia': a sound spelled as it sounds is no slip
SOUNDS_ALIKE = ("ph", "f")

# a word, quoted or not; not part of a hyphenated word or of a contraction ("doesn't")
_TYPED = re.compile(r"(?<![\w-])(?<!\w['’])(?:[A-Za-z][a-z]{4,}|[A-Z]{4,6})(?![\w-])(?!['’]\w)")


def respell(text: str, lexical: LexicalIndex) -> str:
    """The text with each word mistyped from one of the guides' written as the guides write it, and the words
    they hyphenate hyphenated ('off the shelf' -> 'off-the-shelf')."""
    lexical.refresh()
    text = _TYPED.sub(lambda m: guide_spelling(m.group(0), lexical) or m.group(0), text)
    spaced = _spaced_compounds(lexical.compounds())
    return spaced.sub(lambda m: re.sub(r"\s", "-", m.group(0)), text) if spaced else text


@lru_cache(maxsize=8)
def _spaced_compounds(compounds: frozenset[str]) -> re.Pattern[str] | None:
    """The guides' hyphenated words typed with spaces ('off the shelf'), longest first; None for none."""
    if not compounds:
        return None
    spaced = (r"\s".join(map(re.escape, c.split("-"))) for c in sorted(compounds, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(spaced)})(?![\w-])", re.I)


def guide_spelling(word: str, lexical: LexicalIndex) -> str:
    """The guides' word that `word` is mistyped from, cased as typed; '' when it is none's."""
    lower = word.lower()
    if lexical.df(stem(lower)) or english_zipf(lower) >= TYPED_ZIPF:
        return ""
    if word.isupper():
        # an abbreviation with two letters swapped ('CMDO' for 'CDMO'); its first letter is trusted
        return next(
            (c.upper() for c in sorted(lexical.capitals()) if len(c) == len(lower) and c[0] == lower[0]
             and slips_between(lower, c, 1) == 1 and sorted(c) == sorted(lower)),
            "",
        )
    meant = _nearest(lower, lexical.spellings(lower[0]))
    return meant.capitalize() if meant and word[0].isupper() else meant


@lru_cache(maxsize=4096)
def _nearest(word: str, written: tuple[tuple[str, int], ...]) -> str:
    """The word of `written` fewest slips from `word` (within the limit for its length), the commonest on a tie."""
    if len(word) < MIN_CHARS:
        return ""
    limit = 2 if len(word) >= LONG_CHARS else 1
    core = _ENDING.sub("", word)
    best: tuple[int, int, str] | None = None
    for guide_word, count in written:
        slips = slips_between(word, guide_word, limit)
        if slips > limit and SOUNDS_ALIKE[0] in guide_word:
            slips = slips_between(word.replace(*SOUNDS_ALIKE), guide_word.replace(*SOUNDS_ALIKE), limit)
        if slips > limit and len(core) >= CORE_CHARS:
            guide_core = _ENDING.sub("", guide_word)
            if len(guide_core) >= CORE_CHARS:
                slips = slips_between(core, guide_core, limit)
        if slips <= limit and (best is None or (slips, -count) < best[:2]):
            best = (slips, -count, guide_word)
    return best[2] if best else ""
