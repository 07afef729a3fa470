"""Bleeding as data: blood where it should not be, black stools, bruising and tiny red or purple spots."""

from __future__ import annotations

from assistant.safety.rule import RedFlag
from assistant.safety.vocabulary import one_of

# red in the toilet that the message itself puts down to food ("that was from the beetroot")
NOT_FOOD = (r"(?![^.?!]{0,60}\b(?:was|from|because of|after|due to|turned out to be|just|since)"
            r"(?: (?:i|he|she|we|they) (?:ate|had|started|took))? (?:the |some |eating |all |a lot of |lots of "
            r"|taking |my |his |her )?(?:beetroot|beets|red dye|food colou?ring|dye|blueberries|blackcurrants?|liquorice|licorice"
            r"|black pudding|iron (?:tablets|pills|supplements)|bismuth|pepto\w*)\b)")
# blood as the name of a thing: 'the midwife brought up cord blood', 'brought up his blood results'
NOT_BLOOD_OF = (r"(?!\s+(?:tests?|counts?|work|results?|donations?|banks?|banking|stem|cells?|transfusions?|groups?|types?"
                r"|pressure|sugars?|levels?|cancers?|disorders?|products?))")
# what blood soaks into or dries on: a pillow, a toothbrush, a tissue
SOAKED = (r"(?:pillows?|pillowcases?|pillow ?slips?|sheets?|bedding|duvet|toothbrush|tissues?|hankies?|hanky"
          r"|handkerchiefs?|flannel|towel|face ?cloth)")
