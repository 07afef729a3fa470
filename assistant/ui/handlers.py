"""Handlers behind every chat, feedback, review and library event and the /ask, /feedback, /review API."""

from __future__ import annotations

import hmac
import logging
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast, get_args

import gradio as gr

from assistant.domain import Answer, GuideRecord, Turn
from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.ui import render
from assistant.ui.storage import Channel, ConversationLog, LogFilter, Rating

logger = logging.getLogger(__name__)

T = TypeVar("T")

LOG_HEADERS = ["id", "when (UTC)", "question", "answer", "flags", "cited", "rating", "comment"]
STREAM_PAUSE_S = 0.03


class IngestReport(Protocol):
    def as_json(self) -> dict[str, Any]: ...


class AskService(Protocol):
    def ask(self, question: str, history: Sequence[Turn]) -> Answer: ...


class LibraryService(Protocol):
    def list_guides(self) -> list[GuideRecord]: ...

    def ingest(self) -> IngestReport: ...

    def is_stale(self) -> bool: ...

    def add_guide(self, upload_path: Path, filename: str) -> Path: ...

    def remove_guide(self, guide: str) -> None: ...


class AppServices(Protocol):
    """What the app needs from the composition root (assistant.services.Services satisfies it)."""

    @property
    def settings(self) -> Settings: ...

    @property
    def assistant(self) -> AskService: ...

    @property
    def library(self) -> LibraryService: ...


@dataclass
class ChatSession:
    """One browser tab's conversation: plain turns for the assistant, rendered bubbles for the chat."""

    turns: list[Turn] = field(default_factory=list)
    messages: list[dict[str, str]] = field(default_factory=list)
    exchange_ids: dict[int, int] = field(default_factory=dict)
    pending_feedback: tuple[int, Rating] | None = None


