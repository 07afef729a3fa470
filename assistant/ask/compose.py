"""Extractive composer: pick the guides' own sentences that best answer the question, each with its [n]."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.ask.retrieve import CONTINUES, OVERLAP_WEIGHT, Retrieved
from assistant.domain import Citation, Passage
from assistant.text import is_question, tokens

_GUIDE_REFERENCE = re.compile(r"\s*\[\d+(?:[,–-]\s*\d+)*\]")
_LIST_ITEM = re.compile(r"^\s*[-•*]\s+")
_BARE_LINK = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$")  # a link alone answers nothing; the source shows it
MIN_SENTENCE_CHARS = 25
# A glossary's lines define unrelated terms one after another: a neighbour there is no context.
_GLOSSARY = re.compile(r"\b(?:glossary|key\s+(?:words|terms)|definitions|terminology)\b", re.I)
KEEP_WITHIN = 0.12  # further sentences must score within this of the best one
RETRIEVAL_WEIGHT = 0.15  # per unit of retrieval score a sentence's passage ranks behind the first passage


@dataclass(frozen=True)
class Sentence:
    text: str
    passage: Passage
    score: float
    similarity: float
    overlap: float
    order: int


@dataclass(frozen=True)
class Composition:
    text: str
    citations: tuple[Citation, ...]
    sentences: tuple[Sentence, ...]


def score_sentences(
    retrieved: Retrieved,
    passages: int = 4,
    is_excluded: Callable[[str], bool] = lambda _: False,
    as_asked: bool = True,
) -> list[Sentence]:
    """Every sentence of the top passages, scored by cosine to the question plus weighted term overlap, less a
    share of how far its passage ranks behind the first (the ranking also weighs the focused question and BM25);
    the first passage's best sentence comes first."""
    out: list[Sentence] = []
    top = retrieved.passages[0].score if retrieved.passages else 0.0
    for passage in retrieved.passages[:passages]:
        text = passage.chunk.text
        candidate = retrieved.candidates[passage.chunk.id]
        spans = candidate.spans
        sims, overlaps = candidate.sentence_scores, candidate.overlaps
        # A follow-up's answer is ordered by what is asked now ("Will I feel unwell during that time?"), not by
        # the previous question searched with it; its similarity, which the evidence reads, is the better one.
        order = candidate.asked if as_asked and candidate.asked is not None else sims
        posed: tuple[float, float, float] | None = None  # the guide's own question just before, if any
        # what the conversation already told of the passage is not told again
        untold = retrieved.resumes[1] if retrieved.resumes and retrieved.resumes[0] == passage.chunk.id else 0
        for i, (a, _) in enumerate(spans):
            if i < untold:
                continue
            parts = _with_list(text, spans, i)
            if not parts:
                continue
            sentence = "\n".join(text[spans[j][0] : spans[j][1]] for j in parts)
            if is_excluded(sentence):
                continue
            # A list is as good as its best line: "Medical teams closely monitor:" answers through its items.
            sim = max((float(sims[j]) for j in parts if j < len(sims)), default=passage.dense)
            fit = max((float(order[j]) for j in parts if j < len(order)), default=sim)
            overlap = max((float(overlaps[j]) for j in parts if j < len(overlaps)), default=0.0)
            # A question the guide asks itself ("So why is it taking off now?") answers nothing; the sentence
            # after it answers it, and is as close to a patient asking the same as the question is.
            if is_question(sentence) and len(parts) == 1:
                posed = (sim, fit, overlap)
                continue
            if posed is not None:
                sim, fit, overlap = (max(mine, its) for mine, its in zip((sim, fit, overlap), posed, strict=True))
                posed = None
            # (never a gain: a passage placed first on other grounds may score below those after it)
            behind = RETRIEVAL_WEIGHT * min(passage.score - top, 0.0)
            out.append(Sentence(sentence, passage, fit + OVERLAP_WEIGHT * overlap + behind, sim, overlap, a))
    ranked = sorted(out, key=lambda s: -s.score)
    # The answer opens in the passage the search ranked first. Its sentences can read less like the question
    # than a general one elsewhere ("Cell and gene therapy recovery is a gradual process." against "These could
    # include temporary setbacks ..."); the ranking also weighed the question's focus, its words and BM25.
    lead = next((s for s in ranked if retrieved.passages and s.passage is retrieved.passages[0]), None)
    return [lead, *(s for s in ranked if s is not lead)] if lead is not None else ranked


