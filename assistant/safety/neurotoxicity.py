"""Neurotoxicity (ICANS) as data: confusion, drowsiness, seizures, speech, writing and naming changes."""

from __future__ import annotations

from assistant.safety.advice import MED_NAMES
from assistant.safety.rule import RedFlag
from assistant.safety.vocabulary import FAMILY, one_of

# not knowing someone because they look different
NEW_LOOK = (r"(?![^.?!]{0,40}\b(?:beard|haircut|hair|glasses|wig|mask|hat|bald|make-?up|shaved|in the dark"
            r"|at first))")
# Things and beings everyone can name: forgetting what they are called is a new word-finding problem
FAMILIAR_WORDS = (rf"(?:{FAMILY}|wife|children|kids|grandchildren|grandkids|grandson|granddaughter|family|dog"
                  r"|cat|pet|spoon|fork|knife|cup|mug|glass|kettle|remote|toothbrush|pen|shoes|chair|table|bed|clock"
                  r"|plate|bowl)s?")
FAMILIAR = (rf"{FAMILIAR_WORDS}(?!'s|[ -](?:shop|app|place|company|brand|store|park|clinic|ward|hospital|cent(?:re|er)|line"
            r"|number|food|insurance|sitter|walker|vet|breed|liaison|doctor|gp|nurse|member|friend|support|room"
            r"|charity|group|team|service|website|trust)\b)")
# Everyday objects: calling a pet, a person or a thing by one of their names is a naming error
OBJECTS = (r"(?:fridge|kettle|phone|telephone|spoon|fork|knife|cup|pen|remote|toothbrush|chair|table|bed|clock"
           r"|plate|bowl|door|towel|shoe|sock|television|tv|oven|toaster|window|lamp|book)s?")
# ... as the whole new name, not the start of a nickname ("calls the dog a bed hog")
NAME_ENDS = (r"(?=\s*(?:[.,;:!?)]|$|(?:and|but|this|that|today|yesterday|earlier|again|instead|when|at|by|all|for|so"
             r"|then|last|twice|three|several|without|because)\b))")
