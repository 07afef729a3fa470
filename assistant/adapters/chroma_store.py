"""Chroma adapter: passages with vectors we compute, plus a manifest of committed guides (embedded or server)."""

from __future__ import annotations

import base64
import functools
import hashlib
import logging
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import numpy as np

from assistant.domain import Chunk, GuideRecord
from assistant.errors import IndexDamagedError, StoreUnavailableError
from assistant.seams import PassageVectors, StoredHit

log = logging.getLogger(__name__)
T = TypeVar("T")
_PAGE = 5000  # rows fetched per get() call when reading everything
_STATE_ID = "committed"  # the one row of '<name>_state': a token that changes whenever the committed guides do


def _guarded(method: Callable[..., T]) -> Callable[..., T]:
    """Turn a lost connection to a Chroma server into one clear StoreUnavailableError."""

    @functools.wraps(method)
    def wrapper(self: ChromaStore, *args: Any, **kwargs: Any) -> T:
        try:
            return method(self, *args, **kwargs)
        except (StoreUnavailableError, IndexDamagedError):
            raise
        except Exception as exc:
            if self.server is None:
                if type(exc).__name__ == "InternalError":
                    raise IndexDamagedError(
                        f"the guide index cannot be read ({exc})",
                        "run `python ingest.py --rebuild` to rebuild it from the corpus folder",
                    ) from exc
                raise
            raise StoreUnavailableError(
                f"the guide index at {self.server} is not answering ({type(exc).__name__})",
                "start it with `chroma run --path <dir> --host <host> --port <port>` or unset ASSISTANT_CHROMA_HOST",
            ) from exc

    return wrapper


