"""Safety texts a patient sees: disclaimer, urgent notices with deployment contacts, redirections, refusals."""

from __future__ import annotations

import re

import pytest

from assistant.domain import SafetyVerdict
from assistant.safety import (
    DISCLAIMER,
    Contacts,
    assess_message,
    not_found_reply,
    off_topic_reply,
    personal_advice_note,
    refusal,
    urgent_notice,
)
from assistant.settings import Settings
from assistant.text import split_sentences

UK = Contacts(care_team="0161 555 0100", emergency="999", crisis="116 123")
MARKUP = re.compile(r"[<>*#`_\[\]]")


def test_the_disclaimer_says_general_information_care_team_and_emergency() -> None:
    text = DISCLAIMER.lower()
    assert "general information" in text and "not medical advice" in text
    assert "care team" in text and "emergency" in text


def test_contacts_come_from_the_deployment_settings() -> None:
    settings = Settings(care_team_phone="0161 555 0100", emergency_number="999", crisis_line="116 123")
    assert Contacts.from_settings(settings) == UK


def test_default_contacts_are_the_us_numbers() -> None:
    contacts = Contacts.from_settings(Settings())
    assert (contacts.emergency, contacts.crisis) == ("911", "988")


def test_urgent_notice_says_call_now_with_the_numbers_and_not_to_drive() -> None:
    verdict = assess_message("I had CAR-T a week ago and my temp is 39.1 and I feel confused")
    notice = urgent_notice(verdict, UK)
    assert "0161 555 0100" in notice and "999" in notice
    assert "drive" in notice.lower() and "now" in notice.lower()
    assert "fever" in notice and "confusion" in notice
    assert 2 <= len(split_sentences(notice)) <= 4
    assert not MARKUP.search(notice)


def test_self_harm_notice_gives_the_crisis_line_and_emergency_number() -> None:
    notice = urgent_notice(assess_message("I keep thinking about killing myself"), UK)
    assert "116 123" in notice and "999" in notice
    assert 2 <= len(split_sentences(notice)) <= 4


def test_self_harm_with_a_red_flag_also_gives_the_care_team() -> None:
    notice = urgent_notice(assess_message("I have a fever of 39 and I want to die"), UK)
    assert all(number in notice for number in ("116 123", "999", "0161 555 0100"))
    assert len(split_sentences(notice)) <= 4


def test_personal_advice_note_hands_the_decision_to_care_team_or_pharmacist() -> None:
    note = personal_advice_note().lower()
    assert "care team" in note and "pharmacist" in note and "guides" in note


@pytest.mark.parametrize(
    ("reason", "words"),
    [
        ("manipulation:disclaimer", "safety note"),
        ("manipulation:role", "role"),
        ("manipulation:reveal", "instructions"),
        ("manipulation:other_conversations", "conversations"),
        ("manipulation:injection", "instructions"),
    ],
)
def test_refusals_are_plain_friendly_and_short(reason: str, words: str) -> None:
    text = refusal(SafetyVerdict(manipulation=True, reasons=(reason,)))
    assert words in text and "patient guides" in text
    assert 1 <= len(split_sentences(text)) <= 2
    assert not MARKUP.search(text)


def test_off_topic_reply_is_one_friendly_line_about_what_the_assistant_is_for() -> None:
    text = off_topic_reply()
    assert "\n" not in text and len(split_sentences(text)) == 1
    assert "cell and gene therapy" in text


def test_not_found_reply_sends_the_patient_to_the_care_team() -> None:
    text = not_found_reply()
    assert "don't cover" in text and "care team" in text
    assert len(split_sentences(text)) <= 2


def test_not_found_reply_names_the_term_the_guides_never_explain() -> None:
    text = not_found_reply("ICANS")
    assert "don't explain \u201cICANS\u201d" in text and "care team" in text
    assert len(split_sentences(text)) <= 2


def test_not_found_reply_names_what_the_guides_never_mention() -> None:
    text = not_found_reply(unmentioned="Zolgensma")
    assert "don't mention \u201cZolgensma\u201d" in text and "care team" in text
    assert len(split_sentences(text)) <= 2
