"""The SQLite conversation log: redaction, feedback, filters, retention, CSV export, and the off switch."""

from __future__ import annotations

import csv
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from assistant.domain import Answer, Chunk, Citation, Flags, Passage
from assistant.settings import Settings
from assistant.ui.storage import ConversationLog


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


def make_answer(text: str = "Keep every clinic appointment [1].", **flags: bool) -> Answer:
    chunk = Chunk("c1", "g.txt", "Recovery guide", "Early days", 0, "Keep every clinic appointment.", "h")
    passage = Passage(chunk, 0.9)
    return Answer(
        text=text,
        disclaimer="Not medical advice.",
        citations=(Citation(1, passage),),
        passages=(passage,),
        flags=Flags(**flags),
        reasons=("red flag: fever",) if flags.get("urgent") else (),
    )


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def log(tmp_path: Path, clock: Clock) -> ConversationLog:
    return ConversationLog(tmp_path / "chat.sqlite3", retention_days=30, now=clock)


def test_stored_question_is_redacted(log: ConversationLog) -> None:
    log.record("I'm jane@example.com, MRN 1234567: what now?", make_answer(), "chat")
    [entry] = log.entries()
    assert entry.question == "I'm [EMAIL], MRN [RECORD NUMBER]: what now?"
    assert entry.cited == ("Recovery guide § Early days",)
    assert entry.channel == "chat"


def test_feedback_is_attached_and_redacted(log: ConversationLog) -> None:
    exchange = log.record("what now?", make_answer(), "chat")
    assert exchange is not None
    assert log.record_feedback(exchange, "down", "  call me on 555-123-4567  ")
    [entry] = log.entries()
    assert (entry.rating, entry.comment) == ("down", "call me on [PHONE]")
    assert not log.record_feedback(exchange + 100, "up")


def test_api_clients_find_their_exchange_by_question_and_answer(log: ConversationLog) -> None:
    first = log.record("my email is a@b.org", make_answer("One [1]."), "api")
    second = log.record("my email is a@b.org", make_answer("Two [1]."), "api")
    assert log.find_exchange("my email is a@b.org", "One [1].") == first
    assert log.find_exchange("my email is a@b.org", "Two [1].") == second
    assert log.find_exchange("something else", "One [1].") is None


def test_filters_must_all_match(log: ConversationLog) -> None:
    urgent = log.record("fever", make_answer(urgent=True), "chat")
    log.record("dose?", make_answer(personal_advice=True), "chat")
    log.record("what is x?", make_answer(not_found=True), "chat")
    assert urgent is not None
    log.record_feedback(urgent, "down")
    assert [e.question for e in log.entries(["urgent"])] == ["fever"]
    assert [e.question for e in log.entries(["personal_advice"])] == ["dose?"]
    assert [e.question for e in log.entries(["not_found"])] == ["what is x?"]
    assert [e.question for e in log.entries(["urgent", "thumbs_down"])] == ["fever"]
    assert log.entries(["not_found", "thumbs_down"]) == []
    assert [e.question for e in log.entries()] == ["what is x?", "dose?", "fever"]


def test_retention_deletes_old_exchanges(log: ConversationLog, clock: Clock) -> None:
    log.record("old question", make_answer(), "chat")
    clock.now += timedelta(days=31)
    log.record("new question", make_answer(), "chat")
    assert [e.question for e in log.entries()] == ["new question"]


def test_csv_export_has_every_column_and_defuses_formulas(log: ConversationLog, tmp_path: Path) -> None:
    log.record('=HYPERLINK("http://x")', make_answer(urgent=True), "chat")
    log.record("plain", make_answer(), "chat")
    path = log.export_csv(tmp_path / "out" / "log.csv", ["urgent"])
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) == 1
    assert rows[0]["question"].startswith("'=")
    assert rows[0]["urgent"] == "True"
    assert rows[0]["reasons"] == "red flag: fever"


def test_nothing_is_stored_when_logging_is_off(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data", store_conversations=False)
    log = ConversationLog.from_settings(settings)
    assert log.record("my email is a@b.org", make_answer(), "chat") is None
    assert not log.record_feedback(1, "up")
    assert log.entries() == []
    assert not settings.chat_db_path.exists()
    assert not (tmp_path / "data").exists()
