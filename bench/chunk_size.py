"""Passage size by measurement: our chunker at several sizes vs the LangChain tutorial baseline (1000/200).

    .venv/bin/python bench/chunk_size.py [--sizes 300,450,700,1000] [--questions FILE ...]

Retrieval only (evidence rank among retrieved passages), on the shared dev set and tests/data/eval.
Writes bench/results/chunk_size.json and prints a markdown table for EVALUATION.md.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from assistant.cli import apply_offline_env  # noqa: E402

apply_offline_env()

from assistant.adapters.embedder import MiniLMEmbedder  # noqa: E402
from assistant.evaluate import EvalQuestion, evidence_rank, load_questions  # noqa: E402
from assistant.services import build_services  # noqa: E402
from assistant.settings import Settings  # noqa: E402

DEFAULT_QUESTIONS = [REPO.parent / "shared" / "eval" / "dev_questions.jsonl", REPO / "tests" / "data" / "eval" / "questions.jsonl"]


def _scores(ranks: list[int | None]) -> dict[str, float]:
    n = len(ranks) or 1
    return {
        "hit@1": sum(r == 1 for r in ranks) / n,
        "hit@3": sum(r is not None and r <= 3 for r in ranks) / n,
        "hit@5": sum(r is not None and r <= 5 for r in ranks) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
    }


def ours(size: int, questions: list[EvalQuestion], embedder: MiniLMEmbedder, work: Path) -> dict[str, object]:
    settings = Settings(corpus_dir=REPO / "corpus", data_dir=work / f"ours{size}", chunk_chars=size,
                        chunk_min_chars=min(200, size // 2))
    services = build_services(settings, embedder=embedder)
    services.library.ingest()
    ranks = []
    for q in questions:
        answer = services.assistant.ask(q.question, q.history).as_json()
        ranks.append(evidence_rank(q.evidence, answer["passages"]))
    return {"retriever": f"ours {size}", "passages": len(services.store.all_chunks()), **_scores(ranks)}


def baseline(questions: list[EvalQuestion], embedder: MiniLMEmbedder, work: Path) -> dict[str, object]:
    """The LangChain tutorial: RecursiveCharacterTextSplitter 1000/200 on raw files, MiniLM, Chroma, top 5."""
    import chromadb
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=1000, chunk_overlap=200)
    texts = [t for path in sorted((REPO / "corpus").glob("*.txt")) for t in splitter.split_text(path.read_text())]
    vectors = [v.vector.tolist() for v in embedder.embed_passages(texts, [[] for _ in texts])]
    client = chromadb.PersistentClient(path=str(work / "baseline"))
    col = client.get_or_create_collection("baseline", metadata={"hnsw:space": "cosine"}, embedding_function=None)
    col.add(ids=[str(i) for i in range(len(texts))], embeddings=vectors, documents=texts)
    ranks = []
    for q in questions:
        query = " ".join([t.content for t in q.history if t.role == "user"] + [q.question])
        got = col.query(query_embeddings=[embedder.embed_query(query).tolist()], n_results=5)
        ranks.append(evidence_rank(q.evidence, [{"text": d} for d in got["documents"][0]]))
    return {"retriever": "LangChain tutorial 1000/200, dense top 5", "passages": len(texts), **_scores(ranks)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="300,450,700,1000")
    parser.add_argument("--questions", nargs="*", type=Path, default=[p for p in DEFAULT_QUESTIONS if p.exists()])
    args = parser.parse_args(argv)
    questions = [q for path in args.questions for q in load_questions(path) if q.expect == "answer"]
    embedder = MiniLMEmbedder()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        rows = [baseline(questions, embedder, Path(tmp))]
        rows += [ours(int(s), questions, embedder, Path(tmp)) for s in args.sizes.split(",")]
    out = {"questions": [str(p.relative_to(REPO.parent)) for p in args.questions], "answerable": len(questions),
           "seconds": round(time.perf_counter() - started, 1), "rows": rows}
    target = REPO / "bench" / "results" / "chunk_size.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(out, indent=2))
    print("| retriever | passages | hit@1 | hit@3 | hit@5 | MRR |\n|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['retriever']} | {r['passages']} | {r['hit@1']:.2f} | {r['hit@3']:.2f} | {r['hit@5']:.2f} | {r['mrr']:.2f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
