"""Hybrid retrieval: dense (MiniLM in Chroma) and lexical (BM25) candidates, ranked by their best sentence."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from assistant.ask.followup import asks_next_step
from assistant.ask.lay import guide_words_in, in_guide_words
from assistant.ask.lexical import LexicalIndex
from assistant.ask.readings import clauses, experienced, sought_help
from assistant.ask.tuning import AdapterGate
from assistant.domain import Chunk, Passage
from assistant.seams import Embedder, PassageVectors, Store
from assistant.text import fold, sentence_spans, tokens

# Ranking weights, measured on tests/data/eval + the shared dev set (EVALUATION.md).
OVERLAP_WEIGHT = 0.35  # question-term overlap (IDF-weighted) added to each sentence's cosine
LEXICAL_WEIGHT = 0.4  # normalised BM25 score of the passage (0.2 until session 12; see EVALUATION.md)
FOCUS_WEIGHT = 1.0  # best sentence cosine with the focused question
PASSAGE_WEIGHT = 0.3  # whole-passage cosine, for both question forms
COMMON_TERM_SHARE = 0.15  # words in more passages than this share are dropped from the focused question
# A guide without headings opens with what it is about: when its opening passage scores within this of the
# guide's best one, it is shown first (MedQuAD evidence @1 0.71 -> 0.83; structured guides are unaffected).
LEAD_WITHIN = 0.3
# Inside one guide, a sentence's likeness to the question's topic alone (its corpus-common words) counts against
# it at this weight: every passage of a guide on recovery after gene therapy matches 'recovery after gene therapy'.
TOPIC_WEIGHT = 0.4
# A follow-up asking what comes next ('and once that phase is over?') is answered from the passages after the
# previous question's best one: this many, each step further away counting this much against a sentence's cosine.
FOLLOWING_PASSAGES = 3
FOLLOWING_STEP = 0.05
# ... unless what it asks besides points far more strongly elsewhere: 'and has anything come out since then for
# mantle cell?' is answered where mantle cell lymphoma is named, not by the glossary after the 2017 approvals. On
# the seen sets' 41 such follow-ups, the passages after scored at most 1.01 below the best other where they held
# the evidence, and 1.07-1.50 below where the best other held it.
FOLLOWING_MARGIN = 1.05
TOPICS_KEPT = 256  # topic embeddings kept (a guide set has few topics: 'gene therapy', 'stem cell transplant')


@dataclass(frozen=True)
class Candidate:
    chunk: Chunk
    dense: float
    lexical: float
    sentence_scores: np.ndarray  # cosine of the question with each sentence of the passage
    overlaps: np.ndarray  # share of the question's term weight found in each sentence
    spans: list[tuple[int, int]]  # the sentences of chunk.text, as character spans
    asked: np.ndarray | None = None  # a follow-up's sentences read against the question alone


@dataclass(frozen=True)
class Retrieved:
    passages: list[Passage]
    candidates: dict[str, Candidate]
    query_tokens: list[str]
    query: str = ""  # the text searched for, as written (its words' forms tell how common they are)
    reserve: list[Passage] = dataclasses.field(default_factory=list)  # the candidates ranked after the k shown
    continues: bool = False  # the first passages follow the one the conversation was about (what comes next)
    # The learned query adapter brings the question as near a guide sentence as questions the guides answer come
    # (its calibrated `answers_at`); False without an adapter for these guides.
    recognised: bool = False
    near: bool = False  # ... as near as its calibrated near_at (answered with enough support)
    # The passage the last turns told part of, and its first sentence not yet told, when the next step asked for
    # goes on there ('right, then what do they do with them?')
    resumes: tuple[str, int] | None = None


def is_common(lexical: LexicalIndex, term: str) -> bool:
    """A word in more than COMMON_TERM_SHARE of the passages: the guides' topic ('cell', 'gene'), not what a
    question asks about it."""
    return lexical.df(term) > COMMON_TERM_SHARE * max(lexical.size, 1)


class HybridRetriever:
    """Candidates: nearest passages to the question and to its focused form (common words removed, so
    'what happens right after I get cell therapy' looks for 'right after'), plus BM25 hits. Ranked by
    the best sentence in each (cosine + term overlap), the focused cosine, BM25 and passage cosine; with a query
    adapter learned for the indexed guides, those cosines are the moved question's (assistant/ask/tuning.py)."""

    def __init__(
        self,
        store: Store,
        embedder: Embedder,
        lexical: LexicalIndex,
        candidates: int = 20,
        adapter: AdapterGate | None = None,
    ) -> None:
        self._store = store
        self._embedder = embedder
        self._lexical = lexical
        self._n = candidates
        self._adapter = adapter or AdapterGate(None)
        self._topics: dict[str, np.ndarray] = {}

    def focus(self, query: str) -> tuple[str, str]:
        """The question split in two: its focused form, without the words found in most passages, and its topic,
        those words alone ('could there be setbacks during recovery from gene therapy' -> 'could there be
        setbacks during from', 'recovery gene therapy')."""
        kept, topic = [], []
        for word in query.split():
            toks = tokens(word)
            if toks and all(is_common(self._lexical, t) for t in toks):
                topic.append(word)
            else:
                kept.append(word)
        return " ".join(kept), " ".join(topic)

    def retrieve(
        self,
        query: str,
        k: int,
        question: str = "",
        previous: Sequence[str] = (),
        opened: str = "",
        answered: str = "",
    ) -> Retrieved:
        """The k best passages for the search text; `question` is the question as asked, when the search text
        also holds the previous one (a follow-up); `previous` holds the last turns when this one asks what comes
        after what they were about ('does it get better later on?'), and `opened` the sentence the last answer
        opened with, whose passage is where the conversation stands; `answered` is the last answer, whose sentences a
        follow-up does not ask for again."""
        self._lexical.refresh()
        query_tokens = tokens(query)
        focused, topic = self.focus(query)
        use_focus = bool(tokens(focused)) and focused != query
        texts = [query, focused] if use_focus else [query]
        # A follow-up is searched with the previous question too; its sentences are also read against the
        # question alone, which says what is asked now ("does the follow-up care help with that?").
        alone = bool(tokens(question)) and question != query
        # A message of several clauses ("my mum had her transplant a while back, she's still so tired, is that
        # normal?") is also read clause by clause: the whole reads less like any one sentence of the guides.
        said = question or query
        parts = clauses(said)
        # ... and in the guides' own words, when it uses everyday ones they never do ('money' -> 'financial').
        worded = in_guide_words(said, lambda t: self._lexical.df(t) > 0)
        # ... and, asked whether something is normal ('still so tired, is that normal?'), as the guides say what
        # patients go through ('Many patients experience fatigue ...').
        # ... and, looking for help ('is there anywhere that helps with money and travel?'), as a guide's list of
        # resources puts it ('This website provides resources and support for patients ..., including ...').
        asked_as = (worded, experienced(said), sought_help(worded or said))
        worded_at = len(parts)  # where the reading in the guides' words goes, if there is one
        parts = [*parts, *(reading for reading in asked_as if reading)]
        vectors = self._embedder.embed_queries([*texts, *parts, *([question] if alone else []), *previous])
        before = [vectors.pop() for _ in previous]
        asked = vectors.pop() if alone else None
        part_vectors = [vectors.pop() for _ in parts][::-1]  # popped from the end: back in the order of parts
        qv, fv = vectors[0], vectors[-1]
        # Where the index holds the guides a query adapter was learned for, the passages are ranked by the question
        # as the adapter moves it (EVALUATION.md, session 15); the composer and the evidence still read it as
        # embedded, whose nearness the answer rules were measured on. The candidates are found as before: searching
        # with the moved question too found no other passage that mattered on held-out 27-32 and cost 7 ms.
        adapter = self._adapter.current(self._lexical.token, self._lexical.guides())
        tq, tf = (adapter.apply(qv), adapter.apply(fv)) if adapter is not None else (qv, fv)
        tv = self._topic_vector(topic) if use_focus and topic else None
        found: dict[str, tuple[Chunk, PassageVectors | None]] = {}
        for vector in vectors:
            for hit in self._store.query(vector, self._n):
                found.setdefault(hit.chunk.id, (hit.chunk, hit.vectors))
        weights, aliases = self._term_weights(query_tokens, query)
        lexical_hits = self._lexical.search([*query_tokens, *sorted(set(aliases) - set(query_tokens))], self._n)
        missing = [c.id for c, _ in lexical_hits if c.id not in found]
        for hit in self._store.chunks_by_id(missing):
            found[hit.chunk.id] = (hit.chunk, hit.vectors)
        window: dict[str, int] = {}
        from_sentence: dict[str, int] = {}  # in a passage of the window, what is still to tell starts here
        if before and found:
            # What comes after the stage the last turns were about: the passages that follow the one holding the
            # sentence nearest them (a passage's whole meaning is diluted by what else it tells).
            anchor = _holding(opened, found) or max(
                found.values(), key=lambda item: float(np.max(sum(_sentence_scores(item[1], v) for v in before)))
            )[0]
            after = self._lexical.following(anchor, FOLLOWING_PASSAGES)
            # A stage the guide gives a section of is over where its section ends ('once that phase is over').
            later = [c for c in after if c.section != anchor.section] if anchor.section else []
            window = {c.id: c.position - anchor.position for c in later or after}
            # ... but the next step of a process ('right, then what do they do with them?') may be the passage's
            # own next sentence: the passage goes on after the sentence the last turns told
            if asks_next_step(question):
                told = _last_told(anchor.text, previous) if opened else -1
                if told < 0:
                    told = int(np.argmax(sum(_sentence_scores(found[anchor.id][1], v) for v in before)))
                if told + 1 < len(sentence_spans(anchor.text)):
                    window = {c.id: c.position - anchor.position for c in after} | {anchor.id: 1}
                    from_sentence[anchor.id] = told + 1
            for hit in self._store.chunks_by_id([cid for cid in window if cid not in found]):
                found[hit.chunk.id] = (hit.chunk, hit.vectors)
        top_lexical = lexical_hits[0][1] if lexical_hits else 1.0
        lexical = {c.id: s / top_lexical for c, s in lexical_hits}
        total = sum(weights.values()) or 1.0
        candidates: dict[str, Candidate] = {}
        scores: dict[str, float] = {}
        within: dict[str, float] = {}
        nearest = 0.0  # the adapted question's best sentence cosine
        told_words = set(tokens(answered)) if alone else set()
        for cid, (chunk, pv) in found.items():
            spans = sentence_spans(chunk.text)
            pairs = _continuing(chunk.text, spans)
            sims = _sentence_scores(pv, qv, pairs)
            # the search as ranked: the question as the adapter moves it, when there is one
            ranked_sims = _sentence_scores(pv, tq, pairs) if adapter is not None else sims
            focus_sims = _sentence_scores(pv, tf, pairs)
            nearest = max(nearest, float(np.max(ranked_sims)))
            overlaps = _overlaps(chunk.text, spans, weights, total, len(sims), pairs, aliases)
            asked_sims = _sentence_scores(pv, asked, pairs) if asked is not None else None
            part_sims = [_sentence_scores(pv, part, pairs) for part in part_vectors]
            # What the composer and the evidence see: each sentence's best reading (the search, the question alone,
            # each clause and rewording). The ranking below reads the search and the guides' wording only.
            read = sims
            for other in [asked_sims, *part_sims]:
                if other is not None:
                    read = np.maximum(read, other)
            # A follow-up asks something the last answer did not say ('what could they end up being used for?'
            # after what iPSCs are): a passage ranks by the sentences it has not told yet. (Its answer may still
            # repeat one: 'where did the marrow come from?' is answered by the sentence that told who did it.)
            untold = _untold(chunk.text, spans, told_words)
            ranked_sims, focus_sims = untold(ranked_sims), untold(focus_sims)
            dense = _cosine(pv, qv)
            candidates[cid] = Candidate(chunk, dense, lexical.get(cid, 0.0), read, overlaps, spans, asked_sims)
            rest = (
                LEXICAL_WEIGHT * lexical.get(cid, 0.0)
                + FOCUS_WEIGHT * float(np.max(focus_sims))
                + PASSAGE_WEIGHT * (_cosine(pv, tq) + FOCUS_WEIGHT * _cosine(pv, tf))
            )
            # The ranking reads the question as asked and in the guides' words ('dampen the immune system' ->
            # 'immunosuppressive'), the better of the two for each sentence.
            ranking = np.maximum(ranked_sims, untold(part_sims[worded_at])) if worded else ranked_sims
            scores[cid] = float(np.max(ranking + OVERLAP_WEIGHT * overlaps)) + rest
            if tv is not None:
                topical = _sentence_scores(pv, tv, pairs)
                within[cid] = float(np.max(ranked_sims - TOPIC_WEIGHT * topical + OVERLAP_WEIGHT * overlaps)) + rest
        _lead_first(candidates, scores)
        ranked = sorted(scores.items(), key=lambda item: -item[1])
        if within:
            _lead_first(candidates, within)
            ranked = _reorder_within_guides(ranked, candidates, within)
        follows = bool(window) and max(scores[cid] for cid in window) >= max(scores.values()) - FOLLOWING_MARGIN
        if follows:
            ranked = _following_first(ranked, candidates, window, anchor, from_sentence)
        passages = [
            Passage(candidates[cid].chunk, score, candidates[cid].dense, candidates[cid].lexical, rank)
            for rank, (cid, score) in enumerate(ranked, start=1)
        ]
        recognised = adapter is not None and nearest >= adapter.answers_at
        return Retrieved(
            passages[:k],
            candidates,
            query_tokens,
            query,
            passages[k:],
            continues=follows,
            resumes=next(iter(from_sentence.items())) if follows and from_sentence else None,
            recognised=recognised,
            near=adapter is not None and nearest >= adapter.near_from,
        )

    def _term_weights(self, query_tokens: Sequence[str], query: str) -> tuple[dict[str, float], dict[str, str]]:
        """Each question word's IDF, and the guides' words for its everyday ones ('fatigue' for 'tired') or for the
        everyday phrase of the query it is part of ('temporary' for 'wear off'), which count as the question's
        word; a word the guides never use weighs as the guides' word for it."""
        # Each guide word stands for one question word, the weightiest (then the first by name): the same on every
        # run, whatever order a set of words comes in.
        terms = sorted(set(query_tokens), key=lambda t: (-self._lexical.idf(t), t))
        words = guide_words_in(query, terms)
        # ... with a word the guides only use in another form of its family ('vaccines' -> 'vaccination').
        theirs = {t: sorted(words[t] | set(() if self._lexical.df(t) else self._lexical.family(t))) for t in terms}
        aliases: dict[str, str] = {}
        for term in terms:
            for alias in theirs[term]:
                if self._lexical.df(alias):
                    aliases.setdefault(alias, term)
        weights = {t: self._lexical.idf(t) for t in terms}
        for term in terms:
            used = [self._lexical.idf(a) for a in theirs[term] if self._lexical.df(a)]
            if used and not self._lexical.df(term):
                weights[term] = min(weights[term], *used)
        return weights, aliases

    def _topic_vector(self, topic: str) -> np.ndarray:
        """The topic's embedding, computed once per topic."""
        vector = self._topics.get(topic)
        if vector is None:
            if len(self._topics) >= TOPICS_KEPT:
                self._topics.clear()
            vector = self._topics[topic] = self._embedder.embed_query(topic)
        return vector


