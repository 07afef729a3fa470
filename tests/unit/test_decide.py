"""Rules that need no model: abstention (amounts, unknown terms) and definitions (glossary, naming passage)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from assistant.ask.compose import Sentence, score_sentences
from assistant.ask.decide import (
    Evidence,
    Outcome,
    asks_amount,
    asks_proportion,
    asks_quantity,
    decide,
    everyday_variant,
    gather_evidence,
    is_proper_name,
    names_a_term,
    specificity,
    states_amount,
    states_proportion,
    uncovered_concern,
    unknown_in,
    unknown_named,
    unknown_terms,
    word_specificity,
)
from assistant.ask.define import (
    defined_phrase,
    defined_term,
    glossary_first,
    head_term,
    line_first,
    naming_first,
    placed_name,
    undefined,
)
from assistant.ask.retrieve import Candidate, Retrieved
from assistant.domain import Chunk, Passage
from assistant.text import sentence_spans, tokens, written_forms


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
        "What's Liv Hospital's success rate for transplants?",  # a named centre's rate
        "what's the overall death rate from allogeneic transplants?",  # two words before the rate
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
        ("Long-term effects are still being studied, especially for one-time gene therapies.", True),
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


def test_a_question_the_adapter_brings_near_the_guides_is_answered_with_modest_support() -> None:
    modest = dict(best_sentence=0.42, coverage=0.2, missing=0.5, best_dense=0.4, domain=True)
    assert 0.5 <= Evidence(**modest).support < 0.58  # type: ignore[arg-type]
    assert decide(Evidence(**modest)) is Outcome.NOT_FOUND  # type: ignore[arg-type]
    assert decide(Evidence(**modest, near=True)) is Outcome.ANSWER  # type: ignore[arg-type]
    # ... not when it asks an amount, nor with little support
    assert decide(Evidence(**modest, near=True, asks_amount=True)) is Outcome.NOT_FOUND  # type: ignore[arg-type]
    weak = dict(modest, best_sentence=0.35)
    assert decide(Evidence(**weak, near=True)) is Outcome.NOT_FOUND  # type: ignore[arg-type]


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


def test_a_name_no_guide_uses_is_not_found_however_strong_the_passages() -> None:
    # 'Does Medicare pay for Zolgensma?': what the guides say about gene therapy costs does not answer it.
    named = Evidence(best_sentence=0.9, coverage=1.0, missing=0.0, best_dense=0.9, domain=True,
                     unknown_terms=("Zolgensma",))
    assert named.unknown_name == "Zolgensma"
    assert decide(named) is Outcome.NOT_FOUND
    assert decide(named, defined=True) is Outcome.ANSWER  # the guides define what was asked
    # An unknown everyday word ('passcode') is no name: the question is judged on its evidence.
    plain_word = Evidence(best_sentence=0.9, coverage=1.0, missing=0.0, best_dense=0.9, domain=True,
                          unknown_terms=("passcode",))
    assert plain_word.unknown_name == "" and decide(plain_word) is Outcome.ANSWER


@pytest.mark.parametrize(
    ("word", "everyday"),
    [
        ("actualy", True),  # 'actually' mistyped
        ("recieve", True),
        ("bloodwork", True),  # 'blood' + 'work'
        ("aplastic", False),  # not 'plastic' mistyped: the first letter is trusted
        ("Casgevy", False),
        ("leukapheresis", False),
        ("neurotoxicity", False),
        ("lentiviral", False),
    ],
)
def test_a_mistyped_or_run_together_everyday_word_is_no_term_of_art(word: str, everyday: bool) -> None:
    assert everyday_variant(word) is everyday


def test_the_unknown_word_must_be_in_the_term_asked_about() -> None:
    evidence = Evidence(best_sentence=0.5, coverage=0.5, missing=0.5, best_dense=0.5, domain=True,
                        unknown_terms=("Anneliese",))
    assert unknown_in(defined_term("What is CAR-T?"), evidence) == ""
    assert unknown_in(defined_term("What is Anneliese syndrome?"), evidence) == "Anneliese"
    assert unknown_named("What is Anneliese syndrome?", evidence) == "Anneliese syndrome"
    assert unknown_named("What is <i>Anneliese</i>?", evidence) == "Anneliese"  # markup is never echoed


GLOSSARY = (
    "Allogeneic: Cells taken from someone else, like borrowing a compatible part from a donor.\n"
    "Hematopoietic Stem Cell Transplantation (HSCT): A procedure where blood-forming stem cells are replaced.\n"
    "Paracrine Effect: When cells send out signals to help trigger the body's natural healing processes."
)
ANALOGY = "Paracrine Effect: Think of a coach motivating their team. Some cells release signaling molecules."


def _retrieved(*passages: tuple[str, str]) -> Retrieved:
    out, candidates = [], {}
    for rank, (section, text) in enumerate(passages, start=1):
        chunk = Chunk(f"c{rank}", "guide.txt", "Guide", section, rank, text, "v1")
        spans = sentence_spans(text)
        sims = np.linspace(0.8, 0.5, len(spans)).astype(np.float32) - 0.1 * rank
        candidates[chunk.id] = Candidate(chunk, 0.5, 0.0, sims, np.zeros(len(spans), dtype=np.float32), spans)
        out.append(Passage(chunk, 2.0 - 0.1 * rank, 0.5, 0.0, rank))
    return Retrieved(out, candidates, [])


@pytest.mark.parametrize(
    ("question", "line"),
    [
        ("What is the paracrine effect?", "Paracrine Effect: When cells"),
        ("What does HSCT mean?", "Hematopoietic Stem Cell Transplantation (HSCT):"),
        ("What is hematopoietic stem cell transplantation?", "Hematopoietic Stem Cell Transplantation (HSCT):"),
    ],
)
def test_a_definition_question_is_answered_from_the_glossary_entry_first(question: str, line: str) -> None:
    retrieved = _retrieved(("How does it work?", ANALOGY), ("Key words", GLOSSARY))
    retrieved, entry = glossary_first(retrieved, defined_term(question))
    assert entry.startswith(line)
    assert [p.chunk.section for p in retrieved.passages] == ["Key words", "How does it work?"]
    assert [p.rank for p in retrieved.passages] == [1, 2]
    assert line_first(score_sentences(retrieved), entry)[0].text.startswith(line)


@pytest.mark.parametrize(
    "question", ["What are stem cells?", "What is a transplant?", "How does the paracrine effect work?"]
)
def test_a_glossary_entry_is_used_only_for_the_term_it_names(question: str) -> None:
    retrieved = _retrieved(("How does it work?", ANALOGY), ("Key words", GLOSSARY))
    assert glossary_first(retrieved, defined_term(question)) == (retrieved, "")


def test_an_entry_outside_a_glossary_section_is_not_preferred() -> None:
    retrieved = _retrieved(("How does it work?", ANALOGY), ("History", GLOSSARY))
    assert glossary_first(retrieved, defined_term("What is the paracrine effect?"))[1] == ""


@pytest.mark.parametrize(
    ("question", "proportion"),
    [
        ("What is the success rate of bone marrow transplants?", True),
        ("What are the chances CAR-T works for me?", True),
        ("What percentage of patients relapse?", True),
        ("How many weeks does recovery take?", False),
        ("Why is the infection rate higher after a transplant?", False),  # not asking for an amount
    ],
)
def test_questions_that_ask_for_a_share_of_people(question: str, proportion: bool) -> None:
    assert asks_proportion(question) is proportion


@pytest.mark.parametrize(
    ("text", "proportion"),
    [
        ("About 40% of patients respond.", True),
        ("Roughly one in ten people relapse.", True),
        ("Most patients go home within weeks.", True),
        ("The first successful bone marrow transplant was in 1956.", False),
        ("Some therapies can cost over $1 million per dose.", False),  # an amount, not a share
    ],
)
def test_what_states_a_share_of_people(text: str, proportion: bool) -> None:
    assert states_proportion(text) is proportion


def _sentences(*texts: str, heading: str = "How does it work?") -> list[Sentence]:
    out = []
    for i, text in enumerate(texts):
        chunk = Chunk(f"c{i}", "guide.txt", "Guide", heading, i, text, "v1")
        out.append(Sentence(text, Passage(chunk, 1.0, 0.5, 0.0, i + 1), 0.6, 0.6, 0.0, 0))
    return out


BRIDGE = "Imagine a construction crew repairing a damaged bridge while cell therapy replaces damaged cells."


def test_a_short_term_no_top_sentence_names_is_not_defined_by_the_guides() -> None:
    assert undefined("What is bridging therapy?", _sentences(BRIDGE))
    assert undefined("What is bridging therapy before CAR-T?", _sentences(BRIDGE))  # 'before ...' says when
    assert not undefined("What is cell therapy?", _sentences(BRIDGE))
    assert not undefined("What is cell therapy after a transplant?", _sentences(BRIDGE))


def test_a_glossary_label_of_the_terms_family_names_it() -> None:
    rejection = "Immune Rejection: When the body's immune system attacks transplanted cells because it sees them as foreign."
    asked = "When the nurses say the body can 'reject' transplanted cells, what do they mean by that exactly?"
    assert not undefined(asked, _sentences(rejection))
    # ... a word of its family elsewhere in a sentence does not: the crew's bridge is no bridging therapy
    assert undefined("What is rejection?", _sentences("Doctors may reject a plan that is too risky to follow."))
    assert undefined("What is bridging therapy?", _sentences("Bridge building: a crew repairs a damaged bridge."))


def test_a_heading_that_names_the_term_counts() -> None:
    text = "It is a disease caused by parasites that infect red blood cells."
    assert undefined("What is babesiosis?", _sentences(text))
    assert not undefined("What is babesiosis?", _sentences(text, heading="Babesiosis"))


@pytest.mark.parametrize(
    "question",
    [
        "What is the outlook for Alzheimer's disease?",  # a phrase with a preposition names no term
        "What are the ethical worries around cell therapy today?",  # more than three words: a description
        "What is Kymriah approved for?",
        "How does bridging therapy work?",  # not a definition question
    ],
)
def test_only_a_definition_of_a_short_term_can_be_undefined(question: str) -> None:
    assert not undefined(question, _sentences(BRIDGE))


@pytest.mark.parametrize(
    ("word", "names"),
    [("Zolgensma", True), ("leukapheresis", True), ("CRS", True), ("apheresis", True), ("passcode", False),
     ("firmware", False)],
)
def test_an_unknown_word_names_a_term_when_it_is_jargon_or_an_abbreviation(word: str, names: bool) -> None:
    assert names_a_term(word) is names


@pytest.mark.parametrize(
    ("word", "proper"),
    [("Medicare", True), ("Medicaid", True), ("medicare", False), ("Christmas", False), ("Dad", False),
     ("MEDICARE", False)],
)
def test_a_capitalised_word_less_common_than_christmas_is_a_name(word: str, proper: bool) -> None:
    assert is_proper_name(word) is proper


def test_an_everyday_unknown_word_leaves_a_weak_question_off_topic() -> None:
    weak = Evidence(best_sentence=0.16, coverage=0.0, missing=1.0, best_dense=0.16, domain=False,
                    unknown_terms=("passcode",))
    assert decide(weak) is Outcome.OFF_TOPIC


@pytest.mark.parametrize(
    ("question", "term"),
    [
        ("What is the paracrine effect?", "paracrine effect"),
        ("What is meant by the paracrine effect?", "paracrine effect"),
        ("What do doctors mean by engraftment?", "engraftment"),
        ("What does the term allogeneic mean?", "allogeneic"),
        ("what does engraftment refer to?", "engraftment"),
        ("Can you explain what TIL therapy is?", "TIL therapy"),
        ("Tell me what autologous means", "autologous"),
        ("Explain apheresis please", "apheresis"),
        ("What exactly is a stem cell?", "stem cell"),
        ("so what's CAR-T, exactly?", "CAR-T"),
        ("What is gene therapy in simple terms?", "gene therapy"),
        ("What is gene therapy, in plain words?", "gene therapy"),
        ("What does HSCT stand for?", "HSCT"),
        ("How does gene therapy work?", ""),
        ("What does it mean when counts drop?", ""),
        ("Can you explain how CAR-T is made?", ""),
        # the first of two questions joined by 'and' asks what something is
        ("What is TIL therapy and is it widely available?", "TIL therapy"),
        ("what are iPSCs, and how are they made?", "iPSCs"),
        ("What is GVHD and how do they prevent it?", "GVHD"),
        ("What are the risks and benefits?", "risks and benefits"),  # 'and' joining no second question
        # set phrases asking why, not what a word means
        ("What's the hold up?", ""),
        ("what's the catch?", ""),
        ("What is the difference between autologous and allogeneic?", ""),
        ("what's the big deal about gene therapy?", ""),
        ("what is delayed engraftment?", "delayed engraftment"),
        # a clause of context before it; a term labelled with a dash; 'what are they' pointing back at a name
        ("In the later part of transplant recovery, what's meant by the 'maintenance phase'?", "maintenance phase"),
        ("paracrine effect - what does that mean in plain english?", "paracrine effect"),
        ("the doctor said it works through a 'paracrine' effect?? what does that even mean", "paracrine"),
        ("iPSCs?? saw it in a leaflet, what are they", "iPSC"),
        ("what even is car t?", "car t"),
        ("what actually is the paracrine effect", "paracrine effect"),
        ("what even is the point", ""),
        ("if it fails, what is the next step?", ""),
        # a name asked for, not a meaning
        ("Is there an approved CAR-T for it? What's it called?", ""),
        ("what is the drug called", ""),
        ("my counts are low, what are they?", ""),
    ],
)
def test_the_ways_people_ask_what_something_is(question: str, term: str) -> None:
    assert defined_phrase(question) == term


@pytest.mark.parametrize(
    ("question", "head"),
    [
        ("What is the maintenance phase after a stem cell transplant?", ["maintenance", "phase"]),
        ("what's the maintenance phase?", ["maintenance", "phase"]),
        ("What are the side effects of CAR-T?", ["side", "effect"]),
        ("What is gene therapy?", ["gene", "therapy"]),
        ("How does gene therapy work?", []),  # not a definition question
        ("What is the long slow winding road to approval?", []),  # a description, not a name
        # Longer than sixty characters after "What is": the name still comes before the preposition.
        (
            "What is the maintenance phase after stem cell treatment for bone marrow failure?",
            ["maintenance", "phase"],
        ),
    ],
)
def test_the_head_term_is_the_name_before_any_preposition(question: str, head: list[str]) -> None:
    assert head_term(question) == head


EARLY = "The initial recovery phase spans the first weeks. The body works to establish engraftment."
LATER = "Check-ups become less frequent over time. Patients then move into a maintenance phase of self-care."


def test_a_definition_question_is_answered_from_the_passage_that_names_the_term() -> None:
    retrieved = _retrieved(("Early recovery", EARLY), ("Later", LATER))
    lifted, line = naming_first(retrieved, head_term("What is the maintenance phase after a transplant?"))
    assert line == "Patients then move into a maintenance phase of self-care."
    assert [p.chunk.section for p in lifted.passages] == ["Later", "Early recovery"]
    assert [p.rank for p in lifted.passages] == [1, 2] and lifted.passages[0].score == retrieved.passages[0].score
    assert line_first(score_sentences(lifted), line)[0].text == line


def test_a_rare_term_is_answered_from_the_passage_that_says_what_it_means_before_one_only_naming_it() -> None:
    naming = "As recovery advances, the goal shifts from cell engraftment to sustained marrow performance."
    explaining = ("The first weeks matter. During this period the body works to establish engraftment, meaning the "
                  "new stem cells settle into the bone marrow.")
    retrieved = _retrieved(("Monitoring", naming), ("Early recovery", explaining))
    lifted, line = naming_first(retrieved, head_term("What does engraftment mean?"))
    assert [p.chunk.section for p in lifted.passages] == ["Early recovery", "Monitoring"]
    assert line.startswith("During this period")
    # none says what it means: the first passage naming it leads, as before
    lifted, line = naming_first(_retrieved(("Monitoring", naming), ("Other", "Nothing about it.")),
                                head_term("What does engraftment mean?"))
    assert [p.chunk.section for p in lifted.passages] == ["Monitoring", "Other"] and line == naming


def test_a_sentence_opening_with_what_the_term_is_leads_even_in_a_later_passage() -> None:
    wider = "Cell and gene therapy involve harnessing the body's own cells. It is new."
    defining = "Most treatments are old. Gene Therapy delivers new or modified genes into a person's cells."
    retrieved = _retrieved(("Process", wider), ("What is it?", defining))
    lifted, line = naming_first(retrieved, head_term("Can you explain what gene therapy is, simply?"))
    assert line == "Gene Therapy delivers new or modified genes into a person's cells."
    assert [p.chunk.section for p in lifted.passages] == ["What is it?", "Process"]
    # A sentence only starting with the words ('Gene therapy recovery is gradual.') says what something else is.
    other = _retrieved(("Process", wider), ("Recovery", "Gene therapy recovery is a gradual process."))
    assert naming_first(other, ["gene", "therapy"])[1] != "Gene therapy recovery is a gradual process."


def test_the_passage_naming_the_term_is_found_below_the_passages_shown() -> None:
    # A question about a guide's topic matches its general passages first; the naming one ranked after them.
    full = _retrieved(("Early recovery", EARLY), ("Overview", "Recovery takes time."), ("Later", LATER))
    shown = dataclasses.replace(full, passages=full.passages[:2], reserve=full.passages[2:])
    lifted, line = naming_first(shown, head_term("What is the maintenance phase after a transplant?"))
    assert line == "Patients then move into a maintenance phase of self-care."
    assert [p.chunk.section for p in lifted.passages] == ["Later", "Early recovery"]  # still two shown
    assert [p.chunk.section for p in lifted.reserve] == ["Overview"] and lifted.reserve[0].rank == 3


def test_nothing_moves_when_the_first_passage_names_the_term_or_none_does() -> None:
    retrieved = _retrieved(("Early recovery", EARLY), ("Later", LATER))
    # The first passage names the recovery phase: it stays first, and its naming sentence leads.
    assert naming_first(retrieved, head_term("What is the recovery phase?")) == (
        retrieved,
        "The initial recovery phase spans the first weeks.",
    )
    assert naming_first(retrieved, head_term("What is the bridging phase?")) == (retrieved, "")
    assert naming_first(retrieved, ["maintenance"]) == (retrieved, "")  # one word is not a phrase


class _Vocabulary:
    """The lexical index's answers for a fixed set of words (all equally rare)."""

    size = 100  # passages; each word is in one, so none is common

    def __init__(self, words: set[str]) -> None:
        self.words = words

    def idf(self, term: str) -> float:
        return 1.0

    def df(self, term: str) -> int:
        return int(term in self.words)

    def in_vocabulary(self, term: str) -> bool:
        return term in self.words

    in_word_family = in_vocabulary


