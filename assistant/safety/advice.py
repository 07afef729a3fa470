"""Personal advice as data: requests for an individual medical decision (a dose, a change, a choice), by kind."""

from __future__ import annotations

from assistant.safety.vocabulary import FAMILY, LAB, one_of


def _where(cue: str, pattern: str) -> str:
    """`pattern`, tried only in a message where the rarer `cue` occurs: a pattern that opens with a long list (every
    medicine, every relative) costs more tried at each position than the rest of the table together."""
    return rf"^(?=[\s\S]*?{cue})[\s\S]*?{pattern}"


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
    r" inhalers? patch(?:es)? nasal_spray suppositor\w+ hrt contraceptives? birth_control statins? antidepressants?"
    r" sertraline citalopram fluoxetine metformin levothyroxine thyroxine lansoprazole ppis? valganciclovir valcyte"
    r" ursodiol urso ursodeoxycholic_acid ibrutinib lenalidomide revlimid protein_shakes? fish_oil turmeric"
    r" probiotics? creatine echinacea st_john's_wort homeopathic_\w+ cannabis edibles g-?csf oestrogen estrogen"
    r" testosterone"
    # a medicine by its family's ending: -mab, -nib, -vir, -azole, -mycin, -olol, -pril, -statin, -olone, ...
    r" \w{3,}(?:mab|nib|vir|azole|mycin|cillin|olol|pril|sartan|statin|prazole|olone|asone|isone|parin|floxacin"
    r"|cycline|tidine|zepam|oxetine)"
    r" \w+_(?:they|the_(?:doctor|team|hospital|nurse|pharmacy)|my_(?:doctor|team|nurse))_(?:gave|prescribed"
    r"|put)")
# ... or one the message named, by a pronoun that is its object ("can I stop them"), not a clause's subject ("how do
# I stop my tap dripping, it's driving me mad")
MED_OBJECT = rf"(?:{MED_NAMES}|(?:it|them|this|these)(?!['\u2019]))"
TREATMENT = one_of(
    r"car-t gene_therapy cell_therapy (?:stem_cell_|bone_marrow_)?transplant (?:clinical_)?trial study"
    r" treatment therapy chemo radiation surgery option kymriah yescarta tecartus breyanzi abecma carvykti"
    r" zolgensma casgevy lyfgenia hemgenix zynteglo skysona libmeldy lenmeldy strimvelis luxturna roctavian elevidys"
    r" upstaza kebilidi beqvez durveqtix aucatzyl donor cord_blood haplo\w* autologous allogeneic vaccines? booster"
    r" infusion")

# "ok if I skip this one?", "fine to skip my bloods?": an "is it ok" question without its "is it", when it opens a
# clause (not "it's fine to", "I feel fine to"); read as "is it ok if ..." (check.py)
BARE_ASK = (r"(?<![\w'])(?:totally |really |still |probably )?(?:ok|okay|alright|all right|fine|safe)"
            r"(?= (?:for (?:me|him|her|us|them|my \w+) )?(?:to|if)\b)")
CLAUSE_START = r"(?:^|[\n,.;:!?(-]\s*|\b(?:but|so|and|just|then|hmm|well)\s)$"
# "any harm in me doing a bit of gardening?", "would it hurt if I had a glass of wine?": whether it is all right for
# this person (not "would it hurt if I had a biopsy?", which asks about pain)
HARM_ASK = (r"(?:(?:is there |would there be )?(?:any|much) harm in (?:me|him|her|us|them|my \w+|\w+'s? (?!\w+ing\b))"
            r"|would it (?:hurt|harm|matter|do (?:any|much) harm|be (?:a problem|bad|dangerous|risky|an issue))"
            r" (?:(?:me|him|her) )?(?:if (?:i|we|he|she|my \w+)|for (?:me|him|her|us|my \w+) to)\b"
            r"(?! (?:\w+ ){0,5}(?:biopsy|puncture|needle|cannula|injection|scan|procedure|line|test)))")
# Requests for individual advice: one pattern table per kind (reason "personal_advice:<kind>")
# Who a decision can be for: "my 16 year old" too, but not "my team" or "my doctor", who make the decisions
CARE_TEAM = one_of("team doctors? drs? nurses? consultant gp oncologist ha?ematologist pharmacist specialist registrar"
                   " surgeon hospital clinic ward")
PERSON = rf"(?:(?:my|our) (?:\d+[- ](?:year|yr|month)[- ]old|little one|(?!{CARE_TEAM}\b)\w+)|{FAMILY})"
PATIENT = rf"(?:i|we|he|she|{PERSON})"
WHO = rf"(?:{PATIENT}|they)"
ASK_IF_OK = (rf"(?:(?:should|can|could|may|must|shall|do) {PATIENT}"
             rf"|is it (?:really |still |actually |totally |probably )?(?:ok|okay|safe|fine|alright|all right|bad"
             r"|possible)"
             rf" (?:for (?:me|him|her|us|them|my \w+|{FAMILY}) )?(?:to|if {WHO})"
             rf"|would it be (?:ok|okay|safe|fine|bad|alright|all right) (?:for (?:me|him|her) )?(?:to|if {WHO})"
             r"|am i (?:allowed|able) to|how (?:do|can|should) (?:i|we))")