class Handlers:
    """Plain functions behind every event and endpoint; the only place the UI talks to the services."""

    def __init__(self, services: AppServices, log: ConversationLog) -> None:
        self.services = services
        self.settings = services.settings
        self.log = log

    # Patients -------------------------------------------------------------------------------------------

    def respond(
        self, question: str, session: ChatSession
    ) -> Iterator[tuple[list[dict[str, str]], ChatSession, str]]:
        """Stream an answer into the chat: the question at once, then the answer in pieces, then sources."""
        question = (question or "").strip()
        if not question:
            yield session.messages, session, ""
            return
        session.pending_feedback = None
        session.messages = [
            *session.messages,
            {"role": "user", "content": render.render_user_message(question)},
            {
                "role": "assistant",
                "content": '<div class="answer answer-pending">Looking in the guides…</div>',
            },
        ]
        yield session.messages, session, ""
        try:
            answer = self._ask(question, session.turns)
        except AssistantError as error:
            session.messages[-1]["content"] = render.render_problem(error.message, error.hint)
            yield session.messages, session, ""
            return
        for prefix in render.stream_prefixes(render.answer_body(answer)):
            session.messages[-1]["content"] = render.render_answer(answer, prefix)
            yield session.messages, session, ""
            time.sleep(STREAM_PAUSE_S)
        session.messages[-1]["content"] = render.render_answer(answer)
        exchange_id = self._store(question, answer, "chat")
        if exchange_id is not None:
            session.exchange_ids[len(session.messages) - 1] = exchange_id
        session.turns = [*session.turns, Turn("user", question), Turn("assistant", answer.text)]
        yield session.messages, session, ""

    def on_like(self, session: ChatSession, data: gr.LikeData) -> tuple[ChatSession, Any, str]:
        """A thumb on an answer: store it, then offer the optional comment box."""
        index = data.index if isinstance(data.index, int) else data.index[0]
        exchange_id = session.exchange_ids.get(index)
        if data.liked not in (True, False) or exchange_id is None:
            session.pending_feedback = None
            return session, gr.Column(visible=False), ""
        rating: Rating = "up" if data.liked else "down"
        self._store_feedback(exchange_id, rating)
        session.pending_feedback = (exchange_id, rating)
        return session, gr.Column(visible=True), "Thank you. You can add a comment below (optional)."

    def send_comment(self, comment: str, session: ChatSession) -> tuple[ChatSession, Any, str, str]:
        if session.pending_feedback is not None and comment.strip():
            exchange_id, rating = session.pending_feedback
            self._store_feedback(exchange_id, rating, comment)
        session.pending_feedback = None
        return session, gr.Column(visible=False), "", "Thank you for your feedback."

    # API ------------------------------------------------------------------------------------------------

    def ask_api(self, question: str, history: list[dict[str, str]] | None = None) -> dict[str, Any]:
        """Answer a question from the guides; history is [{"role", "content"}]. Same JSON as `ask --json`."""
        answer = _or_gr_error(lambda: self._ask(question, Turn.list_from_json(history)))
        self._store(question, answer, "api")
        return answer.as_json()

    def feedback_api(self, question: str, answer: str, rating: str, comment: str = "") -> dict[str, Any]:
        """Rate an answer returned by /ask: rating is "up" or "down"; the comment is optional."""
        if rating not in get_args(Rating):
            raise gr.Error('rating must be "up" or "down"')
        exchange_id = self.log.find_exchange(question, answer)
        stored = exchange_id is not None and self._store_feedback(exchange_id, cast(Rating, rating), comment)
        return {"stored": stored}

    def review_api(self, question: str, token: str) -> dict[str, Any]:
        """Staff only: the answer with all retrieved passages and scores, what was cited, flags, reasons."""
        self._require_staff(token)
        answer = _or_gr_error(lambda: self._ask(question, ()))
        return {**answer.as_json(), "cited": [c.n for c in answer.citations]}

    # Staff UI -------------------------------------------------------------------------------------------

    def review_ui(self, token: str, question: str) -> tuple[str, str, list[list[object]]]:
        self._require_staff(token)
        answer = _or_gr_error(lambda: self._ask(question, ()))
        return render.flags_markdown(answer), render.render_answer(answer), render.passage_rows(answer)

    def log_ui(self, token: str, filters: list[LogFilter]) -> list[list[object]]:
        self._require_staff(token)
        return [
            [
                e.id,
                e.created_at,
                e.question,
                e.answer,
                ", ".join(e.raised_flags),
                "; ".join(e.cited),
                e.rating or "",
                e.comment,
            ]
            for e in self.log.entries(filters)
        ]

    def export_ui(self, token: str, filters: list[LogFilter]) -> str:
        self._require_staff(token)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
        folder = Path(tempfile.mkdtemp(prefix="assistant-export-"))
        return str(self.log.export_csv(folder / f"conversations-{stamp}.csv", filters))

    def library_ui(self, token: str) -> tuple[list[list[object]], Any]:
        self._require_staff(token)
        guides = self.services.library.list_guides()
        return render.guide_rows(guides), gr.Dropdown(choices=sorted(g.path for g in guides), value=None)

    def add_guide_ui(
        self, token: str, upload: str | None
    ) -> tuple[str, list[list[str]], list[list[object]], Any]:
        self._require_staff(token)
        if not upload:
            raise gr.Error("Choose a guide file to upload first.")
        path = Path(upload)
        _or_gr_error(lambda: self.services.library.add_guide(path, path.name))
        return self._reingest(token)

    def remove_guide_ui(
        self, token: str, guide: str | None
    ) -> tuple[str, list[list[str]], list[list[object]], Any]:
        self._require_staff(token)
        if not guide:
            raise gr.Error("Choose the guide to remove first.")
        _or_gr_error(lambda: self.services.library.remove_guide(guide))
        return self._reingest(token)

    def reingest_ui(self, token: str) -> tuple[str, list[list[str]], list[list[object]], Any]:
        self._require_staff(token)
        return self._reingest(token)

    # Helpers --------------------------------------------------------------------------------------------

    def _reingest(self, token: str) -> tuple[str, list[list[str]], list[list[object]], Any]:
        summary = _or_gr_error(self.services.library.ingest).as_json()
        failures = [[str(f.get("guide", "")), str(f.get("reason", ""))] for f in summary.get("failures", [])]
        counts = ", ".join(
            f"{summary.get(k, 0)} {k}" for k in ("added", "updated", "unchanged", "removed", "failed")
        )
        seconds, passages = float(summary.get("seconds", 0)), summary.get("passages", 0)
        status = f"**Ingest finished** in {seconds:.1f} s: {counts}; {passages} passages."
        return (status, failures, *self.library_ui(token))

    def _ask(self, question: str, history: Sequence[Turn]) -> Answer:
        """Ask the assistant (it logs question text only when settings allow); failures: AssistantError."""
        try:
            return self.services.assistant.ask(question, history)
        except AssistantError:
            raise
        except Exception as error:  # a patient must never see a traceback
            logger.exception("answering failed: %s", type(error).__name__)
            raise AssistantError(
                "Sorry, something went wrong while answering.",
                "Please try again in a moment. If you feel unwell, contact your care team now.",
            ) from error

    def _store(self, question: str, answer: Answer, channel: Channel) -> int | None:
        """Keep the exchange; a storage failure is logged and never costs the patient the answer."""
        try:
            return self.log.record(question, answer, channel)
        except (sqlite3.Error, OSError) as error:
            logger.error("could not store the conversation: %s", error)
            return None

    def _store_feedback(self, exchange_id: int, rating: Rating, comment: str = "") -> bool:
        try:
            return self.log.record_feedback(exchange_id, rating, comment)
        except (sqlite3.Error, OSError) as error:
            logger.error("could not store feedback: %s", error)
            return False

    def _require_staff(self, token: str | None) -> None:
        if not staff_enabled(self.settings) or self.settings.staff_token is None:
            raise gr.Error("Staff tools are disabled: no staff token is configured (ASSISTANT_STAFF_TOKEN).")
        expected = self.settings.staff_token.get_secret_value().encode("utf-8")
        if not hmac.compare_digest((token or "").encode("utf-8"), expected):
            raise gr.Error("Staff token required: enter the staff token to use this.")


def _or_gr_error(action: Callable[[], T]) -> T:
    """Run action; an AssistantError becomes a gr.Error whose message (and hint) the user sees."""
    try:
        return action()
    except AssistantError as error:
        raise gr.Error(f"{error.message} {error.hint}".strip()) from error


def staff_enabled(settings: Settings) -> bool:
    return settings.staff_token is not None and bool(settings.staff_token.get_secret_value())
