"""Build a retrieval benchmark from MedQuAD (NIH, CC BY 4.0): N guides as .txt plus eval-format questions."""

from __future__ import annotations

import argparse
import hashlib
import json
import logging
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import AssistantError, ConfigError
from assistant.text import fold, split_sentences

log = logging.getLogger("make_medquad_eval")

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DOCS = ROOT.parent / "shared" / "bench" / "medquad_docs.jsonl"
DEFAULT_N = 1200
MIN_EVIDENCE_CHARS = 40
# A longer "first sentence" is usually a run-on list; a passage-sized chunker may split it.
MAX_EVIDENCE_CHARS = 300
TOML_MARKER = "# MedQuAD benchmark guides, written by bench/make_medquad_eval.py"
ATTRIBUTION = (
    "# Texts: MedQuAD (Ben Abacha & Demner-Fushman, BMC Bioinformatics 20:511, 2019) from NIH websites,\n"
    "# licensed CC BY 4.0."
)

# One consumer-style question per title suffix, worded like MedQuAD's own question types.
TEMPLATES: dict[str, str] = {
    "Overview": "What is {x}?",
    "Symptoms": "What are the symptoms of {x}?",
    "Inheritance": "Is {x} inherited?",
    "Treatment": "What are the treatments for {x}?",
    "Frequency": "How many people are affected by {x}?",
    "Genetic changes": "What are the genetic changes related to {x}?",
    "Causes": "What causes {x}?",
    "Diagnosis / tests": "How is {x} diagnosed?",
    "Research & clinical trials": "What research is being done on {x}?",
    "Outlook": "What is the outlook for {x}?",
    "Who is at risk": "Who is at risk for {x}?",
    "Considerations": "What should I keep in mind about {x}?",
    "Prevention": "How can {x} be prevented?",
    "Stages": "What are the stages of {x}?",
    "Complications": "What are the complications of {x}?",
    "Support groups": "Where can I find support for {x}?",
}
FALLBACK_TEMPLATE = "What should I know about {x}?"

# Key points are often one line of " - " bullets; "Summary :" labels open MedlinePlus texts.
_BULLETS = re.compile(r"(?<=[.!?:;])\s+-\s+")
_LEAD_LABEL = re.compile(r"^(?:-\s+|Summary\s*:\s*)")
_SENTENCE_END = re.compile(r"[.!:;)\]]$")
_UNSAFE_NAME = re.compile(r"[^A-Za-z0-9_.-]+")
# CDC titles file each parasite under a category ("Parasites - Babesiosis"); people ask about the parasite.
_CATEGORY = re.compile(r"^Parasites - ")


@dataclass(frozen=True)
class BenchDoc:
    """One MedQuAD answer document chosen for the benchmark, with its question and evidence."""

    id: str
    title: str
    source: str
    url: str
    text: str
    question: str
    evidence: str

    @property
    def file_name(self) -> str:
        return _UNSAFE_NAME.sub("_", self.id) + ".txt"


def split_title(title: str) -> tuple[str, str]:
    """'Adult ALL - Symptoms' -> ('Adult ALL', 'Symptoms'); a title without a suffix keeps it empty."""
    subject, sep, suffix = title.rpartition(" - ")
    return (_CATEGORY.sub("", subject).strip(), suffix.strip()) if sep else (title.strip(), "")


def question_for(title: str) -> str:
    subject, suffix = split_title(title)
    return TEMPLATES.get(suffix, FALLBACK_TEMPLATE).format(x=subject)


def first_sentence(text: str) -> str | None:
    """The document's first answering sentence, verbatim: a restated question or a heading is skipped."""
    for line in text.splitlines():
        for part in _BULLETS.split(line):
            for sentence in split_sentences(part):
                sentence = _LEAD_LABEL.sub("", sentence).strip()
                if not sentence or sentence.endswith("?"):
                    continue
                if len(sentence) < 60 and not _SENTENCE_END.search(sentence):
                    continue  # a heading such as "Key Points"
                return sentence
    return None


def load_docs(path: Path) -> list[dict[str, str]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror}", "pass --docs medquad_docs.jsonl") from exc
    docs = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}:{number}: not valid JSON", "one document object a line") from exc
        if not isinstance(obj, dict) or not all(isinstance(obj.get(k), str) for k in ("id", "title", "text")):
            raise ConfigError(f"{path}:{number}: needs string id, title and text", "see bench/README")
        docs.append({k: str(obj.get(k) or "") for k in ("id", "title", "source", "url", "text")})
    return docs


def _order_key(doc_id: str) -> str:
    return hashlib.sha256(doc_id.encode("utf-8")).hexdigest()


