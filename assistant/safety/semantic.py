"""Self-harm backstop: a message close in meaning to self-harm statements that no rule worded."""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Protocol

import numpy as np

from assistant.seams import Embedder
from assistant.text import message_sentences

# Our own wordings, first person and told by someone close, direct and indirect. Not copied from any test table.
PROTOTYPES = (
    # wanting to die, or not to be alive
    "I want to die.",
    "I wish I were dead.",
    "I want to end my life.",
    "I'm thinking about killing myself.",
    "I've been having suicidal thoughts.",
    "I keep thinking about ending it all.",
    "I'm going to take my own life.",
    "I don't want to be here any more.",
    "I don't want to live anymore.",
    "I'm tired of being alive.",
    "I wish I could just stop existing.",
    "I want to disappear for good so nobody ever finds me.",
    "I wish I had never been born.",
    "I'd rather be dead than go through all that again.",
    # not waking up, letting death come
    "I go to sleep hoping I never wake up.",
    "I just want to go to sleep and not wake up.",
    "It would be a relief if I didn't wake up tomorrow morning.",
    "I wouldn't care if I died in my sleep tonight.",
    "Dying would be a relief for me now.",
    "I pray every night that God takes me.",
    "If I get ill again I'll hide it and let it take me.",
    "I'll just let the illness finish me off.",
    # a burden
    "Everyone would be better off if I were dead.",
    "They'd all be better off without me.",
    "My family would be happier if I wasn't around any more.",
    "I'm just a burden, it would be easier for them if I wasn't here.",
    "Nobody would miss me if I was gone.",
    "It would save everyone money and trouble if I just died.",
    "Soon I won't be a problem for anyone.",
    # no reason to go on, with intent
    "There's no reason to keep living.",
    "Life isn't worth living anymore.",
    "I can't go on, I'm ready to end it.",
    "I've given up on life and I want it all to stop.",
    "I'm done fighting and I'm ready to go.",
    "I don't see the point of carrying on with my life.",
    "If this doesn't work I won't stick around to see what comes next.",
    "It would be simpler for everyone if I ended things.",
    "If the results are bad, I've decided I'll end my life.",
    # plans and means
    "I've worked out how I'm going to do it.",
    "I have a plan for how to end my life.",
    "I've been researching ways to kill myself.",
    "I keep thinking about jumping off a bridge.",
    "I keep going to the cliff edge and standing there.",
    "I watch the trains go by and think about stepping in front of one.",
    "I've thought about crashing my car on purpose.",
    "I've been thinking about hanging myself.",
    "I keep thinking about using the gun on myself.",
    "I've been saving up my pills so I can take them all at once.",
    "I've been hiding my painkillers so I can swallow them all.",
    "He told me he thinks about taking all his pills at once.",
    "How many tablets would I need to take to die?",
    "I've been thinking about taking an overdose.",
    "What amount of morphine would be fatal?",
    # stopping treatment in order to die
    "I'm going to stop everything that keeps me alive and let myself die.",
    "I stopped my pills on purpose because I want it all to be over.",
    "I want to die, so I'm refusing everything they give me.",
    # goodbyes and putting things in order
    "I've been giving away my things because I won't need them.",
    "I've written goodbye letters to my children.",
    "I've made recordings for my kids in case I go through with it.",
    "I've put my affairs in order and said my goodbyes.",
    "This is my last message, thank you for everything and goodbye.",
    "Please take care of my dog after I'm gone.",
    "I won't be around much longer, so don't bother booking my next appointment.",
    # hurting oneself
    "I've been cutting myself again.",
    "I hurt myself on purpose to cope.",
    "I burn my skin to make the feelings go away.",
    "I have urges to harm myself.",
    # told by someone close
    "My husband keeps saying he wants to die.",
    "My mother told me she is going to kill herself.",
    "My son has been cutting himself.",
    "My dad says he'd rather be dead than carry on like this.",
    "He wants everything to end and has stopped his pills deliberately.",
    "My teenage daughter wrote a suicide note.",
    "My friend sent a message saying goodbye forever and isn't answering.",
    "She's been texting everyone to say goodbye and that she loves them.",
    "He left a note that reads like a farewell.",
    "My partner has been giving all his belongings away.",
    "My brother says his family would be better off without him.",
    "She told me she has figured out how she would end it.",
    "I found searches on her phone about how many pills it takes to die.",
    "She keeps saying she's a burden and we'd all be better off without her.",
    # not caring any more
    "I don't care what happens to me anymore.",
    "What's the point in living like this?",
    "I keep thinking about taking every tablet in the house at once.",
    # written after half 1 of the tables' positives was scored (bench/self_harm_similarity.py)
    "It would be easier for my family if I just died.",
    "I'd rather not wake up than go through more of this.",
    "I'd rather vanish forever than do this again.",
    "I've left letters for everyone for when I do it.",
    "I'm deliberately not taking my medicines so that it all ends.",
    "I've been searching online for ways to end my life.",
    "Cutting my skin is the only thing that helps.",
    "My husband says he'll drive into a tree on purpose.",
    "How many of my painkillers would it take to not wake up?",
    "I could just step off the balcony and be done with it all.",
    "I won't be needing my things much longer, so I'm giving them away.",
    "Everyone would have more money and less hassle if I wasn't here.",
    "She sits in the car in the garage with the engine running.",
    "I've got a stash of strong painkillers and I think about swallowing the lot.",
    "He's sorted out his will and given his watch away.",
    "I count the sleeping tablets in the cupboard and wonder if there are enough.",
)

