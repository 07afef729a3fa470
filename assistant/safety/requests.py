"""Patterns for what a message asks: individual advice, manipulation of the assistant; markup to strip."""

from __future__ import annotations

from assistant.safety.vocabulary import FAMILY, LAB, one_of

# Medicines and treatments (for personal-advice requests)
MED_NAMES = one_of(
    r"meds? medicines? medications? pills? tablets? capsules? drugs? prescriptions? tacrolimus prograf tacro"
    r" cyclosporine ciclosporin sirolimus mycophenolate cellcept mmf prednisone prednisolone pred steroids?"
    r" dexamethasone immunosuppress\w* anti-?rejection_\w+ antivirals? acyclovir aciclovir valacyclovir"
    r" valtrex letermovir antibiotics? antifungals? posaconazole fluconazole voriconazole bactrim septrin"
    r" septra co-?trimoxazole penicillin prophylaxis tylenol paracetamol acetaminophen ibuprofen advil motrin"
    r" nurofen aspirin naproxen aleve nsaids? painkillers? pain_(?:meds|medicine|killers?) keppra"
    r" levetiracetam blood_thinners? warfarin heparin eliquis apixaban insulin magnesium potassium"
    r" supplements? vitamins? iron injections? shots? jabs? antihistamines? benadryl sleeping_(?:pills"
    r"|tablets) melatonin cbd herbal_\w+ chemo hydroxyurea ruxolitinib jakafi omeprazole ondansetron zofran"
    r" anti-?(?:sickness|nausea)_\w+ laxatives? loperamide imodium filgrastim neupogen ivig doses? dosage"
    r" calpol panadol excedrin codeine tramadol oxycodone morphine diphenhydramine loratadine cetirizine"
    r" zyrtec claritin antacids? gaviscon pepto\w* mouthwash (?:eye_|ear_|nose_)?drops creams? ointments?"
    r" inhalers? patch(?:es)? nasal_spray suppositor\w+"
    r" \w+_(?:they|the_(?:doctor|team|hospital|nurse|pharmacy)|my_(?:doctor|team|nurse))_(?:gave|prescribed"
    r"|put)")
MED_OBJECT = rf"(?:{MED_NAMES}|it|them|this|these)"
TREATMENT = one_of(
    r"car-t gene_therapy cell_therapy (?:stem_cell_|bone_marrow_)?transplant (?:clinical_)?trial study"
    r" treatment therapy chemo radiation surgery option kymriah yescarta tecartus breyanzi abecma carvykti"
    r" zolgensma casgevy lyfgenia hemgenix donor cord_blood haplo\w* autologous allogeneic vaccines? booster"
    r" infusion")

# "ok if I skip this one?", "fine to skip my bloods?": an "is it ok" question without its "is it", when it opens a
# clause (not "it's fine to", "I feel fine to"); read as "is it ok if ..." (check.py)
BARE_ASK = (r"(?<![\w'])(?:totally |really |still |probably )?(?:ok|okay|alright|all right|fine|safe)"
            r"(?= (?:for (?:me|him|her|us|them|my \w+) )?(?:to|if)\b)")
CLAUSE_START = r"(?:^|[\n,.;:!?(-]\s*|\b(?:but|so|and|just|then|hmm|well)\s)$"
# Requests for individual advice: one pattern table per kind (reason "personal_advice:<kind>")
WHO = rf"(?:i|we|he|she|they|my \w+|{FAMILY})"
ASK_IF_OK = (rf"(?:(?:should|can|could|may|must|shall|do) {WHO}"
             rf"|is it (?:really |still |actually |totally |probably )?(?:ok|okay|safe|fine|alright|all right|bad"
             r"|possible)"
             rf" (?:for (?:me|him|her|us|them|my \w+|{FAMILY}) )?(?:to|if {WHO})"
             rf"|would it be (?:ok|okay|safe|fine|bad|alright|all right) (?:for (?:me|him|her) )?(?:to|if {WHO})"
             r"|am i (?:allowed|able) to|how (?:do|can|should) (?:i|we))")
CHANGE = one_of("stop quit skip miss double(?:_up)? halve cut(?:_down|_back)? reduce decrease lower increase"
                " raise up change switch swap come_off go_off get_off taper wean restart resume discontinue"
                " pause hold_off drop")
# Leaving out a visit or a test ("skip my 6 month follow-up", "miss his check-up", "put off the bloods")
SKIP_VISIT = one_of("skip(?:ped|s)? miss(?:ed|es)? cancel(?:l?ed|s)? postpone(?:d|s)? put_off push_back delay(?:ed|s)?"
                    " not_go_to don't_go_to not_attend don't_attend stop_going_to stop_coming_to not_bother_with"
                    " don't_bother_with give_up_on")
