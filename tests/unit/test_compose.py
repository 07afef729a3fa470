"""The extractive composer on hand-made retrieval results: which of a passage's sentences make the answer."""

from __future__ import annotations

import dataclasses

import numpy as np

from assistant.ask.compose import compose, score_sentences
from assistant.ask.retrieve import Candidate, Retrieved
from assistant.domain import Chunk, Passage
from assistant.text import sentence_spans

MONITORING = (
    "Recovery takes several weeks and is watched closely by the care team.\n"
    "Medical teams closely monitor:\n"
    "- daily blood count trends\n"
    "- infection risk due to temporary immune suppression\n"
    "Most patients go home once their counts recover."
)
TRIALS = (
    "ClinicalTrials.gov: This website provides a searchable database of clinical studies around the world. "
    "You can search for cell therapy trials related to your specific condition.\n"
    "https://clinicaltrials.gov/"
)


def _retrieved(text: str, sims: list[float]) -> Retrieved:
    chunk = Chunk("c1", "guide.txt", "Guide", "Section", 0, text, "v1")
    spans = sentence_spans(text)
    assert len(spans) == len(sims), [text[a:b] for a, b in spans]
    candidate = Candidate(
        chunk, 0.5, 0.0, np.array(sims, dtype=np.float32), np.zeros(len(sims), dtype=np.float32), spans
    )
    return Retrieved([Passage(chunk, 1.0, 0.5, 0.0, 1)], {"c1": candidate}, [])


def test_a_list_is_scored_by_its_best_line_and_answers_with_its_items() -> None:
    # The intro alone is vague (0.30); one item matches the question well (0.80).
    sentences = score_sentences(_retrieved(MONITORING, [0.50, 0.30, 0.20, 0.80, 0.40]))
    best = sentences[0]
    assert best.text.startswith("Medical teams closely monitor:") and best.similarity == np.float32(0.80)
    answer = compose(sentences, 4, 3).text
    assert answer.startswith("Medical teams closely monitor: daily blood count trends; infection risk due to")


def test_a_bare_link_is_never_an_answer_sentence_and_the_neighbour_is_the_adjacent_sentence() -> None:
    sentences = score_sentences(_retrieved(TRIALS, [0.55, 0.90, 0.70]))
    assert all("https://" not in s.text for s in sentences)
    answer = compose(sentences, 4, 3).text
    assert answer == (
        "You can search for cell therapy trials related to your specific condition. [1] "
        "ClinicalTrials.gov: This website provides a searchable database of clinical studies around the world. [1]"
    )


QUALITY = (
    "In many cases, the therapy leads to a significant enhancement in overall quality of life. "
    "This can include increased mobility, reduced pain, and a greater ability to engage in daily activities."
)
OUTLOOK = "As advancements continue to unfold, the prospects for patients are poised to become even more promising."
HISTORY = "The dream of editing genes has been around for decades, and it is finally becoming possible today."
WHY_NOW = "Advances like CRISPR have made gene editing more precise, faster, and cheaper."


def _two_passages(first: tuple[str, list[float], float], second: tuple[str, list[float], float]) -> Retrieved:
    passages, candidates = [], {}
    for rank, (text, sims, score) in enumerate((first, second), start=1):
        chunk = Chunk(f"c{rank}", "guide.txt", "Guide", f"Section {rank}", rank, text, "v1")
        spans = sentence_spans(text)
        zeros = np.zeros(len(sims), dtype=np.float32)
        candidates[chunk.id] = Candidate(chunk, 0.5, 0.0, np.array(sims, dtype=np.float32), zeros, spans)
        passages.append(Passage(chunk, score, 0.5, 0.0, rank))
    return Retrieved(passages, candidates, [])


def test_a_sentence_that_elaborates_the_best_one_follows_it_before_other_passages() -> None:
    # The runner-up from another passage scores higher than "This can include ...", which still comes second.
    retrieved = _two_passages((QUALITY, [0.67, 0.50], 1.40), (OUTLOOK, [0.64], 1.39))
    answer = compose(score_sentences(retrieved), 4, 3).text
    assert answer.startswith(
        "In many cases, the therapy leads to a significant enhancement in overall quality of life. [1] "
        "This can include increased mobility, reduced pain, and a greater ability"
    )


