"""Framing cues: whether a symptom is happening now to someone, or only asked about as a topic."""

from __future__ import annotations

from assistant.safety.vocabulary import FAMILY, one_of

# Windows: how much text around a symptom the cues read
NEGATION_WINDOW_WORDS = 4
CONTEXT_CHARS = 80  # how far around a symptom subjects, negations and if-clauses are looked for
REPORT_MAX_WORDS = 14
REPORT_LEAD_WORDS = 3  # a report names the symptom early ("coughing up blood") or speaks of a person

# Who a message can be about, and the words that may stand between a subject and its symptom
SUBJECT = (rf"(?:i|i'm|i've|we|we're|he|he's|she|she's|they|they're|(?:my|his|her|our) (?:\w+ )?\w+|{FAMILY}"
           r"|there(?:'s| is| are)|the (?:person|patient|man|woman|lady|guy) (?:i|we)(?:'m| am|'re| are)? "
           r"(?:care for|caring for|look after|looking after))")
OWNER = rf"(?:my|his|her|their|our|this|these|{FAMILY}'s)"
# What a term can be written on: "'neutropenic fever' on my discharge papers" is a word to explain
DOCUMENT = (r"(?:\w+ )?(?:papers?|paperwork|letters?|notes|forms?|charts?|reports?|results?|leaflets?|discharge|records?"
            r"|files?|summary|prescriptions?|app|screen|lists?|booklets?|sheets?|portal)\b")
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
# a sentence may leave out its "I": "Went to the loo and ...", "Woke up with ...", "Haven't been able to ..."
PERSONAL = (rf"\b(?:i|i'm|i've|me|my|we|our|he|he's|she|she's|his|him|her|they|their|{FAMILY})\b"
            r"|^(?:went|woke|threw|got|been|feel|feeling|felt|noticed|keep|kept|started|had|just"
            r"|can (?:barely|hardly|only just)"
            r"|(?:haven't|hasn't|can't|couldn't) (?:been|even|really|properly|managed|keep|get|eat|drink|breathe"
            r"|stand|walk|swallow|pee|wee|talk|see|feel|move|lift|hold|stay|wake))\b")

# Words that say a bruise is healing, and what may not stand between the bruise and them
HEALING = (r"\b(?:fading|faded|fades|healing|healed|heals|going (?:down|away)|getting (?:smaller|lighter|paler|better)"
           r"|almost gone|nearly gone|clearing|turn\w* (?:yellow\w*|green\w*|brown)|(?:yellow|green|brown)\w*)\b")
NOT_THE_BRUISE = (r"(?:(?!\b(?:bleed\w*|spread\w*|bigger|grow\w*|huge|massive|swell\w*|but|and|eyes?|skin|whites|face"
                  r"|i|i'm|he|he's|she|she's|they|they're|we)\b)[^.?!])")