# Figures of speech and everyday questions that share the words: a reading must be clearly nearer a prototype.
ORDINARY = (
    "This paperwork is killing me.",
    "I could murder a curry.",
    "I'm dying to get home.",
    "I'm dying to know when I can eat sushi again.",
    "I'm bored to death on the ward.",
    "I nearly died laughing.",
    "I could kill for a coffee.",
    "I feel like death warmed up today.",
    "I'm scared I might die from the treatment.",
    "What are the chances of dying from CAR-T?",
    "How long will I live after the transplant?",
    "I have a high fever and shivers and I feel like I'm dying.",
    "My husband is very drowsy and hard to wake up.",
    "Is it normal to feel low after a transplant?",
    "I'm so tired all the time since the transplant.",
    "I'm fed up with being stuck in hospital.",
    "How do I get back to normal life after treatment?",
    "Can I stop taking my anti-rejection medicine now that I feel well?",
    "These tablets make me feel sick, can I stop taking them?",
    "My counts are better, can I stop the antibiotics now?",
    "I get the names of my medicines mixed up.",
    "How can I sleep better at night?",
    "He is too weak to drink or take his medicine.",
    "Will I end up needing more treatment later on?",
    "I didn't want to wake my family up for nothing.",
    "I forgot a dose of my tablets, should I take two today?",
    "How many tablets should I take each day?",
    "Can I take all my morning tablets together?",
    "What happens if someone stops taking their immunosuppressants?",
    "I keep vomiting and can't keep my tablets down.",
    "What is the maximum safe dose of paracetamol?",
    "I wrote letters to my kids in case the transplant goes wrong.",
    "Should I make a will before my transplant?",
    "I wrote a goodbye card for the nurses when I left the ward.",
    "I wish I could disappear on holiday for a week.",
    "I'd rather not be there when they take the line out.",
    "Is caring for someone after a transplant a burden on the family?",
    "I'm going to end things with my boyfriend.",
    # written after session 17's seen questions about managing tablets were flagged (ff31, fa18, l46)
    "Do I have to take these tablets forever?",
    "Who will show me how to manage all my tablets at home?",
    "He has lots of tablets to take when he goes home.",
)

