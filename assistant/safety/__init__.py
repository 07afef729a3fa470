"""Patient safety layer: red-flag escalation, no individual advice, manipulation and markup handling."""

from assistant.safety.check import assess_message, check_answer, is_instruction_like, sanitize_question
from assistant.safety.messages import (
    DISCLAIMER,
    Contacts,
    not_found_reply,
    off_topic_reply,
    personal_advice_note,
    refusal,
    urgent_notice,
)

__all__ = [
    "DISCLAIMER",
    "Contacts",
    "assess_message",
    "check_answer",
    "is_instruction_like",
    "not_found_reply",
    "off_topic_reply",
    "personal_advice_note",
    "refusal",
    "sanitize_question",
    "urgent_notice",
]