# Framing cues, each matched within one sentence
IDIOMS = (r"\bi'm (?:(?:a bit|a little|bit|so|very|really|totally|quite|kind of|kinda|sort of|still|just"
          r"|slightly|rather|super|getting|all) ){0,2}confused\b(?! and)",
          r"\bconfus\w* " + one_of("about by with on over as_to regarding re whether between why what how"
                                   " which when where if because at that") + r"\b",
          r"\bconfusing\b",
          # the writer lost in what they asked about, not a symptom: '... someone elses?? bit confused tbh' (a mild
          # hedge after a question, nothing more: 'had car-t 5 days ago. very confused' is a symptom); 'we've both got
          # muddled' (a couple or a family is not confused as one patient is)
          r"(?<=\?) (?:a bit|bit|abit|a little|little|kinda|kind of|sort of|all) (?:confused|muddled|mixed up)"
          r"(?: (?:tbh|lol|haha|sorry|here|honestly|tho|though|tbf|ngl|af|asf|rn|atm|right now))?(?:[.?!]+(?= |$)|$)",
          # ... or bare or stressed, with a chat word after it: '... or somebody elses? confused af', '... genuinely
          # confused lol'
          r"(?<=\?) (?:(?:genuinely|honestly|truly|really|so|totally|proper|properly) )?(?:confused|muddled|mixed up)"
          r" (?:tbh|lol|lmao|haha|ngl|af|asf|rn|atm|right now)(?:[.?!]+(?= |$)|$)",
          # ... 'were all confused' typed for 'we're'
          r"\bwe(?:'re|re| are|'ve|ve| have)? (?:(?:both|all|a bit|a little|bit|so|very|really|totally|quite|kind of|kinda"
          r"|completely|getting|got|get) ){0,3}(?:confused|muddled|mixed up)\b(?! and)",
          r"\b(?:anti-?seizure|seizure (?:prophylaxis|medicines?|meds|medication|prevention|precautions))\b",
          r"\bfever[- ](?:reduc\w*|medicines?|meds|tablets?|pills?)\b", r"\bshak\w* (?:hands|my head)\b",
          r"\bbreathing (?:exercises?|tests?|machine|treatments?)\b",
          r"\bchest (?:x-?rays?|ct|scans?|port)\b",
          r"\bblood (?:tests?|work|counts?|draws?|results?|type|cancers?|cells?|transfusions?|thinners?)\b",
          # figures of speech: "I nearly fainted at the bill", "going to pass out from boredom"
          r"\b(?:nearly|almost|practically|virtually|literally) (?:fainted|passed out|died|had a heart attack"
          r"|collapsed|keeled over|fell off (?:my|his|her) chair) (?:\w+ ){0,2}(?:(?:when|as) (?:i|we|he|she"
          r"|they) (?:saw|heard|got|read|opened|found out|looked at|told|showed|gave|quoted|handed)|at (?:the )?"
          r"(?:\w+ )?(?:bill|price|prices|cost|news|invoice|quote|total|charges|fees?|parking))\b",
          r"\bso (?:nervous|anxious|scared|scary|frightening|terrifying|excited|exciting|tense|intense|thrilling|worked up"
          r"|stressed|stressful|emotional) (?:that )?(?:my|his|her|our) hearts?\b",
          # a film, a match or a ride that set the heart racing; shaking with excitement or nerves
          r"\b(?:film|movie|match|game|show|ride|roller ?coaster|episode|book|thriller|horror|penalties|final)\b[^.?!]{0,40}?"
          r"\bhearts? (?:was |were |is |are |going )?(?:racing|pounding|thumping|in (?:my|his|her|our) mouths?)\b",
          r"\b(?:shak\w*|trembl\w*|quak\w*|quiver\w*|chatter\w*) (?:all over |like a leaf )?(?:with|from|when (?:i'm|i am"
          r"|i get|i feel|he's|she's|he gets|she gets)) (?:so |really |very )?(?:excitement|excited|nerves|nervous|fear"
          r"|scared|anxious|anticipation|joy|happiness|relief|anger|angry|rage|laughter|emotion|adrenaline|giggles)\b",
          # the words that would not come for a thank-you
          r"\bwords? (?:just )?(?:won't|wouldn't|don't|didn't) come(?: out)? (?:when|as) (?:i|he|she|we) (?:tried|try"
          r"|went|wanted|want) to (?:thank|say|express|tell|describe)",
          r"\b(?:pass(?:ed)? out|faint(?:ed)?|die|died|collapsed?|keel over) (?:from|of|with) (?:boredom|laughter"
          r"|laughing|embarrassment|excitement|relief|joy|happiness)\b",
          # "this call will give me a heart attack", "the bill nearly gave him a stroke"
          r"\b(?:going to|gonna|will|'ll|would|could|might|about to|nearly|almost|practically|literally"
          r"|(?:is|are|'s|'re|was|were|keeps?|kept) (?:\w+ )?giving)(?: give| gave)? (?:me|him|her|us|them|you"
          r"|everyone|everybody|someone|somebody|my \w+) (?:a )?(?:heart attack|stroke|coronary|seizure|fit"
          r"|hernia|aneurysm)s?\b",
          r"\b(?:doubled|bent) (?:over|up) (?:\w+ )?(?:laugh\w*|with laughter|in laughter|in stitches)",
          # "this paperwork is giving me a splitting headache": a chore, not a symptom
          r"\b(?:paperwork|forms?|admin|bureaucracy|insurance|bills?|paying|claims?|red tape|the system|phone calls?"
          r"|hold music|website|portal|app|kids|traffic|parking|noise|this|it all|all this|all of this|trying to \w+"
          r"|working (?:it )?out|figuring (?:it )?out)\b (?:\w+ ){0,2}?(?:is |are |was |were |'s |keeps? )?(?:giving|gives"
          r"|gave|given) (?:me|him|her|us) (?:a |such a |an )?(?:splitting |pounding |massive |real |raging |right |proper"
          r" |huge |big )?(?:headache|migraine)\b",
          # a bruise that is healing, or that a needle or a knock explains, is no bleeding sign
          r"\b(?:old|fading|healing|yellow\w*|green\w*|brownish) bruis\w*",
          r"\b(?:biopsy|injection|jab|cannula|drip|needle|blood test|picc|port|line) (?:site )?bruis\w*"
          rf"{NOT_THE_BRUISE}{{0,40}}{HEALING}",
          rf"\bbruis\w*{NOT_THE_BRUISE}{{0,60}}{HEALING}",
          r"\bbruis\w* (?:\w+ ){0,2}(?:from|where|after|around|at) (?:the |my |his |her |their )?(?:\w+ )?"
          r"(?:biopsy|injection|jab|cannula|drip|blood (?:test|draw|sample)|needle|picc|port|line|bone marrow"
          r"|bump\w*|knock\w*|bang\w*|(?:they )?(?:took|take|put|did|drew))\b"
          r"(?![^.?!]{0,40}\b(?:spread\w*|bigger|growing|huge|massive|swell\w*|bleed\w*|won't stop))",
          # ... told the other way round ("where they took bloods yesterday, small bruise")
          r"\b(?:(?:where|after) (?:they|the \w+|someone) (?:took|take|did|drew|had|put in|taken)"
          r"|(?:after|from) (?:the |my |his |her )?(?:blood tests?|bloods|blood draw|blood sample|injection|jab"
          r"|cannula|biopsy|drip))\b[^.?!]{0,40}?"
          r"\bbruis\w*(?![^.?!]{0,40}\b(?:spread\w*|bigger|growing|huge|massive|swell\w*|bleed\w*|won't stop))",
          r"\b(?:lost|at a loss) for words\b", r"\bbreathe a word\b",
          # the listener's attention drifting while something was explained: 'the doc did explain but i zoned out'
          # ('I keep zoning out', 'she zoned out mid-sentence' stay symptoms)
          r"\b(?:explain\w*|told|telling|talk\w*|went through|going through|meeting|appointment|consult\w*|video"
          r"|leaflet|lecture|briefing)\b[^.?!]{0,60}?\b(?:i|we) (?:\w+ )?zoned out\b",
          r"\b(?:i|we) (?:\w+ )?zoned out (?:when|while|as|during|halfway|partway|through|at) (?:the |he |she |they"
          r" |my |our |\w+ )?(?:\w+ )?(?:explain\w*|talk\w*|told|telling|meeting|appointment|consult\w*|video"
          r"|leaflet|lecture|briefing|doc\w*|nurse|consultant|onc\w*)\b",
          # the phone's wrong words, not the person's
          r"\b(?:autocorrect|auto-correct|predictive text|spell-?check\w*|keyboard)\b[^.?!]{0,40}?\bwrong words?\b",
          # "I could kill myself for forgetting my bloods": cross with oneself
          r"\bcould (?:have |'ve |honestly |just |really )?(?:kick|kill)(?:ed)? (?:my|him|her)self (?:for|over)"
          r" (?:forgetting|missing|leaving|losing|not \w+ing|that|this|it|being so (?:stupid|silly|daft|forgetful))\b",
          # money that bleeds away, technology at the bleeding edge
          r"\bbleed\w* (?:us|me|them|him|her|everyone|patients|families|you) dry\b",
          r"\bbleed\w* (?:money|cash|funds|savings|pounds|dollars)\b", r"\bbleeding[- ]edge\b",
          r"\b(?:my )?heart bleeds\b",
          r"\bbreathe? (?:for|from|with) (?:laugh\w*|giggl\w*)",
          r"\bbreathe? (?:properly |well |easily )?(?:through|thru|out of) (?:my|his|her|their|the|one|either)"
          r" (?:\w+ )?(?:nose|nostrils?)\b",
          # a thank-you card the words won't come for
          r"\b(?:thank\w*|express|describe|card|letter|speech|poem|eulogy)\b[^.?!]{0,60}?\bwords? (?:just )?"
          r"(?:won't|wouldn't|don't|didn't) come\b")