def test_the_evidence_reads_the_best_cosine_among_the_leading_sentences() -> None:
    # The first sentence by score won on shared words with a lower cosine than the one after it.
    retrieved = _retrieved(("Care", "Follow-up care helps with sleep. Patients often sleep badly at first."))
    first, second = score_sentences(retrieved)[:2]
    sentences = [
        dataclasses.replace(first, similarity=0.40, score=0.90),
        dataclasses.replace(second, similarity=0.60, score=0.70),
    ]
    lexical = _Vocabulary({"follow-up", "care", "sleep"})
    evidence = gather_evidence(dataclasses.replace(retrieved, query_tokens=["sleep"]), sentences, lexical)  # type: ignore[arg-type]
    assert evidence.best_sentence == 0.60


def _evidence(text: str, vocabulary: set[str], query: str, question: str = "") -> Evidence:
    """The evidence for a search text over one passage, with the guides' vocabulary given."""
    retrieved = _retrieved(("Section", text))
    asked = dataclasses.replace(retrieved, query_tokens=tokens(query), query=query)
    return gather_evidence(asked, score_sentences(retrieved), _Vocabulary(vocabulary), question)  # type: ignore[arg-type]


def test_common_words_weigh_little_however_rare_their_stem() -> None:
    # "nothing" stems to "noth", which no English text uses: the weight is read from the word as written, so a
    # missing everyday word no longer outweighs the words the guides do use.
    text, vocabulary = "Heart failure can be treated with cell therapy.", {"heart", "failure", "cell", "therapy"}
    query = "is there nothing cell therapy can do for heart failure"
    assert _evidence(text, vocabulary, query).missing < 0.1
    assert _evidence(text, vocabulary, "cell therapy noth heart failure").missing > 0.2  # read as the stem
    assert word_specificity("noth", written_forms(query)) == specificity("nothing") < specificity("noth")


