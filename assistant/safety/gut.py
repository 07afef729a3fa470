"""The gut as data: severe stomach pain, repeated diarrhoea, vomiting, fluids that won't go or stay down."""

from __future__ import annotations

from assistant.safety.rule import RedFlag

TUMMY = r"(?:stomach|tummy|belly|abdomen|abdominal|gut|guts)"
UNDER_RIBS = (r"(?:pain|ache|aching|hurts?|hurting|sore|tender\w*|throbbing|stabbing)\b[^.?!]{0,30}?\b(?:under|below"
              r"|beneath) (?:my|his|her|their|the) (?:right )?(?:ribs|rib ?cage)")
DISTENDED = r"(?:swollen|swelling|swelled|bloated|distended|blown up|ballooned|tight as a drum|like a drum|getting bigger)"
ABDOMINAL_PAIN = RedFlag(
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
          rf"{TUMMY} (?:is |feels |'s |has gone |gone |went )?(?:swollen and |bloated and |big and )?(?:as )?(?:hard|rigid"
          r"|tight) as a (?:board|rock"
          rf"|drum)", rf"(?:rigid|rock[- ]hard|board[- ]like) {TUMMY}",
          # (not "rigid with fear")
          rf"{TUMMY}\b(?: (?:is|'s|has|have|feels?|felt|gone|went|become|became|got|getting|all|really|very|so"
          r"|completely|totally|just|now))* (?:rock[- ]hard|rigid|board[- ]like|hard (?:as|like) (?:a )?(?:board"
          r"|rock|stone|brick|plank))(?! (?:with|from) (?:fear|nerves|anxiety|worry|terror|stress|tension))",
          rf"{TUMMY}\b[^.?!]{{0,40}}?\b(?:too (?:painful|sore|tender) to (?:touch|be touched)|agony (?:to|when|if)"
          r" (?:touch|\w+ touch\w*)|(?:screams?|screamed|screaming|yelps?|cries out|winces?) (?:if|when|whenever)"
          r" (?:i|you|anyone|someone|we) (?:touch|press|prod)|can't bear (?:anyone |anybody |me |you )?(?:touching"
          r"|to touch|pressing))",
          # right upper pain under the ribs with a belly swelling up: the liver after a transplant
          rf"{UNDER_RIBS}[^.?!]{{0,80}}?\b{TUMMY} (?:\w+ ){{0,3}}?{DISTENDED}",
          rf"{TUMMY} (?:\w+ ){{0,3}}?{DISTENDED}\b[^.?!]{{0,80}}?{UNDER_RIBS}",
          rf"(?:pain|agony|cramp\w*|{TUMMY})\b[^.?!]{{0,60}}?\b(?:can't|couldn't|unable to) (?:stand up straight"
          r"|straighten up|stand upright)"))
NUMBER_OF_TIMES = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|several|loads of"
                   r"|lots of|so many) times")
DIARRHEA = RedFlag(
    strong=(),
    weak=(r"diarrhea", r"the runs", r"(?:loose|watery|runny) (?:stools?|bowels?|poo|poop)",
          r"(?:running|rushing|dashing|racing|back and forth|up and down) (?:to|from) the (?:loo|toilet"
          r"|bathroom|lav)\b(?! to (?:pee|wee))",
          r"(?:on|off) the (?:loo|toilet) (?:\w+ ){0,2}(?:every|constantly|non-?stop|all (?:day|night|morning))",
          r"(?:it's|its|it was|it is|coming out|came out|comes out|pouring out) (?:just |pure |only |all |like "
          r"|nothing but )(?:brown )?(?:water|liquid)\b",
          r"(?:water|liquid) (?:just )?(?:pouring|coming|gushing|pours|comes|came) out of (?:me|him|her)",
          r"(?:poo\w*|poop\w*|going) (?:pure |just |only |like |nothing but )(?:brown )?(?:water|liquid)\b",
          # "going about 10 times a day, pure water"
          rf"(?:going|gone|been|went|go|running)(?: to the (?:loo|toilet|bathroom))? (?:about |around |like |over |maybe"
          rf" |nearly |at least )?{NUMBER_OF_TIMES}\b[^.?!]{{0,40}}?\b(?:pure|just|only|all|like|nothing but|basically)"
          r" (?:brown )?(?:water|liquid)\b"),
    qualifier=(r"severe|really bad|terrible|awful|constant\w*|non-?stop|won't stop|keeps?|kept"
               r"|repeated\w*|lots of|a lot|many times|several times|multiple times|again and again"
               r"|every (?:hour|half hour|\d+ minutes)|all (?:day|night|morning)|\d+ times"
               r"|(?:two|three|four|five|six|seven|eight|nine|ten|a dozen) times|watery|bloody|explosive"
               r"|can't keep up|dehydrat\w*|dizzy|since (?:yesterday|last night|this morning|\w+day)"
               r"|every (?:few|couple of|ten|twenty|thirty|\d+) (?:minutes|mins)|every half(?: an)? hour"
               r"|wobbly|woozy|light-?headed|room spins|topple\w*|nearly fell|pure liquid|just water"
               r"|for (?:\d+|two|three|several|a few|few) (?:days|hours)"))
