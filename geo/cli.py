"""The ``geo`` command: a thin shell over the library."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from geo.errors import GeoError, InputError, OutputError

__all__ = ["main"]


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"expected a date as YYYY-MM-DD, got {value!r}"
        ) from None


def _add_input(
    p: argparse.ArgumentParser, nargs: str | None = None, *, published: bool = False
) -> None:
    p.add_argument("input", nargs=nargs, metavar="INPUT",
                   help="text, .json, .jsonl or .html file, a folder, or - for standard input")
    p.add_argument("--encoding", default=None,
                   help="input encoding (default UTF-8, also UTF-16 with BOM); "
                   "'utf-8:replace' replaces undecodable bytes with U+FFFD")
    if published:
        p.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                       help="publication date for relative dates (overrides the input's)")


def _add_map_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--title", help="map title (default: the article's title or headline, "
                   "else the file name)")
    p.add_argument("--cdn", action="store_true",
                   help="link Leaflet from a CDN (smaller file, needs the network) instead "
                   "of inlining the bundled copy")
    p.add_argument("--inline-assets", metavar="DIR", type=Path,
                   help="deprecated (maps inline Leaflet by default): inline it from this "
                   "npm folder instead")


def _map_options(args: argparse.Namespace) -> dict:
    """build_map keywords from --cdn / --inline-assets; a bad folder is a one-line error."""
    folder = getattr(args, "inline_assets", None)
    if folder is not None:
        from geo.maps.assets import node_modules

        leaflet = node_modules(folder) / "leaflet" / "dist" / "leaflet.js"
        if not leaflet.is_file():
            raise InputError(f"--inline-assets {str(folder)!r}: no {leaflet} there; drop "
                             "the option, maps carry Leaflet inline by default")
        print("geo: warning: --inline-assets is deprecated: maps carry Leaflet inline by "
              "default", file=sys.stderr)
    return {"cdn": bool(getattr(args, "cdn", False)), "inline_assets": folder}


def _headline(text: str, limit: int = 90) -> str:
    """The first line of an article, cut at a word boundary to ``limit`` characters."""
    line = text.strip().split("\n", 1)[0].strip() if text else ""
    if len(line) <= limit:
        return line
    cut = line[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + "\u2026"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="geo",
        description="Map what English news text says happened where: places, events, maps.",
    )
    from geo import __version__

    parser.add_argument("--version", action="version", version=f"geo {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("places", help="list the places a text names, resolved",
                       description="List the places a text names, resolved to the gazetteer.")
    _add_input(p)
    p.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    p.add_argument("--all", action="store_true",
                   help="also list mentions the resolver abstained on (geonameid null)")

    p = sub.add_parser("events", help="extract located, dated events as GeoJSON",
                       description="Extract events; GeoJSON to stdout, or to OUT by suffix "
                       "(.geojson, .gpkg, .csv, .parquet).")
    _add_input(p, published=True)
    p.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout)")

    p = sub.add_parser("map", help="write a layered HTML map and GeoJSON (the main job)",
                       description="Write <stem>.html and <stem>.geojson into a folder "
                       "(default maps/), or one HTML file when OUT ends in .html.")
    _add_input(p, published=True)
    p.add_argument("-o", "--output", metavar="DIR|FILE.html", default="maps",
                   help="output folder or .html file (default: maps/)")
    _add_map_options(p)

    p = sub.add_parser("batch", help="process a corpus (files, folders, JSONL) in parallel",
                       description="Process many articles; merge duplicate reports; write "
                       "OUT by suffix (.gpkg, .parquet, .geojson, .csv).")
    _add_input(p, nargs="+")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="output file")
    p.add_argument("--map", metavar="OUT.html", help="also write a map of the merged events")
    _add_map_options(p)
    p.add_argument("--workers", type=int, default=1, metavar="N",
                   help="local Dask workers (default 1: no cluster)")
    p.add_argument("--scheduler", metavar="ADDRESS",
                   help="run on an existing Dask cluster, e.g. tcp://10.0.0.5:8786")
    p.add_argument("--published", type=_date, metavar="YYYY-MM-DD",
                   help="publication date for articles that carry none")
    p.add_argument("--errors", metavar="FILE",
                   help="errors report (default: OUT with suffix .errors.jsonl)")
    p.add_argument("--no-merge", action="store_true", help="keep every report as its own event")
    return parser


def _articles(args: argparse.Namespace):
    from geo.io import read_articles

    errors: list = []
    arts = list(read_articles(args.input, encoding=args.encoding, errors_out=errors))
    for err in errors:
        print(f"geo: warning: skipped {err}", file=sys.stderr)
    args.read_errors = errors  # the rest is processed; the exit status says something failed
    return arts


def _place_record(r, article_id: str | None) -> dict:
    p = r.place
    rec = {
        "mention": r.mention.text, "start": r.mention.start, "end": r.mention.end,
        "name": p.name if p else None, "kind": p.kind if p else None,
        "geonameid": p.geonameid if p else None,
        "lat": round(p.lat, 5) if p else None, "lon": round(p.lon, 5) if p else None,
        "country_code": p.country_code if p else None, "admin1": (p.admin1 or None) if p else None,
        "feature_code": p.feature_code if p else None, "population": p.population if p else None,
        "confidence": r.confidence, "reason": r.reason,
    }
    if article_id is not None:
        rec["article_id"] = article_id
    return rec


def _cmd_places(args: argparse.Namespace) -> int:
    from geo.pipeline import find_places

    arts = _articles(args)
    many = len(arts) > 1
    records = []
    for art in arts:
        for r in find_places(art.text, include_unresolved=args.all):
            records.append(_place_record(r, art.id if many else None))
    if args.json:
        json.dump(records, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    head = ("mention", "start", "end", "name", "kind", "cc", "admin1", "lat", "lon", "conf")
    rows = [
        (rec["mention"], rec["start"], rec["end"], rec["name"] or "-", rec["kind"] or "-",
         rec["country_code"] or "-", rec["admin1"] or "-",
         "-" if rec["lat"] is None else f"{rec['lat']:.4f}",
         "-" if rec["lon"] is None else f"{rec['lon']:.4f}", f"{rec['confidence']:.2f}")
        for rec in records
    ]
    widths = [min(28, max([len(str(h)), *(len(str(r[i])) for r in rows)])) for i, h in
              enumerate(head)]
    for row in (head, *rows):
        print("  ".join(str(v)[:w].ljust(w) for v, w in zip(row, widths)).rstrip())
    print(f"{len(rows)} place mention(s)", file=sys.stderr)
    return 0


def _collect(args: argparse.Namespace):
    import pandas as pd

    from geo.events.dates import unanchored
    from geo.frame import places_frame, to_geodataframe
    from geo.pipeline import analyse

    arts = _articles(args)
    events, places = [], []
    undated = 0
    for art in arts:
        res, evs = analyse(art, published=args.published)
        events.extend(evs)
        places.append(places_frame(res, article_id=art.id))
        if args.published is None and art.published is None:
            undated += unanchored(art.text)
    if undated:
        print(f"geo: {undated} relative date(s) left undated: pass --published",
              file=sys.stderr)
    gdf = to_geodataframe(events)
    pl = pd.concat(places, ignore_index=True) if places else None
    return arts, gdf, pl


def _cmd_events(args: argparse.Namespace) -> int:
    from geo.io import write_events, write_geojson

    arts, gdf, places = _collect(args)
    if args.output:
        write_events(gdf, args.output, places=places, inputs=[args.input])
        print(f"{len(gdf)} event(s) -> {args.output}", file=sys.stderr)
    else:
        write_geojson(gdf, sys.stdout)
    return 0


def _cmd_map(args: argparse.Namespace) -> int:
    from geo.io import write_events
    from geo.maps import build_map, save_map

    options = _map_options(args)  # a bad option fails before the article is read
    arts, gdf, places = _collect(args)
    out = Path(args.output)
    stem = Path(args.input).stem if args.input != "-" else "stdin"
    if out.suffix.lower() in (".html", ".htm"):
        html_path, geojson_path = out, out.with_suffix(".geojson")
    else:
        html_path, geojson_path = out / f"{stem}.html", out / f"{stem}.geojson"
    title = args.title
    if title is None:
        first = arts[0] if len(arts) == 1 else None
        title = (first.title or _headline(first.text)) if first else ""
        title = title or stem
    if args.input != "-" and html_path.resolve() == Path(args.input).resolve():
        raise OutputError(f"refusing to write {str(html_path)!r}: it is also an input; "
                          "choose another output path")
    try:
        os.makedirs(html_path.parent, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create output folder {str(html_path.parent)!r}: "
                          f"{exc.strerror}; choose another output path") from None
    m = build_map(gdf, places=places, title=title, **options)
    write_events(gdf, geojson_path, inputs=[args.input])
    save_map(m, html_path)
    mapped = int((~gdf.geometry.isna() & ~gdf.geometry.is_empty).sum()) if len(gdf) else 0
    if mapped:
        print(f"geo map: {mapped} event(s) mapped ({len(gdf) - mapped} without a place)",
              file=sys.stderr)
    else:
        print(f"geo map: no events found to map ({len(gdf)} without a place); the map says "
              "so", file=sys.stderr)
    print(html_path)
    print(geojson_path)
    return 0


def _cmd_batch(args: argparse.Namespace) -> int:
    from geo.corpus.batch import run_batch

    if args.map:
        args.map_options = _map_options(args)
    return run_batch(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``geo`` console script; returns the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    handler = {"places": _cmd_places, "events": _cmd_events, "map": _cmd_map,
               "batch": _cmd_batch}[args.command]
    try:
        status = handler(args)
        skipped = len(getattr(args, "read_errors", ()))
        if skipped and status == 0:
            print(f"geo: error: {skipped} input record(s) could not be read (see warnings)",
                  file=sys.stderr)
            status = 1
        return status
    except GeoError as exc:
        print(f"geo: error: {exc}", file=sys.stderr)
        return 1
    except FileNotFoundError as exc:
        print(f"geo: error: no such file: {exc.filename!r}", file=sys.stderr)
        return 1
    except (IsADirectoryError, PermissionError, UnicodeError) as exc:
        print(f"geo: error: {InputError(str(exc))}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("geo: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (| head): nothing more to say.
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    raise SystemExit(main())
