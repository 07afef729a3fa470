"""The Gradio app: patient chat, staff review, the guide library and the /ask, /feedback, /review API."""

from __future__ import annotations

import argparse
import hmac
import logging
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast, get_args

import gradio as gr
from pydantic import ValidationError

from assistant.domain import Answer, GuideRecord, Turn
from assistant.errors import AssistantError
from assistant.ingest.load import SUPPORTED_SUFFIXES
from assistant.settings import Settings
from assistant.ui import render
from assistant.ui.storage import LOG_FILTERS, Channel, ConversationLog, LogFilter, Rating

logger = logging.getLogger(__name__)

T = TypeVar("T")

EXAMPLE_QUESTIONS = (
    "What happens in the first weeks after treatment?",
    "How can I lower my risk of infection while I recover?",
    "What follow-up visits should I expect?",
    "What is CAR-T cell therapy?",
)
FILTER_LABELS: dict[LogFilter, str] = {
    "urgent": "Urgent",
    "personal_advice": "Personal advice",
    "not_found": "Not found in the guides",
    "thumbs_down": "Thumbs down",
}
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


def build_app(services: AppServices, log: ConversationLog | None = None) -> gr.Blocks:
    """The whole app as a Blocks; `launch_app` serves it."""
    settings = services.settings
    handlers = Handlers(services, log or ConversationLog.from_settings(settings))
    answer_limits: dict[str, Any] = {"concurrency_limit": settings.concurrency, "concurrency_id": "answer"}
    with gr.Blocks(title="Cell & Gene Therapy Guide Assistant", analytics_enabled=False) as demo:
        gr.HTML(render.render_header(), elem_id="app-header")
        with gr.Tabs():
            with gr.Tab("Ask a question", id="chat"):
                _chat_tab(handlers, answer_limits)
            with gr.Tab("Review (staff)", id="review"):
                _review_tab(handlers, answer_limits)
            with gr.Tab("Library (staff)", id="library"):
                _library_tab(handlers)
        gr.api(handlers.ask_api, api_name="ask", **answer_limits)
        gr.api(handlers.feedback_api, api_name="feedback")
        gr.api(handlers.review_api, api_name="review", **answer_limits)
    return demo


def _chat_tab(handlers: Handlers, answer_limits: dict[str, Any]) -> None:
    settings = handlers.settings
    session = gr.State(ChatSession())
    gr.HTML(render.render_contacts(settings), elem_id="contacts")
    chatbot = gr.Chatbot(
        value=[],
        show_label=False,
        elem_id="chat",
        height="62vh",
        min_height=320,
        latex_delimiters=[],
        sanitize_html=True,
        allow_tags=False,
        buttons=[],
        placeholder="**Ask about recovery, side effects, follow-up visits or daily life after treatment.**",
        examples=[{"text": q} for q in EXAMPLE_QUESTIONS],
        feedback_options=("Like", "Dislike"),
    )
    with gr.Row(elem_id="ask-row", equal_height=True):
        question = gr.Textbox(
            label="Your question",
            show_label=False,
            placeholder="Type your question",
            lines=1,
            max_lines=6,
            max_length=settings.max_question_chars,
            autofocus=True,
            scale=5,
            elem_id="question",
            html_attributes=gr.InputHTMLAttributes(enterkeyhint="send", autocomplete="off"),
        )
        ask = gr.Button("Ask", variant="primary", scale=1, min_width=90, elem_id="ask")
    with gr.Column(visible=False, elem_id="feedback-box") as feedback_box:
        comment = gr.Textbox(label="Tell us more (optional)", lines=2, max_lines=5, max_length=1000)
        send_comment = gr.Button("Send feedback", size="sm")
    feedback_note = gr.Markdown("", elem_id="feedback-note")
    clear = gr.Button("Start a new conversation", size="sm", variant="secondary", elem_id="clear")
    gr.HTML(render.render_footer(), elem_id="footer-note")

    private: dict[str, Any] = {"api_visibility": "private"}
    respond = {"fn": handlers.respond, "inputs": [question, session], "outputs": [chatbot, session, question]}
    gr.on([question.submit, ask.click], **respond, **private, **answer_limits)
    chatbot.example_select(_example_text, None, question, queue=False, **private).then(
        **respond, **private, **answer_limits
    )
    chatbot.like(handlers.on_like, session, [session, feedback_box, feedback_note], **private)
    send_comment.click(
        handlers.send_comment, [comment, session], [session, feedback_box, comment, feedback_note], **private
    )
    reset = [chatbot, session, question, feedback_box, feedback_note]
    gr.on([chatbot.clear, clear.click], _new_session, None, reset, queue=False, **private)


def _example_text(data: gr.SelectData) -> str:
    value = data.value
    return str(value.get("text", "")) if isinstance(value, dict) else str(value)


def _new_session() -> tuple[list[dict[str, str]], ChatSession, str, Any, str]:
    return [], ChatSession(), "", gr.Column(visible=False), ""


def _staff_token_box() -> gr.Textbox:
    return gr.Textbox(label="Staff token", type="password", max_lines=1, placeholder="Enter the staff token")


def _disabled_note(tab: str) -> None:
    gr.Markdown(
        f"**{tab} is disabled.** No staff token is configured. A maintainer can enable it by setting "
        "`ASSISTANT_STAFF_TOKEN` and restarting the app.",
        elem_classes=["staff-disabled"],
    )


