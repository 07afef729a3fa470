"""Other readings of a question, searched alongside it: its clauses, and the way the guides would say what it
asks ('is that normal?' as what patients experience, 'is there anywhere that helps with ...' as a resource list).
Each is embedded and scored against the sentences; a sentence keeps its best reading."""

from __future__ import annotations

import re

from assistant.text import tokens

_CLAUSE_BREAK = re.compile(r"(?<=[.?!;])\s+|,\s+")
CLAUSE_TERMS = 2  # a clause with fewer content words ("hi there,", "ok so,") is not read alone


def clauses(text: str) -> list[str]:
    """The clauses of a message, split at sentence ends and commas, when it has at least two with content
    ([] otherwise: a one-clause question is read whole only)."""
    parts = [p.strip() for p in _CLAUSE_BREAK.split(text) if len(tokens(p)) >= CLAUSE_TERMS]
    return parts if len(parts) >= 2 else []


# "is that normal?", "is it normal to feel ...", "do other people get this?", "or is it just me"
_ASKS_NORMAL = re.compile(
    r"\b(?:is|was|are|'s)\s+(?:this|that|it|these|those)\s+(?:\w+\s+)?"
    r"(?:normal|common|expected|usual|typical|ok|okay)\b"
    r"|\b(?:normal|common|usual|ok|okay)\s+(?:to|for\s+\w+\s+to)\s+"
    r"|\b(?:do|does)\s+(?:(?:other|most|many|all|lots\s+of)\s+(?:people|patients|ppl)|others|everyone|everybody)\s+"
    r"(?:\w+\s+)?(?:get|feel|have|go\s+through|experience)\b"
    r"|\bjust\s+me\b",
    re.I,
)
_QUESTION_BREAK = re.compile(r"(?<=[.?!;])\s+|,\s+|\s+(?:or|and)\s+(?=(?:is|do|does|are)\b)", re.I)


def experienced(text: str) -> str:
    """A message asking whether something is normal, read as the guides would put it: 'so tired and a bit achy,
    is that normal?' -> 'Patients experience: so tired and a bit achy' ('' for other messages)."""
    if not _ASKS_NORMAL.search(text):
        return ""
    said = []
    for part in _QUESTION_BREAK.split(text):
        match = _ASKS_NORMAL.search(part)
        after = re.sub(r"^\s*to\s+", "", part[match.end() :]) if match else part
        if tokens(after):
            said.append(after.strip(" ?!.,"))
    rest = " ".join(said)
    return f"Patients experience: {rest}" if len(tokens(rest)) >= CLAUSE_TERMS else ""


# "is there anywhere that helps with ...", "any websites that help w ...", "where can I get help with ..."
_SEEKS_HELP = re.compile(
    r"\b(?:(?:is|are)\s+there\s+)?(?:anywhere|any\s*(?:one|body|where|place|organi[sz]ations?|websites?|sites?"
    r"|charit(?:y|ies)|groups?|services?|programs?|programmes?|help|support|resources?))"
    r"(?:\s+(?:out\s+there|that|who|which|to))*\s+(?:can\s+)?(?:helps?|offers?|provides?|gives?|assists?|support)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:with|w|for)\s+(.+)"
    r"|\bany\s+(?:help|support|assistance)(?:\s+out\s+there)?\s+(?:with|for)\s+(.+)"
    r"|\bwhere\s+(?:can|do|could|should)\s+(?:i|we|you|people|patients)\s+(?:get|find|look\s+for)\s+"
    r"(?:help|support|assistance)\s+(?:with|for)\s+(.+)",
    re.I,
)


def sought_help(text: str) -> str:
    """A message looking for help, read as a guide's resource list would put it: 'is there anywhere that helps
    with money and travel for CAR-T?' -> 'A website that provides support with money and travel for CAR-T'."""
    match = _SEEKS_HELP.search(text)
    what = next((g for g in match.groups() if g), "") if match else ""
    what = what.strip(" ?!.")
    return f"A website that provides support with {what}" if len(tokens(what)) >= CLAUSE_TERMS else ""
