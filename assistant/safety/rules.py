"""Safety rules as data: red-flag patterns, framing cues, advice and manipulation patterns, thresholds."""

from __future__ import annotations

from typing import NamedTuple

# Patterns are regex fragments matched against normalised text: lower case, straight quotes, negative
# contractions spelled "can't"/"won't"/"don't", common misspellings mapped to one spelling (SPELLINGS).

FEVER_C = 38.0
FEVER_F = 100.4
CELSIUS_RANGE = (34.0, 44.5)
FAHRENHEIT_RANGE = (93.0, 112.0)
TEMPERATURE_TALK = r"\b(?:temp\w*|fever\w*|thermometer|warm|hot|chills|shiver\w*|burning up)\b"
NOT_A_UNIT = (r"(?!\s*(?:kgs?|lbs?|pounds|mg|ml|%|cm|mm|years?|yrs?|weeks?|days?|hours?|hrs?|mins?|minutes?|k\b"
              r"|x\b|/|percent|mmol|g/?dl|units?))")
RECENT_USER_TURNS = 3  # earlier user turns read together with the current message for red flags
NEGATION_WINDOW_WORDS = 4
CONTEXT_CHARS = 80  # how far before a symptom subjects, negations and if-clauses are looked for

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
    "vomiting": ("vommiting", "vomitting", "vomitting"),
    "petechiae": ("petechia", "petichiae", "petechie", "petecchiae", "petichia"),
    "shivering": ("shivvering", "shivring", "shiverin"),
    "chills": ("chils",),
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

FAMILY = (r"(?:mum|mom|mommy|mummy|mam|mother|dad|daddy|father|husband|hubby|wife|partner|son|daughter|child"
          r"|kid|baby|boyfriend|girlfriend|grandma|gran|granny|nan|nana|grandad|granddad|grandpa|grandfather"
          r"|grandmother|brother|sister|uncle|aunt|auntie|fiance|fiancee|spouse|toddler|teenager)")
SUBJECT = (rf"(?:i|i'm|i've|we|we're|he|he's|she|she's|they|they're|(?:my|his|her|our) \w+|{FAMILY}"
           r"|there(?:'s| is| are)|the (?:person|patient|man|woman|lady|guy) (?:i|we)(?:'m| am|'re| are)? "
           r"(?:care for|caring for|look after|looking after))")
OWNER = rf"(?:my|his|her|their|our|this|these|{FAMILY}'s)"
# Words that may stand between a subject and its symptom: "she's been really", "I have a", "he keeps".
FILLER = (r"(?:is|are|was|were|'s|'re|'m|has|have|had|'ve|been|being|be|to be|to have|to feel|got|gotten"
          r"|getting|get|gets|feel|feels|feeling|felt|seem|seems|seemed|look|looks|looking|looked|having"
          r"|started|starting|developed|developing|noticed|still|just|also|really|very|so|suddenly|now"
          r"|keeps|keep|kept|a|an|some|bit|little|lot|pretty|quite|kind of|kinda|sort of|more|and|too"
          r"|extremely|super|constant|constantly|high|bad|severe|new|with|up|like|gone|went|become|became"
          r"|becoming|come|came|all|totally|completely|increasingly|slightly|awful|terrible|sudden|strange"
          r"|weird|the|experiencing|experienced|complaining of|complains of|showing|shows|showed|signs of"
          r"|acting|act|acts|again|back|spiked|spiking|running|ran)")
OWNER_GAP_STOP = (r"(?:about|on|regarding|of|for|from|in|to|mentions?|says?|said|lists?|talks?|explains?"
                  r"|describes?|covers?|questions?|guide|leaflet|booklet|doctor|nurse|team|notes?|watch)")

MED_NAMES = (r"(?:meds?|medicines?|medications?|pills?|tablets?|capsules?|drugs?|prescriptions?|tacrolimus"
             r"|prograf|tacro|cyclosporine|ciclosporin|sirolimus|mycophenolate|cellcept|mmf|prednisone"
             r"|prednisolone|pred|steroids?|dexamethasone|immunosuppress\w*|anti-?rejection \w+|antivirals?"
             r"|acyclovir|aciclovir|valacyclovir|valtrex|letermovir|antibiotics?|antifungals?|posaconazole"
             r"|fluconazole|voriconazole|bactrim|septrin|septra|co-?trimoxazole|penicillin|prophylaxis"
             r"|tylenol|paracetamol|acetaminophen|ibuprofen|advil|motrin|nurofen|aspirin|naproxen|aleve"
             r"|nsaids?|painkillers?|pain (?:meds|medicine|killers?)|keppra|levetiracetam|blood thinners?"
             r"|warfarin|heparin|eliquis|apixaban|insulin|magnesium|potassium|supplements?|vitamins?|iron"
             r"|injections?|shots?|jabs?|antihistamines?|benadryl|sleeping (?:pills|tablets)|melatonin|cbd"
             r"|herbal \w+|chemo|hydroxyurea|ruxolitinib|jakafi|omeprazole|ondansetron|zofran"
             r"|anti-?(?:sickness|nausea) \w+|laxatives?|loperamide|imodium|filgrastim|neupogen|ivig|doses?"
             r"|dosage)")
MED_OBJECT = rf"(?:{MED_NAMES}|it|them|this|these)"
LAB = (r"(?:platelets?|platelet count|plt|wbc|white (?:blood )?(?:cell )?count|white cells|neutrophils?|anc"
       r"|ha?emoglobin|hgb|hb|red (?:blood )?(?:cell )?count|rbc|lymphocytes?|cd4|cd19|igg|immunoglobulins?"
       r"|ferritin|crp|creatinine|e?gfr|alt|ast|bilirubin|liver (?:enzymes|function|tests?|numbers|levels)"
       r"|kidney (?:function|numbers|levels)|sodium|potassium|magnesium|calcium|glucose|blood sugar|inr"
       r"|d-dimer|fibrinogen|il-?6|trough|levels?|labs?|lab (?:results?|work|numbers|values|tests?)"
       r"|blood (?:work|results?|tests?|counts?|numbers|levels)|cbc|counts?|numbers|results?|scans?|biopsy"
       r"|chimerism|viral load|mrd|oxygen (?:sats?|saturation|levels?)|blood pressure|bp|heart rate|pulse)")
