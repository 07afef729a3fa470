"""Self-harm as data: words of wanting to die or to hurt oneself, plans and warning signs."""

from __future__ import annotations

from assistant.safety.rule import RedFlag
from assistant.safety.vocabulary import FAMILY

# A goodbye that belongs to leaving a ward, a school or a house
NOT_LEAVING = (r"(?![^.?!]{0,80}\b(?:(?:to|for) (?:the |all the |my |his |her |our )?(?:nurses?|staff|ward|team"
               r"|doctors?|teachers?|class(?:mates)?|colleagues|neighbou?rs)|before (?:she|he|i|we|they) (?:moved?"
               r"|left for|leaves for|went on|go on|retired?)|(?:moving|moved) (?:house|away|abroad)|on (?:my|his|her"
               r"|their) last day|(?:was|got|being|is) discharged|leaving (?:party|do|card)|flight|plane|airport|boarded"
               r"|holiday|trip|abroad|going away|good ?luck|see you|best wishes|birthday|before (?:\w+ ){0,2}"
               r"(?:going|goes|go|went|heading|admission|transplant|treatment|surgery)))")

# A supply that could be taken all at once: tablets, and the medicines a stash is made of
STASH = (r"(?:pills|tablets|meds|painkillers|medicines?|sleeping (?:pills|tablets)|sleepers|oxycodone|oxy|oxynorm"
         r"|oxycontin|morphine|codeine|co-codamol|tramadol|fentanyl|opioids|opiates|paracetamol|diazepam|zopiclone"
         r"|insulin|amitriptyline|antidepressants)")
# Counting or lining up a supply of tablets
TABLETS = (r"(?:count\w*|lin\w* up|look\w* at|star\w* at|sort\w* through|hold\w*|stash\w*) (?:\w+ ){0,2}?(?:pills"
           r"|tablets|meds|painkillers|medicines?|sleeping (?:pills|tablets))")
# ... or taking all of the day's doses at once, a question of timing
NOT_A_SCHEDULE = (r"(?! (?:at once |in one go )?(?:in the morning|at (?:night|bedtime|breakfast|lunch|dinner|the same time)"
                  r"|with (?:food|breakfast|lunch|dinner|my|a)|together|instead|rather than|to save|so (?:i|he|she)"
                  r" (?:don't|doesn't) forget|to make (?:it|things|life|mornings|evenings) (?:\w+ )?(?:simpler"
                  r"|easier))\b)")
