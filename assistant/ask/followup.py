"""Follow-ups: a question that leans on the conversation is searched together with the previous question."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from assistant.domain import Turn
from assistant.text import tokens

_LEADS = re.compile(r"^\s*(and|but|also|so|then|what about|how about|what if|ok(ay)?|and what|same)\b", re.I)
_REFERS = re.compile(r"\b(it|its|it's|they|them|their|this|that|these|those|there|one|ones|he|she|him|her)\b", re.I)
SHORT_QUESTION_TERMS = 2  # a question with this few content words rarely stands alone


def is_follow_up(question: str) -> bool:
    content = tokens(question)
    return bool(_LEADS.match(question) or _REFERS.search(question) or len(content) <= SHORT_QUESTION_TERMS)


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
    r"|(?:that|this)\s+(?:\w+\s+)?(?:is|'s)\s+(?:over|done|finished))\b",
    re.I,
)


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


def retrieval_query(question: str, history: Sequence[Turn]) -> str:
    """The text to search with: the question, prefixed by the last user question when it is a follow-up."""
    previous = [t.content for t in history if t.role == "user" and t.content.strip()]
    if not previous or not (is_follow_up(question) or refers_back(question, previous[-1])):
        return question
    return f"{previous[-1][-500:]} {question}"
