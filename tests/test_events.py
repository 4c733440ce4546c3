"""Events stage: a table of hand-checked sentences from many conflicts, plus API checks."""

from __future__ import annotations

import datetime as dt
from itertools import count

import pytest
from _factories import check_events, place_resolutions
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.events import extract_events
from geo.events.sentences import split_sentences
from geo.events.taxonomy import acled_for, cameo_for, classify
from geo.models import Event, Resolution

_IDS = count(1)

# name -> (kind, country code, admin1). Coordinates do not matter to this stage.
PLACES: dict[str, tuple[str, str, str]] = {
    "Ukraine": ("country", "UA", ""), "Russia": ("country", "RU", ""),
    "Kharkiv": ("city", "UA", "Kharkiv"), "Avdiivka": ("city", "UA", "Donetsk"),
    "Odesa": ("city", "UA", "Odesa"), "Moscow": ("city", "RU", "Moscow"),
    "Kyiv": ("city", "UA", "Kyiv"), "Krasnohorivka": ("city", "UA", "Donetsk"),
    "Donetsk": ("admin1", "UA", ""), "Belgorod": ("city", "RU", "Belgorod"),
    "Kursk": ("city", "RU", "Kursk"), "Kherson": ("city", "UA", "Kherson"),
    "Vovchansk": ("city", "UA", "Kharkiv"), "Bakhmut": ("city", "UA", "Donetsk"),
    "Lviv": ("city", "UA", "Lviv"), "Dnipro": ("city", "UA", "Dnipropetrovsk"),
    "Marinka": ("city", "UA", "Donetsk"), "Krasnodar": ("admin1", "RU", ""),
    "Rostov": ("admin1", "RU", ""), "Pokrovsk": ("city", "UA", "Donetsk"),
    "Kupiansk": ("city", "UA", "Kharkiv"), "Sumy": ("city", "UA", "Sumy"),
    "Wad Madani": ("city", "SD", "Gezira"), "Gezira": ("admin1", "SD", ""),
    "Omdurman": ("city", "SD", "Khartoum"), "El Fasher": ("city", "SD", "North Darfur"),
    "Tawila": ("city", "SD", "North Darfur"), "Nyala": ("city", "SD", "South Darfur"),
    "Zamzam": ("feature", "SD", "North Darfur"), "Rafah": ("city", "PS", "Gaza"),
    "Khan Younis": ("city", "PS", "Gaza"), "Jabalia": ("city", "PS", "Gaza"),
    "Gaza City": ("city", "PS", "Gaza"), "Cairo": ("city", "EG", "Cairo"),
    "Lebanon": ("country", "LB", ""), "Red Sea": ("feature", "", ""),
    "Sanaa": ("city", "YE", "Sanaa"), "Hodeidah": ("city", "YE", "Hodeidah"),
    "Saada": ("city", "YE", "Saada"), "Marib": ("city", "YE", "Marib"),
    "Paletwa": ("city", "MM", "Chin"), "Chin": ("admin1", "MM", ""),
    "Arakan": ("region", "MM", ""), "Sagaing": ("admin1", "MM", ""),
    "Thailand": ("country", "TH", ""), "Myawaddy": ("city", "MM", "Kayin"),
    "Lashio": ("city", "MM", "Shan"), "Djibo": ("city", "BF", "Sahel"),
    "Burkina Faso": ("country", "BF", ""), "Kidal": ("city", "ML", "Kidal"),
    "Maiduguri": ("city", "NG", "Borno"), "Niger": ("country", "NE", ""),
    "Mali": ("country", "ML", ""), "Cauca": ("admin1", "CO", ""),
    "Catatumbo": ("region", "CO", "Norte de Santander"), "Venezuela": ("country", "VE", ""),
    "Goma": ("city", "CD", "North Kivu"), "Rwanda": ("country", "RW", ""),
    "Sake": ("city", "CD", "North Kivu"), "Masisi": ("admin2", "CD", "North Kivu"),
    "Mekelle": ("city", "ET", "Tigray"), "Raqqa": ("city", "SY", "Raqqa"),
    "Hama": ("city", "SY", "Hama"), "Stepanakert": ("city", "AZ", "Khankendi"),
    "Nagorno-Karabakh": ("region", "AZ", ""), "Armenia": ("country", "AM", ""),
    "Beledweyne": ("city", "SO", "Hiran"), "Amman": ("city", "JO", "Amman"),
    "Jordan": ("country", "JO", ""), "Pyongyang": ("city", "KP", "Pyongyang"),
    "Plateau": ("admin1", "NG", ""), "Kwabzak": ("city", "NG", "Plateau"),
    "Tunga": ("city", "NG", "Nasarawa"), "Iraq": ("country", "IQ", ""),
    "Syria": ("country", "SY", ""), "U.S.": ("country", "US", ""),
    "Bunia": ("city", "CD", "Ituri"), "Mogadishu": ("city", "SO", "Banaadir"),
    "Idlib": ("admin1", "SY", ""), "Tigray": ("admin1", "ET", ""), "Gaza": ("region", "PS", ""),
    "Darfur": ("region", "SD", ""), "Khartoum": ("city", "SD", "Khartoum"),
    "Port Sudan": ("city", "SD", "Red Sea"), "Bamako": ("city", "ML", "Bamako"),
}


