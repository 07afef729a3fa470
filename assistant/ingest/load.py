"""Load stage: read a guide file (txt, md, html, pdf) into raw text lines, or raise GuideError saying why not."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import GuideError

SUPPORTED_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".pdf")


@dataclass(frozen=True)
class RawGuide:
    """What a file holds before cleaning: its lines (with PDF page numbers) and any title the file gives."""

    lines: tuple[tuple[str, int | None], ...]
    kind: str
    embedded_title: str | None = None


def list_guide_files(corpus: Path) -> list[Path]:
    """Every supported file under corpus, sorted; hidden files and the metadata file are skipped."""
    # Broken links are listed too, so that ingest reports them instead of skipping them silently.
    files = [
        p
        for p in corpus.rglob("*")
        if (p.is_file() or p.is_symlink())
        and p.suffix.lower() in SUPPORTED_SUFFIXES
        and not any(part.startswith(".") for part in p.relative_to(corpus).parts)
    ]
    return sorted(files)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise GuideError(
                f"{path.name}: {size / 1e6:.1f} MB is over the {max_bytes / 1e6:.0f} MB limit",
                "split the guide or raise ASSISTANT_MAX_FILE_MB",
            )
        data = path.read_bytes()
    except PermissionError as exc:
        raise GuideError(f"{path.name}: cannot be read ({exc.strerror})", "check the file's permissions") from exc
    except OSError as exc:
        raise GuideError(f"{path.name}: cannot be read ({exc.strerror})", "check the file exists") from exc
    if not data.strip():
        raise GuideError(f"{path.name}: the file is empty", "add the guide's text or remove the file")
    return data


def load_guide(path: Path, data: bytes) -> RawGuide:
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return _load_pdf(path, data)
    text = _decode_text(path, data)
    if suffix in (".html", ".htm"):
        return _load_html(text)
    kind = "md" if suffix in (".md", ".markdown") or _looks_like_markdown(text) else "txt"
    return RawGuide(lines=tuple((line, None) for line in text.splitlines()), kind=kind)


_LINE_SPACE = str.maketrans("", "", "\n\r\t")


def _decode_text(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise GuideError(f"{path.name}: looks like a binary file, not text", "save the guide as plain text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    sample = text[:20000]
    if sample.translate(_LINE_SPACE).isprintable():  # the usual case, checked in C
        return text
    printable = sum(ch.isprintable() or ch in "\n\r\t" for ch in sample)
    if printable < 0.95 * len(sample):
        raise GuideError(f"{path.name}: looks like a binary file, not text", "save the guide as plain text")
    return text


_MD_SIGNS = re.compile(r"(^|\s)#{1,6} \S|\*\*[^*\n]+\*\*|!\[[^\]]*\]\([^)]+\)|\[[^\]]+\]\(https?://")


def _looks_like_markdown(text: str) -> bool:
    """Plain .txt files sometimes hold markdown (guide 002 is markdown on one line)."""
    return len(_MD_SIGNS.findall(text[:20000])) >= 3


_BLOCK_TAGS = ("p", "li", "td", "th", "dd", "dt", "blockquote", "pre", "figcaption")
_NOISE_TAGS = ("script", "style", "nav", "header", "footer", "aside", "form", "noscript", "button", "svg", "iframe")


def _load_html(text: str) -> RawGuide:
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(text, "html.parser")
    title_tag = soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    for tag in soup.find_all(_NOISE_TAGS):
        tag.decompose()
    body = soup.body or soup
    lines: list[tuple[str, int | None]] = []
    for el in body.find_all(["h1", "h2", "h3", "h4", "h5", "h6", *_BLOCK_TAGS]):
        if el.find_parent(_BLOCK_TAGS) is not None:
            continue
        words = el.get_text(" ", strip=True)
        if not words:
            continue
        if el.name and el.name[0] == "h" and el.name[1:].isdigit():
            lines.append(("#" * int(el.name[1:]) + " " + words, None))
        else:
            lines.append((("- " if el.name == "li" else "") + words, None))
    if not lines:
        lines = [(line, None) for line in body.get_text("\n").splitlines()]
    return RawGuide(lines=tuple(lines), kind="md", embedded_title=title)


def _load_pdf(path: Path, data: bytes) -> RawGuide:
    import io

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise GuideError(f"{path.name}: the PDF is password-protected", "save an unprotected copy of the PDF")
        pages = [(page.extract_text() or "", number) for number, page in enumerate(reader.pages, start=1)]
        info_title = (reader.metadata.title if reader.metadata else None) or None
    except GuideError:
        raise
    except FileNotDecryptedError as exc:
        raise GuideError(f"{path.name}: the PDF is password-protected", "save an unprotected copy") from exc
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise GuideError(f"{path.name}: the PDF is damaged ({exc})", "re-export or re-download the PDF") from exc
    except Exception as exc:  # pypdf raises many internal types on corrupt input
        raise GuideError(f"{path.name}: the PDF could not be read ({type(exc).__name__})", "re-export the PDF") from exc
    if not any(text.strip() for text, _ in pages):
        raise GuideError(
            f"{path.name}: the PDF has no text layer (a scan?)", "run OCR on it or provide a text version"
        )
    lines = tuple((line, number) for text, number in pages for line in text.splitlines())
    return RawGuide(lines=lines, kind="pdf", embedded_title=str(info_title) if info_title else None)
