"""Command line: `python ingest.py` and `python -m assistant {ingest,ask,eval}`; errors become one line + exit code."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from assistant.errors import AssistantError, ConfigError, IndexMissingError
from assistant.settings import OFFLINE_ENV, Settings

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


def apply_offline_env() -> None:
    """Keep every library local and silent; called by entry points before heavy imports."""
    for key, value in OFFLINE_ENV.items():
        os.environ.setdefault(key, value)


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    for noisy in ("bm25s", "chromadb", "httpx", "sentence_transformers", "urllib3"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def build_settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    for option, field in (("corpus", "corpus_dir"), ("index", "index_dir")):
        value = getattr(args, option, None)
        if value is not None:
            overrides[field] = Path(value)
    try:
        return Settings(**overrides)
    except ValueError as exc:
        raise ConfigError(f"invalid setting: {exc}", "check the ASSISTANT_* environment variables") from exc


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--corpus", metavar="DIR", help="guides folder (ASSISTANT_CORPUS_DIR; default corpus/)")
    parser.add_argument("--index", metavar="DIR", help="index folder (ASSISTANT_INDEX_DIR; default data/index)")
    parser.add_argument("--json", action="store_true", help="print one JSON object on stdout")
    parser.add_argument("-v", "--verbose", action="store_true", help="progress details on stderr")


def ingest_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ingest.py", description="Load, clean, chunk, embed and store the guides.")
    _common(parser)
    parser.add_argument("--rebuild", action="store_true", help="drop the index and build it from scratch")
    parser.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    return parser


def ingest_main(argv: Sequence[str] | None = None) -> int:
    args = ingest_parser().parse_args(argv)
    return _run(args, _ingest)


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.services import build_services

    services = build_services(settings)
    summary = services.library.ingest(
        rebuild=args.rebuild or settings.rebuild, dry_run=args.dry_run or settings.dry_run, progress=_progress_bar
    )
    if args.json or settings.json_output:
        print(json.dumps(summary.as_json()))
    else:
        print(summary.line())
        for failure in summary.failures:
            print(f"  failed: {failure['reason']} -> {failure['hint']}", file=sys.stderr)
    return EXIT_FAILED if summary.failed else EXIT_OK


def _progress_bar(total: int) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit="passage", file=sys.stderr, disable=None if total >= 50 else True, mininterval=1.0)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m assistant", description="Cell & Gene Therapy Patient Guide Assistant")
    commands = parser.add_subparsers(dest="command", required=True)
    ingest = commands.add_parser("ingest", help="build or update the index", parents=[ingest_parser()], add_help=False)
    ingest.set_defaults(handler=_ingest)
    ask = commands.add_parser("ask", help="answer a question from the guides")
    _common(ask)
    ask.add_argument("question", nargs="?", help="the question (omit with --jsonl)")
    ask.add_argument("--history", metavar="JSON", help='earlier turns: [{"role": "user", "content": "..."}]')
    ask.add_argument("--jsonl", action="store_true", help="read JSON lines {question, history} from stdin")
    ask.set_defaults(handler=_ask)
    evaluate = commands.add_parser("eval", help="score the assistant on a questions file")
    _common(evaluate)
    evaluate.add_argument("questions", help="JSON lines in the shared eval format")
    evaluate.add_argument(
        "--own-history",
        action="store_true",
        help="ask follow-ups after the assistant's own answers to the earlier questions, as in the app",
    )
    evaluate.set_defaults(handler=_eval)
    tune = commands.add_parser("tune", help="learn the query adapter for the indexed guides from question files")
    _common(tune)
    tune.add_argument("questions", nargs="+", help="two or more files in the shared eval format, for these guides")
    tune.add_argument("--out", metavar="FILE", help="where to write it (default: <corpus>/query_adapter.npz)")
    tune.set_defaults(handler=_tune)
    args = parser.parse_args(argv)
    return _run(args, args.handler)


def _run(args: argparse.Namespace, handler: Callable[[argparse.Namespace, Settings], int]) -> int:
    apply_offline_env()
    configure_logging(args.verbose)
    try:
        return handler(args, build_settings(args))
    except KeyboardInterrupt:
        print(
            "Interrupted. Guides finished before the interruption are saved; run the same command again to finish.",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    except AssistantError as exc:
        print(f"error: {exc.message}" + (f" (hint: {exc.hint})" if exc.hint else ""), file=sys.stderr)
        return EXIT_USAGE if isinstance(exc, ConfigError) else EXIT_FAILED


def _ready_services(settings: Settings) -> Any:
    from assistant.services import build_services

    services = build_services(settings)
    if not services.store.manifest():
        raise IndexMissingError(
            f"the guide index in {settings.resolved_index_dir} is empty", "run `python ingest.py` first"
        )
    return services


def _ask(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.domain import Turn

    if not args.jsonl and args.question is None:
        raise ConfigError("no question given", 'pass a question in quotes, or --jsonl to read JSON lines from stdin')
    services = _ready_services(settings)
    if args.jsonl:
        for line in sys.stdin:
            if not line.strip():
                continue
            try:
                item = json.loads(line)
            except json.JSONDecodeError as exc:
                print(json.dumps({"error": f"not JSON: {exc}"}), flush=True)
                continue
            item = item if isinstance(item, dict) else {}
            answer = services.assistant.ask(str(item.get("question") or ""), Turn.list_from_json(item.get("history")))
            print(json.dumps(answer.as_json(), ensure_ascii=False), flush=True)
        return EXIT_OK
    try:
        history = Turn.list_from_json(json.loads(args.history)) if args.history else ()
    except json.JSONDecodeError as exc:
        raise ConfigError(f"--history is not JSON: {exc}", 'use [{"role": "user", "content": "..."}]') from exc
    answer = services.assistant.ask(args.question, history)
    if args.json:
        print(json.dumps(answer.as_json(), ensure_ascii=False))
    else:
        print(format_answer(answer.as_json()))
    return EXIT_OK


def format_answer(obj: dict[str, Any]) -> str:
    lines = [obj["answer"], ""]
    if obj["citations"]:
        lines.append("Sources:")
        for c in obj["citations"]:
            section = f" — {c['section']}" if c["section"] else ""
            lines.append(f"  [{c['n']}] {c['title']}{section}")
            lines.append(f"      {c['text'][:300].replace(chr(10), ' ')}")
        lines.append("")
    lines.append(obj["disclaimer"])
    return "\n".join(lines)


def _eval(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.evaluate import format_table, load_questions, report_json, run_eval

    questions = load_questions(Path(args.questions))
    services = _ready_services(settings)
    report = run_eval(
        questions, lambda q, h: services.assistant.ask(q, h).as_json(), live_history=args.own_history
    )
    print(json.dumps(report_json(report)) if args.json else format_table(report))
    return EXIT_OK


def _tune(args: argparse.Namespace, settings: Settings) -> int:
    from assistant.ask.followup import search_text
    from assistant.tune import tune

    services = _ready_services(settings)
    lexical = services.lexical
    report = tune(
        [Path(p) for p in args.questions],
        services.store,
        services.embedder,
        progress=lambda step: print(step, file=sys.stderr) if args.verbose else None,
        searched=lambda question, history: search_text(question, history, lexical).query,
    )
    out = Path(args.out) if args.out else settings.query_adapter_path
    report.adapter.save(out)
    summary = {
        "adapter": str(out),
        "answerable": report.answerable,
        "not_covered": report.not_covered,
        "skipped": report.skipped,
        "nearest_is_evidence_before": round(report.nearest_before, 3),
        "nearest_is_evidence_after": round(report.nearest_after, 3),
        "answers_at": round(report.adapter.answers_at, 3),
        "near_at": round(report.adapter.near_from, 3),
        "answerable_at_or_above": round(report.answered_share, 3),
        "not_covered_at_or_above": round(report.not_covered_share, 3),
    }
    if args.json:
        print(json.dumps(summary))
    else:
        print(f"Wrote {out}: trained on {report.answerable} answerable questions ({report.skipped} skipped: "
              "their evidence is not in the index).")
        print(f"Held-out folds: nearest sentence holds the evidence {report.nearest_before:.2f} -> "
              f"{report.nearest_after:.2f}; a question at or above {report.adapter.answers_at:.3f} is answered "
              f"({report.answered_share:.2f} of answerable, {report.not_covered_share:.2f} of not-covered); at or "
              f"above {report.adapter.near_from:.3f} when the guides' sentences also share much of it.")
    return EXIT_OK
