"""Red flags as data: urgent symptom and self-harm patterns, temperature thresholds."""

from __future__ import annotations

from typing import NamedTuple

from assistant.safety.vocabulary import one_of

# Temperatures and the conversation window
FEVER_C = 38.0
FEVER_F = 100.4
CELSIUS_RANGE = (34.0, 44.5)
FAHRENHEIT_RANGE = (93.0, 112.0)
TEMPERATURE_TALK = r"\b(?:temp\w*|fever\w*|thermometer|warm|hot|chills|shiver\w*|burning up)\b"
NOT_A_UNIT = r"(?!\s*" + one_of(r"kgs? lbs? pounds mg ml % cm mm years? yrs? weeks? days? hours? hrs? mins?"
                                r" minutes? k\b x\b / percent mmol g/?dl units?") + ")"
RECENT_USER_TURNS = 3  # earlier user turns read together with the current message for red flags


class RedFlag(NamedTuple):
    """One red-flag category: strong phrases describe a current event on their own; weak ones need framing."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]
    qualifier: str = ""  # when set, the recent user text must also match it (e.g. "severe", "spreading")


HAVE = r"(?:have|has|had|'ve got|'s got|got|with|running)"
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
    "neurotoxicity": RedFlag(
        strong=(r"can't (?:wake|rouse) (?:him|her|them|my \w+|\w+ up)", r"won't wake(?: up)?",
                r"(?:hard|difficult|impossible) to (?:wake|rouse|get up)", r"barely (?:wake|rouse|awake)",
                r"(?:talking|speaking) (?:gibberish|nonsense)", r"(?:not|n't) making (?:any )?sense",
                r"(?:asking|asks|asked|keeps asking) (?:me |us )?(?:what|which) (?:year|day|month) it is",
                r"(?:talking|talks|talked|speaking) to (?:people|someone|somebody|things|\w+) (?:who|that)"
                r" (?:aren't|isn't|wasn't|weren't) (?:there|here|in the room|real)",
                r"picking at (?:the )?(?:air|nothing)",
                r"(?:speak|speaks|talk|talks) not (?:correct\w*|right|properly)",
                r"asking (?:me |us )?the same (?:question|thing)s? (?:over and over|again and again|repeatedly"
                r"|all the time)",
                r"(?:calls?|calling|called) (?:\w+ ){1,2}by (?:the wrong name|(?:\w+ )?\w+'s name)",
                r"staring (?:at nothing|into space|blankly)", r"answer\w* (?:\w+ ){0,2}questions? (?:all )?wrong",
                r"(?:went|goes|go|going) (?:all )?stiff", r"eyes (?:rolled|rolling|roll) (?:back|up)",
                r"(?:had|having|has) (?:some kind of |some sort of |what looked like )(?:a )?(?:seizure|fit)",
                r"woke up on the floor", r"bit(?:ten)? (?:my|his|her) tongue",
                r"won't (?:really |properly )?wake(?: up)?(?: properly)?", r"drifts? off again",
                r"(?:only )?grunts? when", r"can't get (?:him|her|them|my \w+|\w+) (?:up|to wake)",
                r"(?:tv|television|radio|walls?|voices?) (?:was|were|is|are|keeps?) (?:talking|speaking) to (?:her|him|me|them)",
                r"laughing at nothing", r"hearing voices", r"zon(?:ing|es|ed) out",
                r"stuck (?:halfway )?(?:through|in the middle of) (?:a )?sentence",
                r"word'?s? (?:just )?(?:vanish\w*|disappear\w*)",
                r"(?:didn't|doesn't|did not|does not) (?:seem to )?(?:clock|realise|realize) (?:it was|it's|that it was) me",
                r"(?:couldn't|can't) (?:\w+ ){0,5}remember how to (?:spell|write|read|use)",
                r"there (?:are|were) (?:\w+ ){0,2}(?:cats|people|bugs|insects|spiders|animals|children|men|dogs) (?:walking"
                r"|crawling|sitting|standing|in the)", r"(?:isn't|wasn't|not) (?:him|her|them)sel(?:f|ves) at all",
                r"mix(?:es|ing)? (?:up )?(?:the |his |her )?words",
                r"asleep for (?:like |about |over |nearly )?\d+ ?(?:hrs|hours)",
                r"(?:shook|shake|shaking) (?:him|her|them) and (?:he|she|they) (?:just )?(?:mumbled|grunted|didn't wake)",
                r"woke up on the (?:\w+ )?floor", r"bitten tongue", r"(?:holding|clutching) (?:his|her|my) head",
                r"head (?:started|starts) (?:hurting|pounding|throbbing) (?:all of a sudden|suddenly)",
                r"can't (?:bend|move|turn) (?:my|his|her) neck",
                r"came out as (?:scribbles?|nonsense|gibberish)", r"staring at (?:the )?(?:wall|ceiling|nothing)",
                r"not answering (?:us|me|questions)", r"asked (?:me |us )?who (?:i|we) (?:was|were|am|are)",
                r"(?:couldn't|can't|didn't) remember (?:my|his|her|our) (?:\w+'s )?(?:name|phone number|address)",
                r"(?:hand|arm|leg|face) (?:is |keeps? )?(?:jumping|jerking|twitching|shaking) (?:on its own|alone|by"
                r" itself)",
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
                r"words (?:\w+ ){0,3}(?:wrong order|mixed(?: up)?|jumbled|muddled)",
                r"words (?:came|come|coming) out (?:as )?(?:nonsense|gibberish)"),
        weak=(r"confused", r"confuse", r"confusion", r"muddled", r"disorient\w*", r"delirious", r"delirium",
              r"gibberish", r"jumbled",
              r"garbled", r"slurr\w*", r"hallucinat\w*", r"seeing things", r"word[- ]finding",
              one_of(r"trouble difficulty problems? hard_time struggl\w* can't couldn't unable_to not_able_to"
                     r" hard")
              + r" (?:\w+ ){0,2}(?:speak\w*|talk\w*|say\w*|writ\w*|find\w* (?:\w+ ){0,2}words"
                r"|get\w* (?:the |his |her |my )?words? out|stay\w* awake|wak\w*)(?! (?:to|about|with|up to)\b)",
              r"(?:hand)?writing(?:'s)? (?:\w+ ){0,5}" + one_of(r"messy changed worse shaky illegible wobbly looks"
                                                         r" different off odd scribbl\w* unreadable"
                                                         r" all_over_the_place strange weird bad"),
              r"(?:can't|unable to) hold (?:a|the|his|her|my) (?:pen|pencil|cup|fork|spoon)",
              r"(?:not|\w+n't) (?:been )?(?:answering|responding) (?:\w+ ){0,2}(?:properly|normally|right"
              r"|sensibly)",
              r"(?:he|she|they) (?:doesn't|didn't|can't|couldn't|not|does not|did not) (?:seem to )?understand\b"
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
              r"can't think (?:straight|clearly|properly)", r"agitat\w*",
              r"not like (?:him|her|them|my)(?:sel(?:f|ves))? at all",
              r"can't keep (?:his|her|my|their) eyes open", r"funny turn",
              one_of("pounding splitting severe terrible worst blinding very_strong strong awful crushing")
              + r" (?:\w+ )?(?:headache|pain in (?:my |his |her |the )?head)",
              r"(?:stiff neck|neck is (?:\w+ )?stiff)", r"light hurts (?:my|his|her|their) eyes",
              r"words (?:are |keep )?(?:coming|come|came) out (?:all )?"
              r"(?:wrong|jumbled|mixed up|muddled|funny|weird|slurred)")),
    "collapse": RedFlag(
        strong=(r"passed out", r"fainted", r"crumpled", r"came round after",
                r"(?:nearly|almost) (?:went down|passed out|fainted|blacked out|collapsed)",
                r"(?:keep|keeps|kept) (?:going|greying) (?:grey|gray|dark|black)",
                r"collapsed(?! with laugh\w*| laughing| in laugh\w*)",
                r"blacked out",
                r"lost consciousness",
                r"unconscious",
                r"unresponsive", r"not responding(?! to (?!me\b|us\b|anyone|anything|voices?))",
                r"(?:feel|feeling|felt) (?:very |really )?faint"),
        weak=(r"low blood pressure", r"(?:blood pressure|bp) (?:is |has |keeps )?(?:\w+ )?(?:low|dropp\w*)")),
    "bleeding": RedFlag(
        strong=(r"won't stop bleeding",
                r"(?:bleeding|nosebleed|nose bleed|it) (?:won't|doesn't|hasn't|isn't|can't) (?:\w+ )?stop",
                r"(?:can't|couldn't|hasn't|haven't|won't|doesn't) stop(?:ped)? (?:the )?(?:bleeding"
                r"|nosebleed)",
                # "has been bleeding for an hour and won't stop"
                r"(?:has|have|'s|'ve|is|are|keeps?) (?:been )?bleeding(?: \S+){1,6}? (?:and |but )?(?:still |just )?"
                r"(?:won't|doesn't|hasn't|isn't|can't|will not|does not|has not) (?:\w+ )?stop",
                r"(?:has|have|'s|'ve) been bleeding (?:for |since )?(?:over |more than |about |nearly |almost )?"
                r"(?:an hour|half an hour|\d+ ?(?:minutes|mins|hours))",
                r"(?:coughing|vomiting|throwing|peeing|pooping|spitting|puking) (?:up )?(?:lots of )?blood",
                r"coffee[- ]grounds?", r"coffee granules", r"(?:toilet|loo)[^.]{0,30}\bthere (?:is|was) blood",
                r"blood(?:, red,)? (?:\w+ ){0,4}in the (?:water|toilet|bowl)",
                r"looks? like tar\b",
                r"(?:bright )?red streaks (?:through|in) (?:it|the vomit|the sick|my sick)"),
        weak=(r"blood (?:\w+ ){0,2}(?:coming|pouring|dripping|oozing|leaking) (?:out )?(?:from|of)",
              r"(?:urine|pee|wee|stool|stools|poo|poop) (?:is |was |looks |has been |turned |went "
              r"|came out )?(?:\w+ )?(?:red|pink|reddish|pinkish|bloody|black|tarry)\b",
              r"clots? in (?:my |his |her |the )?(?:urine|pee|wee|it)",
              r"blood in (?:the|his|her|my) (?:toilet|loo|bowl|nappy|diaper)", r"(?:bright )?red blood",
              r"vomit\w* (?:\w+ ){0,2}(?:with )?blood",
              r"gums (?:\w+ ){0,3}(?:bleed\w*|oozing|ooze)",
              r"covered in (?:bruises|bruising|spots|blood)",
              r"(?:stool|stools|poo|poop|nappy|diaper)s? (?:\w+ ){0,3}(?:black|tarry|jet black)\b",
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
              + r" (?:\w+ ){0,2}breath\w*",
              r"lips (?:are |look |going |turned |turning )?(?:\w+ ){0,2}(?:blue|bluish|blue-ish|purple|gr[ae]y)",
              r"puffed (?:out )?(?:just )?(?:sitting|lying|resting)",
              r"(?:blue|purple|gr[ae]y) lips",
              r"breathing (?:is |seems |sounds |feels )?(?:very |really )?"
              + one_of(r"fast rapid shallow slow noisy weird strange labou?red heavy funny hard"),
              r"low oxygen",
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
              r"(?:everything|vision|sight) (?:\w+ )?(?:looks?|went|gone|is|has gone|going) (?:all )?(?:\w+ )?"
              r"(?:blurry|dim|dark|black|double)")),
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
        weak=(r"rash\w*", r"hives", r"welts", r"blister\w*", r"peeling skin", r"skin (?:is )?peeling",
              r"skin (?:is )?(?:coming|peeling|falling) (?:away|off)", r"mouth (?:is )?full of sores"),
        qualifier=(r"spread\w*|all over|everywhere|whole body|getting (?:bigger|worse)|growing|blister\w*|in sheets|sores"
                   r"|peel\w*|covering|covers|over (?:his|her|my) (?:whole|entire)"
                   r"|to (?:my|his|her) (?:chest|back|face|arms|legs|stomach|belly|neck)")),
    "jaundice": RedFlag(
        strong=(),
        weak=(r"(?:skin|eyes?|whites of (?:my|his|her|the) eyes) (?:\w+ ){0,3}(?:yellow\w*|jaundic\w*)",
              r"yellow\w* (?:\w+ )?(?:skin|eyes?|tinge)", r"jaundic\w*",
              r"(?:look|looks|looking|turned|turning|gone|going|went) (?:a bit |quite |very )?yellow",
              r"(?:dark brown|tea[- ]colou?red|cola[- ]colou?red) (?:urine|pee)",
              r"(?:urine|pee|wee) (?:is |looks )?(?:the colou?r of )?(?:cola|tea|coke)\b",
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
              r"(?:her|his|my) (?:port|line|picc|hickman)\b[^.]{0,80}?\b(?:swollen|pus|oozing|warm|hot|puffy|throbbing)\b")),
    "urine": RedFlag(
        strong=(),
        weak=(r"(?:peeing|weeing|urinating|peed|passing urine) (?:\w+ )?(?:hardly|barely|very little|almost nothing"
              r"|much less|nothing)",
              r"(?:hardly|barely|not|hasn't|haven't|hadn't|isn't|wasn't) (?:been )?(?:peeing|weeing|urinating|peed|weed"
              r"|passed (?:any )?urine)",
              r"(?:very )?little (?:or no )?(?:urine|pee|wee)\b", r"no (?:urine|pee|wee)\b",
              r"(?:no|hasn't had a|not had a|hasn't had any|no more) wet (?:nappy|nappies|diaper|diapers)",
              r"only (?:been|gone) to the (?:loo|toilet|bathroom) once",
              r"(?:barely|hardly|not) (?:been|gone) to the (?:loo|toilet|bathroom)",
              r"(?:haven't|hasn't|not|hadn't) passed (?:any )?(?:water|urine)")),
    "allergy": RedFlag(
        strong=(r"(?:face|tongue|lips?|throat|mouth|eyes|eyelids)(?: and (?:face|tongue|lips?|throat|mouth|eyes"
                r"|eyelids))? (?:\w+ ){0,2}"
                r"(?:swell\w*|swollen|puff\w* up|closing up)",),
        weak=(r"anaphyla\w*", r"voice (?:is |has )?(?:going|gone|getting) (?:\w+ )?hoarse")),
    "swelling": RedFlag(
        strong=(r"weight (?:go|goes|gone|went|has gone) up (?:\d+|a few) ?(?:kg|kilos?|pounds?|lbs)",
                r"(?:put on|gained|up) (?:\d+|a few|several|two|three|four|five) ?(?:kg|kilos?|pounds|lbs)"
                r" (?:overnight|in a day|since (?:yesterday|\w+day)|in (?:a|one|two|\d+) days?)",),
        weak=(r"(?:ankles?|legs?|feet|knees?|joints?|arms?|belly|tummy|stomach) (?:and (?:\w+ )?\w+ )?"
              r"(?:have |has |is |are |just |suddenly )*(?:\w+ )?(?:swell\w*|swollen|blew up|blown up|puffed up)",),
        qualifier=r"sudden\w*|overnight|since yesterday|kg|kilos?|pounds?|lbs|hot|hours?|days?|today|this morning"
                  r"|tonight|won't do up"),
    "head_injury": RedFlag(
        strong=(),
        weak=(r"(?:hit|banged|bumped|knocked|smacked|whacked|cracked|hurt) (?:the (?:back|side|front) of )?"
              r"(?:my|his|her|their) head",
              r"(?:fell|fall|fallen|falls) (?:\w+ ){0,3}(?:on|onto|and hit) (?:my|his|her|their|the) head"),
        qualifier=r"platelet|blood thinner|anticoagul\w*|bleed\w*|dizz\w*|vomit\w*|headache|confus\w*|drows\w*"),
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
            r"(?:giving|gave|give|gives) (?:all )?(?:his|her|my|their) (?:things|stuff|belongings|possessions)"
            r"(?: [\w,']+){0,8}? away",
            r"won't be needing (?:them|it|these|those|anything|my \w+)",
            r"won't be (?:around|here) (?:much longer|for long|anymore|any more|much more)",
            r"pills (?:\w+ ){0,2}lined up",
            r"how easy it would be to (?:just )?(?:go over|jump|end it|step off|drive off)",
            r"cutting again",
            r"(?:closed|shut) garage with the engine running",
            r"look after (?:the|my) (?:dog|cat|kids|children) for me",
            r"would it take to (?:just )?(?:go to sleep|not wake|die|end it)", r"how many (?:[\w-]+ ){0,3}it takes",
            r"planning how to (?:make that happen|do it|end it)", r"(?:last|final) goodbye", r"lethal dose",
            r"won't be a burden (?:to \w+ )?(?:much|for) (?:longer|long)", r"sorted (?:out )?(?:his|her|my) will",
            r"(?:wish|wishing|wishes) (?:i|he|she) (?:just )?(?:wouldn't|won't|didn't) wake up",
            r"(?:driv\w*|swerv\w*|steer\w*) (?:the |my |his |her )?car into",
            r"goodbye (?:note|letter|message)s?",
            r"(?:stash|stockpile|hoard) of (?:his |her |my )?(?:\w+ )?(?:pills|tablets|meds|painkillers)",
            r"putting (?:aside|away|by) (?:my|his|her) (?:\w+ )?(?:pills|tablets|meds)",
            r"(?:how much|how many) (?:[\w-]+ ){0,4}(?:would it take|to take) to (?:not wake up|die|end it)",
            r"cutting (?:my|his|her)(?:self| arms?| legs?| wrists?| skin)", r"won't be around (?:for it|to see)",
            r"letters (?:\w+ ){0,3}for (?:after|when i'm gone)", r"sort(?:ed|ing) out (?:his|her|my) affairs",
            r"(?:made|making) (?:my|his|her) peace",
            r"disappear (?:for good|forever)", r"see to it (?:my|him|her)self",
            r"(?:no one|nobody) would (?:even )?(?:miss|notice|care)(?: (?:me|him|her))?(?: if|\s*[.!]|\s*$)",
            r"hope (?:i|he|she) (?:just )?(?:don't|doesn't|won't|never) wake up",
            r"(?:saving|stockpiling|hoarding|collecting|storing) (?:up )?(?:all )?(?:my |his |her )?(?:\w+ )?"
            r"(?:pills|tablets|meds|medicines?)",
            r"how many (?:[\w-]+ ){0,5}(?:it would take|would (?:do it|be enough|kill))",
            r"(?:not|n't) (?:going to|gonna) (?:stick|stay|be) around",
            r"(?:driv\w*|jump\w*|walk\w*|swerv\w*|steer\w*) (?:\w+ ){0,2}off (?:a |the )?(?:bridge|cliff|roof|building"
            r"|balcony|road)",
            r"(?:driv\w*|swerv\w*|steer\w*) into (?:a |the )?(?:wall|tree|traffic|truck|lorry|river|lake|sea|canal"
            r"|oncoming \w+)",
            r"jump off (?:a |the )?(?:bridge|roof|building|cliff|balcony)", r"hang (?:my|him|her)self",
            # Passive wishes not to exist: "it would be easier if I just wasn't here anymore".
            r"(?:easier|better(?: off)?|relieved|happier) (?:for (?:everyone|everybody|them|us|my family|the family) )?"
            r"if (?:i|he|she) (?:just )?(?:wasn't|weren't|was gone|were gone|didn't exist|died|was dead|were dead"
            r"|wasn't alive|weren't alive|wasn't around|weren't around)",
            r"(?:wish|wishing|wishes) (?:i|he|she) (?:wasn't|weren't|was never|were never|had never been)"
            r" (?:here|around|alive|born)",
            r"(?:wish|wishing|wishes) (?:i|he|she) (?:could|would) (?:just )?(?:go to sleep and )?"
            r"(?:not|never) wake up",
            r"(?:don't|doesn't) want to (?:exist|be around) (?:anymore|any more)",
            r"(?:no one|nobody) would (?:even )?(?:miss|notice)(?: (?:me|him|her))?"
            r" if (?:i|he|she) (?:was|were) gone",
            r"(?:what's|what is) the point (?:of|in) (?:living|going on|being alive|me being here)"),
    # A sense of being a burden is a warning sign, urgent when said of oneself now.
    weak=(r"suicid\w*", r"self[- ]?harm\w*", r"overdos\w*",
          r"(?:a|such a|just a) burden (?:on|to) (?:everyone|everybody|my family|them|you all|the people)",
          r"(?:don't|doesn't) want to do this (?:anymore|any more)", r"(?:done|finished|tired|sick) (?:of )?fighting",
          r"(?:stored|saved|saving|hidden|hiding) (?:\w+ ){0,3}(?:oxycodone|morphine|painkillers|sleeping (?:pills"
          r"|tablets))",
          r"(?:i've|i have) got enough(?: pills| tablets)?",
          r"(?:this is )?the last time (?:i'll|i will) be (?:chatting|talking|here|writing)"),
)
