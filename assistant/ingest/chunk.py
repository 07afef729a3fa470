"""Chunk stage: pack a guide's paragraphs into focused, section-aware passages with stable ids."""

from __future__ import annotations

import re
from collections.abc import Iterator

from assistant.domain import Block, Chunk, Guide, content_hash
from assistant.ingest.structure import SECTION_SEPARATOR
from assistant.text import split_sentences


def chunk_guide(guide: Guide, *, target_chars: int, min_chars: int) -> list[Chunk]:
    """Passages never cross a section or a page; long paragraphs split at sentence ends."""
    pieces: list[tuple[str, str, int | None]] = []
    for section, page, texts in _join_introductions(list(_runs(guide.blocks))):
        pieces.extend((text, section, page) for text in _pack(texts, target_chars, min_chars))
    return [
        Chunk(
            id=content_hash(f"{guide.path}|{guide.version}|{position}")[:24],
            guide=guide.path,
            title=guide.title,
            section=section,
            position=position,
            text=text,
            guide_hash=guide.version,
            page=page,
        )
        for position, (text, section, page) in enumerate(pieces)
    ]


def _runs(blocks: tuple[Block, ...]) -> Iterator[tuple[str, int | None, list[str]]]:
    current: list[str] = []
    key: tuple[str, int | None] | None = None
    for block in blocks:
        if key is not None and (block.section, block.page) != key:
            yield key[0], key[1], current
            current = []
        key = (block.section, block.page)
        current.append(block.text)
    if key is not None and current:
        yield key[0], key[1], current


def _join_introductions(runs: list[tuple[str, int | None, list[str]]]) -> list[tuple[str, int | None, list[str]]]:
    """A section that only introduces its subsections ("Here's what recovery typically entails:") opens the
    first of them instead of standing alone: the answer a reader wants is in what it introduces."""
    out: list[tuple[str, int | None, list[str]]] = []
    carried: list[str] = []
    for i, (section, page, texts) in enumerate(runs):
        texts = [*carried, *texts]
        carried = []
        following = runs[i + 1] if i + 1 < len(runs) else None
        if (
            following is not None
            and _introductions(texts) == len(texts)
            and following[1] == page
            and following[0].startswith(f"{section}{SECTION_SEPARATOR}")
        ):
            carried = texts
            continue
        out.append((section, page, texts))
    return out


def _pack(paragraphs: list[str], target: int, minimum: int) -> list[str]:
    units: list[str] = []
    for paragraph in paragraphs:
        units.extend(_split_long(paragraph, target) if len(paragraph) > target else [paragraph])
    passages: list[list[str]] = []
    size = 0
    for unit in units:
        if passages and size + len(unit) + 1 <= target:
            passages[-1].append(unit)
            size += len(unit) + 1
            continue
        # An item of a list the passage introduces stays with it, within some slack: "Medical teams closely
        # monitor:" reads with all its items, and an item alone at the top of the next passage reads with none.
        if passages and _LIST_ITEM.match(unit) and _open_list(passages[-1]) and size + len(unit) + 1 <= LIST_SLACK * target:
            passages[-1].append(unit)
            size += len(unit) + 1
            continue
        # A line that introduces what follows ("Initial Monitoring:", "... typically entails:") never ends a
        # passage: it moves on with its first item, or, when the passage is nothing else, takes the item in.
        lead = _introductions(passages[-1]) if passages else 0
        if passages and lead == len(passages[-1]):
            passages[-1].append(unit)
            size += len(unit) + 1
            continue
        carried = passages[-1][-lead:] if lead else []
        if lead:
            del passages[-1][-lead:]
        passages.append([*carried, unit])
        size = sum(map(len, passages[-1])) + len(passages[-1]) - 1
    # A short last passage reads better joined to the one before it, within a little slack.
    if (
        len(passages) > 1
        and sum(map(len, passages[-1])) < minimum
        and sum(map(len, passages[-2])) + sum(map(len, passages[-1])) <= target * 1.4
    ):
        passages[-2].extend(passages.pop())
    return ["\n".join(p) for p in passages]


_LIST_ITEM = re.compile(r"^\s*(?:[-•*]|\d{1,2}[.)])\s+")
LIST_SLACK = 1.6  # a list may stretch its passage this far past the target size


def _open_list(passage: list[str]) -> bool:
    """The passage ends in a list: a line that introduces one, followed only by its items (if any yet)."""
    for unit in reversed(passage):
        if unit.rstrip().endswith(":"):
            return True
        if not _LIST_ITEM.match(unit):
            return False
    return False


def _introductions(passage: list[str]) -> int:
    """How many of the passage's last units end with a colon (they introduce the next unit)."""
    count = 0
    for unit in reversed(passage):
        if not unit.rstrip().endswith(":"):
            break
        count += 1
    return count


def _split_long(paragraph: str, target: int) -> list[str]:
    out: list[str] = []
    current = ""
    for sentence in split_sentences(paragraph):
        if current and len(current) + 1 + len(sentence) > target:
            out.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        out.append(current)
    return out
