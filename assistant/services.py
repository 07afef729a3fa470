"""Composition root: the only place real backends (Chroma, MiniLM, a chat model) are created and wired."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from assistant.ask.lexical import LexicalIndex
from assistant.ask.retrieve import HybridRetriever
from assistant.ask.service import AskConfig, AskService, Generative
from assistant.ask.tuning import AdapterGate, load_adapter
from assistant.library import Library
from assistant.safety.messages import Contacts
from assistant.safety.semantic import SemanticSelfHarm
from assistant.safety.semantic_advice import SemanticAdvice
from assistant.safety.semantic_urgent import SemanticUrgent
from assistant.seams import Embedder, PassageVectors, Span, Store
from assistant.settings import Settings


class LazyEmbedder:
    """Loads MiniLM on first use, once per process: an unchanged re-ingest never imports torch."""

    dimension = 384

    def __init__(self, threads: int = 0) -> None:
        self._threads = threads
        self._lock = threading.Lock()
        self._real: Embedder | None = None

    def get(self) -> Embedder:
        with self._lock:
            if self._real is None:
                from assistant.adapters.embedder import MiniLMEmbedder

                self._real = MiniLMEmbedder(self._threads)
            return self._real

    def embed_query(self, text: str) -> np.ndarray:
        return self.get().embed_query(text)

    def embed_queries(self, texts: Sequence[str]) -> list[np.ndarray]:
        return self.get().embed_queries(texts)

    def embed_passages(self, texts: Sequence[str], spans: Sequence[Sequence[Span]]) -> list[PassageVectors]:
        return self.get().embed_passages(texts, spans)


@dataclass
class Services:
    settings: Settings
    store: Store
    embedder: LazyEmbedder
    lexical: LexicalIndex
    assistant: AskService
    library: Library


def build_store(settings: Settings) -> Store:
    from assistant.adapters.chroma_store import ChromaStore

    if settings.chroma_host:
        return ChromaStore.remote(settings.chroma_host, settings.chroma_port, settings.collection)
    return ChromaStore.embedded(settings.resolved_index_dir, settings.collection)


def build_generative(settings: Settings) -> Generative | None:
    from assistant.llm.backends import build_chat_model, parse_llm

    model = build_chat_model(settings)
    spec = parse_llm(settings.llm)
    if model is None or spec is None:
        return None
    from assistant.llm.compose import GenerativeComposer

    return GenerativeComposer(model, timeout_s=settings.llm_timeout_s, name=spec.label)


def build_services(settings: Settings, store: Store | None = None, embedder: Embedder | None = None) -> Services:
    """Wire everything; tests may pass a store or embedder of their own (a fake, or a shared real one)."""
    store = store if store is not None else build_store(settings)
    lazy = LazyEmbedder(settings.embed_threads)
    if embedder is not None:
        lazy._real = embedder
    lexical = LexicalIndex(store)
    config = AskConfig(
        contacts=Contacts.from_settings(settings),
        passages_k=settings.passages_k,
        max_sentences=settings.max_answer_sentences,
        max_citations=settings.max_citations,
        max_question_chars=settings.max_question_chars,
        log_questions=settings.log_questions,
    )
    self_harm = SemanticSelfHarm(lazy) if settings.self_harm_similarity else None
    urgent = SemanticUrgent(lazy) if settings.urgent_similarity else None
    advice = SemanticAdvice(lazy) if settings.advice_similarity else None
    adapter = AdapterGate(load_adapter(settings.query_adapter_path) if settings.query_adapter else None)
    assistant = AskService(
        HybridRetriever(store, lazy, lexical, adapter=adapter), lexical, config, build_generative(settings), self_harm, urgent, advice
    )
    library = Library(settings, store, lazy.get, after_ingest=lexical.catch_up)
    return Services(settings, store, lazy, lexical, assistant, library)
