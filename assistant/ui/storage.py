"""SQLite log of redacted questions, answers, flags and feedback, with retention and CSV export."""

from __future__ import annotations

import csv
import json
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Literal, get_args

from assistant.domain import Answer
from assistant.settings import Settings
from assistant.ui.redact import redact

Rating = Literal["up", "down"]
Channel = Literal["chat", "api"]
LogFilter = Literal["urgent", "personal_advice", "not_found", "thumbs_down"]
LOG_FILTERS: tuple[LogFilter, ...] = get_args(LogFilter)

_FILTER_SQL: dict[LogFilter, str] = {
    "urgent": "urgent = 1",
    "personal_advice": "personal_advice = 1",
    "not_found": "not_found = 1",
    "thumbs_down": "rating = 'down'",
}

_SCHEMA = """
CREATE TABLE IF NOT EXISTS exchanges (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at TEXT NOT NULL,
    channel TEXT NOT NULL,
    question TEXT NOT NULL,
    answer TEXT NOT NULL,
    urgent INTEGER NOT NULL,
    personal_advice INTEGER NOT NULL,
    off_topic INTEGER NOT NULL,
    not_found INTEGER NOT NULL,
    reasons TEXT NOT NULL,
    cited TEXT NOT NULL,
    rating TEXT,
    comment TEXT NOT NULL DEFAULT '',
    feedback_at TEXT
);
CREATE INDEX IF NOT EXISTS exchanges_created ON exchanges (created_at);
"""

CSV_COLUMNS = (
    "id", "created_at", "channel", "question", "answer", "urgent", "personal_advice", "off_topic",
    "not_found", "reasons", "cited", "rating", "comment",
)  # fmt: skip


@dataclass(frozen=True)
class Exchange:
    """One stored question and answer (both redacted) with its flags and the patient's feedback."""

    id: int
    created_at: str
    channel: str
    question: str
    answer: str
    urgent: bool
    personal_advice: bool
    off_topic: bool
    not_found: bool
    reasons: tuple[str, ...]
    cited: tuple[str, ...]
    rating: str | None
    comment: str

    @property
    def raised_flags(self) -> list[str]:
        return [
            name for name in ("urgent", "personal_advice", "off_topic", "not_found") if getattr(self, name)
        ]

    def as_row(self) -> dict[str, str | int | bool | None]:
        return {
            "id": self.id,
            "created_at": self.created_at,
            "channel": self.channel,
            "question": self.question,
            "answer": self.answer,
            "urgent": self.urgent,
            "personal_advice": self.personal_advice,
            "off_topic": self.off_topic,
            "not_found": self.not_found,
            "reasons": "; ".join(self.reasons),
            "cited": "; ".join(self.cited),
            "rating": self.rating,
            "comment": self.comment,
        }


def _utc_now() -> datetime:
    return datetime.now(UTC)


