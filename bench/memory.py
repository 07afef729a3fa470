"""Peak memory (RSS) of the launched app (`python app.py`) by library size, after it has answered questions."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import Any

from harness import (
    app_client,
    app_server,
    ask_app,
    ensure_index,
    label,
    rss_mb,
    sizes_arg,
    vm_hwm_mb,
    write_result,
)
from questions import golden_mix, medquad_mix


def measure(size: int, questions: int) -> dict[str, Any]:
    corpus, index = ensure_index(size)
    mix = (golden_mix() + ([] if size == 0 else medquad_mix(corpus)))[:questions]
    with app_server(corpus, index) as app:
        pid = app.process.pid
        started_rss = rss_mb(pid)
        client = app_client(app.url)
        for q in mix:
            ask_app(client, q.question, q.history_json)
        row = {
            "size": size,
            "label": label(size),
            "questions": len(mix),
            "rss_after_start_mb": round(started_rss, 1),
            "rss_after_questions_mb": round(rss_mb(pid), 1),
            "peak_rss_mb": round(vm_hwm_mb(pid), 1),
            "start_s": round(app.started_s, 1),
        }
    print(f"[{label(size)}] {row}", file=sys.stderr)
    return row


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=sizes_arg, default=[100, 1000], help="MedQuAD guide counts (default 100,1000)")
    parser.add_argument("--questions", type=int, default=20, help="questions asked before reading the peak")
    parser.add_argument("--no-bundled", action="store_true", help="skip the 4 bundled guides")
    parser.add_argument("--name", default="memory", help="result file bench/results/<name>.json")
    args = parser.parse_args(argv)
    runs = [measure(size, args.questions) for size in ([] if args.no_bundled else [0]) + args.sizes]
    command = "python bench/memory.py " + " ".join(argv if argv is not None else sys.argv[1:])
    write_result(args.name, {"command": command.strip(), "runs": runs})
    return 0


if __name__ == "__main__":
    sys.exit(main())
