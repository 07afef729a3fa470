"""Red flags as data: urgent symptom patterns, temperature thresholds (self-harm is in self_harm.py)."""

from __future__ import annotations

from typing import NamedTuple

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


class RedFlag(NamedTuple):
    """One red-flag category: strong phrases describe a current event on their own; weak ones need framing."""

    strong: tuple[str, ...]
    weak: tuple[str, ...]
    qualifier: str = ""  # when set, the recent user text must also match it (e.g. "severe", "spreading")


HAVE = r"(?:have|has|had|'ve got|'s got|got|with|running)"
# not knowing someone because they look different
NEW_LOOK = (r"(?![^.?!]{0,40}\b(?:beard|haircut|hair|glasses|wig|mask|hat|bald|make-?up|shaved|in the dark"
            r"|at first))")
# red in the toilet that the message itself puts down to food ("that was from the beetroot")
# The room going dark or grey, as a faint comes on
DARKEN = (r"(?:(?:room|world|everything|it all|vision|sight|eyesight|eyes)\b(?: \w+){0,3}? (?:goes|go|went|gone"
          r"|going|turns|turned|turning|fades|faded|fading|started to go|starts to go|start going|starts going)"
          r" (?:all |a bit |sort of |kind of |completely )?(?:black|dark|grey|gray|white|dim|fuzzy|starry|spotty"
          r"|misty|blurry)|(?:black|dark|grey|gray|dim|fuzzy)(?:ness)? (?:at|around|round|from) the edges"
          r"|(?:blacks?|greys?|grays?|whites?) out|tunnel vision|see(?:ing)? stars)")
NOT_FOOD = (r"(?![^.?!]{0,60}\b(?:was|from|because of|after|due to|turned out to be|just|since)"
            r"(?: (?:i|he|she|we|they) (?:ate|had|started|took))? (?:the |some |eating |all |a lot of |lots of "
            r"|taking )?(?:beetroot|beets|red dye|food colou?ring|dye|blueberries|blackcurrants?|liquorice|licorice"
            r"|black pudding|iron (?:tablets|pills|supplements)|bismuth|pepto\w*)\b)")
# Things and beings everyone can name: forgetting what they are called is a new word-finding problem
FAMILIAR_WORDS = (rf"(?:{FAMILY}|wife|children|kids|grandchildren|grandkids|grandson|granddaughter|family|dog"
                  r"|cat|pet|spoon|fork|knife|cup|mug|glass|kettle|remote|toothbrush|pen|shoes|chair|table|bed|clock"
                  r"|plate|bowl)s?")
FAMILIAR = (rf"{FAMILIAR_WORDS}(?!'s|[ -](?:shop|app|place|company|brand|store|park|clinic|ward|hospital|cent(?:re|er)|line"
            r"|number|food|insurance|sitter|walker|vet|breed|liaison|doctor|gp|nurse|member|friend|support|room"
            r"|charity|group|team|service|website|trust)\b)")
# Getting up: where a faint announces itself
STAND = (r"(?:stand|stands|standing|stood|get up|gets up|getting up|got up|sit up|sits up|sat up"
         r"|(?:get|gets|getting|got) out of (?:bed|the \w+))")
