"""Patients' everyday words and the guides' words for the same thing: 'tired' is what the guides call 'fatigue',
'money' their 'financial' support, 'tumour' their 'tumor'.

A question in everyday words shares no word with the passage that answers it, so it looked like a question the
guides don't cover. Each everyday word here lists the words a patient guide uses instead; a passage that uses one
of those counts as using the patient's word, in the search's word overlap and in the evidence check. The list is
general consumer-health vocabulary, not drawn from the bundled guides, and it only adds: a word is never dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache

from assistant.text import stem, tokens

# everyday word -> the words patient guides use for it (all lower case, single words; stemmed when read)
LAY_TERMS: dict[str, tuple[str, ...]] = {
    # how someone feels
    "tired": ("fatigue", "fatigued", "exhaustion"),
    "tiredness": ("fatigue", "exhaustion"),
    "exhausted": ("fatigue", "exhaustion"),
    "sleepy": ("fatigue", "drowsiness"),
    "anxious": ("anxiety",),
    "worried": ("anxiety", "concern", "concerns"),
    "nervous": ("anxiety",),
    "scared": ("fear", "anxiety"),
    "afraid": ("fear", "anxiety"),
    "stressed": ("stress", "anxiety"),
    "sad": ("depression", "emotional"),
    "depressed": ("depression", "emotional"),
    "mood": ("emotional", "psychological"),
    "feelings": ("emotional", "psychological"),
    "lonely": ("isolation", "emotional"),
    "foggy": ("cognitive", "confusion"),
    "forgetful": ("cognitive", "memory"),
    "emotional": ("mental", "psychological", "well-being"),
    "emotionally": ("mental", "psychological", "well-being"),
    "worry": ("anxiety", "concern", "concerns"),
    "worries": ("anxiety", "concerns"),
    "scary": ("fear", "anxiety"),
    "paranoid": ("fear", "anxiety"),
    # money and getting there
    "money": ("financial", "cost", "costs", "funding"),
    "pay": ("financial", "cost", "insurance"),
    "paying": ("financial", "cost", "insurance"),
    "afford": ("financial", "cost"),
    "bills": ("financial", "cost"),
    "expensive": ("cost", "costly", "price"),
    "price": ("cost",),
    "travel": ("logistical", "logistics", "transportation"),
    "travelling": ("logistical", "logistics", "transportation"),
    "traveling": ("logistical", "logistics", "transportation"),
    "transport": ("logistical", "logistics", "transportation"),
    "lodging": ("logistical", "accommodation"),
    "job": ("work", "employment"),
    "arrangements": ("logistical", "logistics"),
    "practical": ("logistical", "logistics"),
    "organising": ("logistical", "logistics", "coordination"),
    "organizing": ("logistical", "logistics", "coordination"),
    "complicated": ("complex", "complexity"),
    "tips": ("guidance", "advice", "strategies"),
    "family": ("caregiver", "caregivers", "patients"),
    "families": ("caregivers", "patients"),
    # body parts and systems
    "heart": ("cardiac", "cardiovascular"),
    "lungs": ("pulmonary", "respiratory"),
    "lung": ("pulmonary", "respiratory"),
    "kidney": ("renal",),
    "kidneys": ("renal",),
    "liver": ("hepatic",),
    "brain": ("neurological", "neurology", "neurologic", "cognitive"),
    "nerve": ("neurological", "neurology", "neuropathy", "neuropathies"),
    "nerves": ("neurological", "neurology", "neuropathy", "neuropathies"),
    "belly": ("abdominal", "stomach"),
    "tummy": ("abdominal", "stomach"),
    "gut": ("gastrointestinal", "digestive"),
    "skin": ("dermatological", "rash"),
    "eyes": ("vision", "ocular"),
    "blind": ("blindness", "vision"),
    "pee": ("urine", "urinary"),
    "poop": ("stool", "bowel"),
    "blood": ("hematologic", "haematologic"),
    # illness, germs and medicines
    "germs": ("infection", "infections", "pathogens"),
    "bugs": ("infection", "infections"),
    # 'they use a virus to get the new gene in?': a gene therapy's carrier, the guides' viral vector; or a germ
    "virus": ("viral", "vector", "vectors", "infection"),
    "viruses": ("viral", "vector", "vectors", "infections"),
    "sick": ("illness", "infection", "unwell"),
    "cancer": ("oncology", "tumor", "tumors", "malignancy"),
    "shot": ("vaccine", "vaccination", "injection"),
    "shots": ("vaccines", "vaccinations", "injections"),
    "jab": ("vaccine", "vaccination", "injection"),
    "jabs": ("vaccines", "vaccinations", "injections"),
    "pills": ("medication", "medications", "medicines"),
    "drugs": ("medication", "medications", "medicines"),
    "drug": ("medication", "medicine"),
    "medicine": ("medication",),
    "medicines": ("medications",),
    "throw": ("vomiting", "nausea"),
    "puke": ("vomiting", "nausea"),
    "bleed": ("bleeding", "hemorrhage"),
    "bruise": ("bruising",),
    "drip": ("infusion", "intravenous"),
    "breathing": ("respiratory", "breath"),
    "fever": ("temperature", "febrile"),
    "diet": ("nutrition", "nutritional", "food"),
    "food": ("nutrition", "nutritional", "diet"),
    "eat": ("nutrition", "nutritional", "diet"),
    "eating": ("nutrition", "nutritional", "diet"),
    "exercise": ("physical", "activity"),
    "gym": ("physical", "activity", "exercise", "conditioning"),
    "workout": ("physical", "activity", "exercise", "conditioning"),
    "workouts": ("physical", "activity", "exercise", "conditioning"),
    # care and the people who give it
    "doctor": ("physician", "clinician", "specialist", "provider", "providers"),
    "doctors": ("physicians", "clinicians", "specialists", "providers", "team"),
    "nurse": ("nursing", "team"),
    "nurses": ("nursing", "team"),
    "checkup": ("follow-up", "monitoring", "assessment", "evaluation"),
    "checkups": ("follow-up", "monitoring", "assessments", "evaluations"),
    "check-up": ("follow-up", "monitoring", "assessment", "evaluation"),
    "check-ups": ("follow-up", "monitoring", "assessments", "evaluations"),
    "check": ("monitoring", "monitor", "assessment"),
    "checking": ("monitoring", "monitor", "assessment"),
    "watch": ("monitoring", "monitor"),
    "watching": ("monitoring", "monitor"),
    "bloodwork": ("blood", "laboratory"),
    "bloods": ("blood", "laboratory"),
    "test": ("laboratory", "screening", "monitoring"),
    "tests": ("laboratory", "screening", "monitoring"),
    "numbers": ("counts", "levels"),
    "visit": ("follow-up", "appointment", "check-up"),
    "visits": ("follow-up", "appointments", "check-ups"),
    "appointment": ("visit", "follow-up", "consultation"),
    "appointments": ("visits", "follow-up", "consultations"),
    "teach": ("guidance", "education", "educate", "training"),
    "show": ("guidance", "education"),
    "explain": ("guidance", "education", "information"),
    "help": ("support", "assistance"),
    "helps": ("support", "assistance"),
    "kids": ("children", "pediatric", "paediatric"),
    "kid": ("child", "pediatric", "paediatric"),
    "baby": ("infant", "infants", "newborn"),
    "babies": ("infants", "newborns"),
    "elderly": ("older", "age"),
    "old": ("older", "age"),
    # getting better
    "better": ("improvement", "improvements", "relief", "recovery"),
    "heal": ("healing", "recovery", "repair"),
    "fix": ("repair", "correct", "correcting"),
    "cure": ("curative", "cured"),
    "cured": ("cure", "curative", "remission"),
    "normal": ("normalize", "routine", "daily"),
    "fine": ("improved", "well", "stable"),
    "routine": ("daily", "everyday"),
    "weak": ("weakened", "weakness", "fragile"),
    "problems": ("complications", "challenges", "issues", "setbacks"),
    "problem": ("complication", "challenge", "issue", "setback"),
    "risks": ("complications", "risk"),
    "side": ("adverse", "reactions"),
    "worse": ("deterioration", "complications", "setbacks"),
    "hurt": ("pain", "discomfort"),
    "hurts": ("pain", "discomfort"),
    "sore": ("pain", "discomfort"),
    "ache": ("pain", "discomfort"),
    "aches": ("pain", "discomfort"),
    "achy": ("pain", "discomfort"),
    "forever": ("permanent", "lifelong", "long-lasting"),
    "stage": ("phase", "period"),
    "stretch": ("phase", "period"),  # 'the really important stretch after the cells go back in'
    "important": ("crucial", "critical", "essential"),
    "catch": ("challenges", "hurdles", "limitations", "problems"),  # 'what's the catch?', 'what are the catches?'
    "catches": ("challenges", "hurdles", "limitations", "problems"),
    "downside": ("challenges", "hurdles", "limitations", "problems", "risks"),
    "downsides": ("challenges", "hurdles", "limitations", "problems", "risks"),
    "drawback": ("challenges", "hurdles", "limitations", "problems"),
    "drawbacks": ("challenges", "hurdles", "limitations", "problems"),
    "snag": ("challenges", "hurdles", "problems"),
    "snags": ("challenges", "hurdles", "problems"),
    "stages": ("phases", "periods"),
    "drained": ("fatigue", "exhaustion"),
    "knackered": ("fatigue", "exhaustion"),
    "nervy": ("anxiety",),
    "jittery": ("anxiety",),
    "edgy": ("anxiety",),
    "trust": ("confidence",),
    "useless": ("confidence",),
    "abroad": ("country", "countries", "international"),
    "worldwide": ("global", "countries"),
    "place": ("country", "countries", "centers", "location"),
    "places": ("countries", "centers", "locations"),
    "tablets": ("medication", "medications", "medicines"),
    "tablet": ("medication", "medicine"),
    "hype": ("excitement", "promise"),
    "hyped": ("excitement", "promise"),
    "hyping": ("excitement", "promise"),
    "shaky": ("confidence", "unsteady"),
    "hard": ("difficult", "challenging", "complex"),
    "hassle": ("complex", "challenges"),
    "faff": ("complex", "challenges"),
    "hiccup": ("setback", "challenge"),
    "hiccups": ("setbacks", "challenges"),
    "dna": ("genes", "genetic", "gene"),
    "site": ("website",),
    "sites": ("websites",),
    # 'where can i read about car-t from a proper legit source?': the guides' reliable information and resources
    "source": ("information", "resources", "website"),
    "sources": ("information", "resources", "websites"),
    "legit": ("reliable",),
    "trustworthy": ("reliable",),
    "reputable": ("reliable",),
    "give": ("administer", "deliver", "infuse"),
    "gives": ("administers", "delivers", "infuses"),
    "giving": ("administering", "delivering", "infusion"),
    "party": ("celebrating", "milestones"),
    "celebrate": ("celebrating", "milestones"),
    "wheelchair": ("mobility",),
    "housebound": ("mobility",),
    "bedbound": ("mobility",),
    "pace": ("pacing", "gradual"),
    "impatient": ("patience",),
}

# Everyday phrases for what the guides say in one word ('wear off' -> 'temporary', 'bounce back' -> 'recovery'):
# the phrase's words count as the guides' word, in the search and the evidence.
LAY_PHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"w(?:ear|ears|earing|ore)\s+off", ("temporary", "temporarily")),
    # 'or just for a while?', 'only for a bit': the guides' temporary
    (r"(?:just|only)\s+(?:for\s+)?(?:a\s+(?:while|bit|little\s+while|short\s+time)|a\s+few\s+(?:weeks|months))"
     r"|for\s+a\s+(?:while|bit|short\s+time)", ("temporary", "temporarily")),
    # 'is anyone working on fixing that?', 'are scientists working on it?': the guides' innovation and research
    (r"(?:anyone|anybody|someone|somebody|scientists|researchers|doctors|they|people)\s+(?:\w+\s+)?working\s+on"
     r"|work(?:s|ing)?\s+on\s+(?:a\s+)?(?:fix|fixes|fixing|solution|solutions|solving)",
     ("innovation", "research", "researchers", "developing")),
    # 'how long can it stay like that?', 'stays weak': a state that goes on, the guides' 'may remain weakened' (not a
    # hospital stay)
    (r"stay(?:s|ed|ing)?\s+(?:like\s+(?:that|this)|(?:so\s+|this\s+|that\s+)?(?:weak\w*|low|high|suppressed|down"
     r"|the\s+same))", ("remain", "remains")),
    # 'does the hospital stuff ever calm down?', 'does it ease off?': the guides' less frequent follow-up
    (r"calm(?:s|ed|ing)?\s+down|eas(?:e|es|ed|ing)\s+off|let(?:s|ting)?\s+up|tail(?:s|ed|ing)?\s+off"
     r"|taper(?:s|ed|ing)?\s+off", ("frequent", "less", "reduced")),
    # 'is it only rich countries?': the guides on access across countries and health systems
    (r"(?:rich|richer|wealthy|wealthier|poor|poorer|developed|developing)\s+(?:countr(?:y|ies)|nations?|places)",
     ("access", "country", "countries")),
    # 'once the new marrow has taken', 'now the cells have settled in': the guides' engraftment
    (r"(?:marrow|cells?|graft|transplant)\s+(?:has\s+|have\s+|had\s+)?['‘\"“]?(?:taken|took|settled\s+in|kicked\s+in)",
     ("engraftment", "engraft")),
    # 'how do they stop that from happening?', 'keep it from happening': the guides' prevent
    (r"stop(?:s|ping|ped)?\s+(?:\w+\s+){0,2}?(?:from\s+)?happening|keep(?:s|ing)?\s+(?:\w+\s+){0,2}?from\s+happening",
     ("prevent", "prevention", "preventing")),
    (r"for\s+good|for\s+life|for\s+ever", ("permanent", "lifelong", "long-lasting")),
    (r"bounc(?:e|es|ed|ing)\s+back|back\s+on\s+(?:my|his|her|their|your)\s+feet", ("recovery", "recover")),
    # 'what's the catch?', 'sounds amazing but what are the catches?': a downside (the guides' 'catching up' is
    # another sense, so the word alone is not reworded)
    (r"(?:the|any|a|big|main|real)\s+catch(?:es)?\b(?!\s+up)", ("challenges", "hurdles", "limitations")),
    # 'how long till his immune system is properly back?', 'back to normal': recovered, the guides' normalize
    (r"(?:properly|fully|completely|all\s+the\s+way)\s+back\b|back\s+to\s+normal", ("normalize", "recover", "recovery")),
    (r"wiped\s+out|worn\s+out|run\s+down", ("fatigue", "exhaustion")),
    (r"go(?:es|ing)?\s+backwards?|went\s+backwards?|step(?:s)?\s+back(?:wards?)?|(?:in\s+)?a\s+straight\s+line",
     ("setbacks", "setback")),
    (r"(?:walk|walking|get|getting|move|moving)\s+(?:around|about)", ("mobility",)),
    (r"one[-\s]off|one[-\s]time|single[-\s]dose|one[-\s]and[-\s]done", ("one-time",)),
    (r"(?:years?|decades?)\s+(?:later|from\s+now)|down\s+the\s+(?:line|road)|in\s+the\s+long\s+run", ("long-term",)),
    (r"(?:anywhere|everywhere|all\s+over|around)\s+(?:in\s+)?the\s+world|other\s+countries", ("country",
     "countries", "global")),
    (r"(?:take|takes|taking|took|get|gets|getting)\s+(?:the\s+)?(?:cells?|blood|it|them)\s+out", ("extraction",
     "collected", "collection")),
    # 'where do the cells come from?': where they are taken from, the guides' extraction and sources
    (r"(?:cells?|marrow|blood)\s+(?:\w+\s+){0,2}?(?:come|comes|came|coming)\s+from", ("extraction", "source",
     "collected")),
    (r"put(?:s|ting)?\s+(?:them|it|the\s+cells?)\s+back|(?:go|goes|going|gone|went)\s+back\s+in(?:to|side)?\b",
     ("reintroduced", "infused", "infusion")),
    (r"keep(?:s|ing)?\s+(?:an\s+eye|tabs)\s+on", ("monitoring", "monitor")),
    (r"look(?:s|ing)?\s+after\s+(?:my|your|him|her|them)sel(?:f|ves)|look(?:s|ing)?\s+after\s+(?:him|her)\b",
     ("self-care", "care", "management")),
    (r"propp(?:ed|ing)\s+up", ("supportive", "reliance")),
    (r"money(?:'s|\s+is)\s+tight|can(?:'|no)?t\s+afford", ("financial",)),
    (r"(?:dampen|dampens|damp|calm|calms|tone|turn|dial|keep|keeps|keeping|hold|holds|holding|suppress|suppresses)"
     r"\s+(?:down\s+)?(?:the|your|my|their|his|her)?\s*immune\s+(?:system|response)s?", ("immunosuppressive",)),
    (r"(?:crop|crops|cropped|cropping|pop|pops|popped|popping)\s+up", ("arise", "emerging")),
    (r"bit\s+by\s+bit|little\s+by\s+little|eas(?:e|es|ed|ing)\s+(?:back\s+)?in(?:to)?", ("gradual", "gradually",
     "slowly")),
    (r"(?:normal|everyday|day[-\s]to[-\s]day)\s+life", ("daily", "routines", "activities")),
    (r"(?:big|bigger|whole|large|larger)\s+(?:group|team|bunch)|(?:group|bunch|lot|lots)\s+of\s+(?:people|doctors"
     r"|specialists|experts)", ("multidisciplinary", "team")),
    (r"(?:look|looking|watch|watching)\s+out\s+for|warning\s+signs?", ("recognizing", "signs", "symptoms")),
    # 'why does it take so long to make?', 'such a faff to make and get to people', 'so complicated to organise'
    (r"(?:hard|difficult|tricky|complicated|slow|long|faff|hassle|palaver)\s+(?:\w+\s+){0,2}?(?:to\s+)?"
     r"(?:make|making|produce|producing|manufacture|organi[sz]e|organi[sz]ing|arrange|arranging|sort\s+out)|(?:make|making|produce|producing)\s+(?:it|them|car[-\s]?t"
     r"|the\s+cells)\s+(?:take|takes|taking)", ("manufacturing", "logistics", "complex")),
    (r"hold[-\s]?ups?", ("logistics", "time-sensitive")),
    (r"jump\s+(?:straight\s+|right\s+)?back|(?:straight|right)\s+back\s+(?:in|into|to)|(?:dive|throw\s+\w+)\s+"
     r"(?:straight\s+|right\s+)?(?:back\s+)?in(?:to)?", ("gradually", "slowly", "rebuild")),
    (r"for\s+ages|ages\s+after", ("prolonged", "long-term")),
    # 'why does the risk stay high for so long?', 'vulnerable for such a long time': how long, in the guides' words
    (r"for\s+(?:so|such\s+a)\s+long(?:\s+time)?", ("prolonged", "months", "slower", "long-term")),
    # 'can my body fight the cells off?', 'will his immune system attack the donor cells?': the guides' rejection
    (r"fight(?:s|ing)?\s+(?:\w+\s+){0,2}?off|(?:attack|attacks|attacking|reject|rejects)\s+(?:the\s+)?(?:new\s+|donor\s+)?"
     r"cells", ("rejection", "foreign")),
    # 'the cells that keep your blood ticking over', 'keep the body running': kept healthy, working as it should
    (r"tick(?:s|ing)?\s+over|keep(?:s|ing)?\s+(?:\w+\s+){1,5}?(?:running|going|ticking)(?:\s+(?:smoothly|properly|nicely))?",
     ("healthy", "function", "functioning")),
    # 'used for anything besides cancer?', 'apart from leukaemia': the guides' beyond, other
    (r"(?:anything|something|stuff|things?|conditions?|diseases?|illness(?:es)?)\s+(?:\w+\s+)?(?:besides|apart\s+from"
     r"|other\s+than|except(?:\s+for)?|outside(?:\s+of)?)", ("beyond", "other")),
    # 'does it drag on?', 'is it a long haul?': the guides' gradual recovery
    (r"drag(?:s|ged|ging)?\s+on|(?<!the\s)long\s+haul|slow\s+burn", ("gradual", "prolonged")),
    # 'is the new marrow really working for the long haul?': lasting, the guides' sustained
    (r"(?:for|in|over)\s+the\s+long\s+haul", ("long-term", "sustained")),
    # 'why is everyone suddenly talking about gene therapy, wasn't it sci-fi?': why it is taking off now
    (r"(?:suddenly|all\s+of\s+a\s+sudden)\s+(?:\w+\s+){0,3}?(?:talk\w*|everywhere|popular|big|all\s+over|in\s+the"
     r"\s+news)|sci[-\s]?fi|science\s+fiction", ("now",)),
    # 'does it only work for cancer?', 'just a cancer thing?': the guides on what else it treats
    (r"only\s+(?:\w+\s+){0,2}?(?:for\s+)?(?:cancers?|oncology)|just\s+(?:a\s+)?cancer(?:\s+thing)?|not\s+just\s+(?:for\s+)?"
     r"cancer|other\s+than\s+cancer", ("beyond", "oncology", "conditions")),
    # 'is it super new?', 'hasn't it been around for ages?': the guides' history
    (r"(?:brand|super|really|very|totally)\s+new|(?:been|was)\s+around|last\s+few\s+years|how\s+old\s+is",
     ("history", "roots", "decades")),
    (r"work(?:s|ing)?\s+properly|properly\s+work(?:s|ing)?|doing\s+its\s+job|work(?:s|ing)?\s+on\s+its\s+own",
     ("functioning", "consistently", "producing")),
    # 'the appointments are getting further apart', 'once visits are spaced out': the guides' less frequent follow-up
    (r"further\s+apart|spaced\s+(?:out|further)|(?:less|not\s+as)\s+often|fewer\s+(?:appointments|appts|visits"
     r"|check[-\s]?ups|clinics?)", ("frequent", "less", "intervals")),
    # 'is anything being done about that?', 'any fix coming?': the guides' innovation and research
    (r"(?:anything|something|much)\s+(?:being\s+)?done\s+(?:to|about)\b|doing\s+(?:anything|something)\s+(?:to|about)\b"
     r"|(?:anything|something)\s+(?:going\s+to|gonna|that\s+will|coming\s+(?:along\s+)?to)\s+(?:make|fix|help|change)"
     r"|(?:any|a)\s+(?:fix|fixes|solutions?)\s+(?:for|to|coming|on)", ("innovation", "research", "developing")),
    (r"(?:computer|virtual|digital)\s+(?:copy|copies|version|model|double|clone)", ("digital", "twins", "simulate")),
    (r"donor\s+cells?\s+instead|instead\s+of\s+(?:the\s+patient'?s|your|their|my|his|her)\s+own", ("allogeneic",
     "off-the-shelf")),
    # 'how do they physically get the new genes into the cells?': the guides' vectors that insert genes
    (r"(?:get|gets|getting|put|puts|putting|deliver|delivers|delivering|carry|carries|insert|inserts|inserting|sneak)\s+"
     r"(?:the\s+)?(?:new\s+|fixed\s+|corrected\s+|healthy\s+)?genes?\s+(?:in|into|inside)\b", ("vectors", "insert")),
    # 'which one is done the most?', 'the most used kind': the guides' most common
    (r"(?:done|used|performed|given|carried\s+out)\s+(?:the\s+)?most\b|\bmost\s+(?:often\s+|commonly\s+|frequently\s+)?"
     r"(?:done|used|performed)\b|\bmost\s+popular\b", ("common",)),
    # 'why make ready-made donor versions?', 'pre-made cells': the guides' off-the-shelf
    (r"ready[-\s]?made|pre[-\s]?made|(?:made|grown)\s+in\s+advance", ("off-the-shelf",)),
    # 'is car-t just a leukaemia thing?', 'only for lymphoma?': what it is used for, the guides' blood cancers
    (r"(?:just|only|mainly|mostly)\s+(?:a\s+|for\s+)?(?:leuka?emia|lymphoma|myeloma)s?\b|(?:leuka?emia|lymphoma|myeloma)"
     r"\s+thing", ("blood", "cancers", "used")),
    # 'how long does it keep working?', 'does it last?': the guides on longevity
    (r"(?:keep|keeps|keeping|stay|stays|staying)\s+working|how\s+long\s+(?:\w+\s+){0,3}?last(?:s|ing)?|last(?:s)?\s+"
     r"(?:for\s+)?(?:ever|long)", ("long-term", "longevity", "lasting")),
    # 'hit the gym hard', 'go all out', 'overdo it': the guides' pacing
    (r"hit(?:s|ting)?\s+the\s+gym|go(?:es|ing)?\s+all\s+out|went\s+all\s+out|over[-\s]?do(?:es|ing)?\s+it|push(?:es|ing)?"
     r"\s+(?:my|him|her|your|them)sel(?:f|ves)\s+(?:too\s+)?hard", ("overexertion", "pacing", "gradual")),
    # 'should I just keep quiet?', 'is it annoying to bother the team?': the guides on open communication
    (r"keep(?:s|ing)?\s+quiet|stay(?:s|ing)?\s+quiet|speak(?:s|ing)?\s+up|(?:bother|bothering|bug|bugging|pester"
     r"|pestering)\s+(?:the|my|your|his|her|our)\s+(?:care\s+)?(?:team|doctors?|nurses?)", ("communication", "open")),
    # 'is it just one doctor?': the guides' team of many
    (r"(?:just\s+|only\s+)?one\s+(?:doctor|person|specialist|consultant)|(?:a|the)\s+(?:single|same)\s+doctor",
     ("multidisciplinary", "team")),
    # 'stuck in a chair', 'in bed most of the day': the guides' mobility
    (r"stuck\s+in\s+(?:a|her|his|my|the|their)\s+(?:chair|bed)|in\s+bed\s+(?:all|most)", ("mobility",)),
    # 'people were doing it 100 years ago': the guides' history
    (r"(?:\d+\+?|hundreds?\s+of|a\s+hundred|centuries|decades)\s+(?:years?|yrs)\s+ago|(?:centuries|a\s+century)\s+ago",
     ("history", "roots", "century")),
    # 'can stuff go sideways?', 'bumps along the way', 'is it smooth sailing?': the guides' setbacks and challenges
    (r"go(?:es|ing)?\s+sideways|went\s+sideways|go(?:es|ing)?\s+pear[-\s]shaped|went\s+pear[-\s]shaped"
     r"|bumps?\s+(?:in|along|on)\s+the\s+(?:road|way)|(?:smooth|plain)\s+sailing|rough\s+patch(?:es)?"
     r"|curve\s*balls?|ups\s+and\s+downs", ("setbacks", "challenges", "complications")),
    # 'isn't he meant to take it easy?', 'doing everything at once': the guides' pacing
    (r"tak(?:e|es|ing)\s+(?:it|things)\s+(?:easy|slow|slowly)|(?:do|does|doing|did)\s+(?:everything|it\s+all)\s+at"
     r"\s+once|full[-\s](?:on|throttle|pelt|speed)", ("gradually", "slowly", "rebuild")),
    (r"(?:mess|messes|messed|messing|tinker|tinkers|tinkered|tinkering|fiddle|fiddles|fiddled|fiddling)"
     r"\s+(?:about\s+|around\s+)?with", ("modified", "modify", "manipulating")),
)
_PHRASES = tuple((re.compile(rf"\b(?:{pattern})\b", re.I), words) for pattern, words in LAY_PHRASES)

# British and American spellings of the same medical words ('tumour' ~ 'tumor', 'haemoglobin' ~ 'hemoglobin')
SPELLINGS = (
    ("tumour", "tumor"),
    ("leukaemia", "leukemia"),
    ("anaemia", "anemia"),
    ("haem", "hem"),
    ("oedema", "edema"),
    ("paediatric", "pediatric"),
    ("oesophag", "esophag"),
    ("centre", "center"),
    ("programme", "program"),
    ("behaviour", "behavior"),
    ("colour", "color"),
    ("fibre", "fiber"),
    ("organis", "organiz"),
    ("immunis", "immuniz"),
    ("specialis", "specializ"),
)


@lru_cache(maxsize=1)
def _stemmed() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = {}
    for word, guide_words in LAY_TERMS.items():
        table.setdefault(stem(word), set()).update(stem(w) for w in guide_words)
    return {k: frozenset(v - {k}) for k, v in table.items()}


@lru_cache(maxsize=8192)
def equivalents(term: str) -> frozenset[str]:
    """The guides' words (stemmed) for an everyday word or the other spelling of a word, given as a stem."""
    out = set(_stemmed().get(term, ()))
    for british, american in SPELLINGS:
        if british in term:
            out.add(term.replace(british, american))
        elif term.startswith(american):
            out.add(british + term[len(american) :])
    out.discard(term)
    return frozenset(out)