# a change that keeps happening, not a slip once
KEEPS = r"(?:keeps?|kept|keep on|keeps on|been|started|starting|is|are|'s|'m|i'm)"
NEUROTOXICITY = RedFlag(
    strong=(r"can't (?:wake|rouse) (?:him|her|them|my \w+|\w+ up)", r"won't wake(?: up)?",
            r"(?:hard|difficult|impossible) to (?:wake|rouse|get up)", r"barely (?:wake|rouse|awake)",
            r"(?:talking|speaking) (?:gibberish|nonsense)", r"(?:not|n't) making (?:any )?sense",
            r"(?:asking|asks|asked|keeps asking) (?:me |us )?(?:what|which) (?:year|day|month) it is",
            r"(?:talking|talks|talked|speaking) to (?:people|someone|somebody|things|\w+) (?:who|that)"
            r" (?:aren't|isn't|wasn't|weren't) (?:there|here|in the room|real)",
            r"picking at (?:the )?(?:air|nothing)",
            # reaching for things no one else can see
            r"(?:picking|grabbing|reaching|swatting|brushing|plucking|clutching|pulling) (?:at |for )?(?:things|stuff|something"
            r"|bits|invisible \w+|(?:thin )?air)\b[^.?!]{0,30}?\b(?:(?:that|which|who) (?:aren't|isn't|wasn't|weren't)"
            r" (?:there|real)|in (?:the |thin )?air|(?:no one|nobody) (?:else )?(?:can|could) see)",
            r"(?:speak|speaks|talk|talks) not (?:correct\w*|right|properly)",
            r"asking (?:me |us )?the same (?:question|thing)s? (?:over and over|again and again|repeatedly"
            r"|every (?:few |couple of |\d+ |two |three |five |ten |other )?(?:minutes?|mins|seconds|secs)|on a loop"
            r"|non-?stop|constantly"
            r"|all the time)",
            r"(?:calls?|calling|called) (?:\w+ ){1,2}by (?:the wrong name|(?:\w+ )?\w+'s name)",
            r"staring (?:at nothing|into space|blankly)", r"answer\w* (?:\w+ ){0,2}questions? (?:all )?wrong",
            r"(?:went|goes|go|going) (?:all )?stiff", r"eyes (?:rolled|rolling|roll) (?:back|up)",
            r"(?:had|having|has) (?:some kind of |some sort of |what looked like |what felt like |something like )(?:a )?"
            r"(?:seizure|fit)",
            # a fit told in other words: "a seizure-like thing", "my whole body stiffened"
            r"(?:had|having|has) (?:a |another |some )?(?:seizure|fit)[- ]?(?:like|type|ish)\b",
            r"woke up on the floor", r"bit(?:ten)? (?:my|his|her) tongue",
            r"won't (?:really |properly )?wake(?: up)?(?: properly)?", r"drifts? off again",
            r"(?:only )?grunts? when", r"can't get (?:him|her|them|my \w+|\w+) (?:up|to wake)",
            r"(?:tv|television|radio|walls?|voices?) (?:was|were|is|are|keeps?) (?:talking|speaking) to (?:her|him|me|them)",
            r"laughing at nothing", r"hearing voices", r"zon(?:ing|es|ed) out",
            r"stuck (?:halfway )?(?:through|in the middle of) (?:a )?sentences?",
            r"words? (?:just )?(?:keeps? |kept )?(?:on )?(?:vanish\w*|disappear\w*|slipping away)",
            r"(?:didn't|doesn't|did not|does not) (?:seem to )?(?:clock|realise|realize) (?:it was|it's|that it was) me",
            r"(?:couldn't|can't) (?:\w+ ){0,5}remember how to (?:spell|write|read|use)",
            r"there (?:are|were) (?:\w+ ){0,2}(?:cats|people|bugs|insects|spiders|animals|children|men|dogs) (?:walking"
            r"|crawling|sitting|standing|in the)", r"(?:isn't|wasn't|not) (?:him|her|them)sel(?:f|ves) at all",
            r"mix(?:es|ing)? (?:up )?(?:the |his |her )?words",
            r"asleep for (?:like |about |over |nearly )?\d+ ?(?:hrs|hours)",
            r"(?:shook|shake|shaking) (?:him|her|them) and (?:he|she|they) (?:just )?(?:mumbled|grunted|didn't wake)",
            # hard to rouse: a shake or a name that gets only a mumble, then sleep again
            r"(?:shake|shakes|shook|shaking|nudge\w*|prod\w*|wake|wakes|woke|waking|rouse|call\w*|say|said|saying"
            r"|shout\w*) (?:\w+ ){0,2}?(?:him|her|them|\w+'s (?:arm|shoulder|hand|name)|(?:his|her|their) (?:arm"
            r"|shoulder|hand|name))\b[^.?!]{0,30}?\b(?:(?:only|just|barely|hardly) (?:mumbl\w*|grunt\w*|groan\w*"
            r"|moan\w*|murmur\w*|stir\w*|open\w* (?:his|her|their) eyes|flicker\w*)|(?:goes|went|going|drifts?"
            r"|drifted|slips?|slipped|falls?|fell) (?:straight |right )?back (?:under|to sleep|off))",
            # not knowing one's own home: asking to go home from it, or whose house it is
            r"(?:ask\w*|want\w*|begg\w*|insist\w*|pack\w* (?:\w+ ){0,2}to|talk\w* about|trying) (?:\w+ ){0,4}?(?:go"
            r"|going|get|getting|be taken|taking (?:him|her|them)) (?:back )?home\b[^.?!]{0,50}?\b(?:but|when|and"
            r"|though|although|yet|while) (?:we|he|she|they|i)(?:'re|'s|'m| are| is| am)? (?:already |actually |right "
            r"|sitting |standing |lying )?(?:at home|home|in (?:his|her|their|our|my) (?:own )?(?:\w+ )?(?:home|house"
            r"|flat|living room|lounge|kitchen|bedroom|bed|chair))\b",
            r"(?:ask\w*|wonder\w*|want\w* to know) (?:me |us )?whose (?:house|home|flat|room|bed|kitchen|bedroom)"
            r" (?:this|it) (?:is|was)\b",
            # the same question or story again and again within minutes
            r"(?:ask\w*|told|tell\w*|said|say\w*|repeat\w*) (?:me |us |him |her |them )?the (?:exact )?same (?:question"
            r"|thing|story|stuff)s? (?:\w+ ){0,2}?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|several|a few"
            r"|a dozen|multiple|so many) times (?:in|within|over) (?:the (?:last|past) )?(?:\w+ )?(?:minutes?|mins"
            r"|hour|half(?: an)? hour)\b",
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
            r"doesn't (?:know|recogni[sz]e) (?:me|us)\b",
            # not knowing where one is: "he doesn't realise he's in my house"
            r"(?:doesn't|didn't|don't|can't|couldn't) (?:seem to )?(?:realise|realize|know|understand|grasp|remember|work out)"
            r" (?:that )?(?:he|she|they|i)(?:'s|'re|'m| is| are| am| was| were) (?:\w+ )?(?:at home|home|(?:in|at) (?:my|his"
            r"|her|our|their|the|a) (?:own )?(?:\w+ )?(?:house|home|flat|room|bed|bedroom|kitchen|hospital|ward))\b",
            r"doesn't know (?:where (?:he|she|they|i|we)(?:'s|'re|'m| is| are| am| was| were| lives?)|who (?:i|we"
            r"|he|she|they|anyone|anybody|people)(?:'m|'re|'s| am| are| is| was| were)|what (?:day|year|month|time"
            r"|season) it is)\b",
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
            # speech that has stopped making sense, words there but in the wrong order
            r"(?:he|she|they|sentences|speech|talk|talking|words|what (?:he|she|they) (?:says?|said)|(?:his|her|their)"
            r" (?:speech|sentences|words|talking)) (?:\w+ )?(?:stopped|stops|has stopped|have stopped|quit) making"
            r" (?:any )?sense",
            r"(?:words|sentences?)\b[^.?!]{0,40}?\b(?:in the wrong order|back to front|(?:come|came|coming) out"
            r" (?:all )?(?:backwards|jumbled|in a jumble|scrambled))",
            r"words (?:came|come|coming) out (?:as )?(?:nonsense|gibberish)"),
    weak=(r"(?:whole |entire )?body (?:\w+ )?(?:stiffened|went (?:all )?(?:stiff|rigid)|(?:started|kept|was|went)"
          r" (?:jerking|convulsing|twitching all over))\b(?! (?:with|from|in) (?:fright|fear|shock|terror|nerves|cold"
          r"|anticipation|embarrassment|excitement))",
          r"(?:seizure|fit)[- ](?:like|type)\b",
          r"words? (?:\w+ ){0,3}(?:won't|wouldn't|don't|doesn't|can't|just won't) come out\b",
          r"confused", r"confuse", r"confusion", r"muddled", r"disorient\w*", r"delirious", r"delirium",
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
          r"(?:can't|couldn't|doesn't|didn't) (?:seem to |really |even )?(?:tell|say|know|remember) (?:me |us )?(?:where (?:he|she"
          r"|they|we|i) (?:is|are|am|was)|what (?:day|year|month)|who (?:i|we|he|she) (?:am|are|is))",
          r"(?:acting|behaving) (?:\w+ )?(?:drunk|strange\w*|weird\w*|odd\w*|bizarre|out of character)",
          r"(?:seems?|looks?|is) (?:\w+ )?(?:drunk|out of it)",
          one_of("very really so super unusually extremely excessively abnormally")
          + r" (?:sleepy|drowsy|lethargic)",
          r"drows\w*", r"lethargic", r"sleeping (?:all day|a lot|so much|more than usual|constantly)",
          r"(?:keeps?|kept) (?:falling asleep|nodding off|dozing off)", r"seizures?", r"convuls\w*",
          r"shaking", r"shaky", r"trembl\w*", r"tremors?", r"twitch\w*", r"jerking", r"neurotox\w*",
          r"icans", r"crs", r"cytokine (?:release|storm)\w*", r"(?:not|isn't|wasn't|aren't|hasn't been|haven't been) (?:quite |really |at all )?(?:him|her|my|them|your)sel(?:f|ves)"
          # ... in mood, as its next words say: 'he's just not himself, tired and fretting all the time'
          r"(?!,? (?:\w+ ){0,3}?(?:fretting|fretful|worried|worrying|anxious|down|low|sad|grumpy|moody|irritable|stressed"
          r"|teary|tearful|weepy|depressed|fed up|snappy|withdrawn)\b)",
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
          r"|letters|words|sentences?)\b[^.?!]{0,60}?\b(?:squiggl\w*|wobbly lines"
          r"|scribbl\w*|scrawl\w*|random (?:letters|marks|squiggles)|illegible|unreadable|gibberish)",
          # the daily writing test worse than the day before
          r"(?:writing|handwriting|sentence|signature)\b[^.?!]{0,50}?\b(?:compared (?:to|with)|worse than|nothing like"
          r"|different (?:from|to)|not like) (?:\w+ )?(?:yesterday|yesterday's|last night|this morning|before"
          r"|normal|usual|(?:his|her|my|their) (?:usual|normal))\b",
          r"(?:can't|couldn't|unable to|forgot how to|forgotten how to|struggl\w* to) (?:even )?(?:write"
          r"|sign|spell) (?:his|her|my|their) (?:own )?name",
          # handwriting that shrank or shook, one's own name or address spelt wrong
          r"(?:(?:hand)?writing|(?:(?<=my )|(?<=his )|(?<=her )|(?<=their ))(?:letters|words)|signature)\b(?: (?:has|have|is|are|was|were|just|all|gone|went|come|came|comes|coming|out|looks?"
          r"|looked|looking|getting|got|become|became|turned|gone all))+ (?:\w+ )?(?:tiny|smaller|small|shaky"
          r"|wobbly|cramped|squashed|spidery|jagged|crooked|shrunk\w*|shrinking|trembly)\b",
          r"(?:misspel\w*|mis-spel\w*|spelt wrong|spelled wrong|got wrong|couldn't spell|can't spell|forgot how to spell)"
          r" (?:my|his|her|their) (?:own )?(?:\w+ )?(?:name|surname|address|street|street name|postcode|zip code"
          r"|road|birthday|date of birth)\b",
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
          # losing words, or the word one wants, halfway through a sentence (not the words of a song)
          r"(?:keeps?|kept|keep on|been|started|starting|is|are|'s|'m|i'm) (?:losing|forgetting) (?:his |her |my "
          r"|their |the |simple |common |everyday |basic |ordinary |easy )?words?\b(?! (?:to|of|in) (?:the |a |my |that )?"
          r"(?:songs?|hymns?|prayers?|lines?|poems?|play|crossword|quiz))",
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
          r"words? (?:\w+ ){0,2}(?:coming|come|came|comes) out (?:all |completely |totally )?"
          r"(?:wrong|jumbled|mixed up|muddled|funny|weird|slurred)",
          # the word for a familiar thing that will not come, or another word in its place
          r"(?:can't|couldn't|didn't|doesn't|don't|unable to|not able to|forgot|forgotten|forgets|forgetting"
          r"|no idea|blank\w* on) (?:even )?(?:think of|remember|find|say|get|come up with|recall|know) the"
          rf" (?:right )?word for (?:a |an |the |his |her |my |their |our )?(?:\w+ )?{FAMILIAR}\b",
          r"(?:keeps?|kept|keep on|keeps on|'d|would|will|started|starts) (?:\w+ )?(?:saying|say|calling|call"
          r"|asking for|ask for|using|use) (?:the |a |an )?['\"]?(?:the |a |an )?(?!(?:yes|no|maybe|ok|okay|sorry)\b)"
          r"[\w-]+['\"]?"
          r" (?:when (?:he|she|they|i|we|you) (?:meant|means|mean|wanted|wants|want)|instead of)\b",
          rf"(?:calls?|calling|called) (?:the |his |her |my |our |their |a |an )?(?:tv )?{FAMILIAR_WORDS}"
          rf" (?:a |an |the )?['\"]?(?:the |a |an )?{OBJECTS}\b['\"]?{NAME_ENDS}",
          r"(?:getting|get|gets|got|gotten) (?:the |all the |all )?names (?:of|for) (?:\w+ )?(?:things|objects"
          rf"|people|everyone|everything|{FAMILIAR})\b (?:\w+ ){{0,2}}wrong",
          r"(?:mixing|mixes|mixed|muddling|muddles|muddled) up (?:the |all the )?names (?:of|for) (?:\w+ )?"
          rf"(?:things|objects|people|everyone|everything|{FAMILIAR})\b",
          # everyday things put where they make no sense ("his shoes in the fridge")
          r"(?:put|puts|putting|stuck|sticks|sticking|placed|hid|hides|hiding)(?: \w+){0,3}? (?:tv )?(?:shoes?|slippers?|socks?|keys?|phone|remote|wallet|purse|handbag"
          r"|glasses|watch|book|newspaper|toothbrush|hairbrush|comb|clothes|coat|hat|pen|cat|dog|kettle|teapot)"
          r" (?:\w+ )?in"
          r" (?:the|a) (?:fridge|freezer|oven|microwave|kettle|toaster|cooker|bread bin)\b",
          # the word that won't come out, a fit in a carer's word, speech that sounds drunk
          r"(?:can't|couldn't|unable to|struggl\w* to|trouble) (?:\w+ )?get(?:ting)? (?:to |out |at )?(?:the |his |her "
          r"|my |their )?(?:right )?words? (?:out )?(?:(?:he|she|i|they) (?:wants?|wanted|means?|meant|needs?|needed)"
          r"|out)\b",
          r"fitting(?<!\bit's fitting)(?<!\bit is fitting)(?<!\bit was fitting)(?<!\bthat's fitting)(?<!\bseems fitting)"
          r"(?<!\bquite fitting)(?<!\bvery fitting)(?<!\bmost fitting)(?=\s*(?:[.!?,;]|$|again\b|now\b|on the (?:floor|bed|sofa|ground)\b|in (?:bed|the (?:car|bath"
          r"|chair|shower))\b|for (?:\d|a |about|over|nearly|ages)|about (?:\d|a |an |one|two|three|four|five|ten)"
          r"|(?:and|but) (?:he|she|they|i|won't|can't|isn't|not|hasn't|foaming|shaking|jerking)\b))",
          r"(?:sound\w*|talk\w*|speak\w*|speech|words?|voice|slurr\w*)\b[^.?!]{0,30}?\b(?:drunk|tipsy|sloshed"
          r"|(?:had|having) (?:a few|too many|one too many|a skinful|a drink|a couple)|been drinking)\b",
          # where one is, a head that light makes worse, sleeping the day away, losing the thread
          r"(?:keep|keeps|kept|been|started|is|'s|'m) forgetting (?:where (?:i|he|she|they|we)(?: am| is| are|'m|'s"
          r"|'re)\b|what (?:day|year|month) it is|who (?:i|we|people) (?:am|are)|(?:my|his|her|their) (?:own )?(?:name"
          r"|address|date of birth))",
          r"(?:head|headache|migraine)\b[^.?!]{0,80}?\b(?:worse|hurts?|agony|unbearable|painful|kills?) (?:\w+ ){0,2}"
          r"(?:when|whenever|if|every time|to) (?:i |he |she |they )?(?:look|looks|looked|glance\w*) (?:at|into"
          r"|towards|near) (?:the |a |any )?(?:light|lights|lamp|sun|sunlight|window|brightness)\b",
          r"(?:pounding|splitting|throbbing) head\b(?! (?:of|over|start))",
          r"asleep (?:nearly |almost |practically |pretty much |basically )?(?:all day|all morning|the whole day)",
          # reading or writing lost overnight: letters that no longer make sense
          r"(?:suddenly|all of a sudden|out of nowhere|overnight) (?:\w+ )?(?:can't|couldn't|unable to|not able to"
          r"|lost the ability to|forgot how to|forgotten how to) (?:\w+ )?(?:read|write|spell|tell the time)\b",
          r"(?:words|letters|numbers)(?: on (?:the|a|his|her|my) (?:page|paper|screen|phone|tv|menu|sign|clock))?"
          r" (?:just )?(?:don't|doesn't|didn't|no longer|won't) (?:make (?:any )?sense|look like (?:anything|words|letters))",
          r"(?:letters|words)(?: on (?:the|a|his|her|my) \w+)? (?:\w+ )?(?:look|looked|looks|looking) like (?:a foreign language|gibberish|squiggles|nonsense"
          r"|random shapes|hieroglyphics)",
          r"(?:los\w*|lose) (?:track|the thread) of what (?:i|he|she|they)(?:'m|'s|'re| am| is| are| was| were)?"
          r" (?:saying|talking about|on about)",
          # expressive aphasia in lay words: the wrong word typed or said, sentences left unfinished, texts that
          # make no sense, the word that will not come out
          rf"{KEEPS} (?:\w+ )?(?:typing|writing|texting|saying|using|putting|picking) (?:\w+ )?wrong words?\b",
          r"(?:start\w*|begin\w*) (?:\w+ )?sentences? (?:and|but|then) (?:\w+ )?(?:not|never|doesn't|don't|can't|won't"
          r"|didn't|couldn't) (?:\w+ )?(?:finish\w*|complet\w*|end\w*)",
          r"(?:can't|couldn't|doesn't|don't|won't|didn't|never|not|unable to) (?:\w+ )?(?:finish\w*|complet\w*) (?:a |any "
          r"|his |her |my |their )?(?:own )?sentences?\b(?![^.?!]{0,30}\b(?:breath\w*|puff\w*|air|gasp\w*|cough\w*))",
          r"(?:(?:my|his|her|their) (?:\w+ )?|\w+'s )(?:texts?|messages?|emails?|notes?)\b(?: \w+){0,4}? (?:don't|doesn't|didn't"
          r"|no longer|won't) make (?:any )?sense",
          r"(?:can't|couldn't|unable to|struggl\w* to|trouble) (?:\w+ )?get(?:ting)? (?:the |his |her |my |their )?(?:right )?"
          r"words? for [^.?!]{1,40}? out\b",
          # writing that looks like a child's; sums and familiar routes that are suddenly beyond someone
          r"(?<!doctor's )(?<!doctors )(?<!gp's )(?<!nurse's )(?<!surgeon's )(?<!consultant's )"
          r"(?:writing|handwriting|sentence|signature|letters|words|name|note)\b[^.?!]{0,40}?\blike (?:a |my |his |her )?"
          r"(?:little )?(?:child|toddler|kid|(?:\w+[- ])?year[- ]old|grandchild|infant)(?:'s)? (?:wrote|had written|did|scribbled"
          r"|drew|written|writing)\b",
          r"(?:can't|couldn't|unable to|no longer|forgot how to|forgotten how to|struggl\w* to) (?:seem to |even |really )?"
          r"(?:do|work out|add up|count|figure out|manage) (?:even )?(?:the )?(?:simple|basic|easy|simplest|little)"
          r" (?:sums|maths|math|arithmetic|numbers|adding up|money|change|calculations?)\b(?! yet\b)",
          r"(?:got|gets|getting|get) lost\b[^.?!]{0,60}?\b(?:route|way|road|street|journey|walk|drive|trip|estate"
          r"|neighbou?rhood|town|village)\b[^.?!]{0,40}?\b(?:a hundred"
          r"|hundreds of|a thousand|thousands of|every (?:day|week)|for (?:years|decades)|forever|all (?:my|his|her|their)"
          r" li(?:fe|ves)|(?:my|his|her|their|our) own)\b",
          r"(?:got|gets|getting|get) lost in (?:my|his|her|their|our) own (?:street|road|house|home|neighbou?rhood|town"
          r"|village|estate|building|garden)\b"))

# A tremor the message itself puts down to a named medicine ("Can I cut my tacrolimus down? It makes my hands
# shaky."): read out of the message when it also asks about that medicine (advice.MEDICINE_REQUESTS). A tremor
# after CAR-T with no such cause stays a sign of neurotoxicity.
TREMOR = r"(?:shak\w*|trembl\w*|tremors?|jitter\w*|twitch\w*)"
MEDICINE = rf"(?:{MED_NAMES}|it|they|them|this|these)"
MEDICINE_TREMOR = (
    rf"{MEDICINE} (?:\w+ ){{0,2}}?(?:makes?|made|making|gives?|gave|giving|causes?|caused|causing|leaves?|left)"
    rf"(?: \w+){{0,3}}? {TREMOR}",
    rf"{TREMOR}(?: \w+){{0,3}}? (?:from|because of|due to|caused by|on) (?:the |my |his |her |this |these )?{MEDICINE}",
    rf"{TREMOR}(?: \w+){{0,3}}? since (?:i |he |she )?(?:started|starting|began|went on|upped|increased|raised)"
    rf" (?:on )?(?:the |my |his |her |this )?(?:dose of )?{MEDICINE}",
    rf"{MED_NAMES} {TREMOR}",
)
