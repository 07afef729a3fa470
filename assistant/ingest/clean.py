"""Clean stage: drop web-page leftovers by general rules (data below), strip markdown, find the guide's date."""

from __future__ import annotations

import re
from dataclasses import dataclass

Line = tuple[str, int | None]

# Whole lines that are navigation or page furniture, never guide content (compared lower-cased).
NAV_LINES = frozenset(
    {
        "listen to the audio version", "schedule a demo", "contact us", "all reports", "stay informed",
        "share", "print", "subscribe", "read more", "back to top", "skip to content", "menu", "home",
        "related articles", "related reports", "share this article", "sign up", "log in",
    }
)
# Phrases that mark a call to action or site notice; a line containing one (and short) is dropped.
CTA_PHRASES = (
    "newsletter", "give feedback", "schedule a demo", "contact us", "reach out to us", "partner together",
    "follow to stay up to date", "audio version", "subscribe", "we'd love to hear from you", "cookie",
    "sign up for", "learn about our solution",
)
CTA_MAX_CHARS = 300
# Headings whose section is a bibliography: dropped with everything under them to the end of the guide.
REFERENCE_HEADINGS = frozenset({"references", "sources", "bibliography", "citations", "works cited"})

_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
DATE_LINE = re.compile(
    rf"^(?:{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}})$", re.I
)
LONE_BULLET = re.compile(r"^[·•▪◦●‣∙*\-–—|]+$")
BULLET_PREFIX = re.compile(r"^\s*[•▪◦●‣∙·]\s*")
# A listing of other pages: short lines, several of them dates (e.g. "Apr 3, 2025").
LISTING_MIN_DATES = 3
LISTING_LINE_MAX = 120

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(.+?)\1")
_HTML_TAG = re.compile(r"</?[a-zA-Z][^>]*>")
# A URL glued to the next entry's name, as in "https://site.org/National Cancer Institute (NCI): The ...".
_GLUED_URL = re.compile(r"^(https?://\S*?)(?=[A-Z][\w&.,'’ ()-]{1,80}:\s)")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b\ufeff]")


@dataclass(frozen=True)
class CleanText:
    lines: tuple[Line, ...]
    date: str | None


def clean_lines(lines: tuple[Line, ...], *, markdown: bool) -> CleanText:
    """Apply the general cleaning rules, in order, and return the remaining lines and any date found."""
    kept: list[Line] = []
    for raw, page in lines:
        text = _normalise(raw, markdown=markdown)
        if text and not _is_furniture(text):
            kept.extend((part, page) for part in _unglue_urls(text))
    kept = _drop_trailing_listing(kept)
    dates = [text for text, _ in kept if DATE_LINE.match(text)]
    kept = [line for line in kept if not DATE_LINE.match(line[0])]
    kept = _drop_reference_section(kept)
    return CleanText(lines=tuple(kept), date=dates[0] if dates else None)


def strip_markdown(text: str) -> str:
    text = _MD_IMAGE.sub(" ", text)
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_EMPHASIS.sub(r"\2", text)
    return text


def _normalise(raw: str, *, markdown: bool) -> str:
    text = _CONTROL.sub("", raw).replace("\xa0", " ")
    if markdown:
        text = strip_markdown(text)
    text = _HTML_TAG.sub(" ", text)
    text = BULLET_PREFIX.sub("", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def _is_furniture(text: str) -> bool:
    low = text.lower().rstrip(".:!")
    if low in NAV_LINES or LONE_BULLET.match(text):
        return True
    return len(text) <= CTA_MAX_CHARS and any(phrase in text.lower() for phrase in CTA_PHRASES)


def _unglue_urls(text: str) -> list[str]:
    match = _GLUED_URL.match(text)
    if not match:
        return [text]
    return [match.group(1), text[match.end(1) :].strip()]


def _is_listing_line(text: str) -> bool:
    return len(text) <= LISTING_LINE_MAX and not text.rstrip().endswith((".", "!", "?"))


def _drop_trailing_listing(lines: list[Line]) -> list[Line]:
    """Cut a trailing run of short headline lines that lists other pages with their dates."""
    start = len(lines)
    while start > 0 and _is_listing_line(lines[start - 1][0]):
        start -= 1
    run = lines[start:]
    dates = sum(1 for text, _ in run if DATE_LINE.match(text))
    if dates < LISTING_MIN_DATES:
        return lines
    # Keep what precedes the first dated entry (the tail of the real content, e.g. its last heading).
    first_date = next(i for i, (text, _) in enumerate(run) if DATE_LINE.match(text))
    return lines[: start + max(first_date - 2, 0)]


def _drop_reference_section(lines: list[Line]) -> list[Line]:
    for i in range(len(lines) - 1, -1, -1):
        if lines[i][0].lower().rstrip(":") in REFERENCE_HEADINGS and i > len(lines) // 3:
            return lines[:i]
    return lines
