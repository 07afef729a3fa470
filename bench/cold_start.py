"""Cold start: process start to first answer, for `python -m assistant ask` and for the app's first /ask."""

from __future__ import annotations

import argparse
import json
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
    app_client,
    app_server,
    ask_app,
    child_env,
    ensure_index,
    label,
    sizes_arg,
    write_result,
)

QUESTION = "How can I lower my risk of infection during recovery?"


def cli_first_answer(corpus: Path, index: Path) -> float:
    started = time.perf_counter()
    done = subprocess.run(
        [PYTHON, "-m", "assistant", "ask", "--json", QUESTION],
        cwd=ROOT, env=child_env(corpus_dir=str(corpus), data_dir=str(index.parent), index_dir=str(index)),
        capture_output=True, text=True, check=False,
    )
    took = time.perf_counter() - started
    if done.returncode != 0 or not json.loads(done.stdout).get("disclaimer"):
        raise RuntimeError(f"ask failed ({done.returncode}): {done.stderr[-2000:]}")
    return took


def app_first_answer(corpus: Path, index: Path) -> tuple[float, float]:
    """Seconds from spawning `python app.py` until it serves its page, and until the first /ask answer."""
    began = time.perf_counter()
    with app_server(corpus, index) as app:
        ask_app(app_client(app.url), QUESTION)
        return app.started_s, time.perf_counter() - began


def measure(size: int, repeats: int) -> dict[str, Any]:
    corpus, index = ensure_index(size)
    cli = [cli_first_answer(corpus, index) for _ in range(repeats)]
    app = [app_first_answer(corpus, index) for _ in range(repeats)]
    row = {
        "size": size,
        "label": label(size),
        "repeats": repeats,
        "cli_ask_s": round(statistics.median(cli), 2),
        "cli_ask_all_s": [round(x, 2) for x in cli],
        "app_serving_s": round(statistics.median(a for a, _ in app), 2),
        "app_first_answer_s": round(statistics.median(b for _, b in app), 2),
        "app_first_answer_all_s": [round(b, 2) for _, b in app],
    }
    print(f"[{label(size)}] {row}", file=sys.stderr)
    return row


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=sizes_arg, default=[1000], help="MedQuAD guide counts (default 1000)")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement (the median is reported)")
    parser.add_argument("--no-bundled", action="store_true", help="skip the 4 bundled guides")
    parser.add_argument("--name", default="cold_start", help="result file bench/results/<name>.json")
    args = parser.parse_args(argv)
    runs = [measure(size, args.repeats) for size in ([] if args.no_bundled else [0]) + args.sizes]
    command = "python bench/cold_start.py " + " ".join(argv if argv is not None else sys.argv[1:])
    write_result(args.name, {"command": command.strip(), "question": QUESTION, "runs": runs})
    return 0


if __name__ == "__main__":
    sys.exit(main())
