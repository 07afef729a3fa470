"""Ingest benchmark: first ingest and unchanged re-ingest against the raw MiniLM encode of the same passages."""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from harness import (
    PYTHON,
    ROOT,
    child_env,
    corpus_for,
    fresh_dir,
    index_for,
    label,
    sizes_arg,
    write_result,
)

from assistant.domain import Chunk
from assistant.ingest.pipeline import embed_chunks
from assistant.seams import Embedder


class TimedStore:
    """The real store, with the seconds spent in each of its methods added up (where ingest time goes)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self.inner, name)
        if not callable(attr):
            return attr

        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return attr(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - started
                self.calls[name] = self.calls.get(name, 0) + 1

        return timed


def load_model(threads: int) -> tuple[Any, dict[str, float]]:
    """The model, with import and load timed apart (a real first ingest pays both once per process)."""
    started = time.perf_counter()
    import sentence_transformers  # noqa: F401

    imported = time.perf_counter()
    from assistant.adapters.embedder import MiniLMEmbedder

    model = MiniLMEmbedder(threads)
    loaded = time.perf_counter()
    model.embed_passages(["warm-up passage"] * 8, [[] for _ in range(8)])
    return model, {"import_s": round(imported - started, 2), "load_s": round(loaded - imported, 2)}


def raw_encode_seconds(embedder: Embedder, chunks: list[Chunk], batch: int) -> float:
    """The floor: embed_chunks over the same passages, sorted by length and batched like ingest, no store."""
    ordered = sorted(chunks, key=lambda c: len(c.embed_text))
    started = time.perf_counter()
    for i in range(0, len(ordered), batch):
        embed_chunks(embedder, ordered[i : i + batch])
    return time.perf_counter() - started


def sentence_transformers_seconds(embedder: Any, chunks: list[Chunk], batch: int) -> float:
    """Plain SentenceTransformer.encode on the same texts: the library's own number, for reference."""
    model = embedder._model
    started = time.perf_counter()
    model.encode([c.embed_text for c in chunks], batch_size=batch, show_progress_bar=False)
    return time.perf_counter() - started


def cli_ingest(corpus: Path, index: Path, threads: int) -> tuple[float, dict[str, Any]]:
    """`python ingest.py --json` as a maintainer runs it: wall seconds including imports and model load."""
    started = time.perf_counter()
    done = subprocess.run(
        [PYTHON, "ingest.py", "--json", "--corpus", str(corpus), "--index", str(index)],
        cwd=ROOT, env=child_env(embed_threads=str(threads), data_dir=str(index.parent)),
        capture_output=True, text=True, check=False,
    )
    wall = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(f"ingest.py failed ({done.returncode}): {done.stderr[-2000:]}")
    return wall, json.loads(done.stdout)


