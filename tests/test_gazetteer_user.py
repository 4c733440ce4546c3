"""geo gazetteer add: a user layer of the analyst's own places, used by every command."""

from __future__ import annotations

import json
import os
import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.cli import main
from geo.places.gazetteer import USER, USER_ID_BASE, load
from geo.places.normalize import normalize_name
from geo.places.userlayer import add_places

HEADER = "name,alternate_names,kind,lat,lon,country_code,admin1,population"
# Made-up places (no gazetteer has them): a camp, a village, a checkpoint.
CSV = f"""{HEADER}
Zorbatuk camp,Zorbatuk|Zorbatouk,camp,13.55,25.30,SD,North Darfur,50000
Qelmara,Qelmara village;Kelmara,village,12.10,15.20,TD,Ouaddaï,
"Nuvarek, checkpoint",Nuvarek crossing,crossing,31.20,35.10,PS,,
"""
TEXT = ("Fighting broke out near Zorbatouk on Monday, and 300 families fled to Qelmara in "
        "Chad, according to the UN.\n")


@pytest.fixture
def home(tmp_path, monkeypatch) -> Path:
    """A fresh per-user data folder."""
    monkeypatch.setenv("GEO_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("GEO_USER_PLACES", raising=False)
    return tmp_path / "home"


def _places(capsys, *args: str) -> list[dict]:
    capsys.readouterr()
    assert main(["places", "--json", *args]) == 0
    return json.loads(capsys.readouterr().out)


def _layer_rows(home: Path) -> list[tuple]:
    with sqlite3.connect(home / "user_places.sqlite") as db:
        return db.execute("SELECT id, name, kind, lat, lon, cc, admin1 FROM places "
                          "ORDER BY id DESC").fetchall()


def test_places_and_events_find_user_places_only_after_add(home, tmp_path, capsys):
    text = tmp_path / "t.txt"
    text.write_text(TEXT, encoding="utf-8")
    (tmp_path / "p.csv").write_text(CSV, encoding="utf-8")
    before = {r["mention"] for r in _places(capsys, str(text))}
    assert before == {"Chad"}

    assert main(["gazetteer", "add", str(tmp_path / "p.csv")]) == 0
    assert "3 place(s) added, 0 updated" in capsys.readouterr().out
    got = {r["mention"]: r for r in _places(capsys, str(text))}
    assert got["Zorbatouk"]["name"] == "Zorbatuk camp"
    assert (got["Zorbatouk"]["kind"], got["Zorbatouk"]["feature_code"]) == ("feature", "CMPRF")
    assert (got["Zorbatouk"]["lat"], got["Zorbatouk"]["lon"]) == (13.55, 25.3)
    assert got["Zorbatouk"]["admin1"] == "North Darfur"
    assert got["Qelmara"]["country_code"] == "TD" and got["Qelmara"]["kind"] == "city"
    assert got["Qelmara"]["admin1"] == "Ouaddaï"
    assert got["Zorbatouk"]["source"] == got["Qelmara"]["source"] == "user"
    assert got["Chad"]["source"] == "geonames"
    assert got["Zorbatouk"]["geonameid"] is None

    out = tmp_path / "events.geojson"
    assert main(["events", str(text), "--published", "2024-12-02", "-o", str(out)]) == 0
    feats = json.loads(out.read_text("utf-8"))["features"]
    where = {f["properties"]["event_type"]: f for f in feats}
    assert where["displacement"]["geometry"]["coordinates"][-1] == [15.2, 12.1]
    assert any(f["properties"]["location"] == "Zorbatuk camp" for f in feats)


@pytest.mark.parametrize(("row", "text", "mention"), [
    # Real camps that share their name with a bundled town a few km away.
    ("Mbera,Mberra,camp,15.75,-5.75,MR,,", "Thousands of Malians fled to Mbera in Mauritania.",
     "Mbera"),
    ("Goz Beida,,camp,12.20,21.42,TD,,",
     "New arrivals from Darfur were taken to Goz Beida, the UN said.", "Goz Beida"),
])
def test_a_user_place_wins_over_a_bundled_namesake(home, tmp_path, capsys, row, text, mention):
    """A place the user added is the one they mean by its name."""
    (tmp_path / "p.csv").write_text(f"{HEADER}\n{row}\n", encoding="utf-8")
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    before = {r["mention"]: r for r in _places(capsys, str(tmp_path / "t.txt"))}
    assert before[mention]["source"] == "geonames"
    assert main(["gazetteer", "add", str(tmp_path / "p.csv")]) == 0
    after = {r["mention"]: r for r in _places(capsys, str(tmp_path / "t.txt"))}
    assert after[mention]["source"] == "user"
    assert after[mention]["feature_code"] == "CMPRF"


@pytest.mark.parametrize(("text", "mention"), [
    ("Hundreds of families fled to Zorbatouk after the attack.", "Zorbatouk"),  # ou for u
    ("Others reached the town of Kelmaru in Chad.", "Kelmaru"),  # u for final ou
    ("Aid trucks entered Dhagaxley camp on Sunday.", "Dhagaxley"),  # Somali x for h
])
def test_other_spellings_of_user_places_are_found(home, tmp_path, capsys, text, mention):
    """The user layer has spelling variants like the bundled names (made-up places)."""
    (tmp_path / "p.csv").write_text(
        f"{HEADER}\nZorbatuk camp,Zorbatuk,camp,13.55,25.30,SD,North Darfur,\n"
        "Kelmarou,,village,12.10,15.20,TD,,\nDhagahley,,camp,2.05,45.30,SO,,\n",
        encoding="utf-8")
    (tmp_path / "t.txt").write_text(text, encoding="utf-8")
    assert mention not in {r["mention"] for r in _places(capsys, str(tmp_path / "t.txt"))}
    assert main(["gazetteer", "add", str(tmp_path / "p.csv")]) == 0
    got = {r["mention"]: r for r in _places(capsys, str(tmp_path / "t.txt"))}
    assert got[mention]["source"] == "user"
    assert "another spelling of its name" in got[mention]["reason"]
    assert got[mention]["confidence"] <= 0.6


def test_user_rows_have_their_own_ids_flags_and_pass_the_prefilter(home, tmp_path):
    (tmp_path / "p.csv").write_text(CSV, encoding="utf-8")
    assert main(["gazetteer", "add", str(tmp_path / "p.csv")]) == 0
    gaz = load()
    keys = [normalize_name(n) for n in ("Zorbatouk", "Kelmara", "Nuvarek crossing",
                                        "Nuvarek, checkpoint")]
    assert gaz.known(keys).all()
    for key in keys:
        (place, flags), = gaz.candidates(key)
        assert place.id <= USER_ID_BASE and flags & USER
        assert gaz.place(place.id) == place
    # The bundled rows are still there, and the layer comes after them.
    aleppo = gaz.lookup("Aleppo")
    assert aleppo and all(p.id > 0 for p in aleppo)


def test_adding_twice_adds_nothing_and_a_corrected_file_fixes_the_point(home, tmp_path,
                                                                         capsys):
    src = tmp_path / "p.csv"
    src.write_text(CSV, encoding="utf-8")
    assert main(["gazetteer", "add", str(src)]) == 0
    first = _layer_rows(home)
    assert main(["gazetteer", "add", str(src)]) == 0
    assert "0 place(s) added, 3 updated" in capsys.readouterr().out
    assert _layer_rows(home) == first
    src.write_text(CSV.replace("13.55,25.30", "13.60,25.35"), encoding="utf-8")
    assert main(["gazetteer", "add", str(src)]) == 0
    rows = _layer_rows(home)
    assert len(rows) == 3
    camp = next(r for r in rows if r[1] == "Zorbatuk camp")
    assert camp[0] == next(r for r in first if r[1] == "Zorbatuk camp")[0]
    assert (camp[3], camp[4]) == (13.60, 25.35)
    with sqlite3.connect(home / "user_places.sqlite") as db:
        assert db.execute("SELECT count(*) FROM names WHERE id = ?", (camp[0],)).fetchone() == (3,)


@pytest.mark.parametrize("row, message", [
    (",,camp,1,2,SD,,", "missing name"),
    ("X,,camp,95,2,SD,,", "latitude '95' is not a number between -90 and 90"),
    ("X,,camp,1,east,SD,,", "longitude 'east' is not a number"),
    ("X,,camp,nan,2,SD,,", "latitude 'nan'"),
    ("X,,hamlet,1,2,SD,,", "unknown kind 'hamlet'"),
    ("X,,camp,1,2,XX,,", "country code 'XX' is not an ISO 3166-1 alpha-2 code"),
    ("X,,camp,1,2,Sudan,,", "country code 'Sudan'"),
    ("X,,camp,1,2,,,", "missing country code (needed for a camp)"),
    ("X,,camp,1,2,SD,,12a", "population '12a' is not a whole number"),
    ("X,,camp,1,2,SD,,1,extra", "9 fields but the header has 8"),
    ("Good place,,camp,1,2,SD,,", "repeats line 2"),
])
def test_a_malformed_row_names_file_and_line_and_changes_nothing(home, tmp_path, capsys,
                                                                  row, message):
    good = tmp_path / "good.csv"
    good.write_text(f"{HEADER}\nEarlier place,,camp,1,1,SD,,\n", encoding="utf-8")
    assert main(["gazetteer", "add", str(good)]) == 0
    layer = home / "user_places.sqlite"
    before = layer.read_bytes()
    bad = tmp_path / "bad.csv"
    bad.write_text(f"{HEADER}\nGood place,,camp,1,2,SD,,\n{row}\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["gazetteer", "add", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"geo: error: {bad}:3: ")
    assert message in err
    assert layer.read_bytes() == before
    assert sorted(p.name for p in home.iterdir()) == ["user_places.sqlite",
                                                       "user_places.sqlite.lock"]


@pytest.mark.parametrize("content, message", [
    ("", "empty file"),
    ("name,kind,lattitude\n", ":1: unknown column 'lattitude'"),
    ("name,kind\nX,city\n", ":1: missing column(s) lat, lon, country_code"),
    (b"name,kind,lat,lon,country_code\nK\xf6ln,city,1,2,DE\n", ":2: not UTF-8 text"),
])
def test_bad_files(home, tmp_path, capsys, content, message):
    bad = tmp_path / "bad.csv"
    if isinstance(content, bytes):
        bad.write_bytes(content)
    else:
        bad.write_text(content, encoding="utf-8")
    assert main(["gazetteer", "add", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("geo: error: ") and err.count("\n") == 1 and message in err
    assert not (home / "user_places.sqlite").exists()


def test_env_var_chooses_the_layer_file(tmp_path, monkeypatch, capsys):
    layer = tmp_path / "elsewhere" / "mine.sqlite"
    monkeypatch.setenv("GEO_USER_PLACES", str(layer))
    (tmp_path / "p.csv").write_text(CSV, encoding="utf-8")
    assert main(["gazetteer", "add", str(tmp_path / "p.csv")]) == 0
    assert layer.is_file()
    assert [p.name for p in load().lookup("Zorbatouk")] == ["Zorbatuk camp"]
    monkeypatch.setenv("GEO_USER_PLACES", str(tmp_path / "none.sqlite"))
    assert load().lookup("Zorbatouk") == ()


def test_batch_on_dask_workers_uses_the_layer(home, tmp_path, capsys):
    pytest.importorskip("distributed")
    (tmp_path / "p.csv").write_text(CSV, encoding="utf-8")
    assert main(["gazetteer", "add", str(tmp_path / "p.csv")]) == 0
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": f"a{i}", "published": "2024-12-02",
                                            "text": TEXT}) for i in range(2)) + "\n",
                      encoding="utf-8")
    out = tmp_path / "out.geojson"
    assert main(["batch", str(corpus), "-o", str(out), "--workers", "2"]) == 0
    feats = json.loads(out.read_text("utf-8"))["features"]
    assert any(f["properties"]["location"] == "Qelmara" for f in feats)
    assert any(f["properties"]["location"] == "Zorbatuk camp" for f in feats)


