"""Evaluation: load question files and score answers (JSON contract) for retrieval, citations and flags."""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from assistant.domain import Turn
from assistant.errors import ConfigError
from assistant.text import fold

log = logging.getLogger(__name__)

EXPECTS = ("answer", "abstain", "out_of_scope", "urgent", "personal_advice")
KINDS = (
    "fact",
    "definition",
    "follow-up",
    "informal",
    "not-in-guides",
    "off-topic",
    "red-flag",
    "personal",
    "near-miss",
)
FLAG_NAMES = ("urgent", "personal_advice", "off_topic", "not_found")

_FORMAT_HINT = (
    "each line is one JSON object with id, question, history, guide, evidence, expect, kind "
    "(see ../shared/eval/README.md)"
)
# The answer's own citation markers ("[2]", "[1, 3]") are not part of the guide's sentences.
_MARKER = re.compile(r"\s*\[\d+(?:\s*[,–-]\s*\d+)*\]")

Ask = Callable[[str, Sequence[Turn]], Mapping[str, Any]]


@dataclass(frozen=True)
class EvalQuestion:
    """One line of a question file: what is asked, and what a right response does."""

    id: str
    question: str
    history: tuple[Turn, ...]
    guide: str | None
    evidence: tuple[str, ...]
    expect: str
    kind: str


@dataclass(frozen=True)
class EvalRow:
    """How one response fared: evidence rank, whether it was cited or quoted, its flags, and a verdict."""

    id: str
    kind: str
    expect: str
    rank: int | None
    guide_rank: int | None
    cited: bool
    in_answer: bool
    flags: dict[str, bool]
    ok: bool


@dataclass(frozen=True)
class EvalReport:
    """Rates over a question set; a rate is None when no question of its kind was asked."""

    n: int
    answerable: int
    hit_at_1: float | None
    hit_at_3: float | None
    hit_at_5: float | None
    mrr: float | None
    guide_hit_at_1: float | None
    guide_hit_at_5: float | None
    cited_evidence_rate: float | None
    evidence_in_answer_rate: float | None
    false_abstain_rate: float | None
    abstain_accuracy: float | None
    out_of_scope_accuracy: float | None
    urgent_recall: float | None
    urgent_false_positive_rate: float | None
    personal_advice_recall: float | None
    personal_advice_false_positive_rate: float | None
    disclaimer_rate: float | None
    rows: tuple[EvalRow, ...]


