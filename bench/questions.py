"""Question mixes for the latency benchmarks: the project's golden questions, plus MedQuAD-style ones."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from harness import ROOT

GOLDEN = ROOT / "tests" / "data" / "eval" / "questions.jsonl"
# How many of each kind of golden question go into the mix (about 40 in all).
MIX: dict[str, int] = {
    "fact": 10,
    "informal": 4,
    "definition": 3,
    "follow-up": 7,
    "not-in-guides": 6,
    "near-miss": 2,
    "off-topic": 4,
    "red-flag": 3,
    "personal": 3,
}


@dataclass(frozen=True)
class Question:
    kind: str
    question: str
    history: tuple[dict[str, str], ...] = ()

    @property
    def history_json(self) -> list[dict[str, str]]:
        return [dict(t) for t in self.history]


def golden_mix(path: Path = GOLDEN) -> list[Question]:
    """About 40 varied questions about the bundled guides: answerable, follow-ups, not covered, off-topic."""
    rows: list[dict[str, Any]] = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    picked: list[Question] = []
    taken: dict[str, int] = {}
    for row in rows:
        kind = str(row["kind"])
        if taken.get(kind, 0) < MIX.get(kind, 0):
            taken[kind] = taken.get(kind, 0) + 1
            picked.append(Question(kind, str(row["question"]), tuple(row.get("history") or ())))
    return picked


def medquad_mix(corpus: Path, n: int = 20) -> list[Question]:
    """Questions built from the titles of n guides in a MedQuAD corpus ("Acne - Treatment" -> about acne)."""
    questions: list[Question] = []
    for path in sorted(corpus.glob("*.txt"))[:n]:
        title = path.read_text(encoding="utf-8").split("\n", 1)[0].strip()
        subject, _, aspect = title.rpartition(" - ")
        text = f"What is known about the {aspect.lower()} of {subject}?" if subject else f"What is {title}?"
        questions.append(Question("medquad", text))
    return questions