class ChromaStore:
    """Chunks live in '<name>_passages'; a guide counts once its record is in '<name>_guides'.

    Writing a guide's chunks before its record means a crash leaves only uncommitted chunks, which
    queries ignore and the next ingest sweeps away. '<name>_state' holds one token, replaced by every
    commit or removal, so a question checks one row to learn whether the manifest changed.
    """

    def __init__(self, client: Any, name: str, server: str | None = None, manifest_ttl_s: float = 2.0) -> None:
        self.server = server
        self._client = client
        self._name = name
        # Queries filter by the committed versions. Reading the manifest costs ~1.4 s at 15k guides, so it
        # is kept and re-read only when the state token changes; the token is checked at most every TTL
        # (other replicas' ingests show up within it).
        self._ttl = manifest_ttl_s
        self._committed: tuple[float, str, dict[str, str]] | None = None
        self._open()

    @classmethod
    def embedded(cls, path: Path, name: str) -> ChromaStore:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        path.mkdir(parents=True, exist_ok=True)
        client = chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))
        return cls(client, name)

    @classmethod
    def remote(cls, host: str, port: int, name: str) -> ChromaStore:
        import chromadb
        from chromadb.config import Settings as ChromaSettings

        where = f"{host}:{port}"
        try:
            client = chromadb.HttpClient(host=host, port=port, settings=ChromaSettings(anonymized_telemetry=False))
            client.heartbeat()
        except Exception as exc:
            raise StoreUnavailableError(
                f"cannot reach the Chroma server at {where} ({type(exc).__name__})",
                f"start it with `chroma run --path data/chroma --host {host} --port {port}`",
            ) from exc
        return cls(client, name, server=where)

    @_guarded
    def _open(self) -> None:
        self._passages = self._client.get_or_create_collection(
            f"{self._name}_passages", metadata={"hnsw:space": "cosine"}, embedding_function=None
        )
        self._guides = self._client.get_or_create_collection(f"{self._name}_guides", embedding_function=None)
        self._state = self._client.get_or_create_collection(f"{self._name}_state", embedding_function=None)

    def _committed_versions(self) -> dict[str, str]:
        now = time.monotonic()
        if self._committed is not None and now - self._committed[0] <= self._ttl:
            return self._committed[2]
        token = self.fingerprint()  # read before the manifest: a commit in between only costs a second read
        if self._committed is not None and self._committed[1] == token:
            versions = self._committed[2]
        else:
            versions = {g: r.version for g, r in self.manifest().items()}
        self._committed = (now, token, versions)
        return versions

    def _changed(self) -> None:
        """Replace the state token: every reader re-reads the manifest at its next check."""
        self._state.upsert(ids=[_STATE_ID], embeddings=[[1.0]], metadatas=[{"token": uuid.uuid4().hex}])
        self._committed = None

    @_guarded
    def manifest(self) -> dict[str, GuideRecord]:
        got = self._guides.get(include=["metadatas"])
        return {gid: _record(gid, meta) for gid, meta in zip(got["ids"], got["metadatas"] or [], strict=True)}

    @_guarded
    def add_chunks(self, chunks: Sequence[Chunk], vectors: Sequence[PassageVectors]) -> None:
        if not chunks:
            return
        step = max(1, min(self._client.get_max_batch_size(), 1000))
        for i in range(0, len(chunks), step):
            part, vecs = chunks[i : i + step], vectors[i : i + step]
            self._passages.upsert(
                ids=[c.id for c in part],
                embeddings=[v.vector.tolist() for v in vecs],
                documents=[c.text for c in part],
                metadatas=[_chunk_meta(c, v) for c, v in zip(part, vecs, strict=True)],
            )

    @_guarded
    def commit_guides(self, records: Sequence[GuideRecord]) -> None:
        """Make guides' new passages count (one upsert), then drop their older versions (one delete, only for
        guides that had one: a filtered delete scans every passage, ~0.2 s a group at 15,000 guides)."""
        if not records:
            return
        known = set(self._guides.get(ids=[r.path for r in records], include=[])["ids"])
        self._guides.upsert(
            ids=[r.path for r in records],
            embeddings=[[1.0] for _ in records],
            documents=[r.title for r in records],
            metadatas=[{k: v for k, v in r.as_json().items() if k != "path"} for r in records],
        )
        self._changed()
        stale = [{"$and": [{"guide": r.path}, {"version": {"$ne": r.version}}]} for r in records if r.path in known]
        if stale:
            self._passages.delete(where=stale[0] if len(stale) == 1 else {"$or": stale})

    @_guarded
    def remove_guide(self, guide: str) -> None:
        self._guides.delete(ids=[guide])
        self._changed()
        self._passages.delete(where={"guide": guide})

    @_guarded
    def sweep_orphans(self) -> int:
        """Delete chunks of guide versions that were never committed (left by a crash)."""
        manifest = self.manifest()
        if self._passages.count() == sum(r.passages for r in manifest.values()):
            # Every stored passage is a committed one (commits follow their passages): nothing to read through,
            # which at 15,000 guides saves ~10 s of every ingest.
            return 0
        committed = {g: r.version for g, r in manifest.items()}
        stale = [
            cid
            for cid, _, meta in self._all_rows(include_documents=False)
            if committed.get(str(meta.get("guide"))) != meta.get("version")
        ]
        for i in range(0, len(stale), _PAGE):
            self._passages.delete(ids=stale[i : i + _PAGE])
        return len(stale)

    def _all_rows(self, include_documents: bool) -> Iterator[tuple[str, str, dict[str, Any]]]:
        """Every stored passage as (id, text or "", metadata), read a page at a time."""
        include = ["documents", "metadatas"] if include_documents else ["metadatas"]
        offset = 0
        while True:
            got = self._passages.get(include=include, limit=_PAGE, offset=offset)
            docs = got["documents"] if include_documents else [""] * len(got["ids"])
            yield from zip(got["ids"], docs, got["metadatas"] or [], strict=True)
            if len(got["ids"]) < _PAGE:
                return
            offset += _PAGE

    @_guarded
    def query(self, vector: np.ndarray, k: int) -> list[StoredHit]:
        committed = self._committed_versions()
        got = self._passages.query(  # Chroma returns fewer when it holds fewer: no count() round trip
            query_embeddings=[vector.tolist()],
            n_results=k + 8,
            include=["documents", "metadatas", "distances", "embeddings"],
        )
        hits = [
            StoredHit(_chunk(cid, doc, meta), 1.0 - float(dist), _vectors(meta, np.asarray(emb, dtype=np.float32)))
            for cid, doc, meta, dist, emb in zip(
                got["ids"][0], got["documents"][0], got["metadatas"][0], got["distances"][0], got["embeddings"][0],
                strict=True,
            )
            if committed.get(str(meta.get("guide"))) == meta.get("version")
        ]
        return hits[:k]

    @_guarded
    def chunks_by_id(self, ids: Sequence[str]) -> list[StoredHit]:
        if not ids:
            return []
        got = self._passages.get(ids=list(ids), include=["documents", "metadatas", "embeddings"])
        by_id = {
            cid: StoredHit(_chunk(cid, doc, meta), 0.0, _vectors(meta, np.asarray(emb, dtype=np.float32)))
            for cid, doc, meta, emb in zip(
                got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True
            )
        }
        return [by_id[i] for i in ids if i in by_id]

    @_guarded
    def all_chunks(self) -> list[Chunk]:
        committed = {g: r.version for g, r in self.manifest().items()}
        chunks = [
            _chunk(cid, doc, meta)
            for cid, doc, meta in self._all_rows(include_documents=True)
            if committed.get(str(meta.get("guide"))) == meta.get("version")
        ]
        return sorted(chunks, key=lambda c: (c.guide, c.position))

    @_guarded
    def fingerprint(self) -> str:
        """A token that changes whenever the committed guides change: one row read, at any library size."""
        got = self._state.get(ids=[_STATE_ID], include=["metadatas"])
        if got["ids"]:
            return str((got["metadatas"] or [{}])[0].get("token", ""))
        # An index written before the token existed: derive it from the manifest once. add() never
        # overwrites, so a writer's newer token wins over a reader's stale one.
        records = sorted((g, r.version) for g, r in self.manifest().items())
        token = hashlib.sha256(repr(records).encode()).hexdigest()[:16]
        self._state.add(ids=[_STATE_ID], embeddings=[[1.0]], metadatas=[{"token": token}])
        return token

    @_guarded
    def reset(self) -> None:
        for suffix in ("passages", "guides", "state"):
            try:
                self._client.delete_collection(f"{self._name}_{suffix}")
            except Exception:  # absent collection: nothing to drop
                log.debug("collection %s_%s absent", self._name, suffix)
        self._committed = None
        self._open()