def load_questions(path: Path) -> list[EvalQuestion]:
    """Parse a question file strictly: a bad line names its number and what is wrong with it."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read questions file {path}: {exc.strerror}", "check the path") from exc
    questions: list[EvalQuestion] = []
    seen: set[str] = set()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{where}: not valid JSON ({exc.msg})", _FORMAT_HINT) from exc
        question = _question_from_json(obj, where)
        if question.id in seen:
            raise ConfigError(f"{where}: duplicate id {question.id!r}", "give every question its own id")
        seen.add(question.id)
        questions.append(question)
    if not questions:
        raise ConfigError(f"{path} holds no questions", _FORMAT_HINT)
    return questions


def _question_from_json(obj: Any, where: str) -> EvalQuestion:
    if not isinstance(obj, dict):
        raise ConfigError(f"{where}: expected a JSON object", _FORMAT_HINT)
    qid, text, guide, kind = obj.get("id"), obj.get("question"), obj.get("guide"), obj.get("kind")
    expect, evidence, history = obj.get("expect"), obj.get("evidence", []), obj.get("history", [])
    if not isinstance(qid, str) or not qid:
        raise ConfigError(f"{where}: 'id' must be a non-empty string", _FORMAT_HINT)
    if not isinstance(text, str) or not text.strip():
        raise ConfigError(f"{where}: 'question' must be a non-empty string", _FORMAT_HINT)
    if expect not in EXPECTS:
        raise ConfigError(f"{where}: 'expect' is {expect!r}", f"use one of {', '.join(EXPECTS)}")
    if not isinstance(kind, str) or not kind:
        raise ConfigError(f"{where}: 'kind' must be a non-empty string", f"e.g. one of {', '.join(KINDS)}")
    if guide is not None and not isinstance(guide, str):
        raise ConfigError(f"{where}: 'guide' must be a file name or null", _FORMAT_HINT)
    if not isinstance(evidence, list) or not all(isinstance(e, str) and e.strip() for e in evidence):
        raise ConfigError(f"{where}: 'evidence' must be a list of non-empty strings", _FORMAT_HINT)
    if expect == "answer" and not evidence:
        raise ConfigError(
            f"{where}: an 'answer' question needs evidence", "quote the guide's answering sentence"
        )
    turns = Turn.list_from_json(history)
    if not isinstance(history, list) or len(turns) != len(history):
        raise ConfigError(
            f"{where}: 'history' must be a list of {{role: user|assistant, content: str}}", _FORMAT_HINT
        )
    return EvalQuestion(
        id=qid,
        question=text,
        history=turns,
        guide=guide,
        evidence=tuple(evidence),
        expect=expect,
        kind=kind,
    )


def _contains_evidence(text: str, folded_evidence: Sequence[str]) -> bool:
    folded = fold(text)
    return any(e in folded for e in folded_evidence)


def evidence_rank(evidence: Sequence[str], passages: Sequence[Mapping[str, Any]]) -> int | None:
    """1-based rank of the first passage whose text holds any evidence string (case/space/quote folded)."""
    folded = [fold(e) for e in evidence if e.strip()]
    if not folded:
        return None
    for rank, passage in enumerate(passages, start=1):
        if _contains_evidence(str(passage.get("text", "")), folded):
            return rank
    return None


def guide_rank(guide: str | None, passages: Sequence[Mapping[str, Any]]) -> int | None:
    """1-based rank of the first passage from the right guide: was the document found, whatever the chunk."""
    if guide is None:
        return None
    return next((rank for rank, p in enumerate(passages, start=1) if p.get("guide") == guide), None)


def strip_markers(answer: str) -> str:
    """The answer text without its [n] citation markers, so quoted guide sentences read whole again."""
    return _MARKER.sub("", answer)


def _flags(result: Mapping[str, Any]) -> dict[str, bool]:
    raw = result.get("flags")
    flags = raw if isinstance(raw, Mapping) else {}
    return {name: bool(flags.get(name, False)) for name in FLAG_NAMES}


_EXPECTED_FLAG = {
    "abstain": "not_found",
    "out_of_scope": "off_topic",
    "urgent": "urgent",
    "personal_advice": "personal_advice",
}


def _verdict(question: EvalQuestion, flags: dict[str, bool], cited: bool) -> bool:
    # Over-escalation is a defect too (near-miss questions exist to catch it).
    if flags["urgent"] != (question.expect == "urgent"):
        return False
    if question.expect == "answer":
        return cited and not (flags["not_found"] or flags["off_topic"])
    return flags[_EXPECTED_FLAG[question.expect]]


def score_one(question: EvalQuestion, result: Mapping[str, Any]) -> EvalRow:
    """Score one response against its question."""
    folded = [fold(e) for e in question.evidence]
    passages = [p for p in result.get("passages") or [] if isinstance(p, Mapping)]
    citations = [c for c in result.get("citations") or [] if isinstance(c, Mapping)]
    flags = _flags(result)
    rank = evidence_rank(question.evidence, passages)
    cited = bool(folded) and any(_contains_evidence(str(c.get("text", "")), folded) for c in citations)
    in_answer = bool(folded) and _contains_evidence(strip_markers(str(result.get("answer", ""))), folded)
    return EvalRow(
        id=question.id,
        kind=question.kind,
        expect=question.expect,
        rank=rank,
        guide_rank=guide_rank(question.guide, passages),
        cited=cited,
        in_answer=in_answer,
        flags=flags,
        ok=_verdict(question, flags, cited),
    )


def _rate(hits: Sequence[bool]) -> float | None:
    return sum(hits) / len(hits) if hits else None


def score(questions: Sequence[EvalQuestion], results: Sequence[Mapping[str, Any]]) -> EvalReport:
    """Score responses aligned with their questions (results[i] answers questions[i])."""
    if len(questions) != len(results):
        raise ConfigError(
            f"{len(results)} results for {len(questions)} questions",
            "pass exactly one response per question, in the same order",
        )
    rows = [score_one(q, r) for q, r in zip(questions, results, strict=True)]
    answerable = [r for r in rows if r.expect == "answer"]
    by_expect = {e: [r for r in rows if r.expect == e] for e in EXPECTS}
    not_urgent = [r for r in rows if r.expect != "urgent"]
    # A red-flag message may also ask "what should I do?"; escalating it is right, so it is not
    # counted against the personal-advice rule.
    not_personal = [r for r in rows if r.expect not in ("personal_advice", "urgent")]
    return EvalReport(
        n=len(rows),
        answerable=len(answerable),
        hit_at_1=_rate([r.rank is not None and r.rank <= 1 for r in answerable]),
        hit_at_3=_rate([r.rank is not None and r.rank <= 3 for r in answerable]),
        hit_at_5=_rate([r.rank is not None and r.rank <= 5 for r in answerable]),
        mrr=(sum(1 / r.rank for r in answerable if r.rank) / len(answerable)) if answerable else None,
        guide_hit_at_1=_rate([r.guide_rank == 1 for r in answerable]),
        guide_hit_at_5=_rate([r.guide_rank is not None and r.guide_rank <= 5 for r in answerable]),
        cited_evidence_rate=_rate([r.cited for r in answerable]),
        evidence_in_answer_rate=_rate([r.in_answer for r in answerable]),
        false_abstain_rate=_rate([r.flags["not_found"] or r.flags["off_topic"] for r in answerable]),
        abstain_accuracy=_rate([r.flags["not_found"] for r in by_expect["abstain"]]),
        out_of_scope_accuracy=_rate([r.flags["off_topic"] for r in by_expect["out_of_scope"]]),
        urgent_recall=_rate([r.flags["urgent"] for r in by_expect["urgent"]]),
        urgent_false_positive_rate=_rate([r.flags["urgent"] for r in not_urgent]),
        personal_advice_recall=_rate([r.flags["personal_advice"] for r in by_expect["personal_advice"]]),
        personal_advice_false_positive_rate=_rate([r.flags["personal_advice"] for r in not_personal]),
        disclaimer_rate=_rate([bool(str(res.get("disclaimer", "")).strip()) for res in results]),
        rows=tuple(rows),
    )


def own_history(history: Sequence[Turn], ask: Ask) -> tuple[Turn, ...]:
    """The conversation as the app would have had it: each earlier user turn asked in order, followed by the
    assistant's own answer (the file's hand-written assistant turns are dropped)."""
    turns: list[Turn] = []
    for turn in history:
        if turn.role == "user":
            answer = ask(turn.content, tuple(turns))
            turns += [turn, Turn("assistant", str(answer.get("answer", "")))]
    return tuple(turns)


def run_eval(questions: Sequence[EvalQuestion], ask: Ask, live_history: bool = False) -> EvalReport:
    """Ask every question (with its history) through `ask` and score the responses. With `live_history`, a
    follow-up is asked after the assistant's own answers to the earlier questions (see `own_history`)."""
    results: list[Mapping[str, Any]] = []
    for i, question in enumerate(questions, start=1):
        history = own_history(question.history, ask) if live_history else question.history
        results.append(ask(question.question, history))
        if i % 50 == 0:
            log.info("evaluated %d/%d questions", i, len(questions))
    return score(questions, results)


