"""Events stage: where an event is, read from how a sentence places its names (round 3).

(text, published, expected) cases written for these tests in the style of UN and UNHCR
updates, wire news and Wikipedia narratives, from several conflicts; none is taken from the
dev set. Classes:

1. "between" two towns says where ("ambushed a convoy between Kaya and Dori"); between two
   countries or two sides it names who ("talks between Chad and Sudan");
2. an area is never "in" a city: "the governor of North Darfur in Port Sudan" puts the
   meeting in Port Sudan, and a place inside the subject ("the UN envoy in Sudan met ...")
   or before "where" ("North Kivu, where fighting intensified around Sake") gives way to
   the place the clause names after its verb;
3. "the town" refers back to the town named as one ("the town of Mirebalais"), never to a
   landmark that distances are measured from ("50 km northeast of Port-au-Prince");
4. a past participle right after its noun and before a place, with the clause's own verb
   still to come, is a reduced relative clause and no event ("troops deployed in the
   province retook the town");
5. "two days later" is two days after the day the story has reached;
6. a running total of the dead ("Since the war began, 15,000 people have been killed") is a
   tally, not an event; a toll with its own attack, or since a recent day, stays one;
7. "since 2012" after a trigger that is not in the perfect dates a state ("a town held by
   separatists since 2012"), not the event; "have shelled X since Monday" keeps it;
8. an event named in a time adjunct "ahead of" or "in the run-up to" is told elsewhere, and
   "It was the second mass kidnapping this week" ranks an event told before;
9. a place the gazetteer lacks that an event was at ("the town of Kuriga") stays the place
   in focus for the sentences after it, unresolved, instead of the dateline's city; after a
   withdrawal from X to Y the story stays at X;
10. a "displacement site" is where the displaced live, not a flight; "People's" in a name
    ("Tigray People's Liberation Front") is no civilians;
11. "..., followed by a ground invasion on 27 October" is an event of its own at the place
    just named, and a date past another event's trigger is that event's, not this one's;
12. ", and in Zaporizhzhia a drone struck" opens a clause of its own: the trigger before it
    keeps its own place;
13. "an attack on Ukraine's energy infrastructure" is at Ukraine (a possessive before a
    target is a place, not an actor); "attacks on U.S. and Coalition personnel" name no
    place (both names modify the noun);
14. "These strikes were in response to attacks on X" says why the strikes told before were
    made: no new strikes at X;
15. people counted right after the verb ("relocated 1,500 people from X to Y") are
    civilians: a displacement;
16. "left (by road) for X" and "departed for X" move someone to X; "left 5 dead", "left for
    dead" and "left for good" do not;
17. "shot down a missile launched from Yemen over the Red Sea": the weapon's places are the
    interception's, and the weapon is what was intercepted, no strike of its own (round 5,
    tests/test_events_wording5.py); drones that cross a border are no movement of forces;
18. "marched against" is a protest; violence told after a semicolon shares the place of the
    clause before it;
19. an attack on a mosque, church, market, school or hospital is violence against civilians;
    attackers, assailants and bandits who flee are armed men moving, not displaced people;
20. forces that encircle a town fight there; "was destroyed by an airstrike" and "were
    killed in a drone strike" tell the strike as happening.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution

PLACES: dict[str, tuple[str, str, str]] = {
    "Kaya": ("city", "BF", "Centre-Nord"), "Dori": ("city", "BF", "Sahel"),
    "Burkina Faso": ("country", "BF", ""), "Goma": ("city", "CD", "North Kivu"),
    "Sake": ("city", "CD", "North Kivu"), "Chad": ("country", "TD", ""),
    "Sudan": ("country", "SD", ""), "Khartoum": ("city", "SD", "Khartoum"),
    "Kharkiv": ("city", "UA", "Kharkiv"), "Izium": ("city", "UA", "Kharkiv"),
    "Armenia": ("country", "AM", ""), "Azerbaijan": ("country", "AZ", ""),
    "North Darfur": ("admin1", "SD", ""), "Port Sudan": ("city", "SD", "Red Sea"),
    "Tigray": ("admin1", "ET", ""), "Addis Ababa": ("city", "ET", "Addis Ababa"),
    "Ethiopia": ("country", "ET", ""), "Kabul": ("city", "AF", "Kabul"),
    "Afghanistan": ("country", "AF", ""), "Doha": ("city", "QA", "Baladiyat ad Dawhah"),
    "Mirebalais": ("city", "HT", "Centre"), "Port-au-Prince": ("city", "HT", "Ouest"),
    "Bama": ("city", "NG", "Borno"), "Maiduguri": ("city", "NG", "Borno"),
    "Lashio": ("city", "MM", "Shan"), "Mandalay": ("city", "MM", "Mandalay"),
    "Macomia": ("city", "MZ", "Cabo Delgado"), "Transnistria": ("region", "MD", ""),
    "Ukraine": ("country", "UA", ""), "Cabo Delgado": ("admin1", "MZ", ""),
    "Somalia": ("country", "SO", ""), "Kismayo": ("city", "SO", "Lower Juba"),
    "Mogadishu": ("city", "SO", "Banaadir"), "Rafah": ("city", "PS", "Rafah"),
    "Gaza": ("region", "PS", ""), "Bakhmut": ("city", "UA", "Donetsk"),
    "Nigeria": ("country", "NG", ""), "Kidal": ("city", "ML", "Kidal"),
    "Mekelle": ("city", "ET", "Tigray"), "Kurmuk": ("city", "SD", "Blue Nile"),
    "Omdurman": ("city", "SD", "Khartoum"), "Iraq": ("country", "IQ", ""),
    "Syria": ("country", "SY", ""), "U.S.": ("country", "US", ""),
    "Damascus": ("city", "SY", "Damascus"), "Kosti": ("city", "SD", "White Nile"),
    "Yemen": ("country", "YE", ""), "Red Sea": ("feature", "", ""),
    "Russia": ("country", "RU", ""), "Nairobi": ("city", "KE", "Nairobi"),
    "Tahoua": ("city", "NE", "Tahoua"), "Kano": ("city", "NG", "Kano"),
    "Niger": ("country", "NE", ""),
}
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
D = dt.date


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, _ID.__getitem__)


def check(text: str, published: dt.date | None, expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published)
    check_events(text, events, expected)


# --- 1. Between two towns is where; between two countries, who --------------------------------
CASES_BETWEEN: list = [
    # Sahel: an ambush on a road, both ends named
    ("Jihadists ambushed a supply convoy between Kaya and Dori on Thursday.", D(2024, 5, 20),
     [dict(kind="clash", loc="Kaya", date="2024-05-16"), dict(kind="clash", loc="Dori")]),
    # DR Congo
    ("M23 fighters shelled the road between Goma and Sake on Sunday.", D(2024, 2, 12),
     [dict(kind="strike", loc="Goma"), dict(kind="strike", loc="Sake")]),
    # Ukraine
    ("Russian troops attacked positions between Kharkiv and Izium.", D(2022, 9, 1),
     [dict(kind="clash", loc="Kharkiv"), dict(kind="clash", loc="Izium")]),
    # between two countries: the sides of a border clash; the place is only the one in focus
    ("Fighting broke out between Armenia and Azerbaijan on Tuesday.", D(2022, 9, 14),
     [dict(kind="clash", loc="Armenia", flags={"place_in_focus"})]),
    # between two sides, the place after "in"
    ("Clashes between the army and the RSF in Khartoum killed 20 people.", D(2023, 4, 20),
     [dict(kind="clash", loc="Khartoum", fatal=20)]),
]

# --- 2. An area is not in a city; the subject's place describes who ---------------------------
CASES_IN_A_CITY: list = [
    # Sudan
    ("UNHCR's Representative in Sudan met the governor of North Darfur in Port Sudan on "
     "Wednesday.", D(2024, 5, 20),
     [dict(kind="meeting", loc="Port Sudan", date="2024-05-15")]),
    # Ethiopia
    ("The African Union envoy for Ethiopia met leaders of Tigray in Addis Ababa on Friday.",
     D(2022, 11, 14),
     [dict(kind="meeting", loc="Addis Ababa")]),
    # Afghanistan
    ("The US special representative for Afghanistan met Taliban officials from Kabul on "
     "Saturday in Doha.", D(2020, 2, 24),
     [dict(kind="meeting", loc="Doha")]),
    # the subject's place stays where the clause names no other
    ("The UN envoy in Kabul met Taliban officials on Monday.", D(2022, 3, 1),
     [dict(kind="meeting", loc="Kabul")]),
    # "X, where fighting intensified around Y": the nearer place the clause names
    ("UNHCR is concerned about the safety of civilians in North Kivu, where fighting between "
     "the M23 armed group and the Congolese army has intensified around Sake.", D(2024, 2, 9),
     [dict(kind="clash", loc="Sake")]),
    ("Civilians are at risk in Goma, where fighting continued on Friday.", D(2024, 2, 10),
     [dict(kind="clash", loc="Goma")]),
    # a city in an area still qualifies it ("Macomia in Cabo Delgado")
    ("Insurgents attacked Macomia in Cabo Delgado on Friday.", D(2024, 5, 13),
     [dict(kind="clash", loc="Macomia", date="2024-05-10")]),
]

# --- 3. "the town" is the town named as one, not a landmark --------------------------------
# (text, published, [(kind, the place the event is at)]): "the town" must take the right name.
CASES_THE_TOWN: list = [
    # Haiti
    ("Gangs stormed the town of Mirebalais, about 50 km northeast of Port-au-Prince, on "
     "Monday. At least 5,000 people fled the town.", D(2025, 4, 2),
     [("clash", "Mirebalais"), ("displacement", "Mirebalais")]),
    # Nigeria: the landmark without "the town of"
    ("Boko Haram fighters raided Bama, 70 km southeast of Maiduguri, at dawn. Residents said "
     "the fighters killed 12 villagers in the town.", D(2024, 8, 1),
     [("clash", "Bama"), ("attack", "Bama")]),
    # Myanmar: the town is the one named as a town, the city the landmark
    ("Rebels captured the town of Lashio, north of Mandalay. The army shelled the town on "
     "Sunday.", D(2024, 8, 6),
     [("capture", "Lashio"), ("strike", "Lashio")]),
    # with no landmark, the most-named town still wins
    ("Troops entered Bakhmut. Fighting in Bakhmut went on near Izium. Shelling hit the town.",
     D(2023, 1, 10),
     [("movement", "Bakhmut"), ("clash", "Bakhmut"), ("strike", "Bakhmut")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES_THE_TOWN,
                         ids=[row[0][:30] for row in CASES_THE_TOWN])
def test_the_town_takes_its_name(text: str, published: dt.date,
                                 expected: list[tuple[str, str]]) -> None:
    events = extract_events(text, _resolutions(text), published=published)
    got = [(e.kind, e.location.place.name if e.location and e.location.place else None)
           for e in events]
    assert got == expected


# --- 4. A reduced relative clause is no event of its own --------------------------------------
CASES_REDUCED_RELATIVE: list = [
    # Mozambique
    ("Rwandan troops deployed in Cabo Delgado retook Macomia on Sunday.", D(2024, 5, 13),
     [dict(kind="capture", loc="Macomia")]),
    # Moldova / Ukraine
    ("Russian troops stationed in Transnistria crossed into Ukraine on Friday.",
     D(2022, 3, 1),
     [dict(kind="movement", dest="Ukraine")]),
    # Somalia
    ("African Union soldiers based in Kismayo clashed with al-Shabaab fighters near "
     "Mogadishu.", D(2023, 1, 10),
     [dict(kind="clash", loc="Mogadishu")]),
    # the participle with "and" before the next verb is the clause's own verb
    ("Government forces deployed to Bakhmut on Monday and clashed with Wagner fighters.",
     D(2023, 1, 10),
     [dict(kind="movement", dest="Bakhmut"), dict(kind="clash")]),
    # and a participle with no verb after it is the event
    ("Kenyan police were deployed in Port-au-Prince on Tuesday.", D(2024, 6, 27),
     [dict(kind="movement", dest="Port-au-Prince")]),
]

# --- 5. "N days later" -----------------------------------------------------------------------
CASES_DAYS_LATER: list = [
    ("Insurgents attacked Macomia on 10 May. Rwandan troops retook the town two days later.",
     D(2024, 5, 20),
     [dict(kind="clash", loc="Macomia", date="2024-05-10"),
      dict(kind="capture", date="2024-05-12")]),
    ("Israeli forces entered Rafah on 6 May. Three days later, tanks shelled Gaza.",
     D(2024, 5, 20),
     [dict(kind="movement", dest="Rafah", date="2024-05-06"),
      dict(kind="strike", loc="Gaza", date="2024-05-09")]),
    # with no day reached, no day is made up
    ("Two days later, troops shelled Bakhmut.", None,
     [dict(kind="strike", loc="Bakhmut", date=None)]),
]

# --- 6. Running totals of the dead are tallies --------------------------------------------
CASES_TALLIES: list = [
    # Sudan
    ("Since the war began in April 2023, more than 15,000 people have been killed in Sudan, "
     "the UN said.", D(2024, 5, 20), []),
    # Ukraine
    ("So far this year, 210 civilians have been killed in Kharkiv by Russian attacks, "
     "officials said.", D(2024, 6, 1), []),
    # Somalia
    ("In total, 40 people have died in Mogadishu since the start of the al-Shabaab offensive.",
     D(2023, 3, 1), []),
    # a killing with its own agent is an event, whatever total it brings
    ("Gunmen killed 12 villagers in Bama on Sunday, bringing the number killed since January "
     "to 300.", D(2024, 8, 6),
     [dict(kind="attack", loc="Bama", date="2024-08-04")]),
    # a toll since a recent day is news
    ("Five soldiers have been killed in fighting near Kismayo since Monday.", D(2023, 3, 2),
     [dict(kind="clash", loc="Kismayo")]),
]

# --- 7. "since X" after a trigger not in the perfect is no date of the event ---------------
CASES_SINCE: list = [
    # Mali: the state's start in an appositive
    ("The army retook Kidal, a town held by separatists since 2012, on Tuesday.",
     D(2023, 11, 16), [dict(kind="capture", loc="Kidal", date="2023-11-14")]),
    # Somalia: no other date, so none of the state's
    ("Government forces recaptured Kismayo, controlled by al-Shabaab since 2008.",
     None, [dict(kind="capture", loc="Kismayo", date=None)]),
    # the perfect keeps its start
    ("Russian forces have shelled Kharkiv since Monday.", D(2024, 5, 16),
     [dict(kind="strike", loc="Kharkiv", date="2024-05-13")]),
]

# --- 8. Events named as a time or ranked are told elsewhere ------------------------------
CASES_TOLD_ELSEWHERE: list = [
    # Mali: residents leave ahead of an offensive (the offensive is no clash here)
    ("Thousands of residents fled Kidal ahead of the offensive.", D(2023, 11, 16),
     [dict(kind="displacement", origin="Kidal")]),
    # Ukraine
    ("Families fled Izium in the run-up to the assault.", D(2022, 4, 1),
     [dict(kind="displacement", origin="Izium")]),
    # Nigeria: the ranking sentence gives only its own new event
    ("Gunmen abducted 30 students in Bama on Thursday. It was the second mass kidnapping in "
     "Nigeria this week.", D(2024, 3, 9),
     [dict(kind="attack", loc="Bama")]),
    # Somalia
    ("A car bomb exploded in Mogadishu on Friday. This was the deadliest attack in Somalia "
     "since 2017.", D(2022, 10, 31),
     [dict(kind="strike", loc="Mogadishu")]),
]

# --- 10. Nouns of displacement that name places or groups ----------------------------------
CASES_NAMES_NOT_PEOPLE: list = [
    # Gaza: the strike is the event, the site only its target
    ("On 3 March, an airstrike hit a displacement site in Rafah, killing 20 people.",
     D(2024, 3, 5), [dict(kind="strike", loc="Rafah", date="2024-03-03")]),
    # Somalia
    ("Gunmen attacked displacement camps near Mogadishu on Monday.", D(2023, 1, 10),
     [dict(kind="attack", loc="Mogadishu")]),
    # the flight itself stays one
    ("The displacement of 5,000 people from Rafah began on Monday.", D(2024, 5, 8),
     [dict(kind="displacement", origin="Rafah")]),
    # Ethiopia / Sudan: an armed group whose name says "People's" moves, it is not displaced
    ("The Tigray People's Liberation Front withdrew from Mekelle on Saturday.",
     D(2020, 11, 30), [dict(kind="movement", origin="Mekelle")]),
    ("Sudan People's Liberation Movement fighters entered Kurmuk.", D(2011, 9, 1),
     [dict(kind="movement", dest="Kurmuk")]),
]

# --- 11. "followed by" an event; dates past another trigger ------------------------------
CASES_FOLLOWED_BY: list = [
    # Gaza, Wikipedia style (no publication date)
    ("On 7 October Israel declared war and began an aerial bombardment of Gaza the next "
     "day, followed by a ground invasion on 27 October.", None,
     [dict(kind="strike", loc="Gaza", date=None), dict(kind="movement", dest="Gaza")]),
    # Ethiopia
    ("Federal forces shelled Mekelle on 26 November 2020, followed by an incursion on 28 "
     "November.", None,
     [dict(kind="strike", loc="Mekelle", date="2020-11-26"),
      dict(kind="movement", dest="Mekelle", date="2020-11-28")]),
    # Sudan: of two dates, the one before the trigger, not the one past the next trigger
    ("On 10 March 2024 RSF fighters shelled Khartoum, and the army retook Omdurman on 12 "
     "March 2024.", None,
     [dict(kind="strike", loc="Khartoum", date="2024-03-10"),
      dict(kind="capture", date="2024-03-12")]),
]

# --- 12-14. Clauses, possessive targets, coordinated modifiers, demonstratives ------------
CASES_CLAUSES_AND_TARGETS: list = [
    # Ukraine, wire style
    ("In Kharkiv, a missile hit a power plant, and in Izium a drone struck a school.",
     D(2024, 3, 22),
     [dict(kind="strike", loc="Kharkiv"), dict(kind="strike", loc="Izium")]),
    # Sudan
    ("In Omdurman, shells hit a market, and in Khartoum the army shelled RSF positions.",
     D(2024, 2, 1),
     [dict(kind="strike", loc="Omdurman"), dict(kind="strike", loc="Khartoum")]),
    # a list of places for one trigger stays one trigger's
    ("Missiles struck targets in Kharkiv and Izium, and the army said a drone was shot "
     "down.", D(2024, 3, 22),
     [dict(kind="strike", loc="Kharkiv"), dict(kind="strike", loc="Izium")]),
    # possessive before a target
    ("Russia launched a missile attack on Ukraine's energy infrastructure overnight.",
     D(2024, 3, 22), [dict(kind="strike", loc="Ukraine")]),
    ("Drones struck Sudan's oil facilities near Port Sudan.", D(2025, 5, 6),
     [dict(kind="strike", loc="Port Sudan")]),
    # a country as the object gives way to a town the clause places it at
    ("Israeli jets struck Syria's air defences near Damascus.", D(2024, 4, 2),
     [dict(kind="strike", loc="Damascus")]),
    ("Drones hit Ukraine in the night, officials said.", D(2024, 4, 2),
     [dict(kind="strike", loc="Ukraine")]),
    # a possessive before people stays an actor
    ("Ukraine's forces shelled Bakhmut.", D(2023, 1, 10),
     [dict(kind="strike", loc="Bakhmut")]),
    # coordinated modifiers
    ("Militias fired rockets at U.S. and Coalition personnel on Sunday.", D(2024, 1, 22), []),
    # demonstratives that say why, not what
    ("U.S. forces struck three sites in Iraq on Tuesday. These strikes were in response to "
     "attacks against personnel in Syria.", D(2024, 1, 24),
     [dict(kind="strike", loc="Iraq")]),
    ("Israeli jets struck Rafah. This strike was part of a wider campaign in Gaza.",
     D(2024, 5, 1), [dict(kind="strike", loc="Rafah")]),
]

# --- 15. A count of people after the verb ---------------------------------------------------
CASES_PEOPLE_AFTER: list = [
    # South Sudan / Sudan, UN update style
    ("On 10 January, UNHCR relocated 1,500 people by boat from Kosti to Khartoum.",
     D(2024, 1, 12), [dict(kind="displacement", dest="Khartoum", date="2024-01-10")]),
    # Gaza
    ("Aid agencies evacuated more than 2,000 civilians from Rafah on Tuesday.",
     D(2024, 5, 9), [dict(kind="displacement", origin="Rafah")]),
    # forces moved are still a movement
    ("The army relocated 300 soldiers from Kharkiv to Izium.", D(2022, 9, 1),
     [dict(kind="movement", dest="Izium")]),
]

# --- 16. Leaving for a named place -------------------------------------------------------
CASES_LEFT_FOR: list = [
    # Sudan, Wikipedia style
    ("Foreign nationals were evacuated in late April; many left by road for Port Sudan.",
     None, [dict(kind="displacement", dest="Port Sudan")]),
    # Chad
    ("Thousands of residents left for Chad on Monday.", D(2023, 6, 20),
     [dict(kind="displacement", dest="Chad", date="2023-06-19")]),
    # Afghanistan: an official's travel
    ("The delegation left Kabul for Doha on Sunday.", D(2020, 2, 24),
     [dict(kind="movement", origin="Kabul", dest="Doha")]),
    # not a departure
    ("A car bomb exploded in Mogadishu, leaving 5 dead.", D(2023, 1, 10),
     [dict(kind="strike", loc="Mogadishu")]),
    ("The soldier was left for dead near Bakhmut.", D(2023, 1, 10), []),
]

# --- 17-18. Interceptions, weapons, protests ------------------------------------------------
CASES_INTERCEPT_PROTEST: list = [
    # Red Sea
    ("The destroyer shot down a missile launched from Yemen over the Red Sea on Friday.",
     D(2024, 1, 14),
     [dict(kind="interception", loc="Red Sea", origin="Yemen")]),
    # Ukraine
    ("Air defences intercepted two drones launched from Russia over Kharkiv.",
     D(2024, 5, 2),
     [dict(kind="interception", loc="Kharkiv", origin="Russia")]),
    # a weapon's path is no movement of forces
    ("Several drones that crossed into Syria were shot down near Damascus.", D(2024, 4, 14),
     [dict(kind="interception", loc="Damascus")]),
    # Kenya
    ("In Nairobi, thousands of young people marched against a finance bill; two people "
     "were shot dead when police opened fire.", D(2024, 6, 26),
     # (people shot by police are no side of a battle: an attack on them)
     [dict(kind="protest", loc="Nairobi"), dict(kind="attack", loc="Nairobi")]),
    ("Students marched against the junta in Mandalay on Sunday.", D(2024, 2, 5),
     [dict(kind="protest", loc="Mandalay")]),
]

# --- 19. Civilian sites; armed men who flee -------------------------------------------------
CASES_SITES_ATTACKERS: list = [
    # Niger
    ("Gunmen killed 23 people in an attack on a mosque in Tahoua on Friday.", D(2024, 5, 20),
     [dict(kind="attack", loc="Tahoua")]),
    # Nigeria
    ("Bandits raided a market in Kano, killing nine traders.", D(2024, 2, 1),
     [dict(kind="attack", loc="Kano")]),
    # a base stays a battle
    ("Militants attacked a military base near Kano on Friday.", D(2024, 2, 3),
     [dict(kind="clash", loc="Kano")]),
    # armed men fleeing move
    ("Gunmen attacked a church in Kano. The attackers fled towards Niger.", D(2024, 2, 3),
     [dict(kind="attack", loc="Kano"), dict(kind="movement", dest="Niger")]),
]

# --- 20. Encirclement; strikes told by what they did ---------------------------------------
CASES_ENCIRCLED: list = [
    # Ukraine, Wikipedia style
    ("Russian forces encircled Bakhmut by 1 March 2023.", None,
     [dict(kind="clash", loc="Bakhmut", date="2023-03-01")]),
    # a valley is not a battle
    ("Kabul is encircled by mountains.", None, []),
    # Gaza / Somalia
    ("Israeli tanks shelled Rafah on 9 March 2024. On 16 March, a school was destroyed by an "
     "airstrike.", None,
     [dict(kind="strike", loc="Rafah", date="2024-03-09"),
      dict(kind="strike", loc="Rafah", date="2024-03-16", flags={"place_in_focus"})]),
    ("Five soldiers were killed in a drone strike near Kismayo on Friday.", D(2023, 3, 6),
     [dict(kind="strike", loc="Kismayo")]),
]

CLASSES = [("between", CASES_BETWEEN), ("in-a-city", CASES_IN_A_CITY),
           ("reduced-relative", CASES_REDUCED_RELATIVE),
           ("days-later", CASES_DAYS_LATER), ("tallies", CASES_TALLIES),
           ("since", CASES_SINCE), ("told-elsewhere", CASES_TOLD_ELSEWHERE),
           ("names-not-people", CASES_NAMES_NOT_PEOPLE),
           ("followed-by", CASES_FOLLOWED_BY),
           ("clauses-targets", CASES_CLAUSES_AND_TARGETS),
           ("people-after", CASES_PEOPLE_AFTER), ("left-for", CASES_LEFT_FOR),
           ("intercept-protest", CASES_INTERCEPT_PROTEST),
           ("sites-attackers", CASES_SITES_ATTACKERS), ("encircled", CASES_ENCIRCLED)]


@pytest.mark.parametrize(("text", "published", "expected"), case_params(CLASSES))
def test_wording_cases(text: str, published: dt.date | None, expected: list[dict]) -> None:
    check(text, published, expected)


# --- 9. A named place the gazetteer lacks stays the place in focus ---------------------------
@pytest.mark.parametrize(("text", "unlisted"), [
    # Nigeria: the dateline's city is not where the attackers went
    ("MAIDUGURI - Gunmen attacked the village of Kalakoro on Thursday. Hundreds of residents "
     "fled.", "Kalakoro"),
    # DR Congo
    ("GOMA - M23 rebels captured the town of Rubaya on Tuesday. Thousands of families "
     "fled.", "Rubaya"),
])
def test_unlisted_place_stays_in_focus(text: str, unlisted: str) -> None:
    places = {**PLACES, "MAIDUGURI": ("city", "NG", "Borno"), "GOMA": ("city", "CD", "")}
    # (ids: any distinct per name)
    resolutions = place_resolutions(text, places, lambda name: 1000 + len(name))
    events = extract_events(text, resolutions, published=D(2024, 3, 9))
    assert len(events) >= 2
    assert [(e.location.mention.text if e.location else None, e.location.place)
            for e in events] == [(unlisted, None)] * len(events)


def test_withdrawal_leaves_the_story_where_it_was() -> None:
    # Ukraine, Wikipedia style: the capture of an unnamed plant is in the city left behind
    text = ("Ukrainian troops withdrew from Bakhmut to Izium on 24 June. Russian forces "
            "captured the chemical plant the following day.")
    events = extract_events(text, _resolutions(text))
    assert [(e.kind, e.location.place.name if e.location and e.location.place else None)
            for e in events] == [("movement", "Izium"), ("capture", "Bakhmut")]
