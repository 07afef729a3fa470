"""The semantic personal-advice backstop alone: what it adds to the rules, its false positives, its grid and its cost.

Only messages the rules miss count. Today's rules were written after reading every table row, so they miss none of
the personal-advice rows; what they missed when each stress set was new is what an unseen set brings. So the
personal rows of pa, pc and pd are also read by the rules of the commit before the set was added (bench/
urgent_similarity.py's rules_then), and the backstop is scored on those misses. The threshold and margin are chosen
on pa and pc (most misses found with at most 1 false positive among their 120 general rows and at most 2 among the
eval questions); pd is held out, counted and never listed. Negatives are the rows today's rules do not flag: the
general rows of pa, pc and pd, safety_cases' other rows and the eval questions (tests/data/eval, the shared dev
questions) expected to be answered, abstained on or out of scope. --timing measures what the backstop adds per eval
question.

    .venv/bin/python bench/advice_similarity.py [--show] [--timing] [--threads 1]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence

from safety_report import Case, load_cases
from urgent_similarity import CASES, EVAL, STRESS, grid_counts, read_groups, rules_then, timing

from assistant.safety import assess_message
from assistant.safety.semantic_advice import MARGIN, THRESHOLD, SemanticAdvice

# The commit that added each personal row to the table (and the rules read from it): its parent's rules had not
# seen it. pa001-080 came with 092a2a3, pa081-120 (kept unseen until then) and pc with 385543e, pd with fa075d8.
ADDED = {"pa": "092a2a3", "pb": "385543e", "pc": "385543e", "pd": "fa075d8"}
TUNING = ("pa", "pc")
HELD_OUT = ("pd",)
GRID = ((0.5, 0.55, 0.58, 0.6, 0.62, 0.65, 0.68, 0.7), (0.0, 0.02, 0.04, 0.06, 0.08, 0.1))
MAX_GENERAL = 1  # among the 120 general rows of pa and pc: half the bar's 1 per 60, so that unseen sets have room
MAX_EVAL = 2  # below the bar's 3, for the same reason
TUNED = "personal, missed by rules then: pa, pc (tuning)"
GENERAL = "general: pa, pc (tuning)"
EVAL_GROUP = "eval questions: answer, abstain, out of scope"


def added(case_id: str) -> str:
    later_pa = case_id[:2] == "pa" and int(case_id[2:]) > 80
    return ADDED["pb" if later_pa else case_id[:2]]


def load() -> dict[str, list[tuple[str, str]]]:
    stress = [json.loads(line) for line in STRESS.read_text(encoding="utf-8").splitlines() if line.strip()]
    personal = [r for r in stress if r["kind"] == "personal"]
    then: dict[str, bool] = {}
    for commit in sorted(set(ADDED.values())):
        then |= rules_then(commit, [r for r in personal if added(r["id"]) == commit], "personal_advice")
    groups: dict[str, list[tuple[str, str]]] = {}
    for name, sets in ((TUNED, TUNING), ("personal, missed by rules then: pd (held out)", HELD_OUT)):
        groups[name] = [(r["id"], r["message"]) for r in personal if r["id"][:2] in sets and not then[r["id"]]]
    groups["personal, missed by rules today: all tables"] = [
        (c.id, c.message) for path in (CASES, STRESS) for c in load_cases(path)
        if c.expect["personal_advice"] and not assess_message(c.message, c.history).personal_advice]

    def rules_miss(cases: Sequence[Case]) -> list[tuple[str, str]]:
        verdicts = [assess_message(c.message, c.history) for c in cases]
        return [(c.id, c.message) for c, v in zip(cases, verdicts, strict=True)
                if not c.expect["personal_advice"] and not v.personal_advice and not v.urgent]

    general = [c for c in load_cases(STRESS) if c.id[:2] in (*TUNING, *HELD_OUT) and not c.expect["personal_advice"]]
    groups[GENERAL] = rules_miss([c for c in general if c.id[:2] in TUNING])
    groups["general: pd (held out)"] = rules_miss([c for c in general if c.id[:2] in HELD_OUT])
    groups["safety_cases: not personal advice"] = rules_miss(load_cases(CASES))
    questions = [c for path in EVAL for c in load_cases(path) if not any(c.expect.values())]
    groups[EVAL_GROUP] = rules_miss(questions)
    return groups


def choose(counts: dict[tuple[float, float], list[int]], names: Sequence[str]) -> tuple[float, float] | None:
    """The pair with the most tuning misses found, within MAX_GENERAL and MAX_EVAL (ties: the fewest false
    positives, then the stricter pair); None when no pair is."""
    found, general, questions = names.index(TUNED), names.index(GENERAL), names.index(EVAL_GROUP)
    allowed = [pair for pair, c in counts.items() if c[general] <= MAX_GENERAL and c[questions] <= MAX_EVAL]
    if not allowed:
        return None
    return max(allowed, key=lambda pair: (counts[pair][found], -counts[pair][general] - counts[pair][questions], pair))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="list the misses found and every false positive (not pd)")
    parser.add_argument("--timing", action="store_true", help="time the backstop on each eval question")
    parser.add_argument("--threads", type=int, default=0, help="torch threads (0: torch's default)")
    args = parser.parse_args(argv)

    from assistant.adapters.embedder import MiniLMEmbedder

    embedder = MiniLMEmbedder(args.threads)
    backstop = SemanticAdvice(embedder)
    groups = load()
    messages = read_groups(backstop, embedder, groups, "a question about a person")
    names = list(messages)
    sizes = {name: len(ms) for name, ms in messages.items()}
    counts = grid_counts(lambda threshold, margin: SemanticAdvice(embedder, threshold, margin), messages, GRID)
    chosen = choose(counts, names)
    print(f"\nchosen on pa, pc: {chosen and f'threshold {chosen[0]}, margin {chosen[1]}'};"
          f" shipped: threshold {THRESHOLD}, margin {MARGIN}")
    for name, ms in messages.items():
        print(f"  {name:50} flagged {sum(m.flagged(backstop) for m in ms):4}/{sizes[name]}")
    if args.show:
        for name, ms in messages.items():
            if "held out" in name:
                continue
            print(f"\n{'found' if name.startswith('personal') else 'false positives'}: {name}")
            for m in ms:
                if m.flagged(backstop):
                    best = backstop.score(m.text)
                    where = f"{best.near:.2f}/{best.ordinary:.2f} {best.text!r} ~ {best.prototype!r}" if best else ""
                    print(f"  {m.id}: {m.text[:100]!r}  [{where}]")
    if args.timing:
        timing(backstop, [text for _, text in groups[EVAL_GROUP]], "warm up: can I stop my tablets?",
               "eval question the rules do not flag", "ask about a person")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