def _reorder_within_guides(
    ranked: list[tuple[str, float]], candidates: dict[str, Candidate], within: dict[str, float]
) -> list[tuple[str, float]]:
    """Each guide keeps the places it holds in the ranking; its passages fill them in the order of `within`, each
    with its own score (staff see what the passage scored, so the scores need not fall with the rank).
    Which guide ranks first is the search's call; inside a guide, every passage matches the guide's topic
    ('recovery after gene therapy'), so the one that matches what else is asked ('setbacks') comes first."""
    places: dict[str, list[int]] = {}
    for i, (cid, _) in enumerate(ranked):
        places.setdefault(candidates[cid].chunk.guide, []).append(i)
    out = list(ranked)
    own = dict(ranked)
    for slots in places.values():
        in_order = sorted((ranked[i][0] for i in slots), key=lambda c: -within[c])
        for i, cid in zip(slots, in_order, strict=True):
            out[i] = (cid, own[cid])
    return out


def _following_first(
    ranked: list[tuple[str, float]],
    candidates: dict[str, Candidate],
    window: dict[str, int],
    anchor: Chunk,
    from_sentence: dict[str, int],
) -> list[tuple[str, float]]:
    """The passages after the one the conversation was about lead, ordered by the search's score and how well their
    best sentence not yet told fits what is asked now ('does it get better later on?'), the nearer one ahead when
    the question says little ('and since then?'); then the rest of that guide, then other guides (in their order),
    and last that passage and the ones before it in its guide, already told (unless it goes on with the next step:
    `from_sentence`)."""

    def fit(cid: str) -> float:
        candidate = candidates[cid]
        read = candidate.asked if candidate.asked is not None else candidate.sentence_scores
        start = from_sentence.get(cid, 0)
        return float(np.max(read[start:] if start < len(read) else read)) - FOLLOWING_STEP * (window[cid] - 1)

    def told(cid: str) -> bool:
        chunk = candidates[cid].chunk
        return chunk.guide == anchor.guide and chunk.position <= anchor.position and cid not in window

    def place(item: tuple[str, float]) -> int:
        """0: what comes next; 1: the rest of that guide; 2: other guides; 3: what was already told."""
        cid = item[0]
        if cid in window:
            return 0
        if told(cid):
            return 3
        return 1 if candidates[cid].chunk.guide == anchor.guide else 2

    lead = sorted((item for item in ranked if item[0] in window), key=lambda item: -(item[1] + fit(item[0])))
    return [*lead, *sorted((item for item in ranked if item[0] not in window), key=place)]