def bench_size(size: int, embedder: Any, args: argparse.Namespace) -> dict[str, Any]:
    from assistant.adapters.chroma_store import ChromaStore
    from assistant.services import build_services
    from assistant.settings import Settings

    corpus = corpus_for(size)
    repeats = args.repeats if args.repeats else (3 if size <= 100 else 1)
    ingest_times: list[float] = []
    raw_times: list[float] = []
    for attempt in range(repeats):
        # Each repeat: a first ingest into a fresh folder, then the raw encode of the same passages. The first
        # repeat meets shapes the model has not run yet; the median keeps one noisy second from deciding.
        # (A folder of its own each time: Chroma keeps one client per path in a process.)
        index = fresh_dir(index_for(size) if attempt == 0 else index_for(size).with_name(f"index-repeat{attempt}"))
        settings = Settings(corpus_dir=corpus, data_dir=index.parent, index_dir=index, embed_threads=args.threads)
        store = TimedStore(ChromaStore.embedded(index, settings.collection))
        services = build_services(settings, store=store, embedder=embedder)
        print(f"[{label(size)}] first ingest ({attempt + 1}/{repeats}) ...", file=sys.stderr)
        started = time.perf_counter()
        first = services.library.ingest()
        ingest_times.append(time.perf_counter() - started)
        chunks = services.store.all_chunks()
        assert len(chunks) == first.passages, (len(chunks), first.passages)
        sample = chunks
        if args.raw_sample and len(chunks) > args.raw_sample:
            sample = random.Random(7).sample(chunks, args.raw_sample)
        print(f"[{label(size)}] raw encode of {len(sample)} passages ...", file=sys.stderr)
        raw_times.append(raw_encode_seconds(embedder, sample, settings.embed_batch))
    first_s, raw_s = statistics.median(ingest_times), statistics.median(raw_times)
    store_s = {name: round(s, 2) for name, s in sorted(store.seconds.items())}
    store_calls = dict(sorted(store.calls.items()))
    started = time.perf_counter()
    again = services.library.ingest()
    unchanged_s = time.perf_counter() - started
    cli_unchanged_s, cli_summary = cli_ingest(corpus, index, args.threads)
    assert cli_summary["unchanged"] == first.added and cli_summary["passages"] == 0, cli_summary
    ingest_rate = first.passages / first_s
    raw_rate = len(sample) / raw_s
    row: dict[str, Any] = {
        "size": size,
        "label": label(size),
        "guides": first.added,
        "failed": first.failed,
        "passages": first.passages,
        "words_per_passage": round(sum(len(c.text.split()) for c in chunks) / max(len(chunks), 1), 1),
        "first_s": round(first_s, 2),
        "store_s": store_s,
        "store_calls": store_calls,
        "ingest_passages_per_s": round(ingest_rate, 1),
        "raw_encode_passages": len(sample),
        "raw_encode_s": round(raw_s, 2),
        "raw_passages_per_s": round(raw_rate, 1),
        "ratio": round(ingest_rate / raw_rate, 3),
        "repeats": repeats,
        "ratios": [
            round(first.passages * r / (i * len(sample)), 3)
            for i, r in zip(ingest_times, raw_times, strict=True)
        ],
        "unchanged_s": round(unchanged_s, 2),
        "unchanged_reported": again.unchanged,
        "cli_unchanged_s": round(cli_unchanged_s, 2),
    }
    if args.st_encode and len(sample) <= args.st_max:
        st_s = sentence_transformers_seconds(embedder, sample, settings.embed_batch)
        row["st_encode_passages_per_s"] = round(len(sample) / st_s, 1)
    print(f"[{label(size)}] {json.dumps(row)}", file=sys.stderr)
    return row


def bundled_cli(threads: int) -> dict[str, float]:
    """The bundled guides through `python ingest.py` in a fresh folder: first run, then unchanged re-run."""
    index = fresh_dir(index_for(0).parent / "cli-index")
    first_s, first = cli_ingest(corpus_for(0), index, threads)
    unchanged_s, _ = cli_ingest(corpus_for(0), index, threads)
    return {"cli_first_s": round(first_s, 2), "cli_unchanged_s": round(unchanged_s, 2), "passages": first["passages"]}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=sizes_arg, default=[100, 1000], help="MedQuAD guide counts (default 100,1000)")
    parser.add_argument("--no-bundled", action="store_true", help="skip the 4 bundled guides")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0 = all cores)")
    parser.add_argument("--raw-sample", type=int, default=0, help="raw encode on this many random passages (0 = all)")
    parser.add_argument("--st-encode", action="store_true", help="also time SentenceTransformer.encode")
    parser.add_argument("--st-max", type=int, default=5000, help="skip the ST reference above this many passages")
    parser.add_argument(
        "--repeats",
        type=int,
        default=0,
        help="ingest + raw encode this many times, medians kept (0 = 3 up to 100 guides, else 1)",
    )
    parser.add_argument("--name", default="ingest", help="result file bench/results/<name>.json")
    args = parser.parse_args(argv)
    embedder, model = load_model(args.threads)
    sizes = ([] if args.no_bundled else [0]) + args.sizes
    runs = [bench_size(size, embedder, args) for size in sizes]
    payload: dict[str, Any] = {"model": model, "threads": args.threads, "runs": runs}
    if not args.no_bundled:
        payload["bundled_cli"] = bundled_cli(args.threads)
    command = "python bench/ingest_bench.py " + " ".join(argv if argv is not None else sys.argv[1:])
    write_result(args.name, {"command": command.strip(), **payload})
    return 0


if __name__ == "__main__":
    sys.exit(main())
