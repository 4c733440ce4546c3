"""The ``geo`` command: a thin shell over the library."""

from __future__ import annotations

import argparse
import atexit
import datetime as dt
import gc
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from geo.errors import GeoError, InputError, OutputError

__all__ = ["main"]


def _date(value: str) -> dt.date | None:
    from geo.published import EXPECTED, parse_published

    try:
        return parse_published(value)
    except InputError:
        raise argparse.ArgumentTypeError(f"expected {EXPECTED}, got {value!r}") from None


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line: ``geo: error: ...``."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"geo: error: {message} (see {self.prog} --help)\n")


def _add_input(
    p: argparse.ArgumentParser, nargs: str | None = None, *, published: bool = False
) -> None:
    p.add_argument("input", nargs=nargs, metavar="INPUT",
                   help="text, .json, .jsonl or .html file, a folder, or - for standard input")
    p.add_argument("--encoding", default=None,
                   help="input encoding (default UTF-8, also UTF-16 with BOM); "
                   "'utf-8:replace' replaces undecodable bytes with U+FFFD")
    if published:
        p.add_argument("--published", type=_date, metavar="DATE",
                       help="publication date for relative dates (overrides the input's): "
                       "YYYY-MM-DD, an ISO datetime or RFC 2822")
    _add_gazetteer(p)


def _add_gazetteer(p: argparse.ArgumentParser) -> None:
    p.add_argument("--gazetteer", metavar="PATH",
                   help="gazetteer to use: a file from 'geo gazetteer build' or a data folder "
                   "(default: $GEO_GAZETTEER, else the bundled one)")


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
    from geo.maps.data import truncate

    return truncate(text.strip().split("\n", 1)[0].strip() if text else "", limit)


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
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
    _add_schema(p)

    p = sub.add_parser("map", help="write a layered HTML map and GeoJSON (the main job)",
                       description="Write <stem>.html and <stem>.geojson into a folder "
                       "(default maps/), or OUT.html and OUT.geojson when OUT ends in "
                       ".html or .geojson.")
    _add_input(p, published=True)
    p.add_argument("-o", "--output", metavar="DIR|FILE.html", default="maps",
                   help="output folder (a trailing /, an existing folder or no suffix), "
                   "or a .html or .geojson file (default: maps/)")
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
    p.add_argument("--published", type=_date, metavar="DATE",
                   help="publication date for articles that carry none: YYYY-MM-DD, an "
                   "ISO datetime or RFC 2822")
    p.add_argument("--errors", metavar="FILE",
                   help="errors report (default: OUT with suffix .errors.jsonl)")
    p.add_argument("--no-merge", action="store_true", help="keep every report as its own event")
    _add_schema(p)

    p = sub.add_parser("gazetteer", help="add your own places, build a full gazetteer, show "
                       "what is in use", description="Manage the gazetteer: add places of your "
                       "own, build one from a GeoNames dump, show the one in use.")
    gsub = p.add_subparsers(dest="gazetteer_command", metavar="ACTION", required=True)
    g = gsub.add_parser("add", help="add places from a CSV to your user layer",
                        description="Check PLACES.csv and merge it into your user layer, "
                        "which every command consults after the gazetteer.")
    g.add_argument("csv", metavar="PLACES.csv",
                   help="columns name, alternate_names (|-separated), kind, lat, lon, "
                   "country_code, admin1, optional population and feature_code")
    _add_gazetteer(g)
    g = gsub.add_parser("build", help="build a full gazetteer from a GeoNames dump",
                        description="Build a gazetteer from GeoNames dumps you downloaded "
                        "(allCountries.zip, cities500.zip, XX.zip or XX.txt), on top of the "
                        "bundled one.")
    g.add_argument("--geonames", metavar="FILE", required=True, action="append",
                   help="GeoNames table (.zip or .txt, 19 tab-separated columns); repeatable")
    g.add_argument("-o", "--output", metavar="PATH",
                   help="the .sqlite file to write (default: gazetteer.sqlite in the user data "
                   "folder, $GEO_HOME or ~/.local/share/geo)")
    g = gsub.add_parser("info", help="show the gazetteer and user layer in use",
                        description="Print the gazetteer in use, its sources, counts per kind "
                        "and licences, and the user layer if there is one.")
    g.add_argument("--json", action="store_true", help="print JSON instead of text")
    _add_gazetteer(g)
    return parser


def _add_schema(p: argparse.ArgumentParser) -> None:
    p.add_argument("--schema", choices=("geo", "acled"), default="geo",
                   help="CSV columns: geo (default; the names of every other format) or "
                   "acled (ACLED's export columns and order)")