def test_an_everyday_word_is_found_through_the_guides_word_for_it() -> None:
    # "tired" is never written in the guides; "fatigue" is, and a sentence saying it covers the question.
    text, vocabulary = "Many patients experience fatigue for months.", {"patient", "experience", "fatigue", "month"}
    evidence = _evidence(text, vocabulary, "tired for months")
    assert evidence.missing == 0.0 and evidence.coverage == 1.0
    assert _evidence(text, vocabulary, "sleepless for months").missing > 0.5  # no guide word for it here


@pytest.mark.parametrize(
    ("sentence", "missing"),
    [
        ("Immune responses may remain weakened for months.", True),  # an amount, but not of a hospital stay
        ("Most people stay in hospital for about three weeks.", False),
        ("The hospital stay is usually short.", True),  # about the stay, but no amount
    ],
)
def test_an_amount_must_be_stated_about_what_is_asked(sentence: str, missing: bool) -> None:
    question = "How many days do people usually stay in hospital after a transplant?"
    evidence = _evidence(sentence, set(tokens(sentence)) | {"transplant"}, question, question)
    assert evidence.quantity_missing is missing


@pytest.mark.parametrize(
    ("question", "sentence", "missing"),
    [
        # An amount asked after a first question ('... and how often does it happen?') is still asked.
        ("Can you explain what GVHD is and how often it happens after a transplant?",
         "GVHD happens when donor cells attack the body after a transplant.", True),
        ("Can you explain what GVHD is and how often it happens after a transplant?",
         "GVHD happens after about half of donor transplants.", False),
        # ... and an unknown amount answers it, named in the guides' words ('one-off' is their 'one-time').
        ("Do we know how long a one-off gene therapy keeps working?",
         "Long-term effects are still being studied, especially for one-time gene therapies.", False),
    ],
)
def test_an_amount_asked_anywhere_must_be_stated(question: str, sentence: str, missing: bool) -> None:
    evidence = _evidence(sentence, set(tokens(sentence)) | set(tokens(question)), question, question)
    assert evidence.quantity_missing is missing


@pytest.mark.parametrize(
    ("sentence", "missing"),
    [
        ("The early phase lasts several weeks.", False),
        ("The early phase can be permanent for some.", False),
        # 'less frequent' says how often, not how long
        ("As visits become less frequent, the early phase ends.", True),
        ("A long early phase is rare.", True),
        # 'long-term' gives no number of years
        ("Long-term monitoring of the early phase is a crucial aspect of care.", True),
    ],
)
def test_a_question_asking_how_long_needs_a_length_of_time(sentence: str, missing: bool) -> None:
    question = "for how many years does the early phase go on?"
    evidence = _evidence(sentence, set(tokens(sentence)), question, question)
    assert evidence.quantity_missing is missing


@pytest.mark.parametrize(
    ("question", "missing"),
    [
        # how long something goes on: 'long-term' answers it
        ("how long do the check ups go on for after gene therapy?? like forever or wat", False),
        ("how long will he need monitoring?", False),
        ("Roughly how long do people have to stay in hospital for monitoring?", True),  # a stay
        # ... not how long something takes, nor how many weeks
        ("how long does monitoring take?", True),
        ("how many weeks of monitoring do people need?", True),
    ],
)
def test_long_term_says_how_long_something_goes_on(question: str, missing: bool) -> None:
    sentence = "Long-term monitoring is a crucial aspect of care after gene therapy."
    vocabulary = set(tokens(sentence)) | set(tokens(question))
    assert _evidence(sentence, vocabulary, question, question).quantity_missing is missing


