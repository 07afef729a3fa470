"""Chat writing in plain words: shorthand spelled out ('ppl' -> 'people', 'bmt' -> 'bone marrow transplant'),
chatter dropped ('lol', 'just curious'), and the family members a question is about set aside.

People type to a chat the way they text. The guides never write 'yrs' or 'meds', so a question in shorthand
looked, word for word, like one about something the guides don't cover. Only the search and the evidence
check see the plain form; safety checks read what the person typed.
"""

from __future__ import annotations

import re

from assistant.text import commonest_slip, english_zipf, tokens

# Unambiguous texting shorthand and abbreviations patients use; whole words, any case.
SHORTHAND = {
    "ppl": "people",
    "pple": "people",
    "u": "you",
    "ur": "your",
    "urself": "yourself",
    "urselves": "yourselves",
    "r": "are",
    "y": "why",
    "b4": "before",
    "bc": "because",
    "b/c": "because",
    "bcuz": "because",
    "cuz": "because",
    "coz": "because",
    "w/": "with",
    "w/o": "without",
    "w": "with",
    "n": "and",
    "abt": "about",
    "yr": "year",
    "yrs": "years",
    "wk": "week",
    "wks": "weeks",
    "mo": "month",
    "mos": "months",
    "hr": "hour",
    "hrs": "hours",
    "meds": "medicines",
    "med": "medicine",
    "drs": "doctors",
    "doc": "doctor",
    "docs": "doctors",
    "hosp": "hospital",
    "info": "information",
    "tx": "treatment",
    "sx": "symptoms",
    "dx": "diagnosis",
    "pt": "patient",
    "pts": "patients",
    "bmt": "bone marrow transplant",
    "bmts": "bone marrow transplants",
    "sct": "stem cell transplant",
    "tho": "though",
    "thru": "through",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "have to",
    "kinda": "kind of",
    "sorta": "sort of",
    "dunno": "don't know",
    "idk": "I don't know",
    "rn": "right now",
    "atm": "at the moment",
    "asap": "as soon as possible",
    "sis": "sister",
    "bro": "brother",
    "hubby": "husband",
    "alot": "a lot",
    "wat": "what",
    "wht": "what",
    "smth": "something",
    "sth": "something",
    "tmrw": "tomorrow",
    "govt": "government",
    "approx": "approximately",
    "shud": "should",
    "shld": "should",
    "wud": "would",
    "wld": "would",
    "cud": "could",
    "cld": "could",
    "wen": "when",
    "wut": "what",
    "hw": "how",
    "rly": "really",
    "becuz": "because",
    "bcoz": "because",
    "esp": "especially",
    "b/w": "between",
    "nite": "night",
    "tmr": "tomorrow",
    "2day": "today",
    "2morrow": "tomorrow",
    "l8r": "later",
    "cart": "CAR-T",  # here a CAR-T question, not a shopping trolley
    "chemo": "chemotherapy",
    # a contraction typed without its apostrophe ('hes feeling better'; the others are stopwords either way)
    "hes": "he's",
    "str8": "straight",
    "deffo": "definitely",
    "defo": "definitely",
    "probs": "problems",  # 'bladder probs', 'any probs after'; a patient's 'probs' is rarely 'probably' here
    "achey": "achy",
    "diff": "different",  # 'is it diff?', 'whats the diff'
    "onc": "oncologist",
    "appt": "appointment",
    "appts": "appointments",
    "oncs": "oncologists",
}
# Words that carry the tone of a message, not its subject.
CHATTER = (
    r"lol|lmao|haha+|hehe|hey+|hiya|hi|hello|thx|thnx|thanks|thank\s+you|pls|plz|please|btw|tbh|omg|ugh|um+|hm+"
    r"|just\s+curious|(?:i'?m\s+)?curious|(?:i\s+was\s+)?wondering|quick\s+q(?:uestion)?|random\s+q(?:uestion)?"
    r"|honestly|basically|actually|anyway|anyways|literally|seriously|totally|super|wait|surely|or\s+nah|nah|yo|ngl"
    r"|or\s+what(?=\s*[?!.]*\s*$)"
    # 'random but ...', 'asking for my gran', 'asking for a friend': how the question comes, not what it asks
    r"|random(?:\s+q(?:uestion)?)?\s+but|asking\s+for\s+(?:a\s+friend|my\s+(?:gran|granny|grandma|grandad|grandpa|nan|nana|mum|mom|dad|husband|wife"
    r"|partner|son|daughter|sister|brother|friend|aunt|uncle|cousin|family))\b"
    r"|(?:or\s+)?(?:is\s+|are\s+)?(?:he|she|they)\s+(?:winding\s+(?:me|us)\s+up|having\s+(?:me|us)\s+on)"
    r"|(?:than\s+)?(?:be\s+)?caught\s+off\s+guard"
    r"|(?:loads|heaps|tons|lots|miles|way)(?=\s+(?:better|worse|more|less)\b)"
    # 'sorry if this is a dumb q', 'ok silly question but': the asker's modesty
    r"|sorry(?:\s+if\s+(?:this\s+is\s+|it'?s\s+)?(?:a\s+)?(?:dumb|silly|stupid|daft|basic)\s+q(?:uestion|n)?(?:\s+but)?)?"
    r"|(?:a\s+)?(?:dumb|silly|stupid|daft|basic)\s+q(?:uestion|n)?(?:\s+but)?"
    # 'the leaflet lost me', 'you've lost me': where the asker got lost, not what is asked
    r"|(?:(?:the|that|this|your|their|his|her|my)\s+(?:\w+\s+)?(?:leaflet|letter|booklet|pamphlet|explanation|website"
    r"|article|doc|doctor|nurse|consultant|jargon|video|form|info|information|paperwork|talk|chat)|you(?:'ve|\s+have)?"
    r"|it)\s+(?:totally\s+|completely\s+|kinda\s+|kind\s+of\s+|just\s+|sort\s+of\s+|a\s+bit\s+)?lost\s+me"
    r"(?:\s+(?:a\s+bit|completely|totally|there|tbh))?"
    # 'itching to get back to the gym', 'can't wait to': how keen the asker is, not what is asked
    r"|(?:itching|dying|desperate|raring)\s+(?:to|2)(?=\s)|(?:i\s+)?can'?t\s+wait\s+(?:to|2)(?=\s)"
    # 'seems a bit OTT': the asker's view of it, not what is asked
    r"|(?:(?:seems?|is|it'?s)\s+)?(?:a\s+bit\s+)?(?-i:OTT)"
)
_CHATTER = re.compile(rf"(?<![\w'’-])(?:{CHATTER})(?![\w'’-])", re.I)
# 'mate is it ...', '... or not, guys?': who is addressed, as a message opens or ends
_ADDRESSED = re.compile(r"^\s*(?:mate|guys|folks|dude)\b,?\s*|,?\s*\b(?:mate|guys|folks|dude)(?=\s*[?!.]*\s*$)", re.I)
_SHORTHAND = re.compile(
    r"(?<![\w'’/-])(" + "|".join(re.escape(k) for k in sorted(SHORTHAND, key=len, reverse=True)) + r")(?![\w'’/-])",
    re.I,
)
# 'my dad', 'my sister's', 'our son', 'my neighbour', 'my haematologist': who the question is about or who said
# it, not what it asks. Children are left out: 'can I still have children' asks about them.
_RELATIVE = re.compile(
    r"\b(?:my|our|his|her|their|your)\s+(?:(?:little|older|younger|big|baby|elderly|best)\s+)?"
    r"(dad|daddy|father|mom|mommy|mum|mummy|mother|parents?|husband|wife|partner|spouse|fianc[eé]e?|boyfriend"
    r"|girlfriend|son|daughter|sister|brother|sibling|grandma|grandmother|granny|grandpa|grandfather|aunt"
    r"|nan|nana|nanna|gran|grandad|granddad|grandparents?|stepdad|stepmum|stepmom|mate|carer"
    r"|uncle|cousin|niece|nephew|friend|family|neighbou?r|colleague|boss|haematologist|hematologist|oncologist"
    r"|consultant|gp)(?:'s|’s|s)?\b"
    # ... and the family words people type bare: 'mum had gene therapy 3 wks ago', 'dad's still tired'
    r"|\b(mum|mom|mummy|mommy|dad|daddy|nan|nana|nanna|gran|granny|grandma|grandpa|grandad|granddad|hubby)"
    r"(?:'s|’s)?\b",
    re.I,
)


