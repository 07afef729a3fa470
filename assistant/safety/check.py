"""Safety checks as small pure functions over the rule tables: messages before retrieval, answers after."""

from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from functools import cached_property

from assistant.domain import SafetyVerdict, Turn
from assistant.safety import (
    advice,
    answers,
    framing,
    neurotoxicity,
    readings,
    red_flags,
    requests,
    self_harm,
    vocabulary,
)

_STRONG, _MEDIUM, _WEAK = 2, 1, 0


def _any(patterns: Iterable[str], whole_words: bool = False) -> re.Pattern[str]:
    alternation = "|".join(f"(?:{p})" for p in patterns)
    return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])" if whole_words else alternation)


def _table(table: dict[str, tuple[str, ...]]) -> dict[str, re.Pattern[str]]:
    return {name: _any(patterns) for name, patterns in table.items()}


def _word_map(spellings: dict[str, tuple[str, ...]]) -> tuple[re.Pattern[str], dict[str, str]]:
    variants = {v: canonical for canonical, vs in spellings.items() for v in vs}
    alternation = "|".join(re.escape(v) for v in sorted(variants, key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{alternation})(?![\w'-])"), variants


_SPELLING, _CANONICAL = _word_map(vocabulary.SPELLINGS)
_QUOTES = str.maketrans("’‘´`“”", "''''\"\"")
_IDIOMS = _any(framing.IDIOMS)
_NOT_SELF, _LOW_MOOD = re.compile(framing.NOT_SELF), re.compile(framing.LOW_MOOD)
_LONG_AFTER, _SUDDEN = re.compile(framing.LONG_AFTER), re.compile(framing.SUDDEN)
_SENTENCE = re.compile(r"[^\s;](?:[^\n;]*?)(?=[.!?]\s|[.!?]?\s*\n|;|[.!?]?\s*$)[.!?]?")
_FLAGS = {
    name: (_any(flag.strong, True) if flag.strong else None, _any(flag.weak, True),
           re.compile(flag.qualifier) if flag.qualifier else None)
    for name, flag in {**red_flags.RED_FLAGS, "self_harm": self_harm.SELF_HARM}.items()
}
_NEGATED = re.compile(rf"{framing.NEGATION}(?:\W+\w+){{0,{framing.NEGATION_WINDOW_WORDS}}}\W*$")
_NEGATED_RIGHT_BEFORE = re.compile(rf"{framing.NEGATION}(?:\W+(?:to|going to|gonna|want to|wanna"
                                   rf"|{self_harm.SELF_HARM_DENIAL}))?\W*$")
_CLAUSE_BREAK = re.compile(framing.CLAUSE_BREAK)
_FORECAST = re.compile(framing.FORECAST)
_RESOLVED = re.compile(framing.RESOLVED)
_TREATMENT_TIME = re.compile(framing.TREATMENT_TIME)
_PARENTHESIS = re.compile(r"\([^()]{0,60}\)")
_CURRENT = re.compile(framing.CURRENT)
_HYPOTHETICAL = re.compile(framing.HYPOTHETICAL)
_NOT_CONDITIONAL = re.compile(framing.NOT_CONDITIONAL)
_FRAME = re.compile(framing.FRAME)
_GENERIC_SUBJECT = re.compile(framing.GENERIC_SUBJECT)
_QUESTION_START = re.compile(framing.QUESTION_START)
_ACTION_ASK = re.compile(framing.ACTION_ASK)
_GENERAL_VERB = re.compile(framing.GENERAL_VERB)
_PERSONAL = re.compile(framing.PERSONAL)
_REPORTED = re.compile(framing.REPORTED)
_TOPIC_SOURCE = re.compile(framing.TOPIC_SOURCE)
_HABIT_BACKREF = re.compile(framing.HABIT_BACKREF)
_SELF_CLAIM = re.compile(framing.SELF_CLAIM)
_HABITUAL = re.compile(framing.HABITUAL)
_OTHERS_STORY = re.compile(framing.OTHERS_STORY)
_STRANGER_STORY = re.compile(framing.STRANGER_STORY)
_ANIMAL = re.compile(framing.ANIMAL)
_PREDICATE = re.compile(rf"\b{framing.SUBJECT}(?:\s+{framing.FILLER}){{0,4}}\s*$")
_OWNED_AFTER = re.compile(rf"^[\w' -]{{0,30}}?\b(?:from|in|on|of|all over|around) {framing.OWNER}\b"
                          rf"(?! {framing.DOCUMENT})")
_OWNED = re.compile(rf"\b{framing.OWNER}\s+(?:(?!{framing.OWNER_GAP_STOP}\b)[\w-]+\s+){{0,2}}$")
_ADVICE = _table(advice.PERSONAL_ADVICE)
_BARE_ASK = re.compile(advice.BARE_ASK)
_CLAUSE_START = re.compile(advice.CLAUSE_START)
_MEDICINE_TREMOR = _any(neurotoxicity.MEDICINE_TREMOR, True)
_WAIT_IT_OUT = re.compile(advice.WAIT_IT_OUT)
_MANIPULATION = _table(requests.MANIPULATION)
_INSTRUCTION = _any(p for r in requests.INSTRUCTION_REASONS for p in requests.MANIPULATION[r])
_ANSWER_ADVICE = _table(answers.ANSWER_ADVICE)
_ANSWER_OBEYS = _table(answers.ANSWER_OBEYS)


def normalize(text: str) -> str:
    """Lower case, NFKC, no invisible characters, straight quotes, one spelling per word, single spaces."""
    text = unicodedata.normalize("NFKC", text)
    text = "".join(ch for ch in text if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cf"))
    text = text.translate(_QUOTES)
    text = re.sub(r"[ \t]+", " ", text.lower()).strip()
    return _SPELLING.sub(lambda m: _CANONICAL[m.group(0)], text)


def _tail_clause(before: str) -> str:
    """The part of the text before a match that belongs to the match's clause (at most CONTEXT_CHARS)."""
    before = before[-framing.CONTEXT_CHARS:]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    return before[breaks[-1].end():] if breaks else before


class _Sentence:
    """One sentence and its framing cues, each computed once however many symptoms it mentions."""

    def __init__(self, text: str, next_text: str = "") -> None:
        self.text = text
        self.next_text = next_text

    @cached_property
    def resolved(self) -> bool:
        return bool(_RESOLVED.search(_TREATMENT_TIME.sub(" ", self.text)))

    @cached_property
    def history(self) -> bool:
        """Resolved, or told as the past by the next sentence ("I always do, since I was a teenager"), or as
        someone else's story ("a woman in my group said she spent a week in ICU")."""
        lifelong = bool(_HABIT_BACKREF.search(self.next_text) and _RESOLVED.search(self.next_text))
        return self.resolved or lifelong or bool(_OTHERS_STORY.search(self.text))

    @cached_property
    def claimed_next(self) -> bool:
        """The next sentence claims this one for the person ("has anyone else had this? that's me today")."""
        return bool(_SELF_CLAIM.search(self.next_text))

    @cached_property
    def current(self) -> bool:
        """A time cue of now; "fine now" is a resolution, not one."""
        return bool(_CURRENT.search(_RESOLVED.sub(" ", self.text) if self.resolved else self.text))

    @cached_property
    def generic(self) -> bool:
        return bool(_GENERIC_SUBJECT.search(self.text))

    @cached_property
    def framed(self) -> bool:
        return bool(_FRAME.search(self.text))

    @cached_property
    def statement(self) -> bool:
        return not self.text.endswith("?") and not _QUESTION_START.search(self.text)

    @cached_property
    def short_report(self) -> bool:
        """A short statement without the verbs of a general fact: "fever 39 and chills"."""
        words = len(self.text.split())
        return self.statement and words <= framing.REPORT_MAX_WORDS and not _GENERAL_VERB.search(self.text)

    @cached_property
    def personal(self) -> bool:
        return bool(_PERSONAL.search(self.text))

    def describes_now(self, start: int, strength: int, asks_action: bool, self_harm: bool = False) -> bool:
        """Whether the symptom at `start` is happening now rather than asked about as a topic. A person's own
        words of self-harm count even said conditionally ('if the treatment doesn't work I'm not going to stick
        around'), unless negated right before ('not to end my life')."""
        clause = _tail_clause(self.text[:start])
        if self_harm and strength == _STRONG and self.personal and not self.generic:
            return not _NEGATED_RIGHT_BEFORE.search(clause)
        own_clause = clause + _CLAUSE_BREAK.split(self.text[start:start + 40], 1)[0]
        if _NEGATED.search(clause) or _ANIMAL.search(clause) or _STRANGER_STORY.search(own_clause):
            return False
        if strength != _STRONG and _FORECAST.search(self.text[start:]):
            return False
        if self.claimed_next:
            return True
        if strength != _STRONG and _TOPIC_SOURCE.search(own_clause):
            return False
        if _HYPOTHETICAL.search(_NOT_CONDITIONAL.sub(" ", clause)) and not self.current:
            return False
        if self.history and not self.current:
            return False
        if not self.current and _HABITUAL.search(own_clause):
            return False
        near = _PARENTHESIS.sub(" ", self.text[max(0, start - framing.CONTEXT_CHARS):start])
        if self.framed and not self.current and _REPORTED.search(near):
            return False  # "my doctor said blood in the urine is something to watch for"
        after = self.text[start:start + framing.CONTEXT_CHARS]
        if _PREDICATE.search(near) or _OWNED.search(near) or _OWNED_AFTER.search(after):
            return True
        if self.statement and self.personal and near.endswith("the "):
            return True
        if strength == _STRONG and (self.statement or self.personal or not self.framed or self_harm):
            return True  # not when a question asks about it as a topic ("is vomiting blood a side effect?")
        if self.generic:
            return False
        if self.current:
            return True
        if self.framed:
            return False
        if self.statement and self.personal:  # "There was bright red blood in the toilet after I went."
            return True
        lead_words = len(self.text[:start].split())
        report = self.short_report and (lead_words <= framing.REPORT_LEAD_WORDS or self.personal)
        return strength == _MEDIUM or asks_action or report


def _sentences(text: str) -> tuple[list[tuple[int, int]], list[_Sentence]]:
    """Where each sentence of a text stands, and each with the sentence after it (the one that may claim it)."""
    spans = [(m.start(), m.end()) for m in _SENTENCE.finditer(text)]
    texts = [text[a:b] for a, b in spans]
    return spans, [_Sentence(s, texts[i + 1] if i + 1 < len(texts) else "") for i, s in enumerate(texts)]


def _turn_red_flags(text: str, recent: str, asks_action: bool) -> set[str]:
    """Red-flag names (and "self_harm") that one user turn describes as happening now."""
    text = _IDIOMS.sub(" ", text)
    if _LOW_MOOD.search(text) and _LONG_AFTER.search(text) and not _SUDDEN.search(text):
        text = _NOT_SELF.sub(" ", text)  # low mood long after treatment, not a sudden change
    spans, sentences = _sentences(text)
    starts = [a for a, _ in spans]

    def locate(pos: int, end: int) -> tuple[_Sentence, int] | None:
        i = bisect_right(starts, pos) - 1
        return (sentences[i], pos - starts[i]) if i >= 0 and end <= spans[i][1] else None

    found: set[str] = set()
    talk = readings.talks_of_temperature(recent)
    values = [(s, pos, kind) for s in sentences for pos, kind in readings.temperatures(s.text, talk)]
    values += [(s, pos, "swelling") for s in sentences if (pos := readings.weight_gain(s.text)) is not None]
    for sentence, pos, kind in values:
        # a threshold ("above 38", "38 or higher") is talk about fever, unless framed as happening now
        strength = _WEAK if readings.is_threshold(sentence.text, pos) else _MEDIUM
        if kind and kind not in found and sentence.describes_now(pos, strength, asks_action):
            found.add(kind)
    low_readings_only = bool(values) and not any(kind == "fever" for _, _, kind in values)
    for name, (strong, weak, qualifier) in _FLAGS.items():
        if name in found or (name == "fever" and low_readings_only):
            continue
        if qualifier is not None and not qualifier.search(recent):
            continue
        hits = [(m, _STRONG) for m in strong.finditer(text)] if strong else []
        hits += [(m, _WEAK) for m in weak.finditer(text)]
        for match, strength in hits:
            where = locate(match.start(), match.end())
            if where is not None and where[0].describes_now(where[1], strength, asks_action, name == "self_harm"):
                found.add(name)
                break
    return found


def _matches(table: dict[str, re.Pattern[str]], text: str) -> list[str]:
    return [name for name, pattern in table.items() if pattern.search(text)]


def _with_is_it(text: str) -> str:
    """ "ok if I skip this one?" read as "is it ok if I skip this one?" """
    return _BARE_ASK.sub(lambda m: ("is it " if _CLAUSE_START.search(text, 0, m.start()) else "") + m.group(0),
                         text)


# A question asking why the care is as it is ('why does my mom still have to keep going back to the clinic?'), at
# the start of a sentence or after 'but'/'so'/'then'
# ... or after a greeting or a sigh ('hey quick q why does my dad have to ...', 'ugh why do i STILL have to ...')
_OPENER = (r"(?:hey|hi|hello|ugh+|argh+|um+|erm+|hmm+|ok(?:ay)?|oh|ah|wait|honestly|seriously|ngl|lol|quick\s+q(?:uestion)?"
           r"|just\s+wondering|genuine(?:ly)?\s+q(?:uestion)?)")
_WHY = re.compile(
    rf"(?:^(?:{_OPENER}\W+){{0,3}}|[,;:]\s*|\b(?:but|so|then)\s+)why\s+{framing.WHY_AUXILIARY}"
)
_ASKED = re.compile(r"[^.?!]*\?+|[^.?!]+$")
_ASKED_WHY = re.compile(r"[^.?!]*\bwhy\b[^.?!]*\?*")


# How the care team judges someone in general: the person judged is 'a', 'any' or 'someone', not 'I' or 'my mum'
_ASKS_HOW_THEY_JUDGE = re.compile(
    r"\bhow\s+(?:do|does|did|can|will|would)\s+(?:they|doctors|the\s+(?:team|doctors|hospital|clinic)|you)\s+"
    r"(?:\w+\s+)?(?:work\s+out|decide|tell|know|check|test|find\s+out|figure\s+out|determine|assess|choose|pick|judge)"
    r"\s+(?:whether|if|who|which)\s+(?:a|an|any|someone|somebody|anyone|anybody|people|donors?|patients?)\b[^.?!]*\?*"
)


# ... or how likely it is for anyone: 'what are the odds a brother or sister is a match for a bone marrow donation?'
_ODDS_FOR_ANYONE = re.compile(
    r"\b(?:what(?:'re|\s+are)\s+the|how\s+(?:good|high)\s+are\s+the)\s+(?:odds|chances?|likelihood)\s+(?:that\s+|of\s+)?"
    r"(?:a|an|any|someone|somebody|anyone|anybody|people)\b[^.?!]*\?*"
    r"|\bhow\s+likely\s+(?:is\s+it\s+)?(?:that\s+)?(?:a|an|any|someone|somebody|anyone|anybody|people)\b[^.?!]*\?*"
)


def _asks_only_why(text: str) -> bool:
    """Every question of the message asks why (the last sentence when none ends with a question mark)."""
    questions = [q.strip() for q in _ASKED.findall(text) if q.strip().endswith("?")]
    questions = questions or [q.strip() for q in _ASKED.findall(text) if q.strip()][-1:]
    return bool(questions) and all(_WHY.search(q) for q in questions)


def assess_message(question: str, history: Sequence[Turn] = ()) -> SafetyVerdict:
    """Red flags (with recent user turns), personal-advice requests and manipulation in a patient message."""
    current = normalize(question)
    earlier = [normalize(t.content) for t in history if t.role == "user"][-red_flags.RECENT_USER_TURNS:]
    asked = _matches(_ADVICE, _with_is_it(current))
    if any(kind in asked for kind in advice.MEDICINE_REQUESTS):  # a side effect asked about with its medicine
        turns = [*earlier, _MEDICINE_TREMOR.sub(" ", current)]
    else:
        turns = [*earlier, current]
    recent = "\n".join(turns)
    asks_action = bool(_ACTION_ASK.search(recent))
    flags: set[str] = set()
    for text in turns:
        flags |= _turn_red_flags(text, recent, asks_action)
    if flags and _WAIT_IT_OUT.search(current) and set(asked) <= set(advice.WAITING_KINDS):
        asked = []  # whether to wait, which the urgent notice answers
    if asked and _asks_only_why(current):
        # 'so why do they keep taking his blood when he feels great?': a reason, not a decision, is asked; what the
        # message says besides its why-questions is read as ever ('... I'm going to stop it')
        asked = _matches(_ADVICE, _with_is_it(_ASKED_WHY.sub(" ", current)))
    if asked and _ASKS_HOW_THEY_JUDGE.search(current):
        # 'how do they work out whether a brother or sister is a good enough match?': how a decision is made for
        # anyone, not one asked for this person
        asked = _matches(_ADVICE, _with_is_it(_ASKS_HOW_THEY_JUDGE.sub(" ", current)))
    if asked and _ODDS_FOR_ANYONE.search(current):
        asked = _matches(_ADVICE, _with_is_it(_ODDS_FOR_ANYONE.sub(" ", current)))
    if "self_harm" in flags:  # stopping medicines to let it all end is the self-harm, not a question about them
        asked = [kind for kind in asked if kind != "medication_change"]
    manipulation = _matches(_MANIPULATION, current)
    reasons = [f"urgent:{name}" for name in red_flags.RED_FLAGS if name in flags]
    reasons += ["urgent:self_harm"] if "self_harm" in flags else []
    reasons += [f"personal_advice:{name}" for name in asked]
    reasons += [f"manipulation:{name}" for name in manipulation]
    return SafetyVerdict(
        urgent=bool(flags), personal_advice=bool(asked), manipulation=bool(manipulation),
        self_harm="self_harm" in flags, reasons=tuple(reasons),
    )


def is_instruction_like(text: str) -> bool:
    """Whether text tries to instruct an AI assistant (drop the disclaimer, change role, reveal, override)."""
    return bool(_INSTRUCTION.search(normalize(text)))


def check_answer(answer_text: str) -> SafetyVerdict:
    """Flag a composed answer that gives an individual instruction or obeys an injected instruction."""
    text = normalize(answer_text)
    instructs = _matches(_ANSWER_ADVICE, text)
    obeys = _matches(_ANSWER_OBEYS, text) + (["answer_injection"] if _INSTRUCTION.search(text) else [])
    return SafetyVerdict(
        personal_advice=bool(instructs), manipulation=bool(obeys),
        reasons=tuple([f"personal_advice:{n}" for n in instructs] + [f"manipulation:{n}" for n in obeys]),
    )


_BLOCKS = re.compile(requests.SANITIZE_BLOCKS, re.IGNORECASE | re.DOTALL)
_TARGET = r"\((?:[^()]|\([^()]*\))*\)?"  # a link target, allowing one level of parentheses
_MARKUP = (
    (re.compile(r"<!--.*?(?:-->|$)", re.DOTALL), " "),
    (re.compile(rf"!\[([^\]]*)\]{_TARGET}"), r"\1"),  # markdown image -> its alt text
    (re.compile(rf"\[([^\]]*)\]{_TARGET}"), r"\1"),  # markdown link -> its text
    (re.compile(r"\[([^\]]*)\]\[[^\]]*\]"), r"\1"),  # reference link -> its text
    (re.compile(r"^\s*\[[^\]]+\]:\s*\S+.*$", re.MULTILINE), " "),  # reference definition
    (re.compile(r"<\s*/?\s*[a-zA-Z!?][^<>]*(?:>|$)"), " "),  # any tag, closed or not
    (re.compile(r"<(?=[a-zA-Z!?/])"), ""),
    (re.compile(r"\b(?:javascript|vbscript|data|file)\s*:\S*", re.IGNORECASE), " "),
    (re.compile(r"`+|\*+|~~+|(?<!\w)_+|_+(?!\w)"), ""),
    (re.compile(r"^\s*(?:#{1,6}|>+)\s*", re.MULTILINE), ""),
)


def _strip_markup(text: str) -> str:
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    text = _BLOCKS.sub(" ", html.unescape(text))
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    return text


def sanitize_question(text: str) -> str:
    """Plain text safe to echo: no tags or scripts, links and images reduced to their text."""
    for _ in range(requests.SANITIZE_MAX_PASSES):
        text, before = _strip_markup(text), text
        if text == before:
            break
    else:  # nested deeper than any real question: drop what could still open markup
        text = re.sub(r"[<>\[\]]", " ", text)
    text = "".join(" " if unicodedata.category(ch) in ("Cc", "Zl", "Zp") else ch for ch in text)
    return re.sub(r"\s+", " ", text).strip()


# Clauses that deny: not framing.NEGATION, whose "n't" would drop "I can't breathe" itself
_NEGATED_CLAUSE = re.compile(r"\b(?:no|not|never|without|none|zero|nor|no longer|nobody|no one|nothing)\b")


def present_reports(question: str) -> list[str]:
    """The sentences of a message that the framing reads as what is happening now to the person or someone they
    care for (not a topic asked about, a past or someone else's story, a what-if, a habit), without the clauses
    that deny something ('no fever, but ...', 'there was no blood')."""
    reports = []
    for sentence in _sentences(_IDIOMS.sub(" ", normalize(question)))[1]:
        said = sentence.text
        if not sentence.claimed_next and (
            sentence.generic
            or (sentence.history and not sentence.current)
            or (sentence.framed and not sentence.current)
            or (_HABITUAL.search(said) and not sentence.current)
            or (_HYPOTHETICAL.search(_NOT_CONDITIONAL.sub(" ", said)) and not sentence.current)
            or _TOPIC_SOURCE.search(said) or _ANIMAL.search(said) or _STRANGER_STORY.search(said)
            or not (sentence.personal or sentence.current or sentence.short_report)
        ):
            continue
        kept = [" ".join(c.split()) for c in re.split(r"[,;:]| but ", said) if not _NEGATED_CLAUSE.search(c)]
        if reported := ", ".join(c for c in kept if c):
            reports.append(reported)
    return reports