def _lead_first(candidates: dict[str, Candidate], scores: dict[str, float]) -> None:
    """Within one guide without sections, lift the earliest candidate passage to the guide's best score when it
    is close. Only the order inside that guide changes; which guide ranks first does not. A guide with headings
    is left alone: the passages before its first heading introduce it (held-out 15-26: rank 1 363 -> 364)."""
    by_guide: dict[str, list[str]] = {}
    headed: set[str] = set()  # guides with headings: their opening is an introduction, not what they are about
    for cid, candidate in candidates.items():
        if not candidate.chunk.section:
            by_guide.setdefault(candidate.chunk.guide, []).append(cid)
        else:
            headed.add(candidate.chunk.guide)
    for guide, ids in by_guide.items():
        if len(ids) < 2 or guide in headed:
            continue
        lead = min(ids, key=lambda cid: candidates[cid].chunk.position)
        best = max(scores[cid] for cid in ids)
        if best - LEAD_WITHIN <= scores[lead] < best:
            scores[lead] = best + 1e-6


# A sentence that opens by pointing back at the one before ("These could include temporary setbacks ...") is
# also scored together with it: alone, its vector misses what "these" are ("challenges").
CONTINUES = re.compile(r"^\s*(?:this|these|those|such|it|they|that)\b", re.I)


