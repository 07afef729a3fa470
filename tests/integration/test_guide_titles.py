"""A passage outside any section is found by its guide's title (MedQuAD-style answers never name their topic)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from assistant.domain import Chunk
from assistant.settings import Settings
from assistant.text import tokens

GUIDES = {
    "taeniasis.txt": ("Taeniasis - Treatment", "Treatment is available after accurate diagnosis. Your doctor will "
                      "provide prescription medication, which is taken by mouth."),
    "troyer.txt": ("Troyer syndrome - Treatment", "There are currently no treatments known to prevent or slow the "
                   "condition. Treatment is based on the signs and symptoms present in each person."),
    "majeed.txt": ("Majeed syndrome - Treatment", "Treatment is based upon the symptoms present. Anti-inflammatory "
                   "medicines may help with the bone pain."),
}


def test_a_passage_without_a_section_is_headed_by_its_guide_title() -> None:
    plain = Chunk("c", "g.txt", "Taeniasis - Treatment", "", 0, "Your doctor will provide medication.", "v")
    assert plain.embed_text == "Taeniasis - Treatment: Your doctor will provide medication."
    sectioned = Chunk("c", "g.txt", "A Long Guide Title", "Early Days", 0, "Rest.", "v")
    assert sectioned.embed_text == "Early Days: Rest."


def test_the_guide_whose_title_names_the_topic_is_found_first(tmp_path: Path, minilm: Any) -> None:
    from assistant.services import build_services

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    toml = []
    for name, (title, text) in GUIDES.items():
        (corpus / name).write_text(text + "\n")
        toml.append(f'["{name}"]\ntitle = "{title}"\n')
    (corpus / "guides.toml").write_text("\n".join(toml))
    services = build_services(Settings(corpus_dir=corpus, data_dir=tmp_path / "data"), embedder=minilm)
    assert services.library.ingest().added == 3
    for name, (title, _) in GUIDES.items():
        topic = title.split(" - ")[0]
        answer = services.assistant.ask(f"What are the treatments for {topic}?", ())
        assert answer.passages[0].chunk.guide == name, (topic, [p.chunk.guide for p in answer.passages])
        lexical = services.lexical.search(tokens(topic), 3)  # BM25 reads the title too
        assert lexical and lexical[0][0].guide == name
