"""Retrieval on the MedQuAD benchmark: LangChain tutorial retriever, BM25 alone and ours, evidence and document hits.

    .venv/bin/python bench/medquad_retrieval.py [--limit N] [--ours-json EVAL.json] [--name medquad_retrieval]

(a) tutorial: RecursiveCharacterTextSplitter 1000/200 over each raw .txt, MiniLM, Chroma (cosine), top 5;
(b) BM25 alone (bm25s) over the same chunks with lowercase word tokens, top 5;
(c) ours: the assistant's own `ask` over the existing index (or a saved `python -m assistant eval --json`).
Each scored two ways: the evidence sentence inside a passage (hit@1/3/5, MRR) and a passage from the right
document (guide@1/5, guide MRR), to see which one the issue's "tutorial 69% @1 / 89% @5" was measured with.
Writes bench/results/<name>.json and prints a markdown table.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError, ConfigError
from assistant.evaluate import EvalQuestion, evidence_rank, guide_rank, load_questions

log = logging.getLogger("medquad_retrieval")

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "bench" / "out" / "medquad_1200"
TOP_K = 5
CHUNK_SIZE, CHUNK_OVERLAP = 1000, 200
EMBED_BATCH = 32  # one forward pass over every chunk would pad thousands of 256-token rows at once
_WORD = re.compile(r"[a-z0-9]+")

Passage = dict[str, str]
Ranks = list[tuple[int | None, int | None]]  # (evidence rank, right-guide rank) per question


def word_tokens(text: str) -> list[str]:
    """Lowercase runs of letters and digits: the plain tokenizer a BM25 tutorial would use."""
    return _WORD.findall(text.lower())


def tutorial_chunks(docs: Mapping[str, str]) -> list[Passage]:
    """Each document's raw text cut by RecursiveCharacterTextSplitter 1000/200, each chunk with its file name."""
    from langchain_text_splitters import RecursiveCharacterTextSplitter

    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    return [{"guide": name, "text": text} for name, raw in docs.items() for text in splitter.split_text(raw)]


def rank_pair(question: EvalQuestion, passages: Sequence[Mapping[str, Any]]) -> tuple[int | None, int | None]:
    """Where the evidence first appears, and where the right document first appears, among `passages`."""
    return evidence_rank(question.evidence, passages), guide_rank(question.guide, passages)


def scores(ranks: Ranks) -> dict[str, float | int]:
    """Evidence hit@1/3/5 and MRR, document hit@1/5 and MRR, over (evidence rank, guide rank) pairs."""
    n = len(ranks)
    if not n:
        return {"n": 0}

    def hit(values: list[int | None], k: int) -> float:
        return round(sum(r is not None and r <= k for r in values) / n, 4)

    def mrr(values: list[int | None]) -> float:
        return round(sum(1 / r for r in values if r) / n, 4)

    evidence, guide = [e for e, _ in ranks], [g for _, g in ranks]
    return {
        "n": n,
        "hit@1": hit(evidence, 1),
        "hit@3": hit(evidence, 3),
        "hit@5": hit(evidence, 5),
        "mrr": mrr(evidence),
        "guide@1": hit(guide, 1),
        "guide@5": hit(guide, 5),
        "guide_mrr": mrr(guide),
    }


def ranks_from_eval_json(report: Mapping[str, Any], questions: Sequence[EvalQuestion]) -> Ranks:
    """Pick each question's ranks from a saved `assistant eval --json` report, matched by question id."""
    rows = {row.get("id"): row for row in report.get("rows") or [] if isinstance(row, Mapping)}
    missing = [q.id for q in questions if q.id not in rows]
    if missing:
        raise ConfigError(
            f"the eval report has no row for {len(missing)} question(s), e.g. {missing[0]}",
            "run `python -m assistant eval QUESTIONS --json` on the same question file",
        )
    return [(rows[q.id].get("rank"), rows[q.id].get("guide_rank")) for q in questions]


def read_corpus(corpus: Path) -> dict[str, str]:
    docs = {path.name: path.read_text(encoding="utf-8") for path in sorted(corpus.glob("*.txt"))}
    if not docs:
        raise ConfigError(f"no .txt guides in {corpus}", "run bench/make_medquad_eval.py first")
    return docs


def query_text(question: EvalQuestion) -> str:
    return " ".join([t.content for t in question.history if t.role == "user"] + [question.question])


def tutorial(questions: Sequence[EvalQuestion], chunks: list[Passage], work: Path) -> Ranks:
    """MiniLM vectors of every chunk in a cosine Chroma collection; each question's top 5."""
    import chromadb
    import numpy as np

    from assistant.adapters.embedder import MiniLMEmbedder

    embedder = MiniLMEmbedder()
    texts = [c["text"] for c in chunks]
    vectors: list[np.ndarray] = []
    for start in range(0, len(texts), EMBED_BATCH):
        batch = texts[start : start + EMBED_BATCH]
        vectors += [v.vector for v in embedder.embed_passages(batch, [[] for _ in batch])]
        if start // EMBED_BATCH % 20 == 0:
            log.info("embedded %d/%d chunks", start + len(batch), len(texts))
    client = chromadb.PersistentClient(path=str(work / "tutorial"))
    col = client.get_or_create_collection("tutorial", metadata={"hnsw:space": "cosine"}, embedding_function=None)
    step = client.get_max_batch_size()
    for start in range(0, len(chunks), step):
        part = chunks[start : start + step]
        col.add(ids=[str(start + i) for i in range(len(part))], embeddings=vectors[start : start + step],
                documents=[c["text"] for c in part], metadatas=[{"guide": c["guide"]} for c in part])
    queries = embedder.embed_queries([query_text(q) for q in questions])
    got = col.query(query_embeddings=queries, n_results=TOP_K, include=["documents", "metadatas"])
    docs, metas = got["documents"] or [], got["metadatas"] or []
    return [
        rank_pair(q, [{"text": d, "guide": str(m["guide"])} for d, m in zip(ds, ms, strict=True)])
        for q, ds, ms in zip(questions, docs, metas, strict=True)
    ]