def _continuing(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """The sentences that open by pointing back at the one before ('These could include ...')."""
    return [i for i in range(1, len(spans)) if CONTINUES.match(text[spans[i][0] : spans[i][1]])]


OPENING_CHARS = 60  # of a sentence as an answer quoted it: before a list's items or a guide's reference marker
MIN_OPENING_CHARS = 20


def _last_told(text: str, turns: Sequence[str]) -> int:
    """The last sentence of a passage that the turns quote (by its opening words), -1 if they quote none: an answer
    of ours tells the guides' sentences as written."""
    said = fold(" ".join(turns))
    openings = [fold(text[a:b])[:OPENING_CHARS] for a, b in sentence_spans(text)]
    return max((i for i, o in enumerate(openings) if len(o) >= MIN_OPENING_CHARS and o in said), default=-1)


def _holding(sentence: str, found: dict[str, tuple[Chunk, PassageVectors | None]]) -> Chunk | None:
    """The passage among `found` that holds the sentence as an answer quoted it (its opening words)."""
    opening = fold(re.split(r"[:;]", sentence, maxsplit=1)[0])[:OPENING_CHARS]
    if len(opening) < MIN_OPENING_CHARS:
        return None
    return next((chunk for chunk, _ in found.values() if opening in fold(chunk.text)), None)


def _cosine(vectors: PassageVectors | None, query: np.ndarray) -> float:
    """Cosine of the query with the whole passage (0 for a passage stored without vectors)."""
    return float(vectors.vector @ query) if vectors is not None and vectors.vector.size else 0.0


# A sentence whose words the last answer holds this share of, it told (our own answers quote the guides; a
# paraphrase of one sentence holds most of its words, one that tells part of it - 'It was Dr. E. Donnall Thomas, in
# 1956' of '... using bone marrow from his identical twin' - does not: on the seen sets, no follow-up's evidence
# shares more than 0.78 of its words with the answer before).
TOLD_SHARE = 0.8
TOLD_MIN_WORDS = 4  # ... of at least this many words: a heading or a short list item says too little to tell
# What a told sentence loses of its cosine in the ranking. Its answer may still repeat it: our own answers often
# told the sentence a follow-up asks about ('where did he get the marrow from?'). On the seen sets' 611 follow-ups
# (EVALUATION.md, session 23), 0.15 put the evidence first for 4 more with their own histories and 14 more after our
# own answers, and quoted as many; 0.3 lost 6 after our answers, 0.5 lost 65.
TOLD_PENALTY = 0.15


def _untold(text: str, spans: Sequence[tuple[int, int]], told_words: set[str]) -> Callable[[np.ndarray], np.ndarray]:
    """What to do to a passage's sentence scores: lower those of the sentences the last answer told."""

    def told(sentence: str) -> bool:
        words = set(tokens(sentence))
        return len(words) >= TOLD_MIN_WORDS and len(words & told_words) >= TOLD_SHARE * len(words)

    said = np.array([told(text[a:b]) for a, b in spans], dtype=bool) if told_words else np.zeros(0, dtype=bool)
    if not said.any():
        return lambda scores: scores
    # (a passage without sentence vectors is scored as a whole: nothing to lower)
    return lambda scores: scores - TOLD_PENALTY * said if len(scores) == len(said) else scores


def _sentence_scores(vectors: PassageVectors | None, query: np.ndarray, pairs: Sequence[int] = ()) -> np.ndarray:
    """Cosine of the query with each sentence (the whole passage's, when it has no sentence vectors); a sentence
    that points back scores at least as its pair does."""
    if vectors is None or vectors.sentence_vectors.size == 0:
        return np.array([_cosine(vectors, query)], dtype=np.float32)
    sv = vectors.sentence_vectors
    sims = sv @ query
    for i in pairs:
        if i < len(sv):
            both = sv[i - 1] + sv[i]
            sims[i] = max(sims[i], float(both @ query) / (float(np.linalg.norm(both)) or 1.0))
    return sims


def _overlaps(
    text: str,
    spans: list[tuple[int, int]],
    weights: dict[str, float],
    total: float,
    n: int,
    pairs: Sequence[int] = (),
    aliases: dict[str, str] | None = None,
) -> np.ndarray:
    if len(spans) != n:
        return np.zeros(n, dtype=np.float32)
    terms = [_terms(text[a:b]) for a, b in spans]
    if aliases:
        terms = [ts | {aliases[a] for a in ts if a in aliases} for ts in terms]
    out = np.array([sum(weights[t] for t in ts if t in weights) / total for ts in terms], dtype=np.float32)
    for i in pairs:
        out[i] = max(out[i], sum(weights[t] for t in terms[i] | terms[i - 1] if t in weights) / total)
    return out


@lru_cache(maxsize=50_000)
def _terms(sentence: str) -> frozenset[str]:
    """A sentence's stemmed words; the same passages come back question after question, so they are kept."""
    return frozenset(tokens(sentence))