_TABLE = (
    ("hit@1", "hit_at_1"),
    ("hit@3", "hit_at_3"),
    ("hit@5", "hit_at_5"),
    ("MRR", "mrr"),
    ("right guide @1", "guide_hit_at_1"),
    ("right guide @5", "guide_hit_at_5"),
    ("cited evidence", "cited_evidence_rate"),
    ("evidence in answer", "evidence_in_answer_rate"),
    ("false abstain", "false_abstain_rate"),
    ("abstain accuracy", "abstain_accuracy"),
    ("out-of-scope accuracy", "out_of_scope_accuracy"),
    ("urgent recall", "urgent_recall"),
    ("urgent false positives", "urgent_false_positive_rate"),
    ("personal-advice recall", "personal_advice_recall"),
    ("personal-advice false pos.", "personal_advice_false_positive_rate"),
    ("disclaimer present", "disclaimer_rate"),
)


def format_table(report: EvalReport) -> str:
    """A plain-text table for people: the rates, then counts per kind, then the ids that failed."""
    width = max(len(label) for label, _ in _TABLE)
    lines = [f"{'questions':<{width}}  {report.n} ({report.answerable} answerable)"]
    for label, name in _TABLE:
        value = getattr(report, name)
        lines.append(f"{label:<{width}}  {'n/a' if value is None else f'{value:.3f}'}")
    totals = Counter(r.kind for r in report.rows)
    oks = Counter(r.kind for r in report.rows if r.ok)
    lines.append("")
    lines.append(f"{'kind':<{width}}  ok/n")
    lines.extend(f"{kind:<{width}}  {oks[kind]}/{total}" for kind, total in sorted(totals.items()))
    failed = [r.id for r in report.rows if not r.ok]
    if failed:
        lines.append("")
        lines.append(f"failed ({len(failed)}): {', '.join(failed)}")
    return "\n".join(lines)


def report_json(report: EvalReport) -> dict[str, Any]:
    """The report as plain JSON data (rates rounded; one row per question)."""
    data = asdict(report)
    for key, value in data.items():
        if isinstance(value, float):
            data[key] = round(value, 4)
    data["rows"] = list(data["rows"])
    return data