def compose(sentences: Sequence[Sentence], max_sentences: int, max_citations: int) -> Composition:
    """Best sentence first, then close runners-up, from at most max_citations passages."""
    if not sentences:
        return Composition("", (), ())
    best = sentences[0]
    chosen: list[Sentence] = [best]
    # The best passage's sentences in reading order, and where the best one stands among them.
    same = sorted((s for s in sentences if s.passage.chunk.id == best.passage.chunk.id), key=lambda s: s.order)
    at = same.index(best)
    if CONTINUES.match(best.text) and at > 0:
        # "These could include temporary setbacks ..." needs the sentence that says what "these" are.
        chosen.insert(0, same[at - 1])
    glossary = is_glossary(best.passage.chunk.section)
    # "This can include increased mobility, ..." elaborates the sentence before it: they go together.
    if at + 1 < len(same):
        after = same[at + 1]
        near = after.score >= best.score - 2 * KEEP_WITHIN  # "This isn't just treatment." adds nothing
        if CONTINUES.match(after.text) and near and not _repeats(after, chosen):
            chosen.append(after)
    # The best sentence with the one it needs or the one elaborating it says one thing: a further sentence of its
    # passage may still add context.
    said_once = len(chosen)
    for s in sentences[1:]:
        if any(s is c for c in chosen):  # the elaborating sentence, already taken
            continue
        if len(chosen) >= max_sentences:
            break
        cited = {c.passage.chunk.id for c in chosen}
        if s.passage.chunk.id not in cited and len(cited) >= max_citations:
            continue
        close = s.score >= best.score - KEEP_WITHIN
        # A second sentence from the best passage gives context even when a little further off.
        neighbour = (
            not glossary
            and s.passage.chunk.id == best.passage.chunk.id
            and len(chosen) <= said_once
            and s.score >= best.score - 2 * KEEP_WITHIN
        )
        if (close or neighbour) and not _repeats(s, chosen):
            chosen.append(s)
    if len(chosen) == 1 and glossary:
        # A definition alone reads abruptly: add the best sentence about it from another passage, if one is near.
        elsewhere = [s for s in sentences if s.passage.chunk.id != best.passage.chunk.id and not _repeats(s, chosen)]
        if elsewhere and elsewhere[0].score >= best.score - 3 * KEEP_WITHIN:
            chosen.append(elsewhere[0])
    elif len(chosen) == 1:
        # One sentence alone reads abruptly: add its better neighbour from the same passage.
        adjacent = [s for s in same[max(at - 1, 0) : at + 2] if s is not best and not _repeats(s, chosen)]
        if adjacent:
            chosen.append(max(adjacent, key=lambda s: s.score))
    numbers: dict[str, int] = {}
    for s in chosen:
        numbers.setdefault(s.passage.chunk.id, len(numbers) + 1)
    parts = [f"{clean_sentence(s.text)} [{numbers[s.passage.chunk.id]}]" for s in chosen]
    citations = tuple(
        Citation(n, next(s.passage for s in chosen if s.passage.chunk.id == cid)) for cid, n in numbers.items()
    )
    return Composition(" ".join(parts), citations, tuple(chosen))


def is_glossary(section: str) -> bool:
    """A section that lists terms with their definitions (Glossary, Key words, Key terms, Definitions)."""
    return bool(_GLOSSARY.search(section))


def clean_sentence(text: str) -> str:
    """The guide's own reference markers ([5]) would clash with ours; list bullets read badly inline."""
    lines = [_LIST_ITEM.sub("", _GUIDE_REFERENCE.sub("", line)).strip() for line in text.splitlines()]
    joined = lines[0]
    for line in lines[1:]:
        joined += ("; " if not joined.endswith(":") else " ") + line
    return joined.strip()


def _with_list(text: str, spans: list[tuple[int, int]], i: int) -> list[int]:
    """The spans that make sentence i readable on its own: itself, or a list intro with its items ([] = skip)."""
    a, b = spans[i]
    sentence = text[a:b]
    if _LIST_ITEM.match(sentence) or _BARE_LINK.match(sentence):
        return []
    if len(sentence) < MIN_SENTENCE_CHARS and not sentence.endswith(":"):
        return []
    if sentence.endswith(":"):
        # "Medical teams closely monitor:" reads only with the list that follows it.
        following = range(i + 1, min(i + 7, len(spans)))
        items = [j for j in following if _LIST_ITEM.match(text[spans[j][0] : spans[j][1]])]
        return [i, *items] if items else []
    return [i]


def _repeats(candidate: Sentence, chosen: list[Sentence]) -> bool:
    words = set(tokens(candidate.text))
    for s in chosen:
        other = set(tokens(s.text))
        if words and len(words & other) / len(words) > 0.7:
            return True
    return False