CHANGE = one_of("(?:take|have)_a_(?:break|holiday|rest)_from stop quit skip miss double(?:_up)? halve cut(?:_down|_back)? reduce decrease lower increase"
                " raise up change switch swap come_off go_off get_off taper wean restart resume discontinue"
                " carry_on_(?:with|taking) keep_on_(?:with|taking) continue_(?:with|taking|on)"
                " pause hold_off drop")
# Leaving out a visit or a test ("skip my 6 month follow-up", "miss his check-up", "put off the bloods")
SKIP_VISIT = one_of("skip(?:ped|s)? miss(?:ed|es)? cancel(?:l?ed|s)? postpone(?:d|s)? put_off push_back delay(?:ed|s)?"
                    " move reschedule rearrange change bring_forward"
                    " not_go_to don't_go_to not_attend don't_attend stop_going_to stop_coming_to not_bother_with"
                    " don't_bother_with give_up_on")
# ... or this one, when the message has named it ("my 6 month check next week ... ok if I skip this one?")
SKIP_IT = (rf"(?:{SKIP_VISIT} (?:it|this one|that one|this|that|them|this time|next week's|this week's)"
           r"|(?:push|put|move) (?:it|this|that|them|this one) (?:back|off))\b")
VISIT = (r"(?:appointments?|appts?|follow[- ]?ups?|check[- ]?ups?|checks?|clinic|visits?|reviews?|bloods|blood (?:tests?"
         r"|work|draws?)|bloodwork|scans?|tests?|sessions?|biops(?:y|ies)|mri|ct|pet|x-?rays?|echo|ecg|lumbar puncture)\b")
# A judgement on a result is asked about when its sentence is a question or the next one asks about it ("my
# counts are normal. Can I skip ...?"), not when a story tells it ("my platelets were low last week").
# The words between an owner and a result, within one phrase ("my knee, platelets were fine" is not "my platelets")
OWNED_BY = r"(?:[^\s,;:.!?]+ ){0,2}"
LAB_ASKED = (rf"(?=[^.!?\n]*\?|[^.!?\n]*[.!\n]+\s*(?:{ASK_IF_OK}|is (?:that|this|it)\b|are (?:they|those|these)\b"
             r"|what does|does (?:that|this|it)\b|should (?:i|we|he|she)\b|how (?:worried|concerned|bad|serious)\b))")
# A reading or a state ("160", "low") told with a question is a request only when the question is about the result
# or this person ("is that ok?", "can I go?", "does that mean I've engrafted?"), not a general question ("how long
# does the risk last?", "what readings should make someone call?") and not with no question at all.
# ... but not how common a practice is ("is that something that commonly happens?", "is that standard practice?")
PRACTICE = (r"(?! (?:something (?:that )?(?:\w+ )?(?:happens|is done|they do|doctors do|people)|(?:\w+ )?(?:common|standard"
            r"|usual|normal|routine) (?:practice|procedure|protocol)|(?:commonly|often|usually|routinely) (?:done|happen)))")
# ... nor what the care team keeps saying ('so why are they still telling her to stay away from anyone with a cold?')
TEAM_SAYS = (r"(?! (?:still |always |now |even |only )?(?:telling|saying|asking|making|keeping|letting|insisting|advising"
             r"|recommending|giving)\b)")
ABOUT_IT = (rf"(?:{ASK_IF_OK}|(?:is|are|was|were) (?:that|this|it|they|these|those|mine|he|she|my|his|her)\b{PRACTICE}"
            rf"{TEAM_SAYS}"
            r"|(?:does|do|did) (?:that|this|it|they|these|those)\b|what does (?:that|this|it)\b|am i\b"
            r"|how (?:worried|concerned|bad|serious)\b|(?:for|to) (?:me|him|her|us)\b|in (?:my|his|her) case\b)")
# ... or asks what to do about it, question mark or not ("my platelets are 45 today, what should i do")
WHAT_TO_DO = (r"\bwhat (?:should|do|must|shall|can) (?:i|we|he|she) do\b(?! (?:if|when|whenever|in case|once)\b)"
              r"|\bwhat (?:now|next|do i do now)\b"
              r"|\b(?:do|should|must) (?:i|we|he|she) (?:need to |have to )?(?:change|do|stop|start|adjust|cut)"
              r" (?:anything|something)\b")
LAB_ASKED_ABOUT_IT = (rf"(?=[^.!?\n]*?\b{ABOUT_IT}[^.!?\n]*\?|[^.!?\n]*[.!\n]+\s*(?:and |so |but )?{ABOUT_IT}"
                      rf"|[^.!?\n]*?(?:[.!\n]+\s*)?(?:and |so |but )?(?:{WHAT_TO_DO}))")
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
# Going ahead with a treatment or leaving it ("should I cancel it?", "thinking of pulling out of")
GO_AHEAD_OR_NOT = (r"(?:cancel|postpone|delay|put off|pull out(?: of)?|back out(?: of)?|withdraw(?: from)?|drop out(?: of)?"
            r"|refuse|decline|say no to|go ahead with|go through with)")
