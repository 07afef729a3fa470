"""Cleaning, structure and chunking rules on small inputs and on the bundled guides."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.domain import Block, Guide
from assistant.ingest.chunk import chunk_guide
from assistant.ingest.clean import clean_lines
from assistant.ingest.metadata import load_metadata
from assistant.ingest.parse import parse_guide
from assistant.ingest.structure import structure
from assistant.text import split_sentences, stem
from tests.conftest import CORPUS


def _lines(text: str) -> tuple[tuple[str, int | None], ...]:
    return tuple((line, None) for line in text.splitlines())


@pytest.mark.parametrize(
    "line",
    ["Listen to the audio version", "Schedule a demo", "Contact us", "All reports", "·", "•",
     "Learn about our solution and see how we can partner together."],
)
def test_page_furniture_is_dropped(line: str) -> None:
    cleaned = clean_lines(_lines(f"Real sentence about engraftment.\n{line}\nAnother real sentence."), markdown=False)
    assert [t for t, _ in cleaned.lines] == ["Real sentence about engraftment.", "Another real sentence."]


def test_trailing_listing_of_dated_reports_is_cut_and_date_kept() -> None:
    text = "Mar 25, 2025\nIntro\nBody sentence one.\nBody sentence two.\n" + "".join(
        f"Topic {i}\n·\nReport title {i}\nFeb {i + 1}, 2025\n" for i in range(5)
    )
    cleaned = clean_lines(_lines(text), markdown=False)
    assert [t for t, _ in cleaned.lines] == ["Intro", "Body sentence one.", "Body sentence two."]
    assert cleaned.date == "Mar 25, 2025"


def test_reference_section_is_dropped() -> None:
    text = "Intro\n" + "Body sentence.\n" * 5 + "References\n1. A paper\nhttps://example.org/a\n"
    assert [t for t, _ in clean_lines(_lines(text), markdown=False).lines][-1] == "Body sentence."


def test_glued_url_is_split_from_next_entry() -> None:
    text = "https://www.asgct.org/National Cancer Institute (NCI): The NCI website offers detail."
    lines = [t for t, _ in clean_lines(_lines(text), markdown=False).lines]
    assert lines == ["https://www.asgct.org/", "National Cancer Institute (NCI): The NCI website offers detail."]


def test_one_line_markdown_splits_at_headings() -> None:
    text = (
        "# Big Title Here Medicine is changing. ## What Is Gene Therapy? At its core, genes are fixed. "
        "## Why Now? The Technology Has Caught Up The dream is old. ![img](http://x/y.png) **Cost:** high."
    )
    blocks = structure(clean_lines(_lines(text), markdown=True).lines, markdown=True, title="Big Title Here")
    sections = {b.section: b.text for b in blocks}
    assert sections["What Is Gene Therapy?"] == "At its core, genes are fixed."
    assert sections["Why Now? The Technology Has Caught Up"].startswith("The dream is old.")
    assert "![img]" not in " ".join(sections.values()) and "**" not in " ".join(sections.values())


def test_plain_text_headings_and_subheadings() -> None:
    text = (
        "Recovery: A Journey\nThe recovery phase is long and careful.\nInitial Monitoring:\n"
        "Patients are closely monitored.\nMedical teams closely monitor:\n- blood counts\n"
    )
    blocks = structure(clean_lines(_lines(text), markdown=False).lines, markdown=False, title="T")
    assert [(b.section, b.text) for b in blocks] == [
        ("Recovery: A Journey", "The recovery phase is long and careful."),
        ("Recovery: A Journey › Initial Monitoring", "Patients are closely monitored."),
        ("Recovery: A Journey › Initial Monitoring", "Medical teams closely monitor:"),
        ("Recovery: A Journey › Initial Monitoring", "- blood counts"),
    ]


def _guide(blocks: tuple[Block, ...]) -> Guide:
    return Guide("g.txt", "T", "", "", "", "h", "v", blocks)


def test_chunks_respect_target_size_sections_and_sentences() -> None:
    sentence = "This is a sentence about stem cell recovery and follow-up care. "
    blocks = (Block(sentence * 20, "A"), Block("Short one in B.", "B"))
    chunks = chunk_guide(_guide(blocks), target_chars=300, min_chars=100)
    assert all(len(c.text) <= 300 for c in chunks if c.section == "A")
    assert all(c.text.endswith(".") for c in chunks)
    assert [c.section for c in chunks][-1] == "B"
    assert [c.position for c in chunks] == list(range(len(chunks)))


def test_a_line_introducing_a_list_stays_with_its_first_item() -> None:
    filler = "Recovery after cell therapy takes time and patience for everyone involved. "
    intro = "Here is what the first phase typically entails:"
    item = "- In the immediate aftermath, patients are closely monitored for complications."
    blocks = (Block(filler * 3, "A"), Block(intro, "A"), Block(item, "A"), Block("- Later, check-ups become rarer.", "A"))
    chunks = chunk_guide(_guide(blocks), target_chars=300, min_chars=100)
    holding = [c.text for c in chunks if intro in c.text]
    assert len(holding) == 1 and item in holding[0], [c.text for c in chunks]
    assert not any(c.text.rstrip().endswith(":") for c in chunks)


def test_a_list_stays_whole_with_the_line_that_introduces_it_within_some_slack() -> None:
    filler = "Recovery after a transplant takes time and patience for everyone involved in it. "
    intro = "Medical teams closely monitor:"
    items = ["- daily blood count trends", "- early immune system recovery", "- infection risk from low counts",
             "- organ response to prior conditioning therapy"]
    after = "Even when patients feel better, laboratory monitoring remains essential for several more weeks. " * 2
    blocks = (Block(filler * 3, "A"), Block(intro, "A"), *(Block(i, "A") for i in items), Block(after.strip(), "A"))
    chunks = chunk_guide(_guide(blocks), target_chars=300, min_chars=100)
    holding = [c.text for c in chunks if intro in c.text]
    assert len(holding) == 1 and all(item in holding[0] for item in items), [c.text for c in chunks]
    assert not any(c.text.startswith("-") for c in chunks)  # no item opens a passage without its list
    assert all(len(c.text) <= 1.6 * 300 for c in chunks)
    # ... but a list far longer than the slack still splits
    many = tuple(Block(f"- item number {n} of a long list of things to bring along", "A") for n in range(20))
    long_list = chunk_guide(_guide((Block(intro, "A"), *many)), target_chars=300, min_chars=100)
    assert len(long_list) > 1 and all(len(c.text) <= 1.6 * 300 for c in long_list)


def test_a_passage_of_introductions_only_takes_in_the_next_item_even_past_the_target() -> None:
    heading = "Initial Monitoring:"
    intro = "The recovery phase is a journey; here is a glimpse of what it typically entails:"
    item = "Patients are closely monitored for any adverse reactions or complications in the first days. " * 2
    chunks = chunk_guide(_guide((Block(intro, "A"), Block(heading, "A"), Block(item.strip(), "A"))), target_chars=200,
                         min_chars=50)
    assert len(chunks) == 1 and chunks[0].text.startswith(intro) and chunks[0].text.endswith("first days.")


def test_a_section_that_only_introduces_its_subsections_opens_the_first_of_them() -> None:
    intro = "Here's a glimpse into what the recovery process typically entails:"
    blocks = (
        Block(intro, "Recovery"),
        Block("In the immediate aftermath, patients are closely monitored.", "Recovery › Initial Monitoring"),
        Block("The first weeks are crucial.", "Recovery › Early Days"),
        Block("Resources to help you stay updated:", "Other"),
        Block("A sentence in an unrelated section.", "Unrelated"),
    )
    chunks = chunk_guide(_guide(blocks), target_chars=300, min_chars=10)
    first = next(c for c in chunks if intro in c.text)
    assert first.section == "Recovery › Initial Monitoring" and "immediate aftermath" in first.text
    # Only into its own subsections: an introduction followed by another section stays where it is.
    assert next(c for c in chunks if "stay updated" in c.text).section == "Other"


def test_chunk_ids_are_stable_and_change_with_the_guide_version() -> None:
    blocks = (Block("One sentence here.", "A"),)
    first = chunk_guide(_guide(blocks), target_chars=300, min_chars=100)
    again = chunk_guide(_guide(blocks), target_chars=300, min_chars=100)
    changed = chunk_guide(Guide("g.txt", "T", "", "", "", "h", "v2", blocks), target_chars=300, min_chars=100)
    assert [c.id for c in first] == [c.id for c in again]
    assert first[0].id != changed[0].id


@pytest.fixture(scope="module")
def bundled() -> dict[str, Guide]:
    meta = load_metadata(CORPUS)
    out = {}
    for path in sorted(CORPUS.glob("*.txt")):
        out[path.name] = parse_guide(path, CORPUS, meta.get(path.name), max_bytes=10**7, settings_key="t")
    return out


def test_bundled_guides_are_cleaned_of_web_leftovers(bundled: dict[str, Guide]) -> None:
    text = "\n".join(b.text for g in bundled.values() for b in g.blocks)
    for leftover in ("Schedule a demo", "Listen to the audio version", "All reports", "Contact us",
                     "Qfitlia", "A guide to nutrition for patients"):
        assert leftover not in text
    assert "isn't widely available yet" in text


def test_bundled_markdown_guide_splits_at_its_headings(bundled: dict[str, Guide]) -> None:
    sections = {b.section for b in bundled["002_a4fc9d4c9719b45b.txt"].blocks}
    assert {"What Is Cell and Gene Therapy?", "Challenges Still Exist", "Final Thought"} <= sections


def test_guide_without_metadata_gets_title_from_heading_or_name(tmp_path: Path) -> None:
    (tmp_path / "my_new-guide.txt").write_text("Just a sentence of guide text.\nAnother sentence.\n")
    (tmp_path / "titled.md").write_text("# Living With CAR-T\n\nSome text about recovery.\n")
    g1 = parse_guide(tmp_path / "my_new-guide.txt", tmp_path, None, max_bytes=10**6, settings_key="t")
    g2 = parse_guide(tmp_path / "titled.md", tmp_path, None, max_bytes=10**6, settings_key="t")
    assert g1.title == "My new guide"
    assert g2.title == "Living With CAR-T"


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # The guide's "Dr. E. Donnall Thomas treated ..." was cut after "E.", so the answer began "Donnall Thomas".
        ("In 1956, Dr. E. Donnall Thomas treated a patient. It worked.",
         ["In 1956, Dr. E. Donnall Thomas treated a patient.", "It worked."]),
        ("A note by Prof. J. R. Smith follows. It is short.", ["A note by Prof. J. R. Smith follows.", "It is short."]),
        # A letter alone still ends a sentence.
        ("Some need vitamin A. Others need more.", ["Some need vitamin A.", "Others need more."]),
        ("Ask Dr. Lee. She knows, e.g. about doses.", ["Ask Dr. Lee.", "She knows, e.g. about doses."]),
    ],
)
def test_sentences_end_at_full_stops_but_not_after_titles_or_initials(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


@pytest.mark.parametrize(
    ("word", "stemmed"),
    [("putting", "put"), ("put", "put"), ("stopped", "stop"), ("planning", "plan"), ("admitted", "admit"),
     ("added", "add"), ("add", "add"), ("falling", "fall"), ("missing", "miss"), ("staffed", "staff"),
     ("cells", "cell"), ("monitoring", "monitor")],
)
def test_a_doubled_consonant_before_ing_or_ed_is_written_once(word: str, stemmed: str) -> None:
    # 'putting them back' must match the guides' 'put them back'; 'added' stays the stem of 'add'.
    assert stem(word) == stemmed
