"""Events stage: names the gazetteer lacks, set by a move or a fight; counts that refer back to
people in flight; where a withdrawal starts (round 8).

(text, published, expected) cases written for these tests in the style of UN updates, wire
news, military statements and Wikipedia narratives, from several conflicts; none is taken
from the dev set or a probe. Classes:

1. a name the gazetteer lacks is a place when a verb of moving leads to it ("deployed to X",
   "had withdrawn towards X", "fled into X") or a noun of fighting sets it ("fled fighting in
   X", "clashes were reported around X"): the event is kept there, unresolved (flagged), not
   dropped; a name that is no place ("moved to Phase 3", "around General X") is not taken;
2. of several places in one role, the first the gazetteer knows says where ("fled to Mbau and
   to Beni", Mbau unlisted, is a flight to Beni);
3. a bare count that refers back to people in flight is civilians too ("Thousands fled Djibo,
   and many headed toward Kaya"; "... were displaced. Most have moved to X"); after forces it
   is forces ("sent 3,000 troops ... Many moved to X");
4. terrorists, guerrillas, extremists and combatants who flee move, as fighters do;
5. a withdrawal told only with where it went starts at the town the story is at, when its
   sentence has no fighting or capture to start from (flagged "origin_inferred"); "withdrew
   from positions near X" and "returned from holiday in X" leave X (in or near a site after
   "from" is where they left);
6. talks that are the purpose of a trip are a meeting where the trip went ("travelled to
   Nairobi on Saturday for talks with ...", "flew to Ankara to hold talks", "who went to
   Maiduguri on Sunday to meet with displaced families"); a hope to meet is none;
7. every place of a passive subject's list is hit ("Kharkiv, Sumy and Poltava were hit",
   "Kadugli and Dilling came under heavy shelling"), not only the last;
8. a toll of two verbs is one ("drones killed two people and wounded nine in Kherson": the
   place after the second is the first's too), and a clause before a strong trigger is read
   for a toll of its own ("..., as authorities ordered the evacuation of ...");
9. gangs are armed men ("gang members set fire to homes ... and killed" is an attack, not a
   riot), and men on the ground who "struck" or "targeted" a place fought there (a clash, or
   an attack on civilians), where no weapon from afar is named; so is an attack on
   settlements, farms, hamlets or communities ("herders attacked three farming communities");
10. more wording of events: forces, posts or a town that "came under fire" (not a plan, nor
    fire "from critics", which is blame), a "face-off" of troops; forces "pushed out of" or
    "driven from" a place in a fight lose it (a capture; people driven from a town flee it;
    a team pushed out of a cup is no event); forces that "fell back towards" or "pursued
    the group from X towards Y", people who "were shifted to a camp in X" or "walked south
    towards X"; mortar rounds or rockets (not jets) that "landed" in a place hit it ("The
    shells landed in ..." after a shelling goes back to it); teachers, pupils, doctors and
    nurses are civilians; names the gazetteer lacks after "moved (on) to" and other everyday
    verbs of moving are kept as places only with forces or people on the move;
11. a date in an attribution moves the story ("On 7 May 2018 Haftar announced the
    offensive. Warplanes bombed Derna on 16 May." is 16 May 2018 in an undated chronicle);
    a claim the sentence calls a lie is no event ("The rebels' claim that troops burned
    houses in X is a lie"); "exchanged artillery fire" is a battle (both sides fire);
    "detonating car bombs" is a strike beside the assault; refugees named by a demonym who
    "fled the camp" left the camp, not their country; another flight in a "while" clause
    goes where it says ("2,000 reached Myitkyina, while 800 others travelled to Mogaung");
12. a headline's present tense ("Ukraine pulls troops out of Avdiivka"), forces "bussed" to a
    place, "continued to shell" a region, forces that "met fierce resistance" or "engaged
    the assailants" (a battle); a verb of denial in a relative clause describes the subject
    ("Fighters who rejected the deal were bussed to Idlib" moved); civilians "driven from"
    a town flee it (forces driven out lose it).
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution

PLACES: dict[str, tuple[str, str, str]] = {
    "Beni": ("city", "CD", "North Kivu"), "Goma": ("city", "CD", "North Kivu"),
    "Djibo": ("city", "BF", "Sahel"), "Kaya": ("city", "BF", "Centre-Nord"),
    "Kadugli": ("city", "SD", "South Kordofan"), "Dilling": ("city", "SD", "South Kordofan"),
    "Bakhmut": ("city", "UA", "Donetsk"), "Kharkiv": ("city", "UA", "Kharkiv"),
    "Kherson": ("city", "UA", "Kherson"), "Odesa": ("city", "UA", "Odesa"),
    "Gao": ("city", "ML", "Gao"), "Kidal": ("city", "ML", "Kidal"),
    "Niger": ("country", "NE", ""), "Kandi": ("city", "BJ", "Alibori"),
    "Marib": ("city", "YE", "Marib"), "Italy": ("country", "IT", ""),
    "Mogadishu": ("city", "SO", "Banaadir"), "Jos": ("city", "NG", "Plateau"),
    "Nairobi": ("city", "KE", "Nairobi"), "Ankara": ("city", "TR", "Ankara"),
    "Maiduguri": ("city", "NG", "Borno"), "Doha": ("city", "QA", "Doha"),
    "Mirebalais": ("city", "HT", "Centre"), "Jolo": ("city", "PH", "Sulu"),
    "Leh": ("city", "IN", "Ladakh"), "Dolow": ("city", "SO", "Gedo"),
    "Aden": ("city", "YE", "Aden"), "Beoga": ("city", "ID", "Papua"),
    "Ilaga": ("city", "ID", "Papua"), "Khar": ("city", "PK", "Khyber Pakhtunkhwa"),
    "Kapoeta": ("city", "SS", "Eastern Equatoria"), "Mandera": ("city", "KE", "Mandera"),
    "Luuq": ("city", "SO", "Gedo"), "Derna": ("city", "LY", "Darnah"),
    "Jermuk": ("city", "AM", "Vayots Dzor"), "Ramadi": ("city", "IQ", "Anbar"),
    "Tripoli": ("city", "LB", "North"), "Chad": ("country", "TD", ""),
    "Myitkyina": ("city", "MM", "Kachin"), "Mogaung": ("city", "MM", "Kachin"),
    "Avdiivka": ("city", "UA", "Donetsk"), "Idlib": ("city", "SY", "Idlib"),
    "Fallujah": ("city", "IQ", "Anbar"), "Rafah": ("city", "PS", "Gaza Strip"),
    "Tallinn": ("city", "EE", "Harju"), "Sderot": ("city", "IL", "South"),
    "Khan Younis": ("city", "PS", "Gaza Strip"), "London": ("city", "GB", "England"),
    "Munich": ("city", "DE", "Bavaria"), "Brooklyn": ("city", "US", "New York"),
}
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
D = dt.date
MAY20 = D(2024, 5, 20)


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, _ID.__getitem__)


# --- 1. Names the gazetteer lacks, set by a move or a fight -------------------------------------
CASES_UNLISTED: list = [
    # DR Congo, Nigeria, Somalia, Libya, Yemen
    ("Clashes between the army and M23 rebels were reported around Mweso on Tuesday.", MAY20,
     [dict(kind="clash", loc="Mweso", date="2024-05-14", flags={"unresolved"})]),
    ("Police reinforcements were deployed to Mangu-Halle on Sunday.", MAY20,
     [dict(kind="movement", dest="Mangu-Halle", date="2024-05-19", flags={"unresolved"})]),
    ("Families fled fighting in Galcad on Friday.", MAY20,
     [dict(kind="displacement", origin="Galcad", date="2024-05-17"),
      dict(kind="clash", loc="Galcad", date="2024-05-17", flags={"unresolved"})]),
    ("Government troops withdrew towards Ras Lanuf on Tuesday.", MAY20,
     [dict(kind="movement", dest="Ras Lanuf", flags={"unresolved"})]),
    ("Houthi fighters retreated into Sirwah after the air strikes.", MAY20,
     [dict(kind="movement", dest="Sirwah", flags={"unresolved"})]),
    # names that are no place
    ("The council moved to Phase 3 of the plan on Monday.", MAY20, []),
    ("The gunman walked around General Musa Bello and fired again.", MAY20, []),
]

# --- 2. The known place of a role's list ----------------------------------------------------------
CASES_KNOWN_FIRST: list = [
    ("Survivors fled to Mbau and to Beni on Monday.", MAY20,
     [dict(kind="displacement", dest="Beni")]),
    ("Hundreds of survivors fled to Kuru and to the state capital Jos, residents said.", MAY20,
     [dict(kind="displacement", dest="Jos")]),
]

# --- 3. Counts that refer back to people in flight ------------------------------------------------
CASES_COUNTS: list = [
    ("Thousands of residents fled Djibo on Friday, and many headed toward Kaya.", MAY20,
     [dict(kind="displacement", origin="Djibo", dest="Kaya", date="2024-05-17")]),
    ("About 20,000 people were displaced from Kadugli last week. Most have moved to villages "
     "near Dilling.", MAY20,
     [dict(kind="displacement", origin="Kadugli"), dict(kind="displacement", loc="Dilling")]),
    ("The army sent 3,000 troops to Bakhmut. Many moved to Kharkiv on Monday.", MAY20,
     [dict(kind="movement", dest="Bakhmut"), dict(kind="movement", dest="Kharkiv")]),
]

# --- 4. Armed men who flee ---------------------------------------------------------------------
CASES_ARMED_FLEE: list = [
    # (the assault named as a time is told elsewhere)
    ("After the assault on Mogadishu, the terrorists fled toward Marib on Sunday.", MAY20,
     [dict(kind="movement", dest="Marib", date="2024-05-19")]),
    ("Guerrillas fled to Kandi after the raid.", MAY20, [dict(kind="movement", dest="Kandi")]),
]

# --- 5. Where a withdrawal starts -------------------------------------------------------------
CASES_WITHDRAWALS: list = [
    ("Loyalist troops seized Gao on 2 March. By the evening they had withdrawn towards Kidal.",
     D(2024, 3, 10),
     [dict(kind="capture", loc="Gao", date="2024-03-02"),
      dict(kind="movement", origin="Gao", dest="Kidal", flags={"origin_inferred"})]),
    ("The army withdrew from several positions near Kidal on 14 May.", MAY20,
     [dict(kind="movement", origin="Kidal", dest=None, no_flags={"origin_inferred"})]),
    ("The minister returned from holiday in Italy on Sunday.", MAY20,
     [dict(kind="movement", origin="Italy", dest=None)]),
    ("Residents fled from their homes in Kherson to Odesa.", MAY20,
     [dict(kind="displacement", origin="Kherson", dest="Odesa")]),
]


# --- 6. Talks that are a trip's purpose --------------------------------------------------------
CASES_TRIP_TALKS: list = [
    ("Somalia's president travelled to Nairobi on Saturday for talks with Kenya's president.",
     MAY20, [dict(kind="movement", dest="Nairobi", date="2024-05-18"),
             dict(kind="meeting", loc="Nairobi", date="2024-05-18")]),
    ("The foreign minister flew to Ankara on Monday to hold talks with his Turkish "
     "counterpart.", MAY20, [dict(kind="movement", dest="Ankara", date="2024-05-20"),
                             dict(kind="meeting", loc="Ankara", date="2024-05-20")]),
    ("The governor, who went to Maiduguri on Sunday to meet with displaced families, called "
     "for calm.", MAY20, [dict(kind="movement", dest="Maiduguri", date="2024-05-19"),
                          dict(kind="meeting", loc="Maiduguri", date="2024-05-19")]),
    ("Troops moved to Bakhmut to reinforce the garrison.", MAY20,
     [dict(kind="movement", dest="Bakhmut")]),
    ("The envoy hopes to meet with rebel leaders in Doha.", MAY20, []),
]


# --- 7. A passive subject's list -------------------------------------------------------------
CASES_SUBJECT_LIST: list = [
    ("Kharkiv, Bakhmut and Kherson were hit by Russian missiles on Monday.", MAY20,
     [dict(kind="strike", loc="Kharkiv"), dict(kind="strike", loc="Bakhmut"),
      dict(kind="strike", loc="Kherson")]),
    ("Kadugli and Dilling came under heavy shelling on Sunday.", MAY20,
     [dict(kind="strike", loc="Kadugli", date="2024-05-19"),
      dict(kind="strike", loc="Dilling", date="2024-05-19")]),
    ("Fighters from Kharkiv and Kherson were killed in Bakhmut.", MAY20,
     [dict(kind="clash", loc="Bakhmut")]),
]


# --- 8. Tolls -------------------------------------------------------------------------------
CASES_TOLLS: list = [
    ("Russian drones killed two people and wounded nine in Kherson on Thursday.", MAY20,
     [dict(kind="strike", loc="Kherson", date="2024-05-16", fatal=2)]),
    ("Shelling killed three civilians and injured 11 others in Kharkiv on Sunday, the "
     "governor said.", MAY20, [dict(kind="strike", loc="Kharkiv", date="2024-05-19")]),
    ("Missiles killed four people in Odesa overnight, as the governor ordered residents of "
     "Kherson to evacuate.", MAY20,
     [dict(kind="strike", loc="Odesa", fatal=4),
      dict(kind="displacement", origin="Kherson", flags={"ordered"})]),
    ("Missiles killed four people in Odesa overnight, while rebels attacked Bakhmut.", MAY20,
     [dict(kind="strike", loc="Odesa"), dict(kind="clash", loc="Bakhmut")]),
]

# --- 9. Gangs and men on the ground ---------------------------------------------------------
CASES_GROUND: list = [
    ("Gang members set fire to homes in Mirebalais on Friday and killed at least seven people.",
     MAY20, [dict(kind="attack", loc="Mirebalais", date="2024-05-17")]),
    ("Protesters set fire to tyres in Nairobi on Monday.", MAY20,
     [dict(kind="riot", loc="Nairobi")]),
    ("Gunmen targeted a bus near Kandi on Wednesday, killing six passengers.", MAY20,
     [dict(kind="attack", loc="Kandi", date="2024-05-15")]),
    ("Bandits struck an army post near Gao, killing four soldiers.", MAY20,
     [dict(kind="clash", loc="Gao")]),
    ("Armed men fired rockets and struck a base near Gao.", MAY20,
     [dict(kind="strike", loc="Gao")]),
    ("Herders attacked three farming communities near Maiduguri on Sunday.", MAY20,
     [dict(kind="attack", loc="Maiduguri", date="2024-05-19")]),
    ("Armed men attacked farming settlements near Kandi on Monday.", MAY20,
     [dict(kind="attack", loc="Kandi")]),
    ("Rebels attacked army positions near Goma.", MAY20, [dict(kind="clash", loc="Goma")]),
]


# --- 10. More wording of events --------------------------------------------------------------
CASES_WORDING: list = [
    # Philippines, Somalia, India/China, Papua, Pakistan, South Sudan, Kenya, Mozambique
    ("The soldiers came under fire near Jolo on Monday.", MAY20,
     [dict(kind="clash", loc="Jolo", date="2024-05-20")]),
    ("A police patrol came under heavy fire near Gao.", MAY20, [dict(kind="clash", loc="Gao")]),
    ("The government's plan came under fire from lawmakers in Nairobi.", MAY20, []),
    ("A violent face-off between Indian and Chinese troops took place near Leh on Monday.",
     MAY20,
     [dict(kind="clash", loc="Leh")]),
    ("Jubaland forces were pushed out of Dolow by the evening.", MAY20,
     [dict(kind="capture", loc="Dolow")]),
    ("After weeks of fighting, by 17 July the Houthis had been driven from most of Aden.",
     D(2015, 8, 1),
     [dict(kind="capture", loc="Aden", date="2015-07-17")]),
    ("Residents were driven out of their homes in Kherson.", MAY20,
     [dict(kind="displacement", loc="Kherson")]),
    ("The insurgents fell back towards Mucojo on Monday.", MAY20,
     [dict(kind="movement", dest="Mucojo", flags={"unresolved"})]),
    ("Joint forces pursued the group from Beoga towards Ilaga.", MAY20,
     [dict(kind="movement", origin="Beoga", dest="Ilaga")]),
    ("About 300 families from Nawagai were shifted to a camp in Khar.", MAY20,
     [dict(kind="displacement", dest="Khar")]),
    ("Displaced families walked south towards Kapoeta.", MAY20,
     [dict(kind="displacement", dest="Kapoeta")]),
    ("Mortar rounds landed inside Mandera on Tuesday.", MAY20,
     [dict(kind="strike", loc="Mandera", date="2024-05-14")]),
    ("Rebels shelled camps near Goma on Friday. The shells landed in the Mugunga camp.", MAY20,
     [dict(kind="strike", loc="Goma", date="2024-05-17")]),
    ("Troops landed in Mogadishu on Monday.", MAY20, [dict(kind="movement", dest="Mogadishu")]),
    ("Gunmen shot dead two teachers in Beoga.", MAY20, [dict(kind="attack", loc="Beoga")]),
    ("Smaller groups of fighters moved to Doolow and Luuq on Monday.", MAY20,
     [dict(kind="movement", dest="Doolow", flags={"unresolved"}),
      dict(kind="movement", dest="Luuq")]),
    ("Hundreds of families fled Pibor and moved on to Lekuangole.", MAY20,
     [dict(kind="displacement", dest="Lekuangole", flags={"unresolved"})]),
    # everyday verbs of moving set a name only with forces or people on the move
    ("The striker moved to Arsenal in 2019.", MAY20, []),
    ("Shares fell back in London on Monday.", MAY20, []),
    ("Police pursued the suspect into Brooklyn.", MAY20, []),
    ("Manchester United were pushed out of the Champions League by Bayern in Munich.", MAY20,
     []),
    ("Government forces drove the rebels out of Kidal on Monday.", MAY20,
     [dict(kind="capture", loc="Kidal")]),
    ("The army's handling of the crisis came under fire from lawmakers in Kyiv.", MAY20, []),
    ("Two fighter jets landed in Tallinn on Monday.", MAY20, []),
    ("The rockets landed in Sderot on Monday, wounding two.", MAY20,
     [dict(kind="strike", loc="Sderot")]),
]


# --- 11. Dates in attributions, denials, exchanges, demonyms, a flight in a "while" clause ----
CASES_MORE: list = [
    ("On 7 May 2018 Haftar told reporters that the army was ready. Warplanes bombed "
     "militia positions in Derna on 16 May.", None,
     [dict(kind="strike", loc="Derna", date="2018-05-16")]),
    ("Thousands fled Rafah, while some 800 others went to Khan Younis.", MAY20,
     [dict(kind="displacement", origin="Rafah"),
      dict(kind="displacement", dest="Khan Younis")]),
    ("Drones killed two people in Kherson and wounded nine in Odesa on Monday.", MAY20,
     [dict(kind="strike", loc="Kherson")]),
    ("The rebels' claim that the security forces burned houses in Beoga is a lie.", MAY20, []),
    ("Allegations that soldiers shelled Kharkiv are baseless, the ministry said.", MAY20, []),
    ("Troops burned houses in Beoga on Monday, the rebels said.", MAY20,
     [dict(kind="attack", loc="Beoga")]),
    ("Armenian and Azerbaijani forces exchanged artillery fire on Tuesday near Jermuk.", MAY20,
     [dict(kind="clash", loc="Jermuk", date="2024-05-14")]),
    ("On 14 May 2015 ISIL launched a major assault on Ramadi, detonating several suicide car "
     "bombs at the gates of the compound.", None,
     [dict(kind="clash", loc="Ramadi", date="2015-05-14"),
      dict(kind="strike", loc="Ramadi", date="2015-05-14")]),
    ("Hundreds of Palestinian refugees fled the camp near Tripoli on Monday.", MAY20,
     [dict(kind="displacement", loc="Tripoli", origin=None)]),
    ("Around 2,000 civilians reached Myitkyina on Tuesday, while some 800 others were "
     "evacuated by boat to Mogaung.", MAY20,
     [dict(kind="displacement", dest="Myitkyina", date="2024-05-14"),
      dict(kind="displacement", dest="Mogaung", date="2024-05-14")]),
]


# --- 12. Headlines, buses, resistance ------------------------------------------------------------
CASES_HEADLINES: list = [
    ("Ukraine pulls troops out of Avdiivka as Russia presses offensive", MAY20,
     [dict(kind="movement", origin="Avdiivka")]),
    ("Fighters who rejected the deal were bussed with their families to Idlib.", MAY20,
     [dict(kind="movement", dest="Idlib")]),
    ("Students bused to school in Kharkiv were late on Monday.", MAY20, []),
    ("Over the past day, the enemy continued to shell settlements of the Kharkiv region.",
     MAY20, [dict(kind="strike", loc="Kharkiv")]),
    ("Iraqi forces met fierce resistance in Fallujah on Monday.", MAY20,
     [dict(kind="clash", loc="Fallujah")]),
    ("The minister met fierce criticism in Fallujah on Monday.", MAY20, []),
    ("Soldiers intervened and engaged the assailants near Mozogo.", MAY20,
     [dict(kind="clash", loc="Mozogo")]),
    ("The army denied that troops shelled Kharkiv.", MAY20, []),
    ("Thousands of residents were driven from Rafah on Monday.", MAY20,
     [dict(kind="displacement", origin="Rafah")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("unlisted", CASES_UNLISTED), ("known_first", CASES_KNOWN_FIRST), ("counts", CASES_COUNTS),
    ("armed_flee", CASES_ARMED_FLEE), ("withdrawals", CASES_WITHDRAWALS),
    ("trip_talks", CASES_TRIP_TALKS), ("subject_list", CASES_SUBJECT_LIST),
    ("tolls", CASES_TOLLS), ("ground", CASES_GROUND), ("wording", CASES_WORDING),
    ("more", CASES_MORE), ("headlines", CASES_HEADLINES),
]))
def test_wording_cases(text: str, published: dt.date | None, expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published)
    check_events(text, events, expected)