# Drinks that come straight back up, or will not go down at all
FLUIDS = r"(?:water|fluids?|liquids?|drinks?|juice|sips?|mouthfuls?|anything|everything|a thing)"
VOMITING = RedFlag(
    strong=(r"(?:can't|couldn't) (?:even )?(?:keep|hold) (?:[\w-]+ ){0,5}down",
            # "I've not been able to keep anything down", "unable to keep fluids down"
            r"(?:not|\w+n't|unable to|never) (?:\w+ ){0,2}?(?:able to )?(?:keep|hold) (?:even )?(?:anything|food|water|fluids?"
            r"|liquids?|drinks?|a (?:thing|drop|sip)|sips?|my (?:\w+ )?(?:tablets|pills|meds|medicines?|food))(?: \w+){0,3}?"
            r" down\b",
            r"(?:can't|couldn't) (?:even )?hold down",
            r"(?:keeps?|kept|can't stop) (?:on )?(?:vomiting|throwing up|being sick|puking)",
            r"(?:vomit\w*|throwing up|being sick|puking) all (?:the )?(?:day|night)",
            r"can't (?:even )?drink\b(?! (?:any )?(?:alcohol|booze|wine|beer|spirits|coffee|caffeine|grapefruit|milk"
            r"|fizzy|energy drinks|anything alcoholic)\b)",
            r"(?:vomit\w*|threw up|thrown up|throwing up|been sick|sick) (?:after|with) (?:every|each) (?:dose|pill"
            r"|tablet|meal|drink)"),
    weak=(r"(?:vomit\w*|throwing up|threw up|thrown up|being sick|been sick|was sick|puking|puked)(?! of\b) (?:\w+ ){0,3}"
          rf"(?:non-?stop|all (?:day|night)|constantly|repeatedly|every (?:hour|time)|{NUMBER_OF_TIMES}|everything)",
          rf"(?:drink\w*|drank|sips?|mouthfuls?|whatever|{FLUIDS})\b[^.?!]{{0,50}}?\b(?:comes?|came|coming) (?:(?:straight|right"
          r"|directly) (?:back )?up|back up)\b"))
SWALLOWING = RedFlag(
    strong=(),
    weak=(r"(?:haven't|hasn't|not|unable to|can't|couldn't)(?: been able to| managed to)? (?:eat or drink|eat and drink"
          r"|eat or even drink|drink (?:anything|much|a thing|at all))\b(?: \w+){0,4}? (?:for|since|in) (?:(?:over|more"
          r" than|about|nearly) )?(?:\d+|two|three|four|a couple of|a few|several|a|yesterday|last night|this morning"
          r"|\w+day)\b(?! (?:weeks|months|years)\b)",
          rf"(?:can't|couldn't|unable to|not able to|too (?:sore|painful) to|hurts too much to) (?:even )?(?:swallow"
          rf" (?:even )?(?:any |a single |a )?(?:{FLUIDS}|(?:my|his|her|their) (?:own )?(?:spit|saliva)|spit|saliva)"
          rf"|get (?:even )?(?:any |a single |a )?{FLUIDS}(?: \w+){{0,2}}? down)\b",
          r"(?:can't|couldn't|unable to|too (?:sore|painful) to) swallow(?=\s*(?:[.,;!?]|$|at all|properly|anymore"
          r"|any more|since|because|without|even|not even))"))
