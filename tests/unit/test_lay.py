"""Everyday words and the guides' words for them."""

from __future__ import annotations

import pytest

from assistant.ask.lay import LAY_TERMS, equivalents, in_guide_words, phrase_equivalents
from assistant.text import stem, tokens


@pytest.mark.parametrize(
    ("word", "guide_word"),
    [
        ("tired", "fatigue"),
        ("anxious", "anxiety"),
        ("money", "financial"),
        ("travel", "logistical"),
        ("heart", "cardiac"),
        ("germs", "infection"),
        ("source", "resources"),  # 'a proper legit source' ~ 'reliable information'
        ("legit", "reliable"),
        ("virus", "viral"),  # 'they use a virus to get the new gene in?' ~ 'viral vectors'
        ("virus", "infection"),  # ... or a germ
        ("teach", "guidance"),
        ("emotional", "well-being"),  # 'What about the emotional side?' ~ 'mental well-being'
        ("tests", "laboratory"),  # 'why do they keep doing tests?' ~ 'laboratory monitoring'
        ("complicated", "complex"),
        ("scary", "fear"),
        ("tumour", "tumor"),  # spellings, both ways
        ("tumor", "tumour"),
        ("haematopoietic", "hematopoietic"),
        ("hematopoietic", "haematopoietic"),
        ("leukaemia", "leukemia"),
    ],
)
def test_an_everyday_word_has_the_guides_word_for_it(word: str, guide_word: str) -> None:
    assert stem(guide_word) in equivalents(stem(word))


@pytest.mark.parametrize("word", ["fatigue", "apheresis", "chemo", "them", "zolgensma"])
def test_other_words_have_none(word: str) -> None:
    assert equivalents(stem(word)) == frozenset()


def test_the_table_is_single_lower_case_content_words_never_mapped_to_themselves() -> None:
    for word, guide_words in LAY_TERMS.items():
        assert word == word.lower() and len(tokens(word)) == 1, word
        assert all(w == w.lower() and len(tokens(w)) == 1 for w in guide_words), word
        assert stem(word) not in equivalents(stem(word)), word


def test_a_question_is_reworded_in_the_guides_words_only_where_they_never_use_its_word() -> None:
    guide_stems = {"financial", "logistical", "support", "side", "help", "caregiver"}
    used = guide_stems.__contains__
    assert in_guide_words("any help with money and travel?", used) == "any help with financial and logistical?"
    assert in_guide_words("the money side of it", used) == "the financial side of it"  # 'side' is theirs
    assert in_guide_words("what are the side effects?", used) == ""  # nothing to reword


