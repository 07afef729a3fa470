"""Guide passages quoted from corpus/ and answer sentences about them: the verifier's calibration set."""

from __future__ import annotations

from assistant.domain import Chunk, Passage


def make_passage(key: str, section: str, text: str, guide: str = "guide.txt") -> Passage:
    chunk = Chunk(
        id=key, guide=guide, title=guide.removesuffix(".txt"), section=section, position=0,
        text=text, guide_hash="0" * 64,
    )
    return Passage(chunk=chunk, score=1.0)


PASSAGES: dict[str, Passage] = {
    "early": make_passage(
        "early", "Early Recovery: The First Critical Weeks",
        "The initial recovery phase typically spans the first several weeks following stem cell infusion. "
        "During this period, the body works to establish engraftment, meaning the new stem cells settle into "
        "the bone marrow and begin producing red cells, white cells, and platelets.",
        "001_9b214a28f43b8999.txt",
    ),
    "immune": make_passage(
        "immune", "Immune System Rebalancing and Infection Prevention",
        "Immune recovery is often slower than red blood cell production. Even after blood counts normalize, "
        "immune responses may remain weakened for months. Follow-up care includes tailored vaccination "
        "schedules, infection screening, and patient education on recognizing early symptoms of illness.",
        "001_9b214a28f43b8999.txt",
    ),
    "organs": make_passage(
        "organs", "Long-Term Follow-up and Organ Health",
        "Bone marrow failure and its treatment can affect multiple organ systems. Long-term follow-up "
        "includes periodic evaluation of heart, liver, kidney, and endocrine function to ensure that "
        "recovery remains balanced across the body.",
        "001_9b214a28f43b8999.txt",
    ),
    "psych": make_passage(
        "psych", "Psychological and Functional Recovery",
        "Physical recovery is only one part of the process. Many patients experience fatigue, anxiety, or "
        "reduced confidence in daily activities during prolonged recovery. Follow-up care often includes "
        "guidance on gradual physical conditioning, sleep regulation, and mental well-being.",
        "001_9b214a28f43b8999.txt",
    ),
    "monitoring": make_passage(
        "monitoring", "Initial Monitoring",
        "In the immediate aftermath of the therapy, patients are closely monitored for any adverse reactions "
        "or complications. Regular check-ups and assessments are conducted to ensure the body is responding "
        "as expected.",
        "000_867d4c69e921e0af.txt",
    ),
    "early_days": make_passage(
        "early_days", "Early Days",
        "The first few weeks post-treatment are crucial for observing initial responses and ensuring the "
        "body adapts to the modified cells. Patients may experience a range of symptoms, from fatigue to "
        "mild discomfort, as the body adjusts.",
        "000_867d4c69e921e0af.txt",
    ),
    "intro": make_passage(
        "intro", "Introduction",
        "Cell therapy is a promising form of treatment where healthy human cells are transplanted into a "
        "patient's body to repair or replace damaged tissue or organs. By the end of 2024, 72 cell therapies "
        "(that don’t involve genetic modification) had been approved globally [1].",
        "003_fd6cb3c8ce060b70.txt",
    ),
    "car_t": make_passage(
        "car_t", "How does it work?",
        "CAR T-cell therapy: This is where doctors take special immune cells (T cells) from your blood and "
        "change them in a lab to better recognize and attack cancer cells. After this modification, the "
        "enhanced cells are infused back into your body, helping your immune system fight the cancer. It's "
        "currently used mostly for certain blood cancers.[5]",
        "003_fd6cb3c8ce060b70.txt",
    ),
    "history": make_passage(
        "history", "Early Developments (1950s - 1970s)",
        "1956: One of the earliest breakthroughs in cell therapy happened with the first successful bone "
        "marrow transplant in 1956. Dr. E. Donnall Thomas treated a leukemia patient using bone marrow from "
        "the patient’s identical twin, showing how cell transplantation could help treat disease [8].",
        "003_fd6cb3c8ce060b70.txt",
    ),
    "rejection": make_passage(
        "rejection", "Considerations and limitations",
        "Immune reactions: The body may recognize transplanted cells as foreign, causing immune rejection. "
        "Immunosuppressive medications are often administered temporarily to prevent rejection and support "
        "successful cell engraftment. [11]",
        "003_fd6cb3c8ce060b70.txt",
    ),
    "cost": make_passage(
        "cost", "Challenges Still Exist",
        "Despite the excitement, there are hurdles: Cost: Some therapies can cost over $1 million per dose. "
        "Access: Not every country or health system can support these advanced treatments yet. Longevity: "
        "Long-term effects are still being studied, especially for one-time gene therapies.",
        "002_a4fc9d4c9719b45b.txt",
    ),
    "til": make_passage(
        "til", "How does it work?",
        "TIL therapy: This type of treatment is where doctors take immune cells (called T cells) from inside a "
        "tumor. They grow many more of these cells in a lab and then put them back into your body. Right now, "
        "TIL therapy is still being studied in clinical trials, mainly for skin cancer (melanoma), and isn't "
        "widely available yet. [5]",
        "003_fd6cb3c8ce060b70.txt",
    ),
}

