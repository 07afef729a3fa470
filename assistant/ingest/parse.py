"""Turn one guide file into a Guide: load, clean, find structure, resolve title/source/date from metadata."""

from __future__ import annotations

import re
from pathlib import Path

from assistant.domain import Guide, GuideMeta, content_hash
from assistant.errors import GuideError
from assistant.ingest.clean import clean_lines, strip_markdown
from assistant.ingest.load import load_guide, read_bytes
from assistant.ingest.structure import structure

# Bump when cleaning or chunking rules change: every guide is then re-embedded on the next ingest.
PIPELINE_VERSION = "7"


def parse_guide(path: Path, corpus: Path, meta: GuideMeta | None, *, max_bytes: int, settings_key: str) -> Guide:
    relative = path.relative_to(corpus).as_posix()
    data = read_bytes(path, max_bytes)
    raw = load_guide(path, data)
    markdown = raw.kind == "md"
    cleaned = clean_lines(raw.lines, markdown=markdown)
    meta = meta or GuideMeta()
    title = meta.title or raw.embedded_title or _first_heading(raw.lines, markdown) or _title_from_name(path)
    blocks = structure(cleaned.lines, markdown=markdown, title=title)
    if not blocks:
        raise GuideError(f"{relative}: no readable text after cleaning", "check the file holds the guide's text")
    file_hash = content_hash(data)
    version = content_hash(f"{file_hash}|{meta}|{title}|{settings_key}|{PIPELINE_VERSION}")
    return Guide(
        path=relative,
        title=title,
        source=meta.source or "",
        date=meta.date or cleaned.date or "",
        url=meta.url or "",
        file_hash=file_hash,
        version=version,
        blocks=tuple(blocks),
    )


def _first_heading(lines: tuple[tuple[str, int | None], ...], markdown: bool) -> str | None:
    for text, _ in lines[:40]:
        text = text.strip()
        if not text:
            continue
        match = re.match(r"^#\s+(.+)$", text)
        if markdown and match:
            heading = strip_markdown(match.group(1))
            return heading if len(heading) <= 120 else None
        if not markdown and len(text) <= 120 and not text.endswith("."):
            return text
        return None
    return None


def _title_from_name(path: Path) -> str:
    stem = re.sub(r"[_\-]+", " ", path.stem).strip()
    return stem[:1].upper() + stem[1:] if stem else path.name