# Words without which no self-harm statement is expected: a message lacking all of them is not embedded. Wide on
# purpose (death and ending, time left, leaving, being a burden, means, intent, giving up, goodbyes): the rules
# already catch the usual words, and the backstop is for the unusual ones.
CUES = re.compile(
    r"\b(?:die|dying|dead|death|fatal|lethal|kill\w*|suicid\w*|end|ends|ending|ended|life|lives|live|living|alive"
    r"|exist\w*|wake|waking|woke|sleep\w*|forever|for good|longer|soon|anymore|any more|gone|away|around|disappear\w*"
    r"|vanish\w*|burden\w*|problem|bother|hassle|money|better off|without (?:me|him|her)|easier|simpler|quick"
    r"|point\w*|hopeless|worthless|give up|giving up|gave up|done|enough|tired of|sick of|can't cope|go on|carry on"
    r"|carrying on|ready to go|go through with|do it|on purpose|deliberately|decided|plan\w*|rather|sooner|wish\w*"
    r"|fight\w*|let it|take me|finish\w*|stop\w*|over|pills?|tablets?|meds|medicines?|medications?|painkillers"
    r"|paracetamol|morphine|oxycodone|codeine|tramadol|fentanyl|insulin|steroids|overdose|dose|the lot|bottle"
    r"|swallow\w*|them all|at once|bridge|cliffs?|edge|ledge|roof|balcony|step off|tracks|trains?|railway|river"
    r"|tree|wall|garage|engine|jump\w*|cut\w*|harm\w*|hurt\w*|gun|rope|knife|blade|razor|goodbye\w*|farewell"
    r"|letters?|notes?|videos?|record\w*|affairs|(?:my|his|her) will|peace|my things|thanks for everything"
    r"|thank you for everything|look after|take care of|stick around|miss)\b"
)
# A text that denies thoughts of self-harm ("no thoughts of ending it", "I'm not suicidal") is not scored: an
# embedding barely tells a denial from the statement it denies.
DENIAL = re.compile(
    r"\b(?:no|not|never|don't have|haven't had|haven't got|without)\b (?:[\w']+ ){0,2}?(?:suicidal|self-?harm\w*"
    r"|thoughts? (?:of|about)|plans? to|intentions? (?:of|to)|urges? to|thought about (?:ending|harming|hurting"
    r"|killing))"
)
# The treatment's own words make every message about a transplant look alike; without them what remains is
# what the person says about themselves.
TREATMENT = re.compile(
    r"\b(?:(?:since|after|before|from|with|through|during|for) )?(?:(?:my|his|her|the|their|your|a|an|another|this)"
    r" )?(?:(?:stem cell|bone marrow|allo|auto|cell|gene|car-?t|cart) )?(?:transplant|car-?t|cart|gene therapy|bmt"
    r"|infusion|chemo|treatment|therapy|clinic|cells)\b(?: (?:cells|infusion))?"
)
# Clauses worth a reading of their own: "..., and I don't care what happens to me"
CLAUSE_BREAK = re.compile(r"[,;:]| - | but | and (?=i |i'm|i've|she|he|it)")
CLAUSE_MIN_WORDS = 5
MAX_CHARS = 2000  # a longer message is read this far: a bound on the embedding work (the default max_question_chars)
MAX_READINGS = 32

# How near a self-harm prototype a reading must be, and how much nearer than any ordinary statement: the pair with
# the most self-harm rows found and no false positive on the tables' other rows and the eval questions
# (bench/self_harm_similarity.py prints the grid).
THRESHOLD = 0.6
MARGIN = 0.08


def readings(message: str, gated: bool = True) -> list[str]:
    """What of a message is embedded: the whole, each sentence and each clause, without the treatment's words
    and without denials; [] when the message has none of the cue words (and `gated`, as in the app)."""
    text = " ".join(message[:MAX_CHARS].lower().split())
    if gated and not CUES.search(text):
        return []
    sentences = message_sentences(text)
    parts = [text, *sentences] if len(sentences) > 1 else [text]
    parts += [c.strip() for s in sentences for c in CLAUSE_BREAK.split(s) if len(c.split()) >= CLAUSE_MIN_WORDS]
    return list(dict.fromkeys(without_treatment(p) for p in parts if not DENIAL.search(p)))[:MAX_READINGS]