# A symptom forecast not to matter ("the nurse said bruising shouldn't be an issue now"): not happening
FORECAST = (r"^[\w' -]{0,25}?\b(?:shouldn't|should not|won't|will not|wouldn't|is unlikely to|isn't likely to) be"
            r" (?:a |an |much of (?:a |an )?|any )?(?:issue|problem|worry|concern|risk)\b")
NEGATION = r"(?:\b(?:no|not|never|without|denies|deny|nor|none|zero)\b|n't\b|\bno longer\b)"
CLAUSE_BREAK = r"(?:[,;:]|\b(?:but|although|though|however|yet|except|then|now)\b)"
RESOLVED = (r"\b(?:years? ago|months? ago|last (?:year|month)|in the past|history of|used to|went away"
            r"|gone away|(?:it|they|that|this|which) (?:all |completely |eventually |soon )?cleared\b(?! (?:my|his|her|the|out|off))"
            r"|(?:they|the (?:team|doctors?|hospital|nurses?|ward)|doctors) (?:\w+ )?treated (?:it|him|her|me|them)\b"
            r"|(?<!vision )(?<!sight )(?<!left )(?<!right )(?<!eye )(?:has|have|is|are|'s) gone"
            r"(?: now|\s*[.!,]|\s*$)|resolved|cleared up(?: now)?"
            # "it's been gone for 5 days now", "been normal since Tuesday"
            r"|(?:has|have|'s|'ve) been (?:gone|fine|normal|ok|okay|better|settled|clear|back to normal) (?:for|since)"
            r" (?:\w+ ){0,2}?(?:days?|weeks?|nights?|a while|ages|\w+day)(?: now)?"
            # what goes down is a reading or a swelling, not a person ("she went down in the kitchen")
            r"|(?:it|it's|they|that|this|swelling|fever|temp\w*|rash|pain|numbers?|levels?|counts?|bp|pressure"
            r"|redness|lumps?|spots|headache|sickness|diarrhea|vomiting)(?: \w+){0,3}? (?:went|came|gone|come) down"
            r"(?! over| on)(?: now)?"
            r"|(?:has|have|'s|'ve) always been|always (?:had|has|have)"
            r"|since (?:i|he|she|we|they) (?:was|were) (?:a |an )?(?:kid|child|teen|teenager|boy|girl|baby|little"
            r"|young|small|at school|\d+)"
            r"|(?<!has )(?<!have )(?<!'s )(?<!'ve )(?:was|were|became|got) (?:\w+ ){0,6}?for (?:\d+|two|three|four"
            r"|five|six|seven|a few|a couple of|several) (?:days|hours|weeks|nights)"
            r"|back to (?:normal|(?:his|her|my|their) (?:old |usual |normal )?sel(?:f|ves))(?: (?:for|since)"
            r" (?:\w+ ){0,2}\w+)?(?: now)?"
            r"|back in \d+|back in (?:the )?(?:spring|summer|autumn|fall|winter|january|february|march|april|june|july"
            r"|august|september|october|november|december)|(?:all |it's |that's |it was |got )?sorted(?: out)?(?: now"
            r"| since| thankfully| for a while)|previously"
            r"|before (?:my|the|his|her) (?:first |1st |second |2nd |original |previous |last |earlier )?(?:car-t"
            r"|transplant|treatment|infusion|therapy)"
            r"|(?:fever|temperature|temp)(?: \w+){0,3} (?:has )?(?:broke|broken|settled)|as a (?:kid|child)"
            r"|last week|(?:\d+|two|three|a few|several) weeks ago|that stopped|newborn"
            # ... and seen to since ("the clinic checked me yesterday, all fine")
            r"|(?:clinic|doctors?|nurses?|gp|team|hospital|ward|consultant) (?:\w+ )?(?:checked|looked at|examined|saw)"
            r" (?:me|him|her|them|it) (?:over )?(?:yesterday|today|this morning|last night)"
            r"|stopped (?:on its own |by itself )?(?:after|within|in) (?:about |around |under )?(?:\d+|a few|a couple of"
            r"|one|two|three|five|ten) (?:minutes|mins|seconds)"
            r"|as an? (?:baby|infant|toddler|tot|teenager|teen|youngster|boy|girl|student)"
            r"|when (?:i|he|she|we|they) (?:was|were) (?:only |just |about |around )?(?:born|a baby|little|young"
            r"|in (?:the )?hospital|a toddler|a kid|a child|a teen|a teenager|a boy|a girl|a youngster|tiny|small"
            r"|at (?:school|nursery|primary school|college|uni)"
            r"|(?:\d+(?![.,]?\d)|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: years? old| months? old)?"
            r"(?! (?:days?|hours?|hrs?|weeks?|minutes?|mins?|months? (?:post|after|out|from|since|into))\b))"
            r"|(?:in|through|all through|throughout|during) (?:my|his|her|their) (?:teens|childhood|youth"
            r"|school days|schooldays|twenties)|since childhood|in (?:19|20)\d\d\b|ever since"
            r"|(?:was|were|got) treated (?:with|for|by|in)\b(?![^.?!]*\b(?:still|again|but|worse|not working"
            r"|isn't working|hasn't worked)\b)"
            r"|now(?: and)?(?: (?:i'm|i am|he's|she's|they're|we're|feeling|doing|looking|playing|eating|back to"
            r"|recovering|home|back home))* (?:good|great|fine|well|better|happily|ok|okay|normal|brilliant"
            r"|much better|really well|loads better|nicely)\b"
            r"|during (?:my|his|her|the) (?:\w+ )?(?:hospital stay|admission|stay)"
            r"|last time|(?:fine|better|ok|okay|normal|well|back to normal|recovered) now|recovered"
            r"|(?:had|got|was|were|became) (?:\w+ ){0,2}for a (?:while|bit|few days|couple of days|day or two"
            r"|short time)|back then|at the time)")
