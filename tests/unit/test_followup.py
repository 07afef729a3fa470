"""Which questions lean on the conversation, and what is searched for them."""

from __future__ import annotations

import pytest

from assistant.ask.followup import (
    asks_next_step,
    asks_only_what_follows,
    asks_what_follows,
    last_turns,
    listed_items,
    opened_with,
    refers_back,
    retrieval_query,
    with_item_named,
)
from assistant.domain import Turn

FIRST = "Who did the first successful bone marrow transplant?"


@pytest.mark.parametrize(
    ("question", "previous"),
    [
        ("Is it widely available?", "What is TIL therapy?"),
        ("And allogeneic?", "What does autologous mean?"),
        ("Where did the bone marrow come from?", FIRST),
        # ... or one that ends leaning on what was said
        ("for how long though? weeks?", "Why is my immune system still weak when my counts are normal?"),
        ("which one is car-t then?", "What are the main ways cell therapy works?"),
    ],
)
def test_a_follow_up_is_searched_with_the_previous_question(question: str, previous: str) -> None:
    history = [Turn("user", previous), Turn("assistant", "An answer from the guides [1].")]
    assert retrieval_query(question, history) == f"{previous} {question}"


@pytest.mark.parametrize(
    ("said", "searched"),
    [
        # a reply that only acknowledges is passed over
        ("ok that sounds intense", "What is the recovery like after a transplant?"),
        ("thanks, makes sense", "What is the recovery like after a transplant?"),
        # ... not one that says something (it goes with the question it followed), nor one that asks
        ("ok he had his transplant in may",
         "What is the recovery like after a transplant? ok he had his transplant in may"),
        ("ok and is that normal?", "ok and is that normal?"),
    ],
)
def test_a_follow_up_after_an_acknowledgement_is_searched_with_the_question_before(said: str, searched: str) -> None:
    history = [
        Turn("user", "What is the recovery like after a transplant?"),
        Turn("assistant", "Recovery is gradual [1]."),
        Turn("user", said),
        Turn("assistant", "It is closely monitored."),
    ]
    question = "how long does that first stretch usually go on for?"
    assert retrieval_query(question, history) == f"{searched} {question}"


def test_a_turn_that_tells_rather_than_asks_is_searched_with_the_question_it_follows() -> None:
    history = [
        Turn("user", "What happens in the first few weeks after a transplant?"),
        Turn("assistant", "The new cells settle into the marrow [1]."),
        Turn("user", "she's past that now i think, her counts are up"),
        Turn("assistant", "That's good to hear."),
    ]
    question = "so what are they looking for from here on?"
    assert retrieval_query(question, history) == (
        f"What happens in the first few weeks after a transplant? she's past that now i think, her counts are up "
        f"{question}"
    )
    # a turn that asks is searched alone with the follow-up
    asked = [*history[:2], Turn("user", "and are her counts meant to be up by now?")]
    assert retrieval_query(question, asked) == f"and are her counts meant to be up by now? {question}"



@pytest.mark.parametrize(
    "question",
    [
        "What are the side effects of CAR-T therapy?",
        "Is the cost of gene therapy covered by insurance in most countries?",
        "How long does recovery take after a stem cell transplant for bone marrow failure?",
    ],
)
def test_a_question_that_stands_alone_is_searched_alone(question: str) -> None:
    history = [Turn("user", "How is CAR-T therapy made from a patient's gene edited cells?")]
    assert retrieval_query(question, history) == question


def test_a_definite_phrase_refers_back_only_when_its_noun_was_asked_about() -> None:
    assert refers_back("Where did the bone marrow come from?", FIRST)
    assert not refers_back("Where did the donor cells come from?", FIRST)
    assert not refers_back("Where did the bone marrow come from?", "What is gene therapy?")


def test_without_a_previous_question_the_question_is_searched_alone() -> None:
    assert retrieval_query("Where did the bone marrow come from?", []) == "Where did the bone marrow come from?"


@pytest.mark.parametrize(
    "question",
    [
        "does it get better later on?",
        "and further down the line, what kind of changes do people notice?",
        "ok and once that part is done, what do they focus on next?",
        "And once that phase is over, what are they checking for?",
        "ok and since then?",
        "any newer ones since?",
        "have there been more recent approvals?",
        "What happens after that?",
        "and once he's through that bit, what are they watching for after?",
        "when she gets past the first stage, what then?",
    ],
)
def test_a_question_about_what_comes_next_asks_what_follows(question: str) -> None:
    assert asks_what_follows(question)


