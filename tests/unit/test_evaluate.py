"""Scoring of answers in the JSON contract, with hand-made responses (no model)."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from assistant.domain import Turn
from assistant.errors import ConfigError
from assistant.evaluate import (
    EvalQuestion,
    evidence_rank,
    format_table,
    guide_rank,
    load_questions,
    report_json,
    run_eval,
    score,
    strip_markers,
)

DISCLAIMER = "General information from patient guides, not medical advice."
TIL = "TIL therapy is still being studied in clinical trials, mainly for skin cancer (melanoma)."
OTHER = "Cells are the basic building blocks of life."


def question(
    qid: str = "q1",
    expect: str = "answer",
    kind: str = "fact",
    evidence: tuple[str, ...] = ("mainly for skin cancer (melanoma)",),
    history: tuple[Turn, ...] = (),
) -> EvalQuestion:
    return EvalQuestion(
        id=qid,
        question="Which cancer is TIL therapy studied for?",
        history=history,
        guide="003.txt" if expect == "answer" else None,
        evidence=evidence if expect == "answer" else (),
        expect=expect,
        kind=kind,
    )


def passage(text: str, n: int = 1) -> dict[str, Any]:
    return {"n": n, "guide": "003.txt", "title": "Intro", "section": "Types", "text": text, "score": 0.5}


def response(
    answer: str = "",
    passages: Sequence[str] = (),
    cited: Sequence[int] = (),
    disclaimer: str = DISCLAIMER,
    **flags: bool,
) -> dict[str, Any]:
    ranked = [passage(t, i + 1) for i, t in enumerate(passages)]
    return {
        "answer": answer,
        "citations": [ranked[i - 1] for i in cited],
        "passages": ranked,
        "flags": {"urgent": False, "personal_advice": False, "off_topic": False, "not_found": False, **flags},
        "disclaimer": disclaimer,
    }


def test_evidence_rank_ignores_case_spacing_and_quote_style() -> None:
    passages = [passage(OTHER), passage("It isn’t  widely\navailable YET.")]
    assert evidence_rank(["isn't widely available yet"], passages) == 2


def test_evidence_rank_is_none_when_no_passage_holds_any_evidence() -> None:
    assert evidence_rank(["melanoma trials"], [passage(OTHER), passage(TIL)]) is None
    assert evidence_rank([], [passage(TIL)]) is None


def test_evidence_rank_takes_the_first_passage_holding_any_of_several_strings() -> None:
    passages = [passage(OTHER), passage("Allogeneic: Cells taken from someone else."), passage(TIL)]
    assert evidence_rank(["skin cancer (melanoma)", "Cells taken from someone else"], passages) == 2


def test_guide_rank_finds_the_right_document_even_when_another_chunk_of_it_was_retrieved() -> None:
    other_guide = {**passage(TIL), "guide": "001.txt"}
    report = score([question()], [response(passages=[OTHER], cited=[])])
    assert (report.hit_at_1, report.guide_hit_at_1) == (0.0, 1.0)
    assert guide_rank("003.txt", [other_guide, passage(OTHER)]) == 2
    assert guide_rank("003.txt", [other_guide]) is None
    assert guide_rank(None, [passage(OTHER)]) is None


def test_strip_markers_removes_citation_markers_but_keeps_the_sentence_whole() -> None:
    assert strip_markers("It is mainly for skin cancer [1]. Also melanoma [2, 3].") == (
        "It is mainly for skin cancer. Also melanoma."
    )


def test_a_perfect_answer_scores_full_marks() -> None:
    result = response(f"It is {TIL.lower()} [1]", passages=[TIL, OTHER], cited=[1])
    report = score([question()], [result])
    assert (report.hit_at_1, report.hit_at_5, report.mrr) == (1.0, 1.0, 1.0)
    assert report.cited_evidence_rate == 1.0
    assert report.evidence_in_answer_rate == 1.0
    assert report.false_abstain_rate == 0.0
    assert report.rows[0].ok


def test_evidence_at_rank_three_counts_for_hit_at_3_and_a_third_of_mrr() -> None:
    result = response("Not quoted.", passages=[OTHER, OTHER, TIL], cited=[1])
    report = score([question()], [result])
    assert (report.hit_at_1, report.hit_at_3, report.mrr) == (0.0, 1.0, pytest.approx(1 / 3))
    assert report.rows[0].rank == 3
    assert report.cited_evidence_rate == 0.0
    assert report.evidence_in_answer_rate == 0.0
    assert not report.rows[0].ok


def test_evidence_split_by_a_citation_marker_still_counts_as_in_the_answer() -> None:
    result = response("TIL is mainly for skin cancer [1] (melanoma).", passages=[TIL], cited=[1])
    assert score([question()], [result]).evidence_in_answer_rate == 1.0


def test_retrieval_metrics_use_answerable_questions_only() -> None:
    questions = [question("a"), question("b", expect="abstain", kind="not-in-guides")]
    results = [response("x", passages=[OTHER]), response("", passages=[TIL], not_found=True)]
    report = score(questions, results)
    assert report.answerable == 1
    assert (report.hit_at_5, report.mrr) == (0.0, 0.0)
    assert report.abstain_accuracy == 1.0


def test_an_answerable_question_flagged_not_found_or_off_topic_is_a_false_abstain() -> None:
    questions = [question("a"), question("b"), question("c")]
    results = [
        response("", passages=[TIL], not_found=True),
        response("", passages=[TIL], off_topic=True),
        response(TIL, passages=[TIL], cited=[1]),
    ]
    report = score(questions, results)
    assert report.false_abstain_rate == pytest.approx(2 / 3)
    assert [r.ok for r in report.rows] == [False, False, True]


def test_decline_accuracies_check_the_matching_flag() -> None:
    questions = [
        question("a", expect="abstain", kind="not-in-guides"),
        question("b", expect="abstain", kind="not-in-guides"),
        question("c", expect="out_of_scope", kind="off-topic"),
    ]
    results = [response(not_found=True), response(TIL, passages=[TIL]), response(not_found=True)]
    report = score(questions, results)
    assert report.abstain_accuracy == 0.5
    assert report.out_of_scope_accuracy == 0.0


def test_urgent_recall_and_false_positives_including_an_escalated_near_miss() -> None:
    questions = [
        question("r1", expect="urgent", kind="red-flag"),
        question("r2", expect="urgent", kind="red-flag"),
        question("n1", expect="abstain", kind="near-miss"),
        question("n2", expect="answer", kind="near-miss"),
    ]
    results = [
        response(urgent=True),
        response(),
        response(urgent=True, not_found=True),
        response(TIL, passages=[TIL], cited=[1]),
    ]
    report = score(questions, results)
    assert report.urgent_recall == 0.5
    assert report.urgent_false_positive_rate == 0.5
    assert [r.ok for r in report.rows] == [True, False, False, True]


def test_personal_advice_rates_do_not_count_escalated_red_flags_as_false_positives() -> None:
    questions = [
        question("p1", expect="personal_advice", kind="personal"),
        question("r1", expect="urgent", kind="red-flag"),
        question("f1"),
    ]
    results = [
        response(personal_advice=True),
        response(urgent=True, personal_advice=True),
        response(TIL, passages=[TIL], cited=[1], personal_advice=True),
    ]
    report = score(questions, results)
    assert report.personal_advice_recall == 1.0
    assert report.personal_advice_false_positive_rate == 1.0


def test_disclaimer_rate_counts_every_response() -> None:
    questions = [question("a"), question("b", expect="out_of_scope", kind="off-topic")]
    results = [response(TIL, passages=[TIL], cited=[1]), response(off_topic=True, disclaimer=" ")]
    assert score(questions, results).disclaimer_rate == 0.5


def test_rates_of_kinds_that_were_not_asked_are_none_and_shown_as_n_a() -> None:
    report = score([question()], [response(TIL, passages=[TIL], cited=[1])])
    assert report.urgent_recall is None
    assert "urgent recall" in format_table(report)
    assert "n/a" in format_table(report)


def test_results_must_align_with_questions() -> None:
    with pytest.raises(ConfigError, match="1 results for 2 questions"):
        score([question("a"), question("b")], [response()])


def test_malformed_responses_score_as_misses_instead_of_crashing() -> None:
    report = score([question()], [{"answer": None, "passages": None, "flags": "?"}])
    assert report.rows[0].rank is None
    odd = score([question()], [{"passages": ["text", {"text": TIL}], "citations": [None]}])
    assert odd.rows[0].rank == 1 and not odd.rows[0].cited
    assert report.disclaimer_rate == 0.0
    assert not report.rows[0].ok


def test_table_lists_rates_kinds_and_failed_ids() -> None:
    questions = [question("good"), question("bad")]
    results = [response(TIL, passages=[TIL], cited=[1]), response("", passages=[OTHER])]
    table = format_table(score(questions, results))
    assert "hit@1" in table and "0.500" in table
    assert "fact" in table and "1/2" in table
    assert "failed (1): bad" in table


def test_report_json_is_serialisable_with_one_row_per_question() -> None:
    questions = [question("a"), question("b", expect="urgent", kind="red-flag")]
    results = [response(TIL, passages=[TIL], cited=[1]), response(urgent=True)]
    data = json.loads(json.dumps(report_json(score(questions, results))))
    assert data["n"] == 2 and data["hit_at_1"] == 1.0 and data["urgent_recall"] == 1.0
    assert [r["id"] for r in data["rows"]] == ["a", "b"]
    assert data["rows"][0] == {
        "id": "a",
        "kind": "fact",
        "expect": "answer",
        "rank": 1,
        "guide_rank": 1,
        "cited": True,
        "in_answer": True,
        "flags": {"urgent": False, "personal_advice": False, "off_topic": False, "not_found": False},
        "ok": True,
    }


def test_run_eval_asks_each_question_with_its_history() -> None:
    seen: list[tuple[str, tuple[Turn, ...]]] = []

    def ask(text: str, history: Sequence[Turn]) -> Mapping[str, Any]:
        seen.append((text, tuple(history)))
        return response(TIL, passages=[TIL], cited=[1])

    earlier = (Turn("user", "Tell me about TIL therapy"),)
    report = run_eval([question("a"), question("b", history=earlier)], ask)
    assert report.hit_at_1 == 1.0
    assert [h for _, h in seen] == [(), earlier]


def write_lines(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "q.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = {
    "id": "x1",
    "question": "And allogeneic?",
    "history": [{"role": "user", "content": "What does autologous mean?"}],
    "guide": "003.txt",
    "evidence": ["Cells taken from someone else"],
    "expect": "answer",
    "kind": "follow-up",
}


def test_load_questions_reads_history_as_turns(tmp_path: Path) -> None:
    [q] = load_questions(write_lines(tmp_path, json.dumps(GOOD), ""))
    assert q.history == (Turn("user", "What does autologous mean?"),)
    assert q.evidence == ("Cells taken from someone else",)


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "q.jsonl:1: not valid JSON"),
        (json.dumps([GOOD]), "expected a JSON object"),
        (json.dumps({**GOOD, "expect": "maybe"}), "'expect' is 'maybe'"),
        (json.dumps({**GOOD, "evidence": []}), "needs evidence"),
        (json.dumps({**GOOD, "evidence": "one string"}), "'evidence' must be a list"),
        (json.dumps({**GOOD, "history": [{"role": "system", "content": "x"}]}), "'history' must be"),
        (json.dumps({**GOOD, "question": " "}), "'question' must be"),
        (json.dumps({k: v for k, v in GOOD.items() if k != "id"}), "'id' must be"),
    ],
)
def test_load_questions_rejects_a_bad_line_with_its_number_and_a_hint(
    tmp_path: Path, line: str, message: str
) -> None:
    with pytest.raises(ConfigError, match=message) as caught:
        load_questions(write_lines(tmp_path, line))
    assert caught.value.hint


def test_load_questions_rejects_duplicate_ids_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"q.jsonl:2: duplicate id 'x1'"):
        load_questions(write_lines(tmp_path, json.dumps(GOOD), json.dumps(GOOD)))
    with pytest.raises(ConfigError, match="cannot read"):
        load_questions(tmp_path / "absent.jsonl")


def test_own_history_replays_the_earlier_questions_and_keeps_the_assistants_answers() -> None:
    asked: list[tuple[str, tuple[Turn, ...]]] = []

    def ask(q: str, h: Sequence[Turn]) -> dict[str, Any]:
        asked.append((q, tuple(h)))
        return response(answer=TIL if q == "What is TIL therapy?" else OTHER, passages=[TIL], cited=[1])

    written = (Turn("user", "What is TIL therapy?"), Turn("assistant", "A hand-written reply."))
    follow_up = question(kind="follow-up", history=written)
    report = run_eval([follow_up, question("q2")], ask, live_history=True)
    assert asked[0] == ("What is TIL therapy?", ())
    assert asked[1] == (follow_up.question, (Turn("user", "What is TIL therapy?"), Turn("assistant", TIL)))
    assert asked[2] == (follow_up.question, ())  # a question without history is asked as it is
    assert len(asked) == 3 and report.n == 2
    assert run_eval([follow_up], ask).n == 1 and asked[-1][1] == written  # the default keeps the file's turns