# When the treatment, not the symptom, is what happened "last month" or "in June" (not "chills during the
# infusion last year" or "before my first infusion last year I fainted": then both were).
TREATMENT_TIME = ("".join(f"(?<!{when} {whose} )(?<!{when} {whose} first )" for when in ("during", "before")
                          for whose in ("the", "my", "his", "her"))
                  + r"\b(?:car-t|transplant|gene therapy|therapy|infusion|treatment|cells)\W+(?:\w+\W+)?"
                  r"(?:last (?:year|month|week)|(?:\w+ )?(?:years?|months?|weeks?) ago"
                  r"|in (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*|in (?:19|20)\d\d)"
                  # ... or a blood result told as a clause of its own ("38.3 both times, my neutrophils were zero last
                  # week"), not "I had nosebleeds when my platelets were low last week"
                  r"|(?:^|[,;]|\band|\bbut|\bplus)\s*(?:my |his |her |their |the )?(?:neutrophils|platelets|counts"
                  r"|blood counts|white cells?|wbc|anc|ha?emoglobin|hb|bloods|blood (?:tests?|results?)|results|levels)\W+(?:were|was|came back|dropped"
                  r"|fell|went|had been)\W+(?:\w+\W+){0,2}?(?:last (?:week|month)|(?:\w+ )?(?:weeks?|months?) ago)")
