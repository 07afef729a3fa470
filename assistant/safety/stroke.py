"""Stroke and weakness as data: a face that droops, one side gone weak, sight that blurs or goes, legs that fail."""

from __future__ import annotations

from assistant.safety.rule import RedFlag

# A limb sore or heavy from a jab, a workout or the way one slept
NOT_LOCAL_CAUSE = (r"(?![^.?!]{0,40}\b(?:from|after|since) (?:the |my |his |her )?(?:\w+ )?(?:jab|injection|vaccine|gym"
                   r"|workout|exercise|sleeping|lying|carrying|surgery|operation|biopsy|line|picc|cannula|drip|fall)\b)")
STROKE = RedFlag(
    strong=(r"(?:lost|losing) (?:the |all )?(?:vision|sight) in (?:my|his|her|one|the) (?:\w+ )?eye",
            r"curtain (?:came|coming|has come|comes) down", r"seeing double",
            r"everything(?:'s| has| is)? (?:gone|going|goes|went|turns|turned) (?:blurry|dark|black|double)"),
    weak=(r"(?:having|had|has) a stroke",
          r"(?:face|mouth|smile|lip|eyelid)s? (?:is |are |looks? |seems? |has |started )?(?:\w+ )?"
          r"(?:droop\w*|lopsided|uneven|crooked|sagg\w*)",
          # a face or smile that drops, slips or pulls to one side
          r"(?:face|mouth|smile|lip|eyelid|cheek)s?\b(?: [\w']+){0,3}? (?:dropp\w*|drops|dropped|slip\w*|slid\w*|sink\w*"
          r"|sank|hang\w*|pull\w*|fall\w*|fell|went|goes|gone|sliding)(?: down| away)? (?:\w+ ){0,4}?(?:on|to|at|down)"
          r" (?:one|the (?:left|right)|(?:his|her|my) (?:left|right)) side\b",
          # speech gone thick or mushy
          r"(?:words|speech|talking|talk|sentences)\b(?: (?:is|are|sound\w*|seem\w*|come out|came out|coming out|gone|went"
          r"|getting|all|a bit|really|very|quite|sort of|kind of))* (?:mushy|mumbl\w*|thick|slushy|sloppy|garbled|drunken"
          r"|mashed|blurred|blurry|wonky)\b", r"droop\w* (?:face|mouth|smile|on one side)",
          r"one side of (?:my|his|her|the) (?:face|body) (?:\w+ ){0,2}(?:droop\w*|numb|weak|limp"
          r"|tingl\w*)",
          r"(?:arm|leg|hand|side) (?:\w+ ){0,2}(?:weak|weakness|numb|limp|dead|won't move|can't move)",
          r"(?:floppy|limp|weak|numb|droopy|heavy|dead|paralys\w*) (?:\w+ ){0,2}on (?:one|the (?:left|right))"
          r" side",
          r"(?:weak|weakness|numbness|numb|limp) (?:\w+ ){0,3}(?:arm|leg|hand|one side|left side"
          r"|right side)",
          # an arm and leg of one side heavy or weak
          r"(?:left|right|one) (?:arm|leg|hand|foot|side)s?(?: and (?:\w+ )?(?:arm|leg|hand|foot|face)s?)?\b[^.?!]{0,30}?"
          r"\b(?:heavy|weak|numb|limp|dead|floppy|useless|clumsy)\b" + NOT_LOCAL_CAUSE,
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
          r"(?:heavy|numb|weak|dead|limp|floppy)" + NOT_LOCAL_CAUSE,
          r"(?:seeing|see|sees|saw) (?:two of everything|two of (?:you|him|her|them|the \w+)|things double|double)\b",
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
          r"(?:blurry|dim|dark|black|double)",
          # "everything looks doubled and blurry", not blurred by eye drops or without one's glasses
          r"(?:everything|things|vision|sight|eyesight|the tv|the screen)\b[^.?!]{0,15}?\b(?:looks?|looking|looked|went"
          r"|gone|going|goes|is|are|seems?|became|turned|turns) (?:all |a bit |kind of |sort of )?(?:doubled|double|blurry|blurred"
          r"|fuzzy)(?: and (?:doubled|double|blurry|blurred|fuzzy|dim))?\b(?![^.?!]{0,40}\b(?:drops|without (?:my|his"
          r"|her) (?:glasses|specs|lenses)|reading glasses (?:off|on)|eye test|cataract))"))
# Arms or legs losing strength or feeling by the hour: the nerves or the spinal cord
WEAKNESS = RedFlag(
    strong=(),
    weak=(r"(?:can't|unable to|couldn't|can no longer) (?:feel|move|lift|stand on) (?:my|his|her|their|both) (?:\w+ )?"
          r"(?:legs|feet|arms|hands)\b",
          r"(?:arms?|legs?|hands?|feet|side)\b[^.?!]{0,40}?\b(?:getting|going|growing|gone|feel\w*) (?:\w+ )?(?:weaker"
          r"|number|heavier|more numb)\b(?: and (?:weaker|number|heavier)| by the (?:hour|minute)| every (?:hour|few hours"
          r"|minute|few minutes)| than (?:this morning|an hour ago|earlier|yesterday|last night))",
          r"(?:numb\w*|pins and needles|tingl\w*) (?:\w+ ){0,3}(?:spreading|creeping|moving|going|climbing) up (?:my|his"
          r"|her|their|both|the) (?:legs|arms|body)",
          # the spinal cord: no feeling below a level, a bladder or bowel that no longer warns
          r"(?:numb|no feeling|can't feel (?:anything|a thing)|dead|paralys\w*|weak|tingl\w*) (?:\w+ ){0,2}?from the"
          r" (?:waist|hips?|chest|belly button|tummy|bum|knees?) down\b",
          r"(?:both )?legs (?:have |has |are |'ve )?(?:\w+ )?(?:gone|went|going|turned) (?:all |completely |totally |really )?"
          r"(?:numb|dead|floppy|paralys\w*)\b",
          r"(?:lost|losing|lose|no|can't) (?:\w+ )?control (?:of|over) (?:my|his|her|their) (?:bladder|bowels?|wee|pee"
          r"|waterworks)",
          r"(?:wet|soiled|peed|pooed|pooped|wee'?d|weed) (?:(?:my|him|her|them)sel(?:f|ves)|the bed|(?:my|his|her|their)"
          r" (?:bed|pants|trousers|knickers|underwear|pyjamas|pajamas))\b(?: \w+){0,3}? (?:without"
          r" (?:feeling|knowing|noticing|realising|realizing|warning|any warning)|and (?:didn't|couldn't|can't) (?:feel"
          r"|tell|stop))"))
