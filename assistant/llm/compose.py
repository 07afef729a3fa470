"""Generative answers: a chat model under a hard timeout, verified, with the extractive answer as fallback."""

from __future__ import annotations

import logging
import queue
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import BaseMessage

from assistant.domain import Answer, Citation, Passage, Turn
from assistant.llm.prompt import answer_messages, condense_messages
from assistant.llm.verify import (
    CITATION,
    INJECTION,
    SUPPORT_THRESHOLD,
    cited_numbers,
    evidence_text,
    sentence_problems,
    split_answer,
    verify_answer,
)

logger = logging.getLogger(__name__)

T = TypeVar("T")
FALLBACK_ENGINE = "extractive-fallback"
# A rewritten question much longer than the original is a model answering instead of rewriting.
CONDENSED_MAX_CHARS = 400
_THINKING = re.compile(r"<think>.*?(?:</think>|$)", re.DOTALL | re.IGNORECASE)
_LABEL = re.compile(r"^\s*(?:standalone question|question)\s*:\s*", re.IGNORECASE)
_LETTER = re.compile(r"[A-Za-z]")
_SOURCES_LINE = re.compile(r"^\W*(?:sources?|references?|citations?)\W*(?:\[\d+\][\s,;]*)*$", re.IGNORECASE)


def call_with_timeout(fn: Callable[[], T], timeout_s: float) -> T:
    """Run fn in a daemon thread and stop waiting after timeout_s (TimeoutError); its errors are re-raised."""
    box: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def run() -> None:
        try:
            box.put((True, fn()))
        except BaseException as error:  # handed to the caller, whatever it is
            box.put((False, error))

    # A daemon thread: a model that never returns is abandoned, and never keeps the process alive.
    threading.Thread(target=run, name="llm-call", daemon=True).start()
    try:
        ok, value = box.get(timeout=timeout_s)
    except queue.Empty:
        raise TimeoutError(f"no model answer within {timeout_s:g} s") from None
    if ok:
        return value
    raise value


def renumber(text: str, mapping: dict[int, int]) -> str:
    """Rewrite passage numbers as answer numbers 1, 2, ... in order of first citation (mapping grows)."""

    def replace(match: re.Match[str]) -> str:
        numbers = cited_numbers(match.group(0))
        for n in numbers:
            mapping.setdefault(n, len(mapping) + 1)
        return "".join(f"[{mapping[n]}]" for n in numbers)

    return CITATION.sub(replace, text)


def citations_for(mapping: dict[int, int], passages: Sequence[Passage]) -> tuple[Citation, ...]:
    return tuple(Citation(new, passages[old - 1]) for old, new in sorted(mapping.items(), key=lambda i: i[1]))


def clean_output(text: str) -> str:
    """Drop a reasoning model's <think> block and a closing "Sources: [1], [2]" line."""
    lines = _THINKING.sub("", text).strip().splitlines()
    return "\n".join(line for line in lines if not _SOURCES_LINE.match(line)).strip()


def model_name(model: BaseChatModel) -> str:
    for attribute in ("model_name", "model"):
        value = getattr(model, attribute, None)
        if isinstance(value, str) and value:
            return value
    return model._llm_type


