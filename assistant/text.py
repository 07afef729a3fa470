"""Text helpers shared by ingest and answering: sentence spans, word tokens, normalisation for matching."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# A sentence ends at . ! ? (optionally followed by a closing quote/bracket or a citation like [5])
# when whitespace and an upper-case letter, digit or quote follow. Abbreviations common in the guides
# ("e.g.", "Dr.", "vs.") must not end a sentence.
_ABBREVIATIONS = ("e.g.", "i.e.", "dr.", "prof.", "vs.", "etc.", "mr.", "mrs.", "ms.", "no.", "st.", "approx.")
_SENTENCE_END = re.compile(r"""[.!?]["'”’)\]]*(?:\s*\[\d+(?:[,–-]\s*\d+)*\])?(?=\s+["'“‘(\[]?[A-Z0-9])""")
_LINE_BREAK = re.compile(r"\n+")

STOPWORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "am", "an", "and", "any", "are", "aren't", "as", "at", "be", "because", "been", "before", "being", "below", "between", "both", "but", "by", "can", "can't", "cannot", "could", "couldn't", "did", "didn't", "do", "does", "doesn't", "doing", "don't", "down", "during", "each", "few", "for", "from", "further", "had", "hadn't", "has", "hasn't", "have", "haven't", "having", "he", "he'd", "he'll", "he's", "her", "here", "here's", "hers", "herself", "him", "himself", "his", "how", "how's", "i", "i'd", "i'll", "i'm", "i've", "if", "in", "into", "is", "isn't", "it", "it's", "its", "itself", "let's", "me", "more", "most", "mustn't", "my", "myself", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "ought", "our", "ours", "ourselves", "out", "over", "own", "same", "shan't", "she", "she'd", "she'll", "she's", "should", "shouldn't", "so", "some", "such", "than", "that", "that's", "the", "their", "theirs", "them", "themselves", "then", "there", "there's", "these", "they", "they'd", "they'll", "they're", "they've", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "wasn't", "we", "we'd", "we'll", "we're", "we've", "were", "weren't", "what", "what's", "when", "when's", "where", "where's", "which", "while", "who", "who's", "whom", "why", "why's", "will", "with", "won't", "would", "wouldn't", "you", "you'd", "you'll", "you're", "you've", "your", "yours", "yourself", "yourselves", "also", "just", "get", "got", "may", "might", "must", "s", "t", "ll", "d", "re", "ve", "m", "o", "y", "im", "ive", "dont", "doesnt", "cant", "wont", "isnt", "post",
     # Contractions typed without the apostrophe ("whats", "thats" stem to stopwords and are dropped as such).
     "didnt", "shouldnt", "wouldnt", "couldnt", "arent", "wasnt", "werent", "hasnt", "havent", "hadnt", "youre",
     "theyre", "youve", "theyve", "weve", "youd", "youll", "theyll", "wat", "wats",
     # Indefinite pronouns say nothing of what is asked ("is there anywhere that helps with money?").
     "anywhere", "anything", "anyone", "anybody", "somewhere", "something", "someone", "somebody", "everywhere",
     "everything", "everyone", "everybody"]
)

