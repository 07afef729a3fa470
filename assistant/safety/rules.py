"""Safety rules as data: red-flag patterns, framing cues, advice and manipulation patterns, thresholds."""

from __future__ import annotations

from typing import NamedTuple

# Patterns are regex fragments matched against normalised text: lower case, straight quotes, negative
# contractions spelled "can't"/"won't"/"don't", common misspellings mapped to one spelling (SPELLINGS).


def one_of(words: str) -> str:
    """A non-capturing group of the space-separated alternatives in `words` ("_" stands for a space)."""
    return "(?:" + "|".join(w.replace("_", " ") for w in words.split()) + ")"


# Temperatures and the conversation window
FEVER_C = 38.0
FEVER_F = 100.4
CELSIUS_RANGE = (34.0, 44.5)
FAHRENHEIT_RANGE = (93.0, 112.0)
TEMPERATURE_TALK = r"\b(?:temp\w*|fever\w*|thermometer|warm|hot|chills|shiver\w*|burning up)\b"
NOT_A_UNIT = r"(?!\s*" + one_of(r"kgs? lbs? pounds mg ml % cm mm years? yrs? weeks? days? hours? hrs? mins?"
                                r" minutes? k\b x\b / percent mmol g/?dl units?") + ")"
RECENT_USER_TURNS = 3  # earlier user turns read together with the current message for red flags
NEGATION_WINDOW_WORDS = 4
CONTEXT_CHARS = 80  # how far around a symptom subjects, negations and if-clauses are looked for
REPORT_MAX_WORDS = 14
REPORT_LEAD_WORDS = 3  # a report names the symptom early ("coughing up blood") or speaks of a person

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
    "girlfriend": ("gf",),
    "boyfriend": ("bf",),
    "can't": ("cant", "cannot", "can not"),
    "won't": ("wont", "will not"),
    "don't": ("dont", "do not"),
    "doesn't": ("doesnt", "does not"),
    "didn't": ("didnt", "did not"),
    "isn't": ("isnt", "is not"),
    "hasn't": ("hasnt", "has not"),
    "haven't": ("havent", "have not"),
    "couldn't": ("couldnt", "could not"),
    "i'm": ("im", "i am"),
    "i've": ("ive",),
    "he's": ("hes",),
    "she's": ("shes",),
    "car-t": ("car t", "cart", "car-t's", "cart-t", "car-t-cell", "car t-cell"),
}

# Who a message can be about, and the words that may stand between a subject and its symptom
FAMILY = one_of("boy girl twins? infant mum mom mommy mummy mam mother dad daddy father husband hubby wife"
                " partner son daughter child kid baby boyfriend girlfriend grandma gran granny nan nana"
                " grandad granddad grandpa grandfather grandmother brother sister uncle aunt auntie fiance"
                " fiancee spouse toddler teenager")
SUBJECT = (rf"(?:i|i'm|i've|we|we're|he|he's|she|she's|they|they're|(?:my|his|her|our) (?:\w+ )?\w+|{FAMILY}"
           r"|there(?:'s| is| are)|the (?:person|patient|man|woman|lady|guy) (?:i|we)(?:'m| am|'re| are)? "
           r"(?:care for|caring for|look after|looking after))")
OWNER = rf"(?:my|his|her|their|our|this|these|{FAMILY}'s)"
FILLER = one_of(
    "is are was were 's 're 'm has have had 've been being be to_be to_have to_feel got gotten getting get"
    " gets feel feels feeling felt seem seems seemed look looks looking looked having started starting"
    " developed developing noticed still just also really very so suddenly now keeps keep kept a an some bit"
    " little lot pretty quite kind_of kinda sort_of more and too extremely super constant constantly high bad"
    " severe new with up like gone went become became becoming come came all totally completely"
    " increasingly slightly awful terrible sudden strange weird the loads_of lots_of lot_of many several"
    " few tiny small big experiencing experienced complaining_of complains_of showing shows showed signs_of"
    " acting act acts again back spiked spiking running ran")
OWNER_GAP_STOP = one_of("about on regarding of for from in to mentions? says? said lists? talks? explains?"
                        " describes? covers? questions? guide leaflet booklet doctor nurse team notes? watch")
PERSONAL = rf"\b(?:i|i'm|i've|me|my|we|our|he|he's|she|she's|his|him|her|they|their|{FAMILY})\b"

# Medicines, lab values and treatments (for personal-advice requests)
MED_NAMES = one_of(
    r"meds? medicines? medications? pills? tablets? capsules? drugs? prescriptions? tacrolimus prograf tacro"
    r" cyclosporine ciclosporin sirolimus mycophenolate cellcept mmf prednisone prednisolone pred steroids?"
    r" dexamethasone immunosuppress\w* anti-?rejection_\w+ antivirals? acyclovir aciclovir valacyclovir"
    r" valtrex letermovir antibiotics? antifungals? posaconazole fluconazole voriconazole bactrim septrin"
    r" septra co-?trimoxazole penicillin prophylaxis tylenol paracetamol acetaminophen ibuprofen advil motrin"
    r" nurofen aspirin naproxen aleve nsaids? painkillers? pain_(?:meds|medicine|killers?) keppra"
    r" levetiracetam blood_thinners? warfarin heparin eliquis apixaban insulin magnesium potassium"
    r" supplements? vitamins? iron injections? shots? jabs? antihistamines? benadryl sleeping_(?:pills"
    r"|tablets) melatonin cbd herbal_\w+ chemo hydroxyurea ruxolitinib jakafi omeprazole ondansetron zofran"
    r" anti-?(?:sickness|nausea)_\w+ laxatives? loperamide imodium filgrastim neupogen ivig doses? dosage"
    r" calpol panadol excedrin codeine tramadol oxycodone morphine diphenhydramine loratadine cetirizine"
    r" zyrtec claritin antacids? gaviscon pepto\w* mouthwash (?:eye_|ear_|nose_)?drops creams? ointments?"
    r" inhalers? patch(?:es)? nasal_spray suppositor\w+"
    r" \w+_(?:they|the_(?:doctor|team|hospital|nurse|pharmacy)|my_(?:doctor|team|nurse))_(?:gave|prescribed"
    r"|put)")
MED_OBJECT = rf"(?:{MED_NAMES}|it|them|this|these)"
LAB = one_of(
    r"platelets? platelet_count plt wbc white_(?:blood_)?(?:cell_)?count white_(?:blood_)?cells? neutrophils? anc"
    r" ha?emoglobin hgb hb red_(?:blood_)?(?:cell_)?count rbc lymphocytes? cd4 cd19 igg immunoglobulins?"
    r" ferritin crp creatinine e?gfr alt ast bilirubin liver_(?:enzymes|function|tests?|numbers|levels)"
    r" kidney_(?:function|numbers|levels) sodium potassium magnesium calcium glucose blood_sugar inr d-dimer"
    r" fibrinogen il-?6 trough levels? labs? lab_(?:results?|work|numbers|values|tests?)"
    r" blood_(?:work|results?|tests?|counts?|numbers|levels) cbc counts? numbers results? scans? biopsy"
    r" chimerism viral_load mrd oxygen_(?:sats?|saturation|levels?) blood_pressure bp heart_rate pulse")
TREATMENT = one_of(
    r"car-t gene_therapy cell_therapy (?:stem_cell_|bone_marrow_)?transplant (?:clinical_)?trial study"
    r" treatment therapy chemo radiation surgery option kymriah yescarta tecartus breyanzi abecma carvykti"
    r" zolgensma casgevy lyfgenia hemgenix donor cord_blood haplo\w* autologous allogeneic vaccines? booster"
    r" infusion")


