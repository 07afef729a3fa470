"""Questions that set something aside ('apart from the heart and liver, what else ...?') or grant it before asking
why: what they set aside, and the answer's sentences about it put last, since the question already knows it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.ask.compose import Sentence
from assistant.ask.lay import equivalents
from assistant.text import tokens

_ASIDE = re.compile(
    r"\b(?:apart\s+from|aside\s+from|besides|other\s+than|except(?:\s+for)?|excluding|not\s+counting)\s+"
    r"(?:the\s+|my\s+|his\s+|her\s+)?([^?.;:]{2,80}?)"
    r"(?=\s*\?|\s*,?\s+(?:what|which|who|how|is|are|do|does|did|can|could|should|will|would|anything|any|else"
    r"|there)\b)",
    re.I,
)
# ... or grants before asking why ('If the idea has been around for decades, why is it only happening now?')
_GRANTED = re.compile(
    r"^\W*(?:(?:so|but|ok|okay)\s+)?(?:if|since|given(?:\s+that)?|seeing\s+as)\s+([^,?.;]{5,120}),\s*(?=why\b|how\s+come\b)",
    re.I,
)
ABOUT_SHARE = 0.5  # a sentence is about what is set aside when it names at least this share of its words
# ... unless it names it to go beyond it: 'the modified T cells not only directly kill cancer cells but also release
# signaling molecules' answers 'does it do anything besides killing them directly?'
_GOES_BEYOND = re.compile(r"\bnot\s+only\b[^.;]*?\bbut\b|\bas\s+well\s+as\b|\bin\s+addition\s+to\b", re.I)


def set_aside(question: str) -> frozenset[str]:
    """The words of what a question sets aside (stems), none when it sets nothing aside."""
    match = _ASIDE.search(question) or _GRANTED.match(question)
    return frozenset(tokens(match.group(1))) if match else frozenset()


def aside_last(sentences: Sequence[Sentence], aside: frozenset[str]) -> list[Sentence]:
    """The sentences with those about what is set aside moved to the end; when the opening one is moved, the
    sentence after it in its passage leads."""
    if not aside or not sentences:
        return list(sentences)

    # ... named in the question's words or the guides' ('tiredness' is their 'fatigue')
    forms = {term: {term, *equivalents(term)} for term in aside}

    def about(sentence: Sentence) -> bool:
        if _GOES_BEYOND.search(sentence.text):
            return False
        words = set(tokens(sentence.text))
        return sum(1 for named in forms.values() if named & words) >= ABOUT_SHARE * len(aside)

    kept = [s for s in sentences if not about(s)]
    moved = [s for s in sentences if about(s)]
    opening = sentences[0]
    if not about(opening):
        return kept + moved
    # The guide goes on from what is set aside to what else ('Physicians also assess: ...'): that leads, else
    # the first passage's best other sentence.
    same = [s for s in kept if s.passage.chunk.id == opening.passage.chunk.id]
    after = min((s for s in same if s.order > opening.order), key=lambda s: s.order, default=None)
    lead = after or next(iter(same), None)
    return ([lead, *(s for s in kept if s is not lead)] if lead is not None else kept) + moved
