"""Events stage: a pronoun standing for the armed men of the sentence before, and lists of
places taken each on a day of its own (round 10).

(text, published, expected) cases written for these tests in the style of Wikipedia
narratives, wire news and military statements, from several conflicts; none is taken from
the dev set or a probe. Classes:

1. a sentence whose subject is a pronoun ("They", "it", also after an opening phrase: "On 3
   March they ...") standing for armed men who open the sentence before: the verbs of its
   first clause are theirs, so the weak ones ("took Herat", "reached Kabul") are events
   without words of arms of their own; not when the sentence before opens with someone else
   ("Residents said soldiers ..."), when the pronoun only reports ("They said ..."), nor in a
   later clause of another subject (", as the fire reached ...");
2. a list of places a verb of taking ground governs, each with its own day, told with the
   verb left out ("seized Uvira on 3 May, Bukavu on 5 May and Goma on 9 May 2025"): one
   capture per place, each on its day, the year at the end holding for every day; a place
   the gazetteer lacks is kept, unresolved ("captured Vodiane on 27 August and Prechystivka
   on 10 September"); a later date in a clause of its own gives no year to an earlier day
   told before a comma;
3. a fight's noun with its sides before the verb of happening ("Fighting between the army
   and the RSF spread to Sennar and Singa in June, displacing ...") is an event at the places
   after the verb (the sides count for no words of the distance), also when the sides are
   long ("between the National Liberation Army (ELN) and dissidents of the former FARC
   broke out in X"); so is "The fighting, which erupted near X, ...";
4. gunfire heard or going on is fighting there: "heavy gunfire was heard overnight near the
   market", "Gunfire continued on Saturday around X" (not "the shooting of the film");
5. strikes in a state's or a military statement's words: "India struck nine sites in X,
   including Y and Z" (a state or forces hitting sites, targets, camps or strongholds; not
   "Brazil struck twice", "struck a deal"); "an improvised explosive device went off in a
   minibus in X" (not "the alarm went off", nor a device that "went off" told again with no
   place); "Explosions were heard in X" right after a sentence of the attack (not after a
   factory fire);
6. a meeting with "the governor of X" or "a delegation from X" is not held in X when the
   subject's trip said where it went: "travelled from Kinshasa to Bunia on Monday, met the
   provincial governor of Ituri" (also when the verbs are listed with commas) is a meeting in
   Bunia; a place after "in" still says where;
7. fire both sides trade is a battle, whatever the arms ("traded artillery and rocket fire
   near X", "traded fire"; not "traded fire extinguishers"); an attack or ambush that
   "targeted" vehicles is on the ground (a drone attack stays a strike);
8. a trip's purpose "to meet" people ("travelled from Ouagadougou to Kaya on Tuesday to meet
   the governor", "to meet his counterpart") is a meeting where the trip went; not "to meet
   the needs of", nor a meeting told as planned;
9. forces that move off after "before" or "after", heading somewhere ("attacked Macomia on
   Friday before withdrawing towards the coast on Sunday"), leave the scene of the event
   before, on the day told after the participle; a bare "before withdrawing" after a capture
   adds nothing;
10. attacks in the plural that a statement condemns or deplores ("MONUSCO condemns attacks
    against civilians in Djugu and Irumu territories", "condemns the series of deadly
    attacks in X") are violence in general, no event; one attack condemned, or attacks with
    a day or a toll of their own ("condemned the air strikes on Idlib on Sunday, which killed
    12 people"), still are;
11. a sentence that opens with a country ("In Mali, militants ambushed a convoy of the
    Malian armed forces (FAMa) and ... between Menaka and Anderamboukane") happens at the
    towns of that country its clause names further on; a name's short form in brackets
    ("(FAMa)") ends no clause;
12. the side driven out loses the place, with the side named between the verb and "out of":
    "had pushed Fano militiamen out of Lalibela and Gondar", "chased the rebels out of X"
    (not people: "chased thousands of residents out of X", "pushed the protesters out of
    the square");
13. "the town" after a wire dateline goes back to the town the story named, not to the
    bureau's city ("ADDIS ABABA, Aug 8 (Reuters) - ... entered Lalibela ... Soldiers moved
    back into the town on Sunday");
14. a visit where no one is said to be met is a trip only ("Modi visited Adampur Air Base in
    Punjab", "visited frontline units in Jermuk"); it is a meeting too when people met are
    told ("visited Adre to meet with refugees", "visited with displaced families", "met with
    X when he visited Ankara", "visited the camp and spoke with ...");
15. in a chronicle with no publication date, a day without a year told in the pluperfect is
    before the story's date: "... in November 2022. Kherson had been captured by Russian
    forces on 2 March" is 2 March 2022 (not 2023), and the chronicle goes on in 2022;
16. a town named with its kind after the area it is in is the place: "rolled into the
    southern Gaza city of Rafah", "the Central African Republic's capital Bangui", "shelled
    the Libyan port city of Misrata";
17. ground taken by number: "capturing several military outposts in the township", "captured
    three villages near X" (a number of people captured is none: "captured 20 fighters");
18. second events of a sentence: violence that "prompted more than 1,000 residents to cross
    the river into X" sent them there (a flight from where it was); "took X on 22 December,
    before being driven out by peacekeepers the next day" is a second capture of X, the next
    day; "seized X and pushed north towards the capital" is forces heading on from X ("the
    capital" is a capital named before, not any town);
19. a defence ministry's wording: "subjected the positions of our army in the Kalbajar
    district to mortar fire" (a strike where the positions are), "were destroyed with
    high-precision weapons", "were blown up by mines near X", "local anti-terrorist measures
    were launched" (fighting), "engaged and destroyed one uncrewed aerial system (UAS) over
    X" (an interception); not "subjected to a vote", nor a house "destroyed by fire";
20. where the newly arrived live is no flight: "In Kaya, new arrivals are hosted by
    families" ("New arrivals were recorded in Kaya on Sunday" still is one);
21. civilians moving far into their sentence: "Thousands of people were seen leaving ...,
    piling mattresses and water tanks onto carts and heading north toward X" flee;
22. where these rules stop (an adversarial review): a story about the dateline city itself
    keeps it ("KABUL (Reuters) - A bomber attacked a mosque in the capital"); the armed
    men's pronoun is "they" and makes theirs only the weak verbs of its own clause (not
    "They were hit by floods", "It reached Aleppo's markets", "..., and the government
    reached Bukavu"); a pluperfect of a relative clause is no flashback, and a story's month
    counts whole; candidates trade no fire, high rents drive no flight, celebratory gunfire
    is no battle, a bank's "anti-terrorist measures" are no offensive, talking to reporters
    makes no meeting of a visit, and a meeting with "officials from X in Y" is in Y.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution

PLACES: dict[str, tuple[str, str, str]] = {
    "Kandahar": ("city", "AF", "Kandahar"), "Herat": ("city", "AF", "Herat"),
    "Kabul": ("city", "AF", "Kabul"), "Rostov": ("city", "RU", "Rostov"),
    "Voronezh": ("city", "RU", "Voronezh"), "Marib": ("city", "YE", "Marib"),
    "Goma": ("city", "CD", "North Kivu"), "Bukavu": ("city", "CD", "South Kivu"),
    "Uvira": ("city", "CD", "South Kivu"), "Kyiv": ("city", "UA", "Kyiv"),
    "Lviv": ("city", "UA", "Lviv"), "Kidal": ("city", "ML", "Kidal"),
    "Gao": ("city", "ML", "Gao"), "Tessalit": ("city", "ML", "Kidal"),
    "Vodiane": ("city", "UA", "Donetsk"), "Palmyra": ("city", "SY", "Homs"),
    "Mabanda": ("city", "CD", "South Kivu"), "Kherson": ("city", "UA", "Kherson"),
    "Mykolaiv": ("city", "UA", "Mykolaiv"), "Sennar": ("city", "SD", "Sennar"),
    "Singa": ("city", "SD", "Sennar"), "Gondar": ("city", "ET", "Amhara"),
    "Bahir Dar": ("city", "ET", "Amhara"), "Tibu": ("city", "CO", "Norte de Santander"),
    "Teorama": ("city", "CO", "Norte de Santander"), "Lagos": ("city", "NG", "Lagos"),
    "Parachinar": ("city", "PK", "Khyber Pakhtunkhwa"), "Tripoli": ("city", "LY", "Tripoli"),
    "Preah Vihear": ("admin1", "KH", "Preah Vihear"), "Pakistan": ("country", "PK", ""),
    "India": ("country", "IN", ""),
    "Bahawalpur": ("city", "PK", "Punjab"), "Muridke": ("city", "PK", "Punjab"),
    "Rio": ("city", "BR", "Rio de Janeiro"), "Bamenda": ("city", "CM", "North-West"),
    "Kharkiv": ("city", "UA", "Kharkiv"), "Mogadishu": ("city", "SO", "Banaadir"),
    "Kinshasa": ("city", "CD", "Kinshasa"), "Bunia": ("city", "CD", "Ituri"),
    "Ituri": ("admin1", "CD", "Ituri"), "Chad": ("country", "TD", ""),
    "N'Djamena": ("city", "TD", "N'Djamena"), "Adre": ("city", "TD", "Ouaddai"),
    "Darfur": ("region", "SD", ""), "Surin": ("city", "TH", "Surin"),
    "Jenin": ("city", "PS", "West Bank"), "Kursk": ("city", "RU", "Kursk"),
    "Ouagadougou": ("city", "BF", "Centre"), "Kaya": ("city", "BF", "Centre-Nord"),
    "Ankara": ("city", "TR", "Ankara"), "Geneva": ("city", "CH", "Geneva"),
    "Macomia": ("city", "MZ", "Cabo Delgado"), "Ansongo": ("city", "ML", "Gao"),
    "Djugu": ("admin2", "CD", "Ituri"), "Idlib": ("city", "SY", "Idlib"),
    "Mali": ("country", "ML", ""), "Menaka": ("city", "ML", "Menaka"),
    "Anderamboukane": ("city", "ML", "Menaka"), "Sudan": ("country", "SD", ""),
    "Kosti": ("city", "SD", "White Nile"), "Lalibela": ("city", "ET", "Amhara"),
    "ADDIS ABABA": ("city", "ET", "Addis Ababa"), "Addis Ababa": ("city", "ET", "Addis Ababa"),
    "KINSHASA": ("city", "CD", "Kinshasa"), "Adampur": ("city", "IN", "Punjab"),
    "Punjab": ("admin1", "IN", "Punjab"), "Jermuk": ("city", "AM", "Vayots Dzor"),
    "Snihurivka": ("city", "UA", "Mykolaiv"), "Mosul": ("city", "IQ", "Nineveh"),
    "Gaza": ("city", "PS", "Gaza Strip"), "Rafah": ("city", "PS", "Gaza Strip"),
    "Central African Republic": ("country", "CF", ""), "Bangui": ("city", "CF", "Bangui"),
    "Misrata": ("city", "LY", "Misrata"), "Buthidaung": ("city", "MM", "Rakhine"),
    "Myawaddy": ("city", "MM", "Kayin"), "Mae Sot": ("city", "TH", "Tak"),
    "Bambari": ("city", "CF", "Ouaka"), "Gharyan": ("city", "LY", "Jabal al Gharbi"),
    "Kalbajar": ("admin2", "AZ", "Kalbajar"), "Askeran": ("city", "AZ", "Khojaly"),
    "Fuzuli": ("city", "AZ", "Fuzuli"), "Karabakh": ("region", "AZ", ""),
    "Red Sea": ("region", "", ""), "Baku": ("city", "AZ", "Baku"),
    "Khan Younis": ("city", "PS", "Gaza Strip"), "KABUL": ("city", "AF", "Kabul"),
    "Sindh": ("admin1", "PK", "Sindh"), "Sukkur": ("city", "PK", "Sindh"),
    "Aleppo": ("city", "SY", "Aleppo"), "Atlanta": ("city", "US", "Georgia"),
    "Dublin": ("city", "IE", "Leinster"), "Galway": ("city", "IE", "Connacht"),
    "London": ("city", "GB", "England"), "Israel": ("country", "IL", ""),
    "Brussels": ("city", "BE", "Brussels"), "Berlin": ("city", "DE", "Berlin"),
    "Robotyne": ("city", "UA", "Zaporizhzhia"), "Soledar": ("city", "UA", "Donetsk"),
    "Bakhmut": ("city", "UA", "Donetsk"),
}
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
D = dt.date
AUG20_21 = D(2021, 8, 20)
MAY20 = D(2024, 5, 20)


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, _ID.__getitem__)


# --- 1. A pronoun standing for the armed men of the sentence before ------------------------------
CASES_PRONOUN: list = [
    # Afghanistan 2021, Wagner 2023, Yemen, Syria 2015, Mali
    ("Taliban fighters entered Kandahar on 12 August. They took Herat the next day and reached "
     "Kabul on 15 August.", AUG20_21,
     [dict(kind="movement", dest="Kandahar", date="2021-08-12"),
      dict(kind="capture", loc="Herat", date="2021-08-13"),
      dict(kind="movement", dest="Kabul", date="2021-08-15")]),
    ("Wagner fighters crossed into Rostov on Friday. They reached Voronezh by the evening.",
     AUG20_21,
     [dict(kind="movement", dest="Rostov"), dict(kind="movement", dest="Voronezh")]),
    ("Houthi fighters attacked Marib on 7 February. On 3 March they took Tessalit.", MAY20,
     [dict(kind="clash", loc="Marib", date="2024-02-07"),
      dict(kind="capture", loc="Tessalit", date="2024-03-03")]),
    ("Islamic State militants stormed Palmyra in May 2015. The next day, they took Kidal.",
     MAY20,
     [dict(kind="clash", loc="Palmyra"), dict(kind="capture", loc="Kidal")]),
    # the sentence before opens with someone else; the pronoun only reports; a later clause
    ("Residents said soldiers opened fire near Goma. They took Bukavu the next day.", MAY20,
     [dict(kind="clash", loc="Goma")]),
    ("The minister visited Kyiv on Monday. She took Lviv by surprise with a speech.", MAY20,
     [dict(kind="movement", dest="Kyiv")]),
    ("Rebels shelled Kidal on Monday. They said they reached Gao.", MAY20,
     [dict(kind="strike", loc="Kidal")]),
    ("Government troops recaptured Kidal on 14 November. They reached Tessalit on 2 December, "
     "as the fire reached Gao.", MAY20,
     [dict(kind="capture", loc="Kidal", date="2023-11-14"),
      dict(kind="movement", dest="Tessalit", date="2023-12-02")]),
]


# --- 2. Places taken each on a day of its own ----------------------------------------------------
CASES_LISTED_DAYS: list = [
    # DR Congo, Ukraine, Mali
    ("Rebels seized Uvira on May 3, Bukavu on May 5 and Goma on May 9, 2025.", MAY20,
     [dict(kind="capture", loc="Uvira", date="2025-05-03"),
      dict(kind="capture", loc="Bukavu", date="2025-05-05"),
      dict(kind="capture", loc="Goma", date="2025-05-09")]),
    ("M23 fighters seized Mabanda on 3 May, Kiliba on 5 May and Luvungi on 9 May 2025.",
     MAY20,
     [dict(kind="capture", loc="Mabanda", date="2025-05-03"),
      dict(kind="capture", loc="Kiliba", date="2025-05-05", flags={"unresolved"}),
      dict(kind="capture", loc="Luvungi", date="2025-05-09", flags={"unresolved"})]),
    ("Russian forces captured Vodiane on 27 August and Prechystivka on 10 September.", MAY20,
     [dict(kind="capture", loc="Vodiane", date="2023-08-27"),
      dict(kind="capture", loc="Prechystivka", date="2023-09-10", flags={"unresolved"})]),
    ("Ukrainian troops liberated Kherson on 11 November 2022 and Mykolaiv on 2 December.",
     MAY20,
     [dict(kind="capture", loc="Kherson", date="2022-11-11"),
      dict(kind="capture", loc="Mykolaiv", date="2022-12-02")]),
    # a later date in a clause of its own: the earlier day keeps the year it would have alone
    ("The army took Kidal on 14 November, and on 8 February 2024 it shelled Gao.", MAY20,
     [dict(kind="capture", loc="Kidal", date="2023-11-14"),
      dict(kind="strike", loc="Gao", date="2024-02-08")]),
]


# --- 3. A fight's sides before its verb of happening --------------------------------------------
CASES_SIDES: list = [
    # Sudan, Ethiopia
    ("Fighting between the army and the RSF spread to Sennar and Singa in June, displacing "
     "more than 150,000 people.", MAY20,
     [dict(kind="clash", loc="Sennar", date="2023-06-01", actor1="army"),
      dict(kind="clash", loc="Singa"),
      dict(kind="displacement", origin="Sennar"), dict(kind="displacement", origin="Singa")]),
    ("Clashes between Fano militias and federal forces raged in Gondar and Bahir Dar on "
     "Tuesday.", MAY20,
     [dict(kind="clash", loc="Gondar", date="2024-05-14"), dict(kind="clash", loc="Bahir Dar")]),
    # no verb of happening: a name for the war, no event
    ("Talks on the fighting between the army and the RSF resumed in Jeddah.", MAY20, []),
    # Colombia, Cambodia-Thailand
    ("Fighting between the National Liberation Army (ELN) and dissidents of the former FARC "
     "guerrillas broke out on 16 January in Tibu and Teorama.", MAY20,
     [dict(kind="clash", loc="Tibu", date="2024-01-16"), dict(kind="clash", loc="Teorama")]),
    ("The fighting, which erupted on Thursday near Preah Vihear, spread to other border areas "
     "on Friday.", MAY20,
     [dict(kind="clash", loc="Preah Vihear")]),
]


# --- 4. Gunfire heard or going on --------------------------------------------------------------
CASES_GUNFIRE: list = [
    # Ethiopia, Pakistan, Libya
    ("In Bahir Dar, heavy gunfire was heard overnight near the main market, a resident said.",
     MAY20, [dict(kind="clash", loc="Bahir Dar")]),
    ("Gunfire continued on Saturday around Parachinar, he said.", MAY20,
     [dict(kind="clash", loc="Parachinar", date="2024-05-18")]),
    ("Sporadic shooting rang out in Tripoli as rival brigades deployed.", MAY20,
     [dict(kind="clash", loc="Tripoli")]),
    ("The shooting of the film continued in Lagos.", MAY20, []),
    ("Residents heard about the gunfire in Lagos on the radio.", MAY20, []),
]


# --- 5. Strikes in a state's or a military statement's words --------------------------------------
CASES_STRIKE_WORDS: list = [
    # India-Pakistan, Cameroon, Ukraine, Somalia
    ("On 7 May, India struck nine sites in Pakistan, including Bahawalpur and Muridke.", MAY20,
     [dict(kind="strike", loc="Pakistan", date="2024-05-07", actor1="India"),
      dict(kind="strike", loc="Bahawalpur"), dict(kind="strike", loc="Muridke")]),
    ("Brazil struck twice in the second half in Rio.", MAY20, []),
    ("An improvised explosive device went off in a minibus in Bamenda on Tuesday.", MAY20,
     [dict(kind="strike", loc="Bamenda", date="2024-05-14")]),
    ("The alarm went off in Bamenda at dawn.", MAY20, []),
    ("A roadside bomb exploded near a checkpoint in Mogadishu on Tuesday. Police said the "
     "device went off and blamed al-Shabaab.", MAY20,
     [dict(kind="strike", loc="Mogadishu", date="2024-05-14")]),
    ("Drones attacked Kharkiv on Sunday night. Loud explosions were heard in Kharkiv overnight, "
     "the mayor said.", MAY20,
     [dict(kind="strike", loc="Kharkiv", date="2024-05-19"), dict(kind="strike", loc="Kharkiv")]),
    ("A fire broke out at a paint factory. Explosions were heard in Kharkiv.", MAY20, []),
]


# --- 6. A meeting with the governor of X after a trip elsewhere ----------------------------------
CASES_TITLE_OF: list = [
    # DR Congo, Chad
    ("The minister travelled from Kinshasa to Bunia on Monday, met the provincial governor of "
     "Ituri and visited a camp.", MAY20,
     [dict(kind="movement", origin="Kinshasa", dest="Bunia", date="2024-05-20"),
      dict(kind="meeting", loc="Bunia", date="2024-05-20")]),
    ("The envoy flew to Adre on Sunday and met a delegation from Darfur.", MAY20,
     [dict(kind="movement", dest="Adre"), dict(kind="meeting", loc="Adre")]),
    ("The envoy met the president of Chad in N'Djamena on Sunday.", MAY20,
     [dict(kind="meeting", loc="N'Djamena")]),
]


# --- 7. Fire both sides trade; an attack that targeted vehicles --------------------------------
CASES_TRADED: list = [
    # Thailand-Cambodia, Pakistan, Russia, West Bank
    ("Thai and Cambodian troops traded artillery and rocket fire along their disputed border "
     "near Surin on Friday.", MAY20,
     [dict(kind="clash", loc="Surin", date="2024-05-17")]),
    ("The two armies traded fire near Surin on Friday.", MAY20,
     [dict(kind="clash", loc="Surin")]),
    ("The company traded fire extinguishers in Surin.", MAY20, []),
    ("Thursday's attack targeted about 200 vehicles traveling under police escort near "
     "Parachinar.", MAY20, [dict(kind="clash", loc="Parachinar", date="2024-05-16")]),
    ("A drone attack targeted a fuel depot near Kursk.", MAY20,
     [dict(kind="strike", loc="Kursk")]),
]


# --- 8. A trip to meet people ------------------------------------------------------------------
CASES_TO_MEET: list = [
    # Burkina Faso, Turkey
    ("The minister travelled from Ouagadougou to Kaya on Tuesday to meet the governor and "
     "displaced families.", MAY20,
     [dict(kind="movement", origin="Ouagadougou", dest="Kaya", date="2024-05-14"),
      dict(kind="meeting", loc="Kaya", date="2024-05-14")]),
    ("The foreign minister flew to Ankara on Tuesday to meet his Turkish counterpart.", MAY20,
     [dict(kind="movement", dest="Ankara"), dict(kind="meeting", loc="Ankara")]),
    ("The plan aims to meet the needs of displaced families in Kaya.", MAY20, []),
    ("Leaders will meet the envoys in Geneva next week.", MAY20, []),
]


# --- 9. A move off after "before" or "after" ------------------------------------------------------
CASES_BEFORE_LEAVING: list = [
    # Mozambique, Cameroon, Mali
    ("Insurgents attacked Macomia on Friday before withdrawing towards the coast on Sunday.",
     MAY20,
     [dict(kind="clash", loc="Macomia", date="2024-05-17"),
      dict(kind="movement", origin="Macomia", dest=None, date="2024-05-19")]),
    ("Gunmen ambushed a convoy near Bamenda before fleeing into the forest.", MAY20,
     [dict(kind="clash", loc="Bamenda"), dict(kind="movement", origin="Bamenda", dest=None)]),
    ("Militants briefly took control of a post near Ansongo on 12 February before "
     "withdrawing.", MAY20, [dict(kind="capture", loc="Ansongo", date="2024-02-12")]),
]


# --- 10. Attacks a statement condemns -----------------------------------------------------------
CASES_CONDEMNED: list = [
    # DR Congo, Syria
    ("MONUSCO condemns attacks against civilians in Djugu and Ituri.", MAY20, []),
    ("The Mission strongly condemns the series of deadly attacks against civilians in Ituri.",
     MAY20, []),
    ("The UN condemned the attack on a displacement site in Djugu on Monday that killed 40 "
     "people.", MAY20, [dict(kind="attack", loc="Djugu", date="2024-05-20")]),
    ("Rights groups condemned the air strikes on Idlib on Sunday, which killed 12 people.",
     MAY20, [dict(kind="strike", loc="Idlib", date="2024-05-19")]),
]


# --- 11. A sentence that opens with a country ---------------------------------------------------
CASES_OPENING_COUNTRY: list = [
    # Mali, Sudan
    ("In Mali, militants ambushed a convoy of the Malian armed forces (FAMa) and Russian "
     "personnel between Menaka and Anderamboukane on 9 February.", MAY20,
     [dict(kind="clash", loc="Menaka", date="2024-02-09"),
      dict(kind="clash", loc="Anderamboukane")]),
    ("In Sudan, the RSF attacked a crowded market in the town of Kosti on Sunday.", MAY20,
     [dict(kind="attack", loc="Kosti")]),
    ("In Mali, militants ambushed a convoy on Sunday.", MAY20,
     [dict(kind="clash", loc="Mali")]),
]


# --- 12. The side driven out, named before "out of" ----------------------------------------------
CASES_DRIVEN_OUT: list = [
    # Ethiopia, Mali
    ("The army said on Tuesday it had pushed Fano militiamen out of Lalibela and Gondar.",
     MAY20, [dict(kind="capture", loc="Lalibela"), dict(kind="capture", loc="Gondar")]),
    ("Government troops chased the rebels out of Kidal on Sunday.", MAY20,
     [dict(kind="capture", loc="Kidal", date="2024-05-19")]),
    ("Soldiers chased thousands of residents out of Kidal on Sunday.", MAY20, []),
    ("Police pushed the protesters out of the square in Gondar.", MAY20,
     [dict(kind="protest", loc="Gondar")]),
]


# --- 13. "The town" after a wire dateline ---------------------------------------------------------
CASES_BUREAU: list = [
    # Ethiopia, DR Congo
    ("Addis Ababa, Aug 8 (Reuters) - Fano fighters entered Lalibela on Aug. 3, residents said. "
     "Soldiers moved back into the town on Sunday. Flights from Addis Ababa were suspended. "
     "Addis Ababa newsroom.", D(2023, 8, 8),
     [dict(kind="movement", dest="Lalibela", date="2023-08-03"),
      dict(kind="movement", dest="the town", date="2023-08-06")]),
    ("KINSHASA, March 3 (Reuters) - M23 rebels entered Bunia on Sunday. The army said it "
     "would retake the town. Later, troops reached the town.", D(2024, 3, 3),
     [dict(kind="movement", dest="Bunia", date="2024-03-03"),
      dict(kind="movement", dest="the town")]),
]


# --- 14. A visit with no one met is a trip ------------------------------------------------
CASES_VISIT: list = [
    # India, Armenia, Chad, Turkey
    ("On 13 May, Prime Minister Narendra Modi visited an air base at Adampur in Punjab.", MAY20,
     [dict(kind="movement", dest="Adampur", date="2024-05-13")]),
    ("The defence minister visited frontline units in Jermuk on Wednesday.", MAY20,
     [dict(kind="movement", dest="Jermuk")]),
    ("Yesterday the envoy visited Adre to meet with Sudanese refugees.", MAY20,
     [dict(kind="meeting", loc="Adre"), dict(kind="movement", dest="Adre")]),
    ("The envoy visited with displaced families in Adre on Sunday.", MAY20,
     [dict(kind="meeting", loc="Adre"), dict(kind="movement", dest="Adre")]),
    ("The secretary met with the pastor's wife in March when he visited Ankara.", MAY20,
     [dict(kind="meeting", loc="Ankara"), dict(kind="movement", dest="Ankara")]),
]


# --- 15. A chronicle's flashback ------------------------------------------------------------
CASES_FLASHBACK: list = [
    # Ukraine 2022, Iraq 2016-17 (no publication date: an encyclopedia's chronicle)
    ("Ukrainian forces retook Kherson in November 2022. Kherson had been captured by Russian "
     "forces on 2 March, in the first week of the invasion. On 10 November, Ukrainian forces "
     "recaptured Snihurivka.", None,
     [dict(kind="capture", loc="Kherson", date="2022-11-01"),
      dict(kind="capture", loc="Kherson", date="2022-03-02"),
      dict(kind="capture", loc="Snihurivka", date="2022-11-10")]),
    ("Iraqi forces entered Mosul in October 2016. The city had been seized by militants on "
     "10 June.", None,
     [dict(kind="movement", dest="Mosul", date="2016-10-01"),
      dict(kind="capture", date="2016-06-10")]),
    # a chronicle going forward still goes into the next year
    ("Iraqi forces entered Mosul in October 2016. On 10 March, the army retook Mosul.", None,
     [dict(kind="movement", dest="Mosul", date="2016-10-01"),
      dict(kind="capture", loc="Mosul", date="2017-03-10")]),
]


# --- 16. A town named with its kind after its area ---------------------------------------
CASES_TOWN_KIND: list = [
    # Gaza, Central African Republic, Libya
    ("Israeli tanks rolled into the southern Gaza city of Rafah early Tuesday.", MAY20,
     [dict(kind="movement", dest="Rafah", date="2024-05-14")]),
    ("Rebels attacked the outskirts of the Central African Republic's capital Bangui on "
     "Wednesday.", MAY20, [dict(kind="clash", loc="Bangui", date="2024-05-15")]),
    ("Fighters shelled the Libyan port city of Misrata on Monday.", MAY20,
     [dict(kind="strike", loc="Misrata", date="2024-05-20")]),
]


# --- 17. Ground taken by number ------------------------------------------------------------
CASES_TAKEN_BY_NUMBER: list = [
    # Myanmar, DR Congo, Mali
    ("The Arakan Army continued its offensive on Buthidaung, capturing several military "
     "outposts in the township on 15 April.", MAY20,
     [dict(kind="clash", loc="Buthidaung"),
      dict(kind="capture", loc="Buthidaung", date="2024-04-15")]),
    ("Rebels captured three villages near Goma on Sunday.", MAY20,
     [dict(kind="capture", loc="Goma", date="2024-05-19")]),
    ("Troops captured 20 fighters near Kidal.", MAY20, []),
]


# --- 18. Second events of a sentence ------------------------------------------------------
CASES_SECOND_EVENTS: list = [
    # Myanmar, Central African Republic, Libya
    ("Clashes inside Myawaddy on 18 April prompted more than 1,000 residents to cross the Moei "
     "river into Mae Sot.", MAY20,
     [dict(kind="clash", loc="Myawaddy", date="2024-04-18"),
      dict(kind="displacement", origin="Myawaddy", dest="Mae Sot", date="2024-04-18")]),
    ("The decision prompted residents to leave the party.", MAY20, []),
    ("Rebels briefly took Bambari on 22 December, before being driven out by peacekeepers the "
     "next day.", MAY20,
     [dict(kind="capture", loc="Bambari", date="2023-12-22"),
      dict(kind="capture", loc="Bambari", date="2023-12-23", actor1="peacekeepers")]),
    ("Haftar's forces seized the town of Gharyan on 4 April and pushed north towards the "
     "capital.", MAY20,
     [dict(kind="capture", loc="Gharyan", date="2024-04-04"),
      dict(kind="movement", origin="Gharyan", dest=None)]),
]


# --- 19. A defence ministry's wording ---------------------------------------------------------
CASES_MINISTRY: list = [
    # Azerbaijan 2023, Red Sea 2024, Ukraine
    ("Units of the armed forces of Armenia subjected the positions of our army in the Kalbajar "
     "district to mortar fire.", MAY20, [dict(kind="strike", loc="Kalbajar")]),
    ("Firing points and artillery positions on the heights around Askeran were destroyed with "
     "high-precision weapons.", MAY20, [dict(kind="strike", loc="Askeran")]),
    ("Two vehicles were blown up by mines near Fuzuli on Tuesday.", MAY20,
     [dict(kind="strike", loc="Fuzuli", date="2024-05-14")]),
    ("In the Karabakh region, local anti-terrorist measures were launched at 13:00 today.",
     MAY20, [dict(kind="clash", loc="Karabakh", date="2024-05-20")]),
    ("Forces engaged and destroyed one uncrewed aerial system (UAS) over the Red Sea.", MAY20,
     [dict(kind="interception", loc="Red Sea")]),
    ("The proposal was subjected to a vote in Baku.", MAY20, []),
    ("A house in Baku was destroyed by fire on Monday.", MAY20, []),
]


# --- 20. Where the newly arrived live --------------------------------------------------
CASES_HOUSED: list = [
    # Burkina Faso, Chad
    ("More than 3,000 people fled Kaya on Sunday. In Kaya, new arrivals are hosted by "
     "families.", MAY20, [dict(kind="displacement", origin="Kaya", date="2024-05-19")]),
    ("In Adre, the arrivals are mostly sheltering in schools.", MAY20, []),
    ("New arrivals were recorded in Kaya on Sunday.", MAY20,
     [dict(kind="displacement", dest="Kaya", date="2024-05-19")]),
]


# --- 21. Civilians moving far into their sentence ------------------------------------------------
CASES_FAR_SUBJECT: list = [
    # Gaza
    ("Thousands of people were seen leaving on Monday and Tuesday, piling mattresses and water "
     "tanks onto donkey carts and cars and heading north toward Khan Younis.", MAY20,
     [dict(kind="displacement", dest="Khan Younis", date="2024-05-14")]),
]

# --- 22. Where these rules stop ---------------------------------------------------------------
CASES_LIMITS: list = [
    ("KABUL, Aug 8 (Reuters) - A suicide bomber attacked a mosque in the city on Friday.",
     D(2023, 8, 8), [dict(kind="strike", loc="the city")]),  # (one bombing: wording19)
    ("Troops were deployed to Sindh on Sunday. They were hit by floods in Sukkur on Monday.",
     MAY20, [dict(kind="movement", dest="Sindh")]),
    ("Government forces shelled Idlib on Saturday. It reached Aleppo's markets within hours, "
     "traders said.", MAY20, [dict(kind="strike", loc="Idlib")]),
    ("Rebels attacked Goma on Friday. They took Bunia three days later, and the government "
     "reached Bukavu on Sunday.", MAY20,
     [dict(kind="clash", loc="Goma"), dict(kind="capture", loc="Bunia")]),
    ("Ukraine's counteroffensive began in June 2023. Troops that had trained in Germany "
     "entered Robotyne on 28 August.", None,
     [dict(kind="clash"), dict(kind="movement", dest="Robotyne", date="2023-08-28")]),
    ("Fighting resumed near Bakhmut in January 2023. Wagner had entered Soledar on 10 "
     "January.", None,
     [dict(kind="clash", loc="Bakhmut"), dict(kind="movement", dest="Soledar",
                                              date="2023-01-10")]),
    ("The two candidates traded fire during the debate in Atlanta on Tuesday.", MAY20, []),
    ("High rents led many families to leave Dublin for Galway.", MAY20, []),
    ("Celebratory gunfire rang out across Tripoli after the football match.", MAY20, []),
    ("The bank launched new anti-terrorist measures in London to stop money laundering.", MAY20,
     []),
    ("The envoy visited Israel on Monday; he later spoke to reporters about the talks.", MAY20,
     [dict(kind="movement", dest="Israel")]),
    ("The minister met officials from Kherson in Kyiv on Monday.", MAY20,
     [dict(kind="meeting", loc="Kyiv")]),
    ("The president met the delegation from Berlin in Brussels.", MAY20,
     [dict(kind="meeting", loc="Brussels")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("pronoun", CASES_PRONOUN), ("listed_days", CASES_LISTED_DAYS), ("sides", CASES_SIDES),
    ("gunfire", CASES_GUNFIRE), ("strike_words", CASES_STRIKE_WORDS),
    ("title_of", CASES_TITLE_OF), ("traded", CASES_TRADED),
    ("to_meet", CASES_TO_MEET), ("before_leaving", CASES_BEFORE_LEAVING),
    ("condemned", CASES_CONDEMNED), ("opening_country", CASES_OPENING_COUNTRY),
    ("driven_out", CASES_DRIVEN_OUT), ("bureau", CASES_BUREAU),
    ("visit", CASES_VISIT), ("flashback", CASES_FLASHBACK),
    ("town_kind", CASES_TOWN_KIND), ("taken_by_number", CASES_TAKEN_BY_NUMBER),
    ("second_events", CASES_SECOND_EVENTS), ("ministry", CASES_MINISTRY),
    ("housed", CASES_HOUSED), ("far_subject", CASES_FAR_SUBJECT), ("limits", CASES_LIMITS),
]))
def test_wording_cases(text: str, published: dt.date | None, expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published)
    check_events(text, events, expected)


def test_the_town_after_a_dateline_is_the_story_town() -> None:
    """The anaphor's place itself, not only its words: the town the story named."""
    text = CASES_BUREAU[0][0]
    events = extract_events(text, _resolutions(text), published=D(2023, 8, 8))
    back = [e for e in events if e.destination is not None
            and e.destination.mention.text == "the town"]
    assert [e.destination.place.name for e in back] == ["Lalibela"]
    text = CASES_BUREAU[1][0]
    events = extract_events(text, _resolutions(text), published=D(2024, 3, 3))
    back = [e for e in events if e.destination is not None
            and e.destination.mention.text == "the town"]
    assert [e.destination.place.name for e in back] == ["Bunia"]
