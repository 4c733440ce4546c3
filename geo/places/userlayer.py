"""The user layer: places an analyst adds (``geo gazetteer add PLACES.csv``).

A small SQLite file (:func:`geo.places.paths.user_places_path`, ``user_places.sqlite`` in the
per-user data folder) with the gazetteer's ``places`` and ``names`` tables. Every command
consults it after the gazetteer in use (:func:`geo.places.gazetteer.load`): its rows are
candidates like any other, with ids at or below ``USER_ID_BASE`` (-1,000,000,000), name keys
made by the same :func:`~geo.places.normalize.normalize_name`, names flagged ``USER`` and
``CURATED`` (hand-written, like the team's overlay), and their keys let through the name
bitmap.

The CSV (UTF-8, a header row; column names are case-insensitive):

==================  ========  =============================================================
column              needed    what
==================  ========  =============================================================
name                yes       the place's name as reports write it
alternate_names     no        other spellings, separated by ``|`` (or ``;``)
kind                yes       one of :data:`KINDS` (city, town, village, camp, crossing ...)
lat, lon            yes       WGS84 degrees
country_code        yes       ISO 3166-1 alpha-2 (may be empty for a region or feature)
admin1              no        first-level region: its name or GeoNames admin-1 code
population          no        a whole number
feature_code        no        GeoNames feature code (default by kind: PPL, CMPRF, PSTB ...)
==================  ========  =============================================================

A row with the same name, kind, country and admin-1 as one added before replaces it (same
id): adding a file twice adds nothing, and adding a corrected file fixes its points. A
malformed row stops the whole file with one line naming file and line; the layer is rewritten
in a temporary file and renamed into place, so it is never left half-written.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import io
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from geo.errors import InputError
from geo.io.atomic import atomic_path
from geo.places.build import CURATED, PRIMARY, USER, number_in
from geo.places.gazetteer import USER_ID_BASE, Gazetteer
from geo.places.normalize import normalize_name
from geo.places.paths import user_places_path
from geo.places.variants import add_user_variant_table

__all__ = ["KINDS", "UserPlace", "add_places", "layer_info", "read_places"]

# Kind written in the CSV -> (gazetteer kind, default GeoNames feature code).
KINDS = {
    "city": ("city", "PPL"), "town": ("city", "PPL"), "village": ("city", "PPL"),
    "neighbourhood": ("city", "PPLX"), "camp": ("feature", "CMPRF"),
    "crossing": ("feature", "PSTB"), "airport": ("feature", "AIRP"),
    "base": ("feature", "INSM"), "feature": ("feature", ""), "region": ("region", "RGN"),
    "admin1": ("admin1", "ADM1"), "admin2": ("admin2", "ADM2"), "country": ("country", "PCLI"),
}
_COLUMNS = {
    "name": "name", "alternate_names": "alt", "alternatenames": "alt", "aliases": "alt",
    "alternate names": "alt", "kind": "kind", "lat": "lat", "latitude": "lat", "lon": "lon",
    "lng": "lon", "longitude": "lon", "country_code": "cc", "country code": "cc", "cc": "cc",
    "admin1": "admin1", "population": "population", "feature_code": "fcode",
}
_NEEDED = ("name", "kind", "lat", "lon", "cc")
_SCHEMA = """
    CREATE TABLE IF NOT EXISTS places (id INTEGER PRIMARY KEY, name TEXT NOT NULL,
        kind TEXT NOT NULL, lon REAL NOT NULL, lat REAL NOT NULL, cc TEXT NOT NULL,
        admin1_code TEXT NOT NULL, admin1 TEXT NOT NULL, population INTEGER NOT NULL,
        fcode TEXT NOT NULL, geonameid INTEGER, ident TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL, line INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS names (key TEXT NOT NULL, id INTEGER NOT NULL,
        flags INTEGER NOT NULL, PRIMARY KEY (key, id)) WITHOUT ROWID;
    CREATE TABLE IF NOT EXISTS sources (file TEXT NOT NULL, added TEXT NOT NULL,
        rows INTEGER NOT NULL);
    CREATE TABLE IF NOT EXISTS meta (k TEXT PRIMARY KEY, v TEXT NOT NULL) WITHOUT ROWID;
"""


@dataclass(frozen=True)
class UserPlace:
    """One checked row of a user CSV."""

    name: str
    aliases: tuple[str, ...]
    kind: str
    fcode: str
    lon: float
    lat: float
    cc: str
    admin1_code: str
    admin1: str
    population: int
    line: int

    @property
    def ident(self) -> str:
        """What makes two rows the same place: name key, kind, country, admin-1."""
        return "|".join((normalize_name(self.name), self.kind, self.cc,
                         normalize_name(self.admin1)))


def read_places(path: str | Path, gazetteer: Gazetteer) -> list[UserPlace]:
    """Read and check a user CSV against the gazetteer in use (countries, admin-1 regions).

    Raises
    ------
    InputError
        For the first malformed row: ``PLACES.csv:7: latitude '95' is not ...``.
    """
    path = Path(path)
    admin1 = _admin1_table(gazetteer)
    countries = gazetteer._country_table()
    try:
        data = path.read_bytes()
    except IsADirectoryError:
        raise InputError(f"{path}: is a folder, expected a CSV file") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text") from None
    out: list[UserPlace] = []
    seen: dict[str, int] = {}
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        raise InputError(f"{path}: empty file, expected a CSV with a header row")
    cols = _columns(path, header)
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            raise InputError(f"{path}:{line}: {exc}") from None
        if not any(cell.strip() for cell in row):
            continue
        place = _check(path, line, row, cols, countries, admin1)
        if place.ident in seen:
            raise InputError(f"{path}:{line}: {place.name!r} repeats line "
                             f"{seen[place.ident]} (same name, kind, country, admin1)")
        seen[place.ident] = line
        out.append(place)
    return out


def _columns(path: Path, header: list[str]) -> dict[str, int]:
    cols: dict[str, int] = {}
    for i, raw in enumerate(header):
        name = raw.strip().lower()
        if name not in _COLUMNS:
            raise InputError(f"{path}:1: unknown column {raw!r}; expected name, "
                             "alternate_names, kind, lat, lon, country_code, admin1, population")
        cols[_COLUMNS[name]] = i
    missing = [c for c in _NEEDED if c not in cols]
    if missing:
        raise InputError(f"{path}:1: missing column(s) "
                         f"{', '.join('country_code' if m == 'cc' else m for m in missing)}")
    return cols


def _check(path: Path, line: int, row: list[str], cols: dict[str, int], countries: dict,
           admin1: dict[str, dict[str, tuple[str, str]]]) -> UserPlace:
    def cell(col: str) -> str:
        i = cols.get(col)
        return row[i].strip() if i is not None and i < len(row) else ""

    def bad(msg: str) -> InputError:
        return InputError(f"{path}:{line}: {msg}")

    if len(row) > len(cols):
        raise bad(f"{len(row)} fields but the header has {len(cols)} (quote names with commas)")
    name = cell("name")
    if not name or not normalize_name(name):
        raise bad("missing name" if not name else f"name {name!r} has no letters or digits")
    kind_text = cell("kind").lower()
    if kind_text not in KINDS:
        raise bad(f"unknown kind {cell('kind')!r}; expected one of {', '.join(KINDS)}")
    kind, fcode = KINDS[kind_text]
    lat, lon = number_in(cell("lat"), -90, 90), number_in(cell("lon"), -180, 180)
    if lat is None:
        raise bad(f"latitude {cell('lat')!r} is not a number between -90 and 90")
    if lon is None:
        raise bad(f"longitude {cell('lon')!r} is not a number between -180 and 180")
    cc = cell("cc").upper()
    if cc and cc not in countries:
        raise bad(f"country code {cell('cc')!r} is not an ISO 3166-1 alpha-2 code the "
                  "gazetteer knows")
    if not cc and kind_text not in ("region", "feature"):
        raise bad(f"missing country code (needed for a {kind_text})")
    a1_text = cell("admin1")
    table = admin1.get(cc, {})
    code, a1_name = table.get(a1_text) or table.get(normalize_name(a1_text)) or ("", a1_text)
    pop_text = cell("population").replace(",", "").replace("_", "")
    if pop_text and not pop_text.isdigit():
        raise bad(f"population {cell('population')!r} is not a whole number")
    aliases = tuple(a.strip() for a in cell("alt").replace(";", "|").split("|") if a.strip())
    return UserPlace(name=name, aliases=aliases, kind=kind, fcode=cell("fcode") or fcode,
                     lon=lon, lat=lat, cc=cc, admin1_code=code,
                     admin1=a1_name if kind != "admin1" else name,
                     population=int(pop_text or 0), line=line)


def _admin1_table(gaz: Gazetteer) -> dict[str, dict[str, tuple[str, str]]]:
    """cc -> {admin-1 code or name key: (code, name)}."""
    out: dict[str, dict[str, tuple[str, str]]] = {}
    rows = gaz._db().execute(
        "SELECT cc, admin1_code, name FROM places WHERE kind = 'admin1' ORDER BY id")
    for cc, code, name in rows:
        table = out.setdefault(cc, {})
        table.setdefault(code, (code, name))
        table.setdefault(normalize_name(name), (code, name))
    return out


@contextlib.contextmanager
def _locked(target: Path):
    """One writer at a time (POSIX advisory lock beside the layer)."""
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not POSIX
        yield
        return
    with open(target.with_name(target.name + ".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def add_places(csv_path: str | Path, gazetteer: Gazetteer,
               target: Path | None = None) -> dict[str, int]:
    """Check a user CSV and merge it into the user layer (atomically).

    Returns
    -------
    dict
        ``added`` (new places), ``updated`` (places already there, replaced), ``total``.
    """
    places = read_places(csv_path, gazetteer)
    target = Path(target) if target is not None else user_places_path()
    target.parent.mkdir(parents=True, exist_ok=True)
    added = updated = 0
    with _locked(target), atomic_path(target, "user layer") as tmp:
        if target.exists():
            shutil.copyfile(target, tmp)
        db = sqlite3.connect(tmp)
        try:
            db.executescript(_SCHEMA)
            ids = dict(db.execute("SELECT ident, id FROM places"))
            next_id = min([USER_ID_BASE, *ids.values()]) - 1
            for p in places:
                pid = ids.get(p.ident)
                if pid is None:
                    pid, next_id, added = next_id, next_id - 1, added + 1
                else:
                    updated += 1
                    db.execute("DELETE FROM names WHERE id = ?", (pid,))
                db.execute(
                    "INSERT OR REPLACE INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (pid, p.name, p.kind, p.lon, p.lat, p.cc, p.admin1_code, p.admin1,
                     p.population, p.fcode, None, p.ident, str(Path(csv_path).resolve()),
                     p.line))
                flags: dict[str, int] = {}
                for alias in p.aliases:
                    key = normalize_name(alias)
                    if key:
                        flags[key] = flags.get(key, 0) | CURATED | USER
                key = normalize_name(p.name)
                flags[key] = flags.get(key, 0) | PRIMARY | CURATED | USER
                db.executemany("INSERT INTO names VALUES (?,?,?)",
                               ((k, pid, f) for k, f in flags.items()))
            db.execute("INSERT INTO sources VALUES (?,?,?)", (
                str(Path(csv_path).resolve()),
                dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), len(places)))
            longest = max((len(k.split()) for (k,) in db.execute("SELECT key FROM names")),
                          default=1)
            db.execute("INSERT OR REPLACE INTO meta VALUES ('max_tokens', ?)", (str(longest),))
            add_user_variant_table(db)  # other spellings of the user's names find them too
            db.commit()
            total = db.execute("SELECT count(*) FROM places").fetchone()[0]
        finally:
            db.close()
    return {"added": added, "updated": updated, "total": total}


def layer_info(path: Path | None = None) -> dict | None:
    """Counts per kind, names and the files added, or None when there is no user layer."""
    path = Path(path) if path is not None else user_places_path()
    if not path.is_file():
        return None
    with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
        try:
            counts = dict(db.execute("SELECT kind, count(*) FROM places GROUP BY kind"))
            names = db.execute("SELECT count(*) FROM names").fetchone()[0]
            files = db.execute("SELECT file, added, rows FROM sources WHERE rowid IN "
                               "(SELECT max(rowid) FROM sources GROUP BY file) "
                               "ORDER BY rowid").fetchall()
        except sqlite3.Error as exc:
            raise InputError(f"cannot read user layer {path}: {exc}") from None
    return {"path": str(path), "counts": counts, "places": sum(counts.values()),
            "names": names, "files": files}
