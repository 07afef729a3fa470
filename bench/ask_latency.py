"""Warm `ask` latency (p50/p95) by library size, on the embedded store and through a `chroma run` server."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlparse

from harness import (
    chroma_server,
    corpus_for,
    ensure_index,
    index_for,
    label,
    latency_stats,
    sizes_arg,
    write_result,
)
from questions import Question, golden_mix, medquad_mix

from assistant.domain import Turn
from assistant.settings import Settings

WARM_UP = 3


def time_questions(services: Any, questions: list[Question], rounds: int) -> dict[str, Any]:
    ask = services.assistant.ask
    for q in questions[:WARM_UP]:  # the first question builds the BM25 index
        ask(q.question, Turn.list_from_json(q.history_json))
    seconds: list[float] = []
    by_kind: dict[str, list[float]] = {}
    cited = 0
    for _ in range(rounds):
        for q in questions:
            history = Turn.list_from_json(q.history_json)
            started = time.perf_counter()
            answer = ask(q.question, history)
            took = time.perf_counter() - started
            seconds.append(took)
            by_kind.setdefault(q.kind, []).append(took)
            cited += bool(answer.citations)
    return {
        **latency_stats(seconds),
        "cited_share": round(cited / len(seconds), 2),
        "by_kind": {kind: latency_stats(values) for kind, values in sorted(by_kind.items())},
    }


def measure(size: int, embedder: Any, rounds: int, server: bool, ingest: bool = True) -> list[dict[str, Any]]:
    from assistant.services import build_services

    if ingest:
        corpus, index = ensure_index(size, embedder)
    else:  # the index as it stands: what a question costs does not depend on how old its pipeline is
        corpus, index = corpus_for(size), index_for(size)
        if not (index / "chroma.sqlite3").exists():
            raise SystemExit(f"no index at {index}: run without --no-ingest first")
    questions = golden_mix() + ([] if size == 0 else medquad_mix(corpus))
    rows = []
    base = {"size": size, "label": label(size), "questions": len(questions), "rounds": rounds}
    settings = Settings(corpus_dir=corpus, data_dir=index.parent, index_dir=index)
    services = build_services(settings, embedder=embedder)
    rows.append({**base, "store": "embedded", **time_questions(services, questions, rounds)})
    print(f"[{label(size)}] embedded: {rows[-1]['p50_ms']} / {rows[-1]['p95_ms']} ms", file=sys.stderr)
    if server:
        with chroma_server(index) as served:
            where = urlparse(served.url)
            remote = settings.model_copy(update={"chroma_host": where.hostname, "chroma_port": where.port})
            services = build_services(remote, embedder=embedder)
            rows.append({**base, "store": "server", **time_questions(services, questions, rounds)})
        print(f"[{label(size)}] server: {rows[-1]['p50_ms']} / {rows[-1]['p95_ms']} ms", file=sys.stderr)
    return rows


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=sizes_arg, default=[100, 1000], help="MedQuAD guide counts (default 100,1000)")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the question mix")
    parser.add_argument("--no-server", action="store_true", help="skip the `chroma run` server runs")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0 = all cores)")
    parser.add_argument("--no-bundled", action="store_true", help="skip the 4 bundled guides")
    parser.add_argument("--name", default="ask_latency", help="result file bench/results/<name>.json")
    parser.add_argument(
        "--no-ingest", action="store_true", help="measure the existing index as it is (no re-ingest, e.g. at 15k)"
    )
    args = parser.parse_args(argv)
    from assistant.adapters.embedder import MiniLMEmbedder

    embedder = MiniLMEmbedder(args.threads)
    runs: list[dict[str, Any]] = []
    for size in ([] if args.no_bundled else [0]) + args.sizes:
        runs.extend(measure(size, embedder, args.rounds, not args.no_server, ingest=not args.no_ingest))
    command = "python bench/ask_latency.py " + " ".join(argv if argv is not None else sys.argv[1:])
    write_result(args.name, {"command": command.strip(), "threads": args.threads, "runs": runs})
    return 0


if __name__ == "__main__":
    sys.exit(main())

