"""bench/make_medquad_eval.py on a tiny MedQuAD-shaped file: guides, guides.toml and eval-format questions."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from assistant.evaluate import load_questions
from assistant.text import fold
from tests.support import load_bench_script


@pytest.fixture(scope="module")
def bench() -> ModuleType:
    return load_bench_script("make_medquad_eval")


def doc(doc_id: str, title: str, text: str) -> dict[str, Any]:
    return {
        "id": doc_id,
        "title": title,
        "source": "MedQuAD/GARD",
        "url": f"https://x.org/{doc_id}",
        "text": text,
    }


DOCS = [
    doc(
        "GARD_1_Sec1",
        "Moyamoya disease - Overview",
        "Moyamoya disease is a rare, progressive, blood vessel disease of the brain. It affects children.",
    ),
    doc(
        "GARD_2_Sec2",
        "Aplasia cutis congenita - Causes",
        "What causes aplasia cutis congenita? "
        "There is no one cause for all cases of aplasia cutis congenita. It is thought to be multifactorial.",
    ),
    doc(
        "CancerGov_3_Sec1",
        "Adult Acute Lymphoblastic Leukemia - Symptoms",
        "Key Points\n- Fever, feeling tired and easy bruising can be signs of adult ALL. - See a doctor.",
    ),
    doc(
        "GHR_4",
        "Short one - Overview",
        "Too short here. Then a long sentence that would do as evidence text.",
    ),
    doc(
        "GHR_5",
        "Twin A - Inheritance",
        "This condition is inherited in an autosomal recessive pattern today.",
    ),
    doc(
        "GHR_6",
        "Twin B - Inheritance",
        "This condition is inherited in an autosomal recessive pattern today.",
    ),
    doc(
        "MPlus_7",
        "Chagas - Treatment",
        "Summary : Chagas disease can be treated with antiparasitic drugs when found early. More text.",
    ),
    doc(
        "CDC_8",
        "Parasites - Babesiosis - Diagnosis / tests",
        "Babesiosis is usually diagnosed by blood smears.",
    ),
]


@pytest.fixture()
def docs_file(tmp_path: Path) -> Path:
    path = tmp_path / "medquad_docs.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in DOCS), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("title", "question"),
    [
        ("Adult Acute Lymphoblastic Leukemia - Overview", "What is Adult Acute Lymphoblastic Leukemia?"),
        ("Hemophilia - Symptoms", "What are the symptoms of Hemophilia?"),
        ("hypophosphatasia - Inheritance", "Is hypophosphatasia inherited?"),
        ("IgA Nephropathy - Diagnosis / tests", "How is IgA Nephropathy diagnosed?"),
        ("Parasites - Babesiosis - Diagnosis / tests", "How is Babesiosis diagnosed?"),
        ("A title without a suffix", "What should I know about A title without a suffix?"),
    ],
)
def test_question_is_made_from_the_title_suffix(bench: ModuleType, title: str, question: str) -> None:
    assert bench.question_for(title) == question


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("What causes X? There is no one cause for X at all. More.", "There is no one cause for X at all."),
        (
            "Key Points\n- X is a cancer of the blood and marrow. - Y.",
            "X is a cancer of the blood and marrow.",
        ),
        (
            "Summary : Sneezing and coughing are common cold signs. More.",
            "Sneezing and coughing are common cold signs.",
        ),
        (
            "Inguinal hernias can cause the following complications:\n- Pain.",
            "Inguinal hernias can cause the following complications:",
        ),
    ],
)
def test_first_sentence_skips_restated_questions_headings_and_labels(
    bench: ModuleType, text: str, first: str
) -> None:
    assert bench.first_sentence(text) == first


def test_builds_guides_metadata_and_questions_whose_evidence_is_in_the_guide(
    bench: ModuleType, docs_file: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "out" / "corpus"
    assert bench.main(["--docs", str(docs_file), "--n", "10", "--out", str(corpus)]) == 0

    questions = load_questions(tmp_path / "out" / "questions.jsonl")
    by_guide = {q.guide: q for q in questions}
    # GHR_4: first sentence under 40 characters; GHR_5/6: the same first sentence (ambiguous).
    assert set(by_guide) == {
        "GARD_1_Sec1.txt",
        "GARD_2_Sec2.txt",
        "CancerGov_3_Sec1.txt",
        "MPlus_7.txt",
        "CDC_8.txt",
    }
    assert {p.name for p in corpus.glob("*.txt")} == set(by_guide)
    for q in questions:
        assert (q.expect, q.kind, q.history) == ("answer", "fact", ())
        text = (corpus / str(q.guide)).read_text(encoding="utf-8")
        title = text.splitlines()[0]
        assert title == next(d["title"] for d in DOCS if f"{d['id']}.txt" == q.guide)
        assert fold(q.evidence[0]) in fold(text.split("\n", 1)[1])
    assert by_guide["GARD_2_Sec2.txt"].question == "What causes Aplasia cutis congenita?"
    assert by_guide["GARD_2_Sec2.txt"].evidence == (
        "There is no one cause for all cases of aplasia cutis congenita.",
    )

    meta = tomllib.loads((corpus / "guides.toml").read_text(encoding="utf-8"))
    assert meta["GARD_1_Sec1.txt"] == {
        "title": "Moyamoya disease - Overview",
        "source": "MedQuAD/NIH GARD (CC BY 4.0)",
        "url": "https://x.org/GARD_1_Sec1",
    }


def test_the_pick_is_deterministic_and_a_rerun_leaves_no_stale_guides(
    bench: ModuleType, docs_file: Path, tmp_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    bench.main(["--docs", str(docs_file), "--n", "2", "--out", str(corpus)])
    first = (tmp_path / "questions.jsonl").read_text(encoding="utf-8")
    bench.main(["--docs", str(docs_file), "--n", "5", "--out", str(corpus)])
    bench.main(["--docs", str(docs_file), "--n", "2", "--out", str(corpus)])
    assert (tmp_path / "questions.jsonl").read_text(encoding="utf-8") == first
    assert len(list(corpus.glob("*.txt"))) == 2


def test_refuses_to_write_into_a_folder_it_did_not_make(
    bench: ModuleType, docs_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "my_guide.txt").write_text("keep me", encoding="utf-8")
    assert bench.main(["--docs", str(docs_file), "--out", str(corpus)]) == 1
    assert "not written by this script" in capsys.readouterr().err
    assert (corpus / "my_guide.txt").read_text(encoding="utf-8") == "keep me"


def test_a_missing_docs_file_is_a_one_line_error(
    bench: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert bench.main(["--docs", str(tmp_path / "absent.jsonl"), "--out", str(tmp_path / "c")]) == 1
    assert capsys.readouterr().err.startswith("error: cannot read")


def test_evidence_found_inside_another_picked_doc_is_skipped(bench: ModuleType) -> None:
    opening = "Hemophilia is a rare disorder in which blood does not clot normally."
    docs = [
        doc("A", "Hemophilia - Overview", opening + " It is usually inherited."),
        doc(
            "B", "Hemophilia - Symptoms", "Bleeding is the main sign of this disorder in children. " + opening
        ),
    ]
    picked, skipped = bench.select_docs(docs, 10)
    assert len(picked) == 1
    assert skipped["evidence found in another picked doc"] == 1
