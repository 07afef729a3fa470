"""Red-flag backstop: a report of a symptom happening now, close in meaning to urgent ones no rule worded."""

from __future__ import annotations

from assistant.safety.check import present_reports
from assistant.safety.semantic import SemanticBackstop, without_treatment

# Our own wordings of urgent symptoms happening now, by red-flag family. Not copied from any test table.
PROTOTYPES = (
    # fever and rigors
    "I have a high temperature and I'm shivering uncontrollably.",
    "He's burning up and shaking all over.",
    "My thermometer reads 38.6 this evening.",
    "She feels roasting hot to touch and is sweating buckets.",
    "I've got the chills so badly my teeth are rattling.",
    "My temperature has dropped really low and I feel cold and clammy.",
    # neurotoxicity: confusion, orientation, behaviour
    "My dad doesn't know where he is and keeps asking what day it is.",
    "She didn't recognise me when I walked in.",
    "He is talking nonsense and not making any sense tonight.",
    "My wife is seeing things that aren't there.",
    "She is acting really strangely, not like herself at all.",
    "He keeps staring into space and doesn't answer when I talk to him.",
    "I keep forgetting where I am and what I was doing.",
    "He put the milk in the oven and can't tell me why.",
    "She asks me the same question again and again within minutes.",
    # word-finding, speech, writing, calculation
    "I can't find the right words and I say the wrong word for things.",
    "My husband's words are coming out jumbled.",
    "She keeps stopping mid-sentence because the word won't come.",
    "My speech is slurred like I'm drunk.",
    "I type messages and they come out as gibberish.",
    "My handwriting has turned into scribbles today.",
    "He couldn't write his own name properly.",
    "I can't do simple sums any more, I couldn't count my change.",
    "I got lost driving a route I know by heart.",
    # drowsiness, tremor, seizure
    "I can't wake him up properly, he just mumbles and falls back asleep.",
    "She's been sleeping all day and is very hard to rouse.",
    "My hands are trembling so much I can't hold a cup.",
    "His arm is twitching and jerking on its own.",
    "She had a fit and her whole body was shaking and stiff.",
    "I woke up on the floor and had bitten my tongue.",
    # breathing
    "I can't catch my breath even sitting still.",
    "He's gasping for air and his lips look blue.",
    "My breathing is fast and shallow and I feel like I'm suffocating.",
    "I can't lie down flat because I can't breathe.",
    "Her chest is wheezing and she's struggling to breathe.",
    # chest pain and the heart
    "I have a crushing pain in my chest going down my arm.",
    "It feels like a heavy weight is pressing on my chest.",
    "My heart is racing and pounding and won't slow down.",
    "My heartbeat is all over the place and I feel faint.",
    "My pulse is 150 while I'm resting.",
    # bleeding and bruising
    "I'm covered in bruises I can't explain.",
    "My nose has been bleeding for half an hour and won't stop.",
    "There's blood in my pee.",
    "I'm passing blood from my bottom.",
    "I coughed up blood.",
    "My gums keep bleeding.",
    "Tiny red spots have appeared all over my legs.",
    "He banged his head and his platelets are very low.",
    # gut, kidneys and dehydration
    "I threw up and it looked like coffee grounds.",
    "I'm vomiting blood.",
    "My poo is black and sticky like tar.",
    "I've had watery diarrhoea every hour since last night.",
    "I can't keep anything down, not even water or my tablets.",
    "I've been sick over and over all day.",
    "I've hardly passed any urine today and it's very dark.",
    "He hasn't had a wee since yesterday.",
    "My tummy is swollen, hard and agonising to touch.",
    "My skin and the whites of my eyes have gone yellow.",
    "My urine is the colour of cola.",
    # fainting and collapse
    "She collapsed on the floor and passed out for a moment.",
    "I fainted in the kitchen.",
    "Everything goes dark and I nearly fall over every time I stand up.",
    "I feel very dizzy and faint and have to grab onto things.",
    "He's so weak he can't stand or walk on his own.",
    # severe pain
    "I have the worst headache of my life and it came on suddenly.",
    "My head is pounding, my neck is stiff and the light hurts my eyes.",
    "I'm doubled over with terrible stomach pain.",
    "The pain is unbearable and painkillers aren't touching it.",
    # swelling, clots, weight gain
    "My leg is swollen, red and painful in the calf.",
    "I've put on several kilos in a couple of days and my legs are puffy.",
    "My belly has swollen up and I've gained weight quickly.",
    "My face, lips and tongue are swelling up and my throat feels tight.",
    "I came out in hives and my lips are swollen after the new medicine.",
    # infection of a line
    "The skin around his central line is red, hot and oozing pus.",
    "The area around my PICC line is swollen and painful.",
    "There's redness spreading from where the line goes in.",
    # rash with blistering, skin
    "My skin is blistering and peeling off in sheets.",
    "I have a rash spreading everywhere with blisters and sores in my mouth.",
    # vision
    "I've suddenly lost vision in one eye.",
    "I'm seeing double.",
    "My eyesight has gone blurry all of a sudden.",
    # stroke signs
    "One side of my face has dropped.",
    "My arm suddenly went weak and heavy and I can't lift it.",
    "I can't feel one side of my body.",
    # incontinence with weakness
    "My legs have gone weak and I can't control my bladder.",
    "I've wet myself and my legs are numb and weak.",
    # unwell with low counts
    "I feel awful and shaky and my counts are at rock bottom.",
    "He's floppy, pale and breathing fast.",
)

