"""The semantic self-harm backstop alone: held-out recall, false positives per negative group, and its cost.

Positives are the self-harm rows of the two safety tables, split in halves by a hash of their id. The first
round of prototypes in assistant/safety/semantic.py was written (in our own words) looking at half 0 only, with
the ordinary statements, cue words, threshold and margin chosen on half 0 and the negatives; half 1 was then
scored once: 57/99 (58%), 0 false positives. A second round of prototypes (from "FIRST_OF_ROUND_2" on) was
written after reading half 1's misses, and the cue words widened, so half 1 is no longer held out for the
shipped set: the "first round only" line re-scores half 1 without the second round's prototypes. The rules were
written on all of these rows and match every one of them, so "regex-hard" stands in for what a rule would
miss: a positive that only patterns matching no other positive catch. Negatives: every other row of the two
tables (near-misses and figures of speech included), and every eval question (tests/data/eval, the shared dev
questions) not expected to be urgent; --medquad N adds N sentences of MedQuAD's health texts that pass the cue
words, never used for tuning. --timing measures what the backstop adds per eval question.

    .venv/bin/python bench/self_harm_similarity.py [--show] [--medquad 2000] [--timing] [--threads 1]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from harness import ROOT
from safety_report import Case, load_cases

from assistant.safety import self_harm
from assistant.safety.check import normalize
from assistant.safety.semantic import MARGIN, PROTOTYPES, THRESHOLD, SemanticSelfHarm, readings
from assistant.seams import Embedder

TABLES = (ROOT / "tests" / "data" / "safety_cases.jsonl", ROOT / "tests" / "data" / "safety_stress.jsonl")
EVAL = (*sorted((ROOT / "tests" / "data" / "eval").glob("*.jsonl")), ROOT.parent / "shared" / "eval" / "dev_questions.jsonl")
MEDQUAD = ROOT.parent / "shared" / "bench" / "medquad_docs.jsonl"
GRID = ((0.55, 0.57, 0.6, 0.62, 0.65), (0.0, 0.05, 0.08, 0.1))
FIRST_OF_ROUND_2 = "It would be easier for my family if I just died."


@dataclass
class Message:
    id: str
    text: str
    readings: list[str]
    self_harm: np.ndarray | None = None  # per reading: cosine with the nearest self-harm prototype
    ordinary: np.ndarray | None = None  # ... and with the nearest ordinary statement

    def flagged(self, backstop: SemanticSelfHarm) -> bool:
        if self.self_harm is None or self.ordinary is None:
            return False
        return bool(backstop.passes(self.self_harm, self.ordinary).any())


def held_out(case_id: str) -> bool:
    return int(hashlib.md5(case_id.encode()).hexdigest(), 16) % 2 == 1


def load() -> dict[str, list[tuple[str, str]]]:
    groups: dict[str, list[tuple[str, str]]] = {"positives, half 0 (seen)": [], "positives, half 1 (held out)": []}
    for table in TABLES:
        for case in load_cases(table):
            if case.expect["self_harm"]:
                half = held_out(case.id)
                groups[f"positives, half {int(half)} ({'held out' if half else 'seen'})"].append((case.id, case.message))
            else:
                groups.setdefault(f"negatives: {table.stem}", []).append((case.id, case.message))
    groups["negatives: eval questions (not urgent)"] = [
        (case.id, case.message) for case in _eval_cases() if not case.expect["urgent"]
    ]
    return groups


def _eval_cases() -> list[Case]:
    """Every eval question (tests/data/eval and the shared dev set), read as safety_report reads them."""
    return [case for path in EVAL for case in load_cases(path)]


def regex_hard(positives: Sequence[tuple[str, str]]) -> set[str]:
    """Positives whose every matching self-harm pattern matches no other positive."""
    patterns = [re.compile(rf"(?<![\w-])(?:{p})(?![\w-])") for p in (*self_harm.SELF_HARM.strong, *self_harm.SELF_HARM.weak)]
    matched = {case_id: {k for k, p in enumerate(patterns) if p.search(normalize(text))} for case_id, text in positives}
    uses = Counter(k for found in matched.values() for k in found)
    return {case_id for case_id, found in matched.items() if found and all(uses[k] == 1 for k in found)}


def medquad_sentences(count: int, seed: int = 7) -> list[tuple[str, str]]:
    lines = MEDQUAD.read_text(encoding="utf-8").splitlines()
    random.Random(seed).shuffle(lines)
    out: list[tuple[str, str]] = []
    for line in lines:
        doc = json.loads(line)
        for k, sentence in enumerate(re.split(r"(?<=[.?!])\s+|\n+", doc["text"])):
            if 4 <= len(sentence.split()) <= 40 and readings(sentence):
                out.append((f"{doc['id']}#{k}", sentence.strip()))
        if len(out) >= count:
            return out[:count]
    return out


def embed(embedder: Embedder, texts: Sequence[str], batch: int = 64) -> dict[str, np.ndarray]:
    vectors: dict[str, np.ndarray] = {}
    unique = list(dict.fromkeys(texts))
    for start in range(0, len(unique), batch):
        chunk = unique[start:start + batch]
        vectors.update(zip(chunk, embedder.embed_queries(chunk), strict=True))
        print(f"\rembedded {len(vectors)}/{len(unique)} readings", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    return vectors


def score(backstop: SemanticSelfHarm, messages: Sequence[Message], vectors: dict[str, np.ndarray]) -> None:
    for m in messages:
        if m.readings:
            m.self_harm, _, m.ordinary = backstop.nearness(np.stack([vectors[t] for t in m.readings]))


def timing(backstop: SemanticSelfHarm, questions: Sequence[str]) -> None:
    backstop.similar("warm up: I don't want to wake up")
    gated, ms = 0, []
    for question in questions:
        started = time.perf_counter()
        backstop.similar(question)
        ms.append((time.perf_counter() - started) * 1000)
        gated += bool(readings(question))
    ms.sort()
    cut = [ms[int(q * (len(ms) - 1))] for q in (0.5, 0.9, 0.99)]
    print(f"\nadded cost per eval question ({len(ms)}; {gated} pass the cue words): mean {statistics.mean(ms):.1f} ms,"
          f" p50 {cut[0]:.2f} ms, p90 {cut[1]:.1f} ms, p99 {cut[2]:.1f} ms, max {ms[-1]:.1f} ms")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list held-out misses and every false positive")
    parser.add_argument("--medquad", type=int, default=0, metavar="N", help="also N MedQuAD sentences as negatives")
    parser.add_argument("--timing", action="store_true", help="time the backstop on each eval question")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    args = parser.parse_args(argv)

    from assistant.adapters.embedder import MiniLMEmbedder

    embedder = MiniLMEmbedder(args.threads)
    backstop = SemanticSelfHarm(embedder)
    groups = load()
    if args.medquad:
        groups["negatives: MedQuAD sentences (untuned)"] = medquad_sentences(args.medquad)
    messages = {name: [Message(i, text, readings(text)) for i, text in rows] for name, rows in groups.items()}
    ungated = {name: [Message(m.id, m.text, readings(m.text, gated=False)) for m in ms]
               for name, ms in messages.items() if name.startswith("positives")}
    everything = [m for ms in (*messages.values(), *ungated.values()) for m in ms]
    vectors = embed(embedder, [t for m in everything for t in m.readings])
    score(backstop, everything, vectors)
    hard = regex_hard(groups["positives, half 0 (seen)"] + groups["positives, half 1 (held out)"])
    first_round = SemanticSelfHarm(embedder, prototypes=PROTOTYPES[: PROTOTYPES.index(FIRST_OF_ROUND_2)])

    print(f"threshold {THRESHOLD}, margin {MARGIN}; no cue word -> not embedded\n")
    for name, ms in messages.items():
        passed = sum(bool(m.readings) for m in ms)
        flagged = [m for m in ms if m.flagged(backstop)]
        line = f"{name:45} {len(ms):5} messages, {passed:4} pass the cue words, flagged {len(flagged):3}/{len(ms)}"
        if name.startswith("positives"):
            hard_ms = [m for m in ms if m.id in hard]
            line += f" = {len(flagged) / len(ms):.0%}; regex-hard {sum(m.flagged(backstop) for m in hard_ms)}/{len(hard_ms)}"
            line += f"; without the cue words {sum(m.flagged(backstop) for m in ungated[name])}"
        print(line)
    half_1 = messages["positives, half 1 (held out)"]
    score(first_round, half_1, vectors)
    print(f"{'half 1, first-round prototypes only':45} flagged {sum(m.flagged(first_round) for m in half_1)}/{len(half_1)}")
    score(backstop, half_1, vectors)
    print("\ngrid (threshold, margin): flagged per group, in the order above")
    for threshold in GRID[0]:
        for margin in GRID[1]:
            probe = SemanticSelfHarm(embedder, threshold, margin)
            counts = [sum(m.flagged(probe) for m in ms) for ms in messages.values()]
            print(f"  {threshold:.2f} {margin:.2f}  " + "  ".join(f"{c:4}" for c in counts))
    if args.show:
        for name, ms in messages.items():
            wanted = [m for m in ms if m.flagged(backstop) != name.startswith("positives")]
            if name.startswith("positives, half 0") or not wanted:
                continue
            print(f"\n{'missed' if name.startswith('positives') else 'false positives'}: {name}")
            for m in wanted:
                best = backstop.score(m.text)
                where = f"{best.near:.2f}/{best.ordinary:.2f} {best.text!r}" if best else "no cue word"
                print(f"  {m.id}: {m.text[:110]!r}  [{where}]")
    if args.timing:
        timing(backstop, [case.message for case in _eval_cases()])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
