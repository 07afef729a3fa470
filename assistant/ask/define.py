"""Definition questions: the term a 'What is X?' asks about, and where the guides define it (their glossary line,
or a passage that names the term)."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence

from assistant.ask.compose import Sentence, is_glossary
from assistant.ask.lexical import same_family
from assistant.ask.retrieve import Retrieved
from assistant.domain import Passage
from assistant.text import english_zipf, message_sentences, sentence_spans, tokens

NAMING_SENTENCES = 6  # a term is named by one of this many best sentences, or the guides don't define it

_TERM = r"(?:an?\s+|the\s+)?([^?]{2,100}?)"
_PREPOSITIONS = r"(?:for|of|about|like|in|with|to|from|on|at|by|after|before|during)"
_PREPOSITION = re.compile(rf"\b{_PREPOSITIONS}\b", re.I)
SHORT_TERM_TOKENS = 3  # longer "terms" are descriptions ("gene therapy, in plain words"), not names
# How people ask what something is: "What is X?", "What is meant by X?", "What does the term X mean?",
# "Can you explain what X is?", "What's X exactly?", "X in simple terms".
_ASKER = r"(?:they|doctors|the\s+doctors|the\s+guides?|people|you|we|it)"
_WORD_FOR = r"(?:(?:the\s+)?(?:term|word|phrase|expression)\s+)?"
# 'like I'm 5', 'like I'm a child': as plainly as can be
_LIKE_A_CHILD = r"like\s+(?:i'?m|im|i\s+am|i\s+was|you'?re\s+talking\s+to)\s+(?:5|five|a\s+(?:child|kid|\w+[-\s]year[-\s]old))"
_QUALIFIER = (
    r"(?:\s*,?\s*(?:exactly|actually|again|please|simply|to\s+(?:me|us)|" + _LIKE_A_CHILD + "|"
    r"in\s+(?:simple|plain|everyday|normal|ordinary|basic|layman'?s?)\s+(?:terms|words|english|language)))*"
)
_PLAINLY = r"in\s+(?:simple|plain|everyday|normal|ordinary|basic|layman'?s?)\s+(?:terms|words|english|language)"
# 'mean', 'stand for / mean', and where the term was met: 'mean when people talk about transplanted cells'
_MEANS = r"(?:mean|stand\s+for|refer\s+to)(?:\s*(?:/|or)\s*(?:mean|stand\s+for))?(?:\s+when\s+[^?]{3,80}?)?"
_DEFINITION = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|sorry|hi|hello)\W+)*"
    r"(?:in\s+(?:simple|plain|everyday|normal|basic)\s+(?:terms|words|english)\W+)?"
    r"(?:(?:can|could)\s+(?:you|someone|somebody|anyone)\s+|please\s+)?(?:"
    rf"what(?:'s|s|\s+is|\s+are)\s+meant\s+by\s+{_WORD_FOR}{_TERM}"
    rf"|what\s+(?:does|do)\s+{_ASKER}\s+mean\s+by\s+{_WORD_FOR}{_TERM}"
    # 'What do doctors mean when they talk about immune rejection with transplanted cells?', 'What do people mean
    # when they call it "precision medicine"?': the term is what they say, not who says it
    rf"|what\s+(?:does|do)\s+{_ASKER}\s+mean\s+when\s+(?:they|you|people|doctors|we|he|she)\s+(?:talk\s+about|say"
    # ... 'call something "precision medicine"', 'call cell therapy "precision medicine"': what is called, then the
    # name quoted
    r"|mention|call\s+(?:it|them|this|that|something|(?:\w+\s+){0,2}?\w+(?=\s+[\"“'‘]))|refer\s+to"
    r"|use\s+(?:the\s+)?(?:term|word|phrase))\s+"
    rf"{_WORD_FOR}{_TERM}(?:\s+(?:with|in|for|after|about|when)\s+[^?]{{3,80}})?"
    rf"|what\s+(?:exactly\s+)?(?:does|do)\s+{_WORD_FOR}{_TERM}\s+{_MEANS}"
    # 'whats regenerative medicine mean exactly': 'does' dropped, as people type it
    rf"|what(?:'s|s)\s+{_WORD_FOR}{_TERM}\s+{_MEANS}"
    rf"|(?:explain|describe|define|tell\s+me)\s+(?:{_PLAINLY}\s+)?what\s+{_WORD_FOR}{_TERM}\s+(?:is|are|means?)"
    rf"|(?:explain|define)\s+(?!(?:how|why|when|where|who|whether|if|which)\b){_WORD_FOR}{_TERM}"
    # 'what even is car t?': the asker's puzzlement, as 'exactly' is
    rf"|what(?:\s+exactly)?(?:\s+(?:even|actually)(?=\s+(?:is|are)\b))?(?:\s+is|\s+are|'s|s)(?:\s+exactly)?\s+"
    rf"{_WORD_FOR}{_TERM}"
    rf"|(?:the\s+)?meaning\s+of\s+{_WORD_FOR}{_TERM}"
    rf"|{_TERM}\s*=(?=\s*\?)"  # 'paracrine effect = ?', as typed on a phone
    rf"){_QUALIFIER}\s*[?.!]*$",
    re.I,
)


def defined_phrase(question: str) -> str:
    """The term a 'What is X?' / 'What does X mean?' question asks about, as typed ('' otherwise)."""
    term = _asked_about(question)
    return term if len(term.split()) <= 5 else ""


def _asked_about(question: str) -> str:
    """The X of a definition question: the whole message, or one of its sentences ('What are iPSCs? I keep seeing
    them in articles.'); 'What does that mean?' asks about the phrase quoted before it ('they said he is in the
    "maintenance phase". What does that mean?')."""
    whole = question.strip()
    parts = message_sentences(whole) or [whole]
    # (a last sentence pointing back asks, '?' or not: "... some 'paracrine' thing?? what does that mean")
    asked = [whole, *(p for p in parts if p.endswith("?") or (p is parts[-1] and _POINTS_BACK.match(p)))]
    asked = asked if len(parts) > 1 else [whole]
    # ... or the last clause of a sentence it asks in, when it points back ('the consultant kept saying "paracrine
    # effect", what does that mean?', 'HSCT — what does that stand for? it's all over my letters'; not 'what's the
    # point if he's fine')
    labelled_in = parts[-1]
    for part in dict.fromkeys([parts[-1], *asked[1:]]):
        clause = _CLAUSE_SEPARATOR.split(part)[-1].strip()
        if clause != part and (_POINTS_BACK.match(clause) or _ASKS_MEANING.search(clause)):
            asked.append(clause)
            labelled_in = part
    # ... or its first clause, asking what a rare name is before saying where it was met ('what are iPSCs, saw it
    # in a leaflet about my husband's trial'); a common word there ('what's the plan, mum is anxious') names no term
    # ... or asked as plainly as can be ('ok explain car t to me like im 5, the leaflet is all jargon')
    first = _CLAUSE_SEPARATOR.split(whole)[0].strip()
    if (
        first != whole
        and (match := _DEFINITION.match(first))
        and (_rare_name(next(g for g in match.groups() if g)) or re.search(_LIKE_A_CHILD, first, re.I))
    ):
        asked.insert(0, first)
    # ... or the first of two questions joined by 'and' ('What is TIL therapy and is it widely available?')
    asked += [_AND_ASKS.split(p, maxsplit=1)[0] for p in asked if _AND_ASKS.search(p)]
    for sentence in asked:
        match = _DEFINITION.match(sentence)
        if not match:
            continue
        term = _HEDGE.sub("", _AND_ASKS.split(next(g for g in match.groups() if g).strip(), maxsplit=1)[0])
        # 'the "maintenance phase" later on after a transplant': the quotes say where the term ends
        quoted = _QUOTED.match(term)
        term = quoted.group(1) if quoted else term
        if _IDIOM.match(term) or _CALLED.search(term):
            return ""  # 'What's the hold-up?', 'what's the catch?': asks why, not what a word means
        if term.lower() not in _POINTING:
            return term if sentence is whole or len(tokens(term)) <= SHORT_TERM_TOKENS else ""
        # ... or the abbreviation named before it ('I keep seeing CDMO in articles. What does it stand for?')
        before = question[: question.rfind(sentence)]
        named = _QUOTED.findall(question) or [a or b for a, b in _NAMED.findall(before)]
        if not named and (said := _SAID_LAST.search(before)):
            named = [said.group(1)]  # 'My oncologist called it precision medicine. What does that actually mean?'
        labelled = _LABEL_SEPARATOR.split(labelled_in)
        if not named and len(labelled) == 2 and 0 < len(tokens(labelled[0])) <= SHORT_TERM_TOKENS:
            named = [labelled[0]]  # 'paracrine effect - what does that mean?'
        return named[-1].strip() if named else ""
    return ""


# 'the hold-up', 'the catch', 'the big deal about X', 'the difference between X and Y': set phrases that ask why or
# how things differ, not what a word means.
# ... nor 'the other way they work', 'the first step': an item of what was said, asked about by its place
_IDIOM = re.compile(
    r"^(?:the\s+)?(?:big\s+)?(?:hold[-\s]?ups?|catch|deal|point|matter|problem|issue|rush|fuss|difference|delay"
    r"|(?:other|second|next|first|last)\s+(?:ways?|kinds?|types?|ones?|things?|options?|reasons?|steps?|parts?)\b)\b",
    re.I,
)
# 'What's it called?', 'what is the drug called': asks for a name, not what a word means.
_CALLED = re.compile(r"\b(?:called|named)$", re.I)
_AND_ASKS = re.compile(
    r"\s*,?\s+and\s+(?=(?:is|are|does|do|can|could|how|what|why|when|where|who|will|would|should|has|have)\b)",
    re.I,
)
_POINTS_BACK = re.compile(
    r"^\W*what\s+(?:(?:does|do|did)\s+(?:that|this|it|they|those|these)\s+(?:even\s+|actually\s+|really\s+|exactly\s+)?"
    r"(?:mean|stand\s+for)\b"
    # 'iPSCs?? saw it in a leaflet, what are they'
    r"|(?:is|are|'s)\s+(?:that|this|it|they|those|these)(?:\s+(?:even|actually|exactly|then))?\W*$)",
    re.I,
)
# What separates a term from the clause asking about it: 'paracrine effect - what does that mean?'
_CLAUSE_SEPARATOR = re.compile(r",|\s[-–—]\s|:")
_LABEL_SEPARATOR = re.compile(r"\s[-–—]\s|:")  # ... after a bare term, as a label ('my counts are low, what are they?' is none)
# A definition asked in so many words, which may follow a clause of context ('In the later part of recovery,
# what's meant by the "maintenance phase"?'); not 'if it fails, what is the next step?'
_ASKS_MEANING = re.compile(r"\bmeant\s+by\b|\bmean\b|\bmeaning\b|\bstand\s+for\b|\bdefin", re.I)
def _rare_name(term: str) -> bool:
    """A short term with a word rarer than everyday English ('iPSCs', 'apheresis'), or an abbreviation."""
    words = re.findall(r"[A-Za-z][A-Za-z0-9'-]*", term)
    return 0 < len(words) <= SHORT_TERM_TOKENS and any(english_zipf(w) < NAME_TERM_ZIPF for w in words)


NAME_TERM_ZIPF = 3.0  # 'iPSCs' 1.8, 'apheresis' 1.6; 'plan' 5.4, 'step' 4.9


# ... and 'that phrase', 'this word': the phrase quoted or named before ('Everyone calls it "precision medicine".
# What does that phrase actually mean?')
_POINTING = frozenset(
    {"that", "this", "it", "they", "those", "these", "that one", "this one"}
    | {f"{d} {w}" for d in ("that", "this", "the") for w in ("phrase", "term", "word", "expression", "abbreviation")}
)
# ... and 'the longevity one', 'the manufacturing bit': an item of a list, named
_HEDGE = re.compile(r"\s+(?:actually|exactly|really|even|again|here|one|bit|part|thing)$", re.I)
_NAMED = re.compile(
    r"\b(?:abbreviation|acronym|term|word|phrase)\s+([A-Za-z][\w-]{1,30})|\b((?-i:[a-z]?[A-Z][A-Z0-9]{1,6}))s?\b(?!-)", re.I
)
# ... or what someone was just said to call it, the last words before the question ('My oncologist called it
# precision medicine.', 'the nurse kept saying engraftment.')
_SAID_LAST = re.compile(
    r"\b(?:call(?:s|ed)?\s+(?:it|this|that|them|him|her)|(?:kept|keeps|keep)\s+(?:saying|mentioning|talking\s+about)"
    r"|mentioned|referred\s+to\s+(?:it\s+|this\s+|that\s+)?as)\s+(?:an?\s+|the\s+)?([A-Za-z][\w'-]*(?:\s+[A-Za-z][\w'-]*)"
    r"{0,2})\W*$",
    re.I,
)
_QUOTED = re.compile(r"(?<!\w)[\"“'‘]([A-Za-z][\w '’-]{1,60}?)[\"”'’](?!\w)")


def defined_term(question: str) -> list[str]:
    """The defined phrase as tokens ([] when the question is not a definition question)."""
    return tokens(defined_phrase(question))


_PLAIN_PHRASE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 '’-]*$")


def plain_phrase(question: str) -> str:
    """The defined phrase when it is plain words, safe to repeat back ('' otherwise)."""
    phrase = defined_phrase(question)
    return phrase if _PLAIN_PHRASE.match(phrase) else ""


def undefined(question: str, sentences: Sequence[Sentence]) -> bool:
    """A short term ('bridging therapy') that none of the best sentences names, nor their headings (a guide
    titled 'Babesiosis' may never repeat the name): the guides don't define it, however close the topic.
    A phrase with a preposition ('the outlook for X', 'the side effects of Y') names no term; one that only says
    when ('bridging therapy before CAR-T') is read without it."""
    phrase = defined_phrase(question)
    # 'bridging therapy before CAR-T': a term, then when it is given; the term must be named.
    phrase = _WHEN.split(phrase, maxsplit=1)[0]
    term = tokens(phrase)
    if not 0 < len(term) <= SHORT_TERM_TOKENS or _PREPOSITION.search(phrase):
        return False
    return not _names_every_word(term, sentences, with_heading=True)


_WHEN = re.compile(r"\s+(?:before|after|during)\s+", re.I)


def defines(term: list[str], sentences: Sequence[Sentence]) -> bool:
    """One of the best sentences names every word of the term (a glossary line, 'X, meaning ...')."""
    return bool(term) and _names_every_word(term, sentences, with_heading=False)


def _names_every_word(term: Sequence[str], sentences: Sequence[Sentence], *, with_heading: bool) -> bool:
    """One of the best sentences (with its passage's heading, if asked) holds every word of the term, or its label
    a word of its family: 'reject' is named by 'Immune Rejection: When the body ...', 'bridging' not by a crew
    'repairing a damaged bridge'."""
    for sentence in sentences[:NAMING_SENTENCES]:
        text = f"{sentence.text} {sentence.passage.chunk.heading}" if with_heading else sentence.text
        words = set(tokens(text))
        label, colon, _ = sentence.text.partition(":")
        labelled = set(tokens(label)) if colon and len(label.split()) <= LABEL_WORDS else set()
        if all(word in words or any(same_family(word, w) for w in labelled) for word in term):
            return True
    return False


LABEL_WORDS = 4  # 'Immune Rejection: ...', a glossary line's label


def glossary_entry(retrieved: Retrieved, term: Sequence[str]) -> tuple[str, str] | None:
    """The retrieved glossary line that defines the term ('Autologous: Cells taken from ...'), as (passage id,
    line), for a definition question: a line under a Glossary / Key words heading whose label is the term."""
    if not term:
        return None
    # A rare word is also the entry for its two-word name ('paracrine' -> 'Paracrine Effect: ...')
    rare = len(term) == 1 and english_zipf(term[0]) < RARE_TERM_ZIPF
    for exact in (True, False) if rare else (True,):
        for passage in retrieved.passages:
            if not is_glossary(passage.chunk.section):
                continue
            for line in passage.chunk.text.splitlines():
                label, colon, _ = line.partition(":")
                if colon and (_names(label, term) if exact else _heads(label, term[0])):
                    return passage.chunk.id, line.strip()
    return None


def _heads(label: str, word: str) -> bool:
    """The label is the word and one more ('Paracrine Effect' for 'paracrine')."""
    words = tokens(label)
    return len(words) == 2 and words[0] == word


_PARENTHESES = re.compile(r"\(([^)]*)\)")


def _names(label: str, term: Sequence[str]) -> bool:
    """'Hematopoietic Stem Cell Transplantation (HSCT)' names 'hsct' and the full name, not 'stem cell'."""
    names = [_PARENTHESES.sub(" ", label), *_PARENTHESES.findall(label)]
    return any(tokens(name) == list(term) for name in names)


def head_term(question: str) -> list[str]:
    """The name a definition question asks about, before any preposition: 'the maintenance phase after a stem
    cell transplant' -> ['maintenance', 'phase'] ([] when not a definition question)."""
    head = tokens(_PREPOSITION.split(_asked_about(question), maxsplit=1)[0])
    return head if len(head) <= SHORT_TERM_TOKENS else []


def placed_name(question: str) -> str:
    """The name a follow-up asks to place among the kinds just told ('ok and which one is car-t normally?' ->
    'car-t'), '' if none."""
    return next(
        (m.group("name") for part in message_sentences(question) or [question] if (m := _WHICH_ONE.match(part))), ""
    )


def placed_first(retrieved: Retrieved, name: str) -> tuple[Retrieved, str]:
    """The first shown passage that names the name as written (its letters, however spaced or hyphenated: 'car t' is
    'CAR T-cell'), of the first passage's guide if one does, moved to first place, and its naming sentence to lead;
    unchanged when none names it."""
    letters = [re.escape(c) for c in re.sub(r"[^A-Za-z0-9]", "", name)]
    if len(letters) < 2:
        return retrieved, ""
    named = re.compile(r"\b" + r"[-\s]?".join(letters) + r"(?![a-z])", re.I)

    def naming_line(text: str) -> str:
        return next((text[a:b] for a, b in sentence_spans(text) if named.search(text[a:b])), "")

    # Which guide answers is the search's call, as for a definition: its passages first, then the others.
    top = retrieved.passages[0].chunk.guide if retrieved.passages else ""
    own = [p for p in retrieved.passages if p.chunk.guide == top]
    return (
        _led_by(retrieved, own, naming_line) or _led_by(retrieved, retrieved.passages, naming_line) or (retrieved, "")
    )


# 'so which of the two is car-t then', 'ok and which one is CAR-T usually?': which of the kinds just told a named
# treatment is, answered where the guides name it
_WHICH_ONE = re.compile(
    r"^\W*(?:(?:and|so|ok|okay|right|then|but)\W+)*which\s+(?:one|of\s+(?:those|them|these|the\s+(?:two|three))|kind"
    r"|type|sort)\s+(?:is|would\s+be)\s+(?P<name>[^?.!,]{2,40}?)(?:\s+(?:then|normally|usually|typically|exactly"
    r"|again))?\s*(?:[?.!]|$)",
    re.I,
)


def naming_first(retrieved: Retrieved, term: Sequence[str], asks_meaning: bool = False) -> tuple[Retrieved, str]:
    """A definition question is answered from the best-ranked passage of the first passage's guide that names the
    term as one phrase, when the first passage does not ('the maintenance phase' is named in one passage; the
    first is about another phase).
    `asks_meaning`: the question asks what the term means, not what it is like ('What are the first weeks like
    after gene therapy?'); then another guide's passage may lead.
    Returns the passages, reordered if need be, and the naming sentence, to lead the answer ('' when none)."""
    if not term or not retrieved.passages:
        return retrieved, ""
    if len(term) == 1:
        return _rare_named_first(retrieved, term[0])
    # A shown passage with a sentence that opens by saying what the term is ('Gene Therapy delivers new or modified
    # genes ...') answers, in any guide; the first may only name it in a wider phrase ('Cell and gene therapy ...').
    if led := _led_by(retrieved, retrieved.passages[:DEFINING_PASSAGES], lambda text: _defining_line(text, term)):
        return led
    top = retrieved.passages[0].chunk
    if line := _naming_line(top.text, term):  # already first: its naming sentence leads
        return retrieved, line
    if _has_phrase(top.heading, term):  # a guide titled by the term names it in its opening
        return retrieved, ""
    # Which guide answers is the search's call; only the order inside it changes. The naming passage may rank
    # below the passages shown: a question about a guide's topic matches its general passages first.
    same_guide = [p for p in [*retrieved.passages[1:], *retrieved.reserve] if p.chunk.guide == top.guide]
    if led := _led_by(retrieved, same_guide, lambda text: _naming_line(text, term)):
        return led
    # ... and when that guide never names it, a shown passage of another guide that does ('moving into the
    # "maintenance phase"': the first passage, about follow-up visits in general, never says it)
    if asks_meaning and not any(_has_phrase(p.chunk.text, term) for p in same_guide):
        return _led_by(retrieved, retrieved.passages[1:], lambda text: _naming_line(text, term)) or (retrieved, "")
    return retrieved, ""


RARE_TERM_ZIPF = 2.0  # 'cdmo' 0, 'ipsc' 0; 'graft' 3.1, 'maintenance' 4.6


def _rare_named_first(retrieved: Retrieved, word: str) -> tuple[Retrieved, str]:
    """One word is a phrase only when it is a rare name ('CDMO', 'iPSC'): its own topic, so whichever shown
    passage first says what it means answers, in any guide, or else the first that names it."""
    if english_zipf(word) >= RARE_TERM_ZIPF:
        return retrieved, ""
    # ('... establish engraftment, meaning the new stem cells settle ...' before 'the goal shifts from cell
    # engraftment to sustained marrow performance')
    return (
        _led_by(retrieved, retrieved.passages, lambda text: _explaining_line(text, word))
        or _led_by(retrieved, retrieved.passages, lambda text: _naming_line(text, [word]))
        or (retrieved, "")
    )


def _explaining_line(text: str, word: str) -> str:
    """The first sentence of the text that says what the word means where it names it, as written ('X, meaning
    ...', 'X is ...', 'Xs: ...'; not a stem's other forms: 'approv' is no name); '' if none."""
    explains = re.compile(
        rf"\b{re.escape(word)}s?(?:\s*\([^)]*\))?(?:\s*,\s*(?:meaning|which\s+means|i\.e\.|that\s+is)\b|:|\s+(?:is|are"
        r"|means|refers\s+to)\b)",
        re.I,
    )
    return next((text[a:b] for a, b in sentence_spans(text) if explains.search(text[a:b])), "")


def _led_by(
    retrieved: Retrieved, passages: Sequence[Passage], line_of: Callable[[str], str]
) -> tuple[Retrieved, str] | None:
    """The first of the passages with a line for the term (`line_of` its text, '' when none), moved to first place
    unless it is there, and that line; None when none has one."""
    for passage in passages:
        if line := line_of(passage.chunk.text):
            return (retrieved if passage is retrieved.passages[0] else _lift(retrieved, passage)), line
    return None


DEFINING_PASSAGES = 3
_DEFINING = re.compile(
    r"^\W*(?:(?:the|an?)\s+)?(?P<name>[\w-]+(?:\s+[\w-]+){0,4}?)\s*(?:\([^)]*\)\s*)?"
    r"(?::|\s(?:is|are|refers?\s+to|means|describes|delivers|uses|involves)\b)",
    re.I,
)


def _defining_line(text: str, term: Sequence[str]) -> str:
    """The first sentence of the text that opens with the term and says what it is ('' if none)."""
    for a, b in sentence_spans(text):
        match = _DEFINING.match(text[a:b])
        if match and tokens(match.group("name")) == list(term):
            return text[a:b]
    return ""


def _naming_line(text: str, term: Sequence[str]) -> str:
    """The first sentence of the text that names the term as one phrase ('' if none does)."""
    return next((text[a:b] for a, b in sentence_spans(text) if _has_phrase(text[a:b], term)), "")


def _has_phrase(text: str, term: Sequence[str]) -> bool:
    words = tokens(text)
    n = len(term)
    return any(words[i : i + n] == list(term) for i in range(len(words) - n + 1))


def _lift(retrieved: Retrieved, first: Passage) -> Retrieved:
    """The passage moved to first place with the first place's score; the rest keep their order (one from the
    reserve takes the place of the last shown)."""
    shown = len(retrieved.passages)
    others = [p for p in [*retrieved.passages, *retrieved.reserve] if p is not first]
    lifted = [dataclasses.replace(first, score=max(first.score, retrieved.passages[0].score))]
    ranked = [dataclasses.replace(p, rank=i) for i, p in enumerate([*lifted, *others], start=1)]
    return dataclasses.replace(retrieved, passages=ranked[:shown], reserve=ranked[shown:])


def glossary_first(retrieved: Retrieved, term: Sequence[str]) -> tuple[Retrieved, str]:
    """A definition question is answered from the guide's own glossary entry when it was retrieved: its passage
    becomes the first (the rest keep their order) and the entry line is returned ('' when there is none). A
    guide may also explain a term by analogy elsewhere; the glossary says it plainly."""
    entry = glossary_entry(retrieved, term)
    if entry is None:
        return retrieved, ""
    chunk_id, line = entry
    return _lift(retrieved, next(p for p in retrieved.passages if p.chunk.id == chunk_id)), line


def line_first(sentences: list[Sentence], line: str) -> list[Sentence]:
    """The sentences with the given line first (stable otherwise)."""
    return sorted(sentences, key=lambda s: s.text.strip() != line) if line else sentences
