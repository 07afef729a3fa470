"""Checks a generated answer against the passages it cites: citations, word support, numbers, injection."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.domain import Passage
from assistant.llm.prompt import ANSWER_SYSTEM, GUIDE_REFERENCE
from assistant.text import split_sentences, tokens

# Share of a sentence's content words found in the passages it cites ("at least half"). Calibrated on
# tests/unit/test_llm_verify.py: 40 sentences quoted or paraphrased from corpus/ and 37 invented claims on
# the same passages. With every check of verify_answer, 0.5 rejects 2/40 faithful and accepts 1/37
# invented; 0.4 accepts 3/37 invented; 0.6 accepts none but rejects 7/40 faithful.
SUPPORT_THRESHOLD = 0.5
# Each cited passage must carry part of the sentence, so a correct claim can't also cite an unrelated one.
CITED_PASSAGE_SHARE = 0.25
# A sentence that another given passage supports this much better is mis-cited. On the calibration set a
# faithful sentence never trails another passage by more than 0.17; the margin cuts mis-citations that
# clear SUPPORT_THRESHOLD from 8/440 (faithful sentences cited to each wrong passage) to 2/440.
MISCITATION_MARGIN = 0.25
MAX_SENTENCES = 8
MAX_RANGE = 20

CITATION = re.compile(r"\[(\d+(?:\s*[,–-]\s*\d+)*)\]")
# Words an answer uses to talk about its sources; they carry no claim and are not in the passages.
META_WORDS = frozenset(tokens("guide guides passage passages says said mention mentions according explain"))

_UNIT_ALIASES = {
    "%": ("%", "percent", "per cent"),
    "mg": ("mg", "milligram", "milligrams"),
    "mcg": ("mcg", "µg", "microgram", "micrograms"),
    "g": ("g", "gram", "grams"),
    "kg": ("kg",),
    "ml": ("ml", "millilitre", "milliliter", "millilitres", "milliliters"),
    "l": ("l",),
    "iu": ("iu",),
    "units": ("unit", "units"),
}
_UNITS = {alias: unit for unit, aliases in _UNIT_ALIASES.items() for alias in aliases}
_NUMBER_WORDS = {
    w: str(i)
    for i, w in enumerate(
        re.findall(
            r"\w+",
            "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
            "seventeen eighteen nineteen twenty",
        ),
        start=2,
    )
} | {"thirty": "30", "forty": "40", "fifty": "50", "hundred": "100", "thousand": "1000", "million": "1000000"}
# "may" and "mar" are left out: as words they are mostly not months.
_MONTHS = re.findall(
    r"\w+", "january february march april june july august september october november december"
)
_MONTH_ABBREVIATIONS = ("jan", "feb", "apr", "jun", "jul", "aug", "sept?", "oct", "nov", "dec")
_NUMBER = re.compile(
    r"(?<![\w.])(\d+(?:,\d{3})*(?:\.\d+)?)(?:s|st|nd|rd|th)?\b"
    r"|\b(" + "|".join(_NUMBER_WORDS) + r")\b",
    re.IGNORECASE,
)
_UNIT = re.compile(
    r"\s*(%|(?:" + "|".join(sorted((u for u in _UNITS if u != "%"), key=len, reverse=True)) + r")\b)",
    re.IGNORECASE,
)
_MONTH = re.compile(r"\b(" + "|".join(_MONTHS + list(_MONTH_ABBREVIATIONS)) + r")\b", re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w.+-]+@[\w-]+\.[\w.]+", re.IGNORECASE)

# Signs that a model obeyed text addressed to it, or talks about its own instructions. Applied to the
# answer, and to passages: a passage sentence addressed to the model is never evidence.
INJECTION = re.compile(
    r"\b(?:ignor\w*|disregard\w*|forget|overrid\w*|bypass\w*)\b[^.]{0,60}?\b(?:instructions?|rules|prompts?"
    r"|guidelines|directions|guardrails)\b"
    r"|\bsystem (?:prompt|message)\b|\bdeveloper (?:mode|message)\b|\bjailbr[eo]a?k\w*\b"
    r"|\b(?:new|hidden|secret|previous|prior|above) instructions\b|\bmy (?:instructions|prompt|rules)\b"
    r"|\bi (?:was|am|have been) (?:told|instructed|programmed)\b|\bas an? (?:ai|language model)\b"
    r"|\byou are now\b|\bpretend (?:to be|you are)\b|\b(?:pwned|hacked)\b"
    r"|</?passages?>|<question>",
    re.IGNORECASE,
)
CANNOT_TELL = re.compile(
    r"\b(?:can(?:no|')t|unable to|could not|couldn't) (?:tell|answer|find)\b", re.IGNORECASE
)
_LEAK_SHINGLE = 6
_LIST_MARKER = re.compile(r"^(?:[-*•]|\d{1,2}[.)])\s+")
_SPLIT_TOO_EARLY = re.compile(r"(?:^|\s)[A-Z]\.$|^\d{1,2}\.$")
NEGATION = re.compile(r"\b(?:not|no|never|none|neither|nor|cannot|without)\b|n't\b", re.IGNORECASE)


@dataclass(frozen=True)
class Verdict:
    """Whether a generated answer may be shown, and why not (short codes, never the patient's text)."""

    ok: bool
    reasons: tuple[str, ...] = ()


def split_answer(text: str) -> list[str]:
    """The answer's sentences (a line break always ends one); a trailing "[n]" stays with its sentence."""
    sentences: list[str] = []
    for piece in split_sentences(text.strip()):
        # split_sentences ends a sentence after an initial ("Dr. E. Donnall Thomas") or a list number
        # ("1. Immune recovery..."): rejoin those.
        if sentences and (not strip_citations(piece) or _SPLIT_TOO_EARLY.search(sentences[-1])):
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    return sentences


def cited_numbers(sentence: str) -> list[int]:
    """Passage numbers cited in a sentence, in order: [2], [1, 3] and [1-3] are all understood."""
    found: list[int] = []
    for match in CITATION.finditer(sentence):
        for part in re.split(r"\s*,\s*", match.group(1)):
            bounds = [int(b) for b in re.split(r"\s*[–-]\s*", part)]
            # A range is expanded only when short: "[1-99999999]" from a broken model is two bad numbers.
            short = len(bounds) == 2 and 0 <= bounds[1] - bounds[0] <= MAX_RANGE
            span = range(bounds[0], bounds[1] + 1) if short else bounds
            found.extend(n for n in span if n not in found)
    return found


def strip_citations(sentence: str) -> str:
    """The sentence's claim: without [n] markers or a list bullet ("- ", "2. ") in front."""
    claim = re.sub(r"\s+([.!?,;:])", r"\1", CITATION.sub("", sentence)).strip()
    return _LIST_MARKER.sub("", claim)


def evidence_text(passage: Passage) -> str:
    """What a passage vouches for: section and text, less bibliography markers and lines aimed at a model."""
    text = GUIDE_REFERENCE.sub("", f"{passage.chunk.section}\n{passage.chunk.text}")
    return " ".join(s for s in split_sentences(text) if not INJECTION.search(s))


def claim_words(sentence: str) -> list[str]:
    return [w for w in dict.fromkeys(tokens(strip_citations(sentence))) if w not in META_WORDS]


def support(sentence: str, evidence: str) -> float:
    """Share of the sentence's content words found in the evidence (a stem matches its longer forms)."""
    words = claim_words(sentence)
    if not words:
        return 1.0
    vocabulary = set(tokens(evidence))
    return sum(_word_in(w, vocabulary) for w in words) / len(words)


def _word_in(word: str, vocabulary: set[str]) -> bool:
    if word in vocabulary:
        return True
    # 'recover'/'recovery', 'treat'/'treatment': the stemmer is light, so a shared stem of 4+ letters counts.
    return any(
        len(short) >= 4 and long.startswith(short)
        for other in vocabulary
        for short, long in (sorted((word, other), key=len),)
    )


def numbers(text: str, *, bare: bool = False) -> set[str]:
    """Numbers with their dose unit if any ("5mg", "40%", "1956"), spelled-out numbers, month names.

    With bare=True each number is also listed without its unit: evidence for a sentence that drops the unit.
    """
    text = GUIDE_REFERENCE.sub("", text)
    found: set[str] = set()
    for match in _NUMBER.finditer(text):
        value = (match.group(1) or "").replace(",", "") or _NUMBER_WORDS[match.group(2).lower()]
        unit = _UNIT.match(text, match.end())
        if unit:
            found.add(value + _UNITS[unit.group(1).lower().replace(" ", "")])
        if bare or not unit:
            found.add(value)
    found.update(m.group(1).lower()[:3] for m in _MONTH.finditer(text))
    return found


def urls(text: str) -> set[str]:
    return {u.rstrip(".,;:)").lower() for u in _URL.findall(text)}


def leaks_prompt(answer: str, prompt: str = ANSWER_SYSTEM) -> bool:
    """True if the answer repeats a run of six words from the system prompt."""
    prompt_words = re.findall(r"[a-z0-9']+", prompt.lower())
    shingles = {
        tuple(prompt_words[i : i + _LEAK_SHINGLE]) for i in range(len(prompt_words) - _LEAK_SHINGLE + 1)
    }
    words = re.findall(r"[a-z0-9']+", answer.lower())
    return any(tuple(words[i : i + _LEAK_SHINGLE]) in shingles for i in range(len(words) - _LEAK_SHINGLE + 1))


def verify_answer(
    answer: str,
    passages: Sequence[Passage],
    threshold: float = SUPPORT_THRESHOLD,
) -> Verdict:
    """Every sentence cites passages it was given, shares enough words with them, and invents no number."""
    sentences = split_answer(answer)
    if not sentences:
        return Verdict(False, ("empty answer",))
    if len(sentences) == 1 and CANNOT_TELL.search(sentences[0]) and not cited_numbers(sentences[0]):
        return Verdict(False, ("model could not tell from the passages",))
    if INJECTION.search(answer) or leaks_prompt(answer):
        return Verdict(False, ("answer follows or talks about instructions",))
    if len(sentences) > MAX_SENTENCES:
        return Verdict(False, (f"too long: {len(sentences)} sentences",))
    evidence = [evidence_text(p) for p in passages]
    reasons = [
        r for i, s in enumerate(sentences, start=1) for r in sentence_problems(i, s, evidence, threshold)
    ]
    return Verdict(not reasons, tuple(reasons))


def sentence_problems(
    index: int, sentence: str, evidence: Sequence[str], threshold: float = SUPPORT_THRESHOLD
) -> Iterable[str]:
    """What is wrong with one sentence, given the evidence_text of each numbered passage (none: fine)."""
    if INJECTION.search(sentence):
        yield f"sentence {index}: follows or talks about instructions"
        return
    cited = cited_numbers(sentence)
    if not cited:
        yield f"sentence {index}: no citation"
        return
    outside = [n for n in cited if not 1 <= n <= len(evidence)]
    if outside:
        yield f"sentence {index}: cites {outside} but only [1]-[{len(evidence)}] were given"
        return
    cited_text = "\n".join(evidence[n - 1] for n in cited)
    score = support(sentence, cited_text)
    if score < threshold:
        yield f"sentence {index}: support {score:.2f} < {threshold:.2f} in {cited}"
    else:
        others = {n: support(sentence, text) for n, text in enumerate(evidence, start=1) if n not in cited}
        better = max(others, key=lambda n: others[n], default=None)
        if better is not None and others[better] - score >= MISCITATION_MARGIN:
            yield f"sentence {index}: [{better}] supports it better than {cited}"
    weak = [n for n in cited if len(cited) > 1 and support(sentence, evidence[n - 1]) < CITED_PASSAGE_SHARE]
    if weak:
        yield f"sentence {index}: cited {weak} does not support it"
    if NEGATION.search(strip_citations(sentence)) and not NEGATION.search(cited_text):
        yield f"sentence {index}: negation not in {cited}"
    invented = numbers(strip_citations(sentence)) - numbers(cited_text, bare=True)
    if invented:
        yield f"sentence {index}: {len(invented)} number(s) or date(s) not in {cited}"
    if not urls(strip_citations(sentence)) <= urls(cited_text):
        yield f"sentence {index}: link not in {cited}"