def _articles(args: argparse.Namespace):
    from geo.io import read_articles

    errors: list = []
    arts = list(read_articles(args.input, encoding=args.encoding, errors_out=errors))
    for err in errors:
        print(f"geo: warning: skipped {err}", file=sys.stderr)
    args.read_errors = errors  # the rest is processed; the exit status says something failed
    return arts


def _source(place) -> str:
    from geo.places.gazetteer import place_source

    return place_source(place)


def _no_text(args: argparse.Namespace, arts: list) -> bool:
    """Say so, in one line, when the input holds no text (and nothing failed to read); the
    command then writes its empty output without a summary line of its own."""
    if any(a.text.strip() for a in arts) or args.read_errors:
        return False
    name = "standard input" if args.input == "-" else args.input
    print(f"geo: no text in {name}", file=sys.stderr)
    return True


def _place_record(r, article_id: str | None) -> dict:
    p = r.place
    rec = {
        "mention": r.mention.text, "start": r.mention.start, "end": r.mention.end,
        "name": p.name if p else None, "kind": p.kind if p else None,
        "geonameid": p.geonameid if p else None,
        "lat": round(p.lat, 5) if p else None, "lon": round(p.lon, 5) if p else None,
        "country_code": p.country_code if p else None, "admin1": (p.admin1 or None) if p else None,
        "feature_code": p.feature_code if p else None, "population": p.population if p else None,
        "confidence": r.confidence, "low_confidence": r.low_confidence, "reason": r.reason,
        "source": _source(p) if p else None,
    }
    if article_id is not None:
        rec["article_id"] = article_id
    return rec


def _cmd_places(args: argparse.Namespace) -> int:
    from geo.pipeline import find_places
    from geo.places.gazetteer import load

    arts = _articles(args)
    quiet = _no_text(args, arts)
    many = len(arts) > 1
    records = []
    gaz = load(args.gazetteer)
    for art in arts:
        for r in find_places(art.text, gazetteer=gaz, include_unresolved=args.all):
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
    if many:  # several articles: say which one each mention is in
        head = ("article", *head)
        rows = [(rec["article_id"], *row) for rec, row in zip(records, rows)]
    widths = [min(28, max([len(str(h)), *(len(str(r[i])) for r in rows)])) for i, h in
              enumerate(head)]
    for row in (head, *rows):
        print("  ".join(str(v)[:w].ljust(w) for v, w in zip(row, widths)).rstrip())
    if not quiet:
        print(f"{len(rows)} place mention(s)", file=sys.stderr)
    return 0


def _collect(args: argparse.Namespace):
    """The articles read, their events, and each article's resolved places."""
    from geo.events.dates import unanchored
    from geo.pipeline import analyse
    from geo.places.gazetteer import load

    arts = _articles(args)
    args.no_text = _no_text(args, arts)
    events, places = [], []
    undated = 0
    gaz = args.gaz = load(args.gazetteer)
    for art in arts:
        res, evs = analyse(art, published=args.published, gazetteer=gaz)
        events.extend(evs)
        places.append((art, res))
        if args.published is None and art.published is None:
            undated += unanchored(art.text)
    if undated:
        print(f"geo: {undated} relative date(s) left undated: pass --published",
              file=sys.stderr)
    return arts, events, places


def _cmd_events(args: argparse.Namespace) -> int:
    from geo.io import write_events, write_geojson
    from geo.io.export import check_output
    from geo.io.outpath import make_parents, output_file

    out = None
    if args.output:
        out = output_file(args.output, command="geo events", example="out/events.geojson",
                          check=lambda p: check_output(p, args.schema), create=False)
    elif args.schema != "geo":
        raise OutputError("--schema acled writes CSV: give -o OUT.csv")
    import pandas as pd

    from geo.frame import places_frame, to_geodataframe

    arts, events, found = _collect(args)
    gdf = to_geodataframe(events)
    frames = [places_frame(res, article_id=art.id) for art, res in found]
    places = pd.concat(frames, ignore_index=True) if frames else None
    if out is not None:
        make_parents(out)
        write_events(gdf, out, places=places, inputs=[args.input], schema=args.schema,
                     gazetteer=args.gaz)
        if not args.no_text:
            print(f"{len(gdf)} event(s) -> {out}", file=sys.stderr)
    else:
        write_geojson(gdf, sys.stdout)
    return 0


