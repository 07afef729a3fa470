"""An urgent symptom told in words no rule lists is still escalated, through the real service and MiniLM; questions
about those symptoms, past ones and other people's are not."""

from __future__ import annotations

import pytest

from assistant.safety import assess_message
from assistant.services import build_services
from assistant.settings import Settings
from tests.conftest import CORPUS

pytestmark = pytest.mark.slow

CALL_NOW = "needs checking now"

# Our own wordings, not in any table; the rules miss each of them (checked below), the backstop does not.
UNLISTED = [
    "I can't make my hand write properly tonight, my shopping list looks like a toddler did it.",
    "He's breathing like he's run a marathon and he's only sitting on the sofa.",
]
NEAR_MISSES = [
    "What temperature counts as a fever after CAR-T?",
    "I had a high temperature two months ago but it settled with antibiotics. Can I travel now?",
    "My neighbour's husband got very confused after his CAR-T, what causes that?",
    "How would I know if my line is infected?",
    "My handwriting has always been terrible, will the writing test be a problem?",
    "Is it normal to sleep a lot in the first month?",
    # who it is about is no symptom: a prototype naming 'Mum' drew every message about a mum
    "Mum has myeloma. Are there any CAR-T treatments that have been approved for that?",
    "my mum's been so tired and low for months since her transplant, is that a normal part of recovery?",
    # a long-standing condition told as background is no symptom of now
    "My wife has heart failure. Could cell therapy ever help her heart?",
]


@pytest.mark.parametrize("message", UNLISTED)
def test_an_urgent_symptom_the_rules_miss_gets_the_urgent_notice_first(bundled_services, message: str) -> None:
    assert not assess_message(message).urgent, "the rules now catch this: pick a wording they miss"
    answer = bundled_services.assistant.ask(message, ())
    assert answer.flags.urgent and "urgent:similar" in answer.reasons
    assert CALL_NOW in answer.notice and answer.text.startswith(answer.notice)


@pytest.mark.parametrize("message", NEAR_MISSES)
def test_questions_about_symptoms_past_ones_and_others_are_not_escalated(bundled_services, message: str) -> None:
    answer = bundled_services.assistant.ask(message, ())
    assert not answer.flags.urgent and not answer.notice
    assert "urgent:similar" not in answer.reasons


def test_a_symptom_the_rules_catch_is_not_embedded_again(bundled_services) -> None:
    answer = bundled_services.assistant.ask("I have a fever of 38.9 and I'm shivering", ())
    assert answer.flags.urgent and "urgent:fever" in answer.reasons and "urgent:similar" not in answer.reasons


def test_a_deployment_can_turn_the_backstop_off(bundled_services, minilm, tmp_path) -> None:  # type: ignore[no-untyped-def]
    settings = Settings(corpus_dir=CORPUS, data_dir=tmp_path, urgent_similarity=False)
    rules_only = build_services(settings, store=bundled_services.store, embedder=minilm).assistant
    answer = rules_only.ask(UNLISTED[1], ())
    assert not answer.flags.urgent and "urgent:similar" not in answer.reasons
    assert bundled_services.assistant.ask(UNLISTED[1], ()).flags.urgent  # the same words, with it on
