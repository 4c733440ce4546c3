"""Events stage: one-sided raids, names by a compass point, second trips, clauses' own dates
(round 7).

(text, published, expected) cases written for these tests in the style of UN updates, wire
news, military statements and Wikipedia narratives, from several conflicts; none is taken
from the dev set or a probe. Classes:

1. a raid told with what it did to the people of the place ("raided Chai, burning homes",
   "attacked the village, looting cattle", "ambushed a bus ..., wounding four passengers",
   "abducting 30 villagers") is violence against civilians (an attack), as is one whose
   target is the subject of a passive ("a bus was ambushed", "worshippers were attacked");
   a raid on an army post that kills soldiers, or on a military convoy, stays a clash;
2. a name a compass point sets ("on the road north of Ancuabe", "20 km south-west of X") is
   a place when the gazetteer lacks it, as "near X" is, and so is the object of "occupied";
3. a second verb of travel to somewhere else is a trip of its own ("most moved to Pemba,
   while 1,900 people travelled to Mueda"); a participle goes on with the first;
4. a helicopter or boat carrying food or medicine is a delivery, no event (one carrying
   troops still moves);
5. a date across ", and" belongs to its own clause ("attacked the site on 1 June, and
   clashes continued in the town the following day" dates the clashes 2 June);
6. an offensive "toward" a place is forces moving there, not fighting at it (one "into" a
   place is both, as before);
7. "came under attack" tells an attack; "attempted to attack ... and was repelled" is a
   clash flagged "attempted" (an attempt with no fighting told is none); "fighting spread
   to X", "clashes raged in X" tell fighting there (next to the noun only); "in the
   department of X" sets the scene as "in the district of X" does;
8. a sentence of several events: a clause after the located ones that sets a scene of its
   own ("In Dnipro, a drone hit a kindergarten, and in Pavlohrad, missiles struck a
   plant") is an event there (one with no setting of its own stays the others'
   circumstance); "flew to Quetta and chaired a security meeting" is a meeting there too;
   "went on to take X on 2 January and Y on 25 January 2009" is two captures, each on its
   own day, the first in the year the second gives;
9. the dead of a one-sided raid told as "people" ("Twenty-six people, mostly tourists, were
   killed when gunmen opened fire") are civilians, and labourers and tourists are
   civilians (one or many: "a trader"); a person "from X" comes from X, so the violence is
   where the text then places it ("fired upon a labourer from Bihar at Sopore"; "abducted 20
   students from Kano" is in Kano); "a captured Humvee" is an adjective, no capture;
10. not events: the wounded taken to a hospital ("The injured soldier was evacuated to 92
    Base Hospital"; people who flee to a hospital compound still flee), a convoy of
    commercial trucks, "temporarily occupied Crimea" (an adjective); "in Barmal district of
    Paktika province" is in Paktika when the gazetteer lacks Barmal;
11. dates of statements: a date in brackets glosses a day given before it ("On the night of
    23 October (from 18:00 on 22 October)" is the 23rd) and gives the day of a weekday ("on
    Tuesday (May 16)" is the 16th); a statement whose story is on its publication day stays
    on it in the paragraphs after (one on a day of the week before only into the next); a
    pluperfect in a clause of what led to the event ("after a drone had been observed") is
    no flashback: the day the sentence gives moves the story;
12. places taken: "went on to take Elephant Pass" sets a name the gazetteer lacks, as
    "captured X" does; forces that enter a town the other side abandoned or left, or enter
    it without a fight, take it (aid workers who enter Gaza move); a facility named after
    an Arabic article in lower case ("al-Anad Air Base in Lahij Governorate") is a place;
    a withdrawal told only with where it went ("after the militia withdrew toward Gao") starts
    where the sentence's capture or fighting was (flagged "origin_inferred");
13. what a party "claimed" it did is a claim, no event (events-dev codes claims `other`):
    "the Defence Ministry claimed its troops had captured X"; "claimed responsibility for
    the attack" and "claimed the lives of" tell the event.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution

PLACES: dict[str, tuple[str, str, str]] = {
    "Macomia": ("city", "MZ", "Cabo Delgado"), "Pemba": ("city", "MZ", "Cabo Delgado"),
    "Mueda": ("city", "MZ", "Cabo Delgado"), "Jonglei": ("admin1", "SS", ""),
    "Zamfara": ("admin1", "NG", ""), "Kano": ("city", "NG", "Kano"),
    "Djibo": ("city", "BF", "Sahel"), "Jilib": ("city", "SO", "Middle Juba"),
    "Kadugli": ("city", "SD", "South Kordofan"), "Kharkiv": ("city", "UA", "Kharkiv"),
    "Goma": ("city", "CD", "North Kivu"), "Bunia": ("city", "CD", "Ituri"),
    "Chad": ("country", "TD", ""), "Adre": ("city", "TD", "Ouaddai"),
    "Zemio": ("city", "CF", "Haut-Mbomou"), "Gao": ("city", "ML", "Gao"),
    "Debre Markos": ("city", "ET", "Amhara"), "Kursk Oblast": ("admin1", "RU", ""),
    "Pokrovsk": ("city", "UA", "Donetsk"), "Kandi": ("city", "BJ", "Alibori"),
    "Alibori": ("admin1", "BJ", ""), "Bahir Dar": ("city", "ET", "Amhara"),
    "Gondar": ("city", "ET", "Amhara"), "Cucuta": ("city", "CO", "Norte de Santander"),
    "Kidal": ("city", "ML", "Kidal"), "Quetta": ("city", "PK", "Balochistan"),
    "Kilinochchi": ("city", "LK", "Northern"), "Mullaitivu": ("city", "LK", "Northern"),
    "Avdiivka": ("city", "UA", "Donetsk"), "Pahalgam": ("city", "IN", "Kashmir"),
    "Sopore": ("city", "IN", "Kashmir"), "Kabul": ("city", "AF", "Kabul"),
    "Crimea": ("admin1", "UA", ""), "Paktika": ("admin1", "AF", ""),
    "Bihar": ("admin1", "IN", ""),
    "Kherson": ("city", "UA", "Kherson"), "Lahij Governorate": ("admin1", "YE", ""),
    "Sittwe": ("city", "MM", "Rakhine"), "Bamako": ("city", "ML", "Bamako"),
    "Beni": ("city", "CD", "North Kivu"),
}
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
D = dt.date


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, _ID.__getitem__)


# --- 1. One-sided raids -----------------------------------------------------------------------
CASES_RAIDS: list = [
    # Mozambique, South Sudan, Nigeria, DR Congo: what the raid did to the people
    ("On 29 January, insurgents raided a village near Macomia, burning homes and a clinic.",
     D(2024, 2, 5), [dict(kind="attack", loc="Macomia", date="2024-01-29")]),
    ("Armed youth attacked a cattle camp in Jonglei on Thursday, looting cattle and burning "
     "huts.", D(2024, 5, 20), [dict(kind="attack", loc="Jonglei")]),
    ("Bandits attacked a village in Zamfara on Friday, abducting 30 villagers.",
     D(2024, 5, 20), [dict(kind="attack", loc="Zamfara")]),
    ("ADF fighters raided a farm near Beni overnight, kidnapping 12 farmers.", D(2024, 5, 20),
     [dict(kind="attack", loc="Beni")]),
    # the target as the subject of a passive
    ("On Monday, a bus was ambushed on the road near Mueda, wounding four passengers.",
     D(2024, 5, 20), [dict(kind="attack", loc="Mueda", date="2024-05-20")]),
    ("Worshippers were attacked at a mosque in Kano during evening prayers.", D(2024, 5, 20),
     [dict(kind="attack", loc="Kano")]),
    # fighting between armed men stays a clash
    ("Militants attacked an army post in Djibo, killing five soldiers and looting weapons.",
     D(2024, 5, 20), [dict(kind="clash", loc="Djibo")]),
    ("Troops raided an al-Shabaab base near Jilib, killing 12 militants.", D(2024, 5, 20),
     [dict(kind="clash", loc="Jilib")]),
    ("A military convoy was ambushed near Gao on Monday.", D(2024, 5, 20),
     [dict(kind="clash", loc="Gao")]),
]

# --- 2. Names a compass point or "occupied" sets ----------------------------------------------
CASES_UNLISTED: list = [
    ("On Monday, a bus was ambushed on the road north of Ancuabe, wounding four passengers.",
     D(2024, 5, 20), [dict(kind="attack", loc="Ancuabe", flags={"unresolved"})]),
    ("Fighting was reported east of Tinzaouaten on Sunday.", D(2024, 5, 20),
     [dict(kind="clash", loc="Tinzaouaten", flags={"unresolved"})]),
    ("Shelling hit villages 20 km south-west of Kharkiv overnight.", D(2024, 5, 20),
     [dict(kind="strike", loc="Kharkiv")]),
    ("On 31 January insurgents briefly occupied Xitaxi before withdrawing.", D(2024, 2, 5),
     [dict(kind="capture", loc="Xitaxi", date="2024-01-31", flags={"unresolved"})]),
]

# --- 3. A second trip in one sentence ---------------------------------------------------------
CASES_TRIPS: list = [
    ("Most of the displaced moved to Pemba, while about 1,900 people travelled to Mueda.",
     D(2024, 5, 20), [dict(kind="displacement", dest="Pemba"),
                      dict(kind="displacement", dest="Mueda")]),
    ("About 600 residents fled to Bunia on Sunday, while others walked to Beni.",
     D(2024, 5, 20), [dict(kind="displacement", dest="Bunia"),
                      dict(kind="displacement", dest="Beni")]),
    # one verb's list of destinations stays one trip (the scorer's split parts aside)
    ("Thousands of people fled Zemio for Pemba and Mueda on Sunday.", D(2024, 5, 20),
     [dict(kind="displacement", origin="Zemio", dest="Pemba")]),
]

# --- 4. Aid by helicopter or boat -------------------------------------------------------------
CASES_AID: list = [
    ("A helicopter carrying food and medical kits landed in Zemio on Saturday.",
     D(2024, 5, 20), []),
    ("Boats carrying relief supplies reached Sittwe on Friday.", D(2024, 5, 20), []),
    ("A helicopter carrying troops landed in Zemio on Saturday.", D(2024, 5, 20),
     [dict(kind="movement", dest="Zemio")]),
]

# --- 5. A clause's own date -------------------------------------------------------------------
CASES_DATES: list = [
    ("Armed men attacked a displacement site in Zemio on the night of 1 June, setting fire to "
     "shelters, and clashes between the militia and the army continued in the town the "
     "following day.", D(2024, 6, 10),
     [dict(kind="attack", loc="Zemio", date="2024-06-01"),
      dict(kind="clash", loc="the town", date="2024-06-02", flags={"place_inferred"})]),
    ("Gunmen attacked Gao on 3 March, and fighting resumed in Bamako on 5 March.",
     D(2024, 3, 10), [dict(kind="clash", loc="Gao", date="2024-03-03"),
                      dict(kind="clash", loc="Bamako", date="2024-03-05")]),
    # one date for both clauses when only one is given
    ("On 3 March gunmen attacked Gao, and fighting spread to Bamako.", D(2024, 3, 10),
     [dict(kind="clash", loc="Gao", date="2024-03-03"),
      dict(kind="clash", loc="Bamako", date="2024-03-03")]),
]

# --- 6. Offensives toward a place -------------------------------------------------------------
CASES_OFFENSIVES: list = [
    ("In early 2024, Fano forces launched an offensive toward Debre Markos.", None,
     [dict(kind="movement", dest="Debre Markos", date="2024-01-01")]),
    ("Russian troops began a ground offensive towards Pokrovsk last week, officials said.",
     D(2024, 5, 20), [dict(kind="movement", dest="Pokrovsk")]),
    ("On 6 August 2024, Ukrainian forces launched an offensive into Kursk Oblast.", None,
     [dict(kind="movement", dest="Kursk Oblast")]),  # (an advance only: round 13)
]

# --- 7. More wording of fighting --------------------------------------------------------------
CASES_FIGHTING: list = [
    # Benin, Burkina Faso, Ethiopia, Colombia
    ("On Thursday, army positions near Kandi came under attack by a large group of armed "
     "men.", D(2024, 4, 19), [dict(kind="clash", loc="Kandi", date="2024-04-18")]),
    ("On Thursday, army positions near Karimama, in the department of Alibori, came under "
     "attack by armed men.", D(2024, 4, 19), [dict(kind="clash", loc="Alibori")]),
    ("Overnight, a second group attempted to attack a gendarmerie post at Kandi and was "
     "repelled by the security forces.", D(2024, 4, 19),
     [dict(kind="clash", loc="Kandi", flags={"attempted"})]),
    ("Militants attempted to attack Djibo on Friday.", D(2024, 5, 20), []),
    ("In the following months fighting spread to Bahir Dar and Gondar.", None,
     [dict(kind="clash", loc="Bahir Dar"), dict(kind="clash", loc="Gondar")]),
    ("Clashes raged in Cucuta for two days.", D(2024, 5, 20),
     [dict(kind="clash", loc="Cucuta")]),
]


# --- 8. Several events in one sentence ---------------------------------------------------------
CASES_SEVERAL: list = [
    # Ukraine, Mali, Pakistan, Sri Lanka, Ukraine
    ("In Kharkiv, a drone hit a kindergarten, killing one person, and in Pokrovsk, ballistic "
     "missiles struck an energy facility.", D(2024, 5, 20),
     [dict(kind="strike", loc="Kharkiv"), dict(kind="strike", loc="Pokrovsk")]),
    ("Troops shelled Gao on Monday, while in Kidal, rebels attacked a checkpoint.",
     D(2024, 5, 20), [dict(kind="strike", loc="Gao"), dict(kind="clash", loc="Kidal")]),
    ("Russian shelling killed two people in Kharkiv, as Russian forces advanced.",
     D(2024, 5, 20), [dict(kind="strike", loc="Kharkiv")]),
    ("The interior minister flew to Quetta on Thursday and chaired a security meeting with "
     "the chief minister.", D(2024, 5, 20),
     [dict(kind="movement", dest="Quetta", date="2024-05-16"),
      dict(kind="meeting", loc="Quetta", date="2024-05-16")]),
    ("The army went on to take Kilinochchi on 2 January and Mullaitivu on 25 January 2009.",
     None, [dict(kind="capture", loc="Kilinochchi", date="2009-01-02"),
            dict(kind="capture", loc="Mullaitivu", date="2009-01-25")]),
    ("Russian forces captured Avdiivka on 17 February and Pokrovsk on 8 September, and "
     "Kharkiv on 1 October.", D(2024, 12, 1),
     [dict(kind="capture", loc="Avdiivka", date="2024-02-17", actor1="Russian forces"),
      dict(kind="capture", loc="Pokrovsk", date="2024-09-08", actor1="Russian forces"),
      dict(kind="capture", loc="Kharkiv", date="2024-10-01", actor1="Russian forces")]),
    # one date only: the second place is the same capture's
    ("Rebels captured Kidal and Gao on 3 March.", D(2024, 3, 10),
     [dict(kind="capture", loc="Kidal"), dict(kind="capture", loc="Gao")]),
]

# --- 9. Civilians as the dead of a raid; participles as adjectives --------------------------
CASES_CIVILIANS: list = [
    # India, Kashmir, Afghanistan
    ("Twenty-six people, mostly tourists, were killed on April 22 when gunmen opened fire in "
     "a meadow near Pahalgam.", D(2024, 4, 24),
     [dict(kind="attack", loc="Pahalgam", date="2024-04-22", fatal=26)]),
    ("Unknown gunmen fired upon a labourer at Sopore on Wednesday night.", D(2024, 5, 20),
     [dict(kind="attack", loc="Sopore")]),
    # a person "from X" comes from X; the violence is where the text then places it
    ("Unknown gunmen fired upon a labourer from Bihar at Sopore on Wednesday night.",
     D(2024, 5, 20), [dict(kind="attack", loc="Sopore", date="2024-05-15")]),
    ("Gunmen shot dead a trader near Kabul on Monday.", D(2024, 5, 20),
     [dict(kind="attack", loc="Kabul")]),
    ("Bandits abducted 20 students from Kano on Thursday.", D(2024, 5, 20),
     [dict(kind="attack", loc="Kano")]),
    ("Fighting between the army and rebels in Goma killed 12 people.", D(2024, 5, 20),
     [dict(kind="clash", loc="Goma")]),
    ("Taliban fighters in Kabul rode on a captured Humvee.", D(2024, 5, 20), []),
    ("Gunmen attacked a checkpoint in Kabul on Monday. The raid followed weeks of threats.",
     D(2024, 5, 20), [dict(kind="clash", loc="Kabul", date="2024-05-20")]),
]


# --- 10. Not events; districts the gazetteer lacks --------------------------------------------
CASES_NOT: list = [
    # Kashmir, Ukraine, Gaza, Mali, Afghanistan, Cameroon
    ("The injured soldier was evacuated to 92 Base Hospital in Sopore.", D(2024, 5, 20), []),
    ("The wounded were airlifted to a military hospital in Kharkiv on Monday.", D(2024, 5, 20),
     []),
    ("Hundreds of families fled to the hospital compound in Kabul on Monday.", D(2024, 5, 20),
     [dict(kind="displacement", loc="Kabul")]),
    ("A convoy of 18 commercial trucks escorted by the army reached Gao from Kidal on Sunday.",
     D(2024, 5, 20), []),
    ("A convoy of 18 army trucks reached Gao from Kidal on Sunday.", D(2024, 5, 20),
     [dict(kind="movement", origin="Kidal", dest="Gao")]),
    ("Drones were launched overnight from temporarily occupied Crimea.", D(2024, 5, 20),
     [dict(kind="strike", loc="Crimea")]),
    ("Aircraft struck hideouts in Barmal district of Paktika province on Monday.",
     D(2024, 5, 20), [dict(kind="strike", loc="Paktika", no_flags={"place_inferred"})]),
]


# --- 11. Dates of statements -------------------------------------------------------------------
CASES_STATEMENT_DATES: list = [
    # Ukraine, Israel/Lebanon, Thailand/Cambodia (a numbered statement), Sudan
    ("On the night of 23 October (from 18:00 on 22 October), the enemy attacked Kharkiv with "
     "drones.\n\nThe attack was repelled by air defence units.\n\nIn Pokrovsk, a drone hit "
     "a kindergarten, killing one person.", D(2024, 10, 23),
     [dict(kind="strike", loc="Kharkiv", date="2024-10-23"),
      dict(kind="strike", loc="Pokrovsk", date="2024-10-23", flags={"date_inferred"})]),
    ("The envoy met the president in Kabul on Tuesday (May 14).", D(2024, 5, 28),
     [dict(kind="meeting", loc="Kabul", date="2024-05-14")]),
    ("Statement on the border (25 July 2024)\n\n1. On 24 July 2024, at about 08:20, gunmen "
     "opened fire on an army post near Kandi, after a drone had been seen over the area. "
     "Troops returned fire.", D(2024, 7, 25),
     [dict(kind="clash", loc="Kandi", date="2024-07-24"),
      dict(kind="clash", date="2024-07-24")]),
    # a story on a day before publication goes into the next paragraph only
    ("Militias shelled Gao on Saturday, officials said on Monday.\n\nThe town is quiet.\n\n"
     "Gunmen attacked Kidal.", D(2024, 5, 20),
     [dict(kind="strike", loc="Gao", date="2024-05-18"),
      dict(kind="clash", loc="Kidal", no_flags={"date_inferred"})]),
]


# --- 12. Places taken ---------------------------------------------------------------------------
CASES_TAKEN: list = [
    # Sri Lanka, Ukraine, Mali, Yemen, Gaza
    ("The army went on to take Elephant Pass on 9 January and Mullaitivu on 25 January 2009.",
     None, [dict(kind="capture", loc="Elephant Pass", date="2009-01-09",
                 flags={"unresolved"}),
            dict(kind="capture", loc="Mullaitivu", date="2009-01-25")]),
    ("On 2 January troops entered Kilinochchi, which the rebels had abandoned.", D(2009, 1, 5),
     [dict(kind="capture", loc="Kilinochchi", date="2009-01-02")]),
    ("Ukrainian forces entered Kherson on Friday after Russian troops withdrew.",
     D(2022, 11, 14), [dict(kind="capture", loc="Kherson", date="2022-11-11")]),
    ("Troops entered Gao without a fight.", D(2024, 5, 20), [dict(kind="capture", loc="Gao")]),
    ("Aid workers entered Kabul on Monday.", D(2024, 5, 20),
     [dict(kind="movement", dest="Kabul")]),
    # a withdrawal told with where it went starts where the sentence's capture was
    ("Peacekeepers retook the airstrip in Zemio on Monday after the militia withdrew toward "
     "Gao.", D(2024, 5, 20),
     [dict(kind="capture", loc="Zemio"),
      dict(kind="movement", origin="Zemio", dest="Gao", flags={"origin_inferred"})]),
    ("The rebels withdrew from Kidal toward Gao on Sunday.", D(2024, 5, 20),
     [dict(kind="movement", origin="Kidal", dest="Gao", no_flags={"origin_inferred"})]),
    # troops that raise their flag in a town take it; armed men who flee move
    ("On 17 June Iraqi forces reached the centre of Kabul and raised the Iraqi flag.", None,
     [dict(kind="movement", dest="Kabul"), dict(kind="capture", loc="Kabul")]),
    ("On 12 July the army flag was raised in Kidal.", D(2018, 7, 20),
     [dict(kind="capture", loc="Kidal", date="2018-07-12")]),
    ("GNA troops entered Gao on 5 June without significant resistance.", D(2020, 6, 10),
     [dict(kind="capture", loc="Gao", date="2020-06-05")]),
    ("Troops repelled the attack on Kandi, and the assailants, who fled towards Gao, left "
     "four dead.", D(2024, 5, 20), [dict(kind="clash", loc="Kandi"), dict(kind="movement")]),
    ("Some 2,000 Congolese were relocated from Goma to the Bunia refugee camp on Thursday.",
     D(2024, 5, 20), [dict(kind="displacement", origin="Goma")]),
    ("Houthi forces captured al-Anad Air Base in Lahij Governorate on 25 March.",
     D(2015, 4, 1), [dict(kind="capture", loc="Lahij Governorate", date="2015-03-25",
                          flags={"approximate"})]),
]


# --- 13. Claims ---------------------------------------------------------------------------------
CASES_CLAIMS: list = [
    # Ukraine, Somalia, Yemen, Afghanistan
    ("Russia's Defence Ministry claimed its troops had captured the village of Avdiivka.",
     D(2024, 5, 20), []),
    ("Al-Shabaab claimed its fighters killed 30 soldiers in Jilib.", D(2024, 5, 20), []),
    ("The Houthis claimed on Sunday to have shot down a drone over Kabul.", D(2024, 5, 20), []),
    ("The Islamic State claimed responsibility for the attack in Kabul on Monday.",
     D(2024, 5, 20), [dict(kind="clash", loc="Kabul", date="2024-05-20")]),
    ("The ambush near Jilib claimed the lives of 30 soldiers on Monday.", D(2024, 5, 20),
     [dict(kind="clash", loc="Jilib")]),
]


# --- 14. Where the rules above stop (counterexamples from review) -----------------------------
CASES_LIMITS: list = [
    ("Ukrainian troops entered Kharkiv on Monday as residents evacuated.", D(2024, 5, 20),
     [dict(kind="movement", dest="Kharkiv")]),
    ("UN peacekeepers entered Kabul after the militias withdrew.", D(2024, 5, 20),
     [dict(kind="movement", dest="Kabul")]),
    ("Investors are taking Kabul stocks higher after the attack on Monday.", D(2024, 5, 20),
     []),
    ("Rebels shelled Gao on 2 January and Mali on 25 January 2009 launched an offensive.",
     D(2009, 2, 1), [dict(kind="strike", loc="Gao", date="2009-01-02")]),
    ("Troops shelled Gao on 2 January, a year after the raid of 25 December 2022.",
     D(2024, 2, 1), [dict(kind="strike", loc="Gao", date="2024-01-02")]),
    # (since round 9 the shelling that displaced them from Kharkiv was there too)
    ("Shelling on Monday claimed 12 civilian lives and displaced thousands from Kharkiv.",
     D(2024, 5, 20), [dict(kind="strike", loc="Kharkiv", date="2024-05-20"),
                      dict(kind="displacement", origin="Kharkiv")]),
    ("Gunmen stormed an army base near Gao, killing 20 people.", D(2024, 5, 20),
     [dict(kind="clash", loc="Gao")]),
    ("Soldiers advanced to the main hospital in Kabul on Monday.", D(2024, 5, 20),
     [dict(kind="movement", dest="Kabul")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("raids", CASES_RAIDS), ("unlisted", CASES_UNLISTED), ("trips", CASES_TRIPS),
    ("aid", CASES_AID), ("dates", CASES_DATES), ("offensives", CASES_OFFENSIVES),
    ("fighting", CASES_FIGHTING), ("several", CASES_SEVERAL), ("civilians", CASES_CIVILIANS),
    ("not", CASES_NOT), ("statement_dates", CASES_STATEMENT_DATES), ("taken", CASES_TAKEN),
    ("claims", CASES_CLAIMS), ("limits", CASES_LIMITS),
]))
def test_wording_cases(text: str, published: dt.date | None, expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published)
    check_events(text, events, expected)
