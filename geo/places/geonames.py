"""``geo gazetteer build``: a full-size gazetteer from a GeoNames dump the user downloaded.

The dump (``allCountries.zip``, ``cities500.zip``, a country file ``XX.zip`` or ``XX.txt``) is
GeoNames' tab-separated table of 19 columns: geonameid, name, asciiname, alternatenames,
latitude, longitude, feature class, feature code, country code, cc2, admin1 code, admin2
code, admin3 code, admin4 code, population, elevation, dem, timezone, modification date.

The result is the bundled gazetteer (its places, names, countries and word tables) with the
dump's places added through the same writer (:mod:`geo.places.build`): rows the bundled data
already has keep their point and gain the dump's names; new rows get a kind from their
feature class and code (:func:`kind_of`). A malformed row stops the build with one line naming
file and line, and nothing is written.
"""

from __future__ import annotations

import csv
import datetime as dt
import importlib.util
import io
import json
import sqlite3
import time
import zipfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from geo.errors import InputError
from geo.io.atomic import atomic_path
from geo.places.build import (
    ALIAS,
    LICENCES,
    PRIMARY,
    GazetteerWriter,
    english_words,
    number_in,
    usable_alias,
)
from geo.places.normalize import normalize_name
from geo.places.paths import default_data_dir, gazetteer_file

__all__ = ["FIELDS", "build_from_geonames", "kind_of", "read_dump"]

FIELDS = 19
# Populated places that are no longer there (historical, abandoned, destroyed).
_GONE = frozenset({"PPLH", "PPLQ", "PPLW", "PPLCH"})
_COUNTRY_CODES = frozenset({"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL"})
# Spots, terrain and water that conflict reporting names: camps (CMPRF is a refugee camp),
# crossings and posts, airports and bases, ports, bridges, dams; islands, mountains, passes,
# deserts, valleys; seas, gulfs, straits, bays, lakes, rivers, oases.
_FEATURES = {
    "S": frozenset("CMP CMPRF CMPLA CMPMN AIRB AIRF AIRP BDG DAM INSM NVB PRT PSTB PSTC "
                   "PSTP".split()),
    "T": frozenset("ISL ISLS PEN MT MTS PASS DSRT PLAT VAL".split()),
    "H": frozenset("SEA GULF STRT BAY LK RSV STM OAS CNL".split()),
}
_REGIONS = frozenset({"RGN", "CONT"})
_BATCH = 20_000


def kind_of(feature_class: str, feature_code: str) -> str | None:
    """The gazetteer kind of a GeoNames feature, or None for features left out.

    >>> kind_of("P", "PPLA2"), kind_of("S", "CMPRF"), kind_of("A", "ADM3")
    ('city', 'feature', None)
    """
    if feature_class == "P":
        return None if feature_code in _GONE else "city"
    if feature_class == "A":
        if feature_code == "ADM1":
            return "admin1"
        if feature_code == "ADM2":
            return "admin2"
        return "country" if feature_code in _COUNTRY_CODES else None
    if feature_class == "L":
        return "region" if feature_code in _REGIONS else None
    codes = _FEATURES.get(feature_class)
    return "feature" if codes is not None and feature_code in codes else None


def _member(zf: zipfile.ZipFile, path: Path) -> str:
    txts = [n for n in zf.namelist()
            if n.lower().endswith(".txt") and Path(n).name.lower() != "readme.txt"]
    own = [n for n in txts if Path(n).stem == path.stem]
    if len(own) == 1 or len(txts) == 1:
        return (own or txts)[0]
    raise InputError(f"{path}: expected one GeoNames .txt table inside, found "
                     f"{', '.join(txts) or 'none'}")


def _lines(path: Path) -> Iterator[tuple[str, bytes]]:
    """(where, raw line) for the table in a .zip, or a .txt file."""
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as zf:
            member = _member(zf, path)
            with zf.open(member) as fh:
                where = f"{path}:{member}"
                for raw in io.BufferedReader(fh, 1 << 20):  # type: ignore[arg-type]
                    yield where, raw
    else:
        with open(path, "rb") as fh:
            for raw in fh:
                yield str(path), raw


def read_dump(path: str | Path) -> Iterator[tuple[str, int, list[str]]]:
    """Rows of a GeoNames dump, checked: (file, line number, the 19 fields).

    Raises
    ------
    InputError
        On the first malformed row, naming file and line ("cities500.zip:cities500.txt:12:
        latitude '95.1' is not between -90 and 90").
    """
    path = Path(path)
    n = 0
    for where, raw in _lines(path):
        n += 1
        try:
            line = raw.decode("utf-8").rstrip("\r\n")
        except UnicodeDecodeError:
            raise InputError(f"{where}:{n}: not UTF-8 text") from None
        if not line.strip():
            continue
        f = line.split("\t")
        problem = _problem(f)
        if problem:
            raise InputError(f"{where}:{n}: {problem}")
        yield where, n, f
    if n == 0:
        raise InputError(f"{path}: empty file, expected a GeoNames table")


def _problem(f: list[str]) -> str | None:
    if len(f) != FIELDS:
        return (f"expected {FIELDS} tab-separated fields (GeoNames format), got {len(f)}")
    if not f[0].isdigit() or int(f[0]) == 0:
        return f"geonameid {f[0]!r} is not a positive integer"
    if not f[1].strip():
        return "empty name"
    if number_in(f[4], -90, 90) is None:
        return f"latitude {f[4]!r} is not a number between -90 and 90"
    if number_in(f[5], -180, 180) is None:
        return f"longitude {f[5]!r} is not a number between -180 and 180"
    if len(f[6]) > 1 or (f[6] and f[6] not in "AHLPRSTUV"):
        return f"feature class {f[6]!r} is not one of A H L P R S T U V"
    if f[8] and not (len(f[8]) == 2 and f[8].isalpha() and f[8].isupper()):
        return f"country code {f[8]!r} is not two capital letters"
    if f[14] and not f[14].lstrip("-").isdigit():
        return f"population {f[14]!r} is not a whole number"
    return None


