"""The launched app through gradio_client: /ask contract, follow-ups, feedback, urgent flag, staff token."""

from __future__ import annotations

import html
import json
import sqlite3
import subprocess
import sys
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import gradio as gr
import pytest
from gradio_client import Client

from assistant.domain import Answer, Turn
from assistant.settings import Settings
from assistant.ui.handlers import ChatSession, Handlers
from assistant.ui.layout import build_app
from assistant.ui.storage import ConversationLog

if TYPE_CHECKING:
    from tests.ui.conftest import RunningApp

pytestmark = [pytest.mark.ui, pytest.mark.slow]

FIRST = "How can I lower my risk of infection during recovery?"
FOLLOW_UP = "What else can I do?"
URGENT = "I have a fever of 39 and chest pain"


@pytest.fixture(scope="module")
def client(running_app: RunningApp) -> Iterator[Client]:
    yield Client(running_app.url, verbose=False)


def ask(client: Client, question: str, history: Any = ()) -> dict[str, Any]:
    result = client.predict(
        question, list(history) if isinstance(history, tuple) else history, api_name="/ask"
    )
    assert isinstance(result, dict)
    return result


def test_answer_has_citations_markers_and_disclaimer(client: Client) -> None:
    result = ask(client, FIRST)
    assert result["citations"], result
    for citation in result["citations"]:
        assert f"[{citation['n']}]" in result["answer"]
        assert citation["title"] and citation["text"]
    assert "not medical advice" in result["disclaimer"]
    assert len(result["passages"]) >= 5
    assert not result["flags"]["urgent"]


