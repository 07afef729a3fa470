"""Personal-advice backstop: a question asking for an individual decision, close in meaning to ones no rule worded."""

from __future__ import annotations

import re

from assistant.safety.check import normalize
from assistant.safety.framing import WHY_AUXILIARY
from assistant.safety.semantic import SemanticBackstop
from assistant.safety.vocabulary import FAMILY
from assistant.text import message_sentences

# Our own wordings of requests for a decision about one person, by family. Not copied from any test table.
PROTOTYPES = (
    # how much, for me
    "How much of this medicine should I take?",
    "What dose is right for me?",
    "How many of these tablets should I give my son?",
    "Is 20 mg too much for me?",
    "Should I take one tablet or two tonight?",
    "My tablets feel too strong, should I take a smaller amount?",
    "How many paracetamol can I have today with my temperature?",
    # skipping, stopping, halving, doubling, delaying a medicine
    "Can I leave out my evening tablet tonight?",
    "Should I stop my anti-rejection medicine now that I feel fine?",
    "Is it all right if I come off the steroids a bit earlier?",
    "I forgot my morning pill, should I take two at lunchtime to catch up?",
    "Can I cut my tablets in half because they upset my stomach?",
    "Could I take my antivirals a few hours later than usual today?",
    "I'd like a break from my tablets while I'm on holiday, is that alright?",
    "Can I stop the antibiotics now my counts have come back up?",
    "Should my husband carry on with his tablets while he's being sick?",
    "Do I still need to be on these pills after a year?",
    "I took my dose late, should I skip the next one?",
    "Can I take my medicine at night instead of the morning?",
    # food, drink, herbal, supplements, over-the-counter with my medicines
    "Can I have a glass of wine with my anti-rejection drugs?",
    "Is it safe for me to drink beer at my son's wedding while I'm on tacrolimus?",
    "Can I take ibuprofen for my headache with my transplant medicines?",
    "Is it okay to take turmeric capsules alongside my tablets?",
    "Can I start a vitamin supplement while I'm still recovering?",
    "My friend recommended a herbal tea, can I drink it with my medication?",
    "Is it fine for me to eat grapefruit on my current tablets?",
    "Can my mum take her usual sleeping tablets with her new medicines?",
    "Would cannabis oil be OK for me to help me sleep?",
    "Can I take a cold and flu remedy from the chemist with my meds?",
    "Can I have a takeaway sushi now that my counts are better?",
    # eligibility and candidacy
    "Would I qualify for CAR-T with my kidney problems?",
    "Am I too old to have a stem cell transplant?",
    "Could my dad get gene therapy given his heart condition?",
    "Is my daughter a suitable candidate for this treatment?",
    "Do you think I'd be accepted onto the trial?",
    "Is this therapy something my son could have?",
    "With my history, would a transplant be an option for me?",
    # my own results
    "My platelets came back at 30, is that okay?",
    "Is my neutrophil count of 0.5 too low?",
    "What does my ferritin level of 900 mean for me?",
    "Should I be worried about my liver results?",
    "My blood sugar is 12, what should I do?",
    "His kidney numbers went up this week, is that bad?",
    "My scan result says a small spot, does that mean it's come back?",
    "My counts dropped again, what should I do about it?",
    "Are my blood results good enough to go home?",
    # choosing between options for me
    "Should I go for the transplant or the CAR-T?",
    "Which treatment would you choose if you were me?",
    "Should I say yes to the trial or stay on my current treatment?",
    "Just tell me what to do, go ahead or wait?",
    "Should I sign the consent form or not?",
    "Would it be better for me to have my own cells or a donor's?",
    "I'm thinking of refusing the treatment, should I?",
    "Should we postpone his infusion until after the holidays?",
    "Is it worth me having this treatment at my stage?",
    # doing something given my situation or my counts
    "Can I go back to work next week with my counts where they are?",
    "Is it safe for me to fly abroad two months after my transplant?",
    "Should I go to my daughter's wedding given my low immunity?",
    "Can I visit my grandchildren yet, I'm a month out?",
    "Am I well enough to go back to the gym now?",
    "Can my wife come to the concert, she finished treatment three weeks ago?",
    "Can I let my friends come round even though my immune system is low?",
    "Is it okay for my son to go back to school next month?",
    "It's been six weeks since my infusion, am I safe to drive now?",
    "Can I go swimming now my line has been taken out?",
    "Should I skip my clinic visit this week because I feel fine?",
    "Do I really need to go to my scan appointment?",
    "Can I move my blood test to a different week?",
    # donor suitability
    "Can I be my brother's donor with my blood pressure?",
    "Am I healthy enough to donate stem cells to my sister?",
    "Would my son be a good match to donate to me?",
    # vaccines for me
    "Can I have the flu jab now or should I wait?",
    "Is it time for me to have my shingles vaccine?",
    "Should my daughter have her booster before or after the treatment?",
    # carers asking for someone
    "Should I give my husband his tablets if he's feeling sick?",
    "Can my mother stop her steroids, she says they make her feel awful?",
    "Is it okay for my dad to have a beer with his medicines?",
    "Would my little boy be able to have this treatment?",
    "Can my wife take something over the counter for her cough with her transplant meds?",
    # written after the first grid on pa and pc: more of each family, with this person's situation in the question
    "Can I get back to my allotment this week, I'm three months past my transplant?",
    "Is it okay for me to do some digging in the garden yet?",
    "Would it be alright for me to fly to my nephew's christening next month?",
    "We've booked a holiday abroad two months after his treatment, will he be okay to travel?",
    "Can my son go to a crowded football match four weeks after his infusion?",
    "Is it okay if my wife goes to a big party while her immune system is still low?",
    "The team want me to stay near the hospital but can I stay at my own home instead?",
    "Can I go back to my job in a fortnight or should I wait longer?",
    "Should I go back to work part time or full time?",
    "Can I put my follow-up scan off by a month because of a family event?",
    "I feel great, so do I have to keep going to the weekly blood tests?",
    "Could I have my blood tests less often now that I'm feeling better?",
    "Can I go back on my contraceptive pill now I'm a few months post transplant?",
    "Can I start my antidepressants again after my treatment?",
    "I've been taking fish oil to help my joints, is that alright with my medicines?",
    "Can she open the capsules and mix them with food because she can't swallow them?",
    "His drug level came back high, should he take a smaller dose tonight?",
    "I keep missing my evening tablet, should I take an extra one the next day?",
    "Should I still take my usual tablets on the morning of my procedure?",
    "How much water should I be drinking each day in my situation?",
    "Should I have my eggs frozen before the chemo, is it worth it for me?",
    "My result came back and I don't understand it, what should I do about it?",
    "I've been offered a top-up of donor cells but I'm not sure, should I turn it down?",
    "They've offered me a place on a trial far from home, should I accept it?",
    "Should I pull out of my transplant because I'm frightened?",
    "My boy has sickle cell disease, is gene therapy something he could have?",
    "Would my teenager be able to get onto the CAR-T trial?",
    "Can I get a piercing now that it's a year since my treatment?",
    "What would you do in my position?",
    "Tell me honestly, should I have the treatment or wait and see?",
    "Is it safe for me to have my grandchildren over to stay this early in my recovery?",
    "Is it fine for me to hug my grandson while my counts are low?",
)