@pytest.mark.parametrize(
    ("question", "sentence", "missing"),
    [
        # a length of time from one thing to another is about both
        ("how many weeks from collecting the T cells to getting the CAR-T infusion?",
         "Recovery spans the first several weeks following the infusion.", True),
        ("how many weeks from collecting the T cells to getting the CAR-T infusion?",
         "Manufacturing takes three weeks from collecting the cells to the infusion.", False),
        ("From the day they collect the T cells, how many weeks until the infusion?",
         "Recovery spans the first several weeks following the infusion.", True),
        # ... and only when both are named: 'from then on' names no start
        ("how long does recovery go on from the infusion onwards?",
         "Recovery spans the first several weeks following the infusion.", False),
    ],
)
def test_a_length_of_time_between_two_things_is_about_both(question: str, sentence: str, missing: bool) -> None:
    vocabulary = set(tokens(sentence)) | set(tokens(question))
    assert _evidence(sentence, vocabulary, question, question).quantity_missing is missing


def test_a_length_of_time_from_one_thing_to_another_is_read_within_one_sentence() -> None:
    # 'protected from bugs. How long does it take to catch up?' names no span: the weeks said answer it
    question = "She is not protected from bugs. How long does the immune side take to catch up?"
    sentence = "Even after blood counts normalize, immune responses may remain weakened for months."
    vocabulary = set(tokens(sentence)) | set(tokens(question))
    assert _evidence(sentence, vocabulary, question, question).quantity_missing is False
    spanned = "How long is it from collecting the cells to the infusion?"
    assert _evidence(sentence, vocabulary | set(tokens(spanned)), spanned, spanned).quantity_missing is True


def test_a_follow_up_asking_only_an_amount_asks_it_of_the_conversation() -> None:
    text = "The initial recovery phase typically spans the first several weeks. During this period engraftment begins."
    vocabulary = set(tokens(text)) | {"wait"}
    query = "waiting for engraftment, what is that? and how long does that usually take?"
    follow_up = _evidence(text, vocabulary, query, "and how long does that usually take?")
    assert follow_up.amount_of_conversation and not follow_up.quantity_missing
    # ... not one that names what it asks the amount of, nor a question on its own
    assert not _evidence(text, vocabulary | {"rash"}, query + " rash", "how long does the rash take?").amount_of_conversation
    assert not _evidence(text, vocabulary, query, query).amount_of_conversation


def test_an_amount_of_the_conversation_is_answered_as_a_question_in_the_guides_words() -> None:
    # support 0.58-0.80, nothing missing: declined when it asks an amount, unless the amount is the conversation's
    close = dict(best_sentence=0.40, coverage=0.5, missing=0.0, best_dense=0.36, domain=True, asks_amount=True)
    assert decide(Evidence(**close)) is Outcome.NOT_FOUND  # type: ignore[arg-type]
    assert decide(Evidence(**close, amount_of_conversation=True)) is Outcome.ANSWER  # type: ignore[arg-type]
    weak = {**close, "best_sentence": 0.30}
    assert decide(Evidence(**weak, amount_of_conversation=True)) is Outcome.NOT_FOUND  # type: ignore[arg-type]
    unstated = {**close, "quantity_missing": True}
    assert decide(Evidence(**unstated, amount_of_conversation=True)) is Outcome.NOT_FOUND  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("passage", "missing"),
    [
        # The sentence after the amount points back at it: it says what the amount is of.
        ("The early phase spans the first several weeks. During this period, the body establishes engraftment.",
         False),
        ("The early phase spans the first several weeks. Engraftment is watched closely by the team.", True),
    ],
)
def test_the_sentence_pointing_back_at_an_amount_says_what_it_is_of(passage: str, missing: bool) -> None:
    question = "how long does engraftment usually take?"
    evidence = _evidence(passage, set(tokens(passage)), question, question)
    assert evidence.quantity_missing is missing


def _second_in_another_guide(retrieved: Retrieved) -> Retrieved:
    """The same two passages, the second from another guide."""
    other = dataclasses.replace(retrieved.passages[1].chunk, guide="other.txt")
    return dataclasses.replace(
        retrieved, passages=[retrieved.passages[0], dataclasses.replace(retrieved.passages[1], chunk=other)]
    )


def test_the_passage_naming_the_term_is_lifted_only_within_the_first_passages_guide() -> None:
    elsewhere = _second_in_another_guide(_retrieved(("Early recovery", EARLY), ("Later", LATER)))
    assert naming_first(elsewhere, ["maintenance", "phase"]) == (elsewhere, "")


def test_a_first_passage_headed_by_the_term_keeps_its_place() -> None:
    # A guide titled "Maintenance Phase" names the term in its heading; its opening passage stays first.
    retrieved = _retrieved(("Maintenance Phase", EARLY), ("Later", LATER))
    assert naming_first(retrieved, ["maintenance", "phase"]) == (retrieved, "")


@pytest.mark.parametrize(
    ("question", "sentence", "missing"),
    [
        # Which medicines: a name, or the kind of medicine for what is asked.
        ("Which drugs are used for conditioning?", "Conditioning uses busulfan or Fludarabine.", False),
        ("Which drugs are used for conditioning?", "Kymriah (tisagenlecleucel) is given once.", False),
        ("Which medicines stop rejection?", "Immunosuppressive medications help prevent rejection.", False),
        ("Which drugs are used for conditioning?", "Immunosuppressive medications help prevent rejection.", True),
        # ... for what is asked, not for the question's frame ('doctors use', 'to treat').
        ("Which drug do doctors use to treat cytokine release syndrome?",
         "Regenerative medicine uses stem cells to help doctors treat damage.", True),
        ("Which chemotherapy drugs are given first?", "Chemotherapy reprograms nothing in the body.", True),
        ("Which vaccines will I need after my transplant?", "Follow-up care includes tailored vaccination schedules.",
         True),
        ("Which vaccines will I need after my transplant?", "Patients are given Shingrix and Prevnar again.", False),
        # Which approved products: a name.
        ("Which gene therapies have been approved for sickle cell?", "Gene therapy treats sickle cell anemia.", True),
        ("Which CAR-T treatments were approved first?", "Kymriah was approved for leukemia.", False),
        ("What chemo drugs do they use for conditioning?", "Conditioning prepares the marrow.", True),
        ("What chemo drugs do they use for conditioning?", "Conditioning uses Busulfan.", False),
        # 'what chemo do they give': a chemotherapy named, not chemotherapy spoken of
        ("what chemo do they give right before car t, and why",
         "Instead of chemotherapy poisoning every cell, CAR-T reprograms the immune system.", True),
        ("what chemo do they give right before car t", "Lymphodepletion uses Fludarabine before CAR-T.", False),
        # What a medicine or product is called: its name
        ("Is there an approved CAR-T for mantle cell lymphoma? What's it called?",
         "More CAR-T treatments (such as brexucabtagene autoleucel for mantle cell lymphoma) were approved.", False),
        ("What's the name of the gene therapy they give babies with SMA?",
         "Take spinal muscular atrophy (SMA), a rare and fatal genetic disease in infants.", True),
        # ... not a term: 'what's it called when they take your own cells' may be answered 'autologous'
        ("what's it called when they take your own cells?", "Autologous: cells taken from the same person.", False),
        # Other questions ask for no name.
        ("What about medicines for conditioning?", "Conditioning prepares the marrow.", False),
        ("What medicines are used in general?", "Many medicines are used.", False),
        ("Which cancers is CAR-T used for?", "It is used mostly for certain blood cancers.", False),
        # Which hospitals: one named, and no place the question asks about that the guides never mention.
        ("Which hospitals offer CAR-T?", "At specialized centers such as Liv Hospital, planning begins early.", False),
        ("Which hospitals offer CAR-T?", "CAR-T is given at specialised centres.", True),
        ("which hospitals in manchester do car-t?", "At specialized centers such as Liv Hospital, planning begins early.",
         True),
        ("What hospital team looks after me?", "A multidisciplinary team of physicians cares for you.", False),
        # ... nor what a hospital does
        ("What does the hospital normally do to stop infections?", "Follow-up care includes infection screening.",
         False),
        ("Is there a hospital in Leeds that does CAR-T?", "Centers such as Liv Hospital plan recovery early.", True),
        # Where a named place is: a sentence saying where.
        ("Where exactly is Liv Hospital?", "At specialized centers such as Liv Hospital, planning begins early.", True),
        ("Where is Liv Hospital?", "Liv Hospital is a specialized center in Istanbul.", False),
    ],
)
def test_a_question_asking_which_medicines_needs_one_named(question: str, sentence: str, missing: bool) -> None:
    vocabulary = set(tokens(sentence)) | set(tokens(question))
    assert _evidence(sentence, vocabulary, question, question).name_missing is missing