TUMMY = r"(?:stomach|tummy|belly|abdomen|abdominal|gut|guts)"
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
                r"words? (?:just )?(?:keeps? |kept )?(?:on )?(?:vanish\w*|disappear\w*|slipping away)",
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
                r"(?:not|isn't|wasn't|won't|hasn't been|stopped) answering (?:us|me|questions)",
                r"(?:asked|asking|asks) (?:me |us |him |her )?who (?:(?:i|we) (?:was|were|am|are)|i'm|we're)\b",
                r"(?:couldn't|can't|didn't) remember (?:my|his|her|our) (?:\w+'s )?(?:name|phone number|address)",
                r"(?:hand|arm|leg|face) (?:is |keeps? )?(?:jumping|jerking|twitching|shaking) (?:on its own|alone|by"
                r" itself)",
                r"(?:having|had|has|is having) (?:a |another )?(?:seizure|fit)s?\b", r"seizing",
                r"doesn't (?:know|recogni[sz]e) (?:me|us|where|who|what)",
                r"(?:doesn't|didn't|can't|couldn't|won't|no longer) (?:seem to |even |really )?recogni[sz]e"
                r" (?:me|us|anyone|anybody|any of us|where|who|the (?:house|room|ward|kitchen|place)"
                rf"|(?:his|her|their|my) (?:own )?(?:\w+ )?(?:{FAMILY}|wife|children|kids|family|grandchildren"
                r"|grandkids|grandson|granddaughter|house|home|room|bedroom|kitchen|surroundings|face|reflection"
                rf"|dog|cat)|{FAMILY})\b" + NEW_LOOK,
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
              r"(?:stiff neck|neck is (?:\w+ )?stiff)",
              # light that hurts, and a headache that came from nowhere
              r"(?:light|lights|brightness|sunlight|daylight) (?:is |are )?(?:\w+ ){0,2}(?:hurts?|hurting"
              r"|painful|unbearable|killing) (?:my|his|her|their)",
              r"(?:light|lights|brightness|sunlight) (?:makes|made|is making) (?:it|the (?:pain|headache)|my"
              r" (?:head|headache)) worse", r"head\b[^.?!]{0,20}?\b(?:explod\w*|burst\w*) (?:with|in) pain",
              r"(?:can't|couldn't) (?:stand|bear|face|look at|cope with|tolerate) (?:the )?(?:light|lights"
              r"|brightness|sunlight)", r"hiding from (?:the )?(?:light|lights|sun)",
              r"(?:headache|head|pain in (?:my|his|her|the) head)\b[^.?!]{0,40}?\b(?:(?:came|come|comes|coming)"
              r" (?:on )?(?:out of nowhere|out of the blue|from nowhere|all of a sudden|suddenly|like a \w+)"
              r"|like a thunderclap|like (?:being|someone|somebody|i'd been|he'd been|she'd been|i was|he was"
              r"|she was|it was|i've been) (?:\w+ )?(?:hit|kicked|smacked|whacked|struck|shot|hammered))",
              r"(?:out of (?:the blue|nowhere)|all of a sudden|suddenly)[^.?!]{0,30}?\b(?:headache|pain in"
              r" (?:my|his|her) head|worst (?:\w+ ){0,2}(?:pain|headache))",
              r"worst (?:\w+ ){0,2}(?:headache|head ?ache|pain (?:in|of) (?:my|his|her|their) (?:life|head))",
              # writing or typing that has become squiggles, and who one's family are
              r"(?:writ\w*|wrote|sign\w*|name|note|list|card|text\w*|typ\w*|pen|pencil|crossword|forms?"
              r"|letters|words)\b[^.?!]{0,60}?\b(?:squiggl\w*"
              r"|scribbl\w*|scrawl\w*|random (?:letters|marks|squiggles)|illegible|unreadable|gibberish)",
              r"(?:can't|couldn't|unable to|forgot how to|forgotten how to|struggl\w* to) (?:even )?(?:write"
              r"|sign|spell) (?:his|her|my|their) (?:own )?name",
              r"(?:didn't|doesn't|don't|can't|couldn't) (?:seem to |even |really )?(?:know|remember|work out"
              r"|place) who (?:(?:i|we) (?:am|are|was|were)|i'm|we're)\b",
              r"asked (?:me|us|him|her) (?:if|whether) (?:i|we|he|she) (?:was|were|am|are) (?:the|a|an)"
              r" (?:new )?(?:nurse|doctor|stranger|cleaner|carer|neighbour|neighbor|porter|visitor)",
              r"(?:thinks?|thought|convinced|insists?|insisting|insisted) (?:that )?(?:[\w']+ ){0,3}?(?:a stranger"
              r"|strangers|an? (?:impostor|imposter|intruder)|someone else)\b(?!')" + NEW_LOOK,
              r"(?:no idea|didn't know|doesn't know|didn't realise|didn't realize|doesn't realise|doesn't realize)"
              r" (?:that )?(?:i|we|i'm|we're) (?:was |were |am |are )?(?:his|her|their) (?:own )?"
              rf"(?:{FAMILY}|wife|carer|family)",
              # names of familiar people, pets and things that will not come
              r"(?:can't|couldn't|can no longer|unable to|not able to|struggl\w* to|forg[eo]t\w*|didn't|doesn't)"
              r" (?:even )?(?:remember |recall |think of |say |find |come up with |know )?(?:the |what )?names? (?:of"
              rf"|for) (?:(?:the|a|an|my|our|his|her|their|own|both|all|\w+'s) ){{0,3}}{FAMILIAR}\b",
              r"(?:can't|couldn't|can no longer|unable to|not able to|struggl\w* to|forg[eo]t\w*|didn't|doesn't)"
              r" (?:\w+ ){0,3}names? (?:of|for) (?:simple|everyday|common|ordinary|basic|familiar|normal|household)"
              r" (?:\w+ )?"
              r"(?:things|objects|items|words)",
              rf"(?:forg[eo]t\w*|can't remember|couldn't remember|blank\w* on) (?:my|our|his|her|their) (?:own )?"
              rf"(?:\w+ )?{FAMILIAR_WORDS}'s name", r"forg[eo]t\w* (?:my|(?:my|our|his|her|their) own) name\b(?! (?:badge|tag|card|label|sticker|band))",
              r"(?:can't|couldn't|unable to|not able to|struggl\w* to) (?:even )?name (?:my|our|his|her|their|a|the"
              rf"|simple|everyday|common|ordinary|basic|familiar) (?:own )?(?:\w+ )?(?:{FAMILIAR}|things|objects)\b",
              r"(?:can't|couldn't|didn't|doesn't|don't|can no longer|unable to|not able to|forgot|forgotten|no idea)"
              r" (?:\w+ )?(?:remember|know|say|think of|recall|tell (?:me|us)) what (?:a|an|the|his|her|my|their|our)"
              r" (?:\w+ )?"
              rf"{FAMILIAR} (?:is|are|was|were) called",
              r"(?:point\w*|held up|holding up|picked up|looking) (?:at |to )?(?:\w+ ){0,3}and (?:\w+ )?(?:couldn't"
              r"|can't|didn't|doesn't) (?:\w+ ){0,2}(?:say|remember|name|tell (?:me|us)|think of|know) (?:what (?:it"
              r"|they|that|this) (?:is|are|was|were) called|the (?:word|name) for (?:it|them|that|this))",
              r"(?:saying|says|said|using|uses|calling|calls|called|pointing|points)\b[^.?!]{0,30}?\binstead of"
              r" (?:the )?(?:\w+ ){0,2}(?:words?|names?)\b",
              rf"(?:calls?|calling|called) (?:the |his |her |my |a |an )?{FAMILIAR} ['\"]?(?:the |that |a )?(?:\w+ )?"
              r"(?:thing|thingy|whatsit|thingamajig|thingummy|doodah|whatchamacallit)\b",
              r"(?:think of|remember|find|say|get|come up with) the (?:right )?word for (?:a |an |the |his |her |my "
              rf"|their |our )?(?:\w+ )?{FAMILIAR}\b",
              r"(?:keeps?|kept) (?:calling|saying|pointing)\b[^.?!]{0,40}?(?:['\"](?:the |that |a )?thing['\"]"
              r"|\b(?:thingy|whatsit|thingamajig|thingummy|doodah|whatchamacallit)\b)",
              r"words (?:that )?(?:he|she|they|i|we)(?:'s|'ve| has| have)? (?:\w+ )?(?:known|used|said) (?:forever"
              r"|for years|(?:all|his|her|my|their) (?:whole )?li(?:fe|ves)|every day|daily)",
              # words lost in the middle of a sentence
              r"(?:los\w*|lose|forget\w*|forgot|forgotten|drop\w*|mix\w*) (?:\w+ ){0,2}words? (?:\w+ ){0,2}(?:mid"
              r"|in the middle of|halfway through|half way through|part way through|partway through)[ -]?(?:a |the "
              r"|his |her |my )?(?:sentences?|conversations?|talking|speaking|speech)",
              r"(?:keeps?|kept|keep on|been|started|starting|is|are|'s|'m|i'm) (?:losing|forgetting) (?:his |her |my "
              r"|their |the |simple |common |everyday |basic |ordinary |easy )?words\b",
              r"(?:speech|talking|sentences?) (?:\w+ ){0,2}(?:stops?|stopping|stopped|cuts? out|cutting out|breaks? off"
              r"|breaking off) (?:dead )?(?:mid|in the middle of|halfway through|half way through|part way through)",
              r"(?:trail\w*|tail\w*|peter\w*) (?:off |out )?(?:mid|in the"
              r" middle of|halfway through|half way through|part way through)[ -]?(?:a |the )?sentences?",
              r"(?:the )?words? (?:just )?(?:won't|wouldn't|doesn't|don't|didn't|isn't|aren't|never) come\b"
              r"(?! (?:up|across|into|from|with|in|on|back|under|before|after|first|last)\b)",
              r"know (?:exactly )?what (?:i|he|she|they) (?:want|wants|wanted|mean|means|meant) to say but (?:\w+ ){0,3}"
              r"(?:won't|can't|doesn't|don't|didn't|couldn't|wouldn't|isn't|never) (?:come|get|find)",
              r"(?:can't|couldn't|unable to|struggl\w* to|trouble|hard to) (?:\w+ ){0,2}find(?:ing)? (?:the |his |her "
              r"|my |their |a |any )?(?:right )?word\b(?! (?:to|about|with|for|count|document|file|limit)\b)",
              r"words (?:are |keep )?(?:coming|come|came) out (?:all )?"
              r"(?:wrong|jumbled|mixed up|muddled|funny|weird|slurred)")),
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
              r"|furniture|banister|bannister|counter|worktop|sink|table|chair|radiator|rail|towel rail)\b[^.?!]{0,30}?"
              r"\b(?:or (?:i|he|she|they)(?:'ll|'d| will| would)? (?:\w+ )?(?:go down|fall|collapse|faint|pass out"
              r"|drop|keel over|hit the floor|black out)|(?:so|to stop|to keep|in case) (?:i|he|she|they|myself"
              r"|himself|herself|me|him|her) (?:(?:don't|doesn't|didn't|won't) |from )?(?:fall\w*|go(?:ing)? down"
              r"|collaps\w*|faint\w*|keel\w* over|pass\w* out))",
              rf"{STAND}\b[^.?!]{{0,60}}?\b(?:nearly|almost|about to) (?:\w+ )?(?:hit the floor|go down|went down"
              r"|pass out|passed out|passing out|faint|fainted|fainting|black out|blacked out|collapse|collapsed"
              r"|keel over|keeled over)",
              r"(?:nearly|almost) (?:hit the floor|keeled over|passing out|fainting|blacking out|collapsing)",
              rf"(?:i|he|she|they|we|vision|sight|eyes|everything|{FAMILY}) (?:\w+ )?(?:black|blacks|blacking|grey"
              r"|greys|greying|gray|grays|graying) out",
              r"(?:so|too|very|really) (?:dizzy|light-?headed|woozy|faint) (?:that )?(?:i|he|she|they) (?:can't"
              r"|couldn't|can barely|can hardly|could barely|could hardly) (?:stand|walk|get up|stay upright)",
              rf"(?:can't|couldn't) {STAND} without (?:\w+ )?(?:passing out|fainting|blacking out|falling|feeling"
              r" faint|going dizzy)")),
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
              r"|came out )?(?:\w+ )?(?:red|pink|reddish|pinkish|bloody|black|tarry)\b" + NOT_FOOD,
              r"clots? in (?:my |his |her |the )?(?:urine|pee|wee|it)",
              r"blood in (?:the|his|her|my) (?:toilet|loo|bowl|nappy|diaper)", r"(?:bright )?red blood",
              r"(?:threw up|thrown up|throw up|throwing up|vomit\w*|puk\w*|brought up|bringing up|retch\w*"
              r"|been sick|being sick|was sick|sick bowl|sick bag)\b[^.?!]{0,40}?\b(?:blood\w*|(?:bright|dark)"
              r" red|red (?:bits|streaks|clots)|clots|coffee|(?:black|dark brown) (?:bits|specks|flecks))\b",
              r"(?:toilet|loo|bowl|pan|(?:toilet|loo) (?:paper|roll)|tissue|wipes?|pad|pants|underwear|knickers"
              r"|nappy|diaper)\b[^.?!]{0,30}?\b(?:was|were|is|are|went|goes|turned|turning|gone|looked|looks"
              r"|has gone|all|bright|full of|covered in|with) (?:all |bright |dark |really |completely |a bit "
              r"|quite |very |totally )?(?:red|pink|crimson|bloody|blood[- ]?red|blood)\b" + NOT_FOOD,
              r"(?:red|blood|pink|crimson)\b (?:\w+ ){0,3}(?:in|on|all over|round|around) (?:the |my |his |her )?"
              r"(?:pan|toilet|loo|bowl|paper|tissue|loo roll|toilet roll|pad|pants|nappy|diaper|sick|vomit)\b"
              + NOT_FOOD,
              r"(?:stool|stools|poo|poos|poop|bowel movements?|motions?|what came out)\b"
              r"(?:(?!\b(?:from|because|due to)\b)[^.?!]){0,50}?\b(?:black"
              r"|tarry|tar|treacle|tarmac|liquorice|licorice|coal|molasses)\b" + NOT_FOOD,
              r"like (?:tar|treacle|tarmac|molasses)\b",
              r"vomit\w* (?:\w+ ){0,2}(?:with )?blood",
              r"gums (?:\w+ ){0,3}(?:bleed\w*|oozing|ooze)",
              r"covered in (?:bruises|bruising|spots|blood)",
              r"(?:stool|stools|poo|poop|nappy|diaper)s? (?:\w+ ){0,3}(?:black|tarry|jet black)\b" + NOT_FOOD,
              r"blood (?:when|whenever|every time) (?:i|he|she|they) (?:pee|wee|poo|poop|cough|spit|go"
              r"|brush)",
              r"blood in (?:my |his |her |the )?(?:urine|pee|stool|stools|poo|poop|vomit|sick|spit|phlegm)",
              r"bloody (?:nose|stool|urine|diarrhea|vomit)", r"(?:black|jet[- ]black|pitch[- ]black|coal[- ]black|inky|tarry|tar[- ]?(?:like|looking|coloured|colored"
              r"|black)|treacle[- ]like)(?:[ ,-]+(?:and |sticky|tarry|runny|loose|black|dark|smelly|shiny|gooey|thick"
              r"|soft|watery|tar[- ]\w+|\w+-looking|looking|tar)){0,3}[ ,-]+(?:poo|poos|poop|poops|stools?|bowel"
              r" movements?|motions?|diarrhea|number twos?|bms?|nappy|nappies|diapers?)\b" + NOT_FOOD,
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
              rf"|drum)", rf"rigid {TUMMY}",
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
                r"(?:swell\w*|swollen|puff\w* up|closing up|blown up|blew up|ballooned)",),
        weak=(r"anaphyla\w*", r"voice (?:is |has )?(?:going|gone|getting) (?:\w+ )?hoarse",
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
