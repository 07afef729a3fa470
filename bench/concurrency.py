"""Simultaneous chat users against the launched app through gradio_client: p50/p95 latency and errors."""

from __future__ import annotations

import argparse
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from harness import (
    app_client,
    app_server,
    ask_app,
    ensure_index,
    label,
    latency_stats,
    sizes_arg,
    write_result,
)
from questions import Question, golden_mix

from assistant.settings import Settings


@dataclass
class UserLog:
    seconds: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def chat(client: Any, questions: list[Question], start: threading.Barrier, log: UserLog) -> None:
    """One user: a conversation of a few questions, each sent with the history the chat would carry."""
    start.wait()
    history: list[dict[str, str]] = []
    for q in questions:
        turns = q.history_json or history
        began = time.perf_counter()
        try:
            answer = ask_app(client, q.question, turns)
        except Exception as exc:  # a benchmark counts failures instead of stopping at the first one
            log.errors.append(f"{type(exc).__name__}: {str(exc)[:200]}")
            continue
        log.seconds.append(time.perf_counter() - began)
        history = [*turns, {"role": "user", "content": q.question}, {"role": "assistant", "content": answer["answer"]}]


def run_users(url: str, users: int, turns: int) -> dict[str, Any]:
    mix = golden_mix()
    clients = [app_client(url) for _ in range(users)]
    logs = [UserLog() for _ in range(users)]
    start = threading.Barrier(users + 1)
    threads = [
        threading.Thread(
            target=chat, args=(clients[i], [mix[(i * turns + t) % len(mix)] for t in range(turns)], start, logs[i])
        )
        for i in range(users)
    ]
    for thread in threads:
        thread.start()
    start.wait()
    began = time.perf_counter()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    seconds = [s for log in logs for s in log.seconds]
    errors = [e for log in logs for e in log.errors]
    return {
        "users": users,
        "turns_per_user": turns,
        "requests": users * turns,
        **latency_stats(seconds),
        "errors": len(errors),
        "error_samples": sorted(set(errors))[:5],
        "wall_s": round(wall, 1),
        "answers_per_s": round(len(seconds) / wall, 2),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=sizes_arg, default=[20, 50], help="simultaneous users (default 20,50)")
    parser.add_argument("--turns", type=int, default=3, help="questions per user")
    parser.add_argument("--size", type=int, default=0, help="MedQuAD guides to serve (0 = the bundled guides)")
    parser.add_argument("--concurrency", type=int, help="ASSISTANT_CONCURRENCY for the app (default: setting)")
    parser.add_argument("--name", default="concurrency", help="result file bench/results/<name>.json")
    args = parser.parse_args(argv)
    corpus, index = ensure_index(args.size)
    extra = {"concurrency": str(args.concurrency)} if args.concurrency else {}
    runs = []
    with app_server(corpus, index, extra) as app:
        ask_app(app_client(app.url), "What is CAR-T cell therapy?")  # load the model before timing
        for users in args.users:
            row = run_users(app.url, users, args.turns)
            print(f"[{users} users] {row}", file=sys.stderr)
            runs.append(row)
    command = "python bench/concurrency.py " + " ".join(argv if argv is not None else sys.argv[1:])
    write_result(args.name, {"command": command.strip(), "size": args.size, "label": label(args.size),
                             "app_concurrency": args.concurrency or Settings.model_fields["concurrency"].default,
                             "runs": runs})
    return 0


if __name__ == "__main__":
    sys.exit(main())
