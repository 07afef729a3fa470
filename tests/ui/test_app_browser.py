"""What a person sees in headless Chromium: the answer, its citations, the disclaimer, the urgent callout."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import pytest
from playwright.sync_api import Browser, Locator, Page, sync_playwright

if TYPE_CHECKING:
    from tests.ui.conftest import RunningApp

pytestmark = [pytest.mark.ui, pytest.mark.slow]

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
ANSWER_TIMEOUT_MS = 60_000
OpenPage = Callable[..., Page]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def open_page(browser: Browser, running_app: RunningApp) -> Iterator[OpenPage]:
    """Open the app in a new page; afterwards, check that no page fetched anything from another host."""
    opened: list[tuple[Page, set[str]]] = []

    def open_(width: int = 1200, height: int = 1000) -> Page:
        page = browser.new_page(viewport={"width": width, "height": height})
        hosts: set[str] = set()
        page.on("request", lambda request: hosts.add(urlparse(request.url).hostname or request.url[:5]))
        page.goto(running_app.url)
        page.get_by_label("Your question").wait_for()
        opened.append((page, hosts))
        return page

    yield open_
    for page, hosts in opened:
        page.close()
        assert hosts <= {"127.0.0.1", "data:"}, f"the page fetched from other hosts: {hosts}"


def ask(page: Page, question: str) -> Locator:
    """Type a question, press Enter, and return the newest finished answer bubble."""
    answers_before = page.locator(".answer-disclaimer").count()
    box = page.get_by_label("Your question")
    box.fill(question)
    box.press("Enter")
    page.locator(".answer-disclaimer").nth(answers_before).wait_for(timeout=ANSWER_TIMEOUT_MS)
    return page.locator(".answer").last


def test_page_shows_the_contacts_and_the_disclaimer(open_page: OpenPage) -> None:
    page = open_page()
    contacts = page.locator(".contacts")
    assert contacts.is_visible()
    text = contacts.inner_text()
    assert "911" in text and "988" in text and "+1 555 010 0199" in text
    assert "not medical advice" in text
    assert page.locator('.contacts a[href="tel:911"]').count() == 1
    assert "disabled" not in page.get_by_role("tab", name="Review (staff)").inner_text()


def test_question_gets_an_answer_with_citations_sources_and_disclaimer(
    open_page: OpenPage, artifacts_dir: Path
) -> None:
    page = open_page()
    answer = ask(page, "How can I lower my risk of infection during recovery?")
    body = answer.locator(".answer-body")
    assert body.is_visible() and len(body.inner_text()) > 40
    marker = answer.locator("sup.cite").first
    assert marker.is_visible() and marker.inner_text() == "[1]"
    source = answer.locator(".sources details").first
    assert source.locator("summary").inner_text().startswith("[1]")
    assert not source.locator("blockquote").is_visible()
    source.locator("summary").click()
    assert source.locator("blockquote").is_visible()
    assert "not medical advice" in answer.locator(".answer-disclaimer").inner_text()
    assert answer.locator(".urgent-callout").count() == 0

    follow_up = ask(page, "What else can I do?")
    assert follow_up.locator("sup.cite").count() >= 1, follow_up.inner_text()
    assert "infection" in follow_up.locator(".sources").inner_text().lower()  # the session kept the topic
    page.screenshot(path=str(artifacts_dir / "chat-answer.png"), full_page=True)


def test_urgent_answer_is_a_prominent_callout_on_a_phone(open_page: OpenPage, artifacts_dir: Path) -> None:
    page = open_page(width=390, height=844)
    answer = ask(page, "I have a fever of 39 and chest pain")
    callout = answer.locator(".urgent-callout[role=alert]")
    assert callout.is_visible()
    assert "911" in callout.inner_text()
    color = callout.evaluate("e => getComputedStyle(e).borderLeftColor")
    assert color == "rgb(185, 28, 28)"
    assert page.evaluate("document.documentElement.scrollWidth") <= 390  # no sideways scrolling
    page.screenshot(path=str(artifacts_dir / "chat-urgent-phone.png"), full_page=True)


def test_patient_text_is_shown_literally_never_as_markup(open_page: OpenPage) -> None:
    page = open_page()
    question = "<b>bold</b> **stars** [link](http://example.org) <img src=x onerror=alert(1)>"
    ask(page, question)
    bubble = page.locator(".msg-user").last
    assert bubble.inner_text() == question
    assert bubble.locator("b, img, a, strong").count() == 0


def test_keyboard_only_use_reaches_the_ask_button(open_page: OpenPage) -> None:
    page = open_page()
    page.get_by_label("Your question").fill("What is CAR-T cell therapy?")
    page.get_by_label("Your question").focus()
    for _ in range(5):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "ask":
            break
    assert page.evaluate("document.activeElement.id") == "ask"
    page.keyboard.press("Enter")
    page.locator(".answer-disclaimer").first.wait_for(timeout=ANSWER_TIMEOUT_MS)


def test_thumbs_down_with_a_comment_is_stored(open_page: OpenPage, running_app: RunningApp) -> None:
    page = open_page()
    ask(page, "What follow-up visits should I expect after treatment?")
    page.get_by_label("Dislike").last.click()
    comment = page.get_by_label("Tell us more (optional)")
    comment.fill("Too general for me; reach me at pat@example.org")
    page.get_by_role("button", name="Send feedback").click()
    page.get_by_text("Thank you for your feedback.").wait_for()
    with sqlite3.connect(running_app.chat_db) as db:
        row = db.execute(
            "SELECT rating, comment, channel FROM exchanges WHERE question LIKE 'What follow-up visits%'"
            " ORDER BY id DESC LIMIT 1"
        ).fetchone()
    assert row == ("down", "Too general for me; reach me at [EMAIL]", "chat")


def test_review_tab_needs_the_token_then_shows_scored_passages(
    open_page: OpenPage, running_app: RunningApp
) -> None:
    page = open_page()
    page.get_by_role("tab", name="Review (staff)").click()
    page.get_by_label("Staff token").first.fill("not-the-token")
    page.get_by_label("Question to review").fill("How can I lower my risk of infection during recovery?")
    page.get_by_role("button", name="Review answer").click()
    page.get_by_text("Staff token required").first.wait_for()
    page.get_by_label("Staff token").first.fill(running_app.staff_token)
    page.get_by_role("button", name="Review answer").click()
    page.get_by_text("Flags:").wait_for(timeout=ANSWER_TIMEOUT_MS)
    table = page.locator("#review-passages")
    for header in ("score", "dense", "lexical", "cited"):
        assert header in table.inner_text()
    assert "[1]" in table.inner_text()


def test_library_lists_adds_and_removes_a_guide(
    open_page: OpenPage, running_app: RunningApp, tmp_path: Path
) -> None:
    page = open_page()
    page.get_by_role("tab", name="Library (staff)").click()
    page.get_by_label("Staff token").last.fill(running_app.staff_token)
    page.get_by_role("button", name="Show guides").click()
    guides = page.locator("#guides-table")
    guides.get_by_text("An introduction to cell therapy").wait_for()
    for header in ("title", "source", "passages", "ingested", "content hash"):
        assert header in guides.inner_text()
    page.get_by_label("Guide to remove").click()
    guide_files = [
        p for p in running_app.corpus_dir.iterdir() if p.suffix in (".txt", ".md", ".html", ".pdf")
    ]
    assert guide_files
    for path in guide_files:
        assert page.get_by_role("option", name=path.name).is_visible()
    page.keyboard.press("Escape")
    upload = tmp_path / "hand-hygiene.md"
    upload.write_text(
        "# Hand hygiene\n\n## Washing\n\nWash your hands with soap for twenty seconds before meals.\n"
    )
    page.locator("#guide-upload input[type=file]").set_input_files(str(upload))
    page.get_by_role("button", name="Add guide and re-ingest").click()
    page.get_by_text("1 added").wait_for(timeout=ANSWER_TIMEOUT_MS)
    assert (running_app.corpus_dir / "hand-hygiene.md").exists()
    page.get_by_label("Guide to remove").click()
    page.get_by_role("option", name="hand-hygiene.md").click()
    page.get_by_role("button", name="Remove guide and re-ingest").click()
    page.get_by_text("1 removed").wait_for(timeout=ANSWER_TIMEOUT_MS)
    assert not (running_app.corpus_dir / "hand-hygiene.md").exists()
    assert "hand-hygiene.md" not in guides.inner_text()
