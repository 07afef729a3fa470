"""Fainting and collapse as data: passing out, going grey on standing, a low blood pressure reading."""

from __future__ import annotations

from assistant.safety.rule import RedFlag
from assistant.safety.vocabulary import FAMILY

# The room going dark or grey, as a faint comes on
DARKEN = (r"(?:(?:room|world|everything|it all|vision|sight|eyesight|eyes)\b(?: \w+){0,3}? (?:goes|go|went|gone"
          r"|going|turns|turned|turning|fades|faded|fading|started to go|starts to go|start going|starts going)"
          r" (?:all |a bit |sort of |kind of |completely )?(?:black|dark|grey|gray|white|dim|fuzzy|starry|spotty"
          r"|misty|blurry)|(?:black|dark|grey|gray|dim|fuzzy)(?:ness)? (?:at|around|round|from) the edges"
          r"|(?:blacks?|greys?|grays?|whites?) out|tunnel vision|see(?:ing)? stars)")
# Getting up: where a faint announces itself
STAND = (r"(?:stand|stands|standing|stood|get up|gets up|getting up|got up|sit up|sits up|sat up"
         r"|(?:get|gets|getting|got) out of (?:bed|the \w+))")
# A blood pressure reading below 90 over 60
PRESSURE = r"(?:blood pressure|bp|pressure)"
LOW_READING = r"(?<![\d.])(?:[5-8]\d)\s*(?:/|over)\s*[2-5]\d\b"
COLLAPSE = RedFlag(
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
          r" faint|going dizzy)"))