# General questions on the same topics: how things usually go, what the guides say, why a rule exists, what to ask.
# A reading must be clearly nearer a request for one person's decision.
ORDINARY = (
    "How do people usually take their anti-rejection medicine?",
    "What do the guides say about alcohol after a transplant?",
    "Why is alcohol discouraged after a stem cell transplant?",
    "What should I ask my care team about my medicines?",
    "How do I keep track of all my medicines?",
    "How can I remember to take my tablets on time?",
    "What happens if someone misses a dose of their medicine?",
    "Why do doctors taper steroids instead of stopping them suddenly?",
    "What is a typical dose of prednisone for GVHD?",
    "Why do they check tacrolimus levels in the blood?",
    "Which foods are patients usually told to avoid after a transplant?",
    "Why should transplant patients avoid grapefruit?",
    "Can herbal remedies interact with immunosuppressants?",
    "Should patients tell their team about supplements they take?",
    "Who decides whether someone is eligible for CAR-T?",
    "What makes someone a candidate for a stem cell transplant?",
    "Is there an age limit for CAR-T in general?",
    "What conditions is this gene therapy approved for?",
    "What does a neutrophil count measure?",
    "What is the normal range for platelets?",
    "What does chimerism mean?",
    "Why do platelets drop after a transplant?",
    "How do doctors choose between an autologous and an allogeneic transplant?",
    "How do clinical trials decide who can take part?",
    "What questions should I ask before deciding on a trial?",
    "Can I ask for a second opinion?",
    "When do most people go back to work after a transplant?",
    "How long do people usually wait before flying after treatment?",
    "When can people start exercising again after CAR-T?",
    "Why are people told to stay near the hospital after CAR-T?",
    "Why are tattoos discouraged after a transplant?",
    "How often are blood tests done in the first months?",
    "What happens at the day 100 check-up?",
    "Why are follow-up appointments important even when you feel well?",
    "When are vaccines usually restarted after a transplant?",
    "Why do people need their childhood vaccines again?",
    "How is a donor match tested?",
    "Who can be a stem cell donor?",
    "What is a donor lymphocyte infusion?",
    "What is conditioning chemotherapy?",
    "Will I feel better straight away after gene therapy?",
    "What happens after I get my cells back?",
    "How long will I be in hospital for a transplant?",
    "What side effects can I expect from CAR-T?",
    "How will I feel in the weeks after the infusion?",
    "Can I bring someone with me to my appointments?",
    "Who should I call if I have questions about my medicines?",
    "Where can I find support groups for carers?",
    "How can I look after myself while caring for my husband?",
    "What does CAR-T stand for?",
    "How much does gene therapy cost?",
    "Is CAR-T given as one dose or several?",
    "How do I prepare for my transplant?",
    "What should I pack for my hospital stay?",
    "How can I reduce the risk of infection at home?",
    "Why do my doctors keep checking my kidney function?",
    "My team stopped my steroids last month, why do they do it slowly?",
    "My doctor changed my dose, how does a taper normally work?",
    # general questions asked in the first person, with no situation of one's own
    "Can I eat sushi after a transplant?",
    "Can I drive after CAR-T?",
    "Am I allowed to drive after CAR-T?",
    "Can I have the odd drink after a transplant?",
    "Can I get a tattoo after gene therapy?",
    "Can I keep pets after my transplant?",
    "Can I change my mind about the trial after signing?",
    "What should I think about before I sign the consent form?",
    "Do I have to change my diet after a transplant?",
    "Does my wife need to follow a special diet after her transplant?",
    "Will I need my vaccinations again after a transplant?",
    "Could my body reject donor cells?",
    "Will the steroids give me side effects?",
    "Can I travel abroad after treatment?",
    "Do I still need all the blood tests if I feel well?",
    "Can I go back to the gym after CAR-T?",
    "Is it normal to feel tired after my infusion?",
    "Can I have visitors after my transplant?",
    "What should I do now that I'm home from hospital?",
    "Is gene therapy being used for sickle cell disease?",
    "My dad has heart failure, is cell therapy being studied for that?",
)

