"""Red flags as data: symptom families, temperature thresholds (bleeding, neurotoxicity, self-harm: own modules)."""

from __future__ import annotations

from assistant.safety.bleeding import BLEEDING
from assistant.safety.neurotoxicity import NEUROTOXICITY
from assistant.safety.rule import RedFlag
from assistant.safety.vocabulary import AMOUNT, FAMILY, SMALL_EFFORT, YELLOWISH, one_of

# Temperatures and the conversation window
FEVER_C = 38.0
FEVER_F = 100.4
CELSIUS_RANGE = (34.0, 44.5)
FAHRENHEIT_RANGE = (93.0, 112.0)
TEMPERATURE_TALK = r"\b(?:temp\w*|fever\w*|thermometer|warm|hot|chills|shiver\w*|burning up)\b"
NOT_A_UNIT = r"(?!\s*" + one_of(r"kgs? lbs? pounds mg ml % cm mm years? yrs? weeks? days? hours? hrs? mins?"
                                r" minutes? k\b x\b / percent mmol g/?dl units?") + ")"
RECENT_USER_TURNS = 3  # earlier user turns read together with the current message for red flags

HAVE = r"(?:have|has|had|'ve got|'s got|got|with|running)"
# The room going dark or grey, as a faint comes on
DARKEN = (r"(?:(?:room|world|everything|it all|vision|sight|eyesight|eyes)\b(?: \w+){0,3}? (?:goes|go|went|gone"
          r"|going|turns|turned|turning|fades|faded|fading|started to go|starts to go|start going|starts going)"
          r" (?:all |a bit |sort of |kind of |completely )?(?:black|dark|grey|gray|white|dim|fuzzy|starry|spotty"
          r"|misty|blurry)|(?:black|dark|grey|gray|dim|fuzzy)(?:ness)? (?:at|around|round|from) the edges"
          r"|(?:blacks?|greys?|grays?|whites?) out|tunnel vision|see(?:ing)? stars)")
# Getting up: where a faint announces itself
STAND = (r"(?:stand|stands|standing|stood|get up|gets up|getting up|got up|sit up|sits up|sat up"
         r"|(?:get|gets|getting|got) out of (?:bed|the \w+))")
TUMMY = r"(?:stomach|tummy|belly|abdomen|abdominal|gut|guts)"
# Urine the colour of cola, strong tea or rust: blood, muscle or bile in it
COLA = (r"(?:(?:dark|reddish|reddy|red|rusty|deep|orangey|orange)[ -])?(?:brown|cola|coca-cola|coke|tea|ale|rust"
        r"|rusty|mahogany|bovril|marmite)\b")
