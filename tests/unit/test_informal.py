"""Chat writing in plain words: shorthand spelled out, chatter dropped, family members set aside."""

from __future__ import annotations

import pytest

from assistant.ask.informal import about_whom, plain
from assistant.text import tokens


@pytest.mark.parametrize(
    ("typed", "plain_form"),
    [
        ("my dad had a bmt yrs ago, who did the first one?? just curious lol",
         "my dad had a bone marrow transplant years ago, who did the first one??"),
        ("do ppl need meds after", "do people need medicines after"),
        ("or r u just left to figure it out urself", "or are you just left to figure it out yourself"),
        ("hes feeling loads better so surely his counts are ok", "he's feeling better so his counts are ok"),
        ("she wants to go str8 back to the gym", "she wants to go straight back to the gym"),
        ("is crispr a real thing or is he winding me up", "is crispr a real thing"),
        ("do ppl get their energy back or nah", "do people get their energy back"),
        ("hey quick q - why r they making off the shelf cells instead of ur own?",
         "why are they making off the shelf cells instead of your own?"),
        ("help w money + travel", "help with money + travel"),
        # a laugh between two clauses ends the first: a question when it opens as one
        ("wat even is car t lol my uncle is getting it next month n nobody explains anything",
         "what even is car t? my uncle is getting it next month and nobody explains anything"),
        ("my mum is having car t haha what happens next", "my mum is having car t. what happens next"),
        ("why do drs check iron", "why do doctors check iron"),
        ("my dr said no", "my doctor said no"),
        ("is it possible w/o a donor", "is it possible without a donor"),
        ("what shud i look for, esp at nite", "what should i look for, especially at night"),
        # a letter typed over and over: once or twice, whichever makes the more common word
        ("she is sooo tiiired all the time", "she is so tired all the time"),
        ("is it normal to feel this waaay? pleeease", "is it normal to feel this way?"),
        ("my son is sooooo sleepy", "my son is so sleepy"),
        # a dropped g ('checkin'' for 'checking'), when the -ing word is far the more common
        ("do they keep checkin on u for years", "do they keep checking on you for years"),
        ("i been feelin' awful", "i been feeling awful"),
        # CAR-T and chemotherapy as people type them; intensifiers and fillers carry no subject
        ("wait does cart kill healthy cells like chemo does", "does CAR-T kill healthy cells like chemotherapy does"),
        ("is it normal to feel super tired", "is it normal to feel tired"),
        ("hw long has it been around", "how long has it been around"),
        # the asker's modesty says nothing of the subject; "ill" before a verb is "I'll"
        ("sorry if dumb q but can u get gene therapy anywhere?", "can you get gene therapy anywhere?"),
        ("ok silly question but do they put the cells back in?", "ok do they put the cells back in?"),
        ("i just wanna know if ill ever have energy again", "i just want to know if I will ever have energy again"),
        # greetings and asides of texting: 'yo', 'ngl', a closing 'or what'
        ("yo is it only a blood cancer thing or what", "is it only a blood cancer thing"),
        ("ngl im kinda nervous about the infusion", "im kind of nervous about the infusion"),
        # 'iPS cells' is the guides' 'iPSCs'; 'heaps better' is 'better'
        ("What are iPS cells?", "What are iPSCs?"),
        # ... but a word in capitals for emphasis is no abbreviation
        ("what actually IS cell and gene therapy", "what IS cell and gene therapy"),
        ("i feel heaps better, so why the bloods", "i feel better, so why the bloods"),
        # how the question comes ('random but', 'asking for my gran') is not what it asks
        ("random but could this cell stuff ever help with bladder probs? asking for my gran haha",
         "could this cell stuff ever help with bladder problems?"),
        ("shes sooo tired and a bit achey", "shes so tired and a bit achy"),
        # a word hedged with '-ish' is the word
        ("still achy, is that normal-ish", "still achy, is that normal"),
        # who is addressed ('mate', 'guys'), the asker's view ('a bit OTT') and shorthand for a doctor or 'different'
        ("mate is cell therapy only a cancer thing", "is cell therapy only a cancer thing"),
        ("is it the same as a bmt or diff, guys?", "is it the same as a bone marrow transplant or different?"),
        ("why so many bloods, seems a bit OTT", "why so many bloods"),
        ("mums onc mentioned it", "mums oncologist mentioned it"),
        ("so many appts lately", "so many appointments lately"),  # shorthand, not a slip for 'apps'
        # the compounds the guides hyphenate; 'b' for 'be' and 'k' for 'ok'; where the asker got lost; how keen
        ("k so the check ups r getting further apart now. what r we meant to b doing",
         "so the check-ups are getting further apart now. what are we meant to be doing"),
        ("how often are checkups and followups", "how often are check-ups and follow-ups"),
        ("ok so wat is car t in normal words, the leaflet lost me", "ok so what is car t in normal words"),
        ("itching 2 get back to the gym after my bmt", "get back to the gym after my bone marrow transplant"),
    ],
)
def test_shorthand_is_spelled_out_and_chatter_dropped(typed: str, plain_form: str) -> None:
    assert plain(typed) == plain_form


