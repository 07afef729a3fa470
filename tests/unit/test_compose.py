"""The extractive composer on hand-made retrieval results: which of a passage's sentences make the answer."""

from __future__ import annotations

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