# "end it" said of a call, a chat, a relationship or a meeting
NOT_A_CALL = (r"\b(?! (?:with|on|there|here|between|off|at|after|before|by|when|if|for (?:the|a|this|that|today|tonight)"
              r"|the (?:call|chat|conversation|relationship|meeting|contract)|now and)\b)")

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
            r"tak(?:e|ing) all (?:of )?(?:my|his|her|the) (?:pills|tablets|meds|medicines?)" + NOT_A_SCHEDULE,
            # "I'd rather be dead than do another round", not "rather die than eat that sandwich lol"
            r"(?:i'd|id|he'd|she'd|we'd|they'd|would|'d) (?:much |honestly |really |just )?(?:rather|sooner|prefer to)"
            r" (?:just )?(?:die|be dead|not be here|not be alive|not wake up)\b(?! (?:when|during|for|while|at|in|on|if"
            r"|until|before|after|because)\b)"
            r"(?! than (?:eat|wear|watch|listen|sing|dance|drink|miss|sit through|go to (?:the gym|a party|work"
            r"|school)))(?![^.?!]{0,60}\b(?:lol|haha\w*|lmao|jk|joking)\b)",
            r"want (?:it all|everything|my life|this life) to (?:end|stop|be over)",
            r"(?:giving|gave|give|gives|given) away (?:all )?(?:his|her|my|their) (?:things|stuff|belongings"
            r"|possessions)",
            r"(?:giving|gave|give|gives|given) (?:all )?(?:of )?(?:his|her|my|their) (?:things|stuff|belongings|possessions)"
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
            r"won't be a (?:burden|problem|bother|nuisance) (?:to|for|on) (?:\w+ )?(?:\w+ )?(?:much (?:longer|more)|for"
            r" (?:much )?longer|for long|soon)", r"soon (?:i|he|she) won't be a (?:burden|problem|bother|nuisance)",
            r"sorted (?:out )?(?:his|her|my) will",
            r"(?:wish|wishing|wishes) (?:i|he|she) (?:just )?(?:wouldn't|won't|didn't) wake up",
            r"(?:driv\w*|swerv\w*|steer\w*) (?:the |my |his |her )?car into",
            # goodbye notes, texts and posts, but not cards for the nurses on the last day
            rf"(?:goodbye|good-bye|farewell){NOT_LEAVING} (?:notes?|letters?|messages?|texts?|posts?|videos?|emails?)",
            rf"(?:notes?|letters?|messages?|texts?|cards?|posts?|emails?|videos?|voice ?notes?)\b{NOT_LEAVING}[^.?!]{{0,50}}?\b"
            rf"(?:saying|say|said|says|to say|reads? like|like|sounds? like|sounded like) (?:sorry and |a )?"
            r"(?:goodbye|good-bye|farewell)\b",
            r"(?:text\w*|messag\w*|writ\w*|wrote|written|post\w*|email\w*|left|leaving|ring\w*|rang|call\w*"
            rf"|phon\w*){NOT_LEAVING} (?:\w+ ){{0,4}}?(?:to say|saying|and say\w*|and said) (?:\w+ ){{0,2}}?(?:goodbye|good-bye"
            r"|farewell)\b",
            # looking at a way to die and thinking about it
            r"(?:look\w*|star\w*|gaz\w*|glanc\w*|eye\w*) (?:\w+ ){0,2}(?:at )?(?:the |my |his |her |all (?:my |the )?"
            r"|those |these )?(?:\w+ )?(?:bridge|tracks|trains?|railway|river|traffic|lorries|trucks|cliffs?|edge"
            r"|drop|pills|tablets|meds|painkillers|rope|knife|knives|razors?|blades?|balcony)\b[^.?!]{0,30}?\band"
            r" (?:i |he |she )?(?:just )?(?:think|thinking|thought|wonder|wondering|imagine|imagining)(?: about)?"
            r" (?:it|doing it|how easy|jumping|ending it|stepping|driving|swerving|taking them all)\b",
            r"(?:see|sees|saw|pass|passes|passed|cross|crosses|crossed|drive over|drive past|walk over|walk past)"
            r" (?:the |a )?(?:\w+ )?(?:bridge|tracks|railway|river|cliffs?|edge)\b[^.?!]{0,30}?\b(?:i|he|she)"
            r" (?:just )?(?:think|thinks|thought|wonder|wonders) about (?:it|doing it|jumping|ending it)\b",
            r"(?:stash|stockpile|hoard) of (?:his |her |my )?(?:\w+ )?(?:pills|tablets|meds|painkillers)",
            r"putting (?:aside|away|by) (?:my|his|her) (?:\w+ )?(?:pills|tablets|meds)",
            r"(?:how much|how many) (?:[\w-]+ ){0,4}(?:would it take|to take) to (?:not wake up|die|end it)",
            r"cutting (?:my|his|her)(?:self| arms?| legs?| wrists?| skin)", r"won't be around (?:for it|to see)",
            r"letters (?:\w+ ){0,3}for (?:after|when i'm gone)", r"(?:sort(?:ed|ing)|put|putting|got|getting) (?:out )?(?:all )?(?:his|her|my) affairs(?: in order)?\b",
            r"(?:made|making) (?:my|his|her) peace",
            # turning over ending things ("I keep thinking about ending things on my own terms"), not a relationship
            r"(?:think\w*|thought|dream\w*|fantasi[sz]\w*|consider\w*|plan\w*|obsess\w*) (?:about |of |on )?(?:just )?ending"
            r" (?:things|it(?: all)?|everything|(?:my|his|her) (?:own )?life)\b(?! (?:with|between|off|early|on (?:a|good"
            r"|bad) )\b)",
            # a method settled on: "I know how I'd do it", "I've worked out how"
            r"(?:know|knows|worked out|figured out|decided|planned|chosen|picked) (?:exactly )?(?:how|when|where)"
            r" (?:i'd|i would|i'll|i will|i'm going to|i'm gonna|he'd|she'd|he'll|she'll) (?:do it|end it|end things"
            r"|go about it)\s*(?:[.!]|$)",
            r"(?:know|knows|worked out|figured out|decided|chosen|picked) (?:exactly )?what (?:i'd|i would|i'll|i will"
            r"|he'd|she'd|he'll|she'll) (?:take|use|swallow)\s*(?:[.!]|$)",
            # dwelling on not waking up, not a fear of the anaesthetic
            r"(?:keep|keeps|kept|been|always|often|can't stop|i|he|she) (?:\w+ )?(?:thinking|think|thinks|dreaming|dream)"
            r" (?:about|of) (?:just )?not waking up\b(?! (?:from|after|during|under) (?:the |my |an? )?(?:anaesthetic"
            r"|anesthetic|sedation|surgery|operation|procedure|general))",
            # not expecting to be around, at peace with it
            r"(?:don't|doesn't|can't) see (?:myself|himself|herself) (?:being |still )?(?:around|here|alive) (?:by|for|at"
            r"|next|much longer|long|in a)\b",
            # hurting one's own body on purpose, to feel something
            r"(?:held|hold|holding|put|putting|pressed|pressing|stuck|burn\w*|scald\w*|cut|cutting|scratch\w*|hit|hitting"
            r"|punch\w*|bang\w*|slam\w*|stab\w*|pinch\w*|bit|bite|biting) (?:my|his|her) (?:own )?(?:hands?|arms?|wrists?"
            r"|fingers?|skin|legs?|thighs?|head|fists?|palms?|self)\b[^.?!]{0,50}?\b(?:on purpose|deliberately"
            r"|to feel (?:something|anything|pain|real|alive)|to punish (?:my|him|her)self|until it (?:bled|burned|burnt"
            r"|blistered))",
            r"(?:burn\w*|scald\w*|scratch\w*|hit\w*|punch\w*|bang\w*|starv\w*) (?:my|him|her)self (?:\w+ ){0,3}?(?:on"
            r" purpose|deliberately|to feel (?:something|anything)|to punish)",
            r"disappear (?:for good|forever)", r"see to it (?:my|him|her)self",
            r"(?:want|wants|wanted|wanting|wanna|wish|wishing|long|longing|thinking about|think about|i'd rather"
            r"|would rather|could just|just) (?:to )?(?:just )?(?:disappear|vanish|go away|slip away|fade away"
            r"|cease to exist|stop existing|go to sleep|sleep)\b(?: \w+){0,2}? (?:for good|forever|for ever"
            r"|permanently|and never (?:come back|be found|wake up|return)|and not wake up|off the face of the"
            r" (?:earth|planet))",
            r"(?:no one|nobody) would (?:even )?(?:miss|notice|care)(?: (?:me|him|her))?(?: if|\s*[.!]|\s*$)",
            r"hope (?:i|he|she) (?:just )?(?:don't|doesn't|won't|never) wake up",
            r"(?:saving|stockpiling|hoarding|collecting|storing) (?:up )?(?:all )?(?:my |his |her )?(?:\w+ )?"
            r"(?:pills|tablets|meds|medicines?)",
            r"how many (?:[\w-]+ ){0,5}(?:it would take|would (?:do it|be enough|kill))",
            r"(?:not|n't) (?:going to|gonna|planning to|planning on|plan to|intending to|intend to) (?:stick|stay|be)"
            r" around\b(?! (?:on|at|this|next|that|tomorrow|today|tonight|because|while|when|until|till|in the|over the"
            r"|for (?:the|a|my) (?:weekend|holiday|trip|week|day|party|visit)))",
            r"(?:driv\w*|jump\w*|walk\w*|swerv\w*|steer\w*) (?:\w+ ){0,2}off (?:a |the )?(?:bridge|cliff|roof|building"
            r"|balcony|road)",
            # a crash chosen on the road ("steering into the barrier and being done"), not a car-park barrier
            r"(?:driv\w*|swerv\w*|steer\w*|veer\w*|crash\w*) (?:the car |my car |the wheel )?(?:straight )?into (?:a |an |the )?"
            r"(?:wall|tree|traffic|truck|lorry|lorries|bus|river|lake|sea|canal|oncoming \w+|(?:crash |motorway |concrete )?barrier"
            r"|central reservation|bridge|pillar|lamp ?post|the path of \w+)\b(?! (?:at|in) the (?:car park|parking))",
            r"jump off (?:a |the )?(?:bridge|roof|building|cliff|balcony)", r"hang (?:my|him|her)self",
            # Passive wishes not to exist: "it would be easier if I just wasn't here anymore".
            r"(?:easier|better(?: off)?|relieved|happier) (?:for (?:everyone|everybody|them|us|my family|the family) )?"
            r"if (?:i|he|she) (?:just )?(?:wasn't|weren't|was gone|were gone|didn't exist|died|was dead|were dead"
            r"|wasn't alive|weren't alive|wasn't around|weren't around|didn't wake up|never woke up|took (?:my|his|her)"
            rf" (?:own )?life|killed (?:my|him|her)self|ended (?:it|things|everything|my life|his life|her life){NOT_A_CALL})",
            # Deciding to end it, or how much easier that would be: "I'm going to end it myself"
            rf"(?:easier|simpler|kinder|better) (?:for (?:\w+ ){{1,2}})?to (?:just )?end (?:it|things|everything|my life){NOT_A_CALL}",
            r"(?:going to|gonna|'ll|i will|he will|she will|about to|decided to|ready to|planning to|plan to|time to"
            rf"|could just|might just|should just|'d just|would just) (?:just |finally |simply )?end (?:it|things|everything)"
            rf"(?: all)?{NOT_A_CALL}(?! (?:early|properly|nicely|politely)\b)",
            r"end (?:it|things|everything) (?:my|him|her)self\b",
            # Not minding, or not caring, whether one lives
            r"(?:wouldn't|won't|don't|doesn't) (?:mind|care) if (?:i|he|she) (?:just )?(?:didn't|don't|never|won't"
            r"|wouldn't|doesn't) (?:wake up|woke up|wake)\b",
            r"(?:relief|blessing|mercy) (?:if (?:i|he|she) (?:just )?(?:didn't|never) wak\w*|not to wake|to not wake"
            r"|to never wake)",
            r"(?:don't|doesn't|no longer) care (?:if|whether) (?:i|he|she) (?:live|lives|die|dies|survive|survives"
            r"|wake up|wakes up|make it|makes it)\b",
            r"(?:don't|doesn't) care what happens(?: to (?:me|him|her))? (?:anymore|any more|now)\b",
            r"(?:tired|sick|weary) of (?:living|being alive|life|existing|waking up)\b(?! (?:in|on|at|here|with"
            r"|without|as|after|during|out of|off|stuck)\b)",
            r"(?:had|'ve had|'d had) enough of (?:living|life|being alive)\b(?! (?:in|on|at|here|with|without|as"
            r"|after|during|like|stuck)\b)",
            r"ready to die\b(?! (?:of|from|laughing|with laughter|of embarrassment))",
            r"(?:happier|easier|better|freer|calmer|lighter)(?: off)? without (?:me|him|her)(?: around| here| in"
            r" (?:the picture|their lives))?\b(?! (?:for|at|on|in|during|this|next|while|today|tonight|tomorrow"
            r"|there|to)\b)",
            r"(?:look\w*|googl\w*|search\w*|research\w*|read\w*|read up)\b[^.?!]{0,30}?\b(?:ways|how|the best way)"
            r" to (?:die|end (?:it|my life|things)|kill (?:my|him|her)self|overdose|not wake up)\b",
            r"(?:wish|wishing|wishes) (?:i|he|she) (?:wasn't|weren't|was never|were never|had never been)"
            r" (?:here|around|alive|born)",
            r"(?:wish|wishing|wishes) (?:i|he|she) (?:could|would) (?:just )?(?:go to sleep and )?"
            r"(?:not|never) wake up",
            r"(?:don't|doesn't) want to (?:exist|be around) (?:anymore|any more)",
            r"(?:no one|nobody) would (?:even )?(?:miss|notice)(?: (?:me|him|her))?"
            r" if (?:i|he|she) (?:was|were) gone",
            r"(?:what's|what is) the point (?:of|in) (?:living|going on|being alive|me being here)",
            # letters or videos left for the family in case one goes through with it
            r"(?:letters?|notes?|cards?|videos?|recordings?|voice ?notes?|messages?)\b[^.?!]{0,60}?\b(?:in case|for"
            r" when|for after|before|when|if) (?:i|he|she) (?:\w+ ){0,2}?(?:(?:go|goes|going|went) through with it"
            r"|(?:do|does|did) it|act on it)\b",
            # stopping the medicines that keep one alive so that it all ends
            r"(?:stop\w*|not tak\w*|quit\w*|skip\w*|com\w* off|refus\w*|throw\w* away|flush\w*|bin\w*)\b(?: [\w-]+){0,5}?"
            r" (?:pills|tablets|meds|medicines?|medications?|drugs|insulin|tacrolimus|steroids|immunosuppressants?"
            r"|anti-?rejection \w+)\b[^.?!]{0,50}?\b(?:so (?:that )?(?:it|this|everything|it all|all this|all of this"
            r"|all of it|my life)(?: (?:is|will|would|can))?(?: all)?(?: just)? (?:ends?|be over|over|finish\w*"
            r"|stops?(?! \w+ing\b| (?:me|him|her|them|the|my|his|her)\b))\b"
            r"|(?:and|to) let (?:it|everything|this|it all|nature) (?:all )?(?:end|stop|happen|be over|take (?:its|their)"
            r" course)|until (?:i|he|she) (?:just )?(?:don't|doesn't|won't|never) wake"
            r"|(?:want|wants|wanted) (?:it|everything|this|it all) (?:all )?(?:to )?(?:end|be over))",
            # a stash turned over in the mind ("I keep thinking about taking them all at once", "some nights I count
            # my sleeping tablets and think about taking them all"), not a question of when to take the day's doses
            rf"(?:(?:keep|keeps|kept|can't stop|been|always|constantly|often) (?:\w+ )?(?:thinking|dreaming|fantasi[sz]ing)"
            rf"|{TABLETS}\b[^.?!]{{0,40}}?\b(?:think|thinks|thinking|thought|dream\w*|imagin\w*|pictur\w*|wonder\w*))"
            r" (?:about |of )?(?:just )?(?:taking|swallowing|downing|necking) (?:them all|it all|the lot"
            r"|the whole (?:lot|box|bottle|packet|pack|stash)|all of them|every (?:single )?(?:one|pill|tablet)|all"
            rf" (?:of )?(?:my |his |her |the |those |these )?(?:\w+ )?{STASH})\b"
            + NOT_A_SCHEDULE,
            # ... or the whole supply swallowed at once, turned over in the mind ("some nights I think about swallowing
            # all my oxycodone at once")
            r"(?:think\w*|thought|dream\w*|fantasi[sz]\w*|imagin\w*|pictur\w*|wonder\w*) (?:about |of )?(?:just )?"
            r"(?:taking|swallowing|downing|necking) (?:all (?:of )?|the whole (?:box|bottle|packet|pack|supply|stash|lot)"
            rf" of )(?:my |his |her |the |those |these )?(?:\w+ )?{STASH} (?:at once|in one go|all together|in one"
            r" sitting)\b" + NOT_A_SCHEDULE,
            # letting an illness take one, and keeping it from the team so that it can
            r"(?:let|letting) (?:it|this|the (?:cancer|disease|infection|fever|illness|lymphoma|leuka?emia|myeloma"
            r"|tumou?r|sepsis|virus)|nature|god) (?:just )?(?:take|have|finish|claim|get) (?:me|him|her)\b",
            r"(?:won't|not|never|wouldn't|don't) (?:going to |gonna )?(?:tell\w*|call\w*|ring\w*|phon\w*) (?:anyone"
            r"|anybody|the (?:team|hospital|doctors?|nurses?|ward))\b[^.?!]{0,60}?\blet (?:it|things|nature) (?:just )?"
            r"(?:happen|take (?:its|their) course)\b",
            # a plan to end things, not a relationship or a meeting
            r"(?:plan|plans|planned|planning|plotting|decided|worked out|figured out|working out|thinking about)"
            r" (?:[\w']+ ){0,2}?(?:to|how to|about how to|of how to|how (?:i|he|she)(?:'d|'ll| would| will| could|"
            r" might)) (?:just )?end (?:things|it|everything|(?:my|his|her) life)\b"
            r"(?! (?:with|on|early|there|here|between|off|now and|soon|properly)\b)"),
    # A sense of being a burden is a warning sign, urgent when said of oneself now.
    weak=(r"suicid\w*", r"self[- ]?harm\w*", r"overdos\w*",
          # Going back to a bridge or an edge, or looking down from one
          r"(?:stand|stands|standing|stood|sit|sits|sitting|sat|lean\w*|go|goes|going|went|drive|driving|drove"
          r"|walk\w*)\b(?: \w+){0,4}? (?:on|at|by|to|over|near) (?:the |a )?"
          r"(?:(?:very |right )?edge of (?:the |a )?)?(?:\w+ )?(?:bridge|cliffs?|cliff edge|ledge|rooftop|roof"
          r"|railway (?:line|tracks|bridge)|tracks"
          r"|platform edge|edge)\b(?=[^.?!]{0,40}\b(?:a lot|lately|recently|every (?:day|night|evening)"
          r"|most (?:days|nights|evenings|mornings)|for (?:ages|hours)|again|looking (?:down|over)|staring"
          r"|thinking|wondering|on my own|by myself|at night))",
          r"(?:keep|keeps|kept|been|find (?:myself|himself|herself)) (?:[\w'-]+ ){0,2}?(?:going|driving|walking"
          r"|standing|sitting|stand|go|drive|walk)\b[^.?!]{0,50}?\b(?:to|on|at|by|up) (?:the |a )?(?:[\w-]+ )?"
          r"(?:bridge|cliffs?|edge|ledge|roof|rooftop|railway|tracks|multi-storey|top floor)\b",
          r"(?:standing|stood|sitting|sat|stand|sit) (?:right )?(?:at|on) the (?:very )?edge of (?:the |a )?(?:roof"
          r"|cliff|bridge|platform|building|car park|multi-storey)",
          r"(?:looking|staring|look|stare|looked|stared|gazing) (?:\w+ ){0,2}(?:down|over) (?:at |into |on )?"
          r"(?:the )?(?:water|river|tracks|railway|traffic|drop|road below|sea|rocks)\b",
          r"(?:a|such a|just a|nothing but a) burden (?:on|to|for) (?:everyone|everybody|my family|them|you all"
          rf"|the people|(?:my |our )?(?:{FAMILY}|family|wife|kids|children|parents|carers?|loved ones|friends))\b",
          r"(?:don't|doesn't) want to do this (?:anymore|any more)", r"(?:done|finished|tired|sick) (?:of )?fighting",
          r"(?:stored|saved|saving|hidden|hiding) (?:\w+ ){0,3}(?:oxycodone|morphine|painkillers|sleeping (?:pills"
          r"|tablets))",
          r"(?:i've|i have) got enough(?: pills| tablets)?",
          r"(?:this is )?the last time (?:i'll|i will) be (?:chatting|talking|here|writing)"),
)

# Words between a negation and self-harm that still deny it ("no thoughts of hurting myself")
SELF_HARM_DENIAL = (r"(?:(?:had |have |has |having )?(?:any |ever )?(?:thoughts?|plans?|intentions?|urges?|desire"
                    r"|wish|ideas?|feelings?) (?:of|about|to)|(?:thinking|thought|planning|considering|considered"
                    r"|intending|think) (?:of |about |on )?(?:ever )?)")