def without_treatment(text: str) -> str:
    """Lower case, without the treatment's words (unless that leaves nothing)."""
    text = text.lower()
    return " ".join(TREATMENT.sub(" ", text).split()) or text


@dataclass(frozen=True)
class Similarity:
    """The reading of a message that decided: how near it is to a flagged prototype and to an ordinary one."""

    text: str
    near: float
    ordinary: float
    prototype: str
    flagged: bool


class Backstop(Protocol):
    def similar(self, message: str) -> bool: ...

    def warm(self) -> None: ...


class SemanticBackstop:
    """Flags a message one of whose readings is near a prototype and clearly nearer it than any ordinary
    statement. The prototypes are embedded on first use: building the services never loads the model. A subclass
    names its prototypes, ordinary statements, threshold and margin, and how it reads a message; a caller (a test,
    a bench grid) may pass others."""

    PROTOTYPES: ClassVar[tuple[str, ...]] = ()
    ORDINARY: ClassVar[tuple[str, ...]] = ()
    THRESHOLD: ClassVar[float] = 1.0
    MARGIN: ClassVar[float] = 0.0

    def __init__(
        self,
        embedder: Embedder,
        threshold: float | None = None,
        margin: float | None = None,
        prototypes: Sequence[str] | None = None,
        ordinary: Sequence[str] | None = None,
    ) -> None:
        self._embedder = embedder
        self.threshold = self.THRESHOLD if threshold is None else threshold
        self.margin = self.MARGIN if margin is None else margin
        self.prototypes = tuple(self.PROTOTYPES if prototypes is None else prototypes)
        self._ordinary = tuple(self.ORDINARY if ordinary is None else ordinary)
        self._lock = threading.Lock()
        self._vectors: tuple[np.ndarray, np.ndarray] | None = None

    def read(self, message: str) -> list[str]:
        """What of a message is embedded ([] for nothing worth it)."""
        raise NotImplementedError

    def warm(self) -> None:
        """Embed the prototypes now (the app does before it serves), not on the first message."""
        self._prototype_vectors()

    def _prototype_vectors(self) -> tuple[np.ndarray, np.ndarray]:
        with self._lock:
            if self._vectors is None:
                texts = [without_treatment(t) for t in (*self.prototypes, *self._ordinary)]
                vectors = np.stack(self._embedder.embed_queries(texts))
                self._vectors = vectors[: len(self.prototypes)], vectors[len(self.prototypes) :]
            return self._vectors

    def nearness(self, vectors: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """For each reading's unit vector: its cosine with the nearest prototype, that prototype's index, and its
        cosine with the nearest ordinary statement."""
        flagged, ordinary = self._prototype_vectors()
        to_flagged = vectors @ flagged.T
        return to_flagged.max(axis=1), to_flagged.argmax(axis=1), (vectors @ ordinary.T).max(axis=1)

    def passes(self, near: np.ndarray, ordinary: np.ndarray) -> np.ndarray:
        return (near >= self.threshold) & (near - ordinary >= self.margin)

    def score(self, message: str) -> Similarity | None:
        """The reading that passes (or else the one nearest a prototype); None when none was worth embedding."""
        texts = self.read(message)
        if not texts:
            return None
        near, prototype, ordinary = self.nearness(np.stack(self._embedder.embed_queries(texts)))
        passes = self.passes(near, ordinary)
        row = int(np.argmax(np.where(passes, near + 2, near)))
        return Similarity(texts[row], float(near[row]), float(ordinary[row]),
                          self.prototypes[int(prototype[row])], bool(passes[row]))

    def similar(self, message: str) -> bool:
        similarity = self.score(message)
        return similarity is not None and similarity.flagged


class SemanticSelfHarm(SemanticBackstop):
    """Self-harm said in words no rule lists."""

    PROTOTYPES = PROTOTYPES
    ORDINARY = ORDINARY
    THRESHOLD = THRESHOLD
    MARGIN = MARGIN

    def read(self, message: str) -> list[str]:
        return readings(message)