# 'my dr said', but not 'Dr. Thomas' or 'Dr Thomas'.
_DOCTOR = re.compile(r"(?<![\w'’/-])dr(?![\w'’/-])(?!\.?\s+(?-i:[A-Z]))", re.I)


_RUN = re.compile(r"([a-z])\1{2,}")  # a letter typed three or more times; lower case: 'phase III' is not a run
_STRETCHED = re.compile(r"\b[A-Za-z]*([a-z])\1\1[A-Za-z]*\b")  # a word holding such a run


def _unstretch(match: re.Match[str]) -> str:
    """'sooo' -> 'so', 'pleeease' -> 'please', 'tiiired' -> 'tired': a letter typed three or more times is
    written once or twice, whichever makes the more common word."""
    word = match.group(0)
    twice, once = _RUN.sub(r"\1\1", word), _RUN.sub(r"\1", word)
    return max((once, twice), key=english_zipf)


_DROPPED_G = re.compile(r"\b([A-Za-z]{3,}in)(?:'|’)?(?![\w'’-])")
G_DROPPED_GAIN = 1.0  # 'checkin' (Zipf 2.6) -> 'checking' (4.4); 'protein' -> 'proteing' (0) stays
G_DROPPED_ZIPF = 3.5


def _with_g(match: re.Match[str]) -> str:
    """'checkin' -> 'checking', 'feelin'' -> 'feeling': an -in' word written for an -ing one, when the -ing word
    is far more common ('protein', 'vitamin' and 'within' stay)."""
    word = match.group(1)
    ing, as_typed = english_zipf(f"{word}g"), english_zipf(word)
    return f"{word}g" if ing >= G_DROPPED_ZIPF and ing >= as_typed + G_DROPPED_GAIN else match.group(0)