# ... or this one, when the message has named it ("my 6 month check next week ... ok if I skip this one?")
SKIP_IT = (rf"(?:{SKIP_VISIT} (?:it|this one|that one|this|that|them|this time|next week's|this week's)"
           r"|(?:push|put|move) (?:it|this|that|them|this one) (?:back|off))\b")
VISIT = (r"(?:appointments?|appts?|follow[- ]?ups?|check[- ]?ups?|checks?|clinic|visits?|reviews?|bloods|blood (?:tests?"
         r"|work|draws?)|bloodwork|scans?|tests?|sessions?)\b")
# A judgement on a result is asked about when its sentence is a question or the next one asks about it ("my
# counts are normal. Can I skip ...?"), not when a story tells it ("my platelets were low last week").
LAB_ASKED = (rf"(?=[^.!?\n]*\?|[^.!?\n]*[.!\n]+\s*(?:{ASK_IF_OK}|is (?:that|this|it)\b|are (?:they|those|these)\b"
             r"|what does|does (?:that|this|it)\b|should (?:i|we|he|she)\b|how (?:worried|concerned|bad|serious)\b))")
# A reading or a state ("160", "low") told with a question is a request only when the question is about the result
# or this person ("is that ok?", "can I go?", "does that mean I've engrafted?"), not a general question ("how long
# does the risk last?", "what readings should make someone call?") and not with no question at all.
ABOUT_IT = (rf"(?:{ASK_IF_OK}|(?:is|are|was|were) (?:that|this|it|they|these|those|mine|he|she|my|his|her)\b"
            r"|(?:does|do|did) (?:that|this|it|they|these|those)\b|what does (?:that|this|it)\b|am i\b"
            r"|how (?:worried|concerned|bad|serious)\b|(?:for|to) (?:me|him|her|us)\b|in (?:my|his|her) case\b)")
LAB_ASKED_ABOUT_IT = (rf"(?=[^.!?\n]*?\b{ABOUT_IT}[^.!?\n]*\?|[^.!?\n]*[.!\n]+\s*(?:and |so |but )?{ABOUT_IT})")
# A result inside a condition ("once my counts are normal", "while my platelets are low") is not reported
# (the lookbehinds are tried only where an owner starts, since they are many)
NOT_CONDITION = r"\b(?=my |his |her |our |\w+'s )" + "".join(
    f"(?<!{c} )" + "".join(f"(?<!{c} {o} )" for o in ("my", "our", "his", "her"))
    for c in ("once", "when", "after", "until", "before", "if", "while", "whenever"))
# "Would I be able to get CAR-T?", "could he even get a transplant?" (the doubt of "even" or "still" is about
# this person), asked with this person's own situation: age, illnesses
ABLE = (rf"(?:(?:would|could|will|can|might) {WHO} (?:even |still |ever |actually )?(?:be able to|be allowed to"
        rf"|be considered for|be offered)|(?:am i|are we|is {WHO}) (?:even |still )?(?:able|allowed) to)")
EVEN = rf"(?:could|can|would|will|might) {WHO} (?:even|still|ever)"
RECEIVE = (r"(?:get|have|receive|be given|be offered|be treated with|try|go for|qualify for)\s+(?:(?:a|an|the|this|that"
           rf"|another|second|more|any|some|further|new|other)\s+){{0,2}}{TREATMENT}\b")
SITUATION = (r"\b(?:(?:i'm|i am|he's|he is|she's|she is|my \w+(?:'s| is)) (?:\w+ )?(?:\d{2}\b(?! ?(?:%|mg|kg|days?"
             r"|hours?|weeks?|months?))|in (?:my|his|her) \w+ies|over \d{2})|(?:i|he|she|my \w+) (?:have|has|had|'ve got"
             r"|'s got|live with|lives with|suffer from|suffers from|was diagnosed with|am on|is on|'m on)\b[^.?!]{0,40}?"
             r"\b(?:failure|disease|diabetes|diabetic|copd|asthma|dementia|hiv|hepatitis|cirrhosis|kidneys?|heart|lungs?"
             r"|liver|stroke|pacemaker|oxygen|dialysis|relapse\w*|myeloma|lymphoma|leuka?emia|cancer|sickle cell"
             r"|problems?|condition)|with (?:my|his|her) (?:\w+ ){0,2}(?:failure|disease|diabetes|copd|asthma|kidneys?"
             r"|heart|lungs?|liver|condition|problems?|history)|at (?:my|his|her) age)")