def _chunk_meta(chunk: Chunk, vectors: PassageVectors) -> dict[str, Any]:
    q = np.clip(np.round(vectors.sentence_vectors * 127), -127, 127).astype(np.int8)
    return {
        "guide": chunk.guide,
        "title": chunk.title,
        "section": chunk.section,
        "position": chunk.position,
        "page": chunk.page if chunk.page is not None else -1,
        "version": chunk.guide_hash,
        "hash": chunk.content_hash,
        "nsent": int(q.shape[0]),
        "svec": base64.b64encode(q.tobytes()).decode("ascii"),
    }


def _chunk(cid: str, doc: str, meta: dict[str, Any]) -> Chunk:
    page = int(meta.get("page", -1))
    return Chunk(
        id=cid,
        guide=str(meta["guide"]),
        title=str(meta.get("title", "")),
        section=str(meta.get("section", "")),
        position=int(meta.get("position", 0)),
        text=doc,
        guide_hash=str(meta.get("version", "")),
        page=page if page >= 0 else None,
    )


def _vectors(meta: dict[str, Any], vector: np.ndarray | None = None) -> PassageVectors | None:
    raw = meta.get("svec")
    if not raw:
        return None
    q = np.frombuffer(base64.b64decode(str(raw)), dtype=np.int8).astype(np.float32) / 127.0
    sentence_vectors = q.reshape(int(meta.get("nsent", 0)), -1) if q.size else q.reshape(0, 384)
    return PassageVectors(vector if vector is not None else np.zeros(0, np.float32), sentence_vectors)


def _record(guide: str, meta: dict[str, Any]) -> GuideRecord:
    return GuideRecord(
        path=guide,
        title=str(meta.get("title", "")),
        source=str(meta.get("source", "")),
        date=str(meta.get("date", "")),
        url=str(meta.get("url", "")),
        file_hash=str(meta.get("file_hash", "")),
        passages=int(meta.get("passages", 0)),
        ingested_at=str(meta.get("ingested_at", "")),
        version=str(meta.get("version", "")),
    )
