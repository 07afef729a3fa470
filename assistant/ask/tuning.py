"""A query adapter learned from patients' questions about one set of guides (EVALUATION.md, session 15).

MiniLM reads 'can they use my own cells or do they come from someone else' far from the guide's sentence on
autologous and allogeneic cells. A small low-rank map, learned from questions whose answering sentence is known
(`python -m assistant tune`), moves a question's vector toward the sentences that answer questions like it.
It is learned for one set of guides and used only while the index holds exactly those guides, each unchanged:
for other guides it would pull questions toward sentences that are no longer there.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from assistant.errors import ConfigError

log = logging.getLogger(__name__)

@dataclass(frozen=True)
class QueryAdapter:
    """v -> unit(v + (v @ down) @ up), for the guides in `guides` (path -> the file hash it was learned on).

    `answers_at`: a question whose adapted vector comes this near a guide sentence is one the guides answer. It is
    read from questions the adapter was not trained on (folds of the training files), so it is not the training
    set's own, inflated nearness. `near_at`, lower, is near enough when the sentences also share much of what is
    asked (decide.NEAR_SUPPORT); read the same way."""

    down: np.ndarray
    up: np.ndarray
    guides: Mapping[str, str]
    answers_at: float
    trained_on: tuple[str, ...] = field(default=())  # the question files, by name
    near_at: float | None = None  # None in an adapter learned before it was: answers_at stands for it

    @property
    def near_from(self) -> float:
        return self.answers_at if self.near_at is None else self.near_at

    def apply(self, vector: np.ndarray) -> np.ndarray:
        return moved(vector, self.down, self.up)

    def fits(self, guides: Mapping[str, str]) -> bool:
        """The index holds exactly the guides the adapter was learned for, none changed since."""
        return bool(guides) and dict(guides) == dict(self.guides)

    def save(self, path: Path) -> None:
        """Written whole or not at all: a crash midway leaves the previous adapter in place."""
        names = sorted(self.guides)
        partial = path.with_name(path.name + ".partial")
        with partial.open("wb") as out:
            np.savez(
                out,
                down=self.down.astype(np.float32),
                up=self.up.astype(np.float32),
                guide_paths=np.array(names),
                guide_hashes=np.array([self.guides[n] for n in names]),
                answers_at=np.array(self.answers_at, dtype=np.float32),
                near_at=np.array(self.near_from, dtype=np.float32),
                trained_on=np.array(self.trained_on),
            )
        partial.replace(path)

    @classmethod
    def load(cls, path: Path) -> QueryAdapter:
        try:
            with np.load(path, allow_pickle=False) as data:
                down, up = data["down"], data["up"]
                guides = dict(zip(data["guide_paths"].tolist(), data["guide_hashes"].tolist(), strict=True))
                answers_at = float(data["answers_at"])
                trained_on = tuple(data["trained_on"].tolist())
                near_at = float(data["near_at"]) if "near_at" in data else None
        except (OSError, KeyError, ValueError) as exc:
            raise ConfigError(
                f"cannot read the query adapter {path}: {exc}",
                "run `python -m assistant tune` to learn it again, or delete the file to answer without it",
            ) from exc
        if down.ndim != 2 or up.shape != (down.shape[1], down.shape[0]):
            raise ConfigError(
                f"the query adapter {path} has shapes {down.shape} and {up.shape}",
                "run `python -m assistant tune` to learn it again",
            )
        return cls(down, up, guides, answers_at, trained_on, near_at)


def moved(vectors: np.ndarray, down: np.ndarray, up: np.ndarray) -> np.ndarray:
    """One vector or a row of them moved by the map (down, up), each back to unit length."""
    out = vectors + (vectors @ down) @ up
    norms = np.linalg.norm(out, axis=-1, keepdims=True)
    return (out / np.where(norms > 0, norms, 1.0)).astype(np.float32)


def load_adapter(path: Path | None) -> QueryAdapter | None:
    """The adapter at `path`, or None when there is none (a corpus it was never learned for)."""
    if path is None or not path.is_file():
        return None
    return QueryAdapter.load(path)


class AdapterGate:
    """The adapter while the index holds its guides, else None (told once in the log per change of index)."""

    def __init__(self, adapter: QueryAdapter | None) -> None:
        self._adapter = adapter
        self._checked: tuple[str | None, bool] = (None, False)

    def current(self, token: str | None, guides: Mapping[str, str]) -> QueryAdapter | None:
        if self._adapter is None:
            return None
        if token is None or self._checked[0] != token:
            fits = self._adapter.fits(guides)
            if not fits and guides:
                log.warning(
                    "the query adapter was learned for other guides than the index holds; answering without it "
                    "(run `python -m assistant tune` to learn it for these guides)"
                )
            self._checked = (token, fits)
        return self._adapter if self._checked[1] else None