PERSONAL_ADVICE: dict[str, tuple[str, ...]] = {
    "medication_change": (
        rf"\b{ASK_IF_OK}\s+(?:just )?(?:switch|swap|change|move|go) (?:to|onto|over to) (?:something|anything"
        r"|another|a different)\b",
        rf"\b{ASK_IF_OK}\s+(?:just |still |safely )?{CHANGE}\b(?:\s+\S+){{0,5}}?\s+(?:taking |using |on )?"
        rf"{MED_OBJECT}\b",
        rf"\b(?:should|can|could|may|do) {WHO} (?:just |still )?(?:stop|quit|keep|skip|continue|start)"
        r" (?:taking|using)\b(?! (?:\S+ )?(?:blood|bloods|samples?|tests?|scans?|x-?rays?|photos?|pictures?"
        r"|notes?|temperatures?|readings?|swabs?|measurements?)\b)",  # staff taking blood is no medicine
        rf"\bshould {WHO} (?:be taking|be on|start|begin|take|get) (?:\S+ ){{0,3}}?{MED_NAMES}\b",
        rf"\b(?:can|could|should|may) {WHO} (?:go|come|drop|cut|step|taper) (?:down|up|back) (?:to )?"
        r"(?:\d|half|one|two|a lower|a higher)",
        rf"\bhow long (?:should|do|must) {WHO} (?:keep |stay |be )?(?:taking|on|take)\b",
        rf"\b(?:do|does) {WHO} (?:still |really |actually )?(?:need|have) to (?:take|keep taking|continue"
        rf"|be on|stay on)(?:\s+\S+){{0,3}}?\s+{MED_NAMES}\b",
        rf"\b{MED_NAMES}\b[^?]{{0,60}}\b(?:do|does) {WHO} (?:really |still |actually |even )?need"
        r" (?:it|them|this|that|these|to take)\b",
        rf"\b{WHO} (?:want to|wants to|(?:am|'m|is|'s) (?:thinking|planning) (?:of|about)|plan to"
        rf"|(?:am|'m|is|'s) going to|stopped|skipped|doubled|halved) (?:\w+ )?"
        rf"(?:stop\w*|skip\w*|doubl\w*|halv\w*|taking|my|his|her)?\s*(?:\S+\s+){{0,2}}?{MED_NAMES}\b"),
    "dose": (
        rf"\bhow (?:much|many) (?:\S+ )?{MED_NAMES}\s*(?:\?|$|for (?:me|him|her|my)|can|should|do i"
        r"|does (?:he|she|my))",
        rf"\b(?:can|could|may|should) {WHO} (?:have|take|get|give) (?:\S+ ){{1,3}}for"
        r" (?:the|his|her|my|this|their) (?:pain|fever|headache|nausea|temperature|sickness|cough|itch\w*"
        r"|rash|diarrhea|sleep\w*|aches?)\b",
        rf"\bwhich (?:one |dose |tablet |pill |strength |amount )?should {WHO} (?:take|use|give|have)\b",
        r"\b(?:accidentally|by mistake|mistakenly) (?:took|take|taken|gave|given|doubled|missed|skipped)\b",
        rf"\b(?:took|taken|gave|given) (?:\S+ ){{0,3}}?{MED_NAMES} (?:\S+ )?(?:twice|two times|double"
        rf"|again)\b",
        rf"\b(?:dose|dosage|amount|how much|how many) (?:of \S+ )?{WHO} should (?:take|give|have|be on"
        rf"|use)\b",
        rf"\bhow (?:much|many)(?:\s+\S+){{0,4}}?\s+(?:should|can|do|could|must|may|shall|is|are)\s+{WHO}\b"
        r"(?:\s+\S+){0,3}?\s+(?:take|taking|have|having|give|giving|be on|use|using|get|getting)\b",
        r"\b(?:what|which|the|right) (?:dose|dosage|amount|strength)\b(?:\s+\S+){0,3}?"
        r"\s+(?:should|can|do|could|must|is right for|for)\s+(?:i|me|we|he|she|him|her|my)\b",
        r"\b(?:is|are) (?:my|his|her) (?:\w+ )?(?:doses?|dosage) (?:too|right|correct|ok|okay|enough|safe)\b",
        r"\b(?:is|are) \d+(?:\.\d+)? ?(?:mg|milligrams?|ml|g|tablets?|pills?)\b.{0,30}"
        r"\b(?:safe|ok|okay|too much|enough|fine|right) for (?:me|him|her|my \w+)",
        rf"\b(?:should|can|could|may|do) {WHO} (?:take|have|give (?:him|her|them)?) (?:\d+|one|two|three|four"
        r"|an extra|extra|another|a double|double|more|less|half|a second|the missed)\b",
        r"\b(?:missed|forgot|skipped|forgotten) (?:to take )?(?:a|my|his|her|one|the|this morning's"
        r"|last night's|yesterday's|two|\w+'s) (?:\w+ )?(?:dose|doses|pills?|tablets?|meds?|medication"
        r"|medicine|tacrolimus)\b"),
    "medication_use": (
        rf"\b{ASK_IF_OK}\s+(?:take|have|use|give (?:him|her|them|\w+ \w+)|mix|combine|drink alcohol with"
        rf"|drink)\b(?:\s+\S+){{0,4}}?\s+(?:with\s+)?(?:my |his |her )?{MED_NAMES}\b"
        r"(?!\s+(?:during|after|before|when) (?:car-t|gene|transplant|treatment))",),
    "lab_values": (
        rf"\b(?:my|his|her|our|{FAMILY}'s) (?:\S+ ){{0,2}}{LAB}\b(?:\s+\S+){{0,4}}?\s+(?:is|are|was|were"
        r"|came back|come back|at|of|went|gone|dropped|fell|rose|jumped|up|down|only|just|=|:)\s*"
        r"(?:to |at |down to |up to |about |around )?[<>]?\d+(?:[.,/]\d+)*%?" + LAB_ASKED_ABOUT_IT,
        # ... but not a condition ("even once my counts look normal"): that asks about the time after; nor results
        # told as fine before asking something else ("his counts are fine now but why ...").
        rf"{NOT_CONDITION}(?:my|his|her|our|{FAMILY}'s) (?:\S+ ){{0,2}}{LAB}\b.{{0,60}}?\b(?:(?:normal|ok|okay|good"
        r"|fine)\b(?!,?\s+(?:(?:now|again),?\s+)?(?:but|though|although|yet)\b)|(?:low|high)\b)" + LAB_ASKED_ABOUT_IT,
        rf"{NOT_CONDITION}(?:my|his|her|our|{FAMILY}'s) (?:\S+ ){{0,2}}{LAB}\b.{{0,60}}?\b(?:bad|too (?:low|high)"
        r"|dangerous|worrying|concerning|mean|means|worry|worried|concerned|safe|enough)\b" + LAB_ASKED,
        rf"\b(?:interpret|read|explain|look at|check|understand|analy[sz]e) (?:\w+ ){{0,2}}(?:my|his|her"
        rf"|these) (?:\w+ ){{0,2}}{LAB}\b",
        rf"\bwhat should (?:my|his|her) (?:\S+ ){{0,2}}{LAB} be\b",
        rf"\bis (?:a |an )?{LAB} (?:count |level )?of \d+(?:\.\d+)?"
        r" (?:ok|okay|normal|safe|low|high|dangerous|good|bad|too)"),
    "eligibility": (
        # 'Do you think my mum would qualify for CAR-T?'
        rf"\b(?:i|we|he|she|my \w+|{FAMILY})(?: would| could| might| will| can|'d) (?:\w+ )?(?:qualify|meet the criteria"
        r"|be eligible|be a (?:good |suitable )?candidate)\b",
        rf"\b(?:am i|are we|is {WHO}|(?:would|will|could) {WHO} be"
        rf"|{WHO} (?:is|are|'s|'m|am|would be|could be|might be))\s+(?:\w+\s+)?"
        r"(?:eligible|a (?:good |suitable |possible )?candidate|qualified|suitable|too old|too young|too sick"
        r"|too ill|too weak|healthy enough|well enough|fit enough|strong enough|old enough|a (?:good )?match"
        r"|(?:accepted|considered|allowed) for"
        r"|approved)\b",
        rf"\b(?:do|does|would|could|can|will) {WHO} (?:\w+ )?(?:qualify|meet the criteria|fit the criteria"
        r"|be eligible|be considered)\b",
        rf"\b(?:(?:can|could|would|will) {WHO}|{ABLE}) (?:get|have|receive|be given|be offered|be treated with|try)\s+"
        rf"(?:\w+\s+){{0,2}}{TREATMENT}\b.{{0,40}}\b(?:with|if|given|since|even though|although|despite"
        r"|at (?:my|his|her) age|because)\b",
        rf"\b{EVEN} {RECEIVE}", rf"{SITUATION}[^?]{{0,200}}?\b(?:{ABLE}|(?:can|could|would|will|might) {WHO}) {RECEIVE}",
        rf"\bis (?:{TREATMENT}|it|this|that) (?:\w+ )?(?:right|suitable|appropriate|an option|a good option"
        r"|possible|safe|worth it|recommended)(?: \w+)? for (?:me|him|her|us|my \w+|someone like me"
        r"|people like me)\b",
        rf"\bwould {WHO} benefit from\b",
        rf"\b(?:would|could|will|might) (?:{TREATMENT}|it|this|that) be (?:\w+ )?(?:an option|right|suitable"
        r"|appropriate|possible|safe|worth it|available|recommended)(?: \w+)?"
        r" for (?:me|him|her|us|my \w+|someone like me)\b"),
    "treatment_choice": (
        # ("what should I do if I ever notice redness or discharge?" asks for a plan, not a choice)
        rf"\bshould {WHO} (?:\w+ )?(?:choose|pick|go with|go for|opt for|get|have|do(?! (?:if|when|whenever|in case)\b)"
        r"|try|pursue|accept|agree to|sign up|join|enrol\w*|participate|go ahead|proceed|consider|refuse|decline"
        r"|delay|postpone|start)\b(?:\s+\S+){0,8}?\s+(?:or|vs\.?|versus|instead of|rather than)\b",
        rf"\bshould {WHO} (?:\w+ )?(?:choose|pick|go with|go for|opt for|get|have|do|try|pursue|accept"
        r"|agree to|sign up for|join|enrol\w* in|participate in|go ahead with|proceed with|consider|refuse"
        rf"|decline|delay|postpone|start)\s+(?:\S+\s+){{0,4}}?{TREATMENT}\b",
        r"\b(?:which|what) (?:one|option|treatment|therapy|product|donor|trial|hospital|centre|center"
        r"|is better|would be better|is best|is safer)\b.{0,40}\b(?:should (?:i|we|he|she)"
        r"|for (?:me|him|her|us|my \w+)|would you (?:choose|pick|recommend))",
        rf"\bshould {WHO} (?:go ahead(?: with it)?|do it|go through with it|say yes|agree to it|accept it"
        r"|have it|get it)\b",
        r"\b(?:is|would|will) (?:\S+ ){1,7}(?:better|best|safer|the right choice|a better option)"
        r" for (?:me|him|her|us|my \w+)\b",
        r"\bwhat would you (?:do|choose|pick)\b",
        r"\b(?:which|what)(?: one| option)? would you (?:pick|choose|recommend|go for) for (?:me|him|her|us|my)\b",
        r"\b(?:do|would) you (?:think|recommend|suggest|advise) (?:that )?(?:i|we|he|she|my \w+)"
        r" (?:should|go|get|have|do|choose|take|stop)\b"),
    # "Is it OK if I skip my follow-up next week?": whether this person can leave out a visit or test is the care
    # team's call ("What happens if you miss a follow-up?" is a general question).
    "appointment": (
        rf"\b{ASK_IF_OK}\s+(?:just |safely )?{SKIP_VISIT}\s+(?:\S+\s+){{0,3}}?{VISIT}",
        rf"\b{VISIT}[^?]{{0,150}}?\b{ASK_IF_OK}\s+(?:just |safely )?{SKIP_IT}",
        rf"\b(?:do|does) {WHO} (?:really |still |actually |even )?(?:need|have) to (?:go|come|attend|keep going|turn up"
        rf"|show up)\b(?:\s+\S+){{0,3}}?\s+{VISIT}",),
    # "Is it OK for me to go back to work next week?": whether this person may do something now is the care
    # team's call. Without "for me" ("Is it safe to take a bath with a PICC line?") it is a general question.
    "activity": (
        rf"\b(?:is|would) it (?:be )?(?:ok|okay|safe|fine|alright|all right|too soon|too early|wise|a good idea)"
        rf" for (?:me|him|her|us|them|my \w+|{FAMILY}) to\b",
        rf"\b(?:am i|are we|is {WHO}) (?:\w+ )?(?:ready|ok|okay|safe|fit|cleared|well enough|strong enough) to"
        r" (?:go back|return|start|resume|restart|drive|travel|fly|work|exercise|swim|go)\b"),
    "prognosis": (
        rf"\bwhat(?: are|'s| is) (?:my|his|her|our|{FAMILY}'s) (?:\w+ )?(?:chances?|odds|prognosis"
        r"|life expectancy|outlook)\b",
        rf"\bwill {WHO} (?:\w+ )?(?:survive|die|make it|be cured|relapse|beat (?:it|this))\b",
        rf"\bhow long (?:do|does|will|would) {WHO} (?:have(?! to)|live|survive)\b",
        r"\bam i going to (?:die|be ok|be okay|survive|make it|relapse)\b",
        r"\bis (?:my|his|her) (?:cancer|lymphoma|leuka?emia|myeloma|disease|tumou?r) (?:\w+ )?"
        r"(?:gone|cured|back|in remission|coming back)\b"),
}