@lru_cache(maxsize=256)
def phrase_equivalents(text: str) -> Mapping[str, frozenset[str]]:
    """For each word (stemmed) of an everyday phrase in the text, the guides' words (stemmed) for the phrase:
    'does it wear off?' -> {'wear': {'temporari'}, 'off': {'temporari'}}. Cached: the search and the evidence
    both read it for the same question."""
    out: dict[str, set[str]] = {}
    for pattern, guide_words in _PHRASES:
        for match in pattern.finditer(text):
            for word in tokens(match.group(0), keep_stopwords=True):
                out.setdefault(word, set()).update(stem(w) for w in guide_words)
    return {word: frozenset(words - {word}) for word, words in out.items()}


def guide_words_in(text: str, terms: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each term's guides' words (stemmed) in this text: those for the everyday word ('fatigue' for 'tired') and
    for the everyday phrase it is part of ('temporary' for the words of 'wear off')."""
    phrases = phrase_equivalents(text)
    return {t: equivalents(t) | phrases.get(t, frozenset()) for t in terms}


_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def in_guide_words(text: str, used: Callable[[str], bool]) -> str:
    """The text with each everyday word the guides never use replaced by the first of the guides' words for it
    that they do (`used`: the guides use this stem): 'help with money and travel' -> 'help with financial and
    logistical'. '' when no word changes."""
    changed = False

    def swap(match: re.Match[str]) -> str:
        nonlocal changed
        word = match.group(0)
        if used(stem(word.lower())):
            return word  # a word the guides use is theirs already ('side' in 'side effects')
        for guide_word in LAY_TERMS.get(word.lower(), ()):
            if used(stem(guide_word)):
                changed = True
                return guide_word
        return word

    for pattern, guide_words in _PHRASES:
        theirs = next((w for w in guide_words if all(used(t) for t in tokens(w))), "")
        if theirs and pattern.search(text):  # 'wear off' -> 'temporary', when the guides say 'temporary'
            text, changed = pattern.sub(theirs, text), True
    out = _WORD.sub(swap, text)
    return out if changed else ""