TREATMENT = (r"(?:car-t|gene therapy|cell therapy|(?:stem cell |bone marrow )?transplant|(?:clinical )?trial"
             r"|study|treatment|therapy|chemo|radiation|surgery|option|kymriah|yescarta|tecartus|breyanzi"
             r"|abecma|carvykti|zolgensma|casgevy|lyfgenia|hemgenix|donor|cord blood|haplo\w*|autologous"
             r"|allogeneic|vaccines?|booster|infusion)")


class RedFlag(NamedTuple):
    """One red-flag category: strong phrases describe a current event on their own; weak ones need framing."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]
    qualifier: str = ""  # when set, the recent user text must also match it (e.g. "severe", "spreading")


HAVE = r"(?:have|has|had|'ve got|'s got|got|with|running)"
TIME_WORDS = r"(?:today|tonight|this (?:morning|afternoon|evening)|yesterday|last night)"
RED_FLAGS: dict[str, RedFlag] = {
    "fever": RedFlag(
        strong=(r"burning up", r"running (?:a |an )?(?:high |slight )?(?:fever|temp|temperature)\b(?! of)",
                rf"{HAVE} (?:a |an )?(?:high |slight |low-grade )?(?:temp|temperature)\b(?! of)",
                r"(?:spiked?|spiking) (?:a )?(?:fever|temp\w*)"),
        weak=(r"fever(?:s|ish)?", r"high temp\w*", r"pyrexi\w*", r"febrile", r"hot to the touch",
              r"temp\w* (?:is |was |'s |has been |keeps )?(?:\w+ )?(?:high|raised|elevated|rising|spiking|up)\b",
              r"feels? (?:really |very |so )?hot")),
    "chills": RedFlag(
        strong=(r"can't stop (?:shivering|shaking)",),
        weak=(r"chills", r"shiver\w*", r"shivery", r"rigou?rs", r"teeth (?:are )?chattering", r"cold sweats?")),
    "neurotoxicity": RedFlag(
        strong=(r"can't (?:wake|rouse) (?:him|her|them|my \w+|\w+ up)", r"won't wake(?: up)?",
                r"(?:hard|difficult|impossible) to (?:wake|rouse)", r"barely (?:wake|rouse|awake)",
                r"(?:talking|speaking) (?:gibberish|nonsense)", r"not making (?:any )?sense",
                r"(?:having|had|has|is having) (?:a |another )?(?:seizure|fit)s?\b", r"seizing",
                r"doesn't (?:know|recogni[sz]e) (?:me|us|where|who|what)",
                r"(?:doesn't|can't|didn't) remember (?:my name|where|who|what (?:day|year|month))",
                r"(?:mixing|mixed|muddling|muddled) up (?:\w+ )?words",
                r"(?:calls?|calling|called) (?:me|us|him|her|them|\w+) (?:by )?(?:the wrong name|\w+'s name)"),
        weak=(r"confused", r"confusion", r"disorient\w*", r"delirious", r"delirium", r"gibberish", r"jumbled",
              r"garbled", r"slurr\w*", r"hallucinat\w*", r"seeing things", r"word[- ]finding",
              r"(?:trouble|difficulty|problems?|hard time|struggl\w*|can't|couldn't|unable to|not able to|hard)"
              r" (?:\w+ ){0,2}(?:speak\w*|talk\w*|say\w*|writ\w*|find\w* (?:\w+ ){0,2}"
              r"words|get\w* (?:the |his |her |my )?words out|stay\w* awake|wak\w*)(?! (?:to|about|with|up to))",
              r"handwriting (?:\w+ ){0,3}(?:messy|changed|worse|shaky|illegible|wobbly|looks|different|off|odd"
              r"|strange|weird|bad)",
              r"(?:very|really|so|super|unusually|extremely|excessively|abnormally) (?:sleepy|drowsy|lethargic)",
              r"drows\w*", r"lethargic", r"sleeping (?:all day|a lot|so much|more than usual|constantly)",
              r"(?:keeps?|kept) (?:falling asleep|nodding off|dozing off)", r"seizures?", r"convuls\w*",
              r"shaking", r"shaky", r"trembl\w*", r"tremors?", r"twitch\w*", r"jerking", r"neurotox\w*",
              r"icans", r"crs", r"cytokine (?:release|storm)\w*", r"not (?:him|her|my|them|your)sel(?:f|ves)",
              r"can't think (?:straight|clearly|properly)", r"words (?:are |keep )?(?:coming|come|came) out (?:all )?"
              r"(?:wrong|jumbled|mixed up|muddled|funny|weird|slurred)")),
    "collapse": RedFlag(
        strong=(r"passed out", r"fainted", r"collapsed", r"blacked out", r"lost consciousness", r"unconscious",
                r"unresponsive", r"not responding(?! to (?!me\b|us\b|anyone|anything|voices?))", r"(?:feel|feeling|felt) (?:very |really )?faint"),
        weak=(r"low blood pressure", r"(?:blood pressure|bp) (?:is |has |keeps )?(?:\w+ )?(?:low|dropp\w*)",)),
    "bleeding": RedFlag(
        strong=(r"won't stop bleeding",
                r"(?:bleeding|nosebleed|nose bleed|it) (?:won't|doesn't|hasn't|isn't|can't) (?:\w+ )?stop",
                r"(?:can't|couldn't|hasn't|haven't|won't|doesn't) stop(?:ped)? (?:the )?(?:bleeding|nosebleed)",
                r"(?:coughing|vomiting|throwing|peeing|pooping|spitting|puking) (?:up )?(?:lots of )?blood"),
        weak=(r"blood (?:when|whenever|every time) (?:i|he|she|they) (?:pee|wee|poo|poop|cough|spit|go|brush)",
              r"blood in (?:my |his |her |the )?(?:urine|pee|stool|stools|poo|poop|vomit|sick|spit|phlegm)",
              r"bloody (?:nose|stool|urine|diarrhea|vomit)", r"black (?:tarry )?(?:stools?|poo|poop)", r"bleed\w*", r"nose ?bleeds?", r"bruis\w*", r"petechiae", r"purpura",
              r"(?:tiny|small|little|pinpoint|pin-point|pinprick|pin prick|lots of) (?:\w+[ -]){0,2}(?:red|purple"
              r"|purplish|dark|purple-red|red-purple) (?:\w+ )?(?:spots|dots|marks|specks)",
              r"(?:red|purple) (?:pin ?point |pinprick )?(?:spots|dots|specks) (?:on|all over|everywhere)")),
    "breathing": RedFlag(
        strong=(r"(?:i|he|she|they|we|baby) can't (?:\w+ )?breathe", r"not breathing", r"stopped breathing",
                r"can't (?:catch|get) (?:my|his|her|a) breath", r"gasping"),
        weak=(r"choking", r"(?:short|shortness) of breath", r"breathless\w*", r"out of breath", r"wheez\w*",
              r"(?:trouble|difficulty|difficult|hard|struggl\w*|problems?|labou?red|unable to|hard time)"
              r" (?:\w+ ){0,2}breath\w*", r"lips (?:are |look |going |turned |turning )?(?:\w+ )?blue",
              r"blue lips", r"breathing (?:is |seems |sounds )?(?:very |really )?(?:fast|rapid|shallow|noisy"
              r"|weird|strange|labou?red|heavy|funny|hard)", r"low oxygen",
              r"oxygen (?:sats? |saturation |levels? )?(?:is |are )?(?:low|dropp\w*|down|8\d ?%)")),
    "chest_pain": RedFlag(
        strong=(),
        weak=(r"heart attack", r"chest (?:\w+ ){0,2}(?:pains?|hurts?|hurting|ache|aches|aching|tight\w*|pressure|heav\w*"
              r"|discomfort|squeez\w*|burn\w*)",
              r"(?:pain|pressure|tightness|heaviness|ache|discomfort) (?:\w+ ){0,2}(?:in|across|on) (?:my |his "
              r"|her |the )?chest", r"heart (?:is )?(?:racing|pounding|fluttering|skipping|beating (?:really |very"
              r" |so )?fast)", r"palpitations", r"racing heart")),
    "stroke": RedFlag(
        strong=(),
        weak=(r"(?:having|had|has) a stroke", r"(?:face|mouth|smile|lip|eyelid)s? (?:is |are |looks? |seems? |has |started )?(?:\w+ )?"
              r"(?:droop\w*|lopsided|uneven|crooked|sagg\w*)", r"droop\w* (?:face|mouth|smile|on one side)",
              r"one side of (?:my|his|her|the) (?:face|body) (?:\w+ ){0,2}(?:droop\w*|numb|weak|limp|tingl\w*)",
              r"(?:arm|leg|hand|side) (?:\w+ ){0,2}(?:weak|weakness|numb|limp|dead|won't move|can't move)",
              r"(?:weak|weakness|numbness|numb|limp) (?:\w+ ){0,3}(?:arm|leg|hand|one side|left side|right side)",
              r"slurr\w*", r"stroke", r"worst headache", r"(?:sudden|thunderclap) (?:\w+ ){0,2}headache",
              r"(?:lost|losing|loss of) (?:\w+ )?vision", r"blurr\w* vision", r"double vision")),
    "diarrhea": RedFlag(
        strong=(),
        weak=(r"diarrhea", r"the runs", r"(?:loose|watery|runny) (?:stools?|bowels?|poo|poop)"),
        qualifier=(r"severe|really bad|terrible|awful|constant\w*|non-?stop|won't stop|keeps?|kept|repeated\w*"
                   r"|lots of|a lot|many times|several times|multiple times|again and again|every (?:hour|half"
                   r" hour|\d+ minutes)|all (?:day|night|morning)|\d+ times|(?:two|three|four|five|six|seven"
                   r"|eight|nine|ten|a dozen) times|watery|bloody|explosive|can't keep up|dehydrat\w*|dizzy"
                   rf"|since (?:yesterday|last night|this morning|\w+day)|for (?:\d+|two|three|several|a few|few)"
                   r" (?:days|hours)")),
    "rash": RedFlag(
        strong=(),
        weak=(r"rash\w*", r"hives", r"welts", r"blister\w*", r"peeling skin", r"skin (?:is )?peeling"),
        qualifier=(r"spread\w*|all over|everywhere|whole body|getting (?:bigger|worse)|growing|blister\w*"
                   r"|peel\w*|covering|covers|over (?:his|her|my) (?:whole|entire)|to (?:my|his|her) (?:chest"
                   r"|back|face|arms|legs|stomach|belly|neck)")),
    "jaundice": RedFlag(
        strong=(),
        weak=(r"(?:skin|eyes?|whites of (?:my|his|her|the) eyes) (?:\w+ ){0,3}(?:yellow\w*|jaundic\w*)",
              r"yellow\w* (?:\w+ )?(?:skin|eyes?|tinge)", r"jaundic\w*",
              r"(?:look|looks|looking|turned|turning|gone|going|went) (?:a bit |quite |very )?yellow",
              r"(?:dark brown|tea[- ]colou?red|cola[- ]colou?red) (?:urine|pee)")),
    "vomiting": RedFlag(
        strong=(r"can't keep (?:anything|fluids|water|food|meds|medicine|pills|it) down",),
        weak=(r"(?:vomit\w*|throwing up|being sick|puking) (?:\w+ ){0,3}(?:non-?stop|all (?:day|night)"
              r"|constantly|repeatedly|every (?:hour|time)|\d+ times|everything)",)),
    "infection": RedFlag(
        strong=(),
        weak=(r"(?:line|picc|port|catheter|hickman|central line) (?:site )?(?:\w+ ){0,3}(?:red|swollen|pus"
              r"|oozing|leaking|hot|infected)",)),
}
SELF_HARM = RedFlag(
    strong=(r"kill(?:ing)? (?:my|him|her|them)sel(?:f|ves)", r"end(?:ing)? (?:my|his|her) (?:own )?li(?:fe|ves)",
            r"end it all", r"ending it\b(?! (?:early|sooner))", r"take (?:my|his|her) (?:own )?life",
            r"(?:hurt|harm|cut)(?:ting|ing)? (?:my|him|her)self", r"(?:want|wants|wanna|wish|wishing) (?:to|i"
            r" was|i were|i could|he could|she could) (?:die|be dead|not wake up|disappear for good)",
            r"better off (?:dead|without (?:me|him|her))", r"(?:don't|doesn't) want to (?:live|be alive|be here"
            r"|go on|wake up)", r"no (?:reason|point) (?:to|in) (?:live|living|going on|being alive)",
            r"don't see the point (?:anymore|in (?:living|anything|going on))", r"not worth living",
            r"can't go on(?: like this| anymore|\s*$|\s*[.!])", r"(?:want|going|plan|planning|thinking about|thought about) (?:to )?(?:overdose|od)\b",
            r"take all (?:of )?(?:my|his|her|the) (?:pills|tablets|meds)", r"jump off (?:a |the )?(?:bridge|roof|building|cliff|balcony)", r"hang (?:my|him|her)self"),
    weak=(r"suicid\w*", r"self[- ]?harm\w*", r"overdos\w*"),
)

# Framing cues, each matched within one sentence.
IDIOMS = (r"\bi'm (?:(?:a bit|a little|bit|so|very|really|totally|quite|kind of|kinda|sort of|still|just"
          r"|slightly|rather|super|getting|all) ){0,2}confused\b(?! and)",
          r"\bconfus\w* (?:about|by|with|on|over|as to|regarding|re|whether|between|why|what|how|which|when"
          r"|where|if|because|at|that)\b", r"\bconfusing\b",
          r"\b(?:anti-?seizure|seizure (?:prophylaxis|medicines?|meds|medication|prevention|precautions))\b",
          r"\bfever[- ](?:reduc\w*|medicines?|meds|tablets?|pills?)\b", r"\bshak\w* (?:hands|my head)\b",
          r"\bbreathing (?:exercises?|tests?|machine|treatments?)\b", r"\bchest (?:x-?rays?|ct|scans?|port)\b",
          r"\bblood (?:tests?|work|counts?|draws?|results?|type|cancers?|cells?|transfusions?|thinners?)\b")
NEGATION = r"(?:\b(?:no|not|never|without|denies|deny|nor|none|zero)\b|n't\b|\bno longer\b)"
CLAUSE_BREAK = r"(?:[,;:]|\b(?:but|although|though|however|yet|except|then|now)\b)"
RESOLVED = (r"\b(?:years? ago|months? ago|last (?:year|month)|in the past|history of|used to|went away|gone away"
            r"|(?:has|have|is|are|'s) gone(?: now|\s*[.!,]|\s*$)|resolved|cleared up|went down|came down|back in \d+|previously"
            r"|before (?:my|the|his|her) (?:car-t|transplant|treatment|infusion|therapy)|as a (?:kid|child)"
            r"|during (?:my|his|her|the) (?:hospital stay|admission|stay)|last time)")
CURRENT = (r"\b(?:right now|now|currently|at the moment|atm|today|tonight|this (?:morning|afternoon|evening)"
           r"|since (?:yesterday|last \w+|this \w+|the (?:morning|weekend|infusion|transplant|treatment)|\w+day|then"
           r"|earlier|lunch\w*|breakfast|dinner|bedtime|waking|(?:i|he|she|we) woke|\d|about \d|around \d|morning"
           r"|tonight)|for (?:the (?:last|past) )?(?:\d+|a few|few|several|two|three|a couple of|couple of)"
           r" (?:minutes|hours|days)|all (?:day|night|morning)|keeps?|kept|started|starting to|just (?:now"
           r"|started|had|noticed)|woke up|getting worse|(?:an|one|two|\d+) hours? ago"
           r"|minutes ago|last night|yesterday|came back)\b")
HYPOTHETICAL = (r"\b(?:if|in case|what if|will (?:i|he|she|we|they|my \w+|it)|(?:am|are|is) (?:i|we|he|she|they)"
                r" (?:going|likely) to|suppose|supposing|whenever|in the future|later on|should (?:i|he|she"
                r"|we|they) (?:get|develop|have|start|notice)|when (?:i|he|she|we|they|you|someone|a patient"
                r"|patients|people|my \w+) (?:get|gets|develop|develops|have|has|start|starts|notice|notices"
                r"|experience|experiences|go|goes)|ever (?:get|gets|develop|have|has|had))\b")
NOT_CONDITIONAL = (r"\b(?:not sure|unsure|(?:don't|didn't) know|wonder\w*|asking|ask(?:ed)? (?:you|them|the \w+)"
                   r"|check\w*|tell me|no idea|can't tell|find out|see|unclear|decide) if\b")
FRAME = (r"\b(?:(?:warning )?signs?|symptoms?|red flags?)\b|\bwatch(?:ing)? (?:out )?for\b|\blook(?:ing)? (?:out )?"
         r"for\b|\bkeep an eye\b|\bbe aware of\b|\bwhat (?:is|are|does|do(?! (?:i|we) do)|causes?|happens|counts?|temperature"
         r"|kind|sort|types?|exactly)\b|\bwhat's\b|\bwhich\b|\bwhy\b|\bhow (?:do|does|can|long|often|common"
         r"|likely|is|are|soon|high|serious|would|much|many)\b|\bwho (?:gets|is at risk)\b|\bis (?:it|there)"
         r" (?:normal|common|possible|usual|typical|expected|likely|a risk|a chance|any)\b|\bcan (?:car-t|gene"
         r" therapy|cell therapy|a transplant|transplants?|treatment|chemo|this|it|steroids) (?:cause|lead to"
         r"|trigger|give)\b|\bcause[sd]?\b|\brisks?\b|\bchances?\b|\bmeans?\b|\bmeaning\b|\bdefin\w*|\bdiffer\w*"
         r"|\bstand for\b|\bcounts? as\b|\bconsidered\b|\bexplain\b|\btell me about\b|\bside effects?\b"
         r"|\b(?:is|are) (?:common|rare|normal|usual|a sign|a symptom|a side effect)\b|\bcan (?:happen|occur)\b"
         r"|\bmay (?:happen|occur|cause)\b|\bmention\w*|\bleaflet\b|\bbooklet\b|\bguides?\b|\bwas told\b"
         r"|\bwere told\b|\bread (?:that|about)\b|\bheard\b|\blearn\w*|\bprevent\w*|\bavoid\w*|\btreat\w*"
         r"|\bmanag\w*|\bhandle\b|\bdeal with\b|\babout\b(?! (?:\d|an? hour|two|three|four|five|ten))"
         r"|\bworried (?:about|that)|\bafraid of\b|\bscared of\b|\bcaregivers?\b|\bcarers?\b")
GENERIC_SUBJECT = (r"\b(?:patients|people|someone|somebody|anyone|everyone|a person|individuals|recipients"
                   r"|a patient|children|kids|adults|you (?:can|may|might|could|will|should|need|must))\b")
QUESTION_START = (r"^(?:what|which|why|how|who|whom|where|when|is|are|am|can|could|does|do|did|should|would"
                  r"|will|was|were|has|have|any|tell|explain|list|describe)\b")
REPORT_MAX_WORDS = 14
REPORT_LEAD_WORDS = 3  # a report names the symptom early ("coughing up blood") or speaks of a person
PERSONAL = rf"\b(?:i|i'm|i've|me|my|we|our|he|he's|she|she's|his|him|her|they|their|{FAMILY})\b"
GENERAL_VERB = (r"\b(?:is|are|was|were|can|may|might|could|will|would|should|must|include|includes|including"
                r"|cause|causes|occur|occurs|happen|happens|affect|affects|means|lead|leads|result|results)\b")
ACTION_ASK = (r"\bwhat (?:should|do|can|must) (?:i|we) do\b|\bwhat to do\b|\bshould (?:i|we) (?:go|call|take"
              r" (?:him|her|them)|ring|phone)\b|\bdo (?:i|we) (?:need|have) to (?:go|call|ring)\b|\bis (?:this"
              r"|that|it) (?:normal|serious|an emergency|bad|dangerous|ok|okay|worrying|something to worry"
              r" about)\b|\bshould (?:i|we) (?:be )?(?:worried|concerned|panic)\b|\b(?:please help|help me|help us|need help|help!)|\burgent\b")

WHO = rf"(?:i|we|he|she|they|my \w+|{FAMILY})"
ASK_IF_OK = (rf"(?:(?:should|can|could|may|must|shall|do) {WHO}|is it (?:ok|okay|safe|fine|alright|all right|bad"
             rf"|possible) (?:for (?:me|him|her|us|them) )?(?:to|if {WHO})|would it be (?:ok|okay|safe|fine|bad)"
             rf" (?:for (?:me|him|her) )?(?:to|if {WHO})|am i (?:allowed|able) to|how (?:do|can|should) (?:i|we))")
PERSONAL_ADVICE: dict[str, tuple[str, ...]] = {
    "medication_change": (
        rf"\b{ASK_IF_OK}\s+(?:just |still |safely )?(?:stop|quit|skip|miss|double(?: up)?|halve|cut(?: down| back)?|reduce|decrease|lower"
        rf"|increase|raise|up|change|switch|swap|come off|go off|get off|taper|wean|restart|resume|discontinue"
        rf"|pause|hold off|drop)\b(?:\s+\S+){{0,5}}?\s+(?:taking |using |on )?{MED_OBJECT}\b",
        rf"\b(?:should|can|could|may|do) {WHO} (?:just |still )?(?:stop|quit|keep|skip|continue|start)"
        r" (?:taking|using)\b",
        rf"\bshould {WHO} (?:be taking|be on|start|begin|take|get) (?:\S+ ){{0,3}}?{MED_NAMES}\b",
        rf"\b(?:can|could|should|may) {WHO} (?:go|come|drop|cut|step|taper) (?:down|up|back) (?:to )?(?:\d|half|one"
        r"|two|a lower|a higher)",
        rf"\bhow long (?:should|do|must) {WHO} (?:keep |stay |be )?(?:taking|on|take)\b",
        rf"\b(?:do|does) {WHO} (?:still )?(?:need|have) to (?:take|keep taking|continue|be on|stay on)"
        rf"(?:\s+\S+){{0,3}}?\s+{MED_NAMES}\b",
        rf"\b{WHO} (?:want to|wants to|(?:am|'m|is|'s) (?:thinking|planning) (?:of|about)|plan to|(?:am|'m|is|'s)"
        rf" going to|stopped|skipped|doubled|halved) (?:\w+ )?(?:stop\w*|skip\w*|doubl\w*|halv\w*|taking"
        rf"|my|his|her)?\s*(?:\S+\s+){{0,2}}?{MED_NAMES}\b"),
    "dose": (
        rf"\b(?:dose|dosage|amount|how much|how many) (?:of \S+ )?{WHO} should (?:take|give|have|be on|use)\b",
        rf"\bhow (?:much|many)(?:\s+\S+){{0,4}}?\s+(?:should|can|do|could|must|may|shall|is|are)\s+{WHO}\b"
        r"(?:\s+\S+){0,3}?\s+(?:take|have|give|be on|use|get)\b",
        r"\b(?:what|which|the|right) (?:dose|dosage|amount|strength)\b(?:\s+\S+){0,3}?\s+(?:should|can|do|could"
        r"|must|is right for|for)\s+(?:i|me|we|he|she|him|her|my)\b",
        r"\b(?:is|are) (?:my|his|her) (?:\w+ )?(?:doses?|dosage) (?:too|right|correct|ok|okay|enough|safe)\b",
        r"\b(?:is|are) \d+(?:\.\d+)? ?(?:mg|milligrams?|ml|g|tablets?|pills?)\b.{0,30}\b(?:safe|ok|okay|too much"
        r"|enough|fine|right) for (?:me|him|her|my \w+)",
        rf"\b(?:should|can|could|may|do) {WHO} (?:take|have|give (?:him|her|them)?) (?:\d+|one|two|three|four"
        r"|an extra|extra|another|a double|double|more|less|half|a second|the missed)\b",
        r"\b(?:missed|forgot|skipped|forgotten) (?:to take )?(?:a|my|his|her|one|the|this morning's|last night's"
        r"|yesterday's|two|\w+'s) (?:\w+ )?(?:dose|doses|pills?|tablets?|meds?|medication|medicine|tacrolimus)\b"),
    "medication_use": (
        rf"\b{ASK_IF_OK}\s+(?:take|have|use|give (?:him|her|them|\w+ \w+)|mix|combine|drink alcohol with"
        rf"|drink)\b(?:\s+\S+){{0,4}}?\s+(?:with\s+)?(?:my |his |her )?{MED_NAMES}\b(?!\s+(?:during|after"
        r"|before|when) (?:car-t|gene|transplant|treatment))",),
    "lab_values": (
        rf"\b(?:my|his|her|our|{FAMILY}'s) (?:\S+ ){{0,2}}{LAB}\b(?:\s+\S+){{0,4}}?\s+(?:is|are|was|were|came back"
        r"|come back|at|of|went|gone|dropped|fell|rose|jumped|up|down|only|just|=|:)\s*(?:to |at |down to |up to"
        r" |about |around )?[<>]?\d",
        rf"\b(?:my|his|her|our|{FAMILY}'s) (?:\S+ ){{0,2}}{LAB}\b.{{0,60}}?\b(?:normal|ok|okay|good|bad|too (?:low"
        r"|high)|low|high|dangerous|worrying|concerning|mean|means|worry|worried|concerned|safe|enough|fine)\b",
        rf"\b(?:interpret|read|explain|look at|check|understand|analy[sz]e) (?:\w+ ){{0,2}}(?:my|his|her|these)"
        rf" (?:\w+ ){{0,2}}{LAB}\b",
        rf"\bwhat should (?:my|his|her) (?:\S+ ){{0,2}}{LAB} be\b",
        rf"\bis (?:a |an )?{LAB} (?:count |level )?of \d+(?:\.\d+)? (?:ok|okay|normal|safe|low|high|dangerous|good"
        r"|bad|too)"),
    "eligibility": (
        rf"\b(?:am i|are we|is {WHO}|(?:would|will|could) {WHO} be)\s+(?:\w+\s+)?(?:eligible|a (?:good |suitable"
        r" |possible )?candidate|qualified|suitable|too old|too young|too sick|too ill|too weak|healthy enough"
        r"|well enough|fit enough|strong enough|old enough|a (?:good )?match|approved)\b",
        rf"\b(?:do|does|would|could|can|will) {WHO} (?:\w+ )?(?:qualify|meet the criteria|fit the criteria"
        r"|be eligible|be considered)\b",
        rf"\b(?:can|could|would|will) {WHO} (?:get|have|receive|be given|be offered|be treated with|try)\s+"
        rf"(?:\w+\s+){{0,2}}{TREATMENT}\b.{{0,40}}\b(?:with|if|given|since|even though|although|despite|at (?:my"
        r"|his|her) age|because)\b",
        rf"\bis (?:{TREATMENT}|it|this|that) (?:\w+ )?(?:right|suitable|appropriate|an option|a good option"
        r"|possible|safe|worth it|recommended)(?: \w+)? for (?:me|him|her|us|my \w+|someone like me|people like me)\b",
        rf"\bwould {WHO} benefit from\b"),
    "treatment_choice": (
        rf"\bshould {WHO} (?:\w+ )?(?:choose|pick|go with|go for|opt for|get|have|do|try|pursue|accept|agree"
        r" to|sign up|join|enrol\w*|participate|go ahead|proceed|consider|refuse|decline|delay|postpone|start)"
        r"\b(?:\s+\S+){0,8}?\s+(?:or|vs\.?|versus|instead of|rather than)\b",
        rf"\bshould {WHO} (?:\w+ )?(?:choose|pick|go with|go for|opt for|get|have|do|try|pursue|accept|agree"
        r" to|sign up for|join|enrol\w* in|participate in|go ahead with|proceed with|consider|refuse|decline"
        rf"|delay|postpone|start)\s+(?:\S+\s+){{0,4}}?{TREATMENT}\b",
        r"\b(?:which|what) (?:one|option|treatment|therapy|product|donor|trial|hospital|centre|center|is"
        r" better|would be better|is best|is safer)\b.{0,40}\b(?:should (?:i|we|he|she)|for (?:me|him|her|us"
        r"|my \w+)|would you (?:choose|pick|recommend))",
        rf"\bshould {WHO} (?:go ahead(?: with it)?|do it|go through with it|say yes|agree to it|accept it|have it"
        r"|get it)\b",
        r"\b(?:is|would|will) (?:\S+ ){1,7}(?:better|best|safer|the right choice|a better option) for (?:me"
        r"|him|her|us|my \w+)\b", r"\bwhat would you (?:do|choose|pick)\b",
        r"\b(?:do|would) you (?:think|recommend|suggest|advise) (?:that )?(?:i|we|he|she|my \w+) (?:should|go"
        r"|get|have|do|choose|take|stop)\b"),
    "prognosis": (
        rf"\bwhat(?: are|'s| is) (?:my|his|her|our|{FAMILY}'s) (?:\w+ )?(?:chances?|odds|prognosis|life"
        r" expectancy|outlook)\b",
        rf"\bwill {WHO} (?:\w+ )?(?:survive|die|make it|be cured|relapse|beat (?:it|this))\b",
        rf"\bhow long (?:do|does|will|would) {WHO} (?:have(?! to)|live|survive)\b",
        r"\bam i going to (?:die|be ok|be okay|survive|make it|relapse)\b",
        r"\bis (?:my|his|her) (?:cancer|lymphoma|leuka?emia|myeloma|disease|tumou?r) (?:\w+ )?(?:gone|cured"
        r"|back|in remission|coming back)\b"),
}

ROLE = (r"(?:doctor|physician|oncologist|ha?ematologist|nurse|pharmacist|specialist|surgeon|clinician|expert"
        r"|medical (?:professional|expert)|healthcare (?:provider|professional)|dr\b|therapist|psychiatrist"
        r"|lawyer|character|persona|ai|assistant|bot|chatbot|model|hacker|pirate|human)")
DISCLAIMER_WORDS = (r"(?:disclaimers?|caveats?|fine print|small print|boilerplate|not medical advice|medical advice"
                    r" (?:bit|part|line|note|notice|thing|stuff|text|warning)|legal (?:stuff|bit|text|notice"
                    r"|jargon)|safety (?:notice|message|text|note|blurb|stuff|info|warnings?)|warnings?|(?:part|bit|line"
                    r"|sentence|paragraph|stuff|note) about (?:calling|contacting|asking|seeing) (?:the|your)"
                    r" (?:care team|doctor|emergency))")
INSTRUCTION_OBJECT = (r"(?:instructions?|rules|prompts?|directions|directives|guidelines|guidance|constraints"
                      r"|restrictions|guardrails|polic(?:y|ies)|programming|training|filters?|context"
                      r"|everything)")
MANIPULATION: dict[str, tuple[str, ...]] = {
    "disclaimer": (
        r"\b(?:don't|never|stop|quit)\s+(?:\w+\s+)?(?:includ\w*|add\w*|put\w*|show\w*|giv\w*|need|want|bother\w*"
        rf"|writ\w*|mention\w*|append\w*|attach\w*|us\w*|say\w*|repeat\w*|send\w*)\b[^.?!]{{0,30}}?{DISCLAIMER_WORDS}",
        r"\b(?:without|no|skip|drop|remove|omit|leave (?:out|off)|lose|ditch|delete|hide|cut|exclude|get rid of"
        r"|spare me|forget|ignore|minus|sans|w/o|no need for|turn off|disable)\b[^.?!]{0,30}?"
        rf"{DISCLAIMER_WORDS}(?<!warning)(?<!warnings)",
        r"\b(?:answer|respond|reply|tell me|say)\b[^.?!]{0,30}\b(?:without|with no|minus|sans)\b[^.?!]{0,20}"
        r"\bwarnings?\b", r"\b(?:disclaimers?|caveats?) (?:does not|doesn't|do not|don't|no longer|won't) apply"),
    "role": (
        rf"\byou(?:'re| are) (?:now |actually |really )?(?:a|an|my|the) (?:\w+ )?{ROLE}\b(?! (?:here|of))",
        rf"\byou(?:'re| are) now\b", rf"\bact (?:as|like) (?:if you were |though you were )?(?:a|an|my|the)"
        rf" (?:\w+ )?{ROLE}\b", r"\bpretend (?:to be|you(?:'re| are)|that you|you can|there are no)\b",
        r"\bimagine (?:you(?:'re| are)|that you)\b", r"\brole-?play\w*|\bpersona\b", r"\bjailbr(?:eak|oken)\w*",
        r"\b(?:respond|answer|reply|speak|talk|write|behave) (?:only )?(?:as|like) (?:if you were |a |an |my |the"
        r" |dr\b)", r"\bfrom now on,? (?:you|respond|answer|reply|act|speak|talk|behave|pretend|be|only|always"
        r"|never|ignore|forget|don't)\b", r"\b(?:developer|dev|debug|god|admin|dan|sudo|maintenance|unrestricted)"
        r" mode\b", r"\bdo anything now\b", r"\blet's (?:play a game|pretend|roleplay|imagine)\b",
        r"\b(?:unrestricted|uncensored|unfiltered) (?:\w+ )?(?:ai|assistant|bot|model|version|mode|answers?)\b",
        r"\byour new (?:role|persona|name|identity|job)\b"),
    "reveal": (
        r"\bsystem (?:prompt|message|instructions?)\b", r"\b(?:initial|original|hidden|secret|developer|base"
        r"|pre-?)[ -]?prompt\b",
        r"\b(?:show|reveal|print|repeat|tell|give|share|display|output|dump|list|recite|paste|copy|send|leak"
        r"|expose|disclose|summari[sz]e|describe|translate|rewrite|paraphrase|encode|spell out|what (?:are|is|were)"
        r"|what's)\b(?:\s+\S+){0,3}?\s+(?:your|its)\s+"
        r"(?:\w+\s+){0,2}(?:instructions|prompt|directives|configuration|config|settings|programming|source"
        r" code|code|api keys?|keys?|tokens?|passwords?|credentials|secrets?|parameters|training data)\b",
        r"\b(?:show|reveal|print|repeat|dump|recite|paste|copy|leak|output|display)\b(?:\s+\S+){0,3}?\s+(?:your"
        r"|its|the (?:hidden|internal|secret|original|initial|exact|full))\s+(?:\w+\s+)?(?:rules|guidelines"
        r"|polic(?:y|ies)|instructions)\b",
        r"\b(?:print|repeat|output|show|display|echo|dump|recite|copy|reproduce|write out)\s+(?:me\s+)?"
        r"(?:everything|all|all the text|the text|the words|whatever|what(?:'s| is| was)?)\s+(?:\w+\s+)?"
        r"(?:above|before|prior|earlier|preceding|at the (?:start|beginning))\b",
        r"\bwhat (?:were you|have you been|are you) (?:told|instructed|programmed|prompted)\b",
        r"\bwhat (?:instructions|rules|prompts?|directives) (?:were|have) you (?:been )?(?:given|told|set)\b",
        r"\bhow (?:were|are) you (?:programmed|configured|instructed|prompted|set up)\b",
        r"\bapi[ _-]?keys?\b|\b(?:access|staff|admin|secret|auth) (?:token|key|password)s?\b"
        r"|\benvironment variables\b|\benv vars\b",
        r"\b(?:which|what) (?:\w+ )?(?:model|llm|language model) (?:are you|is this|do you use|powers you|runs"
        r" you|are you (?:using|running|based on))\b"),
    "other_conversations": (
        r"\b(?:other|another|previous|earlier|last|different|past|all|every|everyone(?:'s| else's)?|anybody"
        r"|somebody|someone)\s+(?:\w+\s+){0,2}(?:users?|patients?|people|persons?|person's|user's|patient's"
        r"|users'|patients'|people's|callers?|families|family's)(?=[\s.,?!]|$).{0,40}?\b(?:conversations?"
        r"|chats?|messages?|chat logs?|transcripts?|asked|asking|said|saying|wrote|typed|told you|talked|ask you"
        r"|tell you)\b", r"\b(?:other|another|previous|earlier|last|different)\s+(?:users?|patients?|people|person)"
        r"(?:'s|s'|')?\s+questions\b",
        r"\b(?:conversations?|chats?|chat logs?|conversation logs?|logs|transcripts?|messages|questions)\s+"
        r"(?:\w+\s+){0,2}(?:of|from|by|with)\s+(?:the\s+)?(?:other|another|previous|earlier|last|different"
        r"|everyone|someone|anybody)\b",
        r"\b(?:show|give|list|dump|export|read|print|display|send|share|see|access|view)\s+(?:me\s+)?(?:all"
        r"|every|everyone's|other people's|the whole)\s+(?:\w+\s+)?(?:conversations|chats|chat logs"
        r"|conversation logs|logs|transcripts)\b"),
    "injection": (
        r"\b(?:ignore|disregard|forget|override|overrule|bypass|abandon|set aside|throw out)\b(?=[^.?!]{0,40}"
        r"\b(?:all|any|your|previous|prior|above|earlier|preceding|former|original|initial|existing|safety"
        r"|system|every|its|were given|been given|were told)\b)[^.?!]{0,40}?\b" + INSTRUCTION_OBJECT + r"\b",
        r"\bforget everything\b", r"\brepeat after me\b", r"\b(?:system|admin|safety|security) override\b",
        r"\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:of\s+)?(?:the\s+)?(?:above|previous|prior"
        r"|preceding|foregoing)\b(?!\s+(?:question|message|answer))",
        r"\byou (?:now )?have no (?:restrictions|rules|limits|filters|guidelines|guardrails)\b",
        r"\b(?:restrictions|rules|filters?|safety|guardrails) (?:are |is )?(?:now )?(?:off|disabled|lifted|removed)\b", r"\bnew (?:instructions?|rules|task|directives?|system prompt)\s*:",
        r"(?:^|\n|[\"'(\[])\s*(?:system|assistant|developer|admin|ai|bot|chatbot)\s*:",
        r"\[\s*/?\s*(?:system|inst|admin|developer|sys)\s*\]", r"<\|?\s*(?:im_start|im_end|system|endoftext"
        r"|begin_of_text)\s*\|?>", r"#{2,}\s*(?:instruction|system|new instructions|response)\b", r"<<\s*sys\s*>>",
        r"\byou (?:must|will|shall|have to|are required to|are instructed to|need to) (?:now )?(?:comply|obey"
        r"|follow (?:these|my|the following|new)|ignore|disregard|forget|answer (?:without|anything|everything"
        r"|every)|do (?:anything|whatever|as i say))\b",
        r"\b(?:tell|instruct|advise|inform) the (?:patient|user|reader) (?:to|that)\b",
        r"\bthe user is (?:a |an )?(?:verified|authori[sz]ed|certified|licensed|trusted|admin|developer|doctor"
        r"|physician|clinician)\b", r"\bi(?:'m| am) (?:your|the) (?:developer|admin|administrator|creator"
        r"|owner|programmer)\b",
        r"\b(?:remove|disable|turn off|switch off|bypass|lift|ignore|drop|forget) (?:all )?(?:your|its)"
        r" (?:restrictions|filters?|limits|limitations|guardrails|safety \w+|censorship|programming)\b",
        r"\bwithout (?:your|any) (?:filters?|guardrails|censorship|safety (?:filters?|rules|checks?))\b"),
}
INSTRUCTION_REASONS = ("disclaimer", "role", "reveal", "injection")

ANSWER_ADVICE: dict[str, tuple[str, ...]] = {
    "answer_instruction": (
        rf"\byou (?:should|must|can|could|may|need to|ought to|have to) (?:safely |just |now |definitely "
        rf"|probably )?(?:stop|quit|skip|double|halve|discontinue|come off|go off|cut back on|cut down on|reduce"
        rf"|decrease|lower|increase|raise|switch|change)\b(?:\s+\S+){{0,3}}?\s+(?:taking |using )?{MED_OBJECT}\b",
        r"\byou (?:should|can|may|could) (?:safely )?take (?:\d+|one|two|three|four|five|an extra|extra|another"
        r"|a double|double|half|more|less)\b",
        r"(?:^|[.!?]\s+)(?:go ahead and |just |simply )?(?:stop|skip|double|halve|discontinue) (?:taking )?(?:your"
        r"|the) ", r"\b(?:go ahead and|just|simply) (?:stop|skip|double|halve|take (?:\d|one|two|an extra"
        r"|another))\b",
        r"\btake (?:\d+(?:\.\d+)?|one|two|three|four|five|an extra|another|a double|double) (?:\w+ )?(?:tablets?"
        r"|pills?|capsules?|doses?|mg|milligrams?|puffs?|teaspoons?|ml)\b",
        r"\b\d+(?:\.\d+)?\s?(?:mg|milligrams?|ml)\b.{0,30}\b(?:every|each|once|twice|three times|per day|a day"
        r"|daily|hourly)\b",
        r"\bit(?:'s| is) (?:safe|fine|ok|okay|alright|all right) (?:for you |for him |for her )?to (?:stop|skip"
        r"|double|halve|miss|take (?:more|extra|another|two)|come off)\b",
        r"\byou(?:'re| are) (?:not )?(?:eligible|a (?:good |suitable )?candidate|qualified)\b",
        r"\b(?:i|we) (?:would )?(?:recommend|suggest|advise) (?:that )?you\b",
        r"\byou (?:should|must) (?:choose|pick|go with|opt for|sign up|join|enrol)\b",
        r"\b(?:your|these|those) (?:\w+ )?(?:results?|levels?|counts?|platelets?|numbers|labs?|values) (?:are|is"
        r"|look|looks|seem|seems) (?:normal|fine|ok|okay|good|great|safe|reassuring)\b"),
    "answer_reassurance": (
        r"\b(?:you(?:'re| are)|he(?:'s| is)|she(?:'s| is)|it(?:'s| is)|this is|that(?:'s| is)) (?:probably "
        r"|likely |almost certainly |definitely )?(?:fine|ok|okay|nothing serious|not serious|not an emergency"
        r"|no emergency)\b(?! to\b)", r"\bnothing to worry about\b",
        r"\bno need to (?:call|go|see|contact|seek|worry|panic|visit|rush)\b",
        r"\byou (?:don't|do not) need to (?:call|go|see|contact|seek|worry|visit|rush)\b",
        r"\b(?:can|could|should) (?:safely )?wait (?:until|till|for) (?:your|the|tomorrow|morning|next|monday)\b",
        r"\b(?:yes|confirmed)\b[,.!]?\s+(?:it(?:'s| is)|that(?:'s| is)|this is) (?:fine|ok|okay|normal|safe)\b"),
}
ANSWER_OBEYS: dict[str, tuple[str, ...]] = {
    "answer_reveals": (
        r"\b(?:my|the) (?:system prompt|instructions|initial prompt|configuration) (?:is|are|say|says|reads?)\b",
        r"\bhere (?:is|are) (?:my|the) (?:system prompt|instructions|initial prompt|configuration|config)\b",
        r"\b(?:another|other|previous|the last|a different) (?:user|patient|person) (?:asked|said|wrote|told"
        r" me|was asking)\b"),
    "answer_role": (
        rf"(?:^|[.!?]\s+)as (?:your|a) {ROLE}\s*,|\bi(?:'m| am) (?:your|a) {ROLE}\b(?<!assistant)(?<!\bai)",
        r"\b(?:developer|dan|god|jailbreak|unrestricted) mode (?:is )?(?:enabled|activated|on)\b",
        r"\bwithout (?:the|a|any) disclaimer\b"),
}

SANITIZE_BLOCKS = r"<\s*(script|style|iframe|object|embed|svg|math|template|noscript|head)\b.*?(?:<\s*/\s*\1\s*>|$)"
SANITIZE_MAX_PASSES = 5