def _names(f: list[str], gid: int) -> Iterator[tuple[str, int, int]]:
    for src, flag in ((f[1], PRIMARY), (f[2], PRIMARY)):
        key = normalize_name(src)
        if key:
            yield key, gid, flag
    for alias in f[3].split(","):
        if alias and usable_alias(alias):
            yield normalize_name(alias), gid, ALIAS


def build_from_geonames(
    dumps: Sequence[str | Path], out: str | Path, *, base: str | Path | None = None
) -> dict[str, str]:
    """Build a gazetteer file from GeoNames dumps on top of the bundled data.

    Parameters
    ----------
    dumps : GeoNames tables (.zip or .txt), read in order; a place in several is kept once.
    out : the ``.sqlite`` file to write (atomically: on any error nothing is left).
    base : gazetteer folder to start from (default: the bundled data).

    Returns
    -------
    dict
        The new file's meta table (counts per kind, sources, licences).
    """
    started = time.perf_counter()
    base_dir = Path(base) if base is not None else default_data_dir()
    base_db = gazetteer_file(base_dir)
    dumps = [Path(d) for d in dumps]
    for d in dumps:
        if not d.is_file():
            raise InputError(f"no such GeoNames file: {str(d)!r}")
    out = Path(out)
    sources = []
    with atomic_path(out, "gazetteer") as tmp:
        w = GazetteerWriter(Path(tmp))
        try:
            db = w.db
            for d in dumps:  # first, so that a malformed row stops the build at once
                rows, kept = _add_dump(db, d)
                sources.append({"file": d.name, "rows": rows, "places": kept})
            # The bundled rows win over the dump's: they keep their points and kinds.
            db.execute("ATTACH DATABASE ? AS b", (f"file:{base_db}?mode=ro",))
            db.execute("INSERT OR REPLACE INTO places SELECT * FROM b.places")
            db.execute("INSERT INTO names_raw SELECT * FROM b.names")
            # New rows take the name of their admin-1 region (bundled or from the dump).
            db.execute("CREATE TABLE a1 (cc TEXT, code TEXT, name TEXT, PRIMARY KEY (cc, code))")
            db.execute("INSERT OR IGNORE INTO a1 SELECT cc, admin1_code, name FROM places "
                       "WHERE kind = 'admin1' ORDER BY id")
            db.execute("UPDATE places SET admin1 = CASE WHEN kind = 'admin1' THEN name ELSE "
                       "coalesce((SELECT a1.name FROM a1 WHERE a1.cc = places.cc AND "
                       "a1.code = places.admin1_code), '') END "
                       "WHERE kind != 'country' AND id NOT IN (SELECT id FROM b.places)")
            db.execute("DROP TABLE a1")
            w.check_points()
            tables = {t: db.execute(f"SELECT * FROM b.{t}").fetchall()
                      for t in ("words", "demonyms", "not_places", "english", "countries")}
            db.commit()
            db.execute("DETACH DATABASE b")
            has_wordfreq = importlib.util.find_spec("wordfreq") is not None
            # Without wordfreq: the bundled table, and the common words list at Zipf 3.
            word_rows = [(normalize_name(w_), 3.0, 1) for (w_,) in tables["english"]]
            word_rows += tables["words"]
            meta = w.finish(
                words=english_words if has_wordfreq else word_rows,
                demonyms=tables["demonyms"], not_places=[k for (k,) in tables["not_places"]],
                english=[e for (e,) in tables["english"]], countries=tables["countries"],
                meta={
                    "built": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                    "sources": json.dumps(
                        [{"file": "bundled gazetteer", "path": str(base_db)}, *sources]),
                    "licences": json.dumps(list(LICENCES)),
                    "words": "wordfreq" if has_wordfreq else "bundled word tables",
                },
                continents=_continents(base_dir if base_dir.is_dir() else default_data_dir()),
            )
        except BaseException:
            w.close()
            raise
    meta["seconds"] = f"{time.perf_counter() - started:.1f}"
    return meta


def _continents(folder: Path) -> dict[str, str]:
    """ISO code -> GeoNames continent (``continents.csv``), for the spelling-variant table."""
    try:
        with open(folder / "continents.csv", encoding="utf-8", newline="") as fh:
            return {r["cc"]: r["continent"] for r in csv.DictReader(fh)}
    except (OSError, KeyError, csv.Error):
        return {}


def _add_dump(db: sqlite3.Connection, path: Path) -> tuple[int, int]:
    """Add the kept rows of one dump; returns (rows read, places kept)."""
    places: list[tuple] = []
    names: list[tuple[str, int, int]] = []
    rows = kept = 0

    def flush() -> None:
        db.executemany("INSERT OR IGNORE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)", places)
        db.executemany("INSERT INTO names_raw VALUES (?,?,?)", names)
        places.clear()
        names.clear()

    for _, _, f in read_dump(path):
        rows += 1
        kind = kind_of(f[6], f[7])
        if kind is None:
            continue
        kept += 1
        gid = int(f[0])
        pop = max(int(f[14]), 0) if f[14] else 0
        places.append((gid, f[1].strip(), kind, float(f[5]), float(f[4]), f[8], f[10], "",
                       pop, f[7], gid))
        names.extend(_names(f, gid))
        if len(places) >= _BATCH:
            flush()
    flush()
    return rows, kept