# (passage key, sentence): plain-language sentences a faithful model writes from that passage.
FAITHFUL: list[tuple[str, str]] = [
    ("early", "Early recovery usually lasts the first several weeks after the stem cell infusion."),
    ("early", "In this time the new stem cells settle into the bone marrow and start making blood cells."),
    ("early", "Engraftment means the new stem cells settle in your bone marrow and begin producing red cells, "
              "white cells and platelets."),
    ("immune", "Your immune system often recovers more slowly than your red blood cells."),
    ("immune", "Even when blood counts are back to normal, immune responses can stay weak for months."),
    ("immune", "Follow-up care includes vaccination schedules, infection screening and learning to spot early "
               "symptoms of illness."),
    ("organs", "Long-term follow-up checks the heart, liver, kidneys and endocrine function."),
    ("organs", "The treatment can affect several organ systems, so these are checked regularly."),
    ("psych", "Many patients feel tired, anxious or less confident in daily activities while they recover."),
    ("psych", "Follow-up care often includes guidance on gradual physical conditioning, sleep and mental "
              "well-being."),
    ("monitoring", "Right after the therapy, patients are closely monitored for adverse reactions or "
                   "complications."),
    ("monitoring", "Regular check-ups make sure the body is responding as expected."),
    ("early_days", "The first few weeks after treatment are important for seeing how the body adapts to the "
                   "modified cells."),
    ("early_days", "You may have symptoms from fatigue to mild discomfort as your body adjusts."),
    ("intro", "Cell therapy transplants healthy human cells into a patient's body to repair or replace "
              "damaged tissue or organs."),
    ("intro", "By the end of 2024, 72 cell therapies had been approved around the world."),
    ("car_t", "In CAR T-cell therapy, doctors take T cells from your blood and change them in a lab so they "
              "attack cancer cells."),
    ("car_t", "The changed cells are infused back into your body to help your immune system fight the cancer."),
    ("car_t", "It is currently used mostly for certain blood cancers."),
    ("history", "The first successful bone marrow transplant happened in 1956."),
    ("history", "Dr. E. Donnall Thomas treated a leukemia patient with bone marrow from the patient's "
                "identical twin."),
    ("rejection", "Your body may see transplanted cells as foreign and reject them."),
    ("rejection", "Medicines that suppress the immune system are often given for a while to prevent rejection."),
    ("cost", "Some therapies can cost over $1 million per dose."),
    ("cost", "Not every country or health system can offer these treatments yet."),
    ("cost", "Long-term effects are still being studied, especially for one-time gene therapies."),
    ("til", "In TIL therapy, doctors take immune cells from inside a tumor, grow more of them in a lab and "
            "put them back into your body."),
    ("til", "TIL therapy is still being studied in clinical trials, mainly for melanoma."),
    ("early", "According to the guide, the early recovery phase covers the first several weeks."),
    ("immune", "The guide says infection screening is part of follow-up care."),
    ("organs", "Doctors periodically check how your heart, liver and kidneys are working."),
    ("psych", "Feeling tired or anxious during a long recovery is common."),
    ("monitoring", "Patients are watched closely for complications right after treatment."),
    ("intro", "Cell therapy uses healthy cells to repair damaged tissue."),
    ("car_t", "CAR T cells are reprogrammed in a lab to recognize cancer."),
    ("rejection", "Drugs to prevent rejection are usually only given for a limited time."),
    ("cost", "Access is limited because not every health system can support these treatments."),
    ("til", "TIL therapy isn't widely available yet."),
    ("history", "In 1956 a leukemia patient received bone marrow from an identical twin."),
    ("early_days", "It is normal to feel some fatigue or mild discomfort while your body adjusts."),
]