def test_words_that_frame_a_question_are_not_evidence_either_way() -> None:
    # "kind" and "tend" say how the question is asked, not what about: the guides never using them is no sign
    # that they don't cover it, and a sentence using them is no better an answer.
    text = "Patients may experience a range of symptoms, from fatigue to mild discomfort."
    question = "What kind of symptoms do patients tend to get?"
    evidence = _evidence(text, set(tokens(text)), question, question)
    assert evidence.missing == 0.0 and evidence.coverage == 1.0
    assert _evidence(text, set(tokens(text)), "what sushi symptoms do patients get").missing > 0.3
    # ... nor do the words telling what someone says or does about it ('she swears', 'everyone fussing')
    told = "she swears patients get symptoms, why is everyone fussing? just to be sure"
    assert _evidence(text, set(tokens(text)), told, told).missing == 0.0


@pytest.mark.parametrize(
    ("question", "phrase"),
    [
        ("What are iPSCs? I keep seeing them mentioned in articles.", "iPSCs"),  # one sentence of the message
        ("The team said my dad is now in the 'maintenance phase'. What does that mean?", "maintenance phase"),
        ('my dad is in the "maintenance phase" now. What is that?', "maintenance phase"),
        ("What does that mean?", ""),  # nothing quoted to point at
        ("My haematologist says I'm in the 'maintenance phase'. What does that actually mean?", "maintenance phase"),
        ("I keep seeing the abbreviation CDMO in articles. What does it mean?", "CDMO"),  # named before 'it'
        ("My doctor said HSCT. What is that?", "HSCT"),
        ("I heard about it on the news. What is that?", ""),  # nothing named
        ("Is it widely available? What is TIL?", "TIL"),
        ("The leaflet mentions iPSCs. What are they in plain English?", "iPSC"),  # a lowercase first letter
        ("The nurse mentioned ICANS when we talked about CAR-T. What is that?", "ICANS"),  # not CAR of CAR-T
        ("what do they mean by the longevity one", "longevity"),  # an item of the list just given
        ('the consultant kept saying "paracrine effect", what does that mean in normal english?', "paracrine effect"),
        ("Could someone explain what gene therapy is, simply? My daughter was diagnosed.", "gene therapy"),
        ("in plain words what is cell and gene therapy?", "cell and gene therapy"),
        ("Will they want to see him, and what's the point if he's doing fine?", ""),  # a last clause asking why
        # 'does' dropped; 'stand for / mean'; where the term was met; the question before a sentence of context
        ("whats regenerative medicine mean exactly", "regenerative medicine"),
        ("whats GVHD stand for", "GVHD"),
        ("my sisters consultant keeps saying HSCT, what does that stand for / mean?", "HSCT"),
        ("What does immune rejection mean when people talk about transplanted cells?", "immune rejection"),
        # what they say, not who says it
        ("What do doctors mean when they talk about immune rejection with transplanted cells?", "immune rejection"),
        ("What do people mean when they call it 'precision medicine'?", "precision medicine"),
        ("what do they mean when they say engraftment", "engraftment"),
        ("ok and what's the other way they work?", ""),  # an item of what was said, by its place
        ("what is the first step?", ""),
        ("HSCT — what does that stand for? it's all over my referral letters", "HSCT"),
        ("CDMO - what does it stand for? keeps coming up in the news", "CDMO"),
        # a rare name asked about before a clause saying where it was met; a common word there names no term
        ("what are iPSCs, saw it in a leaflet about my husbands trial", "iPSCs"),
        ("What is apheresis, my dad needs it next week", "apheresis"),
        ("paracrine effect = ?", "paracrine effect"),
        ("could someone explain in plain english what gene therapy actually is? I feel silly asking", "gene therapy"),
        ("what does engraftment mean for me", ""),  # what it means for someone is not what the word means
        # 'that phrase' is the one quoted before
        ("Everyone online calls gene therapy 'precision medicine'. What does that phrase actually mean?",
         "precision medicine"),
        # ... or what someone was just said to call it, the last words before the question
        ("My oncologist called it precision medicine. What does that actually mean?", "precision medicine"),
        ("the nurse kept saying engraftment. what does that mean?", "engraftment"),
        ("The team called it a big step forward for my treatment plan. What does that mean?", ""),  # no term
        ("My doctor said it was gene therapy. What does that mean for me?", ""),  # for someone: not the word
        # what is called, then the name quoted
        ("what do doctors mean when they call something 'precision medicine'", "precision medicine"),
        ("what do people mean when they call cell therapy 'precision medicine'", "precision medicine"),
        ("what do they mean when they call him a candidate", ""),
        # as plainly as can be, before what else is told
        ("ok explain car t to me like im 5, the leaflet is all jargon and my brain is fried", "car t"),
        ("explain gene therapy to me like I'm a 10 year old", "gene therapy"),
    ],
)
def test_a_definition_question_may_be_one_sentence_of_a_message_or_point_at_a_quoted_phrase(
    question: str, phrase: str
) -> None:
    assert defined_phrase(question) == phrase


@pytest.mark.parametrize(
    ("question", "name"),
    [
        ("ok so which one is car-t normally?", "car-t"),
        ("and which of those is car-t? my husband starts next month", "car-t"),
        ("so which of the two is car-t then", "car-t"),
        ("which one is car t then", "car t"),
        ("which kind is most common?", "most common"),
        ("what is car-t?", ""),  # what it is, not which of the kinds told
        ("which hospitals do car-t?", ""),
    ],
)
def test_a_follow_up_may_ask_which_of_the_kinds_told_a_name_is(question: str, name: str) -> None:
    assert placed_name(question) == name


@pytest.mark.parametrize(
    ("support", "missing", "asks", "outcome"),
    [
        (0.82, 0.6, False, Outcome.ANSWER),  # strong enough whatever it asks
        (0.70, 0.2, False, Outcome.ANSWER),  # 'why do they keep taking my blood when I feel fine?'
        (0.70, 0.2, True, Outcome.NOT_FOUND),  # '... and how common is it?': an amount needs the strong case
        (0.70, 0.5, False, Outcome.NOT_FOUND),  # half of what it asks is words the guides never use
        (0.60, 0.0, False, Outcome.ANSWER),  # 'my gf ... anxious n wiped out all the time, is that just part of it?'
        (0.55, 0.0, False, Outcome.NOT_FOUND),  # too far from any sentence
    ],
)
def test_a_question_in_the_guides_own_words_is_answered_on_weaker_support(
    support: float, missing: float, asks: bool, outcome: Outcome
) -> None:
    # support = 1.5 * sentence + 0.25 * coverage - 0.25 * missing; solve for the sentence at coverage 0.4.
    sentence = (support - 0.25 * 0.4 + 0.25 * missing) / 1.5
    evidence = Evidence(best_sentence=sentence, coverage=0.4, missing=missing, best_dense=0.5, domain=True,
                        asks_amount=asks)
    assert evidence.support == pytest.approx(support)
    assert decide(evidence) is outcome


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("Once they've collected the cells, how many days does it take?", True),
        ("What is that side effect called and how common is it?", True),
        ("How long do I stay near the centre?", True),
        ("why do they keep taking my blood when i feel fine", False),
        ("Is there anyone who helps with the costs?", False),
    ],
)
def test_an_amount_may_be_asked_anywhere_in_a_message(question: str, asks: bool) -> None:
    assert asks_amount(question) is asks


def test_a_misspelt_everyday_word_names_no_term() -> None:
    assert not names_a_term("achey")  # 'ache' is one slip away
    assert names_a_term("Zolgensma") and names_a_term("leukapheresis")


def test_a_question_only_asking_what_comes_next_is_answered_from_what_follows() -> None:
    weak = Evidence(best_sentence=0.3, coverage=0.2, missing=0.3, best_dense=0.4, domain=True)
    assert decide(weak) is Outcome.NOT_FOUND
    assert decide(weak, continues=True) is Outcome.ANSWER
    named = dataclasses.replace(weak, unknown_terms=("Zolgensma",))
    assert decide(named, continues=True) is Outcome.NOT_FOUND  # a name no guide uses is still declined