_TYPED_WORD = re.compile(r"(?<![\w'’-])([a-z]{5,})(?![\w'’-])")
# A rare word one typing slip from a far more common one is that word mistyped: 'anxous' (Zipf 0) is 'anxious'
# (4.2), 'diffrent' (2.2) 'different' (5.8). Rare medical words are left alone: 'transfusions' (2.8) is no
# slip for 'transfusion' (3.3), and names ('kymriah', 'haplobanks') are one slip from no common word.
TYPO_ZIPF = 3.0
MEANT_ZIPF = 4.0
MEANT_GAIN = 2.0


def _respelled(match: re.Match[str]) -> str:
    word = match.group(1)
    typed = english_zipf(word)
    if typed >= TYPO_ZIPF or word.lower() in SHORTHAND:  # 'appts' is shorthand, no slip for 'apps'
        return word
    meant, zipf = commonest_slip(word)
    return meant if zipf >= MEANT_ZIPF and zipf >= typed + MEANT_GAIN else word


# 'if ill ever have energy again': "I'll" typed without its apostrophe, not 'ill' (sick).
_ILL = re.compile(
    r"(?:(?<=^)|(?<=\bif )|(?<=\bwhen )|(?<=\bthat )|(?<=\bhope )|(?<=\bthink )|(?<=\bso ))"
    r"ill(?=\s+(?:ever|be|need|have|get|still|probably|just|never|go|feel|know|try)\b)",
    re.I,
)