def select_docs(docs: Sequence[dict[str, str]], n: int) -> tuple[list[BenchDoc], Counter[str]]:
    """Pick up to n docs in a fixed pseudo-random order, keeping only unambiguous question/evidence pairs.

    Skipped: no first sentence, one shorter than MIN or longer than MAX characters, a first sentence that
    opens more than one document, a question already asked of an earlier pick, and evidence that also
    appears in another picked document (it would make the wrong document a hit).
    """
    skipped: Counter[str] = Counter()
    candidates: list[BenchDoc] = []
    for doc in docs:
        evidence = first_sentence(doc["text"])
        if evidence is None or not MIN_EVIDENCE_CHARS <= len(evidence) <= MAX_EVIDENCE_CHARS:
            skipped["first sentence missing, too short or too long"] += 1
            continue
        candidates.append(BenchDoc(question=question_for(doc["title"]), evidence=evidence, **doc))
    openings = Counter(fold(c.evidence) for c in candidates)
    picked: list[BenchDoc] = []
    questions: set[str] = set()
    folded_texts: list[str] = []
    for cand in sorted(candidates, key=lambda c: _order_key(c.id)):
        if len(picked) == n:
            break
        evidence, text = fold(cand.evidence), fold(cand.text)
        if openings[evidence] > 1:
            skipped["first sentence duplicated"] += 1
        elif fold(cand.question) in questions:
            skipped["question duplicated (same title)"] += 1
        elif any(evidence in t for t in folded_texts) or any(fold(p.evidence) in text for p in picked):
            skipped["evidence found in another picked doc"] += 1
        else:
            picked.append(cand)
            questions.add(fold(cand.question))
            folded_texts.append(text)
    return sorted(picked, key=lambda d: d.id), skipped


def _toml_string(value: str) -> str:
    # JSON string escapes are valid TOML basic-string escapes once non-ASCII is kept literal.
    return json.dumps(value, ensure_ascii=False)


def guides_toml(docs: Iterable[BenchDoc]) -> str:
    parts = [TOML_MARKER, ATTRIBUTION, ""]
    for doc in docs:
        origin = doc.source.split("/", 1)[-1] if doc.source else "unknown"
        parts += [
            f"[{_toml_string(doc.file_name)}]",
            f"title = {_toml_string(doc.title)}",
            f"source = {_toml_string(f'MedQuAD/NIH {origin} (CC BY 4.0)')}",
            f"url = {_toml_string(doc.url)}",
            "",
        ]
    return "\n".join(parts)


def question_lines(docs: Sequence[BenchDoc]) -> list[str]:
    width = max(4, len(str(len(docs))))
    return [
        json.dumps(
            {
                "id": f"mq{i:0{width}d}",
                "question": doc.question,
                "history": [],
                "guide": doc.file_name,
                "evidence": [doc.evidence],
                "expect": "answer",
                "kind": "fact",
            },
            ensure_ascii=False,
        )
        for i, doc in enumerate(docs, start=1)
    ]


def _prepare_folder(corpus: Path) -> None:
    """Refuse to write into a folder we did not make; clear our earlier guides so none go stale."""
    toml = corpus / "guides.toml"
    if corpus.exists() and any(corpus.iterdir()):
        if not toml.exists() or not toml.read_text(encoding="utf-8").startswith(TOML_MARKER):
            raise ConfigError(
                f"{corpus} is not empty and was not written by this script",
                "pass --out with a new or earlier benchmark folder",
            )
        for old in corpus.glob("*.txt"):
            old.unlink()
    corpus.mkdir(parents=True, exist_ok=True)


def write_benchmark(docs: Sequence[BenchDoc], corpus: Path) -> Path:
    """Write each doc as <id>.txt (title line, blank line, text), guides.toml, and ../questions.jsonl."""
    _prepare_folder(corpus)
    for doc in docs:
        (corpus / doc.file_name).write_text(f"{doc.title}\n\n{doc.text}\n", encoding="utf-8")
    (corpus / "guides.toml").write_text(guides_toml(docs), encoding="utf-8")
    questions = corpus.parent / "questions.jsonl"
    questions.write_text("\n".join(question_lines(docs)) + "\n", encoding="utf-8")
    return questions


def suffix_counts(titles: Iterable[str]) -> Counter[str]:
    return Counter(split_title(t)[1] or "(none)" for t in titles)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--docs", type=Path, default=DEFAULT_DOCS, help="medquad_docs.jsonl")
    parser.add_argument("--n", type=int, default=DEFAULT_N, help="documents to pick (default 1200)")
    parser.add_argument(
        "--out", type=Path, default=None, help="corpus folder (default bench/out/medquad_<n>/corpus)"
    )
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error("--n must be at least 1")
    if args.out is None:
        args.out = ROOT / "bench" / "out" / f"medquad_{args.n}" / "corpus"
    return args


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.INFO, format="%(message)s", stream=sys.stderr)
    args = _parse(argv)
    try:
        docs = load_docs(args.docs)
        picked, skipped = select_docs(docs, args.n)
        if len(picked) < args.n:
            log.warning("only %d usable documents for --n %d", len(picked), args.n)
        questions = write_benchmark(picked, args.out)
    except AssistantError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    log.info("title suffixes, all %d docs: %s", len(docs), dict(suffix_counts(d["title"] for d in docs)))
    log.info("title suffixes, picked: %s", dict(suffix_counts(d.title for d in picked)))
    log.info("skipped while picking: %s", dict(skipped))
    log.info("wrote %d guides to %s and %s", len(picked), args.out, questions)
    return 0


if __name__ == "__main__":
    sys.exit(main())