CURRENT = (r"\b(?:right now|(?<!\d )(?<!every )now(?! (?:i|he|she|we|they) (?:can|could|manage)\b(?!')"
           r"| and (?:then|again))|currently"
           r"|at the moment|atm|today|tonight"
           r"|this (?:morning|afternoon|evening)"
           r"|since (?:yesterday|last \w+|this \w+|the (?:morning|weekend|infusion|transplant|treatment)"
           r"|\w+day|then|earlier|lunch\w*|breakfast|dinner|bedtime|waking|(?:i|he|she|we) woke|\d|about \d"
           r"|around \d|morning|tonight)"
           r"|for (?:the (?:last|past) )?(?:\d+|a few|few|several|two|three|a couple of|couple of)"
           r" (?:minutes|hours|days)"
           r"|all (?:day|night|morning)|(?:keeps?|kept) (?:on )?\w+ing|started|starting to"
           r"|just (?:now|started|had|noticed)|woke up|getting worse|(?:an|one|two|\d+) hours? ago"
           r"|earlier(?! this (?:year|month)| in (?:the|my|his|her) )"
           r"|minutes ago|mins? ago|last night|yesterday|came back(?! (?:negative|positive|clear|normal|fine|ok))"
           r"|(?:over|in|during) the (?:last|past) (?:few |couple of )?(?:\w+ )?(?:hours?|days?|night)"
           r"|(?:lasts?|lasted|lasting|going on|been going on) (?:for )?(?:over |more than |about |nearly"
           r" |almost )?(?:an? |half an |\d+ )(?:hour|hours|minutes|mins|days))\b")
