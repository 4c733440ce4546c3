"""Events stage: wording of real reports, round 21.

(text, published, expected) cases written for these tests in the style of official remarks,
wire news, UN updates and encyclopedia chronicles, from several conflicts; none is taken
from the dev set or a probe. Classes:

1. a people named by its demonym is civilians on the move when the verb after it says so in
   a story of danger: "Syrians crossed into Turkey", "Hundreds of Sudanese crossed into
   Chad", "Thousands of Syrians managed to cross into Turkey" after fighting (not
   "Hundreds of Marines arrived", tourists who "managed to cross into Mexico", a holiday
   trip, a name such as "Kamala Harris" or "Pope Francis", technicians);
2. "reach" after "to" moves: "The soldiers managed to reach Bakhmut", "The convoy was able to
   reach Mekelle" (not "failed to reach an agreement", "hopes to reach Paris by 2026");
3. fighting told in the pluperfect or the progressive happened: "Clashes had taken place in
   February", "Fighting had broken out", "Fighting was taking place near the airport" (not
   the present of a plan or a habit: "A meeting takes place this evening", "Clashes take
   place every week");
4. a range whose year only its end says: "from February to May 2015" starts in February
   2015, "between November 10 and 14, 2023" on 10 November 2023, "from December to March
   2015" in December 2014, "from late February to early May 2015" in February 2015 (not "on
   May 3 and 40 people died", a day and a toll);
5. a village the gazetteer lacks, then its province: "attacked the village of Solhan, Yagha
   Province, Burkina Faso" is one attack, placed at the province and flagged approximate (not
   two, with the toll halved); "attacked the villages of Anga, Ntuleni and Macomia" lists
   each village, known or not ("attacked Anga, a village near Macomia" is one attack, near
   Macomia).
6. the fighting before an event, told as its circumstance, was where the event is: forces
   that "retreated from Kidal after two days of heavy fighting" fought at Kidal, and
   "Following three months of heavy fighting, the army retook Marawi" is fighting at Marawi
   too (not the fighting before a withdrawal to somewhere, "withdrew to Gao after heavy
   fighting", nor an event named or told before: "After the Battle of Mosul, the army
   captured Tal Afar", "After the fighting ended, rebels took Bunia", nor a deployment after
   an attack elsewhere);
7. a history, not the event of a day: "Kurds have long fought a guerilla war against
   Turkey", "The militia has conducted massacres against civilians in Darfur since 2022",
   "the coalition that has fought IS in Iraq and Syria since 2014" (not "has attacked
   villages in Darfur since April", nor a toll: "have shelled Kharkiv since 2022, killing
   1,200 people"); and a noun whose name comes before the modal is a forecast: "Retaking Tal
   Abyad could cut off a supply route", "airstrikes inside Syria could carve out territory";
8. dead whom the text counts with women and children, after violence, are civilians killed:
   "Over 170 Malians, including women and children, were killed Saturday in Ogossagou" is an
   attack (not "Ten people, including two children, were killed when a bus crashed", in a
   mudslide, tourists with no violence told, nor soldiers "including two women");
9. a place changing hands: "Kidal came under the control of the rebels", "Gao fell under
   rebel control in June 2012", "had fallen under the control of Ansar Dine" are captures
   (not "The fire came under control", "The situation ... came under control", a rank: "the
   largest settlement in Kursk Oblast to have come under Ukrainian control", nor a standing
   "has been under rebel control since 2012");
10. what a cause or a rank says was done after "to" was done: "became the first sitting
    U.S. secretary of state to visit Somalia" is a trip there (not "plans to visit", "will
    be the first president to visit", "urged the army to withdraw", nor a trip's purpose
    told beside the trip: "traveled to Kenya to visit refugees in Dadaab" is the trip and
    the meeting);
11. armed confrontations are fighting: "Military confrontations broke out in Apure",
    "Confrontations between the army and FARC dissidents", "An armed confrontation broke
    out" (not "a confrontation with reporters", "Confrontations between the two parties
    ... paralysed parliament", nor a standing conflict described: "The armed confrontation
    in Apure is very violent");
12. a place that took in people in flight is where they went: "Chad received 2,000 refugees
    from Sudan last week", "In Adre, the transit site received 3,000 refugees on Monday"
    (not "The hospital received 40 wounded", "received reports of"; a delegation received is
    a meeting);
13. where these rules stop (an adversarial review's counterexamples): a baseline "for the
    first time since 2002", a relative clause's year, a chronicle's "would", what "could be
    heard", a club or a fire "under control", a future first visit, "the first step is to",
    fighting in court, clashes "in the north", a habit "every year since", and a province
    after a list of villages holds them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from _factories import case_params, check_events, place_resolutions

from geo.events import extract_events
from geo.models import Resolution
from geo.places import load

PLACES: dict[str, tuple[str, str, str]] = {
    "Turkey": ("country", "TR", ""), "Idlib": ("city", "SY", "Idlib"),
    "Chad": ("country", "TD", ""), "Colombia": ("country", "CO", ""),
    "Pakistan": ("country", "PK", ""), "Darwin": ("city", "AU", "Northern Territory"),
    "Mexico": ("country", "MX", ""), "Geneina": ("city", "SD", "West Darfur"),
    "Bakhmut": ("city", "UA", "Donetsk"), "Mekelle": ("city", "ET", "Tigray"),
    "Doha": ("city", "QA", "Baladiyat ad Dawhah"), "Paris": ("city", "FR", "Ile-de-France"),
    "Kidal": ("city", "ML", "Kidal"), "Laukkai": ("city", "MM", "Shan"),
    "Marawi": ("city", "PH", "Lanao del Sur"),
    "Sloviansk": ("city", "UA", "Donetsk"), "Beledweyne": ("city", "SO", "Hiiraan"),
    "Yagha Province": ("admin2", "BF", "Sahel"), "Burkina Faso": ("country", "BF", ""),
    "Sanmatenga Province": ("admin2", "BF", "Centre-Nord"), "Macomia": ("city", "MZ",
    "Cabo Delgado"), "Cabo Delgado": ("admin1", "MZ", "Cabo Delgado"),
    "Zangon Kataf": ("city", "NG", "Kaduna"), "Gao": ("city", "ML", "Gao"),
    "Bunia": ("city", "CD", "Ituri"), "Tal Afar": ("city", "IQ", "Nineveh"),
    "Palma": ("city", "MZ", "Cabo Delgado"), "Bardera": ("city", "SO", "Gedo"),
    "Tal Abyad": ("city", "SY", "Raqqa"), "Syria": ("country", "SY", ""),
    "Darfur": ("region", "SD", ""), "Kharkiv": ("city", "UA", "Kharkiv"),
    "Iraq": ("country", "IQ", ""), "Somalia": ("country", "SO", ""),
    "Ogossagou": ("city", "ML", "Mopti"), "Timbuktu": ("city", "ML", "Tombouctou"),
    "Kursk Oblast": ("admin1", "RU", "Kursk"), "Sudzha": ("city", "RU", "Kursk"),
    "Mogadishu": ("city", "SO", "Banaadir"), "Kenya": ("country", "KE", ""),
    "Dadaab": ("city", "KE", "Garissa"),
    "Apure": ("admin1", "VE", "Apure"), "Caracas": ("city", "VE", "Capital"),
    "Jenin": ("city", "PS", "West Bank"), "Sarajevo": ("city", "BA", "Sarajevo"),
    "Kramatorsk": ("city", "UA", "Donetsk"), "Newcastle": ("city", "GB", "England"),
    "Athens": ("city", "GR", "Attica"), "Mongolia": ("country", "MN", ""),
    "Seno Province": ("admin2", "BF", "Sahel"),
    "Sudan": ("country", "SD", ""), "Adre": ("city", "TD", "Ouaddai"),
}
_ID = {name: n for n, name in enumerate(PLACES, start=1)}
MAY6 = dt.date(2024, 5, 6)


def _resolutions(text: str) -> list[Resolution]:
    return place_resolutions(text, PLACES, lambda name: _ID.get(name, 0))


# fmt: off
CASES_DEMONYM_CROSSERS = [
    # Syria/Turkey, Sudan/Chad, Venezuela/Colombia, Afghanistan/Pakistan
    ("Fighting raged in Idlib. Syrians crossed into Turkey on Sunday.", MAY6,
     [dict(kind="clash", loc="Idlib"), dict(kind="displacement", dest="Turkey",
                                            date="2024-05-05")]),
    ("Shelling hit Geneina. Hundreds of Sudanese crossed into Chad on Sunday.", MAY6,
     [dict(kind="strike", loc="Geneina"),
      dict(kind="displacement", dest="Chad", date="2024-05-05")]),
    ("Fighting raged in Idlib. Thousands of Syrians managed to cross into Turkey on Sunday.",
     MAY6, [dict(kind="clash", loc="Idlib"),
            dict(kind="displacement", dest="Turkey", date="2024-05-05")]),
    ("Heavy fighting was reported near the border. Afghans began to cross into Pakistan on "
     "Monday.", MAY6, [dict(kind="displacement", dest="Pakistan", date="2024-05-06")]),
    # soldiers by name, travellers, a person's name, a trade, a crowd in no danger
    ("Hundreds of Marines arrived in Darwin on Monday.", MAY6,
     [dict(kind="movement", dest="Darwin")]),
    ("Tourists managed to cross into Mexico.", MAY6, []),
    ("Syrians crossed into Turkey on Sunday for the holiday.", MAY6,
     [dict(kind="movement", dest="Turkey")]),
    ("Vice President Kamala Harris arrived in Darwin on Monday amid the war in Ukraine.", MAY6,
     [dict(kind="movement", dest="Darwin")]),
    ("Technicians arrived at the plant in Bakhmut amid shelling.", MAY6,
     [dict(kind="movement", dest="Bakhmut"), dict(kind="strike", loc="Bakhmut")]),
    ("Hundreds of Americans arrived in Darwin for the commemorations.", MAY6,
     [dict(kind="movement", dest="Darwin")]),
]

CASES_TO_REACH = [
    # Ukraine, Ethiopia
    ("The soldiers managed to reach Bakhmut on Friday.", MAY6,
     [dict(kind="movement", dest="Bakhmut", date="2024-05-03")]),
    ("The rebel convoy was able to reach Mekelle on Friday.", MAY6,
     [dict(kind="movement", dest="Mekelle", date="2024-05-03")]),
    # not a place reached
    ("The parties failed to reach an agreement in Doha.", MAY6, []),
    ("The company hopes to reach Paris by 2026.", MAY6, []),
]

CASES_HAD_HAPPENED = [
    # Mali, Myanmar, Philippines
    ("The army entered Kidal in June. Clashes had taken place in February.", dt.date(2016, 12, 6),
     [dict(kind="movement", dest="Kidal"),
      dict(kind="clash", loc="Kidal", date="2016-02-01")]),
    ("Troops returned to Laukkai in March. Heavy fighting had broken out in February.",
     dt.date(2015, 6, 1),
     [dict(kind="movement", dest="Laukkai"), dict(kind="clash", loc="Laukkai")]),
    ("Soldiers entered Marawi on Monday. Fighting was taking place near the bridge.",
     dt.date(2017, 5, 30),
     [dict(kind="movement", dest="Marawi"), dict(kind="clash", loc="Marawi")]),
    # a plan, or a habit, in the present
    ("Soldiers entered Marawi on Monday. A meeting takes place this evening.", MAY6,
     [dict(kind="movement", dest="Marawi")]),
    ("Soldiers entered Marawi on Monday. Clashes take place every week.", MAY6,
     [dict(kind="movement", dest="Marawi")]),
]

CASES_RANGE_YEAR = [
    # Myanmar, Philippines, Ukraine, Somalia
    ("Clashes took place in Laukkai from February to May 2015.", dt.date(2023, 6, 1),
     [dict(kind="clash", loc="Laukkai", date="2015-02-01", end="2015-05-31")]),
    ("Fighting took place in Marawi between November 10 and 14, 2023.", dt.date(2024, 6, 1),
     [dict(kind="clash", loc="Marawi", date="2023-11-10", end="2023-11-14")]),
    ("Fighting raged in Sloviansk from December to March 2015.", dt.date(2023, 6, 1),
     [dict(kind="clash", loc="Sloviansk", date="2014-12-01", end="2015-03-31")]),
    ("Fighting raged in Sloviansk from late February to early May 2015.", dt.date(2023, 6, 1),
     [dict(kind="clash", loc="Sloviansk", date="2015-02-01")]),
    ("Clashes took place in Beledweyne between February and May 2015.", dt.date(2023, 6, 1),
     [dict(kind="clash", loc="Beledweyne", date="2015-02-01")]),
    # a day, then a toll
    ("Gunmen attacked Beledweyne on May 3 and 40 people died.", dt.date(2023, 6, 1),
     [dict(kind="attack", loc="Beledweyne", date="2023-05-03")]),
]

CASES_VILLAGE_UNKNOWN = [
    # Burkina Faso, Mozambique, Nigeria
    ("On 4 June 2021, jihadists attacked the village of Solhan, Yagha Province, Burkina Faso.",
     None, [dict(kind="attack", loc="Yagha Province", date="2021-06-04",
                 flags={"approximate"})]),
    ("Gunmen killed 200 civilians around the town of Barsalogho, Sanmatenga Province, "
     "Burkina Faso.", MAY6,
     [dict(kind="attack", loc="Sanmatenga Province", fatal=200, flags={"approximate"})]),
    ("Gunmen attacked Ntuleni, Cabo Delgado province, on Monday.", MAY6,
     [dict(kind="clash", loc="Cabo Delgado", flags={"approximate"})]),
    ("The militants attacked the villages of Anga, Ntuleni and Macomia on Sunday.", MAY6,
     [dict(kind="attack", loc="Anga", flags={"unresolved"}),
      dict(kind="attack", loc="Ntuleni", flags={"unresolved"}),
      dict(kind="attack", loc="Macomia")]),
    ("Gunmen attacked the villages of Kurmin Masara and Zangon Kataf on Sunday.", MAY6,
     [dict(kind="attack", loc="Kurmin Masara", flags={"unresolved"}),
      dict(kind="attack", loc="Zangon Kataf")]),
    # one village, and where it lies: placed there, flagged
    ("The militants attacked Anga, a village near Macomia, on Sunday.", MAY6,
     [dict(kind="attack", loc="Macomia", flags={"approximate"})]),
]

CASES_FOUGHT_BEFORE = [
    # Mali, Somalia, Philippines, DR Congo, Mozambique
    ("Government forces retreated from Kidal after two days of heavy fighting.", MAY6,
     [dict(kind="movement", origin="Kidal"), dict(kind="clash", loc="Kidal")]),
    ("Ethiopian troops withdrew from Bardera after weeks of clashes with al-Shabab.", MAY6,
     [dict(kind="movement", origin="Bardera"), dict(kind="clash", loc="Bardera")]),
    ("Following three months of heavy fighting between the army and the militants, the army "
     "retook Marawi.", MAY6,
     [dict(kind="capture", loc="Marawi"), dict(kind="clash", loc="Marawi")]),
    ("After two days of clashes, rebels captured Bunia on Monday.", MAY6,
     [dict(kind="capture", loc="Bunia", date="2024-05-06"),
      dict(kind="clash", loc="Bunia", date="2024-05-06")]),
    ("After a week of fierce clashes, the army recaptured Palma.", MAY6,
     [dict(kind="capture", loc="Palma"), dict(kind="clash", loc="Palma")]),
    # not where the event after it is
    ("Government forces withdrew to Gao after heavy fighting.", MAY6,
     [dict(kind="movement", dest="Gao")]),
    ("After the Battle of Mosul, the army captured Tal Afar.", MAY6,
     [dict(kind="capture", loc="Tal Afar")]),
    ("After the fighting ended, rebels took Bunia.", MAY6, [dict(kind="capture", loc="Bunia")]),
    ("Following the attack on the base, troops were deployed to Gao.", MAY6,
     [dict(kind="movement", dest="Gao")]),
]

CASES_HISTORY_REVIEW = [
    # a baseline or a relative clause's year is no history of the event
    ("Israeli forces have stormed Jenin for the first time since 2002.", MAY6,
     [dict(kind="clash", loc="Jenin")]),
    ("Russian forces have captured Bakhmut, their biggest gain since 2023.", MAY6,
     [dict(kind="capture", loc="Bakhmut")]),
    ("Malian troops have taken control of Kidal, which had been held by rebels since 2012.",
     MAY6, [dict(kind="capture", loc="Kidal")]),
    # a chronicle's "would", and what "could be heard", happened
    ("The Siege of Sarajevo would last nearly four years.", MAY6,
     [dict(kind="clash", loc="Sarajevo")]),
    ("Fighting near Bakhmut could be heard in Kramatorsk overnight.", MAY6,
     [dict(kind="clash", loc="Bakhmut")]),
]

CASES_HISTORY = [
    # Turkey, Sudan, Iraq/Syria, Somalia, Ukraine
    ("Kurds have long fought a guerilla war against Turkey for an independent state.", MAY6,
     []),
    ("The militia has conducted massacres against civilians in Darfur since 2022.", MAY6, []),
    ("The coalition has fought IS in Iraq and Syria since 2014.", MAY6, []),
    ("The army has fought al-Shabab in Somalia since 2007.", MAY6, []),
    ("Retaking Tal Abyad could cut off a supply route for Islamic State fighters.", MAY6, []),
    ("Erdogan believes coalition airstrikes inside Syria could carve out territory for Kurds.",
     MAY6, []),
    # a campaign of these months, and a toll, are told
    ("The RSF has attacked villages in Darfur since April.", MAY6,
     [dict(kind="attack", loc="Darfur")]),
    ("Russian forces have shelled Kharkiv since 2022, killing 1,200 people.", MAY6,
     [dict(kind="strike", loc="Kharkiv", fatal=1200)]),
    ("Strikes in Kharkiv killed 12 people on Monday.", MAY6,
     [dict(kind="strike", loc="Kharkiv", date="2024-05-06")]),
]

CASES_WOMEN_CHILDREN = [
    # Mali, DR Congo, Nigeria
    ("Gunmen stormed Ogossagou at dawn. Over 170 Malians, including women and children, were "
     "killed Saturday in Ogossagou.", dt.date(2019, 3, 26),
     [dict(kind="clash", loc="Ogossagou"),
      dict(kind="attack", loc="Ogossagou", date="2019-03-23")]),
    ("Militiamen raided Bunia. At least 20 people, including children, were killed in Bunia on "
     "Saturday.", MAY6,
     [dict(kind="clash", loc="Bunia"), dict(kind="attack", loc="Bunia", fatal=20,
                                            date="2024-05-04")]),
    # an accident, a toll with nothing violent told, and soldiers
    ("Ten people, including two children, were killed when a bus crashed in Bunia.", MAY6, []),
    ("Ten people, including children, were killed in a mudslide in Bunia.", MAY6, []),
    ("Eight tourists, including children, were killed in Bunia.", MAY6, []),
    ("Gunmen attacked Bunia. Ten soldiers, including two women, were killed in Bunia.", MAY6,
     [dict(kind="clash", loc="Bunia"), dict(kind="clash", loc="Bunia", fatal=10)]),
]

CASES_REVIEW = [
    # a club or a fire "under control", a future first visit, fighting in court or a blaze,
    # a habit, a province after a list of villages
    ("Newcastle United came under Saudi control in 2021.", MAY6, []),
    ("The wildfire came under the control of firefighters near Athens.", MAY6, []),
    ("He is set to become the first pope to visit Mongolia.", MAY6, []),
    ("The first step is to withdraw the troops from Gao.", MAY6, []),
    ("After weeks of fighting in court, the company took control of the port in Athens.", MAY6,
     [dict(kind="capture", loc="Athens")]),
    ("Following clashes in the north, the army attacked Bunia.", MAY6,
     [dict(kind="clash", loc="Bunia")]),
    ("The army entered Kidal. Clashes have broken out there every year since 2012.", MAY6,
     [dict(kind="movement", dest="Kidal")]),
    ("Jihadists attacked the villages of Seytenga and Bouloye, Seno Province, on Saturday.",
     MAY6, [dict(kind="attack", loc="Seno Province", flags={"approximate"}),
            dict(kind="attack", loc="Bouloye", flags={"unresolved"})]),
]

CASES_CAME_UNDER_CONTROL = [
    # Mali, Ukraine
    ("The town of Kidal came under the control of the rebels on Monday.", MAY6,
     [dict(kind="capture", loc="Kidal", date="2024-05-06")]),
    ("Gao fell under rebel control in June 2012.", MAY6,
     [dict(kind="capture", loc="Gao", date="2012-06-01")]),
    ("By June 2012, Gao and Timbuktu had fallen under the control of Ansar Dine.", MAY6,
     [dict(kind="capture", loc="Gao"), dict(kind="capture", loc="Timbuktu")]),
    # not a place taken
    ("The fire came under control on Monday in Kidal.", MAY6, []),
    ("The situation in Kidal came under control.", MAY6, []),
    ("Sudzha was the largest settlement in Kursk Oblast to have come under Ukrainian control.",
     MAY6, []),
    ("Kidal has been under rebel control since 2012.", MAY6, []),
]

CASES_DONE_AFTER_TO = [
    # Somalia, Kenya, Mali
    ("Last week, John Kerry became the first sitting U.S. secretary of state to visit "
     "Somalia.", dt.date(2013, 5, 13), [dict(kind="movement", dest="Somalia")]),
    ("The envoy became the first foreign official to visit Mogadishu since the war.", MAY6,
     [dict(kind="movement", dest="Mogadishu")]),
    ("He traveled to Kenya to visit refugees in Dadaab.", MAY6,
     [dict(kind="movement", dest="Dadaab"), dict(kind="meeting", loc="Dadaab")]),
    # not done
    ("The minister plans to visit Mogadishu.", MAY6, []),
    ("She will be the first president to visit Somalia.", MAY6, []),
    ("The UN urged the army to withdraw from Kidal.", MAY6, []),
]

CASES_CONFRONTATIONS = [
    # Venezuela, Colombia
    ("Military confrontations broke out in Apure on Sunday.", dt.date(2021, 3, 30),
     [dict(kind="clash", loc="Apure", date="2021-03-28")]),
    ("Confrontations between the army and FARC dissidents broke out in Apure on Sunday.",
     dt.date(2021, 3, 30), [dict(kind="clash", loc="Apure", date="2021-03-28")]),
    ("An armed confrontation broke out in Apure on Sunday.", dt.date(2021, 3, 30),
     [dict(kind="clash", loc="Apure")]),
    # not fighting
    ("The senator had a confrontation with reporters in Caracas.", MAY6, []),
    ("Confrontations between the two parties in Caracas paralysed parliament.", MAY6, []),
    ("The armed confrontation in Apure is very violent.", MAY6, []),
]

CASES_RECEIVED = [
    # Chad, Sudan
    ("Chad received 2,000 refugees from Sudan last week.", MAY6,
     [dict(kind="displacement", origin="Sudan", dest="Chad", date="2024-04-29")]),
    ("In Adre, the transit site received 3,000 refugees on Monday.", MAY6,
     [dict(kind="displacement", dest="Adre", date="2024-05-06")]),
    # not people in flight taken in
    ("The hospital in Adre received 40 wounded on Monday.", MAY6, []),
    ("The governor of Adre received a delegation from Sudan on Monday.", MAY6,
     [dict(kind="meeting", loc="Adre")]),
]
# fmt: on


@pytest.fixture(scope="module")
def gazetteer():
    return load()


@pytest.mark.parametrize(("text", "published", "expected"), case_params([
    ("demonym_crossers", CASES_DEMONYM_CROSSERS), ("to_reach", CASES_TO_REACH),
    ("had_happened", CASES_HAD_HAPPENED), ("range_year", CASES_RANGE_YEAR),
    ("village_unknown", CASES_VILLAGE_UNKNOWN), ("fought_before", CASES_FOUGHT_BEFORE),
    ("history", CASES_HISTORY), ("women_children", CASES_WOMEN_CHILDREN),
    ("came_under_control", CASES_CAME_UNDER_CONTROL), ("done_after_to", CASES_DONE_AFTER_TO),
    ("confrontations", CASES_CONFRONTATIONS), ("received", CASES_RECEIVED),
    ("history_review", CASES_HISTORY_REVIEW), ("review", CASES_REVIEW),
]))
def test_wording_cases(gazetteer, text: str, published: dt.date | None,
                       expected: list[dict]) -> None:
    events = extract_events(text, _resolutions(text), published=published, gazetteer=gazetteer)
    check_events(text, events, expected)