def fake_resolutions(text: str, unresolved: tuple[str, ...] = ()) -> list[Resolution]:
    """Find every PLACES name in ``text`` (whole words, longest first) and wrap it."""
    return place_resolutions(text, PLACES, lambda _name: next(_IDS), unresolved)


D = dt.date
# (text, published, expected events). Each expected event lists only what it pins down:
# kind, loc/origin/dest (mention text), date (ISO), fatal, fatal_text, actor1/actor2/source
# (substrings), flags (subset), precision.
CASES: list[tuple[str, dt.date | None, list[dict]]] = [
    # --- Ukraine
    ("Russian forces shelled Kharkiv on Tuesday, killing three civilians, regional governor "
     "Oleh Syniehubov said.", D(2024, 5, 15),
     [dict(kind="strike", loc="Kharkiv", date="2024-05-14", fatal=3, actor1="Russian forces",
           source="Oleh Syniehubov")]),
    # The attribution's day is no event date; an undated report is the news of its day.
    ("Ukrainian troops withdrew from Avdiivka, the army said on Saturday.", D(2024, 2, 17),
     [dict(kind="movement", loc="Avdiivka", origin="Avdiivka", date="2024-02-17",
           actor1="Ukrainian troops", source="the army")]),
    ("A Russian missile strike on Odesa killed 12 people, including a child, on March 2.",
     D(2024, 3, 4), [dict(kind="strike", loc="Odesa", fatal=12, date="2024-03-02",
                          actor1="Russian")]),
    ("Ukraine did not attack Moscow, officials in Kyiv said.", D(2024, 5, 1), []),
    ("Russia has threatened to strike Kyiv if Western weapons are used.", D(2024, 5, 1), []),
    ("Russian troops captured the village of Krasnohorivka in the Donetsk region, the Defence "
     "Ministry in Moscow said.", D(2024, 9, 10),
     [dict(kind="capture", loc="Krasnohorivka", actor1="Russian troops",
           source="Defence Ministry")]),
    ("Drones attacked Belgorod and Kursk overnight on Friday.", D(2024, 6, 2),
     [dict(kind="strike", loc="Belgorod", date="2024-05-31"),
      dict(kind="strike", loc="Kursk", date="2024-05-31")]),
    ("Ukrainian forces recaptured Kherson in November 2022.", D(2024, 1, 10),
     [dict(kind="capture", loc="Kherson", date="2022-11-01", precision=3,
           actor1="Ukrainian forces")]),
    ("Thousands of residents were evacuated from Vovchansk as Russian forces advanced.",
     D(2024, 5, 12), [dict(kind="displacement", origin="Vovchansk", loc="Vovchansk")]),
    ("Zelensky visited troops near Bakhmut on Monday.", D(2023, 3, 22),
     # (a visit where no one is said to be met is a trip: wording10, class 14)
     [dict(kind="movement", dest="Bakhmut", date="2023-03-20", actor1="Zelensky")]),
    ("Russian missiles hit Kyiv, Lviv and Dnipro early on Friday.", D(2024, 3, 24),
     [dict(kind="strike", loc="Kyiv", date="2024-03-22", actor1="Russian"),
      dict(kind="strike", loc="Lviv", date="2024-03-22"),
      dict(kind="strike", loc="Dnipro", date="2024-03-22")]),
    ("Heavy fighting was reported in Bakhmut, Avdiivka and Marinka.", D(2023, 5, 1),
     [dict(kind="clash", loc="Bakhmut"), dict(kind="clash", loc="Avdiivka"),
      dict(kind="clash", loc="Marinka")]),
    ("Ukrainian drones attacked oil refineries in the Krasnodar and Rostov regions.",
     D(2024, 5, 1), [dict(kind="strike", loc="Krasnodar", actor1="Ukrainian"),
                     dict(kind="strike", loc="Rostov")]),
    ("Russia vowed to capture Pokrovsk.", D(2024, 8, 1), []),
    ("Did Russian troops enter Kupiansk?", D(2024, 8, 1), []),
    ("Ukrainian air defences shot down 20 drones over Odesa overnight.", D(2024, 8, 1),
     [dict(kind="interception", loc="Odesa", actor1="Ukrainian air defences")]),
    ("Shelling hit Kherson on Saturday. Two people were killed in Kherson, officials said.",
     D(2024, 6, 3), [dict(kind="strike", loc="Kherson", date="2024-06-01"),
                     dict(kind="strike", loc="Kherson", fatal=2, source="officials",
                          flags={"kind_inferred"})]),
    # --- Sudan
    ("The Rapid Support Forces seized the town of Wad Madani in Gezira state on Dec. 18.",
     D(2023, 12, 20), [dict(kind="capture", loc="Wad Madani", date="2023-12-18",
                            actor1="Rapid Support Forces")]),
    ("Fighting between the army and the RSF in Omdurman killed at least 20 civilians, "
     "activists said.", D(2024, 2, 1),
     [dict(kind="clash", loc="Omdurman", fatal=20, fatal_text="at least 20", actor1="army",
           actor2="RSF", source="activists", flags={"approximate_count"})]),
    ("More than 50,000 people fled El Fasher to Tawila last week, the U.N. said.",
     D(2024, 5, 15), [dict(kind="displacement", origin="El Fasher", dest="Tawila",
                           loc="El Fasher", date="2024-05-06", precision=2, source="U.N.")]),
    ("Sudanese army warplanes bombed a market in Nyala, killing 15 people.", D(2024, 2, 1),
     [dict(kind="strike", loc="Nyala", fatal=15, actor1="Sudanese army")]),
    ("The RSF denied attacking the camp near Zamzam.", D(2024, 2, 1), []),
    ("The army plans to retake Wad Madani next month.", D(2024, 2, 1), []),
    ("Residents fled Khartoum for Port Sudan in April 2023.", D(2024, 1, 5),
     [dict(kind="displacement", origin="Khartoum", loc="Khartoum", date="2023-04-01",
           precision=3)]),
    # --- Gaza
    ("An Israeli airstrike on a house in Rafah killed 13 people, health officials said on "
     "Saturday.", D(2024, 2, 10),
     [dict(kind="strike", loc="Rafah", fatal=13, actor1="Israeli", date="2024-02-10",
           source="health officials")]),
    ("Israeli tanks advanced into central Khan Younis on Tuesday.", D(2023, 12, 6),
     [dict(kind="movement", dest="Khan Younis", loc="Khan Younis", date="2023-12-05",
           actor1="Israeli tanks")]),
    ("Hamas fighters ambushed Israeli soldiers in Jabalia.", D(2024, 5, 20),
     [dict(kind="clash", loc="Jabalia", actor1="Hamas fighters")]),
    ("Tens of thousands of Palestinians have been displaced from Rafah since May 6, UNRWA "
     "said.", D(2024, 5, 20),
     [dict(kind="displacement", origin="Rafah", date="2024-05-06", end="2024-05-20",
           source="UNRWA")]),
    ("Israel would strike Rafah if the hostages are not released, the minister warned.",
     D(2024, 5, 1), []),
    ("Egyptian and Qatari mediators met Hamas officials in Cairo on Sunday for talks on a "
     "ceasefire.", D(2024, 4, 8),
     [dict(kind="meeting", loc="Cairo", date="2024-04-07", actor1="Egyptian and Qatari")]),
    ("Israeli strikes killed 30 people in Gaza City and Khan Younis on Monday.",
     D(2024, 1, 9),
     [dict(kind="strike", loc="Gaza City", fatal=15, date="2024-01-08",
           flags={"fatalities_split"}),
      dict(kind="strike", loc="Khan Younis", fatal=15, date="2024-01-08")]),
    ("Israel has not carried out strikes in Lebanon since the truce.", D(2024, 12, 20), []),
    # --- Yemen
    ("Houthi rebels fired a ballistic missile at a tanker in the Red Sea on Jan. 26.",
     D(2024, 1, 28), [dict(kind="strike", loc="Red Sea", date="2024-01-26",
                           actor1="Houthi rebels")]),
    ("U.S. and British warplanes struck Houthi targets in Sanaa and Hodeidah overnight.",
     D(2024, 1, 12), [dict(kind="strike", loc="Sanaa", actor1="British warplanes"),
                      dict(kind="strike", loc="Hodeidah")]),
    ("Saudi-led coalition air strikes hit a prison in Saada, killing at least 70 people.",
     D(2022, 1, 22), [dict(kind="strike", loc="Saada", fatal=70,
                           actor1="Saudi-led coalition")]),
    ("Houthi forces did not capture Marib.", D(2022, 1, 22), []),
    # --- Myanmar
    ("The Arakan Army said it had captured Paletwa, a town in Chin state, on Jan. 14.",
     D(2024, 1, 16), [dict(kind="capture", loc="Paletwa", date="2024-01-14",
                           actor1="Arakan Army", source="Arakan Army")]),
    ("Junta jets bombed a monastery in Sagaing region, killing 17 villagers, local media "
     "reported.", D(2024, 1, 16),
     [dict(kind="strike", loc="Sagaing", fatal=17, actor1="Junta jets", actor2="villagers",
           source="local media")]),
    ("More than 5,000 people have fled to Thailand from Myawaddy since Friday.",
     D(2024, 4, 14), [dict(kind="displacement", origin="Myawaddy", dest="Thailand",
                           date="2024-04-12", end="2024-04-14")]),
    ("Resistance fighters clashed with junta troops near Lashio on Sunday.", D(2024, 8, 5),
     [dict(kind="clash", loc="Lashio", date="2024-08-04", actor1="Resistance fighters",
           actor2="junta troops", flags={"near"})]),
    # --- Sahel and Nigeria
    ("Jihadists attacked an army post in Djibo, Burkina Faso, killing dozens of soldiers.",
     D(2023, 11, 27), [dict(kind="clash", loc="Djibo", fatal=None, fatal_text="dozens",
                            actor1="Jihadists")]),
    ("Malian troops and Wagner mercenaries retook Kidal on Nov. 14, 2023.", D(2023, 11, 20),
     [dict(kind="capture", loc="Kidal", date="2023-11-14", actor1="Malian troops")]),
    ("A suicide bomber killed 12 people at a market in Maiduguri yesterday.", D(2024, 6, 30),
     [dict(kind="strike", loc="Maiduguri", fatal=12, date="2024-06-29")]),
    ("Niger could send troops to Mali, officials said.", D(2024, 6, 30), []),
    ("Gunmen attacked Kwabzak village in Plateau state, killing 15.", D(2024, 1, 30),
     [dict(kind="attack", loc="Plateau", fatal=15, actor1="Gunmen", flags={"approximate"})]),
    ("Militants stormed Tunga and killed nine people.", D(2024, 1, 30),
     # (a raid whose dead are "people": taken as civilians)
     [dict(kind="attack", loc="Tunga", fatal=9, flags={"unresolved"})]),
    ("The militia tried to seize Bunia but was repelled.", D(2024, 1, 30),
     [dict(kind="clash", loc="Bunia", flags={"attempted"})]),
    # --- Colombia
    ("FARC dissidents ambushed a military patrol in Cauca, killing four soldiers.",
     D(2024, 3, 1), [dict(kind="clash", loc="Cauca", fatal=4, actor1="FARC dissidents")]),
    ("ELN rebels and Clan del Golfo fighters clashed in the Catatumbo region in January 2025, "
     "forcing more than 30,000 people from their homes.", D(2025, 2, 5),
     [dict(kind="clash", loc="Catatumbo", date="2025-01-01", precision=3,
           actor1="ELN rebels"),
      dict(kind="displacement", loc="Catatumbo", origin="Catatumbo")]),
    ("Colombian troops did not enter Venezuela, the defence minister said.", D(2024, 3, 1), []),
    # --- DR Congo
    ("M23 rebels took control of Goma on Jan. 27, sending thousands fleeing toward Rwanda.",
     D(2025, 1, 30), [dict(kind="capture", loc="Goma", date="2025-01-27", actor1="M23 rebels"),
                      dict(kind="displacement", origin="Goma", dest="Rwanda")]),
    # (the shelling they fled is an event too, where they left: since stop 30)
    ("Thousands fled Sake after shelling, aid groups said on Tuesday.", D(2024, 2, 8),
     [dict(kind="displacement", origin="Sake", source="aid groups"),
      dict(kind="strike", loc="Sake")]),
    ("Congolese army drones struck M23 positions in Masisi territory, the army said.",
     D(2024, 2, 8), [dict(kind="strike", loc="Masisi", actor1="Congolese army")]),
    # --- Older wars, dates, displacement
    ("Ethiopian forces entered Mekelle on 28 November 2020.", D(2024, 1, 1),
     [dict(kind="movement", dest="Mekelle", date="2020-11-28", actor1="Ethiopian forces")]),
    ("In 2017, coalition airstrikes destroyed much of Raqqa.", D(2024, 1, 1),
     [dict(kind="strike", loc="Raqqa", date="2017-01-01", precision=3, actor1="coalition")]),
    ("Fighters from Hayat Tahrir al-Sham entered Hama yesterday.", None,
     [dict(kind="movement", dest="Hama", date=None, date_text="yesterday")]),
    ("Azerbaijani forces shelled Stepanakert on February 30.", D(2023, 9, 20),
     [dict(kind="strike", loc="Stepanakert", date=None, date_text="on February 30")]),
    ("Over 100,000 ethnic Armenians fled Nagorno-Karabakh to Armenia in September 2023.",
     D(2023, 10, 10), [dict(kind="displacement", origin="Nagorno-Karabakh", dest="Armenia",
                            date="2023-09-01", precision=3)]),
    ("Somali forces evacuated civilians from Beledweyne before the floods.", D(2023, 11, 1),
     [dict(kind="displacement", origin="Beledweyne", actor1="Somali forces")]),
    ("Jordan intercepted Iranian drones over Amman on April 13.", D(2024, 4, 20),
     [dict(kind="interception", loc="Amman", date="2024-04-13", actor1="Jordan")]),
    ("Putin and Kim held talks in Pyongyang on Wednesday.", D(2024, 6, 20),
     [dict(kind="meeting", loc="Pyongyang", date="2024-06-19", actor1="Putin and Kim")]),
    ("Blinken visited Kyiv.", D(2024, 5, 14), [dict(kind="movement", dest="Kyiv",
                                                    actor1="Blinken")]),
    ("Iranian-backed militias in Iraq launched drone attacks on U.S. bases in Syria.",
     D(2024, 1, 29), [dict(kind="strike", loc="Syria", actor1="Iranian-backed militias")]),
    ("Russian forces advanced further, the ministry said.", D(2024, 1, 29), []),
    ("Kyiv is the capital of Ukraine.", D(2024, 1, 29), []),
    ("Al-Shabaab militants stormed a hotel in Mogadishu last Friday, the police said.",
     D(2024, 3, 17), [dict(kind="clash", loc="Mogadishu", date="2024-03-15",
                           actor1="Al-Shabaab militants", source="police")]),
    ("Federal troops pulled out of Tigray after the peace deal was signed.", D(2023, 1, 10),
     [dict(kind="movement", origin="Tigray", loc="Tigray", actor1="Federal troops")]),
    ("The RSF was accused of a massacre in Darfur in June 2023.", D(2024, 1, 10),
     [dict(kind="attack", loc="Darfur", date="2023-06-01")]),  # violence against civilians
    ("Kharkiv came under heavy shelling on Monday.", D(2024, 6, 4),
     [dict(kind="strike", loc="Kharkiv", date="2024-06-03")]),
    ("The town of Bakhmut fell to Russian forces in May 2023.", D(2024, 6, 4),
     [dict(kind="capture", loc="Bakhmut", actor1="Russian forces", date="2023-05-01",
           precision=3)]),
    ("Al-Shabaab claimed responsibility for the bombing in Mogadishu.", D(2024, 6, 4),
     [dict(kind="strike", loc="Mogadishu", actor1="Al-Shabaab")]),
    ("Heavy fighting erupted between the army and RSF in Khartoum on Saturday.", D(2024, 6, 4),
     [dict(kind="clash", loc="Khartoum", actor1="army", actor2="RSF", date="2024-06-01")]),
    ("Russia launched 40 missiles at Kyiv and Lviv overnight, Ukraine's air force said.",
     D(2024, 6, 4), [dict(kind="strike", loc="Kyiv", actor1="Russia", source="air force"),
                     dict(kind="strike", loc="Lviv", actor1="Russia")]),
    ("Ten infants have died of whooping cough in Kherson this year.", D(2024, 6, 4), []),
    ("The strike by teachers closed schools in Odesa.", D(2024, 6, 4), []),
    ("Samples were sent to laboratories in Kyiv for analysis.", D(2024, 6, 4), []),
    ("Malian soldiers were deployed to Bamako from Kidal on Sunday.", D(2024, 2, 6),
     [dict(kind="movement", dest="Bamako", origin="Kidal", date="2024-02-04",
           actor1="Malian soldiers")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES,
                         ids=[c[0][:40] for c in CASES])
def test_event_table(text: str, published: dt.date | None, expected: list[dict]) -> None:
    events = extract_events(text, fake_resolutions(text, ("Kwabzak", "Tunga")),
                            published=published)
    check_events(text, events, expected)


def test_on_uncertain_flag_keeps_negated_and_hypothetical() -> None:
    text = "Ukraine did not attack Moscow. Russia threatened to strike Kyiv."
    events = extract_events(text, fake_resolutions(text), on_uncertain="flag")
    assert [(e.kind, e.flags) for e in events] == [
        ("clash", ("negated",)), ("strike", ("hypothetical",))]


def test_on_uncertain_rejects_unknown_value() -> None:
    with pytest.raises(ValueError, match="got 'keep' instead"):
        extract_events("x", [], on_uncertain="keep")  # type: ignore[arg-type]


def test_article_fields_and_offsets_are_kept() -> None:
    text = "Intro without places.\nRussian forces shelled Kharkiv on Tuesday."
    (event,) = extract_events(text, fake_resolutions(text), published=D(2024, 5, 15),
                              article_id="a1", url="http://x", title="T")
    assert (event.article_id, event.url, event.title) == ("a1", "http://x", "T")
    assert text[event.quote_start:event.quote_end] == "Russian forces shelled Kharkiv on Tuesday."
    assert event.location is not None and event.location.mention.start == text.index("Kharkiv")


def test_no_resolutions_no_events() -> None:
    assert extract_events("Russian forces shelled the city on Tuesday.", []) == []


@pytest.mark.parametrize(("trigger", "quote", "expected"), [
    ("airstrikes", "Israeli airstrikes hit Rafah.", ("Explosions/Remote violence",
                                                     "Air/drone strike", "195")),
    ("drone strike", "A drone strike hit Sumy.", ("Explosions/Remote violence",
                                                  "Air/drone strike", "1952")),
    ("shelled", "Russian forces shelled Kharkiv.", ("Explosions/Remote violence",
                                                    "Shelling/artillery/missile attack", "194")),
    ("suicide bomber", "A suicide bomber killed 12.", ("Explosions/Remote violence",
                                                      "Suicide bomb", "183")),
])
def test_strike_taxonomy(trigger: str, quote: str, expected: tuple) -> None:
    event = Event("strike", trigger, quote, 0, len(quote))
    assert classify(event) == expected
    assert acled_for(event) == expected[:2] and cameo_for(event) == expected[2]


@pytest.mark.parametrize(("kind", "trigger", "actor1", "sub"), [
    ("capture", "recaptured", "Ukrainian forces", "Government regains territory"),
    ("capture", "seized", "Turkish-backed insurgents", "Non-state actor overtakes territory"),
    ("clash", "clashes", None, "Armed clash"),
    ("interception", "forcing it to return", None, "Disrupted weapons use"),
    ("displacement", "fled", None, "Other"),
    ("movement", "withdrew", None, "Other"),
    ("meeting", "met", None, "Other"),
])
def test_other_taxonomy(kind: str, trigger: str, actor1: str | None, sub: str) -> None:
    event = Event(kind, trigger, trigger, 0, len(trigger), actor1=actor1)  # type: ignore[arg-type]
    assert acled_for(event)[1] == sub
    code = cameo_for(event)
    assert code is None or code.isdigit()


def test_taxonomy_rejects_unknown_kind() -> None:
    event = Event("parade", "parade", "parade", 0, 6)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="got 'parade' instead"):
        classify(event)


@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting began on Nov. 27 in the U.S.-backed zone. Mr. Ali fled.",
     ["Fighting began on Nov. 27 in the U.S.-backed zone.", "Mr. Ali fled."]),
    ('He said: "We won." Then he left.', ['He said: "We won."', "Then he left."]),
    ("It was 3.5 km away. Next.", ["It was 3.5 km away.", "Next."]),
    ("Troops went to the U.S. The next day they left.",
     ["Troops went to the U.S.", "The next day they left."]),
    ("Gen. Hemedti met Lt. Col. Ali in St. Louis.\n\nTalks ended",
     ["Gen. Hemedti met Lt. Col. Ali in St. Louis.", "Talks ended"]),
    ("", []),
])
def test_split_sentences(text: str, expected: list[str]) -> None:
    assert [text[a:b] for a, b in split_sentences(text)] == expected


_WORDS = st.sampled_from([
    "Kyiv", "Gaza City", "shelled", "fled", "from", "to", "in", "near", "not", "would", "killed",
    "12", "dozens", "on Sunday", "Nov.", "27", ",", ".", "\n", "said", "the", "army", "airstrikes",
    "U.S.-backed", "’s", "seized", "which", "was", "by", "rebels", "and", "Tunga", "?", "“", "(",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, max_size=40).map(" ".join), st.one_of(st.none(), st.dates()),
       st.sampled_from(["drop", "flag"]))
def test_extract_events_never_raises(text: str, published: dt.date | None, mode: str) -> None:
    events = extract_events(text, fake_resolutions(text, ("Tunga",)), published=published,
                            on_uncertain=mode)  # type: ignore[arg-type]
    for event in events:
        assert text[event.quote_start:event.quote_end] == event.quote
        if "place_inferred" not in event.flags:  # a place in focus is named elsewhere
            for res in (event.location, event.origin, event.destination):
                assert res is None or event.quote_start <= res.mention.start < event.quote_end
        assert event.fatalities is None or event.fatalities >= 0
