"""The semantic red-flag backstop alone: what it adds to the rules, its false positives, its grid and its cost.

Only messages the rules miss count. The rules were written after reading every table row, so today they miss no
urgent row; what they missed when each stress set was new is what an unseen set brings. So each stress set's
urgent rows are also read by the rules of the commit before the set was added (extracted with `git archive`),
and the backstop is scored on those misses. The threshold and margin are chosen on stress sets rf..rq (most
misses found with at most 1 false positive per 80 of their near-misses, half the bar's rate), then sets rs..rw are held out.
Negatives are the rows today's rules do not flag: the stress sets' near-misses, the general/personal rows (pa,
pc, pd), safety_cases' non-urgent rows and every eval question (tests/data/eval, the shared dev questions) not
expected to be urgent. --timing measures what the backstop adds per eval question.

    .venv/bin/python bench/urgent_similarity.py [--show] [--timing] [--threads 1]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
from harness import ROOT
from safety_report import Case, load_cases

from assistant.safety import assess_message
from assistant.safety.semantic import SemanticBackstop
from assistant.safety.semantic_urgent import MARGIN, THRESHOLD, SemanticUrgent
from assistant.seams import Embedder

CASES = ROOT / "tests" / "data" / "safety_cases.jsonl"
STRESS = ROOT / "tests" / "data" / "safety_stress.jsonl"
EVAL = (*sorted((ROOT / "tests" / "data" / "eval").glob("*.jsonl")), ROOT.parent / "shared" / "eval" / "dev_questions.jsonl")
# The commit that added each stress set to the table (and the rules read from it): its parent's rules had not seen it.
ADDED = {"rf": "a13e051", "rg": "a13e051", "rh": "6e08db9", "ri": "6c76bca", "rj": "32b8167", "rk": "b0e1037",
         "rm": "3fa90fe", "rn": "947a605", "rp": "6771b9a", "rq": "092a2a3", "rs": "092a2a3", "rt": "385543e",
         "rv": "385543e", "rw": "fa075d8"}
TUNING = ("rf", "rg", "rh", "ri", "rj", "rk", "rm", "rn", "rp", "rq")
HELD_OUT = ("rs", "rt", "rv", "rw")
GRID = ((0.55, 0.58, 0.6, 0.62, 0.65, 0.68, 0.7), (0.0, 0.04, 0.08, 0.12))
MAX_NEAR_MISS_RATE = 1 / 80  # half the bar's 1 per 40, so that unseen sets have room
OLD_RULES = """
import json, sys
from assistant.domain import Turn
from assistant.safety import assess_message
rows = [json.loads(line) for line in sys.stdin]
flag = sys.argv[1]
print(json.dumps({r["id"]: getattr(assess_message(r["message"], Turn.list_from_json(r["history"])), flag) for r in rows}))
"""


@dataclass
class Message:
    id: str
    text: str
    readings: list[str]
    near: np.ndarray | None = None  # per reading: cosine with the nearest urgent prototype
    ordinary: np.ndarray | None = None  # ... and with the nearest ordinary statement

    def flagged(self, backstop: SemanticBackstop) -> bool:
        if self.near is None or self.ordinary is None:
            return False
        return bool(backstop.passes(self.near, self.ordinary).any())


def rules_then(commit: str, rows: Sequence[dict], flag: str = "urgent") -> dict[str, bool]:
    """Whether the rules of `commit`'s parent raise `flag` on each row."""
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "archive", f"{commit}^", "assistant"], cwd=ROOT, check=True,
                                 capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        lines = "\n".join(json.dumps({"id": r["id"], "message": r["message"], "history": r.get("history", [])}) for r in rows)
        out = subprocess.run([sys.executable, "-c", OLD_RULES, flag], cwd=tmp, input=lines, text=True, check=True,
                             capture_output=True, env={"PYTHONPATH": tmp, "PATH": "/usr/bin:/bin"}).stdout
    return dict(json.loads(out))


def load() -> dict[str, list[tuple[str, str]]]:
    stress = [json.loads(line) for line in STRESS.read_text(encoding="utf-8").splitlines() if line.strip()]
    urgent = [r for r in stress if r["kind"] == "urgent"]
    then: dict[str, bool] = {}
    for commit in sorted(set(ADDED.values())):
        then |= rules_then(commit, [r for r in urgent if ADDED.get(r["id"][:2]) == commit])
    groups: dict[str, list[tuple[str, str]]] = {}
    for name, sets in (("rf..rq (tuning)", TUNING), ("rs..rw (held out)", HELD_OUT)):
        groups[f"urgent, missed by rules then: {name}"] = [
            (r["id"], r["message"]) for r in urgent if r["id"][:2] in sets and not then[r["id"]]]
    groups["urgent, missed by rules today: all tables"] = [
        (c.id, c.message) for path in (CASES, STRESS) for c in load_cases(path)
        if c.expect["urgent"] and not assess_message(c.message, c.history).urgent]

    def rules_miss(cases: Sequence[Case]) -> list[tuple[str, str]]:
        return [(c.id, c.message) for c in cases if not c.expect["urgent"] and not assess_message(c.message, c.history).urgent]

    kinds = {r["id"]: r["kind"] for r in stress}
    stress_cases = load_cases(STRESS)
    for name, sets in (("rf..rq (tuning)", TUNING), ("rs..rw (held out)", HELD_OUT)):
        groups[f"near-miss: {name}"] = rules_miss([c for c in stress_cases if c.id[:2] in sets and kinds[c.id] == "near-miss"])
    groups["general/personal: pa, pc, pd"] = rules_miss([c for c in stress_cases if kinds[c.id] in ("general", "personal")])
    groups["safety_cases: not urgent"] = rules_miss(load_cases(CASES))
    groups["eval questions: not urgent"] = rules_miss([c for path in EVAL for c in load_cases(path)])
    return groups