# (passage key, sentence): claims on the same topic that the passage does not make.
INVENTED: list[tuple[str, str]] = [
    ("early", "Most patients can go back to work within two weeks of the infusion."),
    ("early", "You should avoid crowded places and fresh flowers during early recovery."),
    ("immune", "You will need to repeat all your childhood vaccines about a year after treatment."),
    ("immune", "Taking vitamin supplements speeds up the return of your immune defences."),
    ("organs", "Kidney damage after treatment is common and often needs dialysis."),
    ("organs", "Heart problems usually appear within the first year and require medication."),
    ("psych", "Joining a support group cuts depression in half for transplant survivors."),
    ("psych", "Antidepressants are usually prescribed to everyone after the procedure."),
    ("monitoring", "Patients stay in hospital for about a month while doctors watch for fever."),
    ("monitoring", "Call your doctor if your temperature goes above 38 degrees."),
    ("early_days", "Hair loss and nausea are the most common side effects in the first weeks."),
    ("early_days", "Drinking plenty of water helps flush the modified cells through your kidneys."),
    ("intro", "Cell therapy is covered by most insurance plans in the United States."),
    ("intro", "Gene editing with CRISPR is the main way these cell therapies are made."),
    ("car_t", "CAR T-cell therapy can cause cytokine release syndrome, with high fever and low blood pressure."),
    ("car_t", "Patients must stay near the treatment centre for four weeks after the infusion."),
    ("car_t", "It works for most solid tumours, such as breast and lung cancer."),
    ("history", "Stem cells were first grown in a laboratory dish by Canadian scientists."),
    ("history", "Early transplants often failed because donors and patients were not matched."),
    ("rejection", "Rejection is rare when the cells come from a sibling donor."),
    ("rejection", "Steroid creams can treat skin rashes caused by graft-versus-host disease."),
    ("cost", "Insurance companies in Europe usually refuse to pay for gene therapy."),
    ("cost", "Prices are expected to fall sharply within the next five years."),
    ("til", "TIL therapy cures about half of patients with advanced melanoma."),
    ("til", "Patients receive high-dose interleukin after the cells are returned."),
    ("early", "Engraftment usually takes exactly 14 days and is confirmed by a bone scan."),
    ("immune", "Live vaccines are safe to receive a month after the infusion."),
    ("organs", "Liver problems after treatment are usually caused by alcohol."),
    ("psych", "Most patients feel fully back to normal after three months."),
    ("monitoring", "Checks are needed every day for the rest of your life."),
    ("intro", "Cell therapy has fewer side effects than chemotherapy."),
    ("car_t", "The whole CAR T process, from collection to infusion, takes about three weeks."),
    ("rejection", "Patients who reject the cells can simply get a second infusion."),
    ("cost", "Payment plans are usually offered by hospitals to cover the cost."),
    ("til", "TIL therapy works best for people with lung cancer."),
    ("history", "Bone marrow transplants became routine for all leukemia patients by the 1960s."),
    ("early_days", "Fever in the first weeks usually means the cells are working."),
]
