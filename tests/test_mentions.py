"""extract_mentions on the real gazetteer: offsets, kind hints, modifiers, possessives."""

from __future__ import annotations

import pytest

from geo.places.gazetteer import load
from geo.places.mentions import extract_mentions
from geo.places.normalize import normalize_name


@pytest.fixture(scope="module")
def gazetteer():
    return load()


# (text, [(surface, hint, phrase)]): every mention, in order; ``phrase`` is the text covered
# by ``extends`` (None when no kind word was absorbed).
CASES = [
    ("Shelling hit villages in Hama province.", [("Hama", "region", "Hama province")]),
    ("Fighting spread across Idlib and Hama provinces.",
     [("Idlib", "region", None), ("Hama", "region", "Hama provinces")]),
    # a longer list: the plural names every place of it
    ("Drones were downed over Mykolaiv, Kherson, Odesa and Zaporizhzhia oblasts.",
     [("Mykolaiv", "region", None), ("Kherson", "region", None), ("Odesa", "region", None),
      ("Zaporizhzhia", "region", "Zaporizhzhia oblasts")]),
    ("He met officials in Kyiv, then toured Odesa and Mykolaiv regions.",
     [("Kyiv", None, None), ("Odesa", "region", None), ("Mykolaiv", "region", "Mykolaiv regions")]),
    ("Drones struck Deir ez-Zor governorate overnight.",
     [("Deir ez-Zor", "region", "Deir ez-Zor governorate")]),
    # A capitalised kind word that is part of a gazetteer name stays in the name.
    ("Drones struck Deir ez-Zor Governorate overnight.",
     [("Deir ez-Zor Governorate", None, None)]),
    ("Shelling continued across Kharkiv oblast.", [("Kharkiv", "region", "Kharkiv oblast")]),
    ("Attacks rose in Borno state last year.", [("Borno", "region", "Borno state")]),
    ("Police patrolled Cauca department.", [("Cauca", "region", "Cauca department")]),
    ("Rebels entered the city of Hama.", [("Hama", "city", None)]),
    ("Troops entered the town of Bakhmut.", [("Bakhmut", "city", None)]),
    # a distance is measured from a town, not its province
    ("Fighters overran Abu Grein, 130 km south of Misrata.", [("Misrata", "city", None)]),
    ("The camp lies about 25 miles (40 km) north-east of Hama.", [("Hama", "city", None)]),
    ("Ridge Farm is about 45 miles to the southeast of Champaign.",
     [("Ridge Farm", None, None), ("Champaign", "city", None)]),
    ("Fighting raged in the province of Idlib.", [("Idlib", "region", None)]),
    ("Trucks queued at the Torkham border crossing.",
     [("Torkham border crossing", None, None)]),
    ("Convoys crossed at the Al-Qa'im border crossing on Monday.",
     [("Al-Qa'im border crossing", None, None)]),
    ("The Rafah crossing reopened.", [("Rafah crossing", None, None)]),
    ("Ukraine's army held the line.", [("Ukraine", None, None)]),
    ("Iran’s minister flew to Kabul.", [("Iran", None, None), ("Kabul", None, None)]),
    ("A U.K.-based monitor and Iranian-backed militias in Iraq.", [("Iraq", None, None)]),
    ("Turkish-held areas and U.S.-led strikes near Raqqa.", [("Raqqa", None, None)]),
    ("Since Sunday, Some officials in Kyiv have resigned.", [("Kyiv", None, None)]),
    ("Residents of Tel Rifaat fled north.", [("Tel Rifaat", None, None)]),
    ("Gangs control Port-au-Prince.", [("Port-au-Prince", None, None)]),
    ("Talks in Dayr az Zawr stalled.", [("Dayr az Zawr", None, None)]),
    # Wire style: a day or a month after a smaller town is no part of a longer name.
    ("Israeli troops shelled Jenin Tuesday.", [("Jenin", None, None)]),
    ("Gunmen attacked Djibo Sunday, the army said.", [("Djibo", None, None)]),
    ("Floods hit Beledweyne May 3.", [("Beledweyne", None, None)]),
    # A name that is also a demonym is a place before a clause's end, an adjective before a
    # noun.
    ("Its crew was evacuated to Djibouti, and the ship sank.", [("Djibouti", None, None)]),
    ("Malian and Nigerien units joined.", []),
    # An everyday word inside a longer name is no region of its own, unless a country.
    ("Clashes continued in North Gondar zone.", []),
    ("The United Kingdom Maritime Trade Operations center said.", [("United Kingdom", None, None)]),
    ("The Central General Staff attacked a patrol.", []),
    ("Trade across the Turkey Syria border resumed.",
     [("Turkey", None, None), ("Syria", None, None)]),
]

# Surfaces that must resolve through the curated overlay (negative ids).
CURATED = ["Torkham border crossing", "Al-Qa'im border crossing", "Rafah crossing"]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_extract_mentions(gazetteer, text, expected):
    got = extract_mentions(text, gazetteer)
    rows = [
        (m.text, m.hint, text[m.extends[0] : m.extends[1]] if m.extends else None) for m in got
    ]
    assert rows == expected
    for m in got:
        assert text[m.start : m.end] == m.text
        assert m.key == normalize_name(m.text)
        if m.extends:
            assert m.extends[0] == m.start and m.extends[1] >= m.end


@pytest.mark.parametrize("surface", CURATED)
def test_crossing_names_reach_the_curated_row(gazetteer, surface):
    text = f"Aid went through the {surface} today."
    (m,) = [m for m in extract_mentions(text, gazetteer) if m.text == surface]
    ids = [p.id for p, _ in gazetteer.candidates(m.key)]
    assert any(i < 0 for i in ids), ids


@pytest.mark.parametrize(
    ("text", "surface", "start", "end"),
    [
        ("Ukraine's army", "Ukraine", 0, 7),
        ("in Iran’s capital", "Iran", 3, 7),
        ("Beirut's airport", "Beirut", 0, 6),
        ("Sudan's war", "Sudan", 0, 5),
    ],
)
def test_possessive_offsets_exclude_s(gazetteer, text, surface, start, end):
    (m,) = extract_mentions(text, gazetteer)
    assert (m.text, m.start, m.end) == (surface, start, end)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The U.S.-Israel side deal was signed.", []),
        ("The Russia-Ukraine war entered its third year.", []),
        ("Shelling along the Iran-Iraq border continued.", ["Iran", "Iraq"]),
        ("Fighting in Nagorno-Karabakh resumed.", ["Nagorno-Karabakh"]),
    ],
)
def test_hyphenated_name_pairs(gazetteer, text: str, expected: list[str]) -> None:
    assert [m.text for m in extract_mentions(text, gazetteer)] == expected