# Activities whose timing after treatment is an individual decision
ACTIVITY = one_of(r"go_back go_(?:abroad|away|out|home|swimming|running|cycling|camping|on_holiday|on_a_\w+)"
                  r" go_(?:in|into|to)_(?!(?:a_|an_|the_|my_|his_|her_|our_)?(?:er|a&e|ed|hospital|emergency|clinic|gp|doctors?"
                  r"|ward|urgent|walk-in)\b)(?:a_|an_|the_|my_|his_|her_|our_)?\w+ return_to get_back_to fly travel drive"
                  r" start_\w+ing start_(?:work|school|college) lift swim exercise play work stay_(?:at_home|home|with)"
                  r" garden do_(?:the_)?gardening have_sex hug kiss get_a_tattoo have_a_(?:bath|tattoo)"
                  r" have_(?:a_|an_|one_|two_|a_couple_of_|a_few_|some_|the_odd_|the_occasional_)?(?:small_|little_)?(?:drinks?"
                  r"|beers?|pints?|glass(?:es)?|wine|lager|cider|cocktails?|gin|whisky|prosecco|champagne|shandy)"
                  r" take_a_(?:bath|flight) eat drink_(?:alcohol|wine|beer) ride cycle run"
                  # being with other people: a party, a visit, the grandchildren
                  r" come_(?:to|along|out|round|over|with|and) attend visit see_(?:friends|family|people|the_\w+"
                  r"|(?:my|his|her|our)_\w+) be_around mix_with meet_(?:up|friends|family|people) join babysit"
                  r" look_after hold_(?:the|my|his|her|our)_\w+"
                  r" let_(?:them|him|her|the_\w+|my_\w+|our_\w+|people|visitors|friends|family)(?!_(?:sleep|rest|lie|nap"
                  r"|be|doze|stay_in_bed|go_to_(?:bed|sleep)))"
                  r" have_(?:visitors|guests|people|friends|family|the_\w+)_(?:over|round|to_stay|stay|visit)")
CAN_DO = (rf"(?<!when )(?<!how soon )\b(?:can|could|may|should) {WHO} (?:just |still |now |safely |already )?"
          rf"{ACTIVITY}\b")
# This person's own point in recovery, or what the team asked of them
NOW_SITUATION = (r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|a few"
                 r"|a couple of)[ -]"
                 r"(?:days?|weeks?|wks?|months?|mths?)[ -](?:post|after (?:my|his|her|the|our)|out (?:from|of)|since"
                 r" (?:my|his|her|the|our))\b|\bday \+?\d+\b|\b(?:transplant|car-t|infusion|treatment|cells|gene therapy"
                 r"|bmt)\b[^.?!]{0,20}?\b(?:\d+|one|two|three|four|five|six|a few|a couple of) (?:days?|weeks?|months?)"
                 r" ago|\bnow that (?:i'm|i am|i've|my|he's|she's|his|her|we're)\b|\b(?:hospital|team|doctors?|nurses?"
                 r"|consultant|they|clinic|ward|gp)\w* (?:\w+ )?(?:want|wants|wanted|told|asked|advised|said) (?:me|us|him"
                 r"|her) (?:not )?to\b"
                 # a line just out, a discharge, the treatment at a time this person names
                 r"|\b(?:my|his|her|our) (?:\w+ )?(?:line|picc|hickman|port|catheter|stitches|drain)\b (?:\w+ )?(?:came|come"
                 r"|was taken|got taken|was pulled|got pulled|was removed|got removed|has come) out\b"
                 r"|\b(?:i|he|she|we) (?:was|were|got|have been|'ve been|has been|'s been) (?:\w+ )?(?:discharged|sent home"
                 r"|let home|home from (?:the )?hospital)\b"
                 r"|\b(?:i|he|she|we|my \w+) (?:had|has had|'ve had|have had) (?:my|his|her|their|our|the) (?:\w+ )?"
                 r"(?:transplant|car-t|bmt|infusion|gene therapy|cells|treatment) (?:in (?:jan|feb|mar|apr|may|jun|jul|aug"
                 r"|sep|oct|nov|dec)\w*|last (?:week|month|year|spring|summer|autumn|winter)|this (?:year|spring|summer"
                 r"|autumn|winter))\b)")
# ... taken alongside this person's own medicines ("with my transplant meds", "while I'm on tacro")
WITH_MY_MEDICINES = (r"(?:(?:with|alongside|on top of|together with|as well as|and) (?:all )?(?:my|his|her|our|their)"
                     r"|while (?:i'm|i am|he's|she's|we're|still) (?:still )?(?:on|taking))"
                     rf" (?:\S+ ){{0,2}}?{MED_NAMES}\b")