def _map_paths(args: argparse.Namespace) -> tuple[Path, Path]:
    """(HTML, GeoJSON) paths of ``geo map`` by the -o rule (see geo.io.outpath)."""
    from geo.io.outpath import is_folder

    out = Path(args.output)
    stem = Path(args.input).stem if args.input != "-" else "stdin"
    suffix = out.suffix.lower()
    if is_folder(args.output):
        html_path, geojson_path = out / f"{stem}.html", out / f"{stem}.geojson"
    elif suffix in (".html", ".htm"):
        html_path, geojson_path = out, out.with_suffix(".geojson")
    elif suffix in (".geojson", ".json"):
        html_path, geojson_path = out.with_suffix(".html"), out
    else:
        raise OutputError(f"geo map writes an HTML map and its GeoJSON, not {suffix!r}: give "
                          f"a folder, or a .html or .geojson file such as {out.stem}.html")
    for path in (html_path, geojson_path):
        if args.input != "-" and path.resolve() == Path(args.input).resolve():
            raise OutputError(f"refusing to write {str(path)!r}: it is also an input; "
                              "choose another output path")
    return html_path, geojson_path


def _cmd_map(args: argparse.Namespace) -> int:
    from geo.io.outpath import make_parents
    from geo.maps.packing import prefetch_basemap

    options = _map_options(args)  # a bad option fails before the article is read
    html_path, geojson_path = _map_paths(args)
    prefetch_basemap()  # deflates on the other core while this thread imports and analyses
    from geo.io import write_events
    from geo.maps import build_map, save_map
    from geo.table import concat, event_table, places_table

    arts, events, found = _collect(args)
    table = event_table(events)  # what the frame holds, without pandas (see geo.table)
    tables = [places_table(res, article_id=art.id) for art, res in found]
    places = concat(tables) if tables else None
    make_parents(html_path)
    stem = Path(args.input).stem if args.input != "-" else "stdin"
    title = args.title
    if title is None:
        first = arts[0] if len(arts) == 1 else None
        title = (first.title or _headline(first.text)) if first else ""
        title = title or stem
    m = build_map(table, places=places, title=title, **options)
    write_events(table, geojson_path, inputs=[args.input])
    save_map(m, html_path)
    mapped = sum(shape is not None for shape in table.geometry)
    if getattr(args, "no_text", False):
        pass  # "geo: no text in IN" said it already
    elif mapped:
        print(f"geo map: {mapped} event(s) mapped ({len(table) - mapped} without a place)",
              file=sys.stderr)
    else:
        print(f"geo map: no events found to map ({len(table)} without a place); the map says "
              "so", file=sys.stderr)
    print(html_path)
    print(geojson_path)
    return 0


def _cmd_gazetteer(args: argparse.Namespace) -> int:
    from geo.places.manage import run

    return run(args)


def _cmd_batch(args: argparse.Namespace) -> int:
    from geo.corpus.batch import run_batch

    if args.map:
        args.map_options = _map_options(args)
    return run_batch(args)


def _spare_exit() -> None:
    """At exit, leave what is still alive to be freed without the cyclic collector's passes
    (Python runs them while it tears the modules down: after a corpus run, with pandas,
    geopandas and the caches per name loaded, they took 0.25-0.5 s)."""
    atexit.unregister(gc.freeze)  # once, however often main runs in one process
    atexit.register(gc.freeze)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``geo`` console script; returns the exit status."""
    _spare_exit()
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    handler = {"places": _cmd_places, "events": _cmd_events, "map": _cmd_map,
               "batch": _cmd_batch, "gazetteer": _cmd_gazetteer}[args.command]
    if args.command not in _UNCOLLECTED and not (
            args.command == "batch" and args.workers == 1 and args.scheduler is None):
        return _run(handler, args)
    from geo.collector import uncollected

    with uncollected():
        return _run(handler, args)


# Commands run with the cyclic collector off: they load pandas, geopandas and folium (a few
# hundred thousand objects that live as long as the process) and read and analyse articles,
# which makes no reference cycles; the collector's passes over all that freed nothing and
# took a tenth of a cold `geo map`. So does `geo batch` in one process (with Dask, only
# while it loads: see geo.corpus.batch).
_UNCOLLECTED = frozenset({"places", "events", "map"})


def _run(handler: Callable[[argparse.Namespace], int], args: argparse.Namespace) -> int:
    """Run a command's handler: its exit status, errors as one line."""
    try:
        if getattr(args, "gazetteer", None):
            # Handed to every stage (and every Dask task) by each command, explicitly.
            from geo.places.manage import checked_gazetteer

            args.gazetteer = checked_gazetteer(args.gazetteer)
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