_WORD = re.compile(r"[a-z0-9]+(?:[-'][a-z0-9]+)*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences in text; line breaks always end a sentence."""
    spans: list[tuple[int, int]] = []
    for line in _line_spans(text):
        start = line[0]
        for match in _SENTENCE_END.finditer(text, line[0], line[1]):
            end = match.end()
            if _ends_with_abbreviation(text[start:end]):
                continue
            _append_trimmed(spans, text, start, end)
            start = end
        _append_trimmed(spans, text, start, line[1])
    return spans


def split_sentences(text: str) -> list[str]:
    return [text[a:b] for a, b in sentence_spans(text)]


# The words a question opens with ('how long does it last', 'is it safe'), for a turn that asks without its mark
QUESTION_OPENING = r"how|what|whats|what's|why|when|where|who|which|is|are|can|could|does|do|will|would|should"


def is_question(sentence: str) -> bool:
    """The sentence asks: it ends in a question mark."""
    return sentence.rstrip().endswith("?")


# A chat message's sentences: any stop and space ends one (guide prose waits for a capital; messages often have
# none: 'im a bit sceptical. like what would cells even do?').
_MESSAGE_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def message_sentences(message: str) -> list[str]:
    """The sentences of a chat message, in order ([] for an empty one)."""
    return [s for s in _MESSAGE_SENTENCE_END.split(message.strip()) if s]


def _line_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for match in _LINE_BREAK.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


# An initial after a title or another initial ("Dr. E. Donnall Thomas", "J. R. Smith") does not end a sentence;
# a letter alone may ("... vitamin A. Then ...").
_INITIAL = re.compile(r"(?:\b(?:Dr|Mr|Mrs|Ms|Prof|Sir)\.|(?:^|\s)[A-Z]\.)\s+[A-Z]\.$")


def _ends_with_abbreviation(sentence: str) -> bool:
    tail = sentence.rstrip()
    if _INITIAL.search(tail):
        return True
    tail = tail.lower()
    return any(tail.endswith(" " + a) or tail == a for a in _ABBREVIATIONS)


def _append_trimmed(spans: list[tuple[int, int]], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_QUOTES = str.maketrans("’‘“”–—", "''\"\"--")


def fold(text: str) -> str:
    """Lower-case, ASCII quotes and dashes, single spaces: how evidence is matched against passages."""
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_QUOTES)
    return re.sub(r"\s+", " ", text).strip().lower()


def stem(word: str) -> str:
    """A light suffix stemmer: enough to match 'cells'/'cell', 'monitoring'/'monitored', 'putting'/'put'."""
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("ing", ""), ("ed", ""), ("es", "e"), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            if suffix == "s" and word.endswith(("ss", "us", "is")):
                return word
            base = word[: len(word) - len(suffix)] + keep
            if suffix in ("ing", "ed") and _DOUBLED.search(base):
                return base[:-1]  # 'putting' -> 'put', 'stopped' -> 'stop' (not 'added' -> 'ad', 'falling')
            return base
    return word


_DOUBLED = re.compile(r"[a-z]{2,}([bdgkmnprt])\1$")


def _content_words(text: str, keep_stopwords: bool = False) -> Iterator[str]:
    """The text's words, folded, without possessive 's or apostrophes, stopwords left out unless kept."""
    for word in _WORD.findall(fold(text)):
        bare = word.removesuffix("'s").replace("'", "")
        # "she'll" is a stopword as typed; without its apostrophe it would be "shell". "whats" stems to "what".
        if keep_stopwords or not {word, bare, stem(bare)} & STOPWORDS:
            yield bare


def written_forms(text: str) -> dict[str, frozenset[str]]:
    """Each content word's stem with the words written for it ('tir' -> {'tired'}): a stem is not an English
    word, so how common a word is must be read from what was written."""
    forms: dict[str, set[str]] = {}
    for word in _content_words(text):
        forms.setdefault(stem(word), set()).add(word)
    return {s: frozenset(words) for s, words in forms.items()}


def tokens(text: str, *, keep_stopwords: bool = False) -> list[str]:
    """Stemmed content words, the vocabulary of lexical search and overlap scores."""
    return [stem(word) for word in _content_words(text, keep_stopwords)]


def english_zipf(word: str) -> float:
    """How common a word is in English, on wordfreq's Zipf scale ('the' 7.7, 'fatigue' 3.9, 'Casgevy' 0), case
    ignored. The word list loads on first use, not at import."""
    from wordfreq import zipf_frequency

    return float(zipf_frequency(word.lower(), "en"))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def one_edit(word: str) -> set[str]:
    """The words one typing slip from `word` (a letter dropped, added, changed or two swapped), its first letter
    kept: people rarely mistype the first."""
    w = word.lower()
    edits = {w[:i] + w[i + 1 :] for i in range(1, len(w))}
    edits |= {w[:i] + c + w[i:] for i in range(1, len(w) + 1) for c in _LETTERS}
    edits |= {w[:i] + c + w[i + 1 :] for i in range(1, len(w)) for c in _LETTERS}
    edits |= {w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(1, len(w) - 1)}
    return edits - {w}


def slips_between(a: str, b: str, limit: int) -> int:
    """How many typing slips (a letter dropped, added, changed, or two neighbours swapped) turn `a` into `b`;
    `limit + 1` as soon as it is clear there are more than `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    before: list[int] | None = None
    row = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        current = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            current[j] = min(row[j] + 1, current[j - 1] + 1, row[j - 1] + cost)
            if before is not None and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return min(row[-1], limit + 1)


@lru_cache(maxsize=4096)
def commonest_slip(word: str) -> tuple[str, float]:
    """The most common English word one typing slip from `word`, with its Zipf frequency ('anxous' ->
    ('anxious', 4.2)); ('', 0.0) when there is none. Ties go to the alphabetically first."""
    slips = sorted(one_edit(word))
    if not slips:
        return "", 0.0
    best = max(slips, key=english_zipf)
    return best, english_zipf(best)
