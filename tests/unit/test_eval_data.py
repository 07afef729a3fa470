"""The golden question files are well formed and every evidence string is really in its guide."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from assistant.evaluate import EXPECTS, KINDS, EvalQuestion, load_questions
from assistant.text import fold

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "corpus"
EVAL_DIR = ROOT / "tests" / "data" / "eval"
OURS = EVAL_DIR / "questions.jsonl"
DEV = ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"
FIELDS = {"id", "question", "history", "guide", "evidence", "expect", "kind"}
# Every question file in the folder (ours and each held-out set), then the shared dev set.
FILES = [
    *(pytest.param(path, id="ours" if path == OURS else path.stem) for path in sorted(EVAL_DIR.glob("*.jsonl"))),
    pytest.param(
        DEV, id="dev", marks=pytest.mark.skipif(not DEV.exists(), reason=f"{DEV} is not on this machine")
    ),
]


@pytest.fixture(scope="module")
def guide_texts() -> dict[str, str]:
    return {p.name: fold(p.read_text(encoding="utf-8")) for p in CORPUS.glob("*.txt")}


@pytest.mark.parametrize("path", FILES)
def test_every_line_is_an_object_with_exactly_the_contract_fields(path: Path) -> None:
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        obj = json.loads(line)
        assert set(obj) == FIELDS, f"line {number}: {sorted(set(obj) ^ FIELDS)}"


@pytest.mark.parametrize("path", FILES)
def test_expect_and_kind_take_allowed_values_and_ids_are_unique(path: Path) -> None:
    questions = load_questions(path)
    assert {q.expect for q in questions} <= set(EXPECTS)
    assert {q.kind for q in questions} <= set(KINDS)
    assert len({q.id for q in questions}) == len(questions)


@pytest.mark.parametrize("path", FILES)
def test_every_evidence_string_is_in_its_guide(path: Path, guide_texts: dict[str, str]) -> None:
    for q in load_questions(path):
        if q.guide is None:
            assert not q.evidence, f"{q.id}: evidence without a guide"
            continue
        assert q.guide in guide_texts, f"{q.id}: no guide file corpus/{q.guide}"
        assert q.evidence, f"{q.id}: a guide but no evidence"
        missing = [e for e in q.evidence if fold(e) not in guide_texts[q.guide]]
        assert not missing, f"{q.id}: not in {q.guide}: {missing}"


@pytest.mark.parametrize("path", FILES)
def test_only_answerable_questions_name_a_guide(path: Path) -> None:
    for q in load_questions(path):
        assert (q.guide is not None) == (q.expect == "answer"), q.id


def _ours() -> list[EvalQuestion]:
    return load_questions(OURS)


def test_our_set_covers_every_kind_in_the_planned_amounts() -> None:
    kinds = Counter(q.kind for q in _ours())
    answerable = sum(kinds[k] for k in ("fact", "definition", "follow-up", "informal"))
    assert len(_ours()) >= 90
    assert answerable >= 55
    assert kinds["not-in-guides"] >= 15
    assert kinds["off-topic"] >= 8
    assert min(kinds["red-flag"], kinds["personal"], kinds["near-miss"]) >= 6
    assert kinds["follow-up"] >= 6 and kinds["informal"] >= 6 and kinds["definition"] >= 6


def test_our_set_draws_on_all_four_guides() -> None:
    used = Counter(q.guide for q in _ours() if q.guide)
    assert set(used) == {p.name for p in CORPUS.glob("*.txt")}
    assert min(used.values()) >= 10


def test_follow_ups_carry_an_earlier_user_turn() -> None:
    for q in _ours():
        if q.kind == "follow-up":
            assert any(t.role == "user" for t in q.history), q.id


def test_evidence_is_short_enough_to_be_one_sentence() -> None:
    for q in _ours():
        for e in q.evidence:
            assert len(e) <= 200, f"{q.id}: {e[:40]}..."


def test_near_miss_questions_are_either_answered_from_a_guide_or_abstained() -> None:
    near = [q for q in _ours() if q.kind == "near-miss"]
    assert {q.expect for q in near} == {"answer", "abstain"}


def test_no_dev_question_is_copied_into_our_set() -> None:
    if not DEV.exists():
        pytest.skip(f"{DEV} is not on this machine")
    dev = {fold(q.question) for q in load_questions(DEV)}
    assert not [q.id for q in _ours() if fold(q.question) in dev]