def test_a_message_that_tells_its_story_first_is_judged_on_what_it_asks() -> None:
    # "nan", "posh" and "sceptical" are the story; what is asked ("how is it different from chemo?") is in the
    # guides' words. A question mark is what marks a sentence as asked.
    text = "CAR-T differs from chemotherapy: it reprograms the patient's own immune cells."
    vocabulary = set(tokens(text)) | set(tokens("chemo different"))
    story = "my nan is sceptical, she says it is posh chemo. how is car-t different from chemo?"
    assert _evidence(text, vocabulary, story, story).missing == 0.0
    told = "my nan is sceptical, she says it is posh chemo and different"  # nothing asked: the whole is read
    assert _evidence(text, vocabulary, told, told).missing > 0.3
    asked_only = "is the sceptical posh car-t different from chemo?"  # one sentence: read whole
    assert _evidence(text, vocabulary, asked_only, asked_only).missing > 0.3


def _weak(**changes: object) -> Evidence:
    """A question the guides don't answer: a weak best sentence, most of its words not theirs."""
    base = Evidence(best_sentence=0.30, coverage=0.2, missing=0.8, best_dense=0.35, domain=True, other_sense=True)
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def test_a_health_word_in_another_sense_makes_an_uncovered_question_off_topic() -> None:
    assert decide(_weak()) is Outcome.OFF_TOPIC  # 'How do plant cells turn sunlight into energy?'
    assert decide(_weak(other_sense=False)) is Outcome.NOT_FOUND  # 'cell therapy', or a follow-up
    assert decide(_weak(missing=0.3)) is Outcome.NOT_FOUND  # most of what it asks is the guides' words
    assert decide(_weak(best_sentence=0.60, coverage=0.6, missing=0.5)) is Outcome.ANSWER  # covered: answered


@pytest.mark.parametrize(
    ("query", "other_sense"),
    [
        ("how do plant cells turn sunlight into energy", True),
        ("how do i transplant my tomato seedlings", True),
        ("do the benefits of cell therapy last", False),  # two health words: 'cell therapy'
        ("what foods should i avoid after my transplant", False),
        ("can gene therapy cure baldness", False),  # two health words: 'gene therapy'
        ("who does the voice of Gene on Bob's Burgers?", True),  # a name
        ("any good banana bread recipes to pass the time at the clinic?", True),  # where, not what is asked
        ("best time of year to graft an apple tree", True),
        # someone's own care is a patient's message, whatever its other words
        ("since my transplant everything feels pointless", False),
        ("my dad's transplant nurse said his numbers look pointless to check", False),
        ("who does one of these treatments? is it just the oncologist?", False),  # the care team speaks of care
        # ... and so does a time in someone's care
        ("he keeps digging the garden post transplant, shouldnt he pace himself", False),
        ("since the infusion the plant pots feel so heavy to lift", False),
        ("when should i transplant my tomato seedlings outside, post frost", True),
    ],
)
def test_a_single_health_word_with_another_sense_is_noted(query: str, other_sense: bool) -> None:
    text = "Cell therapy uses living cells to treat disease after a transplant."
    assert _evidence(text, set(tokens(text)), query, query).other_sense is other_sense


def test_a_question_near_the_guides_in_meaning_is_not_another_subject() -> None:
    # 'is recovery gonna be smooth sailing or are there bumps along the way': its one health word has another
    # sense, but a passage of the guides is as near as a patient's question is.
    assert decide(_weak(best_dense=0.45)) is Outcome.NOT_FOUND
    assert decide(_weak(best_dense=0.30)) is Outcome.OFF_TOPIC  # 'transplant my tomato seedlings'


@pytest.mark.parametrize(
    ("query", "domain"),
    [
        ("my car's engine keeps misfiring when i accelerate", False),
        ("will medicare pay for car t or do we have to pay ourselves", True),
        ("is car-t available everywhere", True),
    ],
)
def test_a_car_is_not_car_t(query: str, domain: bool) -> None:
    text = "CAR-T cell therapy reprograms the immune system."
    assert _evidence(text, set(tokens(text)), query, query).domain is domain


def test_a_rare_name_of_the_guides_that_the_answer_opens_with_answers_a_question_of_other_words() -> None:
    # 'I saw something called RegeneCyte mentioned in the news, what is it for?'
    named = Evidence(best_sentence=0.45, coverage=0.5, missing=0.41, best_dense=0.42, domain=True, names_rare=True)
    assert named.support >= 0.65 and decide(named) is Outcome.ANSWER
    assert decide(dataclasses.replace(named, names_rare=False)) is Outcome.NOT_FOUND
    assert decide(dataclasses.replace(named, asks_amount=True)) is Outcome.NOT_FOUND  # 'how much does it cost?'
    # 'saw a headline that regenecyte got approved, what is it for?' comes less close (0.60): the name still answers
    nearer = dataclasses.replace(named, best_sentence=0.35)
    assert 0.50 <= nearer.support < 0.58 and decide(nearer) is Outcome.ANSWER
    assert decide(dataclasses.replace(nearer, names_rare=False)) is Outcome.NOT_FOUND
    assert decide(dataclasses.replace(named, best_sentence=0.30)) is Outcome.NOT_FOUND  # too far even so
    # 'ngl no idea what regenecyte is, saw it on fb': no health word, far passages, yet the guides' own rare name
    chat = Evidence(best_sentence=0.40, coverage=0.3, missing=0.6, best_dense=0.25, domain=False, names_rare=True)
    assert decide(chat) is Outcome.ANSWER
    assert decide(dataclasses.replace(chat, names_rare=False)) is Outcome.OFF_TOPIC


def test_a_question_all_in_the_guides_words_is_not_off_topic_however_far_its_passages() -> None:
    # 'right, and after those first weeks do I still have to keep going back in?': no health word, nothing near,
    # yet every word it asks with is one the guides use
    known = Evidence(best_sentence=0.33, coverage=0.0, missing=0.0, best_dense=0.28, domain=False)
    assert decide(known) is Outcome.NOT_FOUND
    assert decide(dataclasses.replace(known, missing=0.9)) is Outcome.OFF_TOPIC  # 'Write me a poem about autumn'


def test_a_rare_word_far_from_every_passage_is_another_subject() -> None:
    # 'My car's engine keeps misfiring': a rare word, and nothing in the guides anywhere near (cosine 0.09)
    far = Evidence(best_sentence=0.1, coverage=0.1, missing=0.6, best_dense=0.09, domain=False,
                   unknown_terms=("misfiring",))
    assert decide(far) is Outcome.OFF_TOPIC
    assert decide(far, asks_unknown=True) is Outcome.OFF_TOPIC
    # a medicine's name comes nearer ('tacrolimus' 0.17); an abbreviation says nothing to the embedding
    assert decide(dataclasses.replace(far, best_dense=0.17)) is Outcome.NOT_FOUND
    assert decide(dataclasses.replace(far, unknown_terms=("GVHD",)), asks_unknown=True) is Outcome.NOT_FOUND


def test_an_everyday_unknown_word_does_not_keep_another_subject_in_health_care() -> None:
    # 'transplant my seedlings, they're getting leggy': 'leggy' is no medicine the guides leave out.
    leggy = _weak(other_sense=True, unknown_terms=("leggy",))
    assert decide(leggy) is Outcome.OFF_TOPIC
    named = _weak(other_sense=True, unknown_terms=("Zolgensma",))  # a product's name is still not covered
    assert decide(named) is Outcome.NOT_FOUND


def test_a_name_only_in_the_story_before_the_question_does_not_decline_a_covered_question() -> None:
    # 'My sister had a transplant for aplastic anemia. ... Why would her defences still be weak?': the condition
    # is context; the guides answer what is asked.
    told = _weak(best_sentence=0.60, coverage=0.4, missing=0.2, unknown_terms=("aplastic",),
                 told_terms=frozenset({"aplastic"}), other_sense=False)
    assert told.support >= 0.8 and decide(told) is Outcome.ANSWER
    asked = dataclasses.replace(told, told_terms=frozenset())  # the name is in what is asked
    assert decide(asked) is Outcome.NOT_FOUND
    weakly = dataclasses.replace(told, best_sentence=0.40)  # the guides barely answer it: the name may be why
    assert decide(weakly) is Outcome.NOT_FOUND


