"""Small frozen types that cross layers: Guide, Chunk, Passage, Citation, Turn, Flags, SafetyVerdict, Answer."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any, Literal

Role = Literal["user", "assistant"]


def content_hash(text: str | bytes) -> str:
    """Hex SHA-256 of text or bytes: the identity of a guide or passage version."""
    data = text.encode("utf-8") if isinstance(text, str) else text
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class GuideMeta:
    """What maintainers say about a guide in corpus/guides.toml (every field optional)."""

    title: str | None = None
    source: str | None = None
    date: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Block:
    """One paragraph-level piece of a cleaned guide, with the section it sits in."""

    text: str
    section: str
    page: int | None = None


@dataclass(frozen=True)
class Guide:
    """A loaded and cleaned guide: path relative to the corpus folder, metadata, blocks.

    file_hash identifies the file's bytes; version also covers its metadata and the ingest settings, so a
    change to either re-embeds the guide.
    """

    path: str
    title: str
    source: str
    date: str
    url: str
    file_hash: str
    version: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class GuideRecord:
    """A committed guide in the index: what the Library tab lists and re-ingest compares against."""

    path: str
    title: str
    source: str
    date: str
    url: str
    file_hash: str
    passages: int
    ingested_at: str
    version: str = ""

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Chunk:
    """A stored passage: one focused paragraph of a guide, the unit that is embedded and cited."""

    id: str
    guide: str
    title: str
    section: str
    position: int
    text: str
    guide_hash: str
    page: int | None = None

    @property
    def content_hash(self) -> str:
        return content_hash(self.text)

    @property
    def embed_text(self) -> str:
        """What the embedder sees: the guide's title and the section heading give a short passage its topic
        ("Taeniasis - Treatment: Your doctor will provide ..." where the text never names the disease)."""
        return f"{self.heading}: {self.text}" if self.heading else self.text

    @property
    def heading(self) -> str:
        """The section heading; a passage outside any section is headed by its guide's title."""
        return self.section or self.title


@dataclass(frozen=True)
class Passage:
    """A retrieved chunk with the scores that ranked it (for staff review and abstention)."""

    chunk: Chunk
    score: float
    dense: float = 0.0
    lexical: float = 0.0
    rank: int = 0

    def as_json(self, n: int | None = None) -> dict[str, Any]:
        return {
            "n": n if n is not None else self.rank,
            "guide": self.chunk.guide,
            "title": self.chunk.title,
            "section": self.chunk.section,
            "page": self.chunk.page,
            "text": self.chunk.text,
            "score": round(self.score, 4),
            "dense": round(self.dense, 4),
            "lexical": round(self.lexical, 4),
            "id": self.chunk.id,
        }


@dataclass(frozen=True)
class Citation:
    """Marker [n] in an answer, pointing at one retrieved passage."""

    n: int
    passage: Passage

    def as_json(self) -> dict[str, Any]:
        return self.passage.as_json(self.n)


@dataclass(frozen=True)
class Turn:
    """One earlier message of the conversation."""

    role: Role
    content: str

    @classmethod
    def from_json(cls, obj: Any) -> Turn | None:
        """Lenient: malformed history items are dropped rather than failing the question."""
        if isinstance(obj, Turn):
            return obj
        if not isinstance(obj, Mapping):
            return None
        role, content = obj.get("role"), obj.get("content")
        if role not in ("user", "assistant") or not isinstance(content, str):
            return None
        return cls(role=role, content=content)

    @classmethod
    def list_from_json(cls, items: Any) -> tuple[Turn, ...]:
        if not isinstance(items, Iterable) or isinstance(items, str | bytes | Mapping):
            return ()
        return tuple(t for t in (cls.from_json(i) for i in items) if t is not None)


@dataclass(frozen=True)
class SafetyVerdict:
    """What the safety check found in a message (before retrieval) or an answer (after composition)."""

    urgent: bool = False
    personal_advice: bool = False
    manipulation: bool = False
    self_harm: bool = False
    reasons: tuple[str, ...] = ()

    def merge(self, other: SafetyVerdict) -> SafetyVerdict:
        return SafetyVerdict(
            urgent=self.urgent or other.urgent,
            personal_advice=self.personal_advice or other.personal_advice,
            manipulation=self.manipulation or other.manipulation,
            self_harm=self.self_harm or other.self_harm,
            reasons=tuple(dict.fromkeys(self.reasons + other.reasons)),
        )


@dataclass(frozen=True)
class Flags:
    urgent: bool = False
    personal_advice: bool = False
    off_topic: bool = False
    not_found: bool = False

    def as_json(self) -> dict[str, bool]:
        return asdict(self)


@dataclass(frozen=True)
class Answer:
    """What a patient gets back: text with [n] markers, the cited passages, flags and the disclaimer."""

    text: str
    disclaimer: str
    citations: tuple[Citation, ...] = ()
    passages: tuple[Passage, ...] = ()
    flags: Flags = field(default_factory=Flags)
    notice: str = ""
    reasons: tuple[str, ...] = ()
    engine: str = "extractive"

    def with_changes(self, **changes: Any) -> Answer:
        return replace(self, **changes)

    def as_json(self) -> dict[str, Any]:
        return {
            "answer": self.text,
            "citations": [c.as_json() for c in self.citations],
            "passages": [p.as_json(i + 1) for i, p in enumerate(self.passages)],
            "flags": self.flags.as_json(),
            "disclaimer": self.disclaimer,
            "notice": self.notice,
            "reasons": list(self.reasons),
            "engine": self.engine,
        }


def turns_as_json(turns: Sequence[Turn]) -> list[dict[str, str]]:
    return [{"role": t.role, "content": t.content} for t in turns]
