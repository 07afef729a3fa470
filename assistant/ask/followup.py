"""Follow-ups: a question that leans on the conversation is searched together with the previous question."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from assistant.ask.informal import plain
from assistant.ask.lexical import LexicalIndex
from assistant.ask.spelling import respell
from assistant.domain import Turn
from assistant.text import QUESTION_OPENING, tokens

_LEADS = re.compile(r"^\s*(and|but|also|so|then|what about|how about|what if|ok(ay)?|and what|same)\b", re.I)
_REFERS = re.compile(r"\b(it|its|it's|they|them|their|this|that|these|those|there|one|ones|he|she|him|her)\b", re.I)
# 'for how long though? weeks?', 'which one is car-t then?', 'does that hurt too?': a question that ends by leaning
# on what was said
_TRAILS = re.compile(r"\b(?:though|tho)\b(?=\s*(?:[?!.,]|$))|\b(?:then|too|as\s+well)\W*$", re.I)
SHORT_QUESTION_TERMS = 2  # a question with this few content words rarely stands alone


def is_follow_up(question: str) -> bool:
    content = tokens(question)
    return bool(
        _LEADS.match(question)
        or _REFERS.search(question)
        or _TRAILS.search(question)
        or len(content) <= SHORT_QUESTION_TERMS
    )


_DEFINITE = re.compile(r"\bthe\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)", re.I)


def refers_back(question: str, previous: str) -> bool:
    """'Where did the bone marrow come from?' after a question about a bone marrow transplant: a definite
    phrase whose noun the previous question used."""
    earlier = set(tokens(previous))
    return any(set(tokens(phrase)[:1]) & earlier for phrase in _DEFINITE.findall(question))


# "does it get better later on?", "and once that phase is over?", "ok and since then?": what comes after the
# stage the conversation was about, which a guide tells further on.
_WHAT_FOLLOWS = re.compile(
    r"\b(?:later\s+on|further\s+(?:down\s+the\s+(?:line|road)|on)|down\s+the\s+(?:line|road)|since\s+then"
    r"|after\s+(?:that|this|those)|afterwards?|(?:what|who|which)\s+(?:comes\s+|happens\s+)?next|then\s+what"
    r"|in\s+the\s+long\s+run|once\s+(?:that|this|it)(?:'s|\s+is)?\s+(?:\w+(?:'s)?\s+){0,2}(?:over|done|finished|past|ends?)"
    r"|(?:what|which)\b[^?.]{0,30}\bnext(?=\W*$)"  # 'what are they looking at next?'
    # 'once she's through that stage', 'when he's past that bit'; '... what are they looking for after?'
    r"|(?:once|when)\s+(?:she|he|they|you|i|we)(?:'s|'re|'m|\s+is|\s+are|\s+am|\s+gets?)?\s+"
    r"(?:through|past|over|done\s+with|out\s+of)\s+(?:that|this|the)"
    r"|(?:what|which)\b[^?.]{0,40}\bafter(?=\W*$)"
    r"|(?:that|this)\s+(?:\w+\s+)?(?:is|'s)\s+(?:over|done|finished)"
    # 'any newer ones since?': what came after the time just told of
    r"|(?:newer|more\s+recent)\s+(?:ones?|drugs?|treatments?|therapies|approvals?)|since(?=\W*$))\b",
    re.I,
)


# "right, then what do they do with them?", "what happens next?": the next step of a process, which the passage the
# last turns were about may tell in its next sentence (not a later stage: 'and further down the line?')
_NEXT_STEP = re.compile(
    r"\b(?:then\s+what|what\s+(?:happens|comes)\s+next|what(?:'s|\s+is)\s+the\s+next\s+step"
    r"|what\s+(?:do|does|did)\s+(?:they|you|we|the\s+\w+)\s+do\s+(?:with\s+(?:them|it|those|these|the\s+\w+)\s+)?"
    r"(?:then|next|after\s+that))\b",
    re.I,
)


# ... a stage over ('once that part is done, what next?') or further on is a later stage
_STAGE_OVER = re.compile(
    r"\b(?:once|over|done|finished|past|through|later|further|down\s+the\s+(?:line|road|track)|years?|months?)\b", re.I
)


def asks_next_step(question: str) -> bool:
    return bool(_NEXT_STEP.search(question)) and not _STAGE_OVER.search(question)


def asks_what_follows(question: str) -> bool:
    """A follow-up about what comes after the stage just discussed ('and further down the line?')."""
    return bool(_WHAT_FOLLOWS.search(question))


def asks_only_what_follows(question: str, frame_words: frozenset[str], known: Callable[[str], bool]) -> bool:
    """'ok and since then?', 'and after that, what are they aiming for?': beyond asking what comes next, at most
    one word says what about, one the guides use (not 'and after that, when can I drive?'); the guide's next
    passage is the answer."""
    rest = set(tokens(_WHAT_FOLLOWS.sub(" ", question))) - frame_words - _STAGE_WORDS
    return asks_what_follows(question) and len(rest) <= 1 and all(known(t) for t in rest)


# Words that ask about the next stage itself ('what are they aiming for', 'what do they focus on next').
_STAGE_WORDS = frozenset(tokens("part phase stage step bit time period then now next later aim aiming focus goal"))


LAST_TURNS = 2  # the last question and its answer say what stage the conversation is at


def last_turns(question: str, history: Sequence[Turn]) -> list[str]:
    """The last question and answer, when `question` asks what follows what they were about ([] otherwise)."""
    said = [t.content[-500:] for t in history if t.content.strip()]
    return said[-LAST_TURNS:] if asks_what_follows(question) else []


# "ok that sounds intense", "thanks, makes sense", "oh wow": a reply that only acknowledges the last answer says
# nothing of what the conversation is about ('ok he had car-t in may' does: it is longer).
ACKNOWLEDGEMENT_MAX_WORDS = 5
_ACKNOWLEDGES = re.compile(
    r"^\W*(?:ok(?:ay)?|right|thanks?|thank\s+you|ta|cheers|hmm+|oh|ah|wow|i\s+see|got\s+it|cool|great|fair\s+enough"
    r"|makes\s+sense|sounds\s+\w+|that\s+(?:sounds|makes|seems|is|'s))\b(?![^?]*\?)",
    re.I,
)


def _acknowledges(turn: str) -> bool:
    return len(turn.split()) <= ACKNOWLEDGEMENT_MAX_WORDS and _ACKNOWLEDGES.match(turn) is not None


# A turn that asks: a question mark, or a question's opening ('how long does it last')
_ASKS = re.compile(
    rf"\?|^\W*(?:{QUESTION_OPENING})\b", re.I
)


# An answer of ours opens with the guide sentence it cites first: "The first few weeks ... modified cells. [1] ..."
_FIRST_CITED = re.compile(r"([^\n\[\]]+?)\s*\[1\]")


def last_answer(history: Sequence[Turn]) -> str:
    """What the assistant said last ('' before it said anything)."""
    return next((t.content for t in reversed(history) if t.role == "assistant" and t.content.strip()), "")


def opened_with(history: Sequence[Turn]) -> str:
    """The sentence the last answer opened its citations with ('' when it cites none): what the conversation was
    about, when the answer drew on more than one guide."""
    answers = [t.content for t in history if t.role == "assistant" and t.content.strip()]
    found = _FIRST_CITED.search(answers[-1]) if answers else None
    return found.group(1).strip() if found else ""


def retrieval_query(question: str, history: Sequence[Turn], leans: bool = False) -> str:
    """The text to search with: the question, prefixed by the last user question when it is a follow-up (or
    `leans` on the conversation otherwise: it named an item of the last answer). A user turn that only
    acknowledges ('ok that sounds intense') is passed over for the one before it."""
    previous = [t.content for t in history if t.role == "user" and t.content.strip()]
    while len(previous) > 1 and _acknowledges(previous[-1]):
        previous.pop()
    if not previous or not (leans or is_follow_up(question) or refers_back(question, previous[-1])):
        return question
    # 'she's past that now i think, her counts are up': a turn that tells rather than asks is searched together
    # with the question before it, which says what the conversation is about
    if len(previous) > 1 and not _ASKS.search(previous[-1]):
        return f"{previous[-2][-300:]} {previous[-1][-200:]} {question}"
    return f"{previous[-1][-500:]} {question}"


# "What was the second one approved for?", "what's the issue with the last one?": an item of the list the last
# answer gave, by its place.
# ... not 'the first ones' ('ok and when did the first ones get approved?'): the earliest, not the first item
_ORDINAL = re.compile(
    r"\bthe\s+(first|second|third|fourth|fifth|last|final|latter|former)(?!\s+ones\b)"
    r"(?:\s+(?:one|thing|things|point|item|option|type|kind|reason|way|step|part|bit|challenge|hurdle))?"
    r"(?:\s+(?:you|it|they|the\s+guides?)\s+(?:mentioned|listed|said|named|gave))?\b",
    re.I,
)
_PLACES = {"first": 0, "former": 0, "second": 1, "third": 2, "fourth": 3, "fifth": 4, "last": -1, "final": -1,
           "latter": -1}
_LIST_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\s*\[\d+\]\s*")
_ITEM_SPLIT = re.compile(r"\s*;\s*|\s*,\s*(?:and|or)\s+|\s*,\s*|\s+(?:and|or)\s+", re.I)
_PARENTHESES = re.compile(r"\s*\([^)]*\)")
# A clause that says more about the item before it ('where cells send signals', 'for certain types of leukemia').
_NOT_AN_ITEM = re.compile(r"^(?:where|which|who|whose|that|for|in|with|as|such|including|like|from|to|by)\b", re.I)
MAX_ITEM_WORDS = 6


def listed_items(text: str) -> list[str]:
    """The items of the longest list in a text ('four challenges: cost, access, ... and manufacturing'), [] when it
    lists fewer than two."""
    best: list[str] = []
    for sentence in _LIST_SENTENCE_END.split(text):
        body = _PARENTHESES.sub("", sentence.split(":", 1)[1] if ":" in sentence else sentence).strip(" .!?")
        parts = [p.strip(" .") for p in _ITEM_SPLIT.split(body) if p and p.strip(" .")]
        items = [_label(p) for p in parts if not _NOT_AN_ITEM.match(p)]
        items = [i for i in items if 0 < len(i.split()) <= MAX_ITEM_WORDS]
        if len(items) > len(best):
            best = items
    return best if len(best) >= 2 else []


def _label(item: str) -> str:
    """'Cost: Some therapies can cost ...' is the item 'Cost'."""
    head, colon, _ = item.partition(":")
    return head.strip() if colon and len(head.split()) <= 3 else item


def with_item_named(question: str, history: Sequence[Turn]) -> str:
    """The question with 'the second one' replaced by what the last answer listed second (unchanged when it names
    no place in a list, or the last answer lists nothing there)."""
    match = _ORDINAL.search(question)
    answers = [t.content for t in history if t.role == "assistant" and t.content.strip()]
    if not match or not answers:
        return question
    items = listed_items(answers[-1])
    place = _PLACES[match.group(1).lower()]
    if not items or place >= len(items):
        return question
    return f"{question[: match.start()]}{items[place]}{question[match.end() :]}"


@dataclass(frozen=True)
class SearchText:
    asked: str  # in plain words ('ppl' -> 'people'), the guides' spelling, 'the second one' named
    query: str  # ... searched with the previous question when it leans on the conversation


def search_text(question: str, history: Sequence[Turn], lexical: LexicalIndex) -> SearchText:
    """What the question is searched and weighed with, in the spelling of the guides `lexical` indexes: the
    service asks with it, and the query adapter learns from it."""
    said = respell(plain(question), lexical)
    asked = with_item_named(said, history)
    # Only the user's earlier questions are searched with; the assistant's answers need no plain form.
    earlier = tuple(Turn(t.role, respell(plain(t.content), lexical)) for t in history if t.role == "user")
    return SearchText(asked, retrieval_query(asked, earlier, leans=asked != said))
