"""Identifier redaction before storage: a table of what must go and what must stay."""

from __future__ import annotations

import pytest

from assistant.ui.redact import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Email me at jane.doe+cgt@mail.example.org please", "Email me at [EMAIL] please"),
        ("see https://portal.example.org/patient/123", "see [URL]"),
        ("Call 555-123-4567 tonight", "Call [PHONE] tonight"),
        ("Call (555) 123 4567", "Call [PHONE]"),
        ("my mobile is +44 20 7946 0958", "my mobile is [PHONE]"),
        ("ring 07700900123", "ring [PHONE]"),
        ("my DOB is 04/12/1980", "my DOB is [DATE OF BIRTH]"),
        ("date of birth: 1980-12-04", "date of birth: [DATE OF BIRTH]"),
        ("I was born on March 3rd, 1975", "I was born on [DATE OF BIRTH]"),
        ("born 3 March 1975", "born [DATE OF BIRTH]"),
        ("born in 1975, treated in 2023", "born in [DATE OF BIRTH], treated in 2023"),
        ("infusion on 2024-03-01 and again Jan 5, 2024", "infusion on [DATE] and again [DATE]"),
        ("on the 5th of May, 2024", "on the [DATE]"),
        ("MRN: 12345678", "MRN: [RECORD NUMBER]"),
        ("my medical record number is AB-1234567", "my medical record number is [RECORD NUMBER]"),
        ("Patient ID 0045-22-19", "Patient ID [RECORD NUMBER]"),
        ("NHS number 943 476 5919", "NHS number [RECORD NUMBER]"),
        ("ssn 123-45-6789", "ssn [ID NUMBER]"),
        ("reference 99887766", "reference [NUMBER]"),
        ("Hi, my name is Jane Smith and I had CAR-T", "Hi, my name is [NAME] and I had CAR-T"),
        ("I live at 12 Oak Street now", "I live at [ADDRESS] now"),
    ],
)
def test_identifiers_are_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "What is CAR-T cell therapy?",
        "Is a fever of 38.5 normal on day 14?",
        "I take 500 mg twice a day",
        "wait 2-3 weeks before driving",
        "my pain is 10/10",
        "Should I call 911?",
        "IL-6 and CD19 levels",
        "I was treated in 2023",
        "my name is not important",
        "",
    ],
)
def test_medical_wording_is_kept(text: str) -> None:
    assert redact(text) == text


def test_several_identifiers_in_one_message() -> None:
    text = "I'm Jane, MRN 5566778, call 555-987-6543 or jane@example.com, born 01/02/1960."
    redacted = redact(text)
    for secret in ("5566778", "555-987-6543", "jane@example.com", "01/02/1960"):
        assert secret not in redacted
    assert redacted.startswith("I'm Jane, MRN [RECORD NUMBER], call [PHONE] or [EMAIL], born [DATE OF BIRTH]")