HYPOTHETICAL = (r"\b(?:if|in case|what if|will (?:i|he|she|we|they|my \w+|it)"
                r"|(?:could|might|would|may) (?:i|he|she|we|they)"
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
         r"|steroids) (?:cause|lead to|trigger|give|make)\b|\bcause[sd]?\b|\brisks?\b|\bchances?\b|\bmeans?\b"
         r"|\b(?:always|usually|generally|typically) (?:serious|dangerous|a sign|an emergency|bad|worrying)\b"
         r"|\b(?:make|makes|give|gives|cause|turn|turns) (?:you|your)\b"
         r"|\bmeaning\b|\bdefin\w*|\bdiffer\w*|\bstand for\b|\bcounts? as\b|\bconsidered\b|\bexplain\b"
         r"|\btell me about\b|\bside effects?\b|\b(?:is|are) (?:common|rare|normal|usual|a sign|a symptom"
         r"|a side effect)\b|\bcan (?:happen|occur)\b|\bmay (?:happen|occur|cause)\b|\bmention\w*|\bleaflet\b"
         r"|\bbooklet\b|\bguides?\b|\bwas told\b|\bwere told\b|\bread (?:that|about)\b|\bheard\b|\blearn\w*"
         r"|\bprevent\w*|\bavoid\w*|\bhide\b|\bmask\b|\btreat\w*|\bhandle\b|\bdeal with\b"
         # "how to manage it", not "I've only managed a few sips"
         r"|\bmanag(?<!only manag)\w*(?! (?:only|just|maybe|about|barely|hardly|a few|a couple|a sip|a mouthful|half|one"
         r"|two|\d))"
         r"|\babout\b(?! (?:\d|an? hour|two|three|four|five|ten))|\bworried (?:about|that)|\bafraid of\b"
         r"|\bscared of\b|\bcaregivers?\b|\bcarers?\b"
         r"|\bas (?:a |an )?(?:red flag|warning sign|danger sign|sign to (?:watch|look) for)\b")
# "like someone hit it with a hammer", "someone else's hand" and "can't bear anyone touching it" speak of no one
# in general
GENERIC_SUBJECT = (r"(?<!like )(?<!as if )(?<!as though )(?<!bear )(?<!stand )(?<!let )"
                   r"\b(?:patients|people|someone(?! else)|somebody(?! else)"
                   r"|anyone|everyone|a person|individuals|recipients"
                   r"|a patient|children|kids|adults|you (?:can|may|might|could|will|should|need|must))\b")
QUESTION_START = (r"^(?:what|which|why|how|who|whom|(?:where|when)(?= (?:is|are|do|does|did|can|could|should"
                  r"|would|will|was|were|has|have|to|might|may)\b)|is|are|am|can|could|does|do|did|should|would"
                  r"|will|was|were|has|have|any|tell|explain|list|describe)\b(?!')"
                  r"(?! (?:barely|hardly|only just)\b)")  # "Can barely get up.": a statement without its "I"
GENERAL_VERB = (r"\b(?:is|are|was|were|can|may|might|could|will|would|should|must|include|includes|including"
                r"|cause|causes|occur|occurs|happen|happens|affect|affects|means|lead|leads|result"
                r"|results)\b(?!')")
