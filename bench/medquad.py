"""Benchmark corpora: N MedQuAD guides (NIH, CC BY 4.0) as .txt files, title line then text, under bench/out/."""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT.parent / "shared" / "bench" / "medquad_docs.jsonl"
OUT = ROOT / "bench" / "out"
MARKER = ".medquad-corpus"  # names the docs file and count, so an existing folder is reused only if it matches


def load_docs(path: Path = DOCS) -> list[dict[str, str]]:
    """Every document, in a fixed pseudo-random order (by hashed id): the first 100 are inside the first 1,000."""
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return sorted(docs, key=lambda d: hashlib.sha256(str(d["id"]).encode()).hexdigest())


def file_name(doc_id: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "_-." else "_" for ch in doc_id) + ".txt"


def guide_text(doc: dict[str, str]) -> str:
    return f"{doc['title'].strip()}\n\n{doc['text'].strip()}\n"


def build_corpus(n: int, target: Path | None = None, docs_path: Path = DOCS) -> Path:
    """Write the first n guides into target (default bench/out/medquad_<n>/corpus); reuse it if already built."""
    target = target if target is not None else OUT / f"medquad_{n}" / "corpus"
    stamp = f"{docs_path.name} {n}\n"
    marker = target / MARKER
    if marker.exists() and marker.read_text() == stamp:
        return target
    docs = load_docs(docs_path)
    if n > len(docs):
        raise SystemExit(f"error: {docs_path} has {len(docs)} documents, fewer than {n}")
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    for doc in docs[:n]:
        (target / file_name(doc["id"])).write_text(guide_text(doc), encoding="utf-8")
    marker.write_text(stamp)
    return target


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write N MedQuAD guides as .txt files for the benchmarks.")
    parser.add_argument("n", type=int, help="number of guides (at most 15,322)")
    parser.add_argument("--out", type=Path, help="target folder (default bench/out/medquad_<n>/corpus)")
    args = parser.parse_args(argv)
    print(build_corpus(args.n, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
