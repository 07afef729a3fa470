"""`make bench`: every benchmark with its quick defaults (each in its own process), then the report."""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Sequence

from harness import PYTHON, ROOT

BENCHMARKS: dict[str, list[str]] = {
    "ingest": ["bench/ingest_bench.py", "--st-encode"],
    "ask": ["bench/ask_latency.py"],
    "memory": ["bench/memory.py"],
    "concurrency": ["bench/concurrency.py"],
    "cold_start": ["bench/cold_start.py"],
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--only", help=f"comma-separated subset of: {', '.join(BENCHMARKS)}")
    args = parser.parse_args(argv)
    chosen = args.only.split(",") if args.only else list(BENCHMARKS)
    unknown = [name for name in chosen if name not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    failed = []
    for name in chosen:
        started = time.perf_counter()
        print(f"== {name}: {' '.join(BENCHMARKS[name])}", file=sys.stderr, flush=True)
        if subprocess.run([PYTHON, *BENCHMARKS[name]], cwd=ROOT, check=False).returncode != 0:
            failed.append(name)
        print(f"== {name} took {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
    subprocess.run([PYTHON, "bench/report.py"], cwd=ROOT, check=True)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