ACTION_ASK = (r"\bwhat (?:should|do|can|must) (?:i|we) do\b|\bwhat to do\b"
              r"|\bshould (?:i|we) (?:go|call|take (?:him|her|them)|ring|phone)\b"
              r"|\bdo (?:i|we) (?:need|have) to (?:go|call|ring)\b"
              r"|\bis (?:this|that|it) (?:normal|serious|an emergency|bad|dangerous|ok|okay|worrying"
              r"|something to worry about)\b|\bshould (?:i|we) (?:be )?(?:worried|concerned|panic)\b"
              r"|\b(?:please help|help me|help us|need help|help!)|\burgent\b")
# A term met while reading, not felt ("I keep reading about neurotoxicity with CAR-T", "i keep seeing ICANS
# mentioned on forums"): in the symptom's own clause, a topic, however the sentence goes on
TOPIC_SOURCE = (r"\b(?:read(?:ing|s)? (?:a lot |lots |loads |so much )?(?:about|up on|that|of)"
                r"|(?:read|reading|saw|seen|watched|watching|heard|found) (?:a|an|this|the|some|that) (?:\w+ ){0,2}?(?:story"
                r"|article|post|piece|report|thread|blog|paper|documentary|video|programme|program|podcast)s? (?:about|on"
                r"|where|in which|of)"
                r"|(?:heard|hearing|hears?) (?:a lot |lots |loads |so much )?(?:about|of|that)"
                r"|c[oa]me across|coming across|look(?:ed|ing|s)? up|googl\w*"
                r"|(?:see|seeing|saw|seen|sees) (?:[\w-]+ ){1,3}(?:mentioned|talked about|discussed|written about"
                r"|come up|coming up|brought up))\b")
# What a clinician or a leaflet said, right before the symptom it named ("the nurse said a racing heart ...")
REPORTED = (r"\b(?:doctors?|dr|nurses?|consultant|gp|team|specialist|haematologist|hematologist|oncologist"
            r"|pharmacist|registrar|physio|leaflet|booklet|guide|website|they|staff|ward)\w* (?:\w+ )?(?:said|says"
            r"|told (?:me|us|him|her|them)|tells (?:me|us)|mentioned|explained|warned(?: me| us)?|wrote|writes)"
            r"(?: that)?(?: an?| the)? $")

# A habit, in the symptom's own clause ("my hands are always cold and clammy when I'm nervous"), not "is fever
# always a sign of ..."
HABITUAL = r"\b(?:always|usually|tends? to)\b(?! (?:a sign|serious|dangerous|mean|means|an? |the )\b)"
# A sentence that claims the one before for this person ("has anyone else had the runs with blood in it? that's me
# today"): the question about others was about them
SELF_CLAIM = (r"^(?:and |well |so |but )?(?:(?:that's|that is|thats|this is|that's exactly|this is exactly) (?:me|him|her"
              r"|what (?:i|he|she|we)(?:'ve| have|'s| has) got|what's happening (?:to|with) (?:me|him|her))"
              r"|(?:same|same here|me too)\b[^.?!]{0,20}?\b(?:today|now|right now|at the moment|tonight|since)"
              r"|(?:i've|i have|i'm|i am|he's|she's|he has|she has|my \w+ has|my \w+'s) (?:got |had |having |been having"
              r" )?(?:that|this|it|the same)(?: \w+)? (?:today|now|right now|at the moment|tonight|since \w+))\b")
# A sentence that refers back to the one before as a lifelong pattern ("I always do, since I was a teenager")
HABIT_BACKREF = (r"^(?:and |but )?(?:(?:i|he|she|they|it|this|that)(?:'s| has| have|'ve| does| do)? (?:always|every time"
                 r"|each time)|(?:it|this|that) (?:always )?happens (?:every time|each time|always|whenever)"
                 r"|(?:(?:it's|it has|that's|i've|he's|she's|they've) )?(?:always )?been (?:like (?:that|this)"
                 r"|the same|this way))\b")