def test_a_question_pointing_back_at_the_story_is_judged_with_it() -> None:
    # 'We have two cats. Is it safe to keep them around after the transplant?': the cats are what is asked.
    text = "Infection risk stays high after a transplant, so safety at home matters."
    vocabulary = set(tokens(text))
    cats = "We have two cats at home. Is it safe to keep them around after the transplant?"
    assert _evidence(text, vocabulary, cats, cats).missing > 0.3
    treated = "We have two cats at home. Is infection risk high after the transplant?"  # the cats are the story
    assert _evidence(text, vocabulary, treated, treated).missing == 0.0
    named = "I have Fanconi anemia. Can a transplant treat it?"
    assert _evidence(text, vocabulary | {"treat"}, named, named).told_terms == frozenset()
    # 'they' as what must go or stay is the story's things; 'do they test' is the team
    pets = "We have two cats and a dog. Do they have to go while I recover after the transplant?"
    assert _evidence(text, vocabulary | {"recover"}, pets, pets).missing > 0.3
    team = "We have two cats and a dog. Do they check infection risk after the transplant?"
    assert _evidence(text, vocabulary | {"check"}, team, team).missing == 0.0


def test_names_are_told_only_when_a_sentence_asks_without_them() -> None:
    text = "Immune recovery is often slower than red blood cell production."
    vocabulary = set(tokens(text)) | set(tokens("sister transplant weak"))
    story = "My sister had a transplant for aplastic anemia. Why is her immune recovery slower?"
    assert _evidence(text, vocabulary, story, story).told_terms == {"aplastic"}
    asked = "Why is immune recovery slower after aplastic anemia?"
    assert _evidence(text, vocabulary, asked, asked).told_terms == frozenset()


@pytest.mark.parametrize(
    ("question", "told"),
    [
        # the condition a treatment already given was for is context, in a single question too
        ("Is recovery slower after a stem cell transplant for aplastic anaemia?", {"aplastic"}),
        ("my dad had his stem cells for aplastic anaemia 3 wks ago, why is recovery slower", {"aplastic"}),
        ("why is recovery slower for him? (the transplant was for aplastic anaemia)", {"aplastic"}),
        ("is recovery from the transplant for aplastic anaemia slower?", {"aplastic"}),
        # ... not a treatment that is asked about for it
        ("Can a stem cell transplant for aplastic anaemia make recovery slower?", set()),
        ("Is recovery slower with aplastic anaemia?", set()),
    ],
)
def test_the_condition_a_treatment_was_for_is_context(question: str, told: set[str]) -> None:
    text = "Immune recovery is often slower than red blood cell production."
    vocabulary = set(tokens(text)) | set(tokens("stem cell transplant dad 3 wks ago"))
    evidence = _evidence(text, vocabulary, question, question)
    assert evidence.treated_terms == told
    if told:  # its words are not what is asked: none is missing
        assert evidence.missing == 0.0


def test_the_condition_a_treatment_was_for_leaves_the_answer_to_what_is_asked() -> None:
    treated = _weak(best_sentence=0.45, coverage=0.4, missing=0.2, unknown_terms=("aplastic",),
                    treated_terms=frozenset({"aplastic"}), other_sense=False)
    assert treated.support < 0.8 and decide(treated) is Outcome.ANSWER  # answered as it would be without the name
    assert decide(dataclasses.replace(treated, treated_terms=frozenset())) is Outcome.NOT_FOUND
    weak = dataclasses.replace(treated, best_sentence=0.30, missing=0.6)
    assert decide(weak) is Outcome.NOT_FOUND  # ... and not answered when what is asked is not covered


def test_a_follow_up_is_never_read_as_another_subject() -> None:
    text = "Cell therapy uses living cells to treat disease."
    # The search text holds the previous question too; the question alone is only what was asked now.
    assert _evidence(text, set(tokens(text)), "what is hsct when did they find those cells",
                     "when did they find those cells").other_sense is False


def test_a_member_of_the_care_team_is_no_term_of_art() -> None:
    # 'My haematologist says ...' names who said it; the guides call them the care team.
    vocabulary = _Vocabulary(set(tokens("maintenance phase")))
    assert unknown_terms("My haematologist mentioned the maintenance phase", vocabulary) == ()  # type: ignore[arg-type]
    assert unknown_terms("My oncologist mentioned Zolgensma", vocabulary) == ("Zolgensma",)  # type: ignore[arg-type]


def test_a_word_about_how_it_was_heard_is_no_term_of_art() -> None:
    vocabulary = _Vocabulary(set(tokens("stem cells hearts thing")))
    question = "my gp mentioned stem cells for hearts?? is that even a thing or did i mishear"
    assert unknown_terms(question, vocabulary) == ()  # type: ignore[arg-type]
    assert unknown_terms("did i mishear Zolgensma", vocabulary) == ("Zolgensma",)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "question",
    ["What are the signs of graft versus host disease?", "how common is graft-versus-host after a transplant",
     "is graft vs host worse with a donor"],
)
def test_a_versus_term_the_guides_never_write_is_a_term_they_never_use(question: str) -> None:
    # The guides write 'engraftment' and 'host', never the term: it is named like an unknown word.
    vocabulary = _Vocabulary(set(tokens("graft host disease transplant donor worse signs common")))
    found = unknown_terms(question, vocabulary)  # type: ignore[arg-type]
    assert found == ("graft-versus-host",) and names_a_term(found[0])
    written = _Vocabulary(set(tokens("graft host disease transplant donor worse signs common versus")))
    assert unknown_terms(question, written) == ()  # type: ignore[arg-type]


def test_a_rare_term_is_answered_from_any_shown_passage_that_names_it() -> None:
    elsewhere = _second_in_another_guide(_retrieved(("Resources", "Journals publish news about gene therapy."),
                                                    ("Why now?", "The rise of CDMOs has made manufacturing scalable.")))
    lifted, line = naming_first(elsewhere, defined_term("What does CDMO mean?"))
    assert line == "The rise of CDMOs has made manufacturing scalable."
    assert lifted.passages[0].chunk.section == "Why now?"
    # A common word is no topic of its own: the first passage's guide is kept.
    assert naming_first(elsewhere, ["manufacturing"]) == (elsewhere, "")


