"""The gr.Blocks layout: the chat, review and library tabs and the API, wired to the handlers."""

from __future__ import annotations

from typing import Any

import gradio as gr

from assistant.ingest.load import SUPPORTED_SUFFIXES
from assistant.ui import render
from assistant.ui.handlers import LOG_HEADERS, AppServices, ChatSession, Handlers, staff_enabled
from assistant.ui.storage import LOG_FILTERS, ConversationLog, LogFilter

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


def build_app(services: AppServices, log: ConversationLog | None = None) -> gr.Blocks:
    """The whole app as a Blocks; `assistant.ui.app.launch_app` serves it."""
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
    """The text of the example question a patient clicked in the empty chat."""
    value = data.value
    return str(value.get("text", "")) if isinstance(value, dict) else str(value)


def _new_session() -> tuple[list[dict[str, str]], ChatSession, str, Any, str]:
    """A fresh conversation: empty chat, new session, empty question, feedback box hidden."""
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
