"""Decide from retrieval evidence whether the guides answer a question, don't cover it, or it is off topic."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import Enum

from assistant.ask.compose import Sentence
from assistant.ask.retrieve import Retrieved
from assistant.text import tokens

# Words that place a question in health care even when the guides don't cover it (not_found, not off_topic).
DOMAIN_TERMS = frozenset(
    tokens(
        """cell cells gene genes therapy therapies treatment treatments transplant transplantation car-t car
        cancer leukemia lymphoma myeloma tumor tumour doctor doctors nurse care team hospital clinic centre center
        symptom symptoms side effect effects medicine medicines medication medications drug drugs dose blood
        marrow stem immune immunity infection fever disease diseases health patient patients infusion clinical
        trial trials recovery follow-up chemotherapy chemo donor donors graft engraftment platelets vaccine
        vaccination insurance cost costs survival prognosis relapse remission cure cured genetic crispr til
        hemophilia sickle anemia syndrome cytokine neurotoxicity diagnosis sick illness pain fatigue tired
        caregiver surgery hair diet eat food exercise pregnant fertility pregnancy work school travel drive
        driving""".replace("-", " ")
    )
)


class Outcome(Enum):
    ANSWER = "answer"
    NOT_FOUND = "not_found"
    OFF_TOPIC = "off_topic"


@dataclass(frozen=True)
class Evidence:
    best_sentence: float
    best_dense: float
    coverage: float
    domain: bool


# Calibrated on tests/data/eval and the shared dev set (see EVALUATION.md).
ANSWER_SENTENCE = 0.55
SUPPORTED_SENTENCE = 0.40
SUPPORTED_COVERAGE = 0.60
OFF_TOPIC_DENSE = 0.30


def gather_evidence(
    retrieved: Retrieved, sentences: Sequence[Sentence], idf: Callable[[str], float], passages: int = 3
) -> Evidence:
    terms = set(retrieved.query_tokens)
    top = retrieved.passages[:passages]
    present = set().union(*(tokens(f"{p.chunk.section} {p.chunk.text}") for p in top)) if top else set()
    total = sum(idf(t) for t in terms)
    coverage = sum(idf(t) for t in terms & present) / total if total else 0.0
    return Evidence(
        best_sentence=sentences[0].similarity if sentences else 0.0,
        best_dense=max((p.dense for p in top), default=0.0),
        coverage=coverage,
        domain=bool(terms & DOMAIN_TERMS),
    )


def decide(evidence: Evidence) -> Outcome:
    if not evidence.domain and evidence.best_dense < OFF_TOPIC_DENSE and evidence.coverage < 0.5:
        return Outcome.OFF_TOPIC
    if evidence.best_sentence >= ANSWER_SENTENCE:
        return Outcome.ANSWER
    if evidence.best_sentence >= SUPPORTED_SENTENCE and evidence.coverage >= SUPPORTED_COVERAGE:
        return Outcome.ANSWER
    return Outcome.NOT_FOUND