# Requests about taking or changing a medicine: with one, a tremor the message puts down to a named medicine is
# that medicine's side effect, not a sign of neurotoxicity (neurotoxicity.MEDICINE_TREMOR)
MEDICINE_REQUESTS = ("medication_change", "dose", "medication_use")

# Manipulation: one pattern table per kind (reason "manipulation:<kind>")
ROLE = one_of(r"doctor physician oncologist ha?ematologist nurse pharmacist specialist surgeon clinician"
              r" expert medical_(?:professional|expert) healthcare_(?:provider|professional) dr\b therapist"
              r" psychiatrist lawyer character persona ai assistant bot chatbot model hacker pirate human")
DISCLAIMER_WORDS = (r"(?:disclaimers?|caveats?|fine print|small print|boilerplate|not medical advice"
                    r"|medical advice (?:bit|part|line|note|notice|thing|stuff|text|warning)"
                    r"|legal (?:stuff|bit|text|notice|jargon)|safety (?:notice|message|text|note|blurb|stuff"
                    r"|info|warnings?)|warnings?|(?:part|bit|line|sentence|paragraph|stuff|note) about"
                    r" (?:calling|contacting|asking|seeing) (?:the|your) (?:care team|doctor|emergency))")
INSTRUCTION_OBJECT = one_of(r"instructions? rules prompts? directions directives guidelines guidance"
                            r" constraints restrictions guardrails polic(?:y"
                            r"|ies) programming training filters?"
                            r" context everything stuff bits? disclaimers? caveats? warnings?")