class RedFlag(NamedTuple):
    """One red-flag category: strong phrases describe a current event on their own; weak ones need framing."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]
    qualifier: str = ""  # when set, the recent user text must also match it (e.g. "severe", "spreading")


HAVE = r"(?:have|has|had|'ve got|'s got|got|with|running)"
RED_FLAGS: dict[str, RedFlag] = {
    "fever": RedFlag(
        strong=(r"burning up", r"running (?:a |an )?(?:high |slight )?(?:fever|temp|temperature)\b(?! of)",
                rf"{HAVE} (?:a |an )?(?:high |slight |low-grade )?(?:temp|temperature)\b(?! of)",
                r"(?:spiked?|spiking) (?:a )?(?:fever|temp\w*)"),
        weak=(r"fever(?:s|ish)?", r"high temp\w*", r"pyrexi\w*", r"febrile", r"hot to the touch",
              r"temp\w* (?:is |was |'s |has been |keeps )?(?:\w+ )?(?:high|raised|elevated|rising|spiking"
              r"|up)\b",
              r"feels? (?:really |very |so )?hot")),
    "chills": RedFlag(
        strong=(r"can't stop (?:shivering|shaking)",),
        weak=(r"chills", r"shiver\w*", r"shivery", r"rigou?rs", r"teeth (?:are )?chattering",
              r"cold sweats?")),
    "neurotoxicity": RedFlag(
        strong=(r"can't (?:wake|rouse) (?:him|her|them|my \w+|\w+ up)", r"won't wake(?: up)?",
                r"(?:hard|difficult|impossible) to (?:wake|rouse|get up)", r"barely (?:wake|rouse|awake)",
                r"(?:talking|speaking) (?:gibberish|nonsense)", r"not making (?:any )?sense",
                r"(?:having|had|has|is having) (?:a |another )?(?:seizure|fit)s?\b", r"seizing",
                r"doesn't (?:know|recogni[sz]e) (?:me|us|where|who|what)", r"(?:doesn't|didn't|can't) recogni[sz]e\b",
                r"(?:saying|says|said|talking|talks) (?:\w+ ){0,2}(?:strange|weird|odd|funny|silly|random|bizarre)"
                r" (?:things|stuff)",
                r"(?:falls?|falling|fell|falls) asleep (?:mid|in the middle of|while|during) \w+",
                r"(?:doesn't|can't|didn't) remember (?:my name|where|who|what (?:day|year|month))",
                r"(?:mixing|mixed|muddling|muddled) up (?:\w+ )?words",
                r"(?:calls?|calling|called) (?:me|us|him|her|them|\w+) (?:by )?(?:the wrong name|\w+'s name)",
                r"(?:talking|speaking|talks|speaks) (?:\w+ ){0,2}"
                + one_of(r"weird\w* strange\w* funny odd\w* differently nonsense rubbish"),
                r"words (?:\w+ ){0,3}(?:wrong order|mixed up|jumbled|muddled)"),
        weak=(r"confused", r"confusion", r"disorient\w*", r"delirious", r"delirium", r"gibberish", r"jumbled",
              r"garbled", r"slurr\w*", r"hallucinat\w*", r"seeing things", r"word[- ]finding",
              one_of(r"trouble difficulty problems? hard_time struggl\w* can't couldn't unable_to not_able_to"
                     r" hard")
              + r" (?:\w+ ){0,2}(?:speak\w*|talk\w*|say\w*|writ\w*|find\w* (?:\w+ ){0,2}words"
                r"|get\w* (?:the |his |her |my )?words out|stay\w* awake|wak\w*)(?! (?:to|about|with|up to))",
              r"(?:hand)?writing (?:\w+ ){0,3}" + one_of(r"messy changed worse shaky illegible wobbly looks"
                                                         r" different off odd scribbl\w* unreadable"
                                                         r" all_over_the_place strange weird bad"),
              r"(?:can't|unable to) hold (?:a|the|his|her|my) (?:pen|pencil|cup|fork|spoon)",
              r"(?:not|\w+n't) (?:been )?(?:answering|responding) (?:\w+ ){0,2}(?:properly|normally|right"
              r"|sensibly)",
              r"(?:he|she|they) (?:doesn't|didn't|can't|couldn't) (?:seem to )?understand\b"
              r"(?! (?:the|why|how|his|her|their|it|that|this))",
              r"repeat\w* (?:the same|himself|herself|themselves|myself|questions)",
              r"(?:can't|couldn't|doesn't|didn't) (?:tell|say|know|remember) (?:me |us )?(?:where (?:he|she"
              r"|they|we|i) (?:is|are|am|was)|what (?:day|year|month)|who (?:i|we|he|she) (?:am|are|is))",
              r"(?:acting|behaving) (?:\w+ )?(?:drunk|strange\w*|weird\w*|odd\w*|bizarre|out of character)",
              r"(?:seems?|looks?|is) (?:\w+ )?(?:drunk|out of it)",
              one_of("very really so super unusually extremely excessively abnormally")
              + r" (?:sleepy|drowsy|lethargic)",
              r"drows\w*", r"lethargic", r"sleeping (?:all day|a lot|so much|more than usual|constantly)",
              r"(?:keeps?|kept) (?:falling asleep|nodding off|dozing off)", r"seizures?", r"convuls\w*",
              r"shaking", r"shaky", r"trembl\w*", r"tremors?", r"twitch\w*", r"jerking", r"neurotox\w*",
              r"icans", r"crs", r"cytokine (?:release|storm)\w*", r"not (?:him|her|my|them|your)sel(?:f|ves)",
              r"can't think (?:straight|clearly|properly)",
              r"words (?:are |keep )?(?:coming|come|came) out (?:all )?"
              r"(?:wrong|jumbled|mixed up|muddled|funny|weird|slurred)")),
    "collapse": RedFlag(
        strong=(r"passed out", r"fainted", r"collapsed", r"blacked out", r"lost consciousness",
                r"unconscious",
                r"unresponsive", r"not responding(?! to (?!me\b|us\b|anyone|anything|voices?))",
                r"(?:feel|feeling|felt) (?:very |really )?faint"),
        weak=(r"low blood pressure", r"(?:blood pressure|bp) (?:is |has |keeps )?(?:\w+ )?(?:low|dropp\w*)")),
    "bleeding": RedFlag(
        strong=(r"won't stop bleeding",
                r"(?:bleeding|nosebleed|nose bleed|it) (?:won't|doesn't|hasn't|isn't|can't) (?:\w+ )?stop",
                r"(?:can't|couldn't|hasn't|haven't|won't|doesn't) stop(?:ped)? (?:the )?(?:bleeding"
                r"|nosebleed)",
                r"(?:coughing|vomiting|throwing|peeing|pooping|spitting|puking) (?:up )?(?:lots of )?blood"),
        weak=(r"blood (?:\w+ ){0,2}(?:coming|pouring|dripping|oozing|leaking) (?:out )?(?:from|of)",
              r"(?:urine|pee|wee|stool|stools|poo|poop) (?:is |was |looks |has been |turned |went "
              r"|came out )?(?:\w+ )?(?:red|pink|bloody|black|tarry)\b",
              r"blood (?:when|whenever|every time) (?:i|he|she|they) (?:pee|wee|poo|poop|cough|spit|go"
              r"|brush)",
              r"blood in (?:my |his |her |the )?(?:urine|pee|stool|stools|poo|poop|vomit|sick|spit|phlegm)",
              r"bloody (?:nose|stool|urine|diarrhea|vomit)", r"black (?:tarry )?(?:stools?|poo|poop)",
              r"bleed\w*", r"nose ?bleeds?", r"bruis\w*", r"petechiae", r"purpura",
              one_of("tiny small little pinpoint pin-point pinprick pin_prick lots_of") + r" (?:\w+[ -]){0,2}"
              + one_of("red purple purplish dark purple-red red-purple")
              + r" (?:\w+ )?(?:spots|dots|marks|specks)",
              r"(?:red|purple|purplish|dark red) (?:\w+ ){0,3}(?:spots|dots|specks|pinpricks)",
              r"(?:nosebleed|nose bleed|bleeding) (?:that )?(?:has )?(?:lasts?|lasted|lasting|been going on"
              r"|going on) (?:for )?(?:over |more than |about |nearly |almost )?(?:an hour|half an hour"
              r"|\d+ ?(?:minutes|mins|hours))")),
    "breathing": RedFlag(
        strong=(r"(?:i|he|she|they|we|baby) can't (?:\w+ )?breathe", r"not breathing", r"stopped breathing",
                r"can't (?:catch|get) (?:my|his|her|a) breath", r"gasping",
                r"(?:can't|not) get(?:ting)? enough (?:air|breath|oxygen)", r"air hungry"),
        weak=(r"choking", r"(?:short|shortness) of breath", r"breathless\w*", r"out of breath", r"wheez\w*",
              one_of(r"trouble difficulty difficult hard struggl\w* problems? labou?red unable_to hard_time")
              + r" (?:\w+ ){0,2}breath\w*",
              r"lips (?:are |look |going |turned |turning )?(?:\w+ )?(?:blue|purple|gr[ae]y)",
              r"(?:blue|purple|gr[ae]y) lips",
              r"breathing (?:is |seems |sounds |feels )?(?:very |really )?"
              + one_of(r"fast rapid shallow noisy weird strange labou?red heavy funny hard"),
              r"low oxygen",
              r"oxygen (?:sats? |saturation |levels? )?(?:is |are )?(?:low|dropp\w*|down|8\d ?%)")),
    "chest_pain": RedFlag(
        strong=(),
        weak=(r"heart attack", r"(?:tight|heavy|painful|sore|crushing) chest",
              r"chest (?:\w+ ){0,2}" + one_of(r"pains? hurts? hurting ache aches aching tight\w* pressure"
                                              r" heav\w* discomfort squeez\w* burn\w*"),
              r"(?:pain|pressure|tightness|heaviness|ache|discomfort) (?:\w+ ){0,2}(?:in|across|on)"
              r" (?:my |his |her |the )?chest",
              r"heart (?:is )?(?:racing|pounding|fluttering|skipping|beating (?:really |very |so )?fast)",
              r"palpitations", r"racing heart")),
    "stroke": RedFlag(
        strong=(),
        weak=(r"(?:having|had|has) a stroke",
              r"(?:face|mouth|smile|lip|eyelid)s? (?:is |are |looks? |seems? |has |started )?(?:\w+ )?"
              r"(?:droop\w*|lopsided|uneven|crooked|sagg\w*)", r"droop\w* (?:face|mouth|smile|on one side)",
              r"one side of (?:my|his|her|the) (?:face|body) (?:\w+ ){0,2}(?:droop\w*|numb|weak|limp"
              r"|tingl\w*)",
              r"(?:arm|leg|hand|side) (?:\w+ ){0,2}(?:weak|weakness|numb|limp|dead|won't move|can't move)",
              r"(?:floppy|limp|weak|numb|droopy|heavy|dead|paralys\w*) (?:\w+ ){0,2}on (?:one|the (?:left|right))"
              r" side",
              r"(?:weak|weakness|numbness|numb|limp) (?:\w+ ){0,3}(?:arm|leg|hand|one side|left side"
              r"|right side)",
              r"(?:can't|unable to|couldn't) (?:lift|move|raise|feel) (?:my|his|her|the) (?:\w+ )?"
              r"(?:arm|leg|hand|foot)",
              r"face (?:\w+ ){0,2}(?:numb|tingl\w*)", r"slurr\w*", r"stroke", r"worst headache",
              r"(?:sudden|thunderclap) (?:\w+ ){0,2}headache", r"(?:lost|losing|loss of) (?:\w+ )?vision",
              r"blurr\w* vision", r"double vision")),
    "diarrhea": RedFlag(
        strong=(),
        weak=(r"diarrhea", r"the runs", r"(?:loose|watery|runny) (?:stools?|bowels?|poo|poop)"),
        qualifier=(r"severe|really bad|terrible|awful|constant\w*|non-?stop|won't stop|keeps?|kept"
                   r"|repeated\w*|lots of|a lot|many times|several times|multiple times|again and again"
                   r"|every (?:hour|half hour|\d+ minutes)|all (?:day|night|morning)|\d+ times"
                   r"|(?:two|three|four|five|six|seven|eight|nine|ten|a dozen) times|watery|bloody|explosive"
                   r"|can't keep up|dehydrat\w*|dizzy|since (?:yesterday|last night|this morning|\w+day)"
                   r"|for (?:\d+|two|three|several|a few|few) (?:days|hours)")),
    "rash": RedFlag(
        strong=(),
        weak=(r"rash\w*", r"hives", r"welts", r"blister\w*", r"peeling skin", r"skin (?:is )?peeling"),
        qualifier=(r"spread\w*|all over|everywhere|whole body|getting (?:bigger|worse)|growing|blister\w*"
                   r"|peel\w*|covering|covers|over (?:his|her|my) (?:whole|entire)"
                   r"|to (?:my|his|her) (?:chest|back|face|arms|legs|stomach|belly|neck)")),
    "jaundice": RedFlag(
        strong=(),
        weak=(r"(?:skin|eyes?|whites of (?:my|his|her|the) eyes) (?:\w+ ){0,3}(?:yellow\w*|jaundic\w*)",
              r"yellow\w* (?:\w+ )?(?:skin|eyes?|tinge)", r"jaundic\w*",
              r"(?:look|looks|looking|turned|turning|gone|going|went) (?:a bit |quite |very )?yellow",
              r"(?:dark brown|tea[- ]colou?red|cola[- ]colou?red) (?:urine|pee)")),
    "vomiting": RedFlag(
        strong=(r"can't (?:even )?keep (?:\w+ ){0,2}down",
                r"(?:keeps?|kept|can't stop) (?:on )?(?:vomiting|throwing up|being sick|puking)"),
        weak=(r"(?:vomit\w*|throwing up|being sick|puking) (?:\w+ ){0,3}(?:non-?stop|all (?:day|night)"
              r"|constantly|repeatedly|every (?:hour|time)|\d+ times|everything)",)),
    "infection": RedFlag(
        strong=(),
        weak=(r"(?:line|picc|port|catheter|hickman|central line) (?:site )?(?:\w+ ){0,3}"
              r"(?:red|swollen|pus|oozing|leaking|hot|infected)",)),
}
SELF_HARM = RedFlag(
    strong=(r"kill(?:ing)? (?:my|him|her|them)sel(?:f|ves)",
            r"end(?:ing)? (?:my|his|her) (?:own )?li(?:fe|ves)",
            r"end it all", r"ending it\b(?! (?:early|sooner))", r"take (?:my|his|her) (?:own )?life",
            r"(?:hurt|harm|cut)(?:ting|ing)? (?:my|him|her)self",
            r"(?:want|wants|wanna|wish|wishing) (?:to|i was|i were|i could|he could|she could)"
            r" (?:die|be dead|not wake up|disappear for good)",
            r"better off (?:dead|without (?:me|him|her))",
            r"(?:don't|doesn't) want to (?:live|be alive|be here|go on|wake up)",
            r"no (?:reason|point) (?:to|in) (?:live|living|going on|being alive)",
            r"don't see the point (?:anymore|in (?:living|anything|going on))", r"not worth living",
            r"can't go on(?: like this| anymore|\s*$|\s*[.!])",
            r"(?:want|going|plan|planning|thinking about|thought about) (?:to )?(?:overdose|od)\b",
            r"tak(?:e|ing) all (?:of )?(?:my|his|her|the) (?:pills|tablets|meds|medicines?)",
            r"(?:'d|would) rather (?:die|be dead|not be here|not wake up)",
            r"want (?:it all|everything|my life|this life) to (?:end|stop|be over)",
            r"(?:giving|gave|give|gives) away (?:all )?(?:his|her|my|their) (?:things|stuff|belongings"
            r"|possessions)",
            r"jump off (?:a |the )?(?:bridge|roof|building|cliff|balcony)", r"hang (?:my|him|her)self"),
    weak=(r"suicid\w*", r"self[- ]?harm\w*", r"overdos\w*"),
)

# Framing cues, each matched within one sentence
IDIOMS = (r"\bi'm (?:(?:a bit|a little|bit|so|very|really|totally|quite|kind of|kinda|sort of|still|just"
          r"|slightly|rather|super|getting|all) ){0,2}confused\b(?! and)",
          r"\bconfus\w* " + one_of("about by with on over as_to regarding re whether between why what how"
                                   " which when where if because at that") + r"\b",
          r"\bconfusing\b",
          r"\b(?:anti-?seizure|seizure (?:prophylaxis|medicines?|meds|medication|prevention|precautions))\b",
          r"\bfever[- ](?:reduc\w*|medicines?|meds|tablets?|pills?)\b", r"\bshak\w* (?:hands|my head)\b",
          r"\bbreathing (?:exercises?|tests?|machine|treatments?)\b",
          r"\bchest (?:x-?rays?|ct|scans?|port)\b",
          r"\bblood (?:tests?|work|counts?|draws?|results?|type|cancers?|cells?|transfusions?|thinners?)\b")
NEGATION = r"(?:\b(?:no|not|never|without|denies|deny|nor|none|zero)\b|n't\b|\bno longer\b)"
CLAUSE_BREAK = r"(?:[,;:]|\b(?:but|although|though|however|yet|except|then|now)\b)"
RESOLVED = (r"\b(?:years? ago|months? ago|last (?:year|month)|in the past|history of|used to|went away"
            r"|gone away|(?:has|have|is|are|'s) gone(?: now|\s*[.!,]|\s*$)|resolved|cleared up|went down"
            r"|came down"
            r"|back in \d+|previously|before (?:my|the|his|her) (?:car-t|transplant|treatment|infusion"
            r"|therapy)"
            r"|as a (?:kid|child)|during (?:my|his|her|the) (?:\w+ )?(?:hospital stay|admission|stay)"
            r"|last time|(?:fine|better|ok|okay|normal|well|back to normal|recovered) now|recovered"
            r"|(?:had|got|was|were|became) (?:\w+ ){0,2}for a (?:while|bit|few days|couple of days|day or two"
            r"|short time)|back then|at the time)")
# When the treatment, not the symptom, is what happened "last month" or "in June".
TREATMENT_TIME = (r"\b(?:car-t|transplant|gene therapy|therapy|infusion|treatment|cells)\W+(?:\w+\W+)?"
                  r"(?:last (?:year|month)|(?:\w+ )?(?:years?|months?) ago"
                  r"|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*)")
CURRENT = (r"\b(?:right now|now|currently|at the moment|atm|today|tonight|this (?:morning|afternoon|evening)"
           r"|since (?:yesterday|last \w+|this \w+|the (?:morning|weekend|infusion|transplant|treatment)"
           r"|\w+day|then|earlier|lunch\w*|breakfast|dinner|bedtime|waking|(?:i|he|she|we) woke|\d|about \d"
           r"|around \d|morning|tonight)"
           r"|for (?:the (?:last|past) )?(?:\d+|a few|few|several|two|three|a couple of|couple of)"
           r" (?:minutes|hours|days)"
           r"|all (?:day|night|morning)|(?:keeps?|kept) (?:on )?\w+ing|started|starting to"
           r"|just (?:now|started|had|noticed)|woke up|getting worse|(?:an|one|two|\d+) hours? ago"
           r"|minutes ago|last night|yesterday|came back"
           r"|(?:over|in|during) the (?:last|past) (?:few |couple of )?(?:\w+ )?(?:hours?|days?|night)"
           r"|(?:lasts?|lasted|lasting|going on|been going on) (?:for )?(?:over |more than |about |nearly"
           r" |almost )?(?:an? |half an |\d+ )(?:hour|hours|minutes|mins|days))\b")
HYPOTHETICAL = (r"\b(?:if|in case|what if|will (?:i|he|she|we|they|my \w+|it)"
                r"|(?:am|are|is) (?:i|we|he|she|they) (?:going|likely) to|suppose|supposing|whenever"
                r"|in the future|later on|should (?:i|he|she|we|they) (?:get|develop|have|start|notice)"
                r"|when (?:i|he|she|we|they|you|someone|a patient|patients|people|my \w+)"
                r" (?:get|gets|develop|develops|have|has|start|starts|notice|notices|experience|experiences"
                r"|go|goes)|ever (?:get|gets|develop|have|has|had))\b")
NOT_CONDITIONAL = (r"\b(?:not sure|unsure|(?:don't|didn't) know|wonder\w*|asking"
                   r"|ask(?:ed)? (?:you|them|the \w+)|check\w*|tell me|no idea|can't tell|find out|see"
                   r"|unclear|decide) if\b")
FRAME = (r"\b(?:(?:warning )?signs?|symptoms?|red flags?) (?:of|for|to|that|which|include|like|such as|should"
         r"|do|mean)\b|\b(?:what|which|any|other|common|early|usual|typical|serious) (?:\w+ )?(?:signs?"
         r"|symptoms?)\b|\bwatch(?:ing)? (?:out )?for\b|\blook(?:ing)? (?:out )?for\b|\bkeep an eye\b"
         r"|\bbe aware of\b|\bwhat (?:is|are|does|do(?! (?:i|we) do)|causes?|happens|counts?|temperature|kind"
         r"|sort|types?|exactly)\b|\bwhat's\b|\bwhich\b|\bwhy\b|\bhow (?:do|does|can|long|often|common|likely"
         r"|is|are|soon|high|serious|would|much|many)\b|\bwho (?:gets|is at risk)\b"
         r"|\bis (?:it|there) (?:normal|common|possible|usual|typical|expected|likely|a risk|a chance|any)\b"
         r"|\bcan (?:car-t|gene therapy|cell therapy|a transplant|transplants?|treatment|chemo|this|it"
         r"|steroids) (?:cause|lead to|trigger|give)\b|\bcause[sd]?\b|\brisks?\b|\bchances?\b|\bmeans?\b"
         r"|\bmeaning\b|\bdefin\w*|\bdiffer\w*|\bstand for\b|\bcounts? as\b|\bconsidered\b|\bexplain\b"
         r"|\btell me about\b|\bside effects?\b|\b(?:is|are) (?:common|rare|normal|usual|a sign|a symptom"
         r"|a side effect)\b|\bcan (?:happen|occur)\b|\bmay (?:happen|occur|cause)\b|\bmention\w*|\bleaflet\b"
         r"|\bbooklet\b|\bguides?\b|\bwas told\b|\bwere told\b|\bread (?:that|about)\b|\bheard\b|\blearn\w*"
         r"|\bprevent\w*|\bavoid\w*|\btreat\w*|\bmanag\w*|\bhandle\b|\bdeal with\b"
         r"|\babout\b(?! (?:\d|an? hour|two|three|four|five|ten))|\bworried (?:about|that)|\bafraid of\b"
         r"|\bscared of\b|\bcaregivers?\b|\bcarers?\b")
GENERIC_SUBJECT = (r"\b(?:patients|people|someone|somebody|anyone|everyone|a person|individuals|recipients"
                   r"|a patient|children|kids|adults|you (?:can|may|might|could|will|should|need|must))\b")
QUESTION_START = (r"^(?:what|which|why|how|who|whom|where|when|is|are|am|can|could|does|do|did|should|would"
                  r"|will|was|were|has|have|any|tell|explain|list|describe)\b(?!')")
GENERAL_VERB = (r"\b(?:is|are|was|were|can|may|might|could|will|would|should|must|include|includes|including"
                r"|cause|causes|occur|occurs|happen|happens|affect|affects|means|lead|leads|result"
                r"|results)\b(?!')")
ACTION_ASK = (r"\bwhat (?:should|do|can|must) (?:i|we) do\b|\bwhat to do\b"
              r"|\bshould (?:i|we) (?:go|call|take (?:him|her|them)|ring|phone)\b"
              r"|\bdo (?:i|we) (?:need|have) to (?:go|call|ring)\b"
              r"|\bis (?:this|that|it) (?:normal|serious|an emergency|bad|dangerous|ok|okay|worrying"
              r"|something to worry about)\b|\bshould (?:i|we) (?:be )?(?:worried|concerned|panic)\b"
              r"|\b(?:please help|help me|help us|need help|help!)|\burgent\b")

# Requests for individual advice: one pattern table per kind (reason "personal_advice:<kind>")
WHO = rf"(?:i|we|he|she|they|my \w+|{FAMILY})"
ASK_IF_OK = (rf"(?:(?:should|can|could|may|must|shall|do) {WHO}"
             rf"|is it (?:ok|okay|safe|fine|alright|all right|bad|possible) (?:for (?:me|him|her|us|them"
             rf"|my \w+|{FAMILY}) )?"
             rf"(?:to|if {WHO})|would it be (?:ok|okay|safe|fine|bad) (?:for (?:me|him|her) )?(?:to|if {WHO})"
             r"|am i (?:allowed|able) to|how (?:do|can|should) (?:i|we))")
CHANGE = one_of("stop quit skip miss double(?:_up)? halve cut(?:_down|_back)? reduce decrease lower increase"
                " raise up change switch swap come_off go_off get_off taper wean restart resume discontinue"
                " pause hold_off drop")
PERSONAL_ADVICE: dict[str, tuple[str, ...]] = {
    "medication_change": (
        rf"\b{ASK_IF_OK}\s+(?:just |still |safely )?{CHANGE}\b(?:\s+\S+){{0,5}}?\s+(?:taking |using |on )?"
        rf"{MED_OBJECT}\b",
        rf"\b(?:should|can|could|may|do) {WHO} (?:just |still )?(?:stop|quit|keep|skip|continue|start)"
        r" (?:taking|using)\b",
        rf"\bshould {WHO} (?:be taking|be on|start|begin|take|get) (?:\S+ ){{0,3}}?{MED_NAMES}\b",
        rf"\b(?:can|could|should|may) {WHO} (?:go|come|drop|cut|step|taper) (?:down|up|back) (?:to )?"
        r"(?:\d|half|one|two|a lower|a higher)",
        rf"\bhow long (?:should|do|must) {WHO} (?:keep |stay |be )?(?:taking|on|take)\b",
        rf"\b(?:do|does) {WHO} (?:still |really |actually )?(?:need|have) to (?:take|keep taking|continue"
        rf"|be on|stay on)(?:\s+\S+){{0,3}}?\s+{MED_NAMES}\b",
        rf"\b{MED_NAMES}\b[^?]{{0,60}}\b(?:do|does) {WHO} (?:really |still |actually |even )?need"
        r" (?:it|them|this|that|these|to take)\b",
        rf"\b{WHO} (?:want to|wants to|(?:am|'m|is|'s) (?:thinking|planning) (?:of|about)|plan to"
        rf"|(?:am|'m|is|'s) going to|stopped|skipped|doubled|halved) (?:\w+ )?"
        rf"(?:stop\w*|skip\w*|doubl\w*|halv\w*|taking|my|his|her)?\s*(?:\S+\s+){{0,2}}?{MED_NAMES}\b"),
    "dose": (
        rf"\bhow (?:much|many) (?:\S+ )?{MED_NAMES}\s*(?:\?|$|for (?:me|him|her|my)|can|should|do i"
        r"|does (?:he|she|my))",
        rf"\b(?:can|could|may|should) {WHO} (?:have|take|get|give) (?:\S+ ){{1,3}}for"
        r" (?:the|his|her|my|this|their) (?:pain|fever|headache|nausea|temperature|sickness|cough|itch\w*"
        r"|rash|diarrhea|sleep\w*|aches?)\b",
        rf"\bwhich (?:one |dose |tablet |pill |strength |amount )?should {WHO} (?:take|use|give|have)\b",
        r"\b(?:accidentally|by mistake|mistakenly) (?:took|take|taken|gave|given|doubled|missed|skipped)\b",
        rf"\b(?:took|taken|gave|given) (?:\S+ ){{0,3}}?{MED_NAMES} (?:\S+ )?(?:twice|two times|double"
        rf"|again)\b",
        rf"\b(?:dose|dosage|amount|how much|how many) (?:of \S+ )?{WHO} should (?:take|give|have|be on"
        rf"|use)\b",
        rf"\bhow (?:much|many)(?:\s+\S+){{0,4}}?\s+(?:should|can|do|could|must|may|shall|is|are)\s+{WHO}\b"
        r"(?:\s+\S+){0,3}?\s+(?:take|have|give|be on|use|get)\b",
        r"\b(?:what|which|the|right) (?:dose|dosage|amount|strength)\b(?:\s+\S+){0,3}?"
        r"\s+(?:should|can|do|could|must|is right for|for)\s+(?:i|me|we|he|she|him|her|my)\b",
        r"\b(?:is|are) (?:my|his|her) (?:\w+ )?(?:doses?|dosage) (?:too|right|correct|ok|okay|enough|safe)\b",
        r"\b(?:is|are) \d+(?:\.\d+)? ?(?:mg|milligrams?|ml|g|tablets?|pills?)\b.{0,30}"
        r"\b(?:safe|ok|okay|too much|enough|fine|right) for (?:me|him|her|my \w+)",
        rf"\b(?:should|can|could|may|do) {WHO} (?:take|have|give (?:him|her|them)?) (?:\d+|one|two|three|four"
        r"|an extra|extra|another|a double|double|more|less|half|a second|the missed)\b",
        r"\b(?:missed|forgot|skipped|forgotten) (?:to take )?(?:a|my|his|her|one|the|this morning's"
        r"|last night's|yesterday's|two|\w+'s) (?:\w+ )?(?:dose|doses|pills?|tablets?|meds?|medication"
        r"|medicine|tacrolimus)\b"),
    "medication_use": (
        rf"\b{ASK_IF_OK}\s+(?:take|have|use|give (?:him|her|them|\w+ \w+)|mix|combine|drink alcohol with"
        rf"|drink)\b(?:\s+\S+){{0,4}}?\s+(?:with\s+)?(?:my |his |her )?{MED_NAMES}\b"
        r"(?!\s+(?:during|after|before|when) (?:car-t|gene|transplant|treatment))",),
    "lab_values": (
        rf"\b(?:my|his|her|our|{FAMILY}'s) (?:\S+ ){{0,2}}{LAB}\b(?:\s+\S+){{0,4}}?\s+(?:is|are|was|were"
        r"|came back|come back|at|of|went|gone|dropped|fell|rose|jumped|up|down|only|just|=|:)\s*"
        r"(?:to |at |down to |up to |about |around )?[<>]?\d",
        rf"\b(?:my|his|her|our|{FAMILY}'s) (?:\S+ ){{0,2}}{LAB}\b.{{0,60}}?\b(?:normal|ok|okay|good|bad"
        r"|too (?:low|high)|low|high|dangerous|worrying|concerning|mean|means|worry|worried|concerned|safe"
        r"|enough|fine)\b",
        rf"\b(?:interpret|read|explain|look at|check|understand|analy[sz]e) (?:\w+ ){{0,2}}(?:my|his|her"
        rf"|these) (?:\w+ ){{0,2}}{LAB}\b",
        rf"\bwhat should (?:my|his|her) (?:\S+ ){{0,2}}{LAB} be\b",
        rf"\bis (?:a |an )?{LAB} (?:count |level )?of \d+(?:\.\d+)?"
        r" (?:ok|okay|normal|safe|low|high|dangerous|good|bad|too)"),
    "eligibility": (
        rf"\b(?:am i|are we|is {WHO}|(?:would|will|could) {WHO} be"
        rf"|{WHO} (?:is|are|'s|'m|am|would be|could be|might be))\s+(?:\w+\s+)?"
        r"(?:eligible|a (?:good |suitable |possible )?candidate|qualified|suitable|too old|too young|too sick"
        r"|too ill|too weak|healthy enough|well enough|fit enough|strong enough|old enough|a (?:good )?match"
        r"|(?:accepted|considered|allowed) for"
        r"|approved)\b",
        rf"\b(?:do|does|would|could|can|will) {WHO} (?:\w+ )?(?:qualify|meet the criteria|fit the criteria"
        r"|be eligible|be considered)\b",
        rf"\b(?:can|could|would|will) {WHO} (?:get|have|receive|be given|be offered|be treated with|try)\s+"
        rf"(?:\w+\s+){{0,2}}{TREATMENT}\b.{{0,40}}\b(?:with|if|given|since|even though|although|despite"
        r"|at (?:my|his|her) age|because)\b",
        rf"\bis (?:{TREATMENT}|it|this|that) (?:\w+ )?(?:right|suitable|appropriate|an option|a good option"
        r"|possible|safe|worth it|recommended)(?: \w+)? for (?:me|him|her|us|my \w+|someone like me"
        r"|people like me)\b",
        rf"\bwould {WHO} benefit from\b",
        rf"\b(?:would|could|will|might) (?:{TREATMENT}|it|this|that) be (?:\w+ )?(?:an option|right|suitable"
        r"|appropriate|possible|safe|worth it|available|recommended)(?: \w+)?"
        r" for (?:me|him|her|us|my \w+|someone like me)\b"),
    "treatment_choice": (
        rf"\bshould {WHO} (?:\w+ )?(?:choose|pick|go with|go for|opt for|get|have|do|try|pursue|accept"
        r"|agree to|sign up|join|enrol\w*|participate|go ahead|proceed|consider|refuse|decline|delay"
        r"|postpone|start)\b(?:\s+\S+){0,8}?\s+(?:or|vs\.?|versus|instead of|rather than)\b",
        rf"\bshould {WHO} (?:\w+ )?(?:choose|pick|go with|go for|opt for|get|have|do|try|pursue|accept"
        r"|agree to|sign up for|join|enrol\w* in|participate in|go ahead with|proceed with|consider|refuse"
        rf"|decline|delay|postpone|start)\s+(?:\S+\s+){{0,4}}?{TREATMENT}\b",
        r"\b(?:which|what) (?:one|option|treatment|therapy|product|donor|trial|hospital|centre|center"
        r"|is better|would be better|is best|is safer)\b.{0,40}\b(?:should (?:i|we|he|she)"
        r"|for (?:me|him|her|us|my \w+)|would you (?:choose|pick|recommend))",
        rf"\bshould {WHO} (?:go ahead(?: with it)?|do it|go through with it|say yes|agree to it|accept it"
        r"|have it|get it)\b",
        r"\b(?:is|would|will) (?:\S+ ){1,7}(?:better|best|safer|the right choice|a better option)"
        r" for (?:me|him|her|us|my \w+)\b",
        r"\bwhat would you (?:do|choose|pick)\b",
        r"\b(?:which|what)(?: one| option)? would you (?:pick|choose|recommend|go for) for (?:me|him|her|us|my)\b",
        r"\b(?:do|would) you (?:think|recommend|suggest|advise) (?:that )?(?:i|we|he|she|my \w+)"
        r" (?:should|go|get|have|do|choose|take|stop)\b"),
    "prognosis": (
        rf"\bwhat(?: are|'s| is) (?:my|his|her|our|{FAMILY}'s) (?:\w+ )?(?:chances?|odds|prognosis"
        r"|life expectancy|outlook)\b",
        rf"\bwill {WHO} (?:\w+ )?(?:survive|die|make it|be cured|relapse|beat (?:it|this))\b",
        rf"\bhow long (?:do|does|will|would) {WHO} (?:have(?! to)|live|survive)\b",
        r"\bam i going to (?:die|be ok|be okay|survive|make it|relapse)\b",
        r"\bis (?:my|his|her) (?:cancer|lymphoma|leuka?emia|myeloma|disease|tumou?r) (?:\w+ )?"
        r"(?:gone|cured|back|in remission|coming back)\b"),
}

# Manipulation: one pattern table per kind (reason "manipulation:<kind>")
ROLE = one_of(r"doctor physician oncologist ha?ematologist nurse pharmacist specialist surgeon clinician"
              r" expert medical_(?:professional|expert) healthcare_(?:provider|professional) dr\b therapist"
              r" psychiatrist lawyer character persona ai assistant bot chatbot model hacker pirate human")
DISCLAIMER_WORDS = (r"(?:disclaimers?|caveats?|fine print|small print|boilerplate|not medical advice"
                    r"|medical advice (?:bit|part|line|note|notice|thing|stuff|text|warning)"
                    r"|legal (?:stuff|bit|text|notice|jargon)|safety (?:notice|message|text|note|blurb|stuff"
                    r"|info|warnings?)|warnings?|(?:part|bit|line|sentence|paragraph|stuff|note) about"
                    r" (?:calling|contacting|asking|seeing) (?:the|your) (?:care team|doctor|emergency))")
INSTRUCTION_OBJECT = one_of(r"instructions? rules prompts? directions directives guidelines guidance"
                            r" constraints restrictions guardrails polic(?:y"
                            r"|ies) programming training filters?"
                            r" context everything stuff bits? disclaimers? caveats? warnings?")
DROP = one_of(r"without no skip drop remove omit leave_(?:out|off) lose ditch delete hide cut exclude"
              r" get_rid_of spare_me forget ignore minus sans w/o no_need_for turn_off disable")
MANIPULATION: dict[str, tuple[str, ...]] = {
    "disclaimer": (
        r"\b(?:don't|never|stop|quit)\s+(?:\w+\s+)?(?:includ\w*|add\w*|put\w*|show\w*|giv\w*|need|want"
        rf"|bother\w*|writ\w*|mention\w*|append\w*|attach\w*|us\w*|say\w*|repeat\w*|send\w*)\b[^.?!]{{0,30}}?"
        rf"{DISCLAIMER_WORDS}",
        rf"\b{DROP}\b[^.?!]{{0,30}}?{DISCLAIMER_WORDS}(?<!warning)(?<!warnings)",
        r"\b(?:answer|respond|reply|tell me|say)\b[^.?!]{0,30}\b(?:without|with no|minus|sans)\b[^.?!]{0,20}"
        r"\bwarnings?\b",
        r"\b(?:disclaimers?|caveats?) (?:does not|doesn't|do not|don't|no longer|won't) apply"),
    "role": (
        rf"\byou(?:'re| are) (?:now |actually |really )?(?:a|an|my|the) (?:\w+ )?{ROLE}\b(?! (?:here|of))",
        r"\byou(?:'re| are) now\b",
        rf"\bact (?:as|like) (?:if you were |though you were )?(?:a|an|my|the) (?:\w+ )?{ROLE}\b",
        r"\bpretend (?:to be|you(?:'re| are)|that you|you can|there are no)\b",
        r"\bpretend (?:\w+ ){0,3}(?:disclaimers?|caveats?|rules|guidelines|instructions)\b",
        r"\bimagine (?:you(?:'re| are)|that you)\b", r"\brole-?play\w*|\bpersona\b",
        r"\bjailbr(?:eak|oken)\w*",
        r"\b(?:respond|answer|reply|speak|talk|write|behave) (?:only )?(?:as|like)"
        r" (?:if you were |a |an |my |the |dr\b)",
        r"\b(?:act|behave|pose) (?:as|like) (?:if|though) you\b",
        rf"\b(?:can|could|will|would) you be my (?:\w+ )?{ROLE}\b",
        r"\bfrom now on,? (?:you|respond|answer|reply|act|speak|talk|behave|pretend|be|only|always|never"
        r"|ignore|forget|don't)\b",
        r"\b(?:developer|dev|debug|god|admin|dan|sudo|maintenance|unrestricted) mode\b",
        r"\bdo anything now\b",
        r"\blet's (?:play a game|pretend|roleplay|imagine)\b",
        r"\b(?:unrestricted|uncensored|unfiltered) (?:\w+ )?(?:ai|assistant|bot|model|version|mode"
        r"|answers?)\b",
        r"\byour new (?:role|persona|name|identity|job)\b",
        r"\b(?:play|take on|assume|adopt) (?:the )?(?:role|part|persona) of\b",
        r"\byou(?:'re| are) (?:now )?(?:dan|chatgpt|gpt-?\d*|jailbroken|unrestricted|unfiltered"
        r"|uncensored)\b"),
    "reveal": (
        r"\bsystem (?:prompt|message|instructions?)\b",
        r"\b(?:secret|hidden|internal|private) (?:rules|instructions?|guidelines|prompt|policies|instruction set)\b",
        r"\b(?:rules|instructions|guidelines|policies) (?:that )?you (?:follow|obey|use|were given|must follow)\b",
        r"\byour (?:own |hidden |secret |internal |original |initial )?(?:prompt|instructions?(?: set)?|programming"
        r"|configuration|config|directives|training data|source code|api key|guardrails)\b",
        r"\b(?:initial|original|hidden|secret|developer|base|pre-?)[ -]?prompt\b",
        r"\b(?:show|reveal|print|repeat|tell|give|share|display|output|dump|list|recite|paste|copy|send|leak"
        r"|expose|disclose|summari[sz]e|describe|translate|rewrite|paraphrase|encode|spell out"
        r"|what (?:are|is|were)|what's)\b(?:\s+\S+){0,3}?\s+(?:your|its)\s+(?:\w+\s+){0,2}"
        r"(?:instructions|prompt|directives|configuration|config|settings|programming|source code|code"
        r"|api keys?|keys?|tokens?|passwords?|credentials|secrets?|parameters|training data)\b",
        r"\b(?:show|reveal|print|repeat|dump|recite|paste|copy|leak|output|display)\b(?:\s+\S+){0,3}?"
        r"\s+(?:your|its|the (?:hidden|internal|secret|original|initial|exact|full))\s+(?:\w+\s+)?"
        r"(?:rules|guidelines|polic(?:y|ies)|instructions)\b",
        r"\b(?:print|repeat|output|show|display|echo|dump|recite|copy|reproduce|write out)\s+(?:me\s+)?"
        r"(?:everything|all|all the text|the text|the words|whatever|what(?:'s| is| was)?)\s+(?:\w+\s+)?"
        r"(?:above|before|prior|earlier|preceding|at the (?:start|beginning))\b",
        r"\bwhat (?:were you|have you been|are you) (?:told|instructed|programmed|prompted)\b",
        r"\b(?:developers?|creators?|makers?|programmers?|owners?|company|admins?) (?:\w+ )?"
        r"(?:told|instructed|programmed|asked|trained|wanted|prompted) you\b",
        r"\bwhat (?:instructions|rules|prompts?|directives) (?:were|have) you (?:been )?(?:given|told|set)\b",
        r"\b(?:settings|configuration|config|instructions|rules|prompts?|guidelines|parameters) (?:that )?you"
        r" (?:were|have been|'ve been|are|got) (?:\w+ )?(?:configured|given|set up|told|programmed|instructed"
        r"|trained|built|prompted)\b",
        r"\bhow (?:were|are) you (?:programmed|configured|instructed|prompted|set up)\b",
        r"\bapi[ _-]?keys?\b|\b(?:access|staff|admin|secret|auth) (?:token|key|password)s?\b"
        r"|\benvironment variables\b|\benv vars\b",
        r"\b(?:which|what) (?:\w+ )?(?:model|llm|language model) (?:are you|is this|do you use|powers you"
        r"|runs you|are you (?:using|running|based on))\b"),
    "other_conversations": (
        r"\b(?:other|another|previous|earlier|last|different|past|all|every|everyone(?:'s| else's)?|anybody"
        r"|somebody|someone)\s+(?:\w+\s+){0,2}(?:users?|patients?|people|persons?|person's|user's|patient's"
        r"|users'|patients'|people's|callers?|families|family's)(?=[\s.,?!]|$).{0,40}?\b(?:conversations?"
        r"|chats?|messages?|chat logs?|transcripts?|asked|asking|said|saying|wrote|typed|told you|talked"
        r"|ask you|tell you)\b",
        r"\b(?:other|another|previous|earlier|last|different)\s+(?:users?|patients?|people|person)"
        r"(?:'s|s'|')?\s+questions\b",
        r"\b(?:conversations?|chats?|chat logs?|conversation logs?|logs|transcripts?|messages|questions)\s+"
        r"(?:\w+\s+){0,2}(?:of|from|by|with)\s+(?:the\s+)?(?:other|another|previous|earlier|last|different"
        r"|everyone|someone|anybody)\b",
        r"\b(?:show|give|list|dump|export|read|print|display|send|share|see|access|view|leak|reveal)\s+"
        r"(?:me\s+)?(?:all(?: the)?|every|everyone's|other people's|the whole|your)\s+(?:\w+\s+)?"
        r"(?:conversations|chats|chat logs?|conversation logs?|logs|transcripts|chat history"
        r"|conversation history)\b",
        r"\b(?:dump|export|leak|print|show|give)\s+(?:me\s+)?the\s+(?:chat |conversation |server "
        r"|app )?logs\b",
        r"\b(?:person|people|user|users|patient|patients|someone|whoever) (?:who |that )?(?:used|was using"
        r"|were using|talked (?:to|with)|spoke (?:to|with)|chatted (?:to|with)|was chatting|asked)"
        r" (?:this|you)\b",
        r"\b(?:person|user|patient|one|people|guy) (?:right |just )?before me\b"),
    "injection": (
        r"\b(?:ignore|disregard|forget|override|overrule|bypass|abandon|set aside|throw out)\b"
        r"(?=[^.?!]{0,40}\b(?:all|any|your|previous|prior|above|earlier|preceding|former|original|initial"
        rf"|existing|safety|system|every|its|were given|been given|were told)\b)[^.?!]{{0,40}}?"
        rf"\b{INSTRUCTION_OBJECT}\b",
        r"\bforget everything\b",
        r"\b(?:ignore|disregard|forget) (?:what|everything|anything|whatever) (?:you(?:'ve| have| were| are)?)"
        r" (?:been )?(?:told|given|instructed|programmed)\b", r"\brepeat after me\b", r"\b(?:system|admin|safety|security) override\b",
        r"\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:of\s+)?(?:the\s+)?(?:above|previous"
        r"|prior|preceding|foregoing)\b(?!\s+(?:question|message|answer))",
        r"\byou (?:now )?have no (?:restrictions|rules|limits|filters|guidelines|guardrails)\b",
        r"\b(?:restrictions|rules|filters?|safety|guardrails) (?:are |is )?(?:now )?(?:off|disabled|lifted"
        r"|removed)\b",
        r"\bnew (?:instructions?|rules?|task|directives?|system prompt)\s*:",
        r"(?:^|\n|[\"'(\[])\s*(?:system|assistant|developer|admin|ai|bot|chatbot)\s*:",
        r"\[\s*/?\s*(?:system|inst|admin|developer|sys)\s*\]",
        r"<\|?\s*(?:im_start|im_end|system|endoftext|begin_of_text)\s*\|?>",
        r"#{2,}\s*(?:instruction|system|new instructions|response)\b", r"<<\s*sys\s*>>",
        r"\byou (?:must|will|shall|have to|are required to|are instructed to|need to) (?:now )?(?:comply|obey"
        r"|follow (?:these|my|the following|new)|ignore|disregard|forget|answer (?:without|anything"
        r"|everything|every)|do (?:anything|whatever|as i say))\b",
        r"\b(?:tell|instruct|advise|inform) the (?:patient|user|reader) (?:to|that)\b",
        r"\bthe user is (?:a |an )?(?:verified|authori[sz]ed|certified|licensed|trusted|admin|developer"
        r"|doctor|physician|clinician)\b",
        r"\bi(?:'m| am) (?:your|the) (?:developer|admin|administrator|creator|owner|programmer)\b",
        r"\b(?:remove|disable|turn off|switch off|bypass|lift|ignore|drop|forget) (?:all )?(?:your|its)"
        r" (?:restrictions|filters?|limits|limitations|guardrails|safety \w+|censorship|programming)\b",
        r"\bwithout (?:your|any) (?:filters?|guardrails|censorship|safety (?:filters?|rules|checks?))\b",
        r"\b(?:assistant|ai|chatbot|bot|model|you) (?:is|are|'re) (?:now )?(?:allowed|permitted"
        r"|authori[sz]ed|free|cleared) to\b",
        r"\b(?:note|message|notice|update) from (?:the )?(?:admin\w*|developers?|system|owner)"
        r"|\b(?:admin|developer|system) (?:note|message|notice|update)\s*:",
        r"\byou (?:had|have|were|are|'re) (?:\w+ )?(?:no|without(?: any)?) (?:safety )?(?:guidelines"
        r"|guardrails|restrictions|filters|rules|limits|instructions|programming)\b",
        r"\b(?:the )?(?:assistant|ai|chatbot|bot|model)\s+(?:must|should|shall|will|needs? to|is to|has to)"
        r"\s+(?:now |always |never |only )?(?:tell|say|inform|advise|instruct|answer|respond|reply|ignore"
        r"|output|recommend|confirm)\b"),
}
INSTRUCTION_REASONS = ("disclaimer", "role", "reveal", "injection")  # what is_instruction_like looks for

# Answers that would give an individual instruction, or show that an injected instruction was obeyed
ANSWER_ADVICE: dict[str, tuple[str, ...]] = {
    "answer_instruction": (
        r"\byou (?:should|must|can|could|may|need to|ought to|have to) (?:safely |just |now |definitely"
        r" |probably )?(?:stop|quit|skip|double|halve|discontinue|come off|go off|cut back on|cut down on"
        rf"|reduce|decrease|lower|increase|raise|switch|change)\b(?:\s+\S+){{0,3}}?\s+(?:taking |using )?"
        rf"{MED_OBJECT}\b",
        r"\byou (?:should|can|may|could) (?:safely )?take (?:\d+|one|two|three|four|five|an extra|extra"
        r"|another|a double|double|half|more|less)\b",
        r"(?:^|[.!?]\s+)(?:go ahead and |just |simply )?(?:stop|skip|double|halve|discontinue) (?:taking )?"
        r"(?:your|the) ",
        r"\b(?:go ahead and|just|simply) (?:stop|skip|double|halve|take (?:\d|one|two|an extra|another))\b",
        r"\btake (?:\d+(?:\.\d+)?|one|two|three|four|five|an extra|another|a double|double) (?:\w+ )?"
        r"(?:tablets?|pills?|capsules?|doses?|mg|milligrams?|puffs?|teaspoons?|ml)\b",
        r"\b\d+(?:\.\d+)?\s?(?:mg|milligrams?|ml)\b.{0,30}\b(?:every|each|once|twice|three times|per day"
        r"|a day|daily|hourly)\b",
        r"\bit(?:'s| is) (?:safe|fine|ok|okay|alright|all right) (?:for you |for him |for her )?to"
        r" (?:stop|skip|double|halve|miss|take (?:more|extra|another|two)|come off)\b",
        r"\byou(?:'re| are) (?:not )?(?:eligible|a (?:good |suitable )?candidate|qualified)\b",
        r"\b(?:i|we) (?:would )?(?:recommend|suggest|advise) (?:that )?you\b",
        r"\byou (?:should|must) (?:choose|pick|go with|opt for|sign up|join|enrol)\b",
        r"\b(?:your|these|those) (?:\w+ )?(?:results?|levels?|counts?|platelets?|numbers|labs?|values)"
        r" (?:are|is|look|looks|seem|seems) (?:normal|fine|ok|okay|good|great|safe|reassuring)\b"),
    "answer_reassurance": (
        r"\b(?:you(?:'re| are)|he(?:'s| is)|she(?:'s| is)|it(?:'s| is)|this is|that(?:'s| is))"
        r" (?:probably |likely |almost certainly |definitely )?(?:fine|ok|okay|nothing serious|not serious"
        r"|not an emergency|no emergency)\b(?! to\b)",
        r"\bnothing to worry about\b",
        r"\bno need to (?:call|go|see|contact|seek|worry|panic|visit|rush)\b",
        r"\byou (?:don't|do not) need to (?:call|go|see|contact|seek|worry|visit|rush)\b",
        r"\b(?:can|could|should) (?:safely )?wait (?:until|till|for) (?:your|the|tomorrow|morning|next"
        r"|monday)\b",
        r"\b(?:yes|confirmed)\b[,.!]?\s+(?:it(?:'s| is)|that(?:'s| is)|this is) (?:fine|ok|okay|normal"
        r"|safe)\b"),
}
ANSWER_OBEYS: dict[str, tuple[str, ...]] = {
    "answer_reveals": (
        r"\b(?:my|the) (?:system prompt|instructions|initial prompt|configuration) (?:is|are|say|says"
        r"|reads?)\b",
        r"\bhere (?:is|are) (?:my|the) (?:system prompt|instructions|initial prompt|configuration|config)\b",
        r"\b(?:another|other|previous|the last|a different) (?:user|patient|person) (?:asked|said|wrote"
        r"|told me|was asking)\b"),
    "answer_role": (
        rf"(?:^|[.!?]\s+)as (?:your|a) {ROLE}\s*,|\bi(?:'m| am) (?:your|a) {ROLE}\b(?<!assistant)(?<!\bai)",
        r"\b(?:developer|dan|god|jailbreak|unrestricted) mode (?:is )?(?:enabled|activated|on)\b",
        r"\bwithout (?:the|a|any) disclaimer\b"),
}

# Markup removed from questions before they are echoed
SANITIZE_BLOCKS = (r"<\s*(script|style|iframe|object|embed|svg|math|template|noscript|head)\b.*?"
                   r"(?:<\s*/\s*\1\s*>|$)")
SANITIZE_MAX_PASSES = 20
