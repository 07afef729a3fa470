"""Vocabulary shared by the safety rules: the one_of helper, spelling variants, family words, lab values."""

from __future__ import annotations

# Patterns are regex fragments matched against normalised text: lower case, straight quotes, negative
# contractions spelled "can't"/"won't"/"don't", common misspellings mapped to one spelling (SPELLINGS).


def one_of(words: str) -> str:
    """A non-capturing group of the space-separated alternatives in `words` ("_" stands for a space)."""
    return "(?:" + "|".join(w.replace("_", " ") for w in words.split()) + ")"


SPELLINGS: dict[str, tuple[str, ...]] = {
    "fever": ("feaver", "fevr", "fevor", "fevar", "fver", "feever", "fevre"),
    "temperature": ("temprature", "temperture", "tempature", "tempreture", "temperatue", "tempreature"),
    "confused": ("confussed", "confued", "confuzed", "confsed", "cofused", "conused"),
    "diarrhea": ("diarrhoea", "diarhea", "diarrea", "diarea", "diareah", "diahrea", "diahrrea", "diarhoea",
                 "diarreah", "dirrhea", "diarrhia", "diarrhae", "diarrhoe"),
    "seizure": ("siezure", "seizer", "seisure", "sezure", "seizue"),
    "seizures": ("siezures", "seizers", "seisures"),
    "breathing": ("breating", "breahting", "brething", "breathin"),
    "bleeding": ("bleading", "bleding", "bleedin"),
    "vomiting": ("vommiting", "vomitting"),
    "petechiae": ("petechia", "petichiae", "petechie", "petecchiae", "petichia"),
    "shivering": ("shivvering", "shivring", "shiverin"),
    "chills": ("chils",),
    "sentence": ("sentance", "sentense", "sentnce", "sentece"),
    "sentences": ("sentances", "sentenses"),
    "girlfriend": ("gf",),
    "boyfriend": ("bf",),
    "should": ("shud", "shuld", "shld", "shoud", "shoudl"),
    "before": ("b4", "bfore"),
    "tomorrow": ("tmrw", "tmrow", "tomoz", "tmoro", "2moro", "2morrow", "tomorow", "tommorow", "tommorrow"),
    "tonight": ("tonite", "2nite", "tonigt"),
    "can't": ("cant", "cannot", "can not"),
    "won't": ("wont", "will not"),
    "don't": ("dont", "do not"),
    "doesn't": ("doesnt", "does not"),
    "didn't": ("didnt", "did not"),
    "isn't": ("isnt", "is not"),
    "hasn't": ("hasnt", "has not"),
    "haven't": ("havent", "have not"),
    "couldn't": ("couldnt", "could not"),
    "wasn't": ("wasnt", "was not"),
    "weren't": ("werent", "were not"),
    "wouldn't": ("wouldnt", "would not"),
    "i'm": ("im", "i am"),
    "i've": ("ive",),
    "he's": ("hes",),
    "she's": ("shes",),
    "car-t": ("car t", "cart", "car-t's", "cart-t", "car-t-cell", "car t-cell"),
}

# People a message can be about
FAMILY = one_of("boy girl twins? infant mum mom mommy mummy mam mother dad daddy father husband hubby wife"
                " partner son daughter child kid baby boyfriend girlfriend grandma gran granny nan nana"
                " grandad granddad grandpa grandfather grandmother brother sister uncle aunt auntie fiance"
                " fiancee spouse toddler teenager")

# Lab values: asked about in personal-advice requests; a number next to one is not a temperature
LAB = one_of(
    r"platelets? platelet_count plt wbc white_(?:blood_)?(?:cell_)?count white_(?:blood_)?cells? neutrophils? anc"
    r" ha?emoglobin hgb hb red_(?:blood_)?(?:cell_)?count rbc lymphocytes? cd4 cd19 igg immunoglobulins?"
    r" ferritin crp creatinine e?gfr alt ast bilirubin liver_(?:enzymes|function|tests?|numbers|levels)"
    r" kidney_(?:function|numbers|levels) sodium potassium magnesium calcium glucose blood_sugar inr d-dimer"
    r" fibrinogen il-?6 trough levels? labs? lab_(?:results?|work|numbers|values|tests?)"
    r" blood_(?:work|results?|tests?|counts?|numbers|levels) cbc counts? numbers results? scans? biopsy"
    r" chimerism viral_load cmv ebv pcr adenovirus bk_virus hhv-?6 mrd oxygen_(?:sats?|saturation|levels?) sats? blood_pressure bp heart_rate pulse")

# Everyday fragments shared by red flags
# What should not leave anyone out of breath: rest and the smallest efforts of a day
SMALL_EFFORT = (r"(?:sitting|lying|resting|talking|typing|speaking|eating|(?:getting )?dress(?:ed|ing)|showering"
                r"|(?:in|having) (?:a|the) (?:shower|bath)|brushing (?:my|his|her|their) (?:teeth|hair)|washing"
                r"|standing|getting up|walking (?:to|from|across|round|around|up|down|over)|going (?:to|up|down) the"
                r"|(?:a|the) few steps|doing nothing|at rest|(?:up|on|climbing) (?:the|a few|one flight of) stairs"
                r"|in bed|in (?:my|his|her|their|the) chair)")
# Colours people give skin or the whites of the eyes when they turn yellow
YELLOWISH = r"(?:yellow\w*|jaundic\w*|mustard|custard|lemon\w*|banana|orang\w*|sallow|tangerine|turmeric)(?:-\w+)?"
AMOUNT = r"(?:\d+(?:[.,]\d)?|a|an|one|two|three|four|five|six|half a|a few|several|a couple of|a good)"
