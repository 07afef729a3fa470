"""Recall and false-positive rate of the safety checks per category, on the case tables and dev questions."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.domain import SafetyVerdict, Turn
from assistant.safety import assess_message

ROOT = Path(__file__).resolve().parents[1]
CASES = ROOT / "tests" / "data" / "safety_cases.jsonl"
DEV = ROOT.parent / "shared" / "eval" / "dev_questions.jsonl"
CATEGORIES = ("urgent", "self_harm", "personal_advice", "manipulation")


@dataclass(frozen=True)
class Case:
    id: str
    message: str
    history: tuple[Turn, ...]
    expect: dict[str, bool]


def load_cases(path: Path) -> list[Case]:
    """Our tables ({"message", "expect": {flag: bool}}) or the dev questions ({"question", "expect": kind})."""
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        expect = row["expect"]
        if isinstance(expect, str):
            expect = {c: expect == c for c in CATEGORIES}
        cases.append(Case(
            id=row["id"], message=row.get("message", row.get("question", "")),
            history=Turn.list_from_json(row.get("history", [])),
            expect={c: bool(expect.get(c, False)) for c in CATEGORIES},
        ))
    return cases


def score(cases: Sequence[Case]) -> dict[str, Any]:
    verdicts: list[SafetyVerdict] = []
    start = time.perf_counter()
    for case in cases:
        verdicts.append(assess_message(case.message, case.history))
    elapsed = time.perf_counter() - start
    per_message = round(1000 * elapsed / max(len(cases), 1), 3)
    result: dict[str, Any] = {"cases": len(cases), "ms_per_message": per_message}
    misses: list[dict[str, Any]] = []
    for category in CATEGORIES:
        got = [bool(getattr(v, category)) for v in verdicts]
        want = [c.expect[category] for c in cases]
        positives = sum(want)
        negatives = len(want) - positives
        hits = sum(g and w for g, w in zip(got, want, strict=True))
        false_pos = sum(g and not w for g, w in zip(got, want, strict=True))
        result[category] = {
            "positives": positives,
            "recall": round(hits / positives, 3) if positives else None,
            "negatives": negatives,
            "false_positive_rate": round(false_pos / negatives, 3) if negatives else None,
        }
        misses += [
            {"id": c.id, "category": category, "expected": w, "reasons": list(v.reasons),
             "message": c.message}
            for c, v, g, w in zip(cases, verdicts, got, want, strict=True) if g != w
        ]
    result["misses"] = misses
    return result


def _pct(value: float | None) -> str:
    return "   -  " if value is None else f"{100 * value:5.1f}%"


def print_table(name: str, result: dict[str, Any], show_misses: bool) -> None:
    print(f"\n{name}: {result['cases']} cases, {result['ms_per_message']} ms per message")
    print(f"  {'category':<16} {'pos':>4} {'recall':>7} {'neg':>5} {'FP rate':>7}")
    for category in CATEGORIES:
        row = result[category]
        print(f"  {category:<16} {row['positives']:>4} {_pct(row['recall']):>7} {row['negatives']:>5} "
              f"{_pct(row['false_positive_rate']):>7}")
    if show_misses:
        for miss in result["misses"]:
            wanted = "missed" if miss["expected"] else "false positive"
            message = miss["message"][:90]
            print(f"  {miss['id']:<6} {miss['category']:<16} {wanted:<14} {message!r} {miss['reasons']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cases", type=Path, action="append", help=f"case table (default: {CASES})")
    parser.add_argument("--dev", type=Path, default=DEV, help="shared dev questions (skipped if missing)")
    parser.add_argument("--json", action="store_true", help="print one JSON object instead of tables")
    parser.add_argument("--misses", action="store_true", help="list the cases each category gets wrong")
    args = parser.parse_args(argv)
    tables = {str(p): load_cases(p) for p in (args.cases or [CASES])}
    if args.dev.exists():
        tables[str(args.dev)] = load_cases(args.dev)
    else:
        print(f"note: {args.dev} not found, dev questions skipped", file=sys.stderr)
    results = {name: score(cases) for name, cases in tables.items()}
    if args.json:
        if not args.misses:
            for result in results.values():
                result.pop("misses")
        print(json.dumps(results, indent=2))
    else:
        for name, result in results.items():
            print_table(name, result, args.misses)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