class GenerativeComposer:
    """Writes answers with a chat model from retrieved passages; the extractive answer is the safety net."""

    def __init__(
        self,
        model: BaseChatModel,
        timeout_s: float,
        verifier_threshold: float = SUPPORT_THRESHOLD,
        name: str | None = None,
    ) -> None:
        self.model = model
        self.timeout_s = timeout_s
        self.verifier_threshold = verifier_threshold
        self.name = name or model_name(model)

    @property
    def engine(self) -> str:
        return f"llm:{self.name}"

    def condense(self, question: str, history: Sequence[Turn]) -> str:
        """A standalone question for retrieval; the question unchanged on any failure or timeout."""
        if not history:
            return question
        try:
            # Half the budget: a one-line rewrite is quick, and the answer still needs its own call.
            raw = self._invoke(condense_messages(question, history), self.timeout_s / 2)
        except Exception as error:
            logger.warning("condense skipped (%s): %s", self.name, _describe(error))
            return question
        lines = [line for line in clean_output(raw).splitlines() if line.strip()]
        standalone = _LABEL.sub("", lines[0]).strip().strip("\"'") if lines else ""
        if not standalone or len(standalone) > CONDENSED_MAX_CHARS or INJECTION.search(standalone):
            logger.warning("condense skipped (%s): unusable rewrite", self.name)
            return question
        return standalone

    def compose(
        self, question: str, history: Sequence[Turn], passages: Sequence[Passage], fallback: Answer
    ) -> Answer:
        """The model's answer if it passes verification, else the fallback with the reason recorded."""
        if not passages:
            return self._fall_back(fallback, "no passages to answer from")
        try:
            raw = self._invoke(answer_messages(question, history, passages), self.timeout_s)
        except Exception as error:
            return self._fall_back(fallback, _describe(error))
        return self._accept_or_fall_back(clean_output(raw), passages, fallback)

    def stream(
        self, question: str, history: Sequence[Turn], passages: Sequence[Passage], fallback: Answer
    ) -> Iterator[str | Answer]:
        """Yield verified sentences (citations already renumbered) as they arrive, then the final Answer.

        Each sentence is checked before it is yielded; if a later check fails, the final Answer is the
        fallback, and a UI must replace the streamed text with the final Answer's text.
        """
        if not passages:
            yield self._fall_back(fallback, "no passages to answer from")
            return
        evidence = [evidence_text(p) for p in passages]
        mapping: dict[int, int] = {}
        shown, text = 0, ""
        try:
            for text in self._stream_text(answer_messages(question, history, passages)):
                sentences = split_answer(clean_output(text))
                # The last sentence may be unfinished; a lone "[3" is not the start of the next one.
                complete = sentences[:-1] if sentences and _LETTER.search(sentences[-1]) else []
                for index in range(shown + 1, len(complete) + 1):
                    sentence = complete[index - 1]
                    problems = list(sentence_problems(index, sentence, evidence, self.verifier_threshold))
                    if problems:
                        yield self._fall_back(fallback, "; ".join(problems))
                        return
                    yield ("" if index == 1 else " ") + renumber(sentence, mapping)
                shown = max(shown, len(complete))
        except Exception as error:
            yield self._fall_back(fallback, _describe(error))
            return
        final = self._accept_or_fall_back(clean_output(text), passages, fallback)
        if final.engine == self.engine:
            for sentence in split_answer(final.text)[shown:]:
                yield ("" if shown == 0 else " ") + sentence
                shown += 1
        yield final

    def _invoke(self, messages: list[BaseMessage], timeout_s: float) -> str:
        message = call_with_timeout(lambda: self.model.invoke(messages), timeout_s)
        return message.text

    def _stream_text(self, messages: list[BaseMessage]) -> Iterator[str]:
        """The growing answer text, chunk by chunk, within one overall deadline of timeout_s."""
        chunks: queue.Queue[tuple[str, Any]] = queue.Queue()
        stop = threading.Event()

        def run() -> None:
            try:
                for chunk in self.model.stream(messages):
                    if stop.is_set():
                        return
                    chunks.put(("chunk", chunk.text))
                chunks.put(("done", None))
            except BaseException as error:  # handed to the consumer
                chunks.put(("error", error))

        threading.Thread(target=run, name="llm-stream", daemon=True).start()
        deadline, text = time.monotonic() + self.timeout_s, ""
        try:
            while True:
                try:
                    kind, value = chunks.get(timeout=max(0.0, deadline - time.monotonic()))
                except queue.Empty:
                    raise TimeoutError(f"no complete model answer within {self.timeout_s:g} s") from None
                if kind == "error":
                    raise value
                if kind == "done":
                    return
                text += value
                yield text
        finally:
            stop.set()

    def _accept_or_fall_back(self, text: str, passages: Sequence[Passage], fallback: Answer) -> Answer:
        verdict = verify_answer(text, passages, self.verifier_threshold)
        if not verdict.ok:
            return self._fall_back(fallback, "; ".join(verdict.reasons))
        mapping: dict[int, int] = {}
        renumbered = renumber(text, mapping)
        return fallback.with_changes(
            text=renumbered, citations=citations_for(mapping, passages), engine=self.engine
        )

    def _fall_back(self, fallback: Answer, why: str) -> Answer:
        # Reasons are short codes built here; the question and the model's text are never logged.
        logger.warning("generative answer not used (%s): %s", self.name, why)
        return fallback.with_changes(engine=FALLBACK_ENGINE, reasons=(*fallback.reasons, f"llm:{why}"))


def _describe(error: BaseException) -> str:
    if isinstance(error, TimeoutError):
        return str(error)
    return f"model error {type(error).__name__}"
