"""Run the pipeline over a corpus (files, folders, JSON Lines), in one process or on Dask."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from geo.collector import uncollected
from geo.corpus._dask import _run_dask, need_dask, prepare_dask
from geo.corpus._report import _Progress, _write_errors
from geo.corpus._tasks import _Done, _Files, _run_unit
from geo.corpus.chunks import plan
from geo.io.read import ReadError
from geo.models import Event

if TYPE_CHECKING:
    import geopandas as gpd

__all__ = ["LINES_PER_CHUNK", "SHOWN_ERRORS", "need_dask", "process_corpus", "run_batch"]

LINES_PER_CHUNK = 64
"""JSON Lines per task (and files per task): small enough to balance, big enough to amortise."""

PathLike = str | os.PathLike[str]


@dataclass(slots=True)
class _Stats:
    articles: int = 0
    reports: int = 0
    events: int = 0
    errors: list[ReadError] = field(default_factory=list)
    seconds: float = 0.0


def process_corpus(
    inputs: PathLike | Iterable[PathLike],
    *,
    workers: int = 1,
    scheduler: str | None = None,
    published: dt.date | str | None = None,
    merge: bool = True,
    progress: bool | None = None,
    encoding: str | None = None,
    gazetteer: PathLike | None = None,
    chunk_size: int = LINES_PER_CHUNK,
) -> tuple[gpd.GeoDataFrame, list[ReadError]]:
    """Extract the events of every article of a corpus, merging duplicate reports.

    Inputs are read as :func:`geo.io.read_articles` reads them. JSON Lines files are cut
    into byte ranges of ``chunk_size`` lines that each task reads itself, and other files
    are grouped ``chunk_size`` to a task, so no more than a task's texts are in memory at
    once per process. With ``workers == 1`` and no ``scheduler`` everything runs in this
    process (Dask is not imported); otherwise on a local Dask cluster of ``workers``
    single-threaded processes, or on the cluster at ``scheduler``. Each worker process
    opens the gazetteer once (:func:`geo.places.gazetteer.load` caches it).

    The result does not depend on how the work was split: rows are ordered by natural
    article id (``a:2`` before ``a:10``), then input order, then order in the article, and
    event ids are numbered in that order as :func:`geo.frame.to_geodataframe` numbers them.

    Parameters
    ----------
    inputs : path or iterable of paths
        Files (.txt, .html, .json, .jsonl), folders, or ``"-"`` for standard input.
    workers : int, optional
        Local worker processes; 1 (the default) runs in this process.
    scheduler : str, optional
        Address of a running Dask scheduler, e.g. ``"tcp://10.0.0.5:8786"``; its workers
        must be able to read the input paths and import ``geo``.
    published : datetime.date or str, optional
        Publication date of articles that carry none (a string as
        :func:`geo.published.parse_published` reads it, else :class:`~geo.errors.InputError`).
    merge : bool, optional
        Merge reports of one event from several articles (:func:`geo.corpus.merge.merge_reports`).
    progress : bool, optional
        Draw a progress line on standard error; by default only when it is a terminal.
    encoding : str, optional
        Input encoding, see :func:`geo.io.decode_text`.
    gazetteer : path, optional
        Gazetteer folder or ``.sqlite`` file (default: ``$GEO_GAZETTEER`` of this process,
        else the bundled one of each worker). The choice, and the user layer this process
        would use (``$GEO_USER_PLACES``, ``$GEO_HOME``), go with every task, so workers on
        other machines use the same files (they must be able to read them).
    chunk_size : int, optional
        Lines (or files) per task.

    Returns
    -------
    (geopandas.GeoDataFrame, list of ReadError)
        The event table and the records that could not be read or analysed, as
        ``(file, line, reason)`` with line 0 for a whole file.
    """
    from geo.published import parse_published

    gdf, stats = _process(
        inputs, workers=workers, scheduler=scheduler, published=parse_published(published),
        merge=merge,
        progress=progress, encoding=encoding, gazetteer=gazetteer, chunk_size=chunk_size,
    )
    return gdf, stats.errors


SHOWN_ERRORS = 3
"""Errors printed on standard error by ``geo batch`` (all of them go to the errors report)."""


def run_batch(args: argparse.Namespace) -> int:
    """The ``geo batch`` command: 0 when every input was read, 1 when some failed."""
    if args.workers < 1:
        print(f"geo: error: --workers should be at least 1, got {args.workers} instead",
              file=sys.stderr)
        return 2
    prepare_dask(args.workers, args.scheduler)  # first: local workers import meanwhile
    with _start_up(args.workers == 1 and args.scheduler is None):
        from geo.io.export import check_output, write_events
        from geo.io.outpath import make_parents, output_file

    schema = getattr(args, "schema", "geo")
    # Refuse a bad output before the corpus run, not after it.
    out = output_file(args.output, command="geo batch", example="out/events.gpkg",
                      check=lambda p: check_output(p, schema), create=False)
    errors_path = (output_file(args.errors, command="--errors", example="out/errors.jsonl",
                               create=False)
                   if args.errors else out.with_suffix(".errors.jsonl"))
    map_path = (output_file(args.map, command="--map", example="out/map.html", create=False)
                if args.map else None)
    if map_path is not None:
        from geo.maps.packing import prefetch_basemap

        prefetch_basemap()  # deflated on the other core while the corpus is analysed
    gdf, stats = _process(
        args.input, workers=args.workers, scheduler=args.scheduler, published=args.published,
        merge=not args.no_merge, progress=None, encoding=args.encoding,
        gazetteer=getattr(args, "gazetteer", None),
    )
    for target in (out, errors_path, map_path):
        if target is not None:
            make_parents(target)
    countries = None  # the ACLED schema's country names: from the run's gazetteer
    if schema == "acled":
        from geo.places.gazetteer import load

        countries = load(getattr(args, "gazetteer", None))
    write_events(gdf, out, inputs=args.input, schema=schema, gazetteer=countries)
    if map_path is not None:
        from geo.maps.render import build_map, save_map

        options = dict(getattr(args, "map_options", None) or {})
        title = getattr(args, "title", None) or out.stem
        save_map(build_map(gdf, title=title, **options), map_path)
    _write_errors(stats.errors, errors_path)
    if stats.articles == 0 and not stats.errors:
        # Empty files, an empty folder, empty stdin: one line, and the (empty) outputs.
        names = ", ".join("standard input" if str(p) == "-" else str(p) for p in args.input)
        print(f"geo: no text in {names}", file=sys.stderr)
        return 0
    print(
        f"geo batch: {stats.articles} articles, {stats.events} events "
        f"({stats.reports - stats.events} merged), {len(stats.errors)} errors, "
        f"{stats.seconds:.1f} s -> {out}",
        file=sys.stderr,
    )
    if stats.errors:
        for err in stats.errors[:SHOWN_ERRORS]:
            print(f"geo: error: {err}", file=sys.stderr)
        more = len(stats.errors) - SHOWN_ERRORS
        print(f"geo: {len(stats.errors)} input record(s) failed"
              + (f" ({more} more not shown)" if more > 0 else "")
              + f"; see {errors_path}", file=sys.stderr)
        return 1
    return 0


# --- driver --------------------------------------------------------------------------------


def _process(
    inputs: PathLike | Iterable[PathLike],
    *,
    workers: int,
    scheduler: str | None,
    published: dt.date | None,
    merge: bool,
    progress: bool | None,
    encoding: str | None,
    gazetteer: PathLike | None = None,
    chunk_size: int = LINES_PER_CHUNK,
) -> tuple[gpd.GeoDataFrame, _Stats]:
    from geo.frame import to_geodataframe
    from geo.places.paths import chosen_gazetteer, user_places_path

    if workers < 1:
        raise ValueError(f"'workers' should be at least 1, got {workers!r} instead")
    if chunk_size < 1:
        raise ValueError(f"'chunk_size' should be at least 1, got {chunk_size!r} instead")
    prepare_dask(workers, scheduler)
    sources = [inputs] if isinstance(inputs, (str, os.PathLike)) else list(inputs)
    started = time.perf_counter()
    stats = _Stats()
    units = list(plan(sources, encoding, chunk_size, stats.errors))
    show = sys.stderr.isatty() if progress is None else progress
    bar = _Progress(sum(u.estimate for u in units), enabled=show)
    # Chosen here, by this process's options and environment, and sent with every task:
    # workers (on other machines too) see neither.
    chosen = chosen_gazetteer(gazetteer)
    files = _Files(None if chosen is None else str(chosen.absolute()),
                   str(user_places_path().absolute()))
    in_process = workers == 1 and scheduler is None
    with _long_lived(in_process):
        done: list[_Done] = []
        try:
            if in_process:
                for unit in units:
                    articles, errs = _run_unit(unit, published, encoding, files, bar.advance)
                    done.extend(articles)
                    stats.errors.extend(errs)
            else:
                _run_dask(units, workers, scheduler, published, encoding, files, bar, done,
                          stats.errors)
        finally:
            bar.close()

        from geo.corpus.merge import _natural

        done.sort(key=lambda d: (_natural(d[0]), d[1], d[2]))
        events: list[Event] = []
        publishers: list[str | None] = []
        for _, _, _, publisher, evs in done:
            events.extend(evs)
            publishers.extend(publisher or ev.source or ev.url or ev.article_id or None
                              for ev in evs)
        gdf = to_geodataframe(events)
        gdf["sources"] = publishers
        stats.articles = len(done)
        stats.reports = len(gdf)
        if merge:
            from geo.corpus.merge import merge_reports

            gdf = merge_reports(gdf)
        stats.events = len(gdf)
        stats.errors.sort(key=lambda e: (e.file, e.line, e.reason))
        stats.seconds = time.perf_counter() - started
        return gdf, stats


@contextmanager
def _start_up(in_process: bool) -> Iterator[None]:
    """Load the modules a run needs (the analysis's too, for a run in this process) with
    the cyclic collector off (:func:`geo.collector.uncollected`): what they make lives as
    long as the process, and the collector's passes over it while they load free nothing.
    A run in this process then goes on with it off (:func:`_long_lived`)."""
    with uncollected():
        yield
        if in_process:
            import geo.corpus.merge
            import geo.frame
            import geo.pipeline  # noqa: F401


@contextmanager
def _long_lived(in_process: bool) -> Iterator[None]:
    """A run in this process goes with the cyclic collector off
    (:func:`geo.collector.uncollected`): reading and analysing make no reference cycles,
    so it frees nothing there, yet each of its full passes walks every object there is
    (the modules, pandas and geopandas among them, and the answers cached per name, which
    live as long as the run anyway). A Dask run keeps it on."""
    if not in_process:
        yield
        return
    with uncollected():
        yield