_NAME = st.from_regex(r"[A-Z][a-z]{3,9}( [A-Z][a-z]{3,9})?", fullmatch=True)


@settings(max_examples=15, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=_NAME, alias=_NAME)
def test_any_added_name_and_alias_is_looked_up_by_the_same_key(tmp_path_factory, name, alias):
    folder = tmp_path_factory.mktemp("layer")
    layer = folder / "layer.sqlite"
    csv_path = folder / "p.csv"
    csv_path.write_text(f"{HEADER}\n{name},{alias},village,10,20,TD,,\n", encoding="utf-8")
    add_places(csv_path, load(), layer)
    old = os.environ.get("GEO_USER_PLACES")
    os.environ["GEO_USER_PLACES"] = str(layer)
    try:
        gaz = load()
        for spelling in (name, alias, name.upper(), f"{alias}"):
            assert any(p.id <= USER_ID_BASE and p.name == name for p in gaz.lookup(spelling))
    finally:
        if old is None:
            os.environ.pop("GEO_USER_PLACES")
        else:
            os.environ["GEO_USER_PLACES"] = old


def test_a_broken_layer_file_is_one_line(tmp_path, monkeypatch, capsys):
    layer = tmp_path / "broken.sqlite"
    layer.write_text("not a database", encoding="utf-8")
    monkeypatch.setenv("GEO_USER_PLACES", str(layer))
    text = tmp_path / "t.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["places", str(text)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"geo: error: cannot read user layer {layer}") and err.count("\n") == 1
