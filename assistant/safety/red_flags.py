"""Red flags as data: symptom families, temperature and weight thresholds (bigger families: their own modules)."""

from __future__ import annotations

from assistant.safety.bleeding import BLEEDING
from assistant.safety.collapse import COLLAPSE
from assistant.safety.gut import ABDOMINAL_PAIN, DIARRHEA, SWALLOWING, VOMITING
from assistant.safety.neurotoxicity import NEUROTOXICITY
from assistant.safety.rule import RedFlag
from assistant.safety.stroke import STROKE, WEAKNESS
from assistant.safety.vocabulary import AMOUNT, SMALL_EFFORT, YELLOWISH, one_of

# Temperatures and the conversation window
FEVER_C = 38.0
FEVER_F = 100.4
LOW_C = 36.0  # below this a temperature is too low: after CAR-T or a transplant, a sign of infection too
LOW_F = 96.8
WEIGHT_GAIN_KG = 2.0  # gained within days: fluid, not food
WEIGHT_GAIN_LB = 4.4
WEIGHT_RANGE_KG = (30.0, 250.0)
WEIGHT_RANGE_LB = (66.0, 550.0)
CELSIUS_RANGE = (34.0, 44.5)
FAHRENHEIT_RANGE = (93.0, 112.0)
TEMPERATURE_TALK = r"\b(?:temp\w*|fever\w*|thermometer|warm|hot|chills|shiver\w*|burning up)\b"
NOT_A_UNIT = r"(?!\s*" + one_of(r"kgs? lbs? pounds mg ml % cm mm years? yrs? weeks? days? hours? hrs? mins?"
                                r" minutes? k\b x\b / percent mmol g/?dl units?") + ")"
RECENT_USER_TURNS = 3  # earlier user turns read together with the current message for red flags

HAVE = r"(?:have|has|had|'ve got|'s got|got|with|running)"
# Urine the colour of cola, strong tea or rust: blood, muscle or bile in it
COLA = (r"(?:(?:dark|reddish|reddy|red|rusty|deep|orangey|orange)[ -])?(?:brown|cola|coca-cola|coke|tea|ale|rust"
        r"|rusty|mahogany|bovril|marmite)\b")
# Itching, hives or swelling that came with a new medicine: an allergic reaction
REACTION = r"(?:itch\w*|hives|welts|puff\w*|swell\w*|swollen|scratching|blotch\w*|lumps)"
SINCE_NEW_MEDICINE = (r"(?:since|after|from) (?:i |he |she |they )?(?:started |starting |taking |took |had |having |got "
                      r"|was given |were given |the first dose of |my first dose of |a dose of )?(?:the |a |this |my "
                      r"|his |her )?(?:first )?(?:dose of )?(?:the )?new (?:\w+ )?(?:antibiotics?|tablets?|pills?"
                      r"|medicines?|medications?|drugs?|infusion|injection|meds|capsules|antivirals?|antifungals?"
                      r"|painkillers?|jab)\b")
# A heart that races with nerves, a thought or exercise
NOT_FROM_NERVES = (r"(?![^.?!]{0,30}\b(?:every time|whenever|when (?:the|my|i|he|she|they|we|you)|thinking|at the thought"
                   r"|nerves|excite\w*|anxi\w*|worr\w*|scared|waiting|exercis\w*|gym|bike|cycling|jog\w*|workout"
                   r"|treadmill|running|swim\w*|physio|before (?:the |my |a |an |his |her )?(?:\w+ ){0,3}(?:biopsy|procedure|scan|test"
                   r"|operation|surgery|appointment|results?|interview|exam|infusion|lumbar puncture)))")
