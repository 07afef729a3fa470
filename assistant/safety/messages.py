"""Patient-facing safety texts: the disclaimer, urgent notices, redirections and refusals (plain text)."""

from __future__ import annotations

from dataclasses import dataclass

from assistant.domain import SafetyVerdict
from assistant.settings import Settings

DISCLAIMER = (
    "This is general information from patient guides, not medical advice. Ask your care team about your own "
    "situation. In an emergency, call your local emergency number."
)

# What staff-facing reasons mean in a patient's words, for the first line of an urgent notice.
SYMPTOM_WORDS: dict[str, str] = {
    "urgent:fever": "a fever",
    "urgent:chills": "chills or shivering",
    "urgent:low_temperature": "a low temperature or cold, clammy skin",
    "urgent:neurotoxicity": "confusion or changes in speech, writing, alertness or movement",
    "urgent:collapse": "fainting or collapse",
    "urgent:bleeding": "bleeding, new bruising or tiny red spots",
    "urgent:breathing": "trouble breathing",
    "urgent:chest_pain": "chest pain or a racing heart",
    "urgent:stroke": "signs of a stroke",
    "urgent:weakness": "arms or legs losing strength or feeling",
    "urgent:diarrhea": "severe or repeated diarrhoea",
    "urgent:rash": "a spreading rash",
    "urgent:jaundice": "yellow skin or eyes",
    "urgent:vomiting": "vomiting that won't stop",
    "urgent:swallowing": "not being able to swallow or drink",
    "urgent:infection": "signs of an infected line",
    "urgent:abdominal_pain": "severe stomach pain",
}
REFUSALS: dict[str, str] = {
    "manipulation:disclaimer": "I always include the safety note, so I can't leave it out.",
    "manipulation:role": "I can't take on another role; I'm a guide assistant, not a clinician.",
    "manipulation:reveal": "I can't share how I'm set up or my instructions.",
    "manipulation:other_conversations": "I can't show anyone else's conversations; they are private.",
    "manipulation:injection": "I can't follow instructions written into a message or pasted text.",
}
REFUSAL_DEFAULT = "I can't do that."
REFUSAL_OFFER = "I'm happy to answer a question about cell or gene therapy from the patient guides."


@dataclass(frozen=True)
class Contacts:
    """Who to call, per deployment: shown in urgent notices and in the UI."""

    care_team: str
    emergency: str
    crisis: str

    @classmethod
    def from_settings(cls, settings: Settings) -> Contacts:
        return cls(
            care_team=settings.care_team_phone,
            emergency=settings.emergency_number,
            crisis=settings.crisis_line,
        )


def urgent_notice(verdict: SafetyVerdict, contacts: Contacts) -> str:
    """The first, prominent lines of an urgent response: who to call now, and not to drive oneself."""
    call = (
        f"Call your care team now on {contacts.care_team}, or call {contacts.emergency} for emergency "
        "services."
    )
    if verdict.self_harm:
        lines = [
            "If you or someone you care for is thinking about suicide or self-harm, call or text "
            f"{contacts.crisis} now to reach a crisis line, or call {contacts.emergency} if there is "
            "immediate danger.",
            "Please don't stay alone with these thoughts: reach out to someone you trust.",
        ]
        return " ".join([*lines, call] if _symptoms(verdict) else lines)
    symptoms = _symptoms(verdict)
    lead = f"What you describe ({symptoms})" if symptoms else "What you describe"
    return " ".join([
        f"{lead} can be serious after cell or gene therapy and needs checking now.",
        call,
        "Don't drive yourself: ask someone to take you or call an ambulance.",
    ])


def _symptoms(verdict: SafetyVerdict) -> str:
    return ", ".join(SYMPTOM_WORDS[r] for r in verdict.reasons if r in SYMPTOM_WORDS)


def personal_advice_note() -> str:
    return (
        "This decision belongs to your care team or pharmacist, who know your situation, so please ask them "
        "before changing anything. Here is what the guides say in general."
    )


def refusal(verdict: SafetyVerdict) -> str:
    """A plain, friendly refusal of a manipulation attempt, naming what can't be done."""
    first = next((REFUSALS[r] for r in verdict.reasons if r in REFUSALS), REFUSAL_DEFAULT)
    return f"{first} {REFUSAL_OFFER}"


def off_topic_reply() -> str:
    return (
        "I can only help with questions about cell and gene therapy, such as treatment, recovery and side "
        "effects, using the patient guides."
    )


def not_found_reply(term: str = "", unmentioned: str = "") -> str:
    """The guides don't answer this; naming the term they don't explain ("ICANS") or the name they never mention
    ("Zolgensma") when that is the reason."""
    if term or unmentioned:
        verb = "explain" if term else "mention"
        return (
            f"The patient guides I have don't {verb} \u201c{term or unmentioned}\u201d, so I can't answer this "
            "reliably. Please ask your care team."
        )
    return (
        "The patient guides I have don't cover this, so I can't answer it reliably. "
        "Please ask your care team."
    )