BLEEDING = RedFlag(
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
          r"|been sick|being sick|was sick|sick bowl|sick bag)\b[^.?!]{0,40}?\b(?:(?<!cord )blood\w*" + NOT_BLOOD_OF + "|(?:bright|dark)"
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
          # "black tarry stuff in my poo"
          r"(?:black|tarry|tar-like|jet black|tar)\b[^.?!]{0,25}?\b(?:in|on) (?:my|his|her|the|their) (?:poo|poos|poop"
          r"|stools?|nappy|nappies|diapers?|bowel movements?|motions)\b" + NOT_FOOD,
          # urine the colour of rosé or cranberry juice
          r"(?:urine|pee|wee|wees|pees)\b[^.?!]{0,30}?\b(?:is|was|looks?|looked|turned|gone|went|comes? out|came out"
          r"|coming out|has been) (?:\w+ ){0,2}?(?:the colou?r of |like )?(?:pinky|pink\w*|red\w*|rosy|ros[eé]"
          r"|cranberry|raspberry|strawberry|blackcurrant|ribena|cherry|tomato|claret|(?:red )?wine|blood)(?:-\w+)?\b"
          + NOT_FOOD,
          r"(?:pinky|pinkish|reddish|rosy|blood)[ -]?(?:red|pink|tinged|stained|colou?red)? (?:wee|pee|urine)\b" + NOT_FOOD,
          r"vomit\w* (?:\w+ ){0,2}(?:with )?blood",
          r"gums (?:\w+ ){0,3}(?:bleed\w*|bled|oozing|ooze)", r"(?:nose|gums?|mouth|lips?) (?:has |have )?bled\b",
          # blood found where it soaks in overnight or on a brush, or clots passed
          rf"blood (?:\w+ ){{0,2}}?(?:on|all over|over|in|soaking|soaked into|through) (?:my|his|her|their|the) {SOAKED}",
          rf"{SOAKED}\b[^.?!]{{0,30}}?\b(?:covered in|full of|soaked (?:in|with)|red with|stained with|spotted with"
          r"|splattered with|with (?:\w+ )?(?:blood|bloodstains|blood stains)|blood[- ]?stained|bloody)\b",
          r"(?:passing|passed|peeing|weeing|pooing) (?:\w+ )?(?:blood )?clots\b",
          r"covered in (?:bruises|bruising|spots|blood)",
          r"(?:stool|stools|poo|poop|nappy|diaper)s? (?:\w+ ){0,3}(?:black|tarry|jet black)\b" + NOT_FOOD,
          r"blood (?:clots? )?(?:when|whenever|every time) (?:i|he|she|they) (?:pee|wee|poo|poop|cough|spit|go"
          r"|brush)(?:s|es|ed|d)?\b",
          r"blood (?:(?:mixed|streaked|mingled|swirled) )?(?:in|into|through|with)(?: with)? (?:my |his |her |the )?(?:urine|pee|wee|wees|pees|stool|stools|poo|poos|poop|vomit|sick|spit|phlegm"
          r"|mucus|bowel movements?|motions|diarrhea|number twos?)\b",
          # urine, stools or sick that hold blood ("her stool is full of blood", "streaked with blood")
          r"(?:urine|pee|wee|wees|pees|stool|stools|poo|poos|poop|bowel movements?|motions|diarrhea|vomit|sick|phlegm"
          r"|mucus|spit)\b(?: (?:is|was|are|were|has been|have been|had|has|came out|comes out|looks?|looked|all"
          r"|just|really|completely|totally))* (?:full of|covered in|mixed with|streaked with|laced with|tinged with"
          r"|stained with|thick with|with(?: lots of| bits of| streaks of| clots of)?) (?:fresh |red |dark )?"
          r"(?:blood|clots)\b" + NOT_FOOD,
          # a swelling after a knock that keeps growing: bleeding under the skin
          r"(?:purple|purplish|blue|bluish|black|dark|blood[- ]filled|bruised|swollen)(?:[ -]\w+)? (?:lump|swelling|bump"
          r"|egg|mound|haematoma|hematoma)\b[^.?!]{0,60}?\b(?:getting (?:bigger|larger|worse)|(?:keeps?|kept|still|is|'s)"
          r" (?:growing|spreading|swelling)|grow(?:s|ing|n)|spreading|doubled)\b",
          r"(?:haematoma|hematoma)",
          r"bloody (?:nose|stool|urine|diarrhea|vomit)", r"(?:black|jet[- ]black|pitch[- ]black|coal[- ]black|inky|tarry|tar[- ]?(?:like|looking|coloured|colored"
          r"|black)|treacle[- ]like)(?:[ ,-]+(?:and |sticky|tarry|runny|loose|black|dark|smelly|shiny|gooey|thick"
          r"|soft|watery|tar[- ]\w+|\w+-looking|looking|tar)){0,3}[ ,-]+(?:poo|poos|poop|poops|stools?|bowel"
          r" movements?|motions?|diarrhea|number twos?|bms?|nappy|nappies|diapers?)\b" + NOT_FOOD,
          # "the runs with blood in it"
          r"(?:urine|pee|wee|stools?|poos?|poop|diarrhea|the runs|sick|vomit|phlegm|mucus|spit|motions)\b[^.?!]{0,30}?"
          r"\bblood (?:in|through|all through|mixed in(?:to)?|on) (?:it|them)\b",
          r"bleed\w*", r"nose ?bleeds?", r"bruis\w*", r"petechiae", r"purpura",
          one_of("tiny small little pinpoint pin-point pinprick pin_prick lots_of") + r" (?:\w+[ -]){0,2}"
          + one_of("red purple purplish dark purple-red red-purple")
          + r" (?:[\w-]+ )?(?:spots|dots|marks|specks)",
          r"(?:red|purple|purplish|dark red) (?:[\w-]+ ){0,3}(?:spots|dots|specks|pinpricks)",
          r"(?:red|purple|purplish|dark red|reddish|maroon)(?:[ -]\w+)?[ -]freckle[\w-]*",
          # big purple or black-and-blue patches nothing explains
          r"(?:purple|purplish|blue|bluish|black|blue-black|bluish-black|black-and-blue|black and blue|plum|violet)"
          r"(?:[ -](?!stretch\b)\w+)?[ -](?:patch|patches|blotch|blotches|splodges?|splotches?|marks?|areas?)\b"
          r"(?![^.?!]{0,40}\b(?:from|where|after|because of|due to|under) (?:the |my |his |her |a )?(?:\w+ )?(?:tape|dressing"
          r"|plaster|injection|jab|cannula|drip|needle|blood test|bloods|biopsy|picc|port|line|heparin|shoes?|socks?"
          r"|ink|pen|dye|tattoo|felt|watch))",
          r"(?:nosebleed|nose bleed|bleeding) (?:that )?(?:has )?(?:lasts?|lasted|lasting|been going on"
          r"|going on) (?:for )?(?:over |more than |about |nearly |almost )?(?:an hour|half an hour"
          r"|\d+ ?(?:minutes|mins|hours))"))