PERSONAL_ADVICE: dict[str, tuple[str, ...]] = {
    "medication_change": (
        rf"\b{ASK_IF_OK}\s+(?:just )?(?:switch|swap|change|move|go) (?:to|onto|over to) (?:something|anything"
        r"|another|a different)\b",
        rf"\b{ASK_IF_OK}\s+(?:just |still |safely )?{CHANGE}\b(?:\s+\S+){{0,5}}?\s+(?:taking |using |on )?"
        rf"{MED_OBJECT}\b",
        # 'my counts are fine now, does that mean I can stop the antivirals?': the result read as leave to change
        rf"\bdoes (?:that|this|it) (?:also |then )?mean\b[^.?!]{{0,60}}?\b{PATIENT} (?:can|could|should|may|might) (?:now |finally "
        rf"|just |safely )?{CHANGE}\b(?:\s+\S+){{0,5}}?\s+(?:taking |using |on )?{MED_OBJECT}\b",
        # "I was wondering whether I could just take a break from the tablets"
        rf"\b(?:whether|if) {PATIENT} (?:could|can|should|might|may|ought to) (?:just |still |safely )?{CHANGE}\b"
        rf"(?:\s+\S+){{0,5}}?\s+(?:taking |using |on )?{MED_OBJECT}\b",
        rf"\b(?:should|can|could|may|do) {WHO} (?:just |still )?(?:stop|quit|keep|skip|continue|start)"
        r" (?:taking|using)\b(?! (?:\S+ )?(?:blood|bloods|samples?|tests?|scans?|x-?rays?|photos?|pictures?"
        r"|notes?|temperatures?|readings?|swabs?|measurements?)\b)",  # staff taking blood is no medicine
        rf"\bshould {WHO} (?:still |just )?(?:be taking|be on|start|begin|take|get) (?:\S+ ){{0,3}}?{MED_NAMES}\b",
        # a medicine the message has named ("the doctor said I can stop the pred next week, should I stop now?")
        _where(r"\b(?:should|can|could) \S+ (?:just |still )?\S+ (?:\S+ )?(?:now|early|earlier|today|already|sooner"
               r"|straight away)\b",
               rf"\b{MED_NAMES}\b[^?]{{0,80}}?\b(?:should|can|could) {PATIENT} (?:just |still )?{CHANGE}"
               r" (?:it |them )?(?:now|early|earlier|today|already|sooner|straight away)\b"),
        # ... asked whether it is ok ('on the antiviral tablets for another 6 months ... is it ok if I just stop at 3
        # months?')
        _where(r"\b(?:ok|okay|safe|fine|alright|all right)\b",
               rf"\b{MED_NAMES}\b[^?]{{0,120}}?{ASK_IF_OK}\s+(?:just |still )?{CHANGE} (?:it |them )?(?:now|early"
               r"|earlier|today|already|sooner|straight away|(?:at|after) (?:\d+|one|two|three|four|six) (?:days?|weeks?"
               r"|months?))\b"),
        rf"\b(?:can|could|should|may) {WHO} (?:go|come|drop|cut|step|taper) (?:down|up|back) (?:to )?"
        r"(?:\d|half|one|two|a lower|a higher)",
        # ... not how long a process takes ('how long do they take to recover?')
        rf"\bhow long (?:should|do|must) {WHO} (?:keep |stay |be )?(?:taking|on|take)\b(?! to\b)",
        rf"\b(?:do|does) {WHO} (?:still |really |actually )?(?:need|have) to (?:take|keep taking|continue"
        rf"|be on|stay on)(?:\s+\S+){{0,3}}?\s+{MED_NAMES}\b",
        _where(r"\bneed (?:it|them|this|that|these|to take)\b",
               rf"\b{MED_NAMES}\b[^?]{{0,60}}\b(?:do|does) {WHO} (?:really |still |actually |even )?need"
               r" (?:it|them|this|that|these|to take)\b"),
        _where(r"\b(?:want|wants|thinking|planning|plan|going to|stopped|skipped|doubled|halved)\b",
               rf"\b{PATIENT} ?(?:want to|wants to|(?:am|'m|is|'s) (?:thinking|planning) (?:of|about)|plan to"
               rf"|(?:am|'m|is|'s) going to|stopped|skipped|doubled|halved) (?:\w+ )?"
               rf"(?:stop\w*|skip\w*|doubl\w*|halv\w*|taking|my|his|her)?\s*(?:\S+\s+){{0,2}}?{MED_NAMES}\b"),
        rf"\b(?:i|we|he|she)(?:'ll| will| might) (?:just )?(?:skip|stop|miss|double|halve|drop|quit|not take|leave out|give up)"
        rf" (?:\S+ ){{0,2}}?{MED_NAMES}\b"),
    "dose": (
        # one dose of the day's: "should I skip tonight's one?", "can I take the evening dose early?"
        rf"\b{ASK_IF_OK}\s+(?:just |still )?(?:{CHANGE}|take|have|give)\s+(?:the |my |his |her )?(?:next|tonight's|today's"
        r"|this (?:morning|evening)'s|tomorrow's|evening|morning|night|nighttime|bedtime|lunchtime|later|second|other"
        r"|usual) (?:one|dose|tablets?|pills?|lot)\b",
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
        # ... not how many days a treatment takes ('how many days of chemo do they give you before ...?')
        rf"\bhow (?:much|many)(?!\s+(?:minutes|hours|days|nights|weeks|months|years)\b[^?.!]{{0,40}}?\bthey\b)"
        rf"(?:\s+\S+){{0,4}}?\s+(?:should|can|do|could|must|may|shall|is|are|am)\s+{WHO}\b"
        r"(?:\s+\S+){0,3}?\s+(?:take|taking|have|having|give|giving|be on|use|using|get|getting)\b",
        r"\b(?:what|which|the|right) (?:dose|dosage|amount|strength)\b(?:\s+\S+){0,3}?"
        r"\s+(?:should|can|do|could|must|is right for|for)\s+(?:i|me|we|he|she|him|her|my)\b",
        r"\b(?:is|are) (?:my|his|her) (?:\w+ )?(?:doses?|dosage) (?:too|right|correct|ok|okay|enough|safe)\b",
        r"\b(?:is|are) \d+(?:\.\d+)? ?(?:mg|milligrams?|ml|g|tablets?|pills?)\b.{0,30}"
        r"\b(?:safe|ok|okay|too much|enough|fine|right) for (?:me|him|her|my \w+)",
        rf"\b(?:should|can|could|may|do) {WHO} (?:just |only |still )?(?:take|have|give (?:him|her|them)?) (?:\d+|one"
        r"|two|three|four|an extra|extra|another|a double|double|more|less|half|a second|the missed)\b",
        rf"\b(?:missed|forgot|skipped|forgotten|forgetting|missing) (?:to take )?(?:a|my|his|her|one|the|this morning's"
        rf"|last night's|yesterday's|two|\w+'s) (?:\w+ ){{0,2}}?(?:dose|doses|{MED_NAMES})\b",
        # taking extra to make up for a dose missed or forgotten
        rf"\b{ASK_IF_OK}\s+(?:just )?(?:double(?: up)?|take (?:two|2|both|an extra|extra|the missed \w+|a double|it|them)"
        r"|catch up)\b[^?.]{0,60}?\b(?:make up|catch up|compensate|missed|forgot\w*|yesterday's|last night's)"),
    "medication_use": (
        rf"\b{ASK_IF_OK}\s+(?:just |still )?(?:(?:start|begin|keep|carry on) (?:taking|using|on|with)|take|have|use|give (?:him|her|them"
        rf"|\w+ \w+)|mix|combine|drink alcohol with|drink)\b(?:\s+\S+){{0,4}}?\s+(?:with\s+)?(?:my |his |her )?{MED_NAMES}\b"
        r"(?!\s+(?:during|after|before|when) (?:car-t|gene|transplant|treatment))",
        rf"\b(?:(?:should|can|could|may|must|do) {PATIENT}|(?:is|are|would) (?:that|it|this|these|they|those) (?:\w+ )?(?:ok|okay"
        rf"|safe|fine|alright|all right))\b[^.?!]{{0,80}}?\b{WITH_MY_MEDICINES}",
        # a vaccine now, with this person's counts or recovery in mind ("can I have the shingles vaccine now?"), not
        # "when can I have my vaccines?"
        rf"(?<!when )(?<!how soon )\b(?:can|could|should|may) {PATIENT} (?:just |finally )?(?:have|get|take|go for)"
        r" (?:\S+ ){0,3}?(?:vaccines?|vaccinations?|jabs?|shots?|boosters?|immuni[sz]ations?)\b[^?.]{0,20}?"
        r"\b(?:now|yet|already|today|this week)\b",
        # how to take it: crushed, split, chewed or opened
        rf"\b{ASK_IF_OK}\s+(?:just )?(?:crush|split|chew|break|cut|open|dissolve|halve|snap|mash)\s+(?:up\s+)?"
        rf"(?:\S+\s+){{0,2}}?{MED_OBJECT}\b"),
    "lab_values": (
        _where(r"\d", rf"\b(?:my|his|her|our|{FAMILY}'s) {OWNED_BY}{LAB}\b(?:\s+\S+){{0,4}}?\s+(?:is|are|was"
               r"|were|came back|come back|at|of|went|gone|dropped|fell|rose|jumped|up|down|only|just|says|said|shows?"
               r"|showed|reads?|=|:)\s*"
               r"(?:to |at |from |down to |up to |about |around )?[<>]?\d+(?:[.,/]\d+)*%?" + LAB_ASKED_ABOUT_IT),
        _where(r"\d", rf"(?:^|[.!?\n]\s*)(?:the |today's |this morning's )?{LAB}\b\s+(?:is|are|was|were|came back|come back"
               r"|went|dropped|fell|rose|jumped)\s+(?:at |to |from |down to |up to |about |around |only )?[<>]?\d+(?:[.,/]\d+)*%?"
               + LAB_ASKED_ABOUT_IT),
        # ... but not a condition ("even once my counts look normal"): that asks about the time after; nor results
        # told as fine before asking something else ("his counts are fine now but why ...").
        # ... nor normal results asked about only for what they say of the immune system, which the guides answer
        # ('... back to normal. Does that mean her immune system has bounced back too, or does that take longer?')
        rf"{NOT_CONDITION}(?:my|his|her|our|{FAMILY}'s) {OWNED_BY}{LAB}\b.{{0,60}}?\b(?:(?:normal|ok|okay|good"
        r"|fine)\b(?!,?\s+(?:(?:now|again),?\s+)?(?:but|though|although|yet)\b)"
        r"(?![^?]*\bdoes (?:that|this|it) (?:also |then )?mean (?:that )?(?:\w+ ){0,2}immun\w*\b)"
        r"|(?:low|high|positive|detected|raised"
        r"|rising)\b)" + LAB_ASKED_ABOUT_IT,
        rf"{NOT_CONDITION}(?:my|his|her|our|{FAMILY}'s) {OWNED_BY}{LAB}\b.{{0,60}}?\b(?:bad|too (?:low|high)"
        r"|dangerous|worrying|concerning|mean(?! (?:that )?(?:\w+ ){0,2}immun\w*\b)|means|worry|worried|concerned|safe"
        r"|enough)\b" + LAB_ASKED,
        rf"\b(?:interpret|read|explain|look at|check|understand|analy[sz]e) (?:\w+ ){{0,2}}(?:my|his|her"
        rf"|these) (?:\w+ ){{0,2}}{LAB}\b",
        rf"\bwhat should (?:my|his|her) (?:\S+ ){{0,2}}{LAB} be\b",
        rf"\bis (?:a |an )?{LAB} (?:count |level )?of \d+(?:\.\d+)?"
        r" (?:ok|okay|normal|safe|low|high|dangerous|good|bad|too)"),
    "eligibility": (
        # 'Do you think my mum would qualify for CAR-T?'
        _where(r"\b(?:qualify|meet the criteria|eligible|candidate)\b",
               rf"\b(?:i|we|he|she|my \w+|{FAMILY})(?: would| could| might| will| can|'d) (?:\w+ )?(?:qualify"
               r"|meet the criteria|be eligible|be a (?:good |suitable )?candidate)\b"),
        _where(r"\b(?:eligible|candidate|qualified|suitable|too|enough|match|for|approved)\b",
               rf"\b(?:am i|are we|is {WHO}|(?:would|will|could) {WHO} be"
               rf"|{WHO} (?:is|are|'s|'m|am|would be|could be|might be))\s+(?:\w+\s+)?"
               r"(?:eligible|a (?:good |suitable |possible )?candidate|qualified|suitable|too old|too young|too sick"
               r"|too ill|too weak|healthy enough|well enough|fit enough|strong enough|old enough|good enough|close enough"
               r"|a (?:good |close )?(?:enough )?match"
               # ... asked, not told ('My brother is being considered for gene therapy. If it works, ...?')
               r"|(?:accepted|considered|allowed) for(?=[^.!?\n]*\?)"
               r"|approved)\b"),
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
        # "Is Zynteglo something she could get?", "is a transplant an option he might be offered?"
        rf"\b(?:is|would|could|might) (?:{TREATMENT}|it|this|that) (?:\w+ )?(?:something|an option|a possibility"
        rf"|a treatment|a therapy|a route) (?:that )?{WHO} (?:could|can|might|would|should) (?:\w+ )?(?:get|have|receive"
        r"|try|be offered|qualify for|be given|consider|go for)\b",
        rf"\b(?:would|could|will|might) (?:{TREATMENT}|it|this|that) be (?:\w+ )?(?:an option|right|suitable"
        r"|appropriate|possible|safe|worth it|available|recommended)(?: \w+)?"
        r" for (?:me|him|her|us|my \w+|someone like me)\b"),
    "treatment_choice": (
        # ("what should I do if I ever notice redness or discharge?" asks for a plan, not a choice)
        rf"\bshould {WHO} (?:\w+ )?(?:choose|pick|go with|go for|opt for|get|have"
        r"|do(?! (?:if|when|whenever|in case|anything|something)\b)"
        r"|try|pursue|accept|agree to|sign|join|enrol\w*|participate|go ahead|proceed|consider|refuse|decline"
        r"|delay|postpone|start|cancel|stick with|take|stay|go back|return|freeze|bank|store"
        # 'should we send her back to nursery next week or wait longer?'
        r"|(?:send|let) (?:him|her|them|my \w+|our \w+)|keep (?:him|her|them|my \w+|our \w+) (?:home|off|out|in|away))\b(?:\s+\S+){0,8}?\s+(?:or|vs\.?|versus|instead of|rather than)\b",
        rf"\bshould {WHO} (?:\w+ )?(?:choose|pick|go with|go for|opt for|get|have|do|try|pursue|accept"
        r"|agree to|sign up for|sign|join|enrol\w* in|participate in|go ahead with|proceed with|consider|refuse"
        rf"|decline|delay|postpone|start|cancel|pull out of|back out of|withdraw from|drop out of|say no to"
        # 'should we put our 8-year-old forward for the CAR-T trial ...'
        r"|put (?:\S+\s+){0,3}?(?:forward for|up for|down for|in for|on|onto|into|through))\s+"
        rf"(?:\S+\s+){{0,4}}?{TREATMENT}\b",
        rf"\b(?:i'm|i am|we're|we are|he's|he is|she's|she is|(?:my|our) \w+(?:'s| is| are)) (?:thinking|planning)"
        r" (?:of|about|on) (?:cancell?ing|postponing|delaying|putting off|pulling out of|backing out of|withdrawing from"
        rf"|dropping out of|refusing|declining|saying no to) (?:my|the|his|her|our) (?:[\w']+ )?{TREATMENT}\b",
        r"\b(?:which|what) (?:one|option|treatment|therapy|product|donor|trial|hospital|centre|center"
        r"|is better|would be better|is best|is safer)\b.{0,40}\b(?:should (?:i|we|he|she)"
        r"|for (?:me|him|her|us|my \w+)|would you (?:choose|pick|recommend))",
        # 'my sister as a half-match donor, or wait for an unrelated full match. Which should I go for?'
        r"\bwhich (?:one |option |way )?(?:should|shall|do|would|must) (?:i|we|he|she) (?:go for|go with|choose|pick|opt for"
        r"|take|do|decide on|push for)\b",
        rf"\b(?:can|could|may) {PATIENT} (?:just |still )?(?:go ahead(?: with (?:it|this|that))?|go for it)\b(?! and\b)",
        r"\b(?:just )?tell (?:me|us) yes or no\b",
        # "is it not worth it in my case?", "how much should I personally be drinking?"
        r"\b(?:worth it|worth (?:doing|having|the risk)|a good idea|necessary|needed|sensible|advisable)\b[^.?!]{0,20}?"
        r"\b(?:in (?:my|his|her|our) (?:own )?case|for (?:me|him|her|us) personally)\b",
        r"\b(?:should|do|must|can|could|would) (?:i|we|he|she) personally\b",
        # '... should I book the trip in March, or is that too soon for me?'
        r"\b(?:is|would|will) (?:that|it|this) (?:be )?too (?:soon|early|late|risky|much|dangerous) for (?:me|him|her|us"
        r"|my \w+)\b",
        r"\b(?:would|will|is) (?:that|this|it) (?:be )?(?:\w+ )?(?:sensible|wise|advisable|a good idea|a bad idea|ok|okay"
        r"|safe|alright|all right|fine|risky|dangerous) (?:for (?:me|him|her|us|my \w+)|in my case)\b(?! to\b)",
        rf"\bshould {WHO} (?:go ahead|do it|say yes|say no|agree to it|accept it|have it|get it|turn (?:it|them|this|that)"
        r" down"
        rf"|go for it|(?:just )?{GO_AHEAD_OR_NOT} (?:it|this|that))\b",
        r"\b(?:is|would|will) (?:\S+ ){1,7}(?:better|best|safer|the right choice|a better option)"
        r" for (?:me|him|her|us|my \w+)\b",
        r"\bwhat (?:would you|you'd|you would) (?:do|choose|pick|go for)\b",
        r"\bif (?:you were (?:me|in my (?:shoes|position|place))|(?:it|she|he) (?:was|were) (?:you|your (?:own )?\w+))\b",
        # "just decide for me", "make the call for us"
        r"\b(?:decide|choose|pick|make (?:the|a|that) (?:decision|call|choice)) for (?:me|us|him|her)\b",
        r"\b(?:which|what)(?: one| option)? would you (?:pick|choose|recommend|go for) for (?:me|him|her|us|my)\b",
        r"\b(?:do|would) you (?:think|recommend|suggest|advise) (?:that )?(?:i|we|he|she|my \w+)"
        r" (?:should|go|get|have|do|choose|take|stop)\b"),
    # "Is it OK if I skip my follow-up next week?": whether this person can leave out a visit or test is the care
    # team's call ("What happens if you miss a follow-up?" is a general question).
    "appointment": (
        rf"\b{ASK_IF_OK}\s+(?:just |safely )?{SKIP_VISIT}\s+(?:\S+\s+){{0,3}}?{VISIT}",
        rf"\b{ASK_IF_OK}\s+(?:just )?(?:push|put|move|bring) (?:\S+ ){{0,5}}?{VISIT} (?:{VISIT} )?(?:back|off|forward)\b",
        # ... or says they will ("I'm going to skip my bloods on Friday")
        _where(r"\b(?:want|wants|going to|thinking|planning|plan)\b",
               rf"\b{PATIENT} ?(?:want to|wants to|(?:am|'m|is|'s) (?:going to|thinking (?:of|about)|planning (?:to|on))"
               rf"|plan to) (?:just )?(?:{SKIP_VISIT}|skipping|missing|cancell?ing|postponing|putting off|moving|rescheduling"
               rf"|not (?:bothering with|going to|doing|having)|giving up on|dropping|stopping) (?:\S+ ){{0,3}}?{VISIT}"),
        # a visit named first, then "do I actually need to go?"
        rf"\b{VISIT}[^?]{{0,150}}?\b(?:do|does) {PATIENT} (?:really |still |actually |even |definitely )?(?:need|have) to"
        r" (?:go|attend|turn up|show up|bother|have it|do it|keep it)(?=\s*(?:\?|$|[.!,]|or\b|at all\b|really\b))",
        rf"\b{VISIT}[^?]{{0,150}}?\b{ASK_IF_OK}\s+(?:just |safely )?{SKIP_IT}",
        rf"\b(?:do|does) {WHO} (?:really |still |actually |even )?(?:need|have) to (?:go|come|attend|keep going|turn up"
        rf"|show up)\b(?:\s+\S+){{0,3}}?\s+{VISIT}",
        # fewer of them: "could I just go once a week instead?" ("does she really still need all those blood tests?"
        # asks why they are done)
        rf"\b{ASK_IF_OK}\s+(?:just |only )?(?:go|come(?: in)?|have (?:them|it|\S+)|do (?:them|it)|get (?:them|it))"
        r" (?:\S+ ){0,2}?(?:once|twice|every other|less (?:often|frequently)|fortnightly|monthly|weekly)\b"),
    # "Is it OK for me to go back to work next week?": whether this person may do something now is the care
    # team's call. Without "for me" ("Is it safe to take a bath with a PICC line?") it is a general question.
    "activity": (
        rf"\b(?:is|would) it (?:be )?(?:ok|okay|safe|fine|alright|all right|too soon|too early|wise|a good idea)"
        rf" for (?:me|him|her|us|them|my \w+|{FAMILY})(?:, [^,?]{{3,60}},)? to\b",
        rf"\b{HARM_ASK}",
        # 'my counts are normal, does that mean my immune system is ok for me to go back to work?'
        rf"\bdoes (?:that|this|it) (?:also |then )?mean (?:that )?(?:{WHO}|(?:my|his|her|our) \w+(?: \w+)?)"
        r" (?:is |are |'s )?(?:(?:ok|okay|fine|safe|ready|strong enough|well enough) (?:for (?:me|him|her|us) )?to|can|could"
        r"|may) (?:now |finally )?(?:go back|return|start|resume|restart|drive|travel|fly|see|visit|mix|hug|be around"
        r"|go out|go to)\b",
        # "is he going to be fine to fly?", "will I be OK to go back to work by then?"
        rf"\b(?:is|will|would|am|are) {WHO} (?:going to |gonna )?be (?:\w+ )?(?:ready|ok|okay|fine|safe|fit|cleared"
        r"|well enough|strong enough|alright|all right) to (?:go back|return|start|resume|restart|drive|travel|fly"
        r"|work|exercise|swim|go|have|do|get|take|see|visit|attend)\b",
        rf"\b(?:am i|are we|is {WHO}) (?:\w+ )?(?:ready|ok|okay|safe|fit|cleared|well enough|strong enough) to"
        r" (?:go back|return|start|resume|restart|drive|travel|fly|work|exercise|swim|go)\b",
        # "Can I ...?" with this person's own point in recovery or the team's instruction ("3 weeks post CAR-T, can
        # I go back to the gym?"); "Can I drive after CAR-T?" and "when can he drive?" are general
        _where(r"\b(?:can|could|may|should)\b", rf"{NOW_SITUATION}[^?]{{0,150}}?{CAN_DO}"),
        rf"{CAN_DO}[^?.]{{0,80}}?{NOW_SITUATION}",
        # ... or told in the sentence after the question ("Can I go back to teaching in September? That'll be five
        # months after my CAR-T.")
        rf"{CAN_DO}[^?.]{{0,80}}?\?\s*[^?.]{{0,60}}?{NOW_SITUATION}"),
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
# A red flag told with a medicine or a result asked about only to get through till later ("should I give him tylenol
# and wait?", "do we need to do anything or just keep an eye on him?") asks whether it can wait: the urgent notice
# answers that (check.py), so these kinds are no request for advice of their own then
WAIT_IT_OUT = (r"\b(?:and|then|or) (?:just )?(?:wait|lie down|go (?:back )?to (?:bed|sleep)|sleep(?: it off)?|rest"
               r"|see (?:how|if|what)|ride it out|keep an eye|hope|leave it|(?:call|ring|phone) (?:\w+ ){0,2}?(?:in the"
               r" morning|tomorrow))\b"
               r"|\b(?:do|should) (?:we|i) (?:need to )?do anything\b")
WAITING_KINDS = (*MEDICINE_REQUESTS, "lab_values")
