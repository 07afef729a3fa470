"""Patterns for composed answers: individual instructions, false reassurance, obeyed injections."""

from __future__ import annotations

from assistant.safety.advice import MED_OBJECT
from assistant.safety.requests import ROLE

# Answers that would give an individual instruction, or show that an injected instruction was obeyed
ANSWER_ADVICE: dict[str, tuple[str, ...]] = {
    "answer_instruction": (
        r"\byou (?:should|must|can|could|may|need to|ought to|have to) (?:safely |just |now |definitely"
        r" |probably )?(?:stop|quit|skip|double|halve|discontinue|come off|go off|cut back on|cut down on"
        rf"|reduce|decrease|lower|increase|raise|switch|change)\b(?:\s+\S+){{0,3}}?\s+(?:taking |using )?"
        rf"{MED_OBJECT}\b",
        r"\byou (?:should|can|may|could) (?:safely )?take (?:\d+|one|two|three|four|five|an extra|extra"
        r"|another|a double|double|half|more|less)\b",
        r"(?:^|[.!?]\s+)(?:go ahead and |just |simply )?(?:stop|skip|double|halve|discontinue) (?:taking )?"
        r"(?:your|the) ",
        r"\b(?:go ahead and|just|simply) (?:stop|skip|double|halve|take (?:\d|one|two|an extra|another))\b",
        r"\btake (?:\d+(?:\.\d+)?|one|two|three|four|five|an extra|another|a double|double) (?:\w+ )?"
        r"(?:tablets?|pills?|capsules?|doses?|mg|milligrams?|puffs?|teaspoons?|ml)\b",
        r"\b\d+(?:\.\d+)?\s?(?:mg|milligrams?|ml)\b.{0,30}\b(?:every|each|once|twice|three times|per day"
        r"|a day|daily|hourly)\b",
        r"\bit(?:'s| is) (?:safe|fine|ok|okay|alright|all right) (?:for you |for him |for her )?to"
        r" (?:stop|skip|double|halve|miss|take (?:more|extra|another|two)|come off)\b",
        r"\byou(?:'re| are) (?:not )?(?:eligible|a (?:good |suitable )?candidate|qualified)\b",
        r"\b(?:i|we) (?:would )?(?:recommend|suggest|advise) (?:that )?you\b",
        r"\byou (?:should|must) (?:choose|pick|go with|opt for|sign up|join|enrol)\b",
        r"\b(?:your|these|those) (?:\w+ )?(?:results?|levels?|counts?|platelets?|numbers|labs?|values)"
        r" (?:are|is|look|looks|seem|seems) (?:normal|fine|ok|okay|good|great|safe|reassuring)\b"),
    "answer_reassurance": (
        r"\b(?:you(?:'re| are)|he(?:'s| is)|she(?:'s| is)|it(?:'s| is)|this is|that(?:'s| is))"
        r" (?:probably |likely |almost certainly |definitely )?(?:fine|ok|okay|nothing serious|not serious"
        r"|not an emergency|no emergency)\b(?! to\b)",
        r"\bnothing to worry about\b",
        r"\bno need to (?:call|go|see|contact|seek|worry|panic|visit|rush)\b",
        r"\byou (?:don't|do not) need to (?:call|go|see|contact|seek|worry|visit|rush)\b",
        r"\b(?:can|could|should) (?:safely )?wait (?:until|till|for) (?:your|the|tomorrow|morning|next"
        r"|monday)\b",
        r"\b(?:yes|confirmed)\b[,.!]?\s+(?:it(?:'s| is)|that(?:'s| is)|this is) (?:fine|ok|okay|normal"
        r"|safe)\b"),
}
ANSWER_OBEYS: dict[str, tuple[str, ...]] = {
    "answer_reveals": (
        r"\b(?:my|the) (?:system prompt|instructions|initial prompt|configuration) (?:is|are|say|says"
        r"|reads?)\b",
        r"\bhere (?:is|are) (?:my|the) (?:system prompt|instructions|initial prompt|configuration|config)\b",
        r"\b(?:another|other|previous|the last|a different) (?:user|patient|person) (?:asked|said|wrote"
        r"|told me|was asking)\b"),
    "answer_role": (
        rf"(?:^|[.!?]\s+)as (?:your|a) {ROLE}\s*,|\bi(?:'m| am) (?:your|a) {ROLE}\b(?<!assistant)(?<!\bai)",
        r"\b(?:developer|dan|god|jailbreak|unrestricted) mode (?:is )?(?:enabled|activated|on)\b",
        r"\bwithout (?:the|a|any) disclaimer\b"),
}