# A blood pressure reading below 90 over 60
PRESSURE = r"(?:blood pressure|bp|pressure)"
LOW_READING = r"(?<![\d.])(?:[5-8]\d)\s*(?:/|over)\s*[2-5]\d\b"
# Itching, hives or swelling that came with a new medicine: an allergic reaction
REACTION = r"(?:itch\w*|hives|welts|puff\w*|swell\w*|swollen|scratching|blotch\w*|lumps)"
SINCE_NEW_MEDICINE = (r"(?:since|after|from) (?:i |he |she |they )?(?:started |starting |taking |took |had |having |got "
                      r"|was given |were given |the first dose of |my first dose of |a dose of )?(?:the |a |this |my "
                      r"|his |her )?(?:first )?(?:dose of )?(?:the )?new (?:\w+ )?(?:antibiotics?|tablets?|pills?"
                      r"|medicines?|medications?|drugs?|infusion|injection|meds|capsules|antivirals?|antifungals?"
                      r"|painkillers?|jab)\b")
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
              r"cold sweats?")),
    "neurotoxicity": NEUROTOXICITY,
    "collapse": RedFlag(
        strong=(r"passed out", r"fainted", r"crumpled",
                r"(?:came|come|coming) (?:round|around|to) (?:after|within|in) (?:a |about |around |maybe "
                r"|what felt like )?(?:few |couple of |\d+ |ten |twenty |thirty )?(?:seconds|secs|minutes|mins"
                r"|moments?|minute|while)",
                r"(?:nearly|almost) (?:went down|passed out|fainted|blacked out|collapsed)",
                r"(?:keep|keeps|kept) (?:going|greying) (?:grey|gray|dark|black)",
                r"collapsed(?! with laugh\w*| laughing| in laugh\w*| (?:into|onto) (?:the |my |his |her |a )?(?:bed"
                r"|sofa|couch|chair|armchair))",
                r"blacked out",
                r"lost consciousness",
                r"unconscious",
                r"unresponsive", r"not responding(?! to (?!me\b|us\b|anyone|anything|voices?))",
                r"(?:feel|feeling|felt) (?:very |really )?faint"),
        weak=(r"low blood pressure", r"(?:blood pressure|bp) (?:is |has |keeps )?(?:\w+ )?(?:low|dropp\w*)",
              r"(?:going to|gonna|about to|might|could|will) (?:pass out|faint|black out|keel over|collapse)\b",
              r"keel\w* over", r"hit the (?:deck|floor|ground)", r"slumped (?:over|forward|sideways)",
              r"out cold", r"dropped like a stone",
              r"(?:dropped|slumped|slid|crashed|fell|sank|toppled|flopped|went down) (?:down )?(?:to|on|onto"
              r"|in a heap on|in) (?:the )?(?:\w+ )?(?:floor|ground|deck|kitchen|bathroom|hall\w*|garden"
              r"|shower|lounge|bedroom|street)",
              r"(?:found|find|finding) (?:him|her|them|my \w+|\w+) (?:\w+ )?(?:on the (?:\w+ )?floor|slumped"
              r"|face ?down)",
              r"(?:went|goes|gone|go) down like a (?:sack|stone|tree|ton|bag)",
              r"(?:was|were|been) out for (?:a few |about |around |maybe |a couple of |\d+ |a )?(?:seconds|minute"
              r"|minutes|moment)",
              r"(?:only |just )?(?:came|come) (?:round|around|to)(?=\s*(?:[.,!?]|$|again\b))",
              rf"{STAND}\b[^.?!]{{0,60}}?\b{DARKEN}", rf"{DARKEN}\b[^.?!]{{0,40}}?\b(?:when|whenever|every time"
              rf"|each time|as soon as|if) (?:i|he|she|they|we) {STAND}",
              r"(?:have|has|had|having|need|needs|needed) to (?:\w+ )?(?:grab|hold|clutch|cling|hang on|lean)"
              r" (?:on ?to |onto |on |against )?(?:the |a |my |his |her )?(?:wall|walls|door ?frame|doorway"
              r"|furniture|banister|bannister|counter|worktop|sink|table|chair|radiator|rail|towel rail|something"
              r"|anything"
              r"|things|whatever(?:'s| is)? (?:near|nearby|closest|to hand))\b[^.?!]{0,30}?"
              r"\b(?:or (?:i|he|she|they)(?:'ll|'d| will| would)? (?:\w+ )?(?:go down|fall|collapse|faint|pass out"
              r"|drop|keel over|hit the floor|black out)|(?:so|to stop|to keep|in case) (?:i|he|she|they|myself"
              r"|himself|herself|me|him|her) (?:(?:don't|doesn't|didn't|won't) |from )?(?:fall\w*|go(?:ing)? down"
              r"|collaps\w*|faint\w*|keel\w* over|pass\w* out)|to (?:stay|keep) (?:up|upright|standing|on (?:my|his|her"
              r"|their) feet))",
              rf"{STAND}\b[^.?!]{{0,60}}?\b(?:nearly|almost|about to) (?:\w+ )?(?:hit the floor|go down|went down"
              r"|pass out|passed out|passing out|faint|fainted|fainting|black out|blacked out|collapse|collapsed"
              r"|keel over|keeled over)",
              r"(?:nearly|almost) (?:hit the floor|keeled over|passing out|fainting|blacking out|collapsing)",
              rf"(?:i|he|she|they|we|vision|sight|eyes|everything|{FAMILY}) (?:\w+ )?(?:black|blacks|blacking|grey"
              r"|greys|greying|gray|grays|graying) out",
              r"(?:so|too|very|really) (?:dizzy|light-?headed|woozy|faint) (?:that )?(?:i|he|she|they) (?:can't"
              r"|couldn't|can barely|can hardly|could barely|could hardly) (?:stand|walk|get up|stay upright)",
              rf"{PRESSURE}(?: [\w']+){{0,4}}? (?:(?:is|was|of|at|reads?|reading|says|said|showed|shows|down to|dropped"
              rf" to|came out at|=|:) )?{LOW_READING}",
              rf"(?:can't|couldn't) {STAND} without (?:\w+ )?(?:passing out|fainting|blacking out|falling|feeling"
              r" faint|going dizzy)")),
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
              r"heart (?:is )?(?:racing|pounding|fluttering|skipping|beating (?:really |very |so )?fast)",
              r"(?:heart|pulse|heart ?beat)(?:'s| is| has| keeps| kept| was| feels)?(?: [\w']+){0,4}? (?:racing"
              r"|pounding|fluttering|flipping|flip-flopping|skipping|missing (?:beats|a beat)|thumping|thudding"
              r"|hammering|banging|jumping|galloping|going (?:mad|crazy|wild|haywire)|doing (?:somersaults|flips"
              r"|backflips|cartwheels)|all over the place|beating (?:\w+ ){0,2}(?:fast|hard|irregular\w*|funny"
              r"|weird|wrong))\b(?![^.?!]{0,30}\b(?:every time|whenever|when (?:the|my|i|he|she|they|we|you)"
              r"|thinking|at the thought|nerves|excite\w*|anxi\w*|worr\w*|scared|waiting|exercis\w*|gym|bike|cycling"
              r"|jog\w*|workout|treadmill|running|swim\w*|physio))",
              r"palpitations", r"racing heart",
              r"(?:heart ?beat|pulse) (?:\w+ ){0,3}(?:fast|racing|irregular|pounding|all over the place|skipping)",
              r"irregular (?:heart ?beat|pulse)",
              r"(?:heart|heart rate|pulse) (?:is |was |'s )?(?:at |of )?(?:1[3-9]\d|2\d\d)\b")),
    "stroke": RedFlag(
        strong=(r"(?:lost|losing) (?:the |all )?(?:vision|sight) in (?:my|his|her|one|the) (?:\w+ )?eye",
                r"curtain (?:came|coming|has come|comes) down", r"seeing double",
                r"everything(?:'s| has| is)? (?:gone|going) (?:blurry|dark|black|double)"),
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
              r"blurr\w* vision", r"double vision",
              r"vision (?:in (?:my|his|her|one) (?:\w+ )?eye )?(?:\w+ ){0,2}(?:went|gone|going|is|has gone)"
              r" (?:\w+ )?(?:blurr\w*|dark|black|double|fuzzy)",
              r"(?:can't|couldn't|unable to) (?:stand|walk|get up) (?:up )?(?:on (?:his|her|my|their) own"
              r"|by (?:him|her|my|them)sel\w+|at all|anymore)",
              r"legs (?:just )?(?:give|gave|giving|keep giving) (?:way|out)", r"floppy",
              r"(?:arm|leg|hand|side of (?:my|his|her) face) (?:just )?(?:went|gone|going|is|feels) (?:all )?"
              r"(?:heavy|numb|weak|dead|limp|floppy)",
              r"seeing (?:two of everything|things double)",
              r"(?:everything|vision|sight|eyesight|view)\b[^.?!]{0,30}?\b(?:went|gone|going|turned|turning|goes"
              r"|go) (?:all |a bit |sort of |kind of )?(?:grey|gray|dark|black|white|blank|misty|dim|fuzzy)",
              r"(?:half|side|part|bit|corner|top|bottom|edge) of (?:everything|(?:my|his|her|their|the) (?:vision"
              r"|sight|eyesight|view)|what (?:i|he|she|they) (?:see|sees|look at|looks at))\b[^.?!]{0,30}?\b"
              r"(?:vanish\w*|gone|missing|disappear\w*|blank|black|dark|grey|gray|cut off|blacked out)",
              r"(?:can't|couldn't) see (?:\w+ ){0,3}(?:left|right|one) (?:side|half)",
              r"(?:vision|sight)(?: (?:on|in|out of) (?:the |my |his |her |one )?(?:\w+ )?(?:side|eye|left|right))?"
              r" (?:has |is |'s )?(?:gone|went|disappeared|vanished|missing)\b(?! (?:blurry|back|away|up|down|to"
              r"|fuzzy|funny|weird|a bit|all))",
              r"half (?:of )?(?:the world|everything|the room|the page|the screen|the tv|(?:my|his|her) view)\b"
              r"[^.?!]{0,20}?\b(?:missing|gone|vanished|disappeared|blank|black|dark)",
              r"(?:looking|seeing|look|see) (?:through|thru) (?:a |an )?(?:\w+ )?(?:fog|mist|haze|frosted glass|smoke"
              r"|veil|net curtain|dirty window)",
              r"(?:fog|mist|haze|veil|shadow|grey patch|dark patch|black patch|blind spot)\b[^.?!]{0,15}?\b(?:over"
              r"|in|across|covering) (?:the (?:middle|centre|center|top|bottom|side|edge) of )?(?:my|his|her|one"
              r"|the|their) (?:\w+ )?(?:eye|vision|sight)",
              r"(?:curtain|blind|shade|shadow|veil|shutter)\b[^.?!]{0,30}?\b(?:came|coming|come|pulled|drawn"
              r"|dropp\w*|fell|falling|creeping|moving) (?:down|across|over|up)",
              r"(?:can't|couldn't|can no longer|unable to|not able to|struggl\w* to|no strength to) (?:properly "
              r"|even )?(?:grip|grasp|squeeze|hold on ?to|lift (?:a|the|his|her|my|their) (?:cup|mug|glass|fork"
              r"|spoon))\b"
              r"(?![^.?!]{0,40}\b(?:with|because of|due to|from) (?:the |my |his |her |this )?(?:dressing|bandage"
              r"|cannula|cast|splint|plaster|neuropathy|arthritis|cut|burn|gloves?))",
              r"(?:hand|arm|leg|foot|fingers)\b[^.?!]{0,25}?\b(?:isn't|aren't|wasn't|weren't|not|doesn't feel like"
              r"|don't feel like|didn't feel like) (?:it's |they're )?(?:mine|his|hers|theirs|(?:my|his|her|their)"
              r" own|part of (?:me|him|her|them)|attached)\b",
              r"(?:arm|leg|hand|foot|side)\b[^.?!]{0,25}?\b(?:a dead weight|a lead weight|like lead|like jelly"
              r"|useless)",
              r"(?:lost|losing|gone|missing|can't see) (?:the |my |his |her )?(?:\w+ )?(?:half|side|part|bit|corner"
              r"|top|bottom|edge) of (?:everything|(?:my|his|her|their|the) (?:vision|sight|eyesight|view))",
              r"(?:belongs?|belonged|belonging) to (?:someone|somebody) else", r"someone else's (?:hand|arm|leg)",
              r"(?:hand|arm|leg|foot|fingers)\b[^.?!]{0,20}?\b(?:won't|doesn't|wouldn't|didn't|can't) (?:do what"
              r"|obey|listen|work|respond|close|open|grip|hold)\b",
              r"(?:keeps?|kept|keep on) dropping (?:things|stuff|everything|(?:my|his|her|their|the) (?:cup|mug"
              r"|glass|fork|spoon|knife|phone|pen|keys|drink|tea|cutlery))",
              r"(?:everything|vision|sight) (?:\w+ )?(?:looks?|went|gone|is|has gone|going) (?:all )?(?:\w+ )?"
              r"(?:blurry|dim|dark|black|double)")),
    "abdominal_pain": RedFlag(
        strong=(),
        weak=(r"(?:severe|excruciating|unbearable|agonising|agonizing|terrible|awful|horrendous|horrible|crippling"
              r"|stabbing|intense|extreme|really bad|very bad|so bad|worst|screaming|dreadful|shocking) (?:\w+ ){0,2}"
              rf"(?:pains? in (?:my |his |her |their |the )?(?:\w+ )?{TUMMY}|{TUMMY} (?:pains?|aches?|cramps?"
              r"|cramping))",
              rf"{TUMMY} (?:is |'s )?killing (?:me|him|her)",
              rf"{TUMMY} (?:pains?|aches?|cramps?|hurts?|is hurting)\b[^.?!]{{0,20}}?"
              r"\b(?:so bad|so much|so severe|unbearable|excruciating|agony|agonising|agonizing|the worst|worse and"
              r" worse|like (?:a knife|knives|being stabbed))",
              r"doubled over\b", r"(?:doubled|bent|hunched) (?:over|up) (?:in|with|from) (?:the )?(?:pain|agony"
              r"|cramps?)", r"curled up in (?:agony|pain)", r"writhing", r"rolling (?:around )?in (?:pain|agony)",
              rf"curled up (?:in a ball )?(?:on the (?:\w+ )?floor )?[^.?!]{{0,40}}?\b(?:pain|agony|cramp\w*|{TUMMY})\b",
              rf"(?:pain|agony|cramp\w*|{TUMMY})\b[^.?!]{{0,60}}?\bcurled up",
              rf"(?:screaming|crying|writhing|howling|sobbing|moaning) (?:in|with|from) (?:the )?(?:pain|agony)\b"
              rf"[^.?!]{{0,40}}?\b{TUMMY}",
              rf"{TUMMY}\b[^.?!]{{0,60}}?\b(?:screaming|crying|writhing|howling|sobbing) (?:in|with|from) (?:the )?"
              r"(?:pain|agony)",
              rf"{TUMMY} (?:is |feels |'s |has gone |gone |went )?(?:as )?(?:hard|rigid|tight) as a (?:board|rock"
              rf"|drum)", rf"(?:rigid|rock[- ]hard|board[- ]like) {TUMMY}",
              # (not "rigid with fear")
              rf"{TUMMY}\b(?: (?:is|'s|has|have|feels?|felt|gone|went|become|became|got|getting|all|really|very|so"
              r"|completely|totally|just|now))* (?:rock[- ]hard|rigid|board[- ]like|hard (?:as|like) (?:a )?(?:board"
              r"|rock|stone|brick|plank))(?! (?:with|from) (?:fear|nerves|anxiety|worry|terror|stress|tension))",
              rf"{TUMMY}\b[^.?!]{{0,40}}?\b(?:too (?:painful|sore|tender) to (?:touch|be touched)|agony (?:to|when|if)"
              r" (?:touch|\w+ touch\w*)|(?:screams?|screamed|screaming|yelps?|cries out|winces?) (?:if|when|whenever)"
              r" (?:i|you|anyone|someone|we) (?:touch|press|prod)|can't bear (?:anyone |anybody |me |you )?(?:touching"
              r"|to touch|pressing))",
              rf"(?:pain|agony|cramp\w*|{TUMMY})\b[^.?!]{{0,60}}?\b(?:can't|couldn't|unable to) (?:stand up straight"
              r"|straighten up|stand upright)")),
    "diarrhea": RedFlag(
        strong=(),
        weak=(r"diarrhea", r"the runs", r"(?:loose|watery|runny) (?:stools?|bowels?|poo|poop)",
              r"(?:running|rushing|dashing|racing|back and forth|up and down) (?:to|from) the (?:loo|toilet"
              r"|bathroom|lav)\b(?! to (?:pee|wee))",
              r"(?:on|off) the (?:loo|toilet) (?:\w+ ){0,2}(?:every|constantly|non-?stop|all (?:day|night|morning))",
              r"(?:it's|its|it was|it is|coming out|came out|comes out|pouring out) (?:just |pure |only |all |like "
              r"|nothing but )(?:brown )?(?:water|liquid)\b",
              r"(?:water|liquid) (?:just )?(?:pouring|coming|gushing|pours|comes|came) out of (?:me|him|her)",
              r"(?:poo\w*|poop\w*|going) (?:pure |just |only |like |nothing but )(?:brown )?(?:water|liquid)\b"),
        qualifier=(r"severe|really bad|terrible|awful|constant\w*|non-?stop|won't stop|keeps?|kept"
                   r"|repeated\w*|lots of|a lot|many times|several times|multiple times|again and again"
                   r"|every (?:hour|half hour|\d+ minutes)|all (?:day|night|morning)|\d+ times"
                   r"|(?:two|three|four|five|six|seven|eight|nine|ten|a dozen) times|watery|bloody|explosive"
                   r"|can't keep up|dehydrat\w*|dizzy|since (?:yesterday|last night|this morning|\w+day)"
                   r"|every (?:few|couple of|ten|twenty|thirty|\d+) (?:minutes|mins)|every half(?: an)? hour"
                   r"|wobbly|woozy|light-?headed|room spins|topple\w*|nearly fell|pure liquid|just water"
                   r"|for (?:\d+|two|three|several|a few|few) (?:days|hours)")),
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
              rf"|gone|went|came out|comes out|coming out|has been|been) (?:\w+ ){{0,3}}?(?:the colou?r of |like )?"
              rf"{COLA}",
              rf"(?:peeing|weeing|passing|urinating) (?:what looks like )?{COLA}",
              rf"(?:urine|pee|wee)\b[^.?!]{{0,60}}?\b(?:and|but) (?:it's|it is|it was|it looks|it looked|it's gone|its"
              rf"|it has gone|it's been) (?:\w+ ){{0,2}}?{COLA}",
              r"eyes (?:\w+ ){0,3}(?:custard|orang\w*)", r"look (?:a bit |quite |very )?orang(?:ey|e|ish)")),
    "vomiting": RedFlag(
        strong=(r"(?:can't|couldn't) (?:even )?keep (?:[\w-]+ ){0,3}down",
                r"(?:keeps?|kept|can't stop) (?:on )?(?:vomiting|throwing up|being sick|puking)",
                r"(?:vomit\w*|throwing up|being sick|puking) all (?:the )?(?:day|night)", r"can't (?:even )?drink\b",
                r"(?:vomit\w*|threw up|thrown up|throwing up|been sick|sick) (?:after|with) (?:every|each) (?:dose|pill"
                r"|tablet|meal|drink)"),
        weak=(r"(?:vomit\w*|throwing up|being sick|puking) (?:\w+ ){0,3}(?:non-?stop|all (?:day|night)"
              r"|constantly|repeatedly|every (?:hour|time)|\d+ times|everything)",)),
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
              r"(?:pus|gunk|goo|discharge|crust)\b[^.?!]{0,40}?\b(?:line|picc|port|hickman|dressing)\b")),
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
              r"|like balloons|ballooned|bloated)"),
        qualifier=r"sudden\w*|overnight|since yesterday|kg|kilos?|pounds?|lbs|hot|hours?|days?|today|this morning"
                  r"|tonight|won't do up|stone|heavier|like balloons|ballooned"),
    "head_injury": RedFlag(
        strong=(),
        weak=(r"(?:hit|banged|bumped|knocked|smacked|whacked|cracked|hurt) (?:the (?:back|side|front) of )?"
              r"(?:my|his|her|their) head",
              r"(?:fell|fall|fallen|falls) (?:\w+ ){0,3}(?:on|onto|and hit) (?:my|his|her|their|the) head"),
        qualifier=r"platelet|blood thinner|anticoagul\w*|bleed\w*|dizz\w*|vomit\w*|headache|confus\w*|drows\w*"),
}