# Near-misses that share the words: general questions, what to watch for, thresholds, past and resolved events,
# reading and other people's stories, figures of speech. A reading must be clearly nearer an urgent statement.
ORDINARY = (
    "What temperature counts as a fever after a transplant?",
    "What symptoms should I watch for after CAR-T?",
    "What are the warning signs of neurotoxicity?",
    "What does a GVHD rash look like?",
    "Is it normal to feel tired after treatment?",
    "I had a fever last month but it went away with antibiotics.",
    "My temperature is normal today at 36.8.",
    "The nurse showed us how to take a temperature.",
    "Which thermometer should I buy for home?",
    "I had a headache yesterday that went away with paracetamol.",
    "I feel a bit tired today but otherwise fine.",
    "I've been feeling much better this week.",
    "My counts have recovered and I feel well.",
    "My platelets are back up to normal.",
    "The bruise from my biopsy is fading.",
    "I get a bit breathless on the stairs since I lost fitness in hospital.",
    "My legs get tired when I walk far.",
    "I read about seizures happening after CAR-T.",
    "A friend of mine had a fever after her transplant.",
    "The man in the next bed had a fit last night.",
    "Why do they give seizure medicine before CAR-T?",
    "How do I do the daily handwriting test?",
    "When can I drive again after treatment?",
    "When can I go back to work?",
    "When can I eat sushi again?",
    "Can I have a flu vaccine after my transplant?",
    "How long does it take for my hair to grow back?",
    "What foods should I avoid while my counts are low?",
    "How do I keep my central line clean?",
    "How should I look after my PICC line at home?",
    "My mouth was sore during treatment but it has healed.",
    "My eyes were yellow months ago but that has cleared up.",
    "I have a mild runny nose and no temperature.",
    "I get a bit dizzy if I stand up too fast, it passes straight away.",
    "I always get cold hands when I'm nervous.",
    "This paperwork is giving me a headache.",
    "I nearly fainted when I saw the bill.",
    "My heart was racing watching the football.",
    "I'm dying to get home.",
    "I'm a bit forgetful, I lost my keys again.",
    "I keep mixing up my grandchildren's names, I always have.",
    "My dog had a seizure last week.",
    "What should I do if I get a fever at night?",
    "Who should I call if I get sick at the weekend?",
    "What is the phone number for the ward?",
    "Is it safe to have a bath with my line in?",
    "Can I exercise after my transplant?",
    "How much water should I drink each day?",
    "My weight has been steady this week.",
    "I've lost a little weight since the transplant.",
    "I feel low and teary some days.",
    "I'm worried about getting an infection.",
    "What does engraftment mean?",
    "What is the difference between CRS and ICANS?",
    "Is bleeding a side effect of low platelets?",
    "I had diarrhoea a few weeks ago but it settled.",
    "I feel a bit sick in the mornings from the tablets.",
    "My skin is a bit dry and itchy.",
    "My appetite is poor but I'm eating small meals.",
    "I sleep a lot more than I used to.",
    "My pee is darker first thing in the morning before I've had a drink.",
    "I ate something that turned my poo a funny colour.",
    "My tummy feels bloated after a big meal.",
    # mild, with nothing that says severe: an unsettled stomach is no red flag
    "I've had a bit of an upset stomach for a day or two.",
    "Her tummy has been a little off since the weekend.",
    "My blood pressure and pulse were normal this morning.",
    "My resting heart rate is 70.",
    "I can't lie flat because of my bad back.",
    "My hands shake a little since starting a new medicine, and the team know about it.",
    "My thermometer always reads a bit high.",
    "I had a mild reaction to a transfusion and it settled with an antihistamine.",
    "His platelets were low so they gave him a transfusion.",
    "My phone's autocorrect keeps changing my words.",
    "I've never been good at mental arithmetic.",
    "My child is too young to do sums.",
    "I was sick once after a long car journey, just food.",
    "I'm going to miss my blood test on Friday.",
    # a long-standing condition told as background, not a symptom of now
    "My mum has had a heart condition for years.",
    "He lives with diabetes and kidney disease.",
    "I was diagnosed with heart disease a while ago.",
    "My wife has a long-term lung condition.",
)

# How near an urgent prototype a reading must be, and how much nearer than any ordinary statement: chosen on the
# older stress sets' rule misses and near-misses, at most 1 of 80 near-misses flagged (bench/urgent_similarity.py
# prints the grid).
THRESHOLD = 0.55
MARGIN = 0.04
CLAUSE_MIN_WORDS = 4
MAX_READINGS = 16


def urgent_readings(message: str) -> list[str]:
    """What of a message is embedded: each sentence the framing reads as a report of now, and each of its
    clauses, without the treatment's words; [] when there is none."""
    parts: list[str] = []
    for report in present_reports(message):
        clauses = [c for c in report.split(", ") if len(c.split()) >= CLAUSE_MIN_WORDS]
        parts += [report, *clauses] if len(clauses) > 1 else [report]
    return list(dict.fromkeys(without_treatment(p) for p in parts))[:MAX_READINGS]


class SemanticUrgent(SemanticBackstop):
    """An urgent symptom told as happening now, in words no rule lists."""

    PROTOTYPES = PROTOTYPES
    ORDINARY = ORDINARY
    THRESHOLD = THRESHOLD
    MARGIN = MARGIN

    def read(self, message: str) -> list[str]:
        return urgent_readings(message)
