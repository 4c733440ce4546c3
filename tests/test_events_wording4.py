"""Events stage: owners' areas, repeats that narrow a place, shelters, and burning (round 4).

(text, published, expected) cases written for these tests in the style of UN and UNHCR
updates and wire news, from several conflicts; none is taken from the dev set. Classes:

1. a country's area with lowercase words between ("Pakistan's southwestern Balochistan
   province", "India's northeastern state of Manipur") is where: the owner only qualifies
   it; an owner before a person ("Pakistan's army chief") still names who;
2. a definite repeat with a town of its own ("The attack took place in Bama") narrows the
   area of the event it repeats (Borno state) to that town: one event, not two; a repeat
   on another day, or in a town outside the area, stays its own event; a wire story's
   lead on the first line is no title, so its second sentence can be the repeat;
3. a direction governs a shelter or a crossing, and the name after it says where that is:
   "from the transit centre in Renk to Malakal" leaves Renk; "to camps on the outskirts
   of Baidoa" goes to Baidoa;
4. residents (villagers, families) of a place who flee leave from it; an attack on them
   stays there;
5. burning or setting fire to homes and vehicles is a riot, like torching (an attack when
   armed men do it: round 5, tests/test_events_wording5.py); gunfire between sides is a
   clash; rioters and looters who attack make a riot;
6. burning or looting told beside an armed attack of the same subject is part of it ("raided
   the village, looting shops and burning homes"; "set fire to vehicles and attacked a
   police station"); after a comma and a subject of its own it stays an event;
7. a negation inside a relative clause is that clause's own ("Missiles that were not
   intercepted hit Kryvyi Rih" is a strike, by missiles); "did not strike" stays negated;
8. air defences that destroy missiles or drones intercept them; destroying a drone depot
   or a missile launcher does not; bombers or jets flown from a country are a weapon's
   path, not forces moving;
9. "occupied" before a name is an adjective ("the occupied West Bank", "Russia's occupied
   Crimea"); "troops occupied Kherson" is a capture;
10. "heading to X" and "heading into X" go to X; leaving a place "by bus" or "on foot" is a
    flight or a movement from it, as "left for X" is one to X ("left 5 dead" stays none);
11. a definite repeat at a place the gazetteer lacks ("The attack on Abu Shouk camp") is the
    event told in the sentence just before, not one told earlier; an undated repeat
    ("The strikes hit a village in Kanbalu township") narrows the event it repeats rather
    than joining a later one; so does a noun trigger merged with its verb ("The strike hit
    the car near Nabatieh");
12. people who flee violence in a place ("fled fighting in Middle Shabelle to camps near
    Baidoa", "fleeing violence in El Geneina") leave from it, and the flight's places run on
    past the violence it names;
13. "35 kidnapped persons", "the abducted schoolgirls": a participle describing victims is
    no event; forces that surround a town fight there, an abstract subject does not;
14. an attack on a country "killing three people in Kharkiv" is in the town the toll names,
    when the town is in that country;
15. a title's date is the report's: "Flash Update #3: Hostilities in Tripoli, 31 August
    2023" repeats the clashes of 14 August told below it; "in the Libyan capital, Tripoli"
    names the place in apposition;
16. a facility the gazetteer lacks, named after a town the text resolves ("the Battle of
    Hostomel Airport"), is at that town, with a low confidence that flags the guess;
17. "Hours later" and "Later that day" keep the story's day into a new paragraph; a bare
    "later" does not;
18. a flight with a destination but no origin starts at the town attacked in the same
    sentence or at most two sentences before it, in the same paragraph (flagged
    "origin_inferred"); never from another paragraph;
19. an earlier date in the pluperfect ("The city had been captured by ISIL in June 2014")
    does not take a Wikipedia narrative back to that year; an ordinal before "Battle" is no
    name ("The Second Battle of Tal Afar was launched ..." is a clash); helicopters as the
    subject of an attack make it a strike, a helicopter shot down or attacked does not.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution

PLACES: dict[str, tuple[str, str, str]] = {
    "Pakistan": ("country", "PK", ""), "Balochistan": ("admin1", "PK", ""),
    "Quetta": ("city", "PK", "Balochistan"), "Musakhel": ("city", "PK", "Balochistan"),
    "Kalat": ("city", "PK", "Balochistan"), "India": ("country", "IN", ""),
    "Manipur": ("admin1", "IN", ""), "Nigeria": ("country", "NG", ""),
    "Borno": ("admin1", "NG", ""), "Bama": ("city", "NG", "Borno"),
    "Kano": ("city", "NG", "Kano"), "Somalia": ("country", "SO", ""),
    "Kismayo": ("city", "SO", "Lower Juba"), "Baidoa": ("city", "SO", "Bay"),
    "Middle Shabelle": ("admin1", "SO", ""), "Renk": ("city", "SS", "Upper Nile"),
    "Malakal": ("city", "SS", "Upper Nile"), "South Sudan": ("country", "SS", ""),
    "Bria": ("city", "CF", "Haute-Kotto"), "Macomia": ("city", "MZ", "Cabo Delgado"),
    "Pemba": ("city", "MZ", "Cabo Delgado"), "Kidal": ("city", "ML", "Kidal"),
    "Goma": ("city", "CD", "North Kivu"), "Kaya": ("city", "BF", "Centre-Nord"),
    "Dori": ("city", "BF", "Sahel"), "Tahoua": ("city", "NE", "Tahoua"),
    "Gao": ("city", "ML", "Gao"), "Durban": ("city", "ZA", "KwaZulu-Natal"),
    "Soweto": ("city", "ZA", "Gauteng"), "Jiribam": ("city", "IN", "Manipur"),
    "Kuriga": ("city", "NG", "Kaduna"), "Port-au-Prince": ("city", "HT", "Ouest"),
    "Ukraine": ("country", "UA", ""), "Russia": ("country", "RU", ""),
    "Kursk": ("admin1", "RU", ""), "Uvira": ("city", "CD", "South Kivu"),
    "Burundi": ("country", "BI", ""), "Odesa": ("admin1", "UA", ""),
    "Kryvyi Rih": ("city", "UA", "Dnipropetrovsk"), "Kyiv": ("city", "UA", "Kyiv"),
    "Donetsk": ("city", "UA", "Donetsk"), "West Bank": ("region", "PS", ""),
    "Jenin": ("city", "PS", "Jenin"), "Crimea": ("admin1", "UA", ""),
    "Kherson": ("city", "UA", "Kherson"), "Sevastopol": ("city", "UA", "Sevastopol"),
    "Les Cayes": ("city", "HT", "Sud"), "Port-de-Paix": ("city", "HT", "Nord-Ouest"),
    "Chad": ("country", "TD", ""), "El Fasher": ("city", "SD", "North Darfur"),
    "Abu Shouk": ("camp", "SD", "North Darfur"), "Sagaing": ("admin1", "MM", ""),
    "Kanbalu": ("city", "MM", "Sagaing"), "Zamzam": ("camp", "SD", "North Darfur"),
    "Eilat": ("city", "IL", "Southern District"), "Yemen": ("country", "YE", ""),
    "Lebanon": ("country", "LB", ""), "Nabatieh": ("city", "LB", "Nabatieh"),
    "Adré": ("city", "TD", "Ouaddaï"), "El Geneina": ("city", "SD", "West Darfur"),
    "Khartoum": ("city", "SD", "Khartoum"), "Gwoza": ("city", "NG", "Borno"),
    "Gusau": ("city", "NG", "Zamfara"), "Bakhmut": ("city", "UA", "Donetsk"),
    "Kharkiv": ("city", "UA", "Kharkiv"), "Sudan": ("country", "SD", ""),
    "N'Djamena": ("city", "TD", "N'Djamena"), "Tripoli": ("city", "LY", "Tripoli"),
    "Libya": ("country", "LY", ""), "Zaporizhzhia": ("city", "UA", "Zaporizhzhia"),
    "Kosti": ("city", "SD", "White Nile"), "Palma": ("city", "MZ", "Cabo Delgado"),
    "Maiduguri": ("city", "NG", "Borno"), "Tal Afar": ("city", "IQ", "Nineveh"),
    "Voronezh": ("city", "RU", "Voronezh"),
    "Syria": ("country", "SY", ""), "United States": ("country", "US", ""),
}
_UNLISTED = ("Abu Shouk", "Zamzam")
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
D = dt.date


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, _ID.__getitem__, unresolved=_UNLISTED)


# --- 1. A country's area with lowercase words between --------------------------------------
CASES_OWNED_AREA: list = [
    # Pakistan: the dateline's city is not where
    ("QUETTA, Pakistan (AP) - Gunmen ambushed a bus on a highway in Pakistan's southwestern "
     "Balochistan province on Monday, killing 23 people.", D(2024, 8, 26),
     [dict(kind="attack", loc="Balochistan", no_flags={"place_inferred"})]),
    # India: "state of"
    ("Militants fired rockets at a village in India's northeastern state of Manipur on "
     "Saturday.", D(2024, 9, 8),
     [dict(kind="strike", loc="Manipur", date="2024-09-07")]),
    # Nigeria
    ("Boko Haram fighters attacked a military base in Nigeria's restive northeastern Borno "
     "state on Friday.", D(2024, 3, 4),
     [dict(kind="clash", loc="Borno")]),
    # Russia, capitalised as before
    ("Ukrainian forces advanced into Russia's Kursk region on Tuesday.", D(2024, 8, 7),
     [dict(kind="movement", dest="Kursk")]),
    # the owner of a person still names who
    ("Pakistan's army chief visited Quetta on Monday.", D(2024, 8, 26),
     [dict(kind="movement", dest="Quetta")]),
]

# --- 2. A definite repeat narrows the area of the event it repeats -------------------------
CASES_NARROWS: list = [
    # Pakistan, wire lead on the first line
    ("Gunmen ambushed a bus in Balochistan on Monday, killing 23 people.\nThe attack took "
     "place in Musakhel, officials said.", D(2024, 8, 26),
     [dict(kind="attack", loc="Musakhel", date="2024-08-26", flags={"merged_in_article"})]),
    # Somalia: a distance from a town
    ("U.S. forces conducted an airstrike in Somalia on Feb. 10. The strike took place about "
     "40 kilometers southwest of Baidoa.", D(2024, 2, 12),
     [dict(kind="strike", loc="Baidoa", date="2024-02-10", flags={"near"})]),
    # Nigeria
    ("Insurgents attacked a village in Borno on Sunday. The attack took place near Bama.",
     D(2024, 3, 4),  # (an attack on a village is on civilians: round 5)
     [dict(kind="attack", loc="Bama", date="2024-03-03")]),
    # a town outside the area: another event
    ("Insurgents attacked a village in Borno on Sunday. The attack in Kano on Monday killed "
     "three.", D(2024, 3, 4),
     [dict(kind="attack", loc="Borno"), dict(kind="clash", loc="Kano", date="2024-03-04")]),
    # another day: another event
    ("Insurgents attacked a village in Borno on Sunday. The attack near Bama on Monday "
     "killed three.", D(2024, 3, 4),
     [dict(kind="attack", loc="Borno"), dict(kind="clash", loc="Bama", date="2024-03-04")]),
]

# --- 3. A direction governs a shelter or a crossing ----------------------------------------
CASES_SHELTERS: list = [
    # South Sudan, UNHCR style
    ("UNHCR relocated 3,200 refugees from the transit centre in Renk to Malakal on 12 May.",
     D(2024, 5, 20),
     [dict(kind="displacement", origin="Renk", dest="Malakal", date="2024-05-12")]),
    # Somalia
    ("Thousands of families fled from Middle Shabelle to camps on the outskirts of Baidoa in "
     "March.", D(2024, 5, 20),
     [dict(kind="displacement", origin="Middle Shabelle", dest="Baidoa")]),
    # DR Congo
    ("About 5,000 people fled to displacement camps near Goma on Tuesday.", D(2024, 2, 9),
     [dict(kind="displacement", dest="Goma")]),
    # Burkina Faso
    ("Some 800 people returned from the displacement site in Kaya to Dori last week.",
     D(2024, 5, 20),
     [dict(kind="movement", origin="Kaya", dest="Dori")]),
]

# --- 4. Residents who flee leave from their place ------------------------------------------
CASES_RESIDENTS: list = [
    # Central African Republic
    ("About 2,000 residents of Bria fled across the border into South Sudan on Monday.",
     D(2024, 5, 20),
     [dict(kind="displacement", origin="Bria", dest="South Sudan")]),
    # Mozambique
    ("Hundreds of residents of Macomia fled to Pemba after the attack on Friday.",
     D(2024, 5, 13),
     [dict(kind="displacement", origin="Macomia", dest="Pemba")]),
    # DR Congo: villagers
    ("Villagers from Uvira fled into Burundi on Sunday.", D(2024, 2, 12),
     [dict(kind="displacement", origin="Uvira", dest="Burundi")]),
    # an attack on residents stays where they are
    ("Gunmen attacked residents of Kidal on Tuesday.", D(2024, 5, 20),
     [dict(kind="attack", loc="Kidal")]),
]

# --- 5. Burning, gunfire between sides, rioters --------------------------------------------
CASES_BURNING: list = [
    # Niger
    ("Armed men burned homes in Tahoua last week.", D(2024, 5, 20),
     [dict(kind="attack", loc="Tahoua")]),  # armed men: an attack (round 5)
    # Pakistan
    ("Militants set fire to 35 vehicles in Kalat on Monday.", D(2024, 8, 26),
     [dict(kind="attack", loc="Kalat", date="2024-08-26")]),  # armed men (round 5)
    # India
    ("Gunfire between armed groups in Jiribam killed five people on Monday.", D(2024, 9, 9),
     [dict(kind="clash", loc="Jiribam", fatal=5)]),
    # South Africa
    ("Rioters attacked shops in Durban on Monday.", D(2021, 7, 13),
     [dict(kind="riot", loc="Durban", date="2021-07-12")]),
    # Haiti
    ("Looters stormed warehouses in Port-au-Prince on Friday.", D(2024, 3, 11),
     [dict(kind="riot", loc="Port-au-Prince")]),
    # a fire that is no attack
    ("A fire burned for hours in Durban on Monday.", D(2021, 7, 13), []),
]

# --- 6. Burning or looting beside an armed attack is part of it ----------------------------
CASES_PART_OF_RAID: list = [
    # Nigeria: participles after the raid
    ("Gunmen raided the village of Kuriga on Thursday, looting shops and burning homes.",
     D(2024, 3, 9),
     [dict(kind="attack", loc="Kuriga", date="2024-03-07")]),
    # South Sudan
    ("Armed youth attacked a humanitarian convoy near Malakal on 15 May, looting food "
     "supplies.", D(2024, 5, 20),
     [dict(kind="clash", loc="Malakal", date="2024-05-15")]),
    # Pakistan: two verbs of one subject
    ("Militants set fire to 35 vehicles and attacked a police station in Kalat on Monday.",
     D(2024, 8, 26),
     [dict(kind="clash", loc="Kalat")]),
    # Mali
    ("Jihadists attacked the market in Gao and burned dozens of shops on Friday.",
     D(2024, 5, 20),
     [dict(kind="attack", loc="Gao")]),
    # a subject of its own after a comma: two events
    ("Rioters torched vehicles in Durban, and soldiers clashed with gunmen in Soweto on "
     "Monday.", D(2021, 7, 13),
     [dict(kind="riot", loc="Durban"), dict(kind="clash", loc="Soweto")]),
]


# --- 7. A negation inside a relative clause -------------------------------------------------
CASES_RELATIVE_NEGATION: list = [
    # Ukraine
    ("Missiles that were not intercepted hit an industrial facility in Kryvyi Rih on 14 June, "
     "killing 11 people.", D(2023, 6, 15),
     [dict(kind="strike", loc="Kryvyi Rih", date="2023-06-14", actor1="Missiles", fatal=11)]),
    # Somalia
    ("Fighters who were never caught attacked Kismayo on Monday.", D(2024, 5, 20),
     [dict(kind="clash", loc="Kismayo", actor1="Fighters")]),
    # the negation of the main verb stays
    ("Russian forces did not strike Kyiv on Monday.", D(2024, 5, 20), []),
]

# --- 8. Air defences destroying missiles intercept them ------------------------------------
CASES_DESTROYED_IN_FLIGHT: list = [
    # Ukraine, ministry statement
    ("Air defence forces destroyed 10 of the cruise missiles over Odesa on 14 June.",
     D(2023, 6, 15),
     [dict(kind="interception", loc="Odesa", date="2023-06-14")]),
    # Israel / Yemen
    ("The Arrow system destroyed two drones over Eilat on Tuesday.", D(2024, 5, 20),
     [dict(kind="interception", loc="Eilat", date="2024-05-14")]),
    # not in flight: a depot is a target
    ("Ukrainian troops destroyed a drone depot near Donetsk on Monday.", D(2024, 5, 20),
     [dict(kind="strike", loc="Donetsk")]),
    # Iraq / Syria, CENTCOM style: the bombers' path is no movement
    ("U.S. forces conducted airstrikes in Syria on Feb. 2, with long-range bombers flown "
     "from the United States.", D(2024, 2, 3),
     [dict(kind="strike", loc="Syria", date="2024-02-02")]),
]

# --- 9. "occupied" before a name is an adjective -------------------------------------------
CASES_OCCUPIED: list = [
    # West Bank
    ("Israeli troops raided the Jenin refugee camp in the occupied West Bank on Wednesday.",
     D(2024, 5, 20),
     [dict(kind="attack", loc="Jenin")]),
    # Ukraine
    ("Ukraine struck a naval base in Sevastopol in Russia's occupied Crimea on Friday.",
     D(2023, 9, 23),
     [dict(kind="strike", loc="Sevastopol")]),
    # a verb: a capture
    ("Russian troops occupied Kherson in March 2022.", None,
     [dict(kind="capture", loc="Kherson", date="2022-03-01")]),
]

# --- 10. Heading to a place goes there ------------------------------------------------------
CASES_HEADING: list = [
    # Haiti
    ("On 4 April, about 1,200 people left Port-au-Prince for the south by bus, many of them "
     "heading to Les Cayes.", D(2024, 4, 12),
     [dict(kind="displacement", origin="Port-au-Prince", dest="Les Cayes")]),
    # Sudan / Chad
    ("Thousands of refugees were heading into Chad on Monday.", D(2024, 5, 20),
     [dict(kind="displacement", dest="Chad")]),
    # Haiti, IOM style: a means of travel, no destination
    ("On 4 April, about 1,200 people left Port-au-Prince by bus.", D(2024, 4, 12),
     [dict(kind="displacement", origin="Port-au-Prince", date="2024-04-04")]),
    # Sudan
    ("Thousands of families left Khartoum on foot on Monday.", D(2023, 4, 25),
     [dict(kind="displacement", origin="Khartoum")]),
    # no flight
    ("Soldiers left 5 dead in Khartoum on Monday.", D(2023, 4, 25), []),
]

# --- 11. Which event a definite repeat repeats ----------------------------------------------
CASES_REPEAT_TARGET: list = [
    # Sudan: a camp the gazetteer lacks, told right after the shelling
    ("The RSF shelled a camp near El Fasher on Saturday, killing 40 people. The attack on Abu "
     "Shouk camp drew condemnation.", D(2024, 5, 20),
     [dict(kind="strike", loc="El Fasher", flags={"merged_in_article"})]),
    # told two sentences later, it is not the event just before
    ("The RSF shelled a camp near El Fasher on Saturday. Aid agencies warned of famine. The "
     "attack on Zamzam camp drew condemnation.", D(2024, 5, 20),
     [dict(kind="strike", loc="El Fasher"), dict(kind="clash", loc="Zamzam")]),
    # Myanmar: the undated repeat narrows the first strike, not the claim after it
    ("The military carried out air strikes on a village in Sagaing on Tuesday. The strikes "
     "hit a village in Kanbalu township.", D(2023, 4, 12),
     [dict(kind="strike", loc="Kanbalu", date="2023-04-11", flags={"merged_in_article"})]),
]

CASES_REPEAT_TARGET += [
    # Lebanon: a noun trigger merged with its verb
    ("An Israeli airstrike on a car in Lebanon killed two men on Thursday. The strike hit the "
     "car near Nabatieh.", D(2024, 5, 17),
     [dict(kind="strike", loc="Nabatieh", date="2024-05-16", flags={"merged_in_article"})]),
]

# --- 12. Fleeing violence in a place leaves from it ----------------------------------------
CASES_FLED_VIOLENCE: list = [
    # Somalia
    ("Thousands of families fled fighting in Middle Shabelle to camps on the outskirts of "
     "Baidoa on 3 May.", D(2024, 5, 20),
     [dict(kind="displacement", origin="Middle Shabelle", dest="Baidoa"),
      dict(kind="clash", loc="Middle Shabelle")]),
    # Sudan / Chad
    ("Most of the 2,300 refugees were women and children fleeing violence in El Geneina on "
     "Monday.", D(2024, 5, 20),
     [dict(kind="displacement", origin="El Geneina")]),
    # the fighting as the object, with "the"
    ("Residents fled the fighting in Khartoum on Monday.", D(2023, 4, 20),
     [dict(kind="displacement", origin="Khartoum"), dict(kind="clash", loc="Khartoum")]),
]

# --- 13. Victims described by a participle; forces that surround ---------------------------
CASES_DESCRIBED: list = [
    # Nigeria: a rescue of victims is no kidnapping
    ("Troops rescued 35 kidnapped persons from a forest near Gwoza on Monday.", D(2024, 7, 22),
     []),
    ("The abducted schoolgirls were freed in Gusau on Sunday.", D(2024, 3, 25), []),
    # the verb still is one
    ("Gunmen kidnapped students from a school in Gusau on Thursday.", D(2024, 3, 9),
     [dict(kind="attack", loc="Gusau")]),
    # Ukraine
    ("Wagner forces surrounded Bakhmut on three sides in February.", D(2023, 3, 1),
     [dict(kind="clash", loc="Bakhmut")]),
    ("Russia surrounded Bakhmut in February.", D(2023, 3, 1),
     [dict(kind="clash", loc="Bakhmut")]),
    ("Skepticism surrounded the assurances given in Khartoum.", D(2023, 3, 1), []),
]

# --- 14. The town of the toll in a country attacked ----------------------------------------
CASES_TOLL_TOWN: list = [
    # Ukraine
    ("Russia launched a massive drone attack on Ukraine on Saturday, knocking out power and "
     "killing at least three people in Kharkiv.", D(2024, 2, 10),
     [dict(kind="strike", loc="Kharkiv")]),
    # Lebanon
    ("Israel struck Lebanon on Monday, killing five people in Nabatieh.", D(2024, 5, 20),
     [dict(kind="strike", loc="Nabatieh")]),
    # a town in another country says nothing of where
    ("Drones struck Sudan on Monday, killing ten people in N'Djamena.", D(2024, 5, 20),
     [dict(kind="strike", loc="Sudan")]),
]

# --- 15. A title's date; a name in apposition ----------------------------------------------
CASES_TITLE_DATE: list = [
    # Libya, OCHA style
    ("Flash Update #3: Hostilities in Tripoli, Libya, 31 August 2023\nClashes erupted in "
     "Tripoli on 14 August between two armed groups.", D(2023, 8, 31),
     [dict(kind="clash", loc="Tripoli", date="2023-08-14", flags={"merged_in_article"})]),
    # Ukraine
    ("Ukraine: Strikes on Zaporizhzhia, 3 October 2024\nOn 1 October, a guided bomb struck a "
     "residential building in Zaporizhzhia.", D(2024, 10, 3),
     [dict(kind="strike", loc="Zaporizhzhia", date="2024-10-01")]),
    # apposition
    ("Clashes erupted on 14 August between two armed groups in the Libyan capital, Tripoli.",
     D(2023, 8, 31),
     [dict(kind="clash", loc="Tripoli", no_flags={"place_inferred"})]),
]

# --- 17. "Hours later" keeps the day across a paragraph -------------------------------------
CASES_HOURS_LATER: list = [
    # Pakistan
    ("Gunmen attacked a bus in Musakhel on Monday.\nHours later, militants attacked a police "
     "station in Kalat.", D(2024, 8, 28),
     [dict(kind="attack", loc="Musakhel", date="2024-08-26"),
      dict(kind="clash", loc="Kalat", date="2024-08-26", flags={"date_inferred"})]),
    # Sudan
    ("The RSF shelled El Fasher on 10 May.\nLater that day, fighters stormed Kosti.",
     D(2024, 5, 20),
     [dict(kind="strike", loc="El Fasher", date="2024-05-10"),
      dict(kind="clash", loc="Kosti", date="2024-05-10")]),
    # a bare "later" is no day
    ("The RSF shelled El Fasher on 10 May.\nFighters later stormed Kosti.", D(2024, 5, 20),
     [dict(kind="strike", loc="El Fasher", date="2024-05-10"),
      dict(kind="clash", loc="Kosti", date=None)]),
]

# --- 18. A flight starts at the town just attacked ------------------------------------------
CASES_FLED_FROM_ATTACK: list = [
    # Mozambique, government statement style: one sentence between
    ("On 24 March, insurgents attacked Palma. Security forces are restoring order. Thousands "
     "fled to Pemba.", D(2021, 3, 29),
     [dict(kind="clash", loc="Palma"),
      dict(kind="displacement", origin="Palma", dest="Pemba", flags={"origin_inferred"})]),
    # Mali, same sentence (the verb after "and" shares the attack's place already)
    ("Jihadists attacked Gao on Monday and hundreds of families fled to Kidal.",
     D(2024, 5, 20),
     [dict(kind="clash", loc="Gao"), dict(kind="displacement", origin="Gao", dest="Kidal")]),
    # Nigeria, the sentence just before
    ("Gunmen raided Bama on Sunday. Hundreds of families fled to Maiduguri.", D(2024, 3, 4),
     [dict(kind="clash", loc="Bama"),
      dict(kind="displacement", origin="Bama", dest="Maiduguri", flags={"origin_inferred"})]),
    # another paragraph: no origin
    ("Insurgents attacked Palma on 24 March.\nThousands fled to Pemba in April.",
     D(2021, 5, 1),
     [dict(kind="clash", loc="Palma"),
      dict(kind="displacement", origin=None, dest="Pemba")]),
]

# --- 19. Flashbacks, ordinal battle names, helicopters --------------------------------------
CASES_NARRATIVE: list = [
    # Iraq, Wikipedia style with no publication date
    ("The Second Battle of Tal Afar was launched by Iraqi forces on 20 August 2017. The city "
     "had been captured by ISIL in June 2014. Iraqi troops captured Tal Afar on 26 August.",
     None,
     [dict(kind="clash", loc="Tal Afar", date="2017-08-20"),
      dict(kind="capture", loc="The city", date="2014-06-01"),
      dict(kind="capture", loc="Tal Afar", date="2017-08-26")]),
    # Russia
    ("Russian military helicopters attacked the convoy near Voronezh on 24 June 2023.", None,
     [dict(kind="strike", loc="Voronezh")]),
    # DR Congo: the helicopter is what was downed, the attack is on the ground
    ("Rebels shot down a helicopter and attacked Goma on Monday.", D(2024, 5, 20),
     [dict(kind="clash", loc="Goma"), dict(kind="interception")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("owned_area", CASES_OWNED_AREA), ("narrows", CASES_NARROWS),
    ("shelters", CASES_SHELTERS), ("residents", CASES_RESIDENTS),
    ("burning", CASES_BURNING), ("raid", CASES_PART_OF_RAID),
    ("relative_negation", CASES_RELATIVE_NEGATION), ("in_flight", CASES_DESTROYED_IN_FLIGHT),
    ("occupied", CASES_OCCUPIED), ("heading", CASES_HEADING),
    ("repeat_target", CASES_REPEAT_TARGET), ("fled_violence", CASES_FLED_VIOLENCE),
    ("described", CASES_DESCRIBED), ("toll_town", CASES_TOLL_TOWN),
    ("title_date", CASES_TITLE_DATE), ("hours_later", CASES_HOURS_LATER),
    ("fled_from_attack", CASES_FLED_FROM_ATTACK), ("narrative", CASES_NARRATIVE),
]))
def test_wording_cases(text: str, published: dt.date | None, expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published)
    check_events(text, events, expected)


# --- 16. A facility named after a town the text resolves -----------------------------------
@pytest.mark.parametrize(("text", "facility", "town"), [
    # Ukraine, Wikipedia style: the battle's name, the town resolved later in the text
    ("The Battle of Hostomel Airport began on 24 February 2022. Russian paratroopers landed "
     "near Hostomel.", "Hostomel Airport", "Hostomel"),
    # Sudan
    ("Fighting broke out at Kosti Airport on Monday. Residents of Kosti fled.",
     "Kosti Airport", "Kosti"),
    # a qualifier before the facility word
    ("Shells hit Kosti International Airport on Monday. Residents of Kosti fled.",
     "Kosti International Airport", "Kosti"),
])
def test_facility_named_after_a_resolved_town(text: str, facility: str, town: str) -> None:
    from geo.events.unlisted import unlisted

    places = {town: ("city", "UA" if town == "Hostomel" else "SD", "")}
    # the town's own mention inside the facility's name is no place of its own (in a name)
    ordered = [r for r in place_resolutions(text, places, lambda name: 7)
               if not text.startswith(facility, r.mention.start)]
    found = {r.mention.text: r for r in unlisted(text, ordered)}
    res = found[facility]
    assert res.place is not None and res.place.name == town
    assert res.low_confidence  # a guess, flagged on the events at it


def test_facility_of_an_unresolved_name_stays_unresolved() -> None:
    from geo.events.unlisted import unlisted

    text = "The RSF shelled Abu Shouk camp on Saturday."
    assert [(r.mention.text, r.place) for r in unlisted(text, [])] == [("Abu Shouk", None)]


def test_an_ordinal_is_no_actor() -> None:
    # "The Second Battle of Tal Afar": the battle's number names no one
    text = "The Second Battle of Tal Afar began on 20 August 2017."
    events = extract_events(text, _resolutions(text))
    assert [(e.kind, e.actor1) for e in events] == [("clash", None)]