PROTECT = (
    "Protective strategies may involve antimicrobial support and dietary adjustments. "
    "These measures support immune rebuilding. "
    "Follow-up care includes tailored vaccination schedules and infection screening."
)


def test_the_best_sentence_and_its_elaboration_still_leave_room_for_one_more_of_their_passage() -> None:
    # The third sentence is a little further off (within twice KEEP_WITHIN): context, as for a best sentence alone.
    answer = compose(score_sentences(_retrieved(PROTECT, [0.70, 0.55, 0.50])), 4, 3).text
    assert "Protective strategies" in answer and "These measures" in answer and "Follow-up care" in answer
    far = compose(score_sentences(_retrieved(PROTECT, [0.70, 0.55, 0.40])), 4, 3).text
    assert "Follow-up care" not in far


def test_an_elaboration_far_from_the_question_does_not_push_out_a_close_runner_up() -> None:
    retrieved = _two_passages((QUALITY, [0.67, 0.30], 1.40), (OUTLOOK, [0.64], 1.39))
    answer = compose(score_sentences(retrieved), 4, 3).text
    assert "This can include" not in answer and "As advancements continue" in answer


def test_the_answer_opens_in_the_retrievers_first_passage() -> None:
    # The second passage's sentence is closer to the question (0.70 vs 0.47), as a general sentence often is,
    # but the retriever ranked the other passage first: it also weighed the focused question and BM25.
    retrieved = _two_passages((WHY_NOW, [0.47], 1.70), (HISTORY, [0.70], 1.68))
    sentences = score_sentences(retrieved)
    assert [s.text for s in sentences] == [WHY_NOW, HISTORY]
    assert sentences[0].score < sentences[1].score  # the scores are the sentences' own


def test_behind_the_lead_sentences_keep_their_order_by_score() -> None:
    # Near a tie, a passage ranked behind gives way: 0.15 x the retrieval-score gap.
    retrieved = _two_passages((QUALITY, [0.60, 0.50], 1.70), (HISTORY, [0.53], 1.40))
    assert [s.text for s in score_sentences(retrieved)][1] == QUALITY.split(". ")[1]
    close = _two_passages((QUALITY, [0.60, 0.50], 1.70), (HISTORY, [0.53], 1.69))
    assert [s.text for s in score_sentences(close)][1] == HISTORY



def test_a_passage_placed_behind_one_with_a_lower_score_gains_nothing_from_it() -> None:
    # A passage placed first on other grounds (what comes next in the guide) scores below the second one: the
    # second one's sentences get no bonus for it and compete on their own similarity.
    retrieved = _two_passages((QUALITY, [0.60, 0.50], 1.10), (HISTORY, [0.55], 1.70))
    sentences = score_sentences(retrieved)
    history = next(s for s in sentences if s.text == HISTORY)
    assert history.score == np.float32(0.55)
    assert [s.text for s in sentences][1] == HISTORY  # 0.55 beats the first passage's own 0.50


GLOSSARY_LINES = (
    "Allogeneic: Cells taken from someone else, like borrowing a compatible part from a donor.\n"
    "Autologous: Cells taken from the same person who will receive them, like using your own spare parts.\n"
    "Clinical Trials: Research studies in people that test new treatments to see if they're safe and effective."
)
PROCESS = "Doctors take cells from you (autologous) or a donor, sometimes modify them and put them back."


def test_a_glossary_definition_is_followed_by_the_term_in_context_not_by_the_next_entry() -> None:
    passages, candidates = [], {}
    for rank, (section, text, sims) in enumerate(
        (("Key words", GLOSSARY_LINES, [0.45, 0.80, 0.40]), ("How does it work?", PROCESS, [0.60])), start=1
    ):
        chunk = Chunk(f"c{rank}", "guide.txt", "Guide", section, rank, text, "v1")
        spans = sentence_spans(text)
        zeros = np.zeros(len(sims), dtype=np.float32)
        candidates[chunk.id] = Candidate(chunk, 0.5, 0.0, np.array(sims, dtype=np.float32), zeros, spans)
        passages.append(Passage(chunk, 2.0 - 0.01 * rank, 0.5, 0.0, rank))
    answer = compose(score_sentences(Retrieved(passages, candidates, [])), 4, 3).text
    assert answer == (
        "Autologous: Cells taken from the same person who will receive them, like using your own spare parts. [1] "
        "Doctors take cells from you (autologous) or a donor, sometimes modify them and put them back. [2]"
    )