@pytest.mark.parametrize(
    "question",
    ["Is that permanent?", "What happens after the infusion?", "How long does it last?", "What is CAR-T?"],
)
def test_other_questions_do_not_ask_what_follows(question: str) -> None:
    assert not asks_what_follows(question)


@pytest.mark.parametrize(
    ("question", "next_step"),
    [
        ("right, then what do they do with them", True),
        ("what happens next?", True),
        ("and what do they do with the cells after that?", True),
        ("what's the next step?", True),
        ("ok and once that part is done, what next?", False),  # a stage over: what comes later
        ("and then what happens further down the line?", False),
        ("does it get better later on?", False),
    ],
)
def test_the_next_step_of_a_process_is_not_a_later_stage(question: str, next_step: bool) -> None:
    assert asks_next_step(question) is next_step


def test_what_follows_is_read_from_the_last_question_and_answer() -> None:
    history = [
        Turn("user", "What is CAR-T?"),
        Turn("assistant", "A treatment [1]."),
        Turn("user", "What happens in the first weeks?"),
        Turn("assistant", "The team watches blood counts [1]."),
    ]
    assert last_turns("and once that is over?", history) == [
        "What happens in the first weeks?",
        "The team watches blood counts [1].",
    ]
    assert last_turns("Is that permanent?", history) == []


def test_a_question_only_asking_what_comes_next_says_at_most_one_thing_the_guides_know() -> None:
    frame = frozenset({"ok", "since"})

    def known(term: str) -> bool:
        return term != "drive"

    assert asks_only_what_follows("ok and since then?", frame, known)
    assert asks_only_what_follows("And after that, what are they aiming for?", frame, known)
    assert not asks_only_what_follows("and after that, when can I drive?", frame, known)  # a word no guide uses
    assert not asks_only_what_follows("and later on, what changes do people notice in their energy?", frame, known)
    assert not asks_only_what_follows("what are they aiming for?", frame, known)  # asks nothing of what follows


@pytest.mark.parametrize(
    ("answer", "items"),
    [
        ("The guide lists four challenges: cost, access, how long the effects last, and manufacturing.",
         ["cost", "access", "how long the effects last", "manufacturing"]),
        # a name's gloss and what it is for are not items
        ("Two were approved in 2017: Kymriah (tisagenlecleucel), for certain types of leukemia, and Yescarta.",
         ["Kymriah", "Yescarta"]),
        ("Physicians also assess: iron levels; metabolic stability; bone health [2] This helps.",
         ["iron levels", "metabolic stability", "bone health"]),
        ("Recovery after a stem cell transplant is gradual. [1]", []),
    ],
)
def test_the_items_an_answer_lists(answer: str, items: list[str]) -> None:
    assert listed_items(answer) == items


def test_the_item_a_follow_up_names_by_its_place_replaces_the_place() -> None:
    history = [Turn("user", "Which CAR-T therapies were approved in 2017?"),
               Turn("assistant", "In 2017 the FDA approved two CAR T-cell therapies: Kymriah and Yescarta.")]
    assert with_item_named("What was the second one approved for?", history) == "What was Yescarta approved for?"
    assert with_item_named("and the first one?", history) == "and Kymriah?"
    assert with_item_named("what about the last one you mentioned?", history) == "what about Yescarta?"
    assert with_item_named("And the third one?", history) == "And the third one?"  # only two listed
    assert with_item_named("Is the first step painful?", history[:1]) == "Is the first step painful?"  # no answer
    # the first ones are the earliest, not the first item
    asked = "ok and when did the first ones get approved, and what for?"
    assert with_item_named(asked, history) == asked


def test_a_named_item_is_searched_with_the_previous_question() -> None:
    history = [Turn("user", "What hurdles does gene therapy face?")]
    asked = "What's the issue with manufacturing exactly?"
    assert retrieval_query(asked, history) == asked  # on its own it stands alone
    assert retrieval_query(asked, history, leans=True) == f"What hurdles does gene therapy face? {asked}"


def test_the_sentence_the_last_answer_opened_with_is_what_it_cited_first() -> None:
    answer = (
        "Call your care team now.\n\nThe first few weeks are crucial for observing initial responses. [1] "
        "The initial recovery phase typically spans several weeks. [2]"
    )
    history = [Turn("user", "What are the first weeks like?"), Turn("assistant", answer)]
    assert opened_with(history) == "The first few weeks are crucial for observing initial responses."
    assert opened_with([Turn("user", "hi"), Turn("assistant", "It's when the new cells settle in.")]) == ""
    assert opened_with([]) == ""