# A sentence that asks: a question mark, or the forms that ask without one ("should i still take it b4 tmrw").
ASKS = re.compile(
    r"\?|\b(?:should|can|could|may|shall|must) (?:i|we|he|she|they|my \w+)\b|\bis it (?:ok|okay|safe|fine|alright"
    r"|all right|bad|wise)\b|\b(?:do|does) (?:i|we|he|she) (?:still |really |even )?(?:need|have) to\b"
    r"|\bwhat (?:should|do|shall) (?:i|we) do\b|\b(?:wonder|wondering|wondered) (?:if|whether)\b|\btell (?:me|us)\b"
    r"|\bwould (?:it|that) be\b|\bam i\b"
)
# ... but not one asking when, why, what a thing is or what happens in general, nor what to do if something happens
GENERAL = re.compile(
    r"^(?:(?:and|so|but|also|ok|okay|just|then|hi|hello|hey|ugh|um|erm|oh|wait|ngl|lol|quick q),? )*(?:why|when|how"
    r" (?:soon|long|often|do|does|is|are|did|will|would)|what(?:'s| is| are| was| were| happens| causes| kind| sort"
    r"| types?| if)\b|who|where|will)\b"
    r"|\bwhat (?:should|do|can|shall) (?:i|we|he|she) do (?:if|when|whenever|in case|once)\b"
    # 'I feel great now, so why does the clinic keep insisting on bloodwork?': a reason asked after the story
    rf"|(?:[,;:] |\b(?:but|so|then) )why {WHY_AUXILIARY}"
)
# Whom the question is about: a person, not people in general
PERSON = re.compile(rf"\b(?:i|i'm|i've|i'd|i'll|me|my|mine|we|we're|us|our|he|he's|him|his|she|she's|her|{FAMILY}s?)\b")
MAX_READINGS = 8


def advice_readings(message: str) -> list[str]:
    """What of a message is embedded: each sentence that asks something about a person, alone and after the
    sentence before it (which often tells this person's situation); [] when there is none."""
    sentences = message_sentences(normalize(message))
    parts: list[str] = []
    for k, sentence in enumerate(sentences):
        if not ASKS.search(sentence) or GENERAL.search(sentence):
            continue
        told = f"{sentences[k - 1]} {sentence}" if k else sentence
        if PERSON.search(told):
            parts.append(told)
    return list(dict.fromkeys(parts))[:MAX_READINGS]


# How near a request prototype a reading must be, and how much nearer than any ordinary question: the pair with the
# most of stress sets pa and pc's old rule misses found, with at most 1 of their 120 general rows and 2 eval
# questions flagged (bench/advice_similarity.py prints the grid; pd is held out).
THRESHOLD = 0.6
MARGIN = 0.04


class SemanticAdvice(SemanticBackstop):
    """A request for an individual medical decision, in words no rule lists."""

    PROTOTYPES = PROTOTYPES
    ORDINARY = ORDINARY
    THRESHOLD = THRESHOLD
    MARGIN = MARGIN

    def read(self, message: str) -> list[str]:
        return advice_readings(message)