@pytest.mark.parametrize(
    "unchanged",
    [
        "Who was Dr. E. Donnall Thomas?",  # a title before a name is not 'doctor'
        "Dr Thomas treated a leukemia patient",
        "What is CAR-T?",  # the T of CAR-T is not shorthand
        "Do loads of people get this?",  # 'loads' drops only as 'loads better'
        "What does autologous mean?",
        "What did the phase III trial show?",  # capitals are not a stretched word
        "Is a 3000 mile trip too far?",
        "Does protein or vitamin D matter within the first month?",  # -in words that are words as typed
        "Is my cousin at risk?",
        "Will he be ill for long?",  # 'ill' that means unwell
        "will b cells come back after car-t?",  # B cells, not 'be'
        "do they follow up with me",  # a verb's 'up'
        "did the lab lose my sample",
        "I have felt ill ever since the infusion",
        "Do T cells come back after CAR-T?",  # 'T cells' and 'its cells' are no abbreviation of stem cells
        "does it kill its cells too?",
        "can I get a copy, I am asking for my records",  # not 'asking for my gran'
        "Is it English or Danish?",  # '-ish' only with its hyphen
        "my mate had a transplant last year",  # a friend, not who is addressed
        "is it ott", # 'OTT' only in capitals
    ],
)
def test_ordinary_questions_are_left_as_typed(unchanged: str) -> None:
    assert plain(unchanged) == unchanged


def test_a_message_of_chatter_alone_is_kept_as_typed() -> None:
    assert plain("lol") == "lol" and plain("hey thanks!!") == "hey thanks!!"


def test_the_family_member_asked_about_is_not_part_of_the_subject() -> None:
    assert about_whom(plain("my sis is getting a stem cell transplant")) == {"sister"}
    assert about_whom("paying for my husband's car t") == {"husband"}
    assert about_whom("will our son need tests") == {"son"}
    assert about_whom("my nan swears the first transplant was a twin") == {"nan"}
    # ... typed bare, as people do
    assert about_whom("mum had gene therapy 3 wks ago n shes still knackered") == {"mum"}
    assert about_whom("dad's counts are up") == {"dad"}
    # Children asked about are the subject: 'can I still have children' is a question about fertility.
    assert about_whom("Can I still have children after gene therapy?") == frozenset()
    assert about_whom("will my children inherit it") == frozenset()


def test_contractions_are_stopwords_even_without_their_apostrophe_removed_first() -> None:
    assert tokens("she'll need it") == ["need"]  # was 'shell'
    assert tokens("the patient's cells, don't they") == ["patient", "cell"]


def test_contractions_typed_without_the_apostrophe_and_indefinite_pronouns_are_stopwords() -> None:
    # "whats" and "thats" stem to "what" and "that": as content words they outweighed every real one.
    assert tokens("whats the deal with jabs, thats what i didnt get") == ["deal", "jab"]
    assert tokens("is there anywhere or anyone that helps with money") == ["help", "money"]
    assert tokens("my other doctors") == ["doctor"]  # "others" too, as "other" is


def test_a_rare_word_one_slip_from_a_common_one_is_read_as_that_word() -> None:
    assert plain("i still feel anxous") == "i still feel anxious"
    assert plain("how is it diffrent from a pill") == "how is it different from a pill"
    assert plain("tierd all the time") == "tired all the time"
    # Names and rare medical words are no slip from a common word: they stay as typed.
    assert plain("is kymriah like crispr or haplobanks") == "is kymriah like crispr or haplobanks"
    assert plain("he needs transfusions") == "he needs transfusions"