@pytest.mark.parametrize(
    ("question", "word", "guide_word"),
    [
        ("does it stay working for good, or wear off eventually?", "wear", "temporary"),
        ("does it stay working for good, or wear off eventually?", "good", "permanent"),
        ("does the immune system bounce back as fast?", "bounce", "recovery"),
        ("she's still wiped out two months on", "wiped", "fatigue"),
        ("can things go backwards for a bit?", "backwards", "setbacks"),
        ("will it make it easier to walk around?", "walk", "mobility"),
        ("what does a one off gene therapy do 20 years later?", "later", "long-term"),
        ("can you get it anywhere in the world?", "world", "country"),
        ("drugs that dampen the immune system", "dampen", "immunosuppressive"),
        ("what problems can crop up?", "crop", "arise"),
        ("should he ease back into things bit by bit?", "ease", "gradually"),
        ("will it go in a straight line?", "straight", "setbacks"),
        ("is it one doctor or a bigger group of people?", "group", "multidisciplinary"),
        ("what should I look out for at home?", "look", "recognizing"),
        ("are they safe decades down the line?", "line", "long-term"),
        ("so they mess with the cells in a lab?", "mess", "modified"),
        ("why is it so hard to make car-t?", "make", "manufacturing"),
        ("what's the hold up with car-t?", "hold", "logistics"),
        ("can she jump straight back into work?", "jump", "gradually"),
        ("still nervous for ages after the transplant", "ages", "prolonged"),
        ("does it only work for cancer?", "cancer", "oncology"),
        ("isn't it brand new?", "brand", "history"),
        ("how do they know the marrow is working properly?", "properly", "functioning"),
        ("they test it on a computer copy of you first?", "copy", "twins"),
        ("why use donor cells instead of your own?", "instead", "allogeneic"),
        ("do they know how long it keeps working?", "working", "long-term"),
        ("how long does the benefit last?", "last", "longevity"),
        ("he wants to hit the gym hard already", "gym", "overexertion"),
        ("is it bad to go all out in the first month?", "out", "pacing"),
        ("should I just keep quiet and not bother the team?", "quiet", "communication"),
        ("is it really just one doctor doing everything?", "doctor", "multidisciplinary"),
        ("she has been stuck in a chair for a year", "chair", "mobility"),
        ("people were doing it 100 years ago", "ago", "history"),
        ("is recovery gonna be smooth sailing or are there bumps along the way", "sailing", "setbacks"),
        ("can stuff go sideways during recovery?", "sideways", "challenges"),
        ("isn't he meant to take it easy?", "easy", "gradually"),
        ("he keeps trying to do everything at once", "once", "slowly"),
        ("why does the risk stay high for so long?", "long", "months"),
        ("forever or just for a while?", "while", "temporarily"),
        ("so how do they stop that from happening?", "happening", "prevent"),
        ("is anyone working on fixing that?", "working", "innovation"),
        ("can u get this stuff anywhere or is it only like rich countries", "rich", "access"),
        ("how long can it stay like that?", "stay", "remain"),
        ("does the hospital stuff ever calm down after a marrow transplant?", "calm", "frequent"),
        ("once the new marrow has taken, what are they checking for?", "taken", "engraftment"),
        ("his appointments are getting further apart, is that normal?", "apart", "frequent"),
        ("once the visits get spaced out what do I do myself?", "spaced", "intervals"),
        ("how do they judge that the marrow is properly working?", "working", "functioning"),
        ("Is anything being done to fix those?", "done", "innovation"),
        ("how long till his immune system is properly back?", "back", "normalize"),
        ("is anything going to make it cheaper in future??", "anything", "innovation"),
        ("is anyone doing anything about those problems?", "doing", "innovation"),
        ("why are they bothering to make ready-made donor versions?", "ready-made", "off-the-shelf"),
        ("can they have the cells pre-made?", "pre-made", "off-the-shelf"),
        ("ok so car-t, is that just a leukaemia thing or what", "leukaemia", "cancers"),
        ("is it only for lymphoma?", "lymphoma", "blood"),
        ("Out of all the different cell therapies which one is done the most?", "done", "common"),
        ("which kind is most often used?", "used", "common"),
        ("ok but how do they physically get the new genes into the cells?", "genes", "vectors"),
        ("how do they know the new marrow is really working for the long haul?", "haul", "sustained"),
        ("y is every1 suddenly talkin about gene therapy, wasnt it sci fi like 10 yrs ago", "suddenly", "now"),
        ("wasn't this science fiction a few years back?", "fiction", "now"),
        ("Why is CAR-T so complicated to organise compared with ordinary chemo?", "organise", "logistics"),
        ("y does car t take so long to sort out, its literally my own cells lol", "sort", "manufacturing"),
        ("Which cells are the ones that keep your blood and immune system ticking over?", "ticking", "healthy"),
        ("what keeps the immune system running properly?", "running", "functioning"),
        ("what do they do to the cells before they go back in", "back", "reintroduced"),
        ("where do the cells actually come from for this?", "come", "extraction"),
        ("does this cell therapy stuff get used for anything besides cancer or nah", "besides", "beyond"),
    ],
)
def test_an_everyday_phrase_has_the_guides_word_for_its_words(question: str, word: str, guide_word: str) -> None:
    assert stem(guide_word) in phrase_equivalents(question)[stem(word)]


def test_words_outside_a_phrase_get_no_phrase_equivalent() -> None:
    assert phrase_equivalents("is it good for children?") == {}  # 'good', but not 'for good'
    # a long haul is a gradual recovery; for the long haul is lasting
    assert stem("sustained") not in phrase_equivalents("is it a long haul?").get(stem("haul"), set())
    assert stem("gradual") not in phrase_equivalents("will it work for the long haul?").get(stem("haul"), set())
    # sorting out one's own arrangements is no manufacturing
    trying = phrase_equivalents("How long do you have to stay close to the hospital? We're trying to sort out a flat.")
    assert stem("manufacturing") not in trying.get(stem("sort"), set())
    assert phrase_equivalents("what should I wear to the clinic?") == {}


def test_a_phrase_is_reworded_in_the_guides_word_when_they_use_it() -> None:
    used = {"temporary", "permanent", "mobility"}.__contains__
    assert in_guide_words("does it last for good or wear off?", used) == "does it last permanent or temporary?"
    assert in_guide_words("does it wear off?", set().__contains__) == ""  # the guides use none of its words
    # a word the guides use in another sense ('catching up') is reworded in a phrase that has this one
    both = set(tokens("catch challenges")).__contains__
    assert in_guide_words("sounds amazing but what are the catches?", both) == "sounds amazing but what are challenges?"
    assert in_guide_words("will I catch an infection?", both) == ""
    # ... in the guides' most telling word for it: 'normalize', not the 'recovery' every recovery passage says
    normal = set(tokens("normalize recovery")).__contains__
    assert in_guide_words("how long till it is back to normal?", normal) == "how long till it is normalize?"