@pytest.mark.parametrize(
    ("question", "concern"),
    [
        ("Will I still be able to have kids after gene therapy?", "fertility"),
        ("Does the conditioning chemo affect fertility?", "fertility"),
        ("can you get pregnant after car-t", "fertility"),
        ("when does hair grow back after the conditioning chemo?", "hair"),
        ("we have two cats and a dog, do they have to go when he comes home?", "pets"),
        ("will i ever be able to walk the dog again without everything hurting?", ""),  # an activity
        ("is a glass of wine ok six months post transplant", "alcohol"),
        ("How long is recovery after a stem cell transplant?", ""),
        ("My sister is pregnant. What are cord blood stem cells?", ""),  # told, not a concern asked about
        ("Why do they check my iron levels?", ""),
        ("Is there a risk of getting a second, different cancer from CAR-T itself?", "second cancers"),
        ("can car t cause cancer", "second cancers"),
        ("does car-t work for different cancers?", ""),  # what it treats, not a cancer it causes
        ("do the kids have to avoid live vaccines like the nasal flu spray after his transplant?", "live vaccines"),
        ("When can I have my vaccinations again?", ""),
        ("if someone has gene therapy can the changed gene get passed down to their kids?", "passing genes to children"),
        ("If my son has gene therapy, will his own children inherit the fixed gene?", "passing genes to children"),
        ("Can gene therapy treat inherited diseases?", ""),  # the diseases the guides say it treats
        ("what foods exactly should you avoid after a stem cell transplant? like sushi?", "which foods to avoid"),
        ("Will I need to change my diet after the transplant?", ""),  # the guides' dietary adjustments
        ("when am i allowed to drive again after the car t infusion", "driving"),
        ("what's driving the cost of these therapies?", ""),
        ("I'm going to donate stem cells for my little brother. How do they get them out of me?", "donating stem cells"),
        ("How do they find an unrelated bone marrow donor if no one in the family matches?", "donating stem cells"),
        ("Where do donor cells come from in allogeneic therapy?", ""),  # the guides' donors, not donating
        ("my brother wants to be my donor. how do they test if he's actually a match??", "donor matching"),
        ("whats the chance my sister is a full match?", "donor matching"),
        ("Do they need HLA typing for CAR-T?", "donor matching"),
        ("Are the donor cells matched to the patient in off-the-shelf CAR-T?", ""),  # the guides' immune-matched
        ("how close does a donor match need to be, is 8/10 ok?", "donor matching"),
        ("How far from the hospital can I stay in the first month after CAR-T?", "staying near the treatment centre"),
        ("do we have to stay within two hours of the treatment centre afterwards?", "staying near the treatment centre"),
        ("can I stay close to my family while I recover?", ""),  # not the hospital
        ("Will my blood group change to my donor's?", "blood groups"),
        ("once they've collected the T cells, how many weeks does the lab take to make the CAR-T product?",
         "how long CAR-T cells take to make"),
        ("how many weeks is it between them collecting your t cells and getting the car t back",
         "how long CAR-T cells take to make"),
        ("why does making car t cells take sooo long", ""),  # why, which the guides answer (complex logistics)
        ("how long does it take for the new cells to grow in the marrow?", ""),  # engraftment
        ("Roughly how long do people have to stay in hospital after a stem cell transplant?", "hospital stays"),
        ("how many nights in hospital for car-t", "hospital stays"),
        ("For the sickle cell gene therapy, how long is the hospital stay usually?", "hospital stays"),
        ("can u recommend some good long fantasy books to get me thru a hospital stay", ""),  # not its length
        ("What changed that means it's finally happening in hospitals now?", ""),
        ("does the donor need the same blood type as me", "blood groups"),
        ("My brother might be my donor. Does giving stem cells hurt for the donor?", "donating stem cells"),
        ("how long does the donor take to recover afterwards", "donating stem cells"),
        ("are there any risks to the donor?", "donating stem cells"),
        ("Can the donor's cells attack my body?", ""),  # what the donor cells do, not what the donor goes through
        ("Is there an upper age limit for the gene therapy for SMA babies?", "age limits"),
        ("can you be too old for a stem cell transplant", "age limits"),
        ("how old do you have to be to get car-t", "age limits"),
        ("How old is cell therapy as an idea?", ""),  # its history
        ("my mum is 70, how long will her recovery take?", ""),  # an age told, not a limit asked
        ("how close to the hospital do you have to stay in the weeks after a car-t infusion?",
         "staying near the treatment centre"),
        ("typical time off work after an autologous stem cell transplant?", "time off work"),
        ("When can kids normally go back to school after a bone marrow transplant?", "time off work"),
        ("how long is the early recovery stage? trying to sort out time off work", ""),  # told why, not asked
        ("what's the actual risk of dying from an allogeneic stem cell transplant?", "survival or the risk of dying"),
        ("What is the survival rate after CAR-T for lymphoma?", "survival or the risk of dying"),
        ("Is spinal muscular atrophy fatal?", ""),  # the guides call it fatal
        ("my uncle died of lymphoma years ago, would car-t have helped him?", ""),  # a death told, not a risk asked
        ("how do they collect the T cells for CAR-T, is it like giving blood? does it hurt", "whether it hurts"),
        ("is apheresis painful?", "whether it hurts"),
        ("Does it hurt healthy cells the way chemo does?", ""),  # what it harms
        ("can this kind of treatment help with being in less pain day to day", ""),  # pain as a symptom
        ("How is the gene therapy for SMA actually given to a baby? Is it a drip or an injection?", "drips"),
        ("is the conditioning chemo given through a drip?", "drips"),
        ("is TIL therapy given by injection?", ""),  # the guides' re-injecting
        ("how do I stop my tap dripping", ""),
        ("do they take cells out of me first or is it all just an injection?", ""),
        ("My brother might donate stem cells for me. What does donating involve for him?", "donating stem cells"),
        ("why do they give that chemo (flu/cy?) a few days before the car-t infusion if the car-t is the actual treatment",
         "the chemotherapy given before CAR-T or a transplant"),
        ("Which chemo drugs do they normally give before the new cells go in?",
         "the chemotherapy given before CAR-T or a transplant"),
        ("does the conditioning before a stem cell transplant make all your hair fall out", "hair"),  # the first named
        ("what is lymphodepleting chemotherapy?", "the chemotherapy given before CAR-T or a transplant"),
        ("I had chemo before and it was awful, is car-t easier?", ""),  # chemo in the past, not the one given before
        ("How is CAR-T different from regular chemotherapy for cancer?", ""),
        ("do they check how my organs coped with the prior conditioning therapy?", ""),  # the guides' words
        ("Once someone has had CAR-T, are they ever allowed to donate blood or organs?", "donating blood or organs"),
        ("can i be an organ donor after a stem cell transplant", "donating blood or organs"),
        ("can my sister give blood stem cells for me?", ""),  # the donor of the cells, which the guides tell of
    ],
)
def test_an_everyday_concern_is_named(question: str, concern: str) -> None:
    assert uncovered_concern(question, lambda word: False) == concern


@pytest.mark.parametrize(
    ("message", "concern"),
    [
        # a last sentence that opens as a question asks, with or without its question mark
        ("how do they collect the T cells for CAR-T, is it like giving blood? does it hurt", "whether it hurts"),
        # ... a last sentence that tells, not asks, is the story's
        ("can i have a beer after car-t? we are going to a party.", "alcohol"),
        ("what do they check at follow-ups? he said the wine was lovely.", ""),
    ],
)
def test_what_a_message_asks_includes_a_last_question_without_its_mark(message: str, concern: str) -> None:
    text = "Cells are collected from your blood."
    assert _evidence(text, set(tokens(text)), message, message).concern == concern


def test_a_concern_the_guides_mention_is_no_reason_to_decline() -> None:
    guides_words = {"hair", "alopecia"}
    assert uncovered_concern("when does hair grow back?", guides_words.__contains__) == ""
    assert uncovered_concern("does it affect fertility?", guides_words.__contains__) == "fertility"


def test_a_concern_no_guide_mentions_is_not_found_however_strong_the_passages() -> None:
    strong = dict(best_sentence=0.9, coverage=0.8, missing=0.1, best_dense=0.7, domain=True, recognised=True)
    assert decide(Evidence(**strong)) is Outcome.ANSWER  # type: ignore[arg-type]
    assert decide(Evidence(**strong, concern="fertility")) is Outcome.NOT_FOUND  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "proportion"),
    [
        ("What percentage of patients respond to CAR-T?", True),
        ("does gene therapy for sickle cell actually work for most ppl? like what percentage end up crisis free", True),
        ("is it common? what proportion get it", True),
        ("what % of people with haemophilia get to stop their factor injections after gene therapy?", True),
        ("What is the success rate of CAR-T?", True),
        ("how many people have had car-t", False),
        ("Is most cell therapy research still cancer research? Curious what share of trials are other illnesses.", False),
    ],
)
def test_a_share_of_people_asked_anywhere_is_a_proportion(question: str, proportion: bool) -> None:
    assert asks_proportion(question) is proportion


def test_an_unknown_name_only_in_the_story_is_context_when_what_is_asked_is_recognised() -> None:
    # 'any decent sites to follow car-t news?? sick of doomscrolling random fb groups at 2am'
    asked = dict(best_sentence=0.4, coverage=0.1, missing=0.4, best_dense=0.38, domain=True, near=True,
                 unknown_terms=("doomscrolling",), told_terms=frozenset({"doomscrolling"}))
    assert decide(Evidence(**asked)) is Outcome.NOT_FOUND  # type: ignore[arg-type]
    assert decide(Evidence(**asked, recognised=True)) is Outcome.ANSWER  # type: ignore[arg-type]
    # ... not a name in what is asked
    named = dict(asked, told_terms=frozenset())
    assert decide(Evidence(**named, recognised=True)) is Outcome.NOT_FOUND  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("question", "amount"),
    [
        ("Will I need to change what I eat or how much I do while my immune system recovers?", False),
        ("should he limit how many visitors come round?", False),
        ("Once they've collected the cells, how many days until they're ready?", True),
        ("What is it called and how common is it?", True),
    ],
)
def test_what_is_to_be_changed_is_not_an_amount_asked(question: str, amount: bool) -> None:
    assert asks_amount(question) is amount