CHALLENGES = (
    "It's essential for patients to be aware of potential challenges that may arise. "
    "These could include temporary setbacks, unexpected reactions, or the need for additional interventions."
)


def test_a_best_sentence_that_points_back_is_preceded_by_the_sentence_it_points_to() -> None:
    # "These could include ..." answers "what problems can come up?"; alone it doesn't say what "these" are.
    retrieved = _two_passages((CHALLENGES, [0.40, 0.70], 1.40), (OUTLOOK, [0.45], 1.30))
    answer = compose(score_sentences(retrieved), 4, 3).text
    assert answer.startswith(
        "It's essential for patients to be aware of potential challenges that may arise. [1] "
        "These could include temporary setbacks"
    )


def test_a_sentence_that_points_back_is_also_scored_together_with_the_one_before() -> None:
    from assistant.ask.retrieve import _continuing, _overlaps, _sentence_scores
    from assistant.seams import PassageVectors

    spans = sentence_spans(CHALLENGES)
    assert _continuing(CHALLENGES, spans) == [1]
    query = np.array([1.0, 0.0, 0.0], dtype=np.float32)
    first, second = np.array([0.8, 0.6, 0.0]), np.array([0.0, 0.6, 0.8])  # "challenges" / "these ..."
    vectors = PassageVectors(np.array([0.6, 0.8, 0.0], dtype=np.float32), np.stack([first, second]).astype(np.float32))
    sims = _sentence_scores(vectors, query, [1])
    assert sims[0] == np.float32(0.8)
    assert sims[1] == np.float32(0.8 / np.linalg.norm(first + second))  # the pair, not 0.0 alone
    weights = {"challenge": 2.0, "setback": 1.0}
    overlaps = _overlaps(CHALLENGES, spans, weights, 3.0, 2, [1])
    assert overlaps[0] == np.float32(2 / 3) and overlaps[1] == np.float32(1.0)  # the pair holds both words


def test_a_follow_ups_sentences_are_ordered_by_the_question_alone_and_keep_their_better_similarity() -> None:
    retrieved = _two_passages((QUALITY, [0.70, 0.50], 1.70), (HISTORY, [0.40], 1.40))
    cid = retrieved.passages[0].chunk.id
    # Read against the follow-up alone, the second sentence fits better (0.65 against 0.30).
    candidate = dataclasses.replace(retrieved.candidates[cid], asked=np.array([0.30, 0.65], dtype=np.float32))
    follow_up = dataclasses.replace(retrieved, candidates={**retrieved.candidates, cid: candidate})
    first, second = QUALITY.split(". ")
    assert score_sentences(follow_up)[0].text == second
    assert score_sentences(follow_up)[0].similarity == 0.5  # the evidence still reads the sentence's similarity
    assert score_sentences(follow_up, as_asked=False)[0].text == first + "."


def test_a_question_the_guide_asks_itself_is_answered_by_the_sentence_after_it() -> None:
    text = (
        "The dream of editing genes has been around for decades. So why is it taking off now? "
        "Better tools have made gene editing precise and cheap. Delivery has become safer too."
    )
    # The guide's question reads most like the patient's; the sentence after it is what answers.
    sentences = score_sentences(_retrieved(text, [0.5, 0.8, 0.4, 0.3]))
    assert all(not s.text.endswith("?") for s in sentences)
    best = sentences[0]
    assert best.text.startswith("Better tools") and best.similarity == np.float32(0.8)
    # Only the one sentence after it is lifted.
    assert next(s for s in sentences if s.text.startswith("Delivery")).similarity == np.float32(0.3)