# 'iPS cells' is what the guides write 'iPSCs': an abbreviation ending in S (stem) before 'cells' is the same name
# with its C; case-sensitive, so 'its cells' and 'T cells' stay, and a word in capitals for emphasis ('what
# actually IS cell therapy') is no abbreviation.
_STEM_CELL_ABBREVIATION = re.compile(r"\b([a-z]?[A-Z]{1,3}S)\s+cell(s?)\b")
EMPHASIS_ZIPF = 5.0  # 'IS' 7.1, 'WAS' 6.8, 'HAS' 6.4: everyday words; 'MS' 4.7, 'ES' 3.9, 'iPS' 3.3 name cells


# 'is that normal-ish', 'by 5-ish': the word hedged; only with its hyphen ('English', 'finish' are words).
_ISH = re.compile(r"\b([A-Za-z]+|\d+)-ish\b", re.I)


def _stem_cell_abbreviation(match: re.Match[str]) -> str:
    word = match.group(1)
    return match.group(0) if english_zipf(word) >= EMPHASIS_ZIPF else f"{word}C{match.group(2)}"


# 'check ups', 'checkups', 'followup': the compounds the guides hyphenate ('check-ups', 'follow-up'), typed apart or
# run together; a lone 'up' may be a verb's ('they follow up'), 'ups' never is.
_COMPOUND_UP = re.compile(r"\b(check|follow|flare|work|mix|build)(?:\s+(ups)|(ups?))\b", re.I)
# 'what r we meant to b doing': 'be' typed as 'b' after a word that wants it ('B cells', 'hepatitis b' stay)
_BE = re.compile(r"\b(to|will|can|could|would|should|might|must|may|wud|cud|shud|cld|wld|gonna|wanna|gotta) b\b(?![\s-]+(?:cells?|lymphomas?|lymphocytes?|all)\b)", re.I)
# 'k so ...', 'kk thanks': 'ok' typed as a letter, as a message opens
_OK = re.compile(r"^\s*k{1,2}\b[,.]?\s*", re.I)
# 'wat even is car t lol my uncle is getting it next month': a laugh between two clauses ends the first, which is a
# question when it opens as one
_LAUGH_BETWEEN = re.compile(r"(?<=\w)\s+(?:lol|lmao|lmfao|rofl|haha+|hehe+)\s+(?=\w)", re.I)
_OPENS_QUESTION = re.compile(
    r"(?:^|[.?!]\s+)(?:so\s+|and\s+|but\s+|ok\s+|okay\s+)?(?:what|wat|wot|how|why|when|where|who|which|is|are|can"
    r"|could|does|do|did|will|would|should)\b[^.?!]*$",
    re.I,
)


def _laugh_break(match: re.Match[str]) -> str:
    return "? " if _OPENS_QUESTION.search(match.string, 0, match.start()) else ". "


def _compound(match: re.Match[str]) -> str:
    return f"{match.group(1)}-{match.group(2) or match.group(3)}"


def plain(text: str) -> str:
    """The question with shorthand spelled out and chatter removed ('my dad had a bmt yrs ago lol' ->
    'my dad had a bone marrow transplant years ago')."""
    text = _LAUGH_BETWEEN.sub(_laugh_break, text)
    text = _TYPED_WORD.sub(_respelled, _DROPPED_G.sub(_with_g, _STRETCHED.sub(_unstretch, text)))
    text = _ILL.sub("I will", text)
    text = _ISH.sub(r"\1", _STEM_CELL_ABBREVIATION.sub(_stem_cell_abbreviation, text))
    text = _OK.sub("", _BE.sub(r"\1 be", _COMPOUND_UP.sub(_compound, text)))
    spelled = _DOCTOR.sub("doctor", _SHORTHAND.sub(lambda m: SHORTHAND[m.group(1).lower()], text))
    quiet = _CHATTER.sub(" ", _ADDRESSED.sub(" ", spelled))
    quiet = re.sub(r"\s+([,.?!])", r"\1", re.sub(r"\s{2,}", " ", quiet)).strip(" ,-")
    return quiet if tokens(quiet) else text


def about_whom(text: str) -> frozenset[str]:
    """The word tokens naming the people a question is about or quotes ('my sis' -> {'sister'} after plain())."""
    return frozenset(t for m in _RELATIVE.finditer(text) for t in tokens(m.group(1) or m.group(2)))