class ConversationLog:
    """Where the app keeps conversations; when disabled every write is a no-op and no file is created."""

    def __init__(
        self,
        path: Path,
        *,
        retention_days: int,
        enabled: bool = True,
        now: Callable[[], datetime] = _utc_now,
    ) -> None:
        self.path = path
        self.retention_days = retention_days
        self.enabled = enabled
        self._now = now
        self._ready = False

    @classmethod
    def from_settings(cls, settings: Settings) -> ConversationLog:
        return cls(
            settings.chat_db_path,
            retention_days=settings.retention_days,
            enabled=settings.store_conversations,
        )

    def record(self, question: str, answer: Answer, channel: Channel) -> int | None:
        """Store one redacted exchange; returns its id (None when storing is off)."""
        if not self.enabled:
            return None
        cited = [_citation_label(c.passage.chunk.title, c.passage.chunk.section) for c in answer.citations]
        flags = answer.flags
        with self._connect() as conn:
            cursor = conn.execute(
                "INSERT INTO exchanges (created_at, channel, question, answer, urgent, personal_advice,"
                " off_topic, not_found, reasons, cited) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    self._stamp(self._now()),
                    channel,
                    redact(question),
                    redact(answer.text),
                    flags.urgent,
                    flags.personal_advice,
                    flags.off_topic,
                    flags.not_found,
                    json.dumps(list(answer.reasons)),
                    json.dumps(cited),
                ),
            )
            return cursor.lastrowid

    def record_feedback(self, exchange_id: int, rating: Rating, comment: str = "") -> bool:
        """Attach (or replace) the patient's rating and comment; False when there is no such exchange."""
        if not self.enabled:
            return False
        with self._connect() as conn:
            cursor = conn.execute(
                "UPDATE exchanges SET rating = ?, comment = ?, feedback_at = ? WHERE id = ?",
                (rating, redact(comment.strip()), self._stamp(self._now()), exchange_id),
            )
            return cursor.rowcount == 1

    def find_exchange(self, question: str, answer_text: str) -> int | None:
        """The newest exchange with this question and answer (how API clients refer to an answer)."""
        if not self.enabled:
            return None
        with self._connect() as conn:
            row = conn.execute(
                "SELECT id FROM exchanges WHERE question = ? AND answer = ? ORDER BY id DESC LIMIT 1",
                (redact(question), redact(answer_text)),
            ).fetchone()
        return int(row[0]) if row else None

    def entries(self, filters: Iterable[LogFilter] = (), limit: int = 500) -> list[Exchange]:
        """Newest first; every filter given must match."""
        if not self.enabled:
            return []
        clauses = [_FILTER_SQL[f] for f in dict.fromkeys(filters)]
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        with self._connect() as conn:
            rows = conn.execute(
                f"SELECT id, created_at, channel, question, answer, urgent, personal_advice, off_topic,"
                f" not_found, reasons, cited, rating, comment FROM exchanges {where}"
                f" ORDER BY id DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [_exchange_from_row(row) for row in rows]

    def export_csv(self, destination: Path, filters: Iterable[LogFilter] = ()) -> Path:
        """Write the (filtered) log as CSV; cells are guarded against spreadsheet formula injection."""
        destination.parent.mkdir(parents=True, exist_ok=True)
        with destination.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
            writer.writeheader()
            for exchange in self.entries(filters, limit=1_000_000):
                writer.writerow({k: _csv_safe(v) for k, v in exchange.as_row().items()})
        return destination

    def purge_expired(self) -> int:
        """Delete exchanges older than the retention period; returns how many were deleted."""
        if not self.enabled:
            return 0
        cutoff = self._stamp(self._now() - timedelta(days=self.retention_days))
        with self._connect(purge=False) as conn:
            return conn.execute("DELETE FROM exchanges WHERE created_at < ?", (cutoff,)).rowcount

    @contextmanager
    def _connect(self, *, purge: bool = True) -> Iterator[sqlite3.Connection]:
        if not self._ready:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with closing(sqlite3.connect(self.path, timeout=10)) as conn, conn:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(_SCHEMA)
            self._ready = True
        if purge:
            self.purge_expired()
        with closing(sqlite3.connect(self.path, timeout=10)) as conn, conn:
            yield conn

    @staticmethod
    def _stamp(moment: datetime) -> str:
        return moment.astimezone(UTC).isoformat(timespec="seconds")


def _citation_label(title: str, section: str) -> str:
    return f"{title} § {section}" if section else title


def _exchange_from_row(row: tuple[object, ...]) -> Exchange:
    (id_, created, channel, question, answer, urgent, personal, off_topic, not_found, reasons, cited,
     rating, comment) = row  # fmt: skip
    return Exchange(
        id=int(str(id_)),
        created_at=str(created),
        channel=str(channel),
        question=str(question),
        answer=str(answer),
        urgent=bool(urgent),
        personal_advice=bool(personal),
        off_topic=bool(off_topic),
        not_found=bool(not_found),
        reasons=tuple(json.loads(str(reasons))),
        cited=tuple(json.loads(str(cited))),
        rating=str(rating) if rating is not None else None,
        comment=str(comment),
    )


def _csv_safe(value: str | int | bool | None) -> str | int | bool | None:
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
