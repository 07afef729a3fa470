"""Abstention rules that need no model: questions that ask for an amount, and what counts as one."""

from __future__ import annotations

import pytest

from assistant.ask.decide import (
    Evidence,
    Outcome,
    asks_quantity,
    decide,
    defined_term,
    states_amount,
    unknown_in,
    unknown_named,
)


@pytest.mark.parametrize(
    "question",
    [
        "How many weeks does it take to make the cells?",
        "how much does it cost",
        "And how long does recovery last?",
        "What percentage of patients respond?",
        "What is the survival rate after a transplant?",
        "What's the success rate?",
        "How often does it come back?",
    ],
)
def test_questions_that_ask_for_an_amount(question: str) -> None:
    assert asks_quantity(question)


@pytest.mark.parametrize(
    "question",
    ["What is gene therapy?", "Do we know how long it keeps working?", "Why are the first weeks a big deal?"],
)
def test_questions_that_do_not(question: str) -> None:
    assert not asks_quantity(question)


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Some therapies can cost over $1 million per dose.", True),
        ("The initial phase spans the first several weeks.", True),
        ("Immune responses may remain weakened for months.", True),
        ("About 40% of patients respond.", True),
        ("This is a rare condition; its prevalence is unknown.", True),
        ("Yescarta was approved in 2017 for lymphoma [5].", False),
        ("CAR-T cells are made from the patient's own T cells.", False),
    ],
)
def test_what_states_an_amount(text: str, amount: bool) -> None:
    assert states_amount(text) is amount


def test_an_amount_asked_for_and_not_stated_is_not_answered_however_similar_the_passages() -> None:
    strong = Evidence(best_sentence=0.9, coverage=1.0, missing=0.0, best_dense=0.9, domain=True)
    assert decide(strong) is Outcome.ANSWER
    no_amount = Evidence(best_sentence=0.9, coverage=1.0, missing=0.0, best_dense=0.9, domain=True, quantity_missing=True)
    assert decide(no_amount) is Outcome.NOT_FOUND


def test_a_definition_of_a_term_no_guide_uses_is_not_found_however_strong_the_passages() -> None:
    strong = Evidence(best_sentence=0.9, coverage=1.0, missing=0.0, best_dense=0.9, domain=True)
    assert decide(strong, defined=True) is Outcome.ANSWER
    assert decide(strong, defined=True, asks_unknown=True) is Outcome.NOT_FOUND


def test_an_unknown_rare_word_makes_a_weak_question_not_found_rather_than_off_topic() -> None:
    weak = Evidence(best_sentence=0.2, coverage=0.0, missing=1.0, best_dense=0.2, domain=False)
    assert decide(weak) is Outcome.OFF_TOPIC
    named = Evidence(best_sentence=0.2, coverage=0.0, missing=1.0, best_dense=0.2, domain=False,
                     unknown_terms=("Zolgensma",))
    assert decide(named) is Outcome.NOT_FOUND


def test_the_unknown_word_must_be_in_the_term_asked_about() -> None:
    evidence = Evidence(best_sentence=0.5, coverage=0.5, missing=0.5, best_dense=0.5, domain=True,
                        unknown_terms=("Anneliese",))
    assert unknown_in(defined_term("What is CAR-T?"), evidence) == ""
    assert unknown_in(defined_term("What is Anneliese syndrome?"), evidence) == "Anneliese"
    assert unknown_named("What is Anneliese syndrome?", evidence) == "Anneliese syndrome"
    assert unknown_named("What is <i>Anneliese</i>?", evidence) == "Anneliese"  # markup is never echoed
