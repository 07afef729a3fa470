"""Ask service: safety -> retrieve -> compose -> check. One question (and the conversation) in, one Answer out."""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from assistant.ask.besides import aside_last, set_aside
from assistant.ask.compose import compose, score_sentences
from assistant.ask.decide import FRAME_WORDS, Outcome, amount_leads, decide, gather_evidence, unknown_named
from assistant.ask.define import (
    defined_term,
    defines,
    glossary_first,
    head_term,
    line_first,
    naming_first,
    placed_first,
    placed_name,
    plain_phrase,
    undefined,
)
from assistant.ask.followup import asks_only_what_follows, last_answer, last_turns, opened_with, search_text
from assistant.ask.informal import about_whom
from assistant.ask.lexical import LexicalIndex
from assistant.ask.retrieve import HybridRetriever
from assistant.domain import Answer, Flags, Passage, SafetyVerdict, Turn
from assistant.safety.check import assess_message, check_answer, is_instruction_like, sanitize_question
from assistant.safety.messages import (
    DISCLAIMER,
    Contacts,
    not_found_reply,
    off_topic_reply,
    personal_advice_note,
    refusal,
    urgent_notice,
)
from assistant.safety.semantic import Backstop

log = logging.getLogger(__name__)
HISTORY_TURNS = 10  # earlier turns considered for follow-ups and red flags spread over messages
SELF_HARM_SIMILAR = "self_harm:similar"  # the reason of a self-harm verdict that only the backstop gave
EMPTY_REPLY = "Please type a question about cell therapy, gene therapy or a stem cell transplant."


class Generative(Protocol):
    def condense(self, question: str, history: Sequence[Turn]) -> str: ...

    def compose(self, question: str, history: Sequence[Turn], passages: Sequence[Passage], fallback: Answer) -> Answer: ...


@dataclass(frozen=True)
class AskConfig:
    contacts: Contacts
    passages_k: int = 8
    max_sentences: int = 4
    max_citations: int = 3
    max_question_chars: int = 2000
    log_questions: bool = False


