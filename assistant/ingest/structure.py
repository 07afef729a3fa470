"""Structure stage: find headings in cleaned lines (markdown or plain text) and attach a section to each paragraph."""

from __future__ import annotations

import re

from assistant.domain import Block
from assistant.ingest.clean import Line

SECTION_SEPARATOR = " › "
HEADING_MAX_CHARS = 90
HEADING_MAX_WORDS = 13
_SMALL_WORDS = frozenset(["a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "of", "on", "or", "the", "to", "vs", "with"])
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
# In markdown flattened onto one line, headings start mid-line: split before every " ## ".
_INLINE_HEADING = re.compile(r"\s+(?=#{1,6}\s+\S)")
_CITATION_TAIL = re.compile(r"\s*\[\d+(?:[,–-]\s*\d+)*\]\s*$")
_WORD = re.compile(r"\S+")


def structure(lines: tuple[Line, ...], *, markdown: bool, title: str) -> list[Block]:
    """Turn lines into paragraph blocks, each labelled with its section path (e.g. 'Recovery › Early Days')."""
    if markdown:
        lines = _explode_inline_headings(lines)
    blocks: list[Block] = []
    top, sub = "", ""
    for i, (text, page) in enumerate(lines):
        heading = _markdown_heading(text) if markdown else None
        level = heading[0] if heading else 0
        if heading is None and _is_plain_heading(text, lines[i + 1][0] if i + 1 < len(lines) else None):
            level = 3 if text.endswith(":") else 2
            heading = (level, text.rstrip(":").strip())
        if heading is not None:
            name = heading[1]
            if _same(name, title):
                continue
            if level <= 2:
                top, sub = name, ""
            else:
                sub = name
            continue
        section = SECTION_SEPARATOR.join(s for s in (top, sub) if s)
        blocks.append(Block(text=text, section=section, page=page))
    return blocks


def _same(a: str, b: str) -> bool:
    return a.strip().lower().rstrip(".:") == b.strip().lower().rstrip(".:")


def _markdown_heading(text: str) -> tuple[int, str] | None:
    match = _MD_HEADING.match(text)
    if not match:
        return None
    level = len(match.group(1))
    return (max(level, 2) if level > 1 else 1, match.group(2).strip())


def _explode_inline_headings(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """Split one-line markdown at its headings; a heading's end is where its Title Case run ends."""
    out: list[Line] = []
    for text, page in lines:
        parts = _INLINE_HEADING.split(text)
        for part in parts:
            match = _MD_HEADING.match(part)
            if match and (len(parts) > 1 or len(match.group(2)) > HEADING_MAX_CHARS):
                heading, body = _split_title_run(match.group(2))
                out.append((f"{match.group(1)} {heading}", page))
                if body:
                    out.append((body, page))
            else:
                out.append((part, page))
    return tuple(out)


def _split_title_run(text: str) -> tuple[str, str]:
    """'Why Now? The Technology Has Caught Up The dream of ...' -> ('Why Now? The Technology Has Caught Up', 'The dream of ...')."""
    words = list(_WORD.finditer(text))
    end = 0
    while end < len(words) and _title_word(words[end].group()):
        end += 1
    # The last capitalised word of the run starts the first sentence of the body.
    while end > 0 and words[end - 1].group() in _SMALL_WORDS:
        end -= 1
    if end >= len(words) or end < 2:
        return text, ""
    split_at = words[end - 1].start()
    return text[:split_at].strip(), text[split_at:].strip()


def _title_word(word: str) -> bool:
    core = word.strip("“”\"'‘’([{:,")
    if not core:
        return True
    return core[0].isupper() or core[0].isdigit() or core.lower() in _SMALL_WORDS


def _is_plain_heading(text: str, next_text: str | None) -> bool:
    """A short line without sentence punctuation that introduces body text below it."""
    if next_text is None:
        return False
    bare = _CITATION_TAIL.sub("", text)
    if len(bare) > HEADING_MAX_CHARS or len(bare.split()) > HEADING_MAX_WORDS or bare.startswith(("-", "http")):
        return False
    if bare.endswith((".", ",", ";", "!")) or bare[:1].islower():
        return False
    if bare.endswith(":"):
        # "Initial Monitoring:" is a heading; "Medical teams closely monitor:" introduces a list.
        return _mostly_title_case(bare)
    if ": " in bare and not _mostly_title_case(bare):
        return False  # "Cancer: Enhancing immune cells..." is a glossary entry
    return len(next_text) > len(bare) or _mostly_title_case(bare)


def _mostly_title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z0-9][\w’'-]*", text) if w.lower() not in _SMALL_WORDS]
    if not words:
        return True
    return sum(w[0].isupper() or w[0].isdigit() for w in words) >= 0.6 * len(words)