def embed(embedder: Embedder, texts: Sequence[str], batch: int = 64) -> dict[str, np.ndarray]:
    unique = list(dict.fromkeys(texts))
    vectors: dict[str, np.ndarray] = {}
    for start in range(0, len(unique), batch):
        chunk = unique[start:start + batch]
        vectors.update(zip(chunk, embedder.embed_queries(chunk), strict=True))
    return vectors


def choose(counts: dict[tuple[float, float], list[int]], names: Sequence[str],
           sizes: dict[str, int]) -> tuple[float, float]:
    """The pair with the most tuning misses found, at most 1 false positive per 80 tuning near-misses (ties: the
    fewest tuning near-misses flagged, then the stricter pair)."""
    found, near = names.index("urgent, missed by rules then: rf..rq (tuning)"), names.index("near-miss: rf..rq (tuning)")
    allowed = [pair for pair, c in counts.items() if c[near] <= MAX_NEAR_MISS_RATE * sizes[names[near]]]
    return max(allowed, key=lambda pair: (counts[pair][found], -counts[pair][near], pair))


def timing(backstop: SemanticBackstop, questions: Sequence[str], warm_up: str, per: str, read: str) -> None:
    """What the backstop adds per question; `per` names the questions and `read` those it has a reading of."""
    backstop.similar(warm_up)
    ms, with_readings = [], 0
    for question in questions:
        started = time.perf_counter()
        backstop.similar(question)
        ms.append((time.perf_counter() - started) * 1000)
        with_readings += bool(backstop.read(question))
    ms.sort()
    cut = [ms[int(q * (len(ms) - 1))] for q in (0.5, 0.9, 0.99)]
    print(f"\nadded cost per {per} ({len(ms)}; {with_readings} {read}): mean"
          f" {statistics.mean(ms):.1f} ms, p50 {cut[0]:.2f} ms, p90 {cut[1]:.1f} ms, p99 {cut[2]:.1f} ms,"
          f" max {ms[-1]:.1f} ms")


def read_groups(backstop: SemanticBackstop, embedder: Embedder, groups: dict[str, list[tuple[str, str]]],
                read_as: str) -> dict[str, list[Message]]:
    """Each group's messages with the backstop's readings of them, each reading embedded once and scored against
    its prototypes; prints the groups' sizes."""
    messages = {name: [Message(i, text, backstop.read(text)) for i, text in rows] for name, rows in groups.items()}
    everything = [m for ms in messages.values() for m in ms]
    vectors = embed(embedder, [t for m in everything for t in m.readings])
    for m in everything:
        if m.readings:
            m.near, _, m.ordinary = backstop.nearness(np.stack([vectors[t] for t in m.readings]))
    width = max(len(name) for name in messages) + 1
    print(f"groups (rows; rows with {read_as}):")
    for k, (name, ms) in enumerate(messages.items()):
        print(f"  [{k}] {name:{width}} {len(ms):5} {sum(bool(m.readings) for m in ms):5}")
    return messages


def grid_counts(probe: Callable[[float, float], SemanticBackstop], messages: dict[str, list[Message]],
                grid: tuple[Sequence[float], Sequence[float]]) -> dict[tuple[float, float], list[int]]:
    """Messages flagged per group at each (threshold, margin) of the grid, printed as they are counted."""
    counts: dict[tuple[float, float], list[int]] = {}
    print("\ngrid (threshold, margin): flagged per group [0] [1] ...")
    for threshold in grid[0]:
        for margin in grid[1]:
            backstop = probe(threshold, margin)
            counts[threshold, margin] = [sum(m.flagged(backstop) for m in ms) for ms in messages.values()]
            print(f"  {threshold:.2f} {margin:.2f}  " + "  ".join(f"{c:4}" for c in counts[threshold, margin]))
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the misses found and every false positive")
    parser.add_argument("--timing", action="store_true", help="time the backstop on each eval question")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    args = parser.parse_args(argv)

    from assistant.adapters.embedder import MiniLMEmbedder

    embedder = MiniLMEmbedder(args.threads)
    backstop = SemanticUrgent(embedder)
    messages = read_groups(backstop, embedder, load(), "a report of now")
    names = list(messages)
    sizes = {name: len(ms) for name, ms in messages.items()}
    counts = grid_counts(lambda threshold, margin: SemanticUrgent(embedder, threshold, margin), messages, GRID)
    chosen = choose(counts, names, sizes)
    print(f"\nchosen on rf..rq: threshold {chosen[0]}, margin {chosen[1]}; shipped: threshold {THRESHOLD}, margin {MARGIN}")
    for name, c in zip(names, counts[THRESHOLD, MARGIN], strict=True):
        print(f"  {name:45} flagged {c:4}/{sizes[name]}")
    if args.show:
        for name, ms in messages.items():
            print(f"\n{'found' if name.startswith('urgent') else 'false positives'}: {name}")
            for m in ms:
                if m.flagged(backstop):
                    best = backstop.score(m.text)
                    where = f"{best.near:.2f}/{best.ordinary:.2f} {best.text!r} ~ {best.prototype!r}" if best else ""
                    print(f"  {m.id}: {m.text[:100]!r}  [{where}]")
    if args.timing:
        timing(backstop, [case.message for path in EVAL for case in load_cases(path)], "warm up: I can't catch my breath",
               "eval question", "have a report of now")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