def test_ask_returns_the_same_json_as_the_cli(client: Client, running_app: RunningApp) -> None:
    cli = subprocess.run(
        [sys.executable, "-m", "assistant", "ask", "--json", FIRST],
        cwd=running_app.repo,
        env=running_app.env,
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    assert ask(client, FIRST) == json.loads(cli.stdout)


def test_follow_up_uses_the_history(client: Client) -> None:
    first = ask(client, FIRST)
    history = [{"role": "user", "content": FIRST}, {"role": "assistant", "content": first["answer"]}]

    def about_infection(result: dict[str, Any]) -> bool:
        return any("infection" in (c["section"] + c["text"]).lower() for c in result["citations"])

    assert about_infection(first)
    assert about_infection(ask(client, FOLLOW_UP, history))
    assert not about_infection(ask(client, FOLLOW_UP))  # the history, not the words, carries the topic


@pytest.mark.parametrize(
    "history", [None, "not a list", [{"bad": 1}, "junk", {"role": "system", "content": "x"}]]
)
def test_malformed_history_is_tolerated(client: Client, history: Any) -> None:
    assert ask(client, FIRST, history) == ask(client, FIRST, [])


def test_feedback_is_stored_redacted_in_sqlite(client: Client, running_app: RunningApp) -> None:
    question = f"My email is pat@example.org. {FIRST}"
    result = ask(client, question)
    stored = client.predict(
        question, result["answer"], "down", "Call me on 555-123-4567", api_name="/feedback"
    )
    assert stored == {"stored": True}
    with sqlite3.connect(running_app.chat_db) as db:
        row = db.execute(
            "SELECT question, rating, comment, channel FROM exchanges WHERE question LIKE 'My email is%'"
            " ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert row == (f"My email is [EMAIL]. {FIRST}", "down", "Call me on [PHONE]", "api")


def test_feedback_rejects_an_unknown_rating(client: Client) -> None:
    with pytest.raises(Exception, match="rating must be"):
        client.predict(FIRST, "whatever", "meh", "", api_name="/feedback")


def test_urgent_question_is_flagged_with_the_notice_first(client: Client) -> None:
    result = ask(client, URGENT)
    assert result["flags"]["urgent"]
    assert result["notice"] and result["answer"].startswith(result["notice"])
    assert "911" in result["notice"]


@pytest.mark.parametrize("token", ["", "wrong-token", "{token}x", " {token}"])
def test_staff_endpoint_refuses_without_the_token(
    client: Client, running_app: RunningApp, token: str
) -> None:
    with pytest.raises(Exception, match="Staff token required"):
        client.predict(URGENT, token.format(token=running_app.staff_token), api_name="/review")


def test_staff_endpoint_shows_scores_citations_and_flags_with_the_token(
    client: Client, running_app: RunningApp
) -> None:
    review = client.predict(FIRST, running_app.staff_token, api_name="/review")
    assert len(review["passages"]) >= 5
    assert all({"score", "dense", "lexical"} <= p.keys() for p in review["passages"])
    assert review["cited"] == [c["n"] for c in review["citations"]]
    assert set(review["flags"]) == {"urgent", "personal_advice", "off_topic", "not_found"}


def test_data_folder_is_not_served(running_app: RunningApp) -> None:
    for path in (running_app.chat_db, running_app.data_dir / "index"):
        url = f"{running_app.url}/gradio_api/file={path}"
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(url, timeout=10)
        assert refused.value.code in (403, 404)


def test_question_text_is_not_written_to_the_log(client: Client, running_app: RunningApp) -> None:
    marker = "zebra-quartz-marker"
    ask(client, f"Is {marker} safe after CAR-T?")
    log = running_app.log_text()
    assert "Running on local URL" in log  # the right, unbuffered log
    assert marker not in log


# Without launching: what needs a broken or unconfigured backend, on a small stand-in for the services.


class BrokenAssistant:
    def ask(self, question: str, history: Sequence[Turn]) -> Answer:
        raise RuntimeError("index exploded at /srv/secret/path")


class CannedAssistant:
    def ask(self, question: str, history: Sequence[Turn]) -> Answer:
        return Answer(text="Wash your hands often.", disclaimer="Not medical advice.")


class UnusedLibrary:
    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"the library should not be used here ({name})")


@dataclass
class StandInServices:
    settings: Settings
    assistant: BrokenAssistant | CannedAssistant = field(default_factory=BrokenAssistant)
    library: Any = field(default_factory=UnusedLibrary)


def test_unexpected_error_reaches_the_patient_as_a_friendly_message(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    handlers = Handlers(StandInServices(settings), ConversationLog.from_settings(settings))
    *_, (messages, session, box) = handlers.respond("What is CAR-T cell therapy?", ChatSession())
    shown = html.unescape(messages[-1]["content"])
    assert "Sorry, something went wrong" in shown and "not medical advice" in shown
    assert "exploded" not in shown and "RuntimeError" not in shown and "Traceback" not in shown
    assert session.turns == [] and box == ""
    with pytest.raises(gr.Error, match="Sorry, something went wrong") as raised:
        handlers.ask_api("What is CAR-T cell therapy?", [])
    assert "exploded" not in str(raised.value)


def test_a_broken_conversation_store_never_costs_the_patient_the_answer(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path)
    unwritable = ConversationLog(tmp_path, retention_days=30)  # a folder, not a database file
    handlers = Handlers(StandInServices(settings, CannedAssistant()), unwritable)
    *_, (messages, session, _) = handlers.respond("How do I avoid infections?", ChatSession())
    assert "Wash your hands often." in html.unescape(messages[-1]["content"])
    assert len(session.turns) == 2
    assert handlers.ask_api("How do I avoid infections?")["answer"] == "Wash your hands often."


def test_staff_tabs_are_disabled_and_say_so_without_a_token(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, staff_token=None)
    demo = build_app(StandInServices(settings))
    texts = [str(c["props"].get("value")) for c in demo.config["components"] if c["type"] == "markdown"]
    assert any("Review is disabled" in t for t in texts)
    assert any("Library is disabled" in t for t in texts)
    assert not [c for c in demo.config["components"] if c["props"].get("label") == "Staff token"]
    handlers = Handlers(StandInServices(settings), ConversationLog.from_settings(settings))
    with pytest.raises(gr.Error, match="disabled"):
        handlers.review_api("anything", "")


def test_answers_run_with_the_configured_concurrency(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path, concurrency=3, staff_token="t")
    demo = build_app(StandInServices(settings))
    answering = [fn for fn in demo.fns.values() if fn.concurrency_id == "answer"]
    assert {fn.api_name for fn in answering} >= {"ask", "review"}
    assert len(answering) >= 4  # /ask, /review, the chat box and the staff review box
    assert {fn.concurrency_limit for fn in answering} == {3}
    public = {fn.api_name for fn in demo.fns.values() if fn.api_visibility == "public"}
    assert public == {"ask", "feedback", "review"}