def _review_tab(handlers: Handlers, answer_limits: dict[str, Any]) -> None:
    if not staff_enabled(handlers.settings):
        _disabled_note("Review")
        return
    token = _staff_token_box()
    gr.Markdown(
        "### Try a question\nSee the retrieved passages and their scores, what was cited, and the flags."
    )
    with gr.Row(equal_height=True):
        question = gr.Textbox(
            label="Question to review", show_label=False, placeholder="Any question", scale=5
        )
        run = gr.Button("Review answer", variant="primary", scale=1)
    flags = gr.Markdown()
    answer = gr.HTML()
    passages = gr.Dataframe(
        headers=render.PASSAGE_HEADERS,
        elem_id="review-passages",
        wrap=True,
        interactive=False,
        max_height=480,
        column_widths=["64px", "64px", "72px", "72px", "76px", "20%", "18%", "40%"],
        max_chars=280,
    )
    gr.on(
        [run.click, question.submit],
        handlers.review_ui,
        [token, question],
        [flags, answer, passages],
        api_visibility="private",
        **answer_limits,
    )

    gr.Markdown("### Conversation log\nRedacted questions and answers with patient feedback, newest first.")
    filters = gr.CheckboxGroup(
        choices=[(FILTER_LABELS[f], f) for f in LOG_FILTERS],
        label="Show only answers that are (all ticked must match)",
    )
    with gr.Row():
        show = gr.Button("Show log")
        export = gr.Button("Export CSV")
    log_table = gr.Dataframe(
        headers=LOG_HEADERS, elem_id="log-table", wrap=True, interactive=False, max_height=520
    )
    csv_file = gr.File(label="CSV export", interactive=False, height=90)
    show.click(handlers.log_ui, [token, filters], log_table, api_visibility="private")
    filters.change(handlers.log_ui, [token, filters], log_table, api_visibility="private")
    export.click(handlers.export_ui, [token, filters], csv_file, api_visibility="private")


def _library_tab(handlers: Handlers) -> None:
    if not staff_enabled(handlers.settings):
        _disabled_note("Library")
        return
    settings = handlers.settings
    token = _staff_token_box()
    show = gr.Button("Show guides")
    guides = gr.Dataframe(
        headers=render.GUIDE_HEADERS, elem_id="guides-table", wrap=True, interactive=False, max_height=420
    )
    with gr.Row():
        with gr.Column():
            upload = gr.File(
                label=f"Upload a guide ({', '.join(SUPPORTED_SUFFIXES)}; at most {settings.upload_max_mb:g} MB)",
                file_types=list(SUPPORTED_SUFFIXES),
                file_count="single",
                type="filepath",
                elem_id="guide-upload",
            )
            add = gr.Button("Add guide and re-ingest", variant="primary")
        with gr.Column():
            choice = gr.Dropdown(label="Guide to remove", choices=[], interactive=True)
            remove = gr.Button("Remove guide and re-ingest", variant="stop")
            reingest = gr.Button("Re-ingest the corpus")
    status = gr.Markdown()
    failures = gr.Dataframe(
        headers=["guide", "why it failed"], wrap=True, interactive=False, label="Failed guides"
    )
    library_limits: dict[str, Any] = {
        "concurrency_limit": 1,
        "concurrency_id": "library",
        "api_visibility": "private",
    }
    outputs = [status, failures, guides, choice]
    show.click(handlers.library_ui, token, [guides, choice], **library_limits)
    add.click(handlers.add_guide_ui, [token, upload], outputs, **library_limits)
    remove.click(handlers.remove_guide_ui, [token, choice], outputs, **library_limits)
    reingest.click(handlers.reingest_ui, token, outputs, **library_limits)


def launch_app(demo: gr.Blocks, settings: Settings, *, block: bool = True) -> None:
    """Serve on settings.host:port: no share link, no analytics, nothing served from the data folders."""
    demo.queue(default_concurrency_limit=settings.concurrency)
    demo.launch(
        server_name=settings.host,
        server_port=settings.port,
        share=False,
        show_error=False,
        prevent_thread_lock=not block,
        max_file_size=int(settings.upload_max_mb * 1_000_000),
        blocked_paths=[str(settings.data_dir), str(settings.resolved_index_dir), str(settings.corpus_dir)],
        footer_links=[],
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        enable_monitoring=False,
        theme=_theme(),
        css=render.APP_CSS,
        head=render.APP_HEAD,
    )


def _theme() -> gr.themes.Base:
    """Calm blues and greys, system fonts only (nothing fetched from a font service)."""
    system = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"]
    return gr.themes.Soft(
        primary_hue="teal",
        secondary_hue="sky",
        neutral_hue="slate",
        text_size="md",
        font=system,
        font_mono=["ui-monospace", "SFMono-Regular", "Consolas", "monospace"],
    )


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="app.py", description="Serve the Cell & Gene Therapy Guide Assistant."
    )
    parser.add_argument("--host", help="address to bind (default: settings host, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on (default: settings port, 7860)")
    parser.add_argument("--index", type=Path, help="Chroma index folder (default: <data_dir>/index)")
    parser.add_argument("--corpus", type=Path, help="folder of patient guides (default: corpus/)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build the services once, ingest when the index is missing or stale, then serve the app."""
    args = _parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    overrides = {"host": args.host, "port": args.port, "index_dir": args.index, "corpus_dir": args.corpus}
    try:
        settings = Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as error:
        print(f"error: invalid setting: {error.errors()[0]['msg']}", file=sys.stderr)
        return 2
    try:
        from assistant.services import build_services

        services = build_services(settings)
        if services.library.is_stale():
            logger.info("the index is missing or out of date: ingesting %s", settings.corpus_dir)
            logger.info("ingest: %s", services.library.ingest().as_json())
        log = ConversationLog.from_settings(settings)
        logger.info("removed %d expired conversations", log.purge_expired())
        launch_app(build_app(services, log), settings)
    except AssistantError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0