RED_FLAGS: dict[str, RedFlag] = {
    "fever": RedFlag(
        strong=(r"burning up", r"(?:forehead|skin|body|he|she|head) (?:is |feels |'s )?(?:roasting|boiling|on fire)",
                r"running (?:a |an )?(?:high |slight )?(?:fever|temp|temperature)\b(?! of)",
                rf"{HAVE} (?:a |an )?(?:high |slight |low-grade )?(?:temp|temperature)\b(?! of)",
                r"(?:spiked?|spiking) (?:a )?(?:fever|temp\w*)"),
        weak=(r"fever(?:s|ish)?", r"high temp\w*", r"pyrexi\w*", r"febrile", r"hot to the touch",
              r"temp\w* (?:is |was |'s |has been |keeps )?(?:\w+ )?(?:high|raised|elevated|rising|spiking"
              r"|up)\b",
              r"feels? (?:really |very |so )?hot")),
    "chills": RedFlag(
        strong=(r"can't stop (?:shivering|shaking)",),
        weak=(r"chills", r"shiver\w*", r"shivery", r"rigou?rs", r"teeth (?:are )?chattering",
              r"cold sweats?",
              # rigors in everyday words: teeth that rattle, a cold no blanket helps
              r"teeth (?:[\w']+ ){0,2}?(?:chatter\w*|rattl\w*|clatter\w*"
              r"|knocking together|banging together)",
              r"(?:can't|couldn't|unable to) (?:get|stay|keep) warm\b(?=[^.?!]{0,40}\b(?:no matter|however|even"
              r" (?:with|under|in)|despite|blankets?|duvets?|covers|layers|jumpers?|hot water bottles?))")),
    "neurotoxicity": NEUROTOXICITY,
    "low_temperature": RedFlag(
        strong=(),
        weak=(r"(?:cold|grey|gray|pale|mottled|sweaty|cool)(?:,| and) clammy|clammy(?:,| and) (?:cold|grey|gray|pale"
              r"|sweaty|cool)",
              r"(?:temp\w*|thermometer)\b[^.?!]{0,20}?\b(?:dropped|fallen|fell|gone|going|sunk|plummeted) (?:\w+ )?"
              r"(?:low|below normal|under 36|below 36)\b")),
    "collapse": COLLAPSE,
    "bleeding": BLEEDING,
    "breathing": RedFlag(
        strong=(r"(?:i|he|she|they|we|baby) can't (?:\w+ )?breathe", r"not breathing", r"stopped breathing",
                r"(?<!you )can't (?:really |properly |quite |even |hardly |barely )?breathe?(?! a word| easy| easily"
                r"| a sigh)\b", r"(?:can|could) (?:hardly|barely|scarcely) (?:even )?breathe?\b",
                r"can't (?:catch|get) (?:my|his|her|a) breath", r"gasping",
                r"(?:can't|not) get(?:ting)? enough (?:air|breath|oxygen)", r"air hungry",
                r"can't (?:take|get|catch|draw) (?:a )?(?:full|deep|proper) breath",
                r"can't (?:finish|get through|complete|get to the end of) a sentence", r"stopping for (?:air|breath)",
                r"couldn't (?:catch|get) (?:my|his|her|a) breath",
                r"sucking in (?:under|between) (?:his|her|the|my) ribs",
                r"nostrils (?:are )?flaring",
                r"not enough air",
                r"(?:breath|breathing) (?:\w+ ){0,2}(?:noise|sound)s? like"
                r" (?:a )?whistl\w*"),
        weak=(r"choking", r"(?:short|shortness) of breath", r"breathless\w*", r"out of breath", r"wheez\w*",
              one_of(r"trouble difficulty difficult hard struggl\w* problems? labou?red unable_to hard_time")
              + r" (?:\w+ ){0,3}breath\w*",  # 'hard to catch my breath'
              r"lips (?:are |look |going |turned |turning )?(?:\w+ ){0,2}(?:blue|bluish|blue-ish|purple|gr[ae]y)",
              r"(?:puffed|winded|breathless|out of breath|short of breath|gasping|panting|puffing)(?: out)?"
              rf"(?: \w+){{0,3}}? (?:(?:just|even|from|after|by|when|while|doing|now) )*{SMALL_EFFORT}",
              r"so (?:puffed|winded|breathless|out of breath) (?:that )?(?:i|he|she|they) (?:had|have|has|needed"
              r"|need) to (?:sit|stop|rest|lie|lean)",
              r"(?:had|have|has|needed|needs|need|having) to stop (?:\w+ ){0,2}(?:halfway|half way|part way"
              r"|partway|every (?:few|couple of|\w+) (?:steps|stairs|metres|meters|yards)|to (?:catch|get)"
              r" (?:my|his|her|their) breath|for (?:a )?breath)",
              r"(?:without|before) (?:stopping|having to stop|needing to stop|a rest|resting) (?:to (?:get|catch)"
              r" (?:my|his|her|their) breath|for breath)", r"get (?:my|his|her|their) breath back",
              # a few words at a time; propped up because lying flat takes the breath away
              r"(?:stop\w*|paus\w*|gasp\w*|break\w* off) (?:\w+ ){0,2}?(?:after )?every (?:few|couple of|two|three|\d+"
              r"|other|single|second) words?\b",
              # only a few words out before stopping for air, gulping or gasping at it
              r"(?:only|just|barely|hardly|can't|couldn't) (?:\w+ ){0,2}?(?:manage|say|get out|speak|talk|string together"
              r"|get through) (?:more than )?(?:a few|a couple of|two|three|four|\d+|one or two|two or three) words"
              r" (?:at a time|before|without|then)\b",
              r"(?:gulp\w*|gasp\w*|grabbing|snatching|fighting|heaving) (?:for |at )?(?:air|breath)\b",
              r"(?:can't|couldn't|unable to|not able to) (?:lie|lay|sleep|be) (?:down )?flat\b(?![^.?!]*\b(?:told|said"
              r"|advised|instruct\w*|surgery|operation|procedure|lumbar puncture|biopsy)\b)[^.?!]{0,60}?\b(?:propped"
              r"|prop (?:myself|himself|herself|me|him|her) up|sit(?:ting)? up|sat up|upright|pillows)\b",
              r"(?:blue|purple|gr[ae]y) lips",
              r"breathing (?:is |seems |sounds |feels )?(?:very |really )?"
              + one_of(r"fast rapid shallow slow noisy weird strange labou?red heavy funny hard"),
              r"low oxygen",
              r"(?:can't|couldn't|unable to|not able to|can no longer) (?:lie|lay|sleep|be) (?:down |flat |back )*"
              r"(?:on (?:my|his|her|their) back )?(?:flat )?[^.?!]{0,40}?\b(?:drown\w*|suffocat\w*|chok\w*|gasp\w*"
              r"|breath\w*|air)\b",
              r"cough\w*\b[^.?!]{0,40}?\b(?:pink\w*|blood[- ]?stained|bloody|rusty|red)(?:[ ,-]+\w+)?[ ,-]+(?:froth\w*"
              r"|foam\w*|bubbl\w*)",
              r"(?:breathing|breath|breathe) (?:doesn't|does not|don't|isn't|is not|not|just doesn't|won't)"
              r" (?:feel |seem |sound |go |come )?(?:right|normal|ok|okay|properly|in properly)",
              r"oxygen (?:sats? |saturation |levels? )?(?:is |are )?(?:low|dropp\w*|down|8\d ?%)")),
    "chest_pain": RedFlag(
        strong=(r"(?:spread\w*|going|goes|runs?|running|radiat\w*) (?:a bit |right )?(?:down |up )?(?:into |to )?"
                r"(?:my|his|her) (?:left )?(?:arm|jaw)",
                r"heart(?:'s| is)? going like the clappers", r"counted (?:about |around )?(?:1[3-9]\d|2\d\d)\b",
                r"(?:band|tightness|pressure) across (?:my|his|her|the) chest"),
        weak=(r"heart attack", r"(?:tight|heavy|painful|sore|crushing) chest",
              r"chest (?:\w+ ){0,2}" + one_of(r"pains? hurts? hurting ache aches aching tight\w* pressure"
                                              r" heav\w* discomfort squeez\w* burn\w*"),
              r"(?:pain|pressure|tightness|heaviness|ache|discomfort|squeez\w*|feeling) (?:\w+ ){0,2}(?:in|across|on)"
              r" (?:the (?:middle|centre|center) of )?(?:my |his |her |the )?chest",
              r"heavy (?:\w+ ){0,3}(?:on|sit\w* on|sitting on) (?:my|his|her|the) chest",
              r"heart (?:is )?(?:going mad|going crazy|thumping|hammering)", r"(?:fish|bird|butterfl\w+) flapping",
              r"chest feels (?:weird|funny|strange|wrong|odd)", r"thumping in (?:my|his|her) (?:throat|chest)",
              r"heart (?:is )?(?:racing|pounding|fluttering|skipping|beating (?:really |very |so )?fast)" + NOT_FROM_NERVES,
              r"(?:heart|pulse|heart ?beat)(?:'s| is| has| keeps| kept| was| feels)?(?: [\w']+){0,4}? (?:racing"
              r"|pounding|fluttering|flipping|flip-flopping|skipping|missing (?:beats|a beat)|thumping|thudding"
              r"|hammering|banging|jumping|galloping|going (?:mad|crazy|wild|haywire)|doing (?:somersaults|flips"
              r"|backflips|cartwheels)|all over the place|beating (?:\w+ ){0,2}(?:fast|hard|irregular\w*|funny"
              r"|weird|wrong))\b" + NOT_FROM_NERVES,
              r"palpitations", r"racing heart",
              # the heart said through a figure: a racehorse galloping behind the ribs, a drum in the chest
              r"(?:galloping|pounding|hammering|thumping|thudding|fluttering|flapping|drumming|banging|racing|flip-?flopping"
              r"|jumping|kicking) (?:away |about |around )?(?:behind|in|inside|under|against|beneath) (?:my|his|her|the)"
              r" (?:ribs|ribcage|rib cage|chest|breastbone|sternum)\b" + NOT_FROM_NERVES,
              r"(?:heart ?beat|pulse) (?:\w+ ){0,3}(?:fast|racing|irregular|pounding|all over the place|skipping)",
              r"irregular (?:heart ?beat|pulse)",
              r"(?:heart|heart rate|pulse) (?:is |was |'s )?(?:at |of )?(?:1[3-9]\d|2\d\d)\b")),
    "stroke": STROKE,
    "weakness": WEAKNESS,
    "abdominal_pain": ABDOMINAL_PAIN,
    "diarrhea": DIARRHEA,
    "rash": RedFlag(
        strong=(),
        weak=(r"rash\w*", r"hives", r"welts", r"blister\w*", r"peeling skin", r"skin (?:is )?peeling",
              r"skin (?:is )?(?:coming|peeling|falling) (?:away|off)", r"mouth (?:is )?full of sores",
              r"skin\b(?: [\w,]+){0,6}? (?:coming|came|come|peeling|peeled|falling|fell|sloughing|lifting|lifted"
              r"|flaking|rubbing) (?:away|off)",
              r"(?:fluid|water|liquid)[- ]?(?:filled )?(?:blisters|bubbles|sacs|bumps|pockets|bags)",
              r"(?:watery|fluid|clear) (?:bubbles|blisters|lumps|bumps)", r"raw (?:patches|skin|areas)"),
        qualifier=(r"spread\w*|all over|everywhere|whole body|getting (?:bigger|worse)|growing|blister\w*|in sheets|sores"
                   r"|peel\w*|covering|covers|over (?:his|her|my) (?:whole|entire)|com\w* (?:away|off)"
                   r"|came (?:away|off)|(?:lifting|sloughing|falling) off|raw|bubbles"
                   r"|in (?:bits|pieces|chunks|patches|strips|layers)"
                   r"|to (?:my|his|her) (?:chest|back|face|arms|legs|stomach|belly|neck)")),
    "jaundice": RedFlag(
        strong=(),
        weak=(r"(?:skin|eyes?|whites of (?:my|his|her|the) eyes) (?:\w+ ){0,3}(?:yellow\w*|jaundic\w*)",
              r"(?:skin|eyes?|whites of (?:\w+(?:'s)? )?eyes|face|complexion)\b(?: [\w,'-]+){0,5}? (?:a |an )?"
              rf"(?:sort of |kind of |funny |bit |slightly |strange |weird )?(?:\w+[ -])?{YELLOWISH}",
              rf"(?:looks?|looking|looked|gone|going|went|turned|turning) (?:\w+ ){{0,2}}{YELLOWISH}"
              r"(?: colou?r\w*)?\b",
              r"yellow\w* (?:\w+ )?(?:skin|eyes?|tinge)", r"jaundic\w*",
              r"(?:look|looks|looking|turned|turning|gone|going|went) (?:a bit |quite |very )?yellow",
              r"(?:dark brown|tea[- ]colou?red|cola[- ]colou?red) (?:urine|pee)",
              r"(?:urine|pee|wee) (?:is |looks )?(?:the colou?r of )?(?:cola|tea|coke)\b",
              rf"(?:urine|pee|wee|wees|pees)\b[^.?!]{{0,40}}?\b(?:is|was|were|are|looks?|looked|looking|turned|turning"
              rf"|gone|went|came out|comes out|coming out|come out|has been|been) (?:[\w,]+ ){{0,4}}?(?:the colou?r of"
              rf" |like )?{COLA}",
              rf"(?:peeing|weeing|passing|urinating) (?:what looks like )?{COLA}",
              rf"(?:urine|pee|wee)\b[^.?!]{{0,60}}?\b(?:and|but) (?:it's|it is|it was|it looks|it looked|it's gone|its"
              rf"|it has gone|it's been) (?:\w+ ){{0,2}}?{COLA}",
              r"eyes (?:\w+ ){0,3}(?:custard|orang\w*)", r"look (?:a bit |quite |very )?orang(?:ey|e|ish)")),
    "vomiting": VOMITING,
    "swallowing": SWALLOWING,
    "infection": RedFlag(
        strong=(),
        weak=(r"(?:line|picc|port|catheter|hickman|central line) (?:site )?(?:\w+ ){0,4}"
              r"(?:red|swollen|pus|oozing|leaking|hot|infected)",
              r"(?:redness|red|swelling|swollen|pus|oozing|hot|sore) (?:\w+ ){0,3}(?:around|at|near|on|from)"
              r" (?:my |his |her |the )?(?:\w+ )?(?:line|picc|port|catheter|hickman)\b",
              r"(?:line|picc|port|catheter|hickman)\b[^.]{0,60}?(?:gone|is|looks|turned|has gone) (?:\w+ )?"
              r"(?:hot|red|puffy|swollen|oozing)",
              r"(?:her|his|my) (?:port|line|picc|hickman)\b[^.]{0,80}?\b(?:swollen|pus|oozing|warm|hot|puffy|throbbing)\b",
              r"(?:(?:my|his|her|their|the) (?:picc |central |hickman |chest )?line|picc|port|catheter|hickman"
              r"|cannula|drip site|insertion site|exit site|where the (?:line|tube|picc|port|drip|catheter) (?:goes"
              r"|went|comes) in(?:to)?)\b[^.?!]{0,60}?\b(?:angry|inflamed|warm|hot|red|redder|swollen|puffy|pus"
              r"|gunk\w*|goo\w*|crust\w*|discharge|weeping|ooz\w*|leaking|smell\w*|stink\w*|throbbing|tender|infected"
              r"|streak\w*|yellow\w*|green\w*)\b",
              r"(?:pus|gunk|goo|discharge|crust)\b[^.?!]{0,40}?\b(?:line|picc|port|hickman|dressing)\b",
              # the arm, neck or face on the side of the line swollen: a clot round the line
              r"(?:line|picc|port|hickman|cannula|catheter)(?: \w+)? (?:arm|hand|side|shoulder|neck)\b[^.?!]{0,30}?\b(?:swell\w*"
              r"|swollen|puff\w*|ballooned|blown up|bigger|fatter|tight|tense)",
              r"(?:arm|hand|shoulder|neck)\b (?:with|where|that has|that's got|that's) (?:the |my |his |her )?(?:picc|line|port"
              r"|hickman|cannula)\b[^.?!]{0,40}?\b(?:swell\w*|swollen|puff\w*|ballooned|blown up|bigger|fatter|tight)")),
    "urine": RedFlag(
        strong=(),
        weak=(r"(?:peeing|weeing|urinating|peed|passing urine) (?:\w+ )?(?:hardly|barely|very little|almost nothing"
              r"|much less|nothing)",
              r"(?:hardly|barely|not|hasn't|haven't|hadn't|isn't|wasn't) (?:been )?(?:peeing|weeing|urinating|peed|weed"
              r"|passed (?:any )?urine)",
              r"(?:very )?little (?:or no )?(?:urine|pee|wee)\b", r"no (?:urine|pee|wee)\b",
              r"(?:no|hasn't had a|not had a|hasn't had any|no more) wet (?:nappy|nappies|diaper|diapers)",
              r"only (?:been|gone) to the (?:loo|toilet|bathroom) once",
              r"(?:only|just) (?:had|done|managed|passed) (?:\w+ )?(?:one|two|a couple of|1|2) (?:wees|pees|wee|pee)\b",
              r"(?:only|just|barely|hardly) (?:wee'?d|pee'?d|peed|urinated|passed (?:urine|water)) (?:\w+ ){0,2}?(?:once"
              r"|twice|one time|two times|a (?:tiny |little )?(?:bit|dribble|trickle))\b",
              r"(?:only|just|barely|hardly) (?:been|gone|managed|had|done|passed) (?:\w+ ){0,4}?(?:wee|pee|urinate|urine"
              r"|to the (?:loo|toilet|bathroom))\b[^.?!]{0,30}?\b(?:once|twice|one time|two times)\b"
              r"(?![^.?!]{0,60}\b(?:poo\w*|bowels?|stools?|number twos?|constipat\w*))",
              r"(?:barely|hardly|not) (?:been|gone) to the (?:loo|toilet|bathroom)",
              r"(?:haven't|hasn't|not|hadn't) passed (?:any )?(?:water|urine)",
              r"(?:peed|weed|pee|wee|urine|urinated|passed|peeing|weeing)\b(?: \w+){0,3}? (?:a teaspoon|a tablespoon"
              r"|a trickle|a dribble|a tiny (?:bit|amount|dribble)|dribbles?|a few drops|drops|a thimble\w*"
              r"|hardly anything|barely anything|almost nothing|next to nothing)\b",
              r"(?:tiny|little|small|a few) (?:dribble|trickle|bit|amount|drops?) of (?:wee|pee|urine)",
              r"(?:barely|hardly|only|just|maybe) (?:a |an )?(?:cupful|cup|mouthful|teaspoon\w*|tablespoon\w*"
              r"|thimbleful|tiny bit|dribble|trickle|few drops)(?: \w+){0,2}? of (?:wee|pee|urine)",
              r"(?:hardly|barely|haven't|hasn't|hadn't|not) (?:\w+ )?(?:had|done|passed|managed) (?:a |one |any "
              r"|much )?(?:wee|pee|urine)\b",
              r"(?:nappy|nappies|diaper|diapers) (?:\w+ ){0,3}(?:dry|bone dry|bone-dry)")),
    "allergy": RedFlag(
        strong=(r"(?:face|tongue|lips?|throat|mouth|eyes|eyelids)(?: and (?:face|tongue|lips?|throat|mouth|eyes"
                r"|eyelids))? (?:\w+ ){0,2}"
                r"(?:swell\w*|swollen|puff\w* (?:right |all )?up|closing up|(?:blown|blew) (?:right )?up|ballooned)",),
        weak=(r"anaphyla\w*", r"voice (?:is |has )?(?:going|gone|getting) (?:\w+ )?hoarse",
              rf"{REACTION}\b[^.?!]{{0,60}}?\b{SINCE_NEW_MEDICINE}",
              rf"{SINCE_NEW_MEDICINE}\b[^.?!]{{0,60}}?\b{REACTION}",
              r"(?:face|tongue|lips?|throat|mouth|eyes|eyelids)\b(?: \w+){0,2}? (?:huge|massive|enormous|thick|fat"
              r"|too big|like (?:a )?(?:balloons?|sausages?)|tight|blown up|ballooned|closing)\b",
              r"voice (?:\w+ ){0,2}(?:sounds?|sounded|is|'s|went|has gone|gone|going|getting|changed|become|became)"
              r" (?:all |really |very |a bit |quite |so |sort of |kind of )?(?:funny|strange|weird|muffled|croaky"
              r"|squeaky|different|thick|strangled|raspy|hoarse|odd|gravelly|husky|tight)")),
    "swelling": RedFlag(
        strong=(r"weight (?:go|goes|gone|went|has gone) up (?:\d+|a few) ?(?:kg|kilos?|pounds?|lbs)",
                r"(?:put on|gained|up) (?:\d+|a few|several|two|three|four|five) ?(?:kg|kilos?|pounds|lbs)"
                r" (?:overnight|in a day|since (?:yesterday|\w+day)|in (?:a|one|two|\d+) days?)",
                rf"(?:put on|gained|up|gone up|went up|heavier by) {AMOUNT} ?(?:kg|kgs|kilos?|pounds?|lbs?|stone)"
                r"(?: \w+){0,3}? (?:overnight|in (?:a|one|two|three|four|five|\d+|a few|a couple of) (?:days?"
                r"|nights?)|since (?:yesterday|\w+day|last night|this morning)|in (?:the )?(?:last|past)"
                r" (?:few |couple of |\w+ )?days|this week)",
                rf"{AMOUNT} ?(?:kg|kgs|kilos?|pounds?|lbs?|stone) heavier (?:than|since) (?:on )?(?:yesterday"
                r"|\w+day|last night|this morning|a few days ago)",),
        weak=(r"(?:ankles?|legs?|feet|knees?|joints?|arms?|belly|tummy|stomach) (?:and (?:\w+ )?\w+ )?"
              r"(?:have |has |is |are |just |suddenly )*(?:\w+ )?(?:swell\w*|swollen|blew up|blown up|puffed up)",
              r"(?:swelling|puffiness) (?:in|of|around|on) (?:my|his|her|their|the|both) (?:\w+ )?(?:ankles?|legs?"
              r"|feet|belly|tummy|stomach|face|hands|arms|abdomen)",
              r"(?:ankles?|legs?|feet|belly|tummy|stomach|hands|fingers)\b(?: \w+){0,3}? (?:puffy|puffed up"
              r"|like balloons|ballooned|bloated)",
              # skin that keeps the dent of a thumb or a sock
              r"(?:socks?|sock elastic|shoes?|tights|waistband|ring|rings|watch ?strap)\b(?: \w+){0,2}? (?:leave|leaves"
              r"|leaving|left|make|makes|making|made)(?: \w+){0,2}? (?:dents?|marks?|grooves?|indents?|indentations?"
              r"|ridges?|lines) (?:in|on|round|around|into) (?:my|his|her|their|the) (?:\w+ )?(?:legs?|ankles?|calves"
              r"|shins?|feet|fingers?|skin|belly|tummy)\b",
              r"(?:press\w*|push\w*|poke\w*|prod\w*)\b[^.?!]{0,40}?\b(?:dent|dimple|dip|mark|hole|indent\w*|finger"
              r" ?print|thumb ?print)s? (?:just )?(?:stays?|stayed|remains?|is still there|doesn't (?:go|spring|bounce)"
              r" back|takes? (?:ages|a while|minutes) to)"),
        qualifier=r"sudden\w*|overnight|since yesterday|kg|kilos?|pounds?|lbs|hot|hours?|days?|today|this morning"
                  r"|tonight|won't do up|stone|heavier|like balloons|ballooned"),
    # legs that will barely hold someone up, with dizziness or a racing heart: about to faint (not tiredness alone)
    "unsteady": RedFlag(
        strong=(),
        weak=(r"(?:can|could) (?:barely|hardly|scarcely|only just) (?:even )?(?:stand|stay (?:up|upright|standing)"
              r"|stay on (?:my|his|her|their) feet|get up)",
              r"(?:can't|couldn't|unable to) (?:\w+ )?(?:stand|stay) (?:up|upright|on (?:my|his|her|their) feet)"
              r" (?:for (?:more than )?(?:a|\d+|a few) (?:seconds?|minutes?|mins?)|without (?:holding|grabbing|leaning))",
              r"(?:legs|knees) (?:\w+ )?(?:won't|can't|wouldn't|couldn't) (?:hold|carry|support) (?:me|him|her|them)"),
        qualifier=r"dizz\w*|light-?headed|woozy|faint\w*|spinning|spins|racing|pounding|grey|gray"
                  r"|clammy|blood pressure|bp"),
    "head_injury": RedFlag(
        strong=(),
        weak=(r"(?:hit|banged|bumped|knocked|smacked|whacked|cracked|hurt|bashed|clonked|thumped|struck)"
              r" (?:the (?:back|side|front) of )?(?:my|his|her|their) (?:head|forehead|temple|skull)",
              r"(?:fell|fall|fallen|falls) (?:\w+ ){0,3}(?:on|onto|and hit) (?:my|his|her|their|the) head"),
        qualifier=r"platelet|blood thinner|anticoagul\w*|bleed\w*|dizz\w*|vomit\w*|headache|confus\w*|drows\w*"
                  r"|counts? (?:\w+ ){0,3}(?:low|rock bottom|through the floor|on the floor|zero|tanked|nothing)"
                  r"|low counts|rock bottom"),
}