# Someone outside the family telling a story of their own or their relative's past ("a woman in my support
# group said she spent a week in ICU"); a colleague's wife "had" it too
OTHERS_STORY = (r"\b(?:(?:a|an|another|one|some|this|the other) (?:\w+ ){0,2}?(?:man|woman|lady|guy|gentleman|chap"
                r"|bloke|lad|girl|boy|patient|person|mum|mom|dad|mother|father|member|friend|couple|parent|stranger|poster"
                r"|commenter|user|follower|acquaintance)"
                r"|someone|somebody|people|a friend of (?:mine|ours)|(?:my|our) (?:\w+ )?(?:friend|neighbou?r|colleague"
                r"|co-?worker|workmate|boss|classmate|pal|mate))\b[^.?!]{0,60}?\b(?:said|says|told (?:me|us)"
                r"|was telling (?:me|us)|mentioned|posted|wrote|shared)(?: that)? (?!i\b|i'm|i've|my\b|me\b)"
                r"(?:\w+ ){0,3}?(?:had|spent|was|were|got|ended up|went|needed|developed|became|suffered|used to"
                r"|collapsed|passed out|fainted|nearly|almost)\b"
                r"|\b(?:friend|neighbou?r|colleague|co-?worker|workmate|boss|classmate|cousin)'s (?:\w+ )?"
                rf"(?:{FAMILY}|wife|children|kids)\b[^.?!]{{0,20}}?\b(?:had|was|were|got|spent|ended up|went"
                r"|developed|suffered|used to)\b")
# ... or a stranger seen or met ("a man on the ward across from me had a seizure last night"), in the symptom's own
# clause: told whenever it happened, it is not this patient's
STRANGER_STORY = (r"\b(?:(?:a|an|another|one|the other|some) (?:\w+ ){0,2}?(?:man|woman|lady|guy|gentleman|chap|bloke|lad"
                  r"|girl|boy|patient|person|couple|kid|child|fella)(?: (?:in|on|at|across|opposite|next to|from|near|beside"
                  r"|down) (?:(?!and\b)[\w']+ ){0,6}?| (?:who|that) (?:\w+ )?)?|the (?:man|woman|lady|guy|gentleman|chap|bloke|patient|person|fella)"
                  r" (?:in|on|at|across|opposite|next to|from|near|beside|down) (?:(?!and\b)[\w']+ ){0,6}?)(?:had|has had|was"
                  r"|got|went|ended up|needed|developed|suffered|collapsed|passed out|fainted|started)\b")
# An animal whose clause it is ("our dog has seizures", "the vet says the cat is ..."), with no person after it;
# not "tripped over the dog and banged my head"
ANIMAL = (r"^\W*(?:(?:and|so|but|the vet (?:says|said|thinks|thought)|vet says|that) )?(?:my|our|the|his|her|their|a"
          r"|\w+'s) (?:[\w']+ )?(?:dog|dogs|cat|cats|puppy|pup|kitten|pet|pets|rabbit"
          r"|bunny|horse|pony|hamster|guinea pig|parrot|budgie|bird|ferret|tortoise|lizard)\b(?!'s)"
          rf"(?!.*\b(?:i|i'm|i've|me|we|we're|you|{FAMILY})\b)")


# 'mum had her transplant months ago and she's still so flat and anxious, just not herself': low mood long after
# treatment, which the guides' psychological recovery covers, not the sudden change of neurotoxicity (nothing sudden
# or recent may be told with it: 'since yesterday she's anxious and not herself' still escalates)
NOT_SELF = r"\b(?:just |really |quite )?not (?:quite |really |at all )?(?:him|her|them|my|your)sel(?:f|ves)(?: at all)?\b"
LOW_MOOD = (r"\b(?:anxious|anxiety|flat|low|down|sad|depressed|depression|teary|tearful|moody|mood|confidence|worried"
            r"|stressed|withdrawn|wiped out|exhausted|fed up)\b")
LONG_AFTER = r"\b(?:months?|years?|(?:long|slow|prolonged) recovery|ages)\b"
SUDDEN = (r"\b(?:suddenly|sudden|all of a sudden|today|tonight|this (?:morning|afternoon|evening)|yesterday|last night"
          r"|hours?|days? ago|since (?:the|his|her) (?:infusion|car-?t)|confus\w*|muddl\w*|drows\w*|sleepy|seizure\w*"
          r"|shak\w*|trembl\w*|slurr\w*)\b")


# The verbs a question asking why the care is as it is opens with ('why does my dad have to keep going?', 'why do
# they keep taking bloods?'): the rules and the advice backstop both read such a question as asking a reason
WHY_AUXILIARY = r"(?:do|does|did|is|are|was|were|would|has|have|must)\b"