class AskService:
    def __init__(
        self,
        retriever: HybridRetriever,
        lexical: LexicalIndex,
        config: AskConfig,
        generative: Generative | None = None,
        self_harm: Backstop | None = None,
        urgent: Backstop | None = None,
        advice: Backstop | None = None,
    ) -> None:
        self._retriever = retriever
        self._lexical = lexical
        self._config = config
        self._generative = generative
        self._self_harm = self_harm
        self._urgent = urgent
        self._advice = advice

    def warm(self) -> None:
        """Load the model and embed the backstops' prototypes before the first patient waits for them (~1.4 s)."""
        for backstop in (self._self_harm, self._urgent, self._advice):
            if backstop is not None:
                backstop.warm()

    def ask(self, question: str, history: Sequence[Turn] = ()) -> Answer:
        started = time.perf_counter()
        answer = self._answer(question if isinstance(question, str) else "", history)
        log.info(
            "answered in %.0f ms: engine=%s flags=%s%s",
            (time.perf_counter() - started) * 1000,
            answer.engine,
            answer.flags.as_json(),
            f" question={question!r}" if self._config.log_questions else "",
        )
        return answer

    def _answer(self, question: str, history: Sequence[Turn]) -> Answer:
        text = sanitize_question(question)
        turns = tuple(
            Turn(t.role, sanitize_question(t.content)) for t in Turn.list_from_json(history)[-HISTORY_TURNS:]
        )
        verdict = assess_message(text, turns)
        if not verdict.self_harm and self._self_harm is not None and self._self_harm.similar(text):
            # close in meaning to self-harm statements, however it is worded
            verdict = verdict.merge(SafetyVerdict(urgent=True, self_harm=True, reasons=(SELF_HARM_SIMILAR,)))
        if not verdict.urgent and self._urgent is not None and self._urgent.similar(text):
            # a symptom happening now, close in meaning to the red flags, however it is worded
            verdict = verdict.merge(SafetyVerdict(urgent=True, reasons=("urgent:similar",)))
        if not (verdict.personal_advice or verdict.urgent) and self._advice is not None and self._advice.similar(text):
            # a request for a decision about this person, however it is worded (an urgent message's notice already
            # says to call the care team, as the rules decide for one asking whether it can wait)
            verdict = verdict.merge(SafetyVerdict(personal_advice=True, reasons=("personal_advice:similar",)))
        notice = urgent_notice(verdict, self._config.contacts) if verdict.urgent else ""
        flags = Flags(urgent=verdict.urgent, personal_advice=verdict.personal_advice)
        if not text:
            return self._reply(EMPTY_REPLY, verdict, notice, flags)
        if len(text) > self._config.max_question_chars:
            too_long = (
                f"That message is {len(text):,} characters long. Please shorten it to under "
                f"{self._config.max_question_chars:,} characters and ask again."
            )
            return self._reply(too_long, verdict, notice, flags)
        if verdict.manipulation and not verdict.urgent:
            return self._reply(refusal(verdict), verdict, notice, flags)
        return self._grounded(text, turns, verdict, notice, flags)

    def _grounded(
        self, text: str, turns: tuple[Turn, ...], verdict: SafetyVerdict, notice: str, flags: Flags
    ) -> Answer:
        # Search and weigh the evidence with the question in plain words ('ppl' -> 'people') and the guides' spelling
        # ('imunosupressants' -> 'immunosuppressive'), 'the second one' named from the last answer's list; safety
        # read it as typed.
        search = search_text(text, turns, self._lexical)
        asked, query = search.asked, search.query
        if self._generative is not None and turns and not verdict.urgent:
            query = self._generative.condense(text, turns)
        term = defined_term(asked)
        previous = last_turns(asked, turns) if query != asked else []
        opened = opened_with(turns) if previous else ""
        # ... and what the last answer told, which a follow-up does not ask for again
        answered = last_answer(turns) if query != asked else ""
        found = self._retriever.retrieve(query, self._config.passages_k, asked, previous, opened, answered)
        retrieved, entry = glossary_first(found, term)
        if not entry:
            retrieved, entry = naming_first(retrieved, head_term(asked), asks_meaning=bool(term))
        if not entry and (name := placed_name(asked)) and turns:
            retrieved, entry = placed_first(retrieved, name)  # 'ok and which one is car-t normally?'

        scored = score_sentences(retrieved, is_excluded=is_instruction_like)
        sentences = line_first(scored, entry)  # the glossary line or the sentence naming the term leads
        # 'Apart from the heart and liver, what else ...?': what it already knows goes last.
        aside = set_aside(asked)
        sentences = aside_last(sentences, aside)
        # 'roughly how long can that go on for?': a sentence of the opening passage that states a length of time
        # leads one that states none (decide.amount_leads)
        sentences = amount_leads(sentences, asked)
        # The evidence weighs the sentences that best match the search; a follow-up's answer is ordered by the
        # question alone (its passages were also read against it).
        searched = scored
        if any(c.asked is not None for c in retrieved.candidates.values()):
            searched = score_sentences(retrieved, is_excluded=is_instruction_like, as_asked=False)
        searched = amount_leads(searched, asked)
        # Who is asked about ('my dad') and what is set aside say nothing of whether the guides cover what is asked.
        evidence = gather_evidence(retrieved, searched, self._lexical, asked, ignore=about_whom(query) | aside)
        defined = defines(term, sentences)
        unknown = unknown_named(asked, evidence)
        not_defined = undefined(asked, sentences)
        continues = retrieved.continues and asks_only_what_follows(asked, FRAME_WORDS, self._lexical.in_word_family)
        outcome = decide(evidence, defined, asks_unknown=bool(unknown), not_defined=not_defined, continues=continues)
        if verdict.self_harm and SELF_HARM_SIMILAR not in verdict.reasons:
            # The guides hold nothing for someone who says they think of harming themselves: the crisis line stands
            # alone, never followed by recovery milestones that happen to match the words. (A message only near such
            # statements in meaning may be a false alarm - 'he's on lots of tablets, is he on his own with it' -
            # and keeps its answer under the crisis line.)
            outcome = Outcome.NOT_FOUND
        named = unknown or (plain_phrase(asked) if not_defined else "")
        # 'Does Medicare pay for Zolgensma?', 'can I still have kids after gene therapy?' (fertility)
        unmentioned = "" if named or defined else (evidence.concern or evidence.unknown_name)
        reasons = (
            *verdict.reasons,
            f"evidence:support={evidence.support:.2f},sentence={evidence.best_sentence:.2f},"
            f"coverage={evidence.coverage:.2f},missing={evidence.missing:.2f}"
            + (",no_amount" if evidence.quantity_missing else "")
            + (",no_name" if evidence.name_missing else "")
            + (",unknown_term" if evidence.unknown_terms else ""),
        )
        if outcome is not Outcome.ANSWER:
            # a request for advice on one's own care is never another subject: it is declined as not covered
            off_topic = outcome is Outcome.OFF_TOPIC and not (verdict.urgent or verdict.personal_advice)
            if verdict.urgent:
                body = ""  # the urgent instructions stand alone when the guides have nothing to add
            elif verdict.personal_advice:
                body = f"{personal_advice_note()}\n\n{not_found_reply()}"
            else:
                body = off_topic_reply() if off_topic else not_found_reply(named, unmentioned)
            flags = Flags(
                urgent=flags.urgent,
                personal_advice=flags.personal_advice,
                off_topic=off_topic,
                not_found=not off_topic,
            )
            return self._reply(body, verdict, notice, flags, tuple(retrieved.passages), reasons)
        composition = compose(sentences, self._config.max_sentences, self._config.max_citations)
        answer = Answer(
            text=self._frame(composition.text, verdict, notice),
            disclaimer=DISCLAIMER,
            citations=composition.citations,
            passages=tuple(retrieved.passages),
            flags=flags,
            notice=notice,
            reasons=(*reasons, f"outcome:{outcome.value}"),
        )
        if self._generative is not None and not verdict.urgent:
            generated = self._generative.compose(text, turns, retrieved.passages, answer)
            if generated.engine.startswith("llm:"):
                answer = generated.with_changes(text=self._frame(generated.text, verdict, notice))
            else:
                answer = generated  # the extractive answer, already framed, with the fallback reason
        return self._post_check(answer)

    def _frame(self, body: str, verdict: SafetyVerdict, notice: str) -> str:
        """Urgent instructions come first; a personal-advice question is redirected before the guide text."""
        parts = []
        if notice:
            parts.append(notice)
        if verdict.personal_advice:
            parts.append(personal_advice_note())
        if notice or verdict.personal_advice:
            parts.append(f"What the guides say: {body}")
        else:
            parts.append(body)
        return "\n\n".join(parts)

    def _post_check(self, answer: Answer) -> Answer:
        body_verdict = check_answer(answer.text.removeprefix(answer.notice))
        if not (body_verdict.personal_advice or body_verdict.manipulation):
            return answer
        log.warning("answer replaced after post-check: %s", body_verdict.reasons)
        return answer.with_changes(
            text=self._frame(not_found_reply(), SafetyVerdict(), answer.notice),
            citations=(),
            flags=Flags(answer.flags.urgent, answer.flags.personal_advice, False, True),
            reasons=(*answer.reasons, *(f"post_check:{r}" for r in body_verdict.reasons)),
        )

    def _reply(
        self,
        body: str,
        verdict: SafetyVerdict,
        notice: str,
        flags: Flags,
        passages: tuple[Passage, ...] = (),
        reasons: tuple[str, ...] = (),
    ) -> Answer:
        text = "\n\n".join(part for part in (notice, body) if part)
        return Answer(
            text=text,
            disclaimer=DISCLAIMER,
            passages=passages,
            flags=flags,
            notice=notice,
            reasons=reasons or verdict.reasons,
        )