DROP = one_of(r"without no skip drop remove omit leave_(?:out|off) lose ditch delete hide cut exclude"
              r" get_rid_of spare_me forget ignore minus sans w/o no_need_for turn_off disable")
MANIPULATION: dict[str, tuple[str, ...]] = {
    "disclaimer": (
        r"\b(?:don't|never|stop|quit)\s+(?:\w+\s+)?(?:includ\w*|add\w*|put\w*|show\w*|giv\w*|need|want"
        rf"|bother\w*|writ\w*|mention\w*|append\w*|attach\w*|us\w*|say\w*|repeat\w*|send\w*)\b[^.?!]{{0,30}}?"
        rf"{DISCLAIMER_WORDS}",
        rf"\b{DROP}\b[^.?!]{{0,30}}?{DISCLAIMER_WORDS}(?<!warning)(?<!warnings)",
        r"\b(?:answer|respond|reply|tell me|say)\b[^.?!]{0,30}\b(?:without|with no|minus|sans)\b[^.?!]{0,20}"
        r"\bwarnings?\b",
        r"\b(?:disclaimers?|caveats?) (?:does not|doesn't|do not|don't|no longer|won't) apply"),
    "role": (
        rf"\byou(?:'re| are) (?:now |actually |really )?(?:a|an|my|the) (?:\w+ )?{ROLE}\b(?! (?:here|of))",
        r"\byou(?:'re| are) now\b",
        rf"\bact (?:as|like) (?:if you were |though you were )?(?:a|an|my|the) (?:\w+ )?{ROLE}\b",
        r"\bpretend (?:to be|you(?:'re| are)|that you|you can|there are no)\b",
        r"\bpretend (?:\w+ ){0,3}(?:disclaimers?|caveats?|rules|guidelines|instructions)\b",
        r"\bimagine (?:you(?:'re| are)|that you)\b", r"\brole-?play\w*|\bpersona\b",
        r"\bjailbr(?:eak|oken)\w*",
        r"\b(?:respond|answer|reply|speak|talk|write|behave) (?:only )?(?:as|like)"
        r" (?:if you were |a |an |my |the |dr\b)",
        r"\b(?:act|behave|pose) (?:as|like) (?:if|though) you\b",
        rf"\b(?:can|could|will|would) you be my (?:\w+ )?{ROLE}\b",
        r"\bfrom now on,? (?:you|respond|answer|reply|act|speak|talk|behave|pretend|be|only|always|never"
        r"|ignore|forget|don't)\b",
        r"\b(?:developer|dev|debug|god|admin|dan|sudo|maintenance|unrestricted) mode\b",
        r"\bdo anything now\b",
        r"\blet's (?:play a game|pretend|roleplay|imagine)\b",
        r"\b(?:unrestricted|uncensored|unfiltered) (?:\w+ )?(?:ai|assistant|bot|model|version|mode"
        r"|answers?)\b",
        r"\byour new (?:role|persona|name|identity|job)\b",
        r"\b(?:play|take on|assume|adopt) (?:the )?(?:role|part|persona) of\b",
        r"\byou(?:'re| are) (?:now )?(?:dan|chatgpt|gpt-?\d*|jailbroken|unrestricted|unfiltered"
        r"|uncensored)\b"),
    "reveal": (
        r"\bsystem (?:prompt|message|instructions?)\b",
        r"\b(?:secret|hidden|internal|private) (?:rules|instructions?|guidelines|prompt|policies|instruction set)\b",
        r"\b(?:rules|instructions|guidelines|policies) (?:that )?you (?:follow|obey|use|were given|must follow)\b",
        r"\byour (?:own |hidden |secret |internal |original |initial )?(?:prompt|instructions?(?: set)?|programming"
        r"|configuration|config|directives|training data|source code|api key|guardrails)\b",
        r"\b(?:initial|original|hidden|secret|developer|base|pre-?)[ -]?prompt\b",
        r"\b(?:show|reveal|print|repeat|tell|give|share|display|output|dump|list|recite|paste|copy|send|leak"
        r"|expose|disclose|summari[sz]e|describe|translate|rewrite|paraphrase|encode|spell out"
        r"|what (?:are|is|were)|what's)\b(?:\s+\S+){0,3}?\s+(?:your|its)\s+(?:\w+\s+){0,2}"
        r"(?:instructions|prompt|directives|configuration|config|settings|programming|source code|code"
        r"|api keys?|keys?|tokens?|passwords?|credentials|secrets?|parameters|training data)\b",
        r"\b(?:show|reveal|print|repeat|dump|recite|paste|copy|leak|output|display)\b(?:\s+\S+){0,3}?"
        r"\s+(?:your|its|the (?:hidden|internal|secret|original|initial|exact|full))\s+(?:\w+\s+)?"
        r"(?:rules|guidelines|polic(?:y|ies)|instructions)\b",
        r"\b(?:print|repeat|output|show|display|echo|dump|recite|copy|reproduce|write out)\s+(?:me\s+)?"
        r"(?:everything|all|all the text|the text|the words|whatever|what(?:'s| is| was)?)\s+(?:\w+\s+)?"
        r"(?:above|before|prior|earlier|preceding|at the (?:start|beginning))\b",
        r"\bwhat (?:were you|have you been|are you) (?:told|instructed|programmed|prompted)\b",
        r"\b(?:developers?|creators?|makers?|programmers?|owners?|company|admins?) (?:\w+ )?"
        r"(?:told|instructed|programmed|asked|trained|wanted|prompted) you\b",
        r"\bwhat (?:instructions|rules|prompts?|directives) (?:were|have) you (?:been )?(?:given|told|set)\b",
        r"\b(?:settings|configuration|config|instructions|rules|prompts?|guidelines|parameters) (?:that )?you"
        r" (?:were|have been|'ve been|are|got) (?:\w+ )?(?:configured|given|set up|told|programmed|instructed"
        r"|trained|built|prompted)\b",
        r"\bhow (?:were|are) you (?:programmed|configured|instructed|prompted|set up)\b",
        r"\bapi[ _-]?keys?\b|\b(?:access|staff|admin|secret|auth) (?:token|key|password)s?\b"
        r"|\benvironment variables\b|\benv vars\b",
        r"\b(?:which|what) (?:\w+ )?(?:model|llm|language model) (?:are you|is this|do you use|powers you"
        r"|runs you|are you (?:using|running|based on))\b"),
    "other_conversations": (
        r"\b(?:other|another|previous|earlier|last|different|past|all|every|everyone(?:'s| else's)?|anybody"
        r"|somebody|someone)\s+(?:\w+\s+){0,2}(?:users?|patients?|people|persons?|person's|user's|patient's"
        r"|users'|patients'|people's|callers?|families|family's)(?=[\s.,?!]|$).{0,40}?\b(?:conversations?"
        r"|chats?|messages?|chat logs?|transcripts?|asked|asking|said|saying|wrote|typed|told you|talked"
        r"|ask you|tell you)\b",
        r"\b(?:other|another|previous|earlier|last|different)\s+(?:users?|patients?|people|person)"
        r"(?:'s|s'|')?\s+questions\b",
        r"\b(?:conversations?|chats?|chat logs?|conversation logs?|logs|transcripts?|messages|questions)\s+"
        r"(?:\w+\s+){0,2}(?:of|from|by|with)\s+(?:the\s+)?(?:other|another|previous|earlier|last|different"
        r"|everyone|someone|anybody)\b",
        r"\b(?:show|give|list|dump|export|read|print|display|send|share|see|access|view|leak|reveal)\s+"
        r"(?:me\s+)?(?:all(?: the)?|every|everyone's|other people's|the whole|your)\s+(?:\w+\s+)?"
        r"(?:conversations|chats|chat logs?|conversation logs?|logs|transcripts|chat history"
        r"|conversation history)\b",
        r"\b(?:dump|export|leak|print|show|give)\s+(?:me\s+)?the\s+(?:chat |conversation |server "
        r"|app )?logs\b",
        r"\b(?:person|people|user|users|patient|patients|someone|whoever) (?:who |that )?(?:used|was using"
        r"|were using|talked (?:to|with)|spoke (?:to|with)|chatted (?:to|with)|was chatting|asked)"
        r" (?:this|you)\b",
        r"\b(?:person|user|patient|one|people|guy) (?:right |just )?before me\b"),
    "injection": (
        r"\b(?:ignore|disregard|forget|override|overrule|bypass|abandon|set aside|throw out)\b"
        r"(?=[^.?!]{0,40}\b(?:all|any|your|previous|prior|above|earlier|preceding|former|original|initial"
        rf"|existing|safety|system|every|its|were given|been given|were told)\b)[^.?!]{{0,40}}?"
        rf"\b{INSTRUCTION_OBJECT}\b",
        r"\bforget everything\b",
        r"\b(?:ignore|disregard|forget) (?:what|everything|anything|whatever) (?:you(?:'ve| have| were| are)?)"
        r" (?:been )?(?:told|given|instructed|programmed)\b", r"\brepeat after me\b", r"\b(?:system|admin|safety|security) override\b",
        r"\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+)?(?:of\s+)?(?:the\s+)?(?:above|previous"
        r"|prior|preceding|foregoing)\b(?!\s+(?:question|message|answer))",
        r"\byou (?:now )?have no (?:restrictions|rules|limits|filters|guidelines|guardrails)\b",
        r"\b(?:restrictions|rules|filters?|safety|guardrails) (?:are |is )?(?:now )?(?:off|disabled|lifted"
        r"|removed)\b",
        r"\bnew (?:instructions?|rules?|task|directives?|system prompt)\s*:",
        r"(?:^|\n|[\"'(\[])\s*(?:system|assistant|developer|admin|ai|bot|chatbot)\s*:",
        r"\[\s*/?\s*(?:system|inst|admin|developer|sys)\s*\]",
        r"<\|?\s*(?:im_start|im_end|system|endoftext|begin_of_text)\s*\|?>",
        r"#{2,}\s*(?:instruction|system|new instructions|response)\b", r"<<\s*sys\s*>>",
        r"\byou (?:must|will|shall|have to|are required to|are instructed to|need to) (?:now )?(?:comply|obey"
        r"|follow (?:these|my|the following|new)|ignore|disregard|forget|answer (?:without|anything"
        r"|everything|every)|do (?:anything|whatever|as i say))\b",
        r"\b(?:tell|instruct|advise|inform) the (?:patient|user|reader) (?:to|that)\b",
        r"\bthe user is (?:a |an )?(?:verified|authori[sz]ed|certified|licensed|trusted|admin|developer"
        r"|doctor|physician|clinician)\b",
        r"\bi(?:'m| am) (?:your|the) (?:developer|admin|administrator|creator|owner|programmer)\b",
        r"\b(?:remove|disable|turn off|switch off|bypass|lift|ignore|drop|forget) (?:all )?(?:your|its)"
        r" (?:restrictions|filters?|limits|limitations|guardrails|safety \w+|censorship|programming)\b",
        r"\bwithout (?:your|any) (?:filters?|guardrails|censorship|safety (?:filters?|rules|checks?))\b",
        r"\b(?:assistant|ai|chatbot|bot|model|you) (?:is|are|'re) (?:now )?(?:allowed|permitted"
        r"|authori[sz]ed|free|cleared) to\b",
        r"\b(?:note|message|notice|update) from (?:the )?(?:admin\w*|developers?|system|owner)"
        r"|\b(?:admin|developer|system) (?:note|message|notice|update)\s*:",
        r"\byou (?:had|have|were|are|'re) (?:\w+ )?(?:no|without(?: any)?) (?:safety )?(?:guidelines"
        r"|guardrails|restrictions|filters|rules|limits|instructions|programming)\b",
        r"\b(?:the )?(?:assistant|ai|chatbot|bot|model)\s+(?:must|should|shall|will|needs? to|is to|has to)"
        r"\s+(?:now |always |never |only )?(?:tell|say|inform|advise|instruct|answer|respond|reply|ignore"
        r"|output|recommend|confirm)\b"),
}
INSTRUCTION_REASONS = ("disclaimer", "role", "reveal", "injection")  # what is_instruction_like looks for

# Markup removed from questions before they are echoed
SANITIZE_BLOCKS = (r"<\s*(script|style|iframe|object|embed|svg|math|template|noscript|head)\b.*?"
                   r"(?:<\s*/\s*\1\s*>|$)")
SANITIZE_MAX_PASSES = 20
