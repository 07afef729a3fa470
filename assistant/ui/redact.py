"""Redact obvious personal identifiers from text before it is stored: pure functions, one rule table."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTHS = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# A full date (day, month and year) in the common numeric and written forms.
_DATE = (
    r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4}\b"
    r"|" + _MONTHS + r"\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b"
    r"|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTHS + r",?\s+\d{4}\b"
)


@dataclass(frozen=True)
class RedactionRule:
    """A pattern and the placeholder that replaces what it matches."""

    name: str
    pattern: re.Pattern[str]
    placeholder: str


def _rule(name: str, pattern: str, placeholder: str, *, ignore_case: bool = True) -> RedactionRule:
    return RedactionRule(name, re.compile(pattern, re.IGNORECASE if ignore_case else 0), placeholder)


# Order matters: specific identifiers go first so a record number is not half-eaten by the phone rule.
RULES: tuple[RedactionRule, ...] = (
    _rule("email", r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", "[EMAIL]"),
    _rule("url", r"\bhttps?://\S+", "[URL]"),
    _rule(
        "record_number",
        r"\b((?:mrn|medical\s+record(?:\s+(?:number|no\.?|#))?|record\s+(?:number|no\.?|#)"
        r"|(?:patient|hospital|member|insurance)\s+(?:id|number)|(?:nhs|chart)\s+(?:number|no\.?|#))"
        r"(?:\s+(?:is|was))?\s*[:#]?\s*)[A-Z]{0,3}[-\s]?\d[\d\s-]{3,}\d\b",
        r"\1[RECORD NUMBER]",
    ),
    _rule("ssn", r"\b\d{3}-\d{2}-\d{4}\b", "[ID NUMBER]"),
    _rule(
        "date_of_birth",
        r"\b((?:dob|d\.o\.b\.?|date\s+of\s+birth|born(?:\s+on|\s+in)?|birthday)(?:\s+(?:is|was))?\s*[:\-]?\s*)"
        r"(?:" + _DATE + r"|\d{4}\b)",
        r"\1[DATE OF BIRTH]",
    ),
    _rule("date", r"\b(?:" + _DATE + r")", "[DATE]"),
    _rule(
        "phone",
        r"(?<![\w/])(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{2,5}\)[\s.\-]?|\d{2,5}[\s.\-])\d{3,4}[\s.\-]?\d{3,4}\b"
        r"|(?<![\w/])\+?\d{10,13}\b",
        "[PHONE]",
    ),
    _rule("long_number", r"\b\d{7,}\b", "[NUMBER]"),
    # Case matters for names: only capitalised words after "my name is" / "name:" are taken as a name.
    _rule(
        "name",
        r"\b((?i:my\s+name\s+is|name:)\s+)[A-Z][a-z'\-]+(?:\s+[A-Z][a-z'\-]+){0,2}",
        r"\1[NAME]",
        ignore_case=False,
    ),
    _rule(
        "address",
        r"\b\d{1,5}\s+(?:[A-Z][a-z]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd"
        r"|court|ct|way|place|pl)\b\.?",
        "[ADDRESS]",
    ),
)


def redact(text: str) -> str:
    """The text with every identifier a rule recognises replaced by its placeholder."""
    for rule in RULES:
        text = rule.pattern.sub(rule.placeholder, text)
    return text
