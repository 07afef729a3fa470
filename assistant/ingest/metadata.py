"""Corpus metadata: corpus/guides.toml, one table per guide file, edited by maintainers (all fields optional)."""

from __future__ import annotations

import tomllib
from pathlib import Path

from assistant.domain import GuideMeta
from assistant.errors import ConfigError

METADATA_FILE = "guides.toml"


def load_metadata(corpus: Path) -> dict[str, GuideMeta]:
    """Map of guide path (relative to corpus, '/'-separated) to its metadata; missing file -> empty."""
    path = corpus / METADATA_FILE
    if not path.exists():
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(
            f"{path} is not valid TOML: {exc}",
            'each guide is a table like ["my_guide.pdf"] with title = "...", source = "...", date, url',
        ) from exc
    out: dict[str, GuideMeta] = {}
    for name, fields in data.items():
        if not isinstance(fields, dict):
            raise ConfigError(f"{path}: entry {name!r} is not a table", f'write it as ["{name}"] with key = "value" lines')
        out[name] = GuideMeta(
            title=_text(fields.get("title")),
            source=_text(fields.get("source")),
            date=_text(fields.get("date")),
            url=_text(fields.get("url")),
        )
    return out


def _text(value: object) -> str | None:
    return str(value).strip() or None if value is not None else None