def bm25(questions: Sequence[EvalQuestion], chunks: list[Passage]) -> Ranks:
    """bm25s (its defaults: Lucene scoring, k1 1.5, b 0.75) over word tokens; only passages that score."""
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)
    index = bm25s.BM25()
    index.index([word_tokens(c["text"]) or ["\u2205"] for c in chunks], show_progress=False)
    found = index.retrieve([word_tokens(query_text(q)) or ["\u2205"] for q in questions], k=TOP_K,
                           show_progress=False)
    return [
        rank_pair(q, [chunks[int(i)] for i, s in zip(ids, ss, strict=True) if s > 0])
        for q, ids, ss in zip(questions, found.documents, found.scores, strict=True)
    ]


def ours(questions: Sequence[EvalQuestion], corpus: Path, data: Path) -> Ranks:
    """The assistant's own `ask` over the index already built in `data`."""
    from assistant.services import build_services
    from assistant.settings import Settings

    services = build_services(Settings(corpus_dir=corpus, data_dir=data))
    if services.library.is_stale():  # first run, or the corpus or the pipeline changed: bring the index up to date
        log.info("ours: ingesting %s into %s", corpus, data)
        services.library.ingest()
    ranks: Ranks = []
    for i, q in enumerate(questions, start=1):
        ranks.append(rank_pair(q, services.assistant.ask(q.question, q.history).as_json()["passages"]))
        if i % 200 == 0:
            log.info("ours: %d/%d questions", i, len(questions))
    return ranks


def timed(label: str, run: Callable[[], Ranks]) -> dict[str, Any]:
    started = time.perf_counter()
    ranks = run()
    seconds = round(time.perf_counter() - started, 1)
    log.info("%s: %.1f s", label, seconds)
    return {"retriever": label, "seconds": seconds, **scores(ranks)}


def markdown(rows: Sequence[Mapping[str, Any]]) -> str:
    cols = ("hit@1", "hit@3", "hit@5", "mrr", "guide@1", "guide@5", "guide_mrr")
    lines = ["| retriever | n | evidence @1 | @3 | @5 | MRR | right doc @1 | @5 | doc MRR | s |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        cells = " | ".join(f"{r[c]:.3f}" for c in cols)
        lines.append(f"| {r['retriever']} | {r['n']} | {cells} | {r['seconds']} |")
    return "\n".join(lines)


def run(args: argparse.Namespace) -> dict[str, Any]:
    questions = [q for q in load_questions(args.questions) if q.expect == "answer"]
    if args.limit:
        questions = questions[: args.limit]
    docs = read_corpus(args.corpus)
    chunks = tutorial_chunks(docs)
    log.info("%d questions, %d documents, %d tutorial chunks", len(questions), len(docs), len(chunks))
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        rows.append(timed("LangChain tutorial 1000/200, MiniLM + Chroma, top 5",
                          lambda: tutorial(questions, chunks, Path(tmp))))
    rows.append(timed("BM25 alone (bm25s) 1000/200, top 5", lambda: bm25(questions, chunks)))
    if args.ours_json:
        report = json.loads(args.ours_json.read_text(encoding="utf-8"))
        rows.append(timed(f"ours (from {args.ours_json.name})", lambda: ranks_from_eval_json(report, questions)))
    else:
        rows.append(timed("ours (assistant ask)", lambda: ours(questions, args.corpus, args.data)))
    return {
        "questions": str(args.questions),
        "corpus": str(args.corpus),
        "documents": len(docs),
        "tutorial_chunks": len(chunks),
        "limit": args.limit,
        "issue_claim": {"tutorial": {"@1": 0.69, "@5": 0.89}, "ours_target": {"@1": 0.80, "@5": 0.95}},
        "rows": rows,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--questions", type=Path, default=BENCH / "questions.jsonl")
    parser.add_argument("--corpus", type=Path, default=BENCH / "corpus")
    parser.add_argument("--data", type=Path, default=BENCH / "data", help="our index (ASSISTANT_DATA_DIR)")
    parser.add_argument("--ours-json", type=Path, help="a saved `python -m assistant eval --json` output")
    parser.add_argument("--limit", type=int, default=0, help="only the first N answerable questions")
    parser.add_argument("--name", default="medquad_retrieval", help="result file bench/results/<name>.json")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s", stream=sys.stderr)
    log.setLevel(logging.INFO)  # our progress, not a line per question from the assistant
    sys.path.insert(0, str(ROOT / "bench"))
    from harness import write_result  # also keeps every library offline

    started = time.perf_counter()
    try:
        out = run(args)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    out["seconds"] = round(time.perf_counter() - started, 1)
    write_result(args.name, out)
    print(markdown(out["rows"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
