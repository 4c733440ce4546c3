"""Run the pipeline over a corpus (files, folders, JSON Lines), in one process or on Dask."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from geo.corpus.chunks import Unit, plan, unit_articles
from geo.errors import GeoError
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


# One finished article: (article id, unit seq, position in unit, publisher, events).
_Done = tuple[str, int, int, str, list[Event]]


class _Files(NamedTuple):
    """The gazetteer (None: the worker's bundled one) and user layer file every task uses."""

    gazetteer: str | None
    user: str


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
    from geo.io.export import check_output, write_events
    from geo.io.outpath import make_parents, output_file

    if args.workers < 1:
        print(f"geo: error: --workers should be at least 1, got {args.workers} instead",
              file=sys.stderr)
        return 2
    if args.workers > 1 or args.scheduler:
        need_dask()
    schema = getattr(args, "schema", "geo")
    # Refuse a bad output before the corpus run, not after it.
    out = output_file(args.output, command="geo batch", example="out/events.gpkg",
                      check=lambda p: check_output(p, schema), create=False)
    errors_path = (output_file(args.errors, command="--errors", example="out/errors.jsonl",
                               create=False)
                   if args.errors else out.with_suffix(".errors.jsonl"))
    map_path = (output_file(args.map, command="--map", example="out/map.html", create=False)
                if args.map else None)
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
    done: list[_Done] = []
    try:
        if workers == 1 and scheduler is None:
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


def _run_dask(
    units: list[Unit],
    workers: int,
    scheduler: str | None,
    published: dt.date | None,
    encoding: str | None,
    files: _Files,
    bar: _Progress,
    done: list[_Done],
    errors: list[ReadError],
) -> None:
    """Map the units over a Dask cluster as a bag of one-unit partitions, gathering as
    they finish (so that progress shows and results do not wait for the slowest)."""
    need_dask()
    import dask.bag as db
    from distributed import Client, as_completed

    if not units:
        return
    cluster = client = None
    try:
        with _sigint_deferred():  # an interrupted start would leave Dask half made
            try:
                if scheduler is not None:
                    client = Client(scheduler, timeout="10s")
                else:
                    cluster = _local_cluster(workers)
                    client = Client(cluster)
            except (OSError, TimeoutError) as exc:
                where = scheduler or "a local cluster"
                raise GeoError(
                    f"cannot start or reach the Dask scheduler at {where}: {exc}"
                ) from None
        bag = db.from_sequence(units, partition_size=1).map(
            _run_unit, published=published, encoding=encoding, files=files
        )
        parts = bag.to_delayed()
        futures = client.compute(parts)
        unit_of = {fut.key: unit for fut, unit in zip(futures, units, strict=True)}
        for fut in as_completed(futures):
            unit = unit_of[fut.key]
            try:
                results = fut.result()
            except Exception as exc:  # a worker died or the task could not run: go on
                errors.append(ReadError(unit.path or ",".join(unit.paths), unit.first_line,
                                        f"task failed: {type(exc).__name__}: {exc}"))
                bar.advance(unit.estimate)
                continue
            finally:
                fut.release()
            for articles, errs in results:
                done.extend(articles)
                errors.extend(errs)
                bar.advance(len(articles))
    finally:
        with _sigint_deferred():  # a second Ctrl-C must not leave the workers running
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()


@contextmanager
def _sigint_deferred() -> Iterator[None]:
    """Hold Ctrl-C (SIGINT) until the block is over, then raise KeyboardInterrupt."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    previous = signal.signal(signal.SIGINT, lambda signum, frame: caught.append(signum))
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)
    if caught:
        raise KeyboardInterrupt


def need_dask() -> None:
    """Raise a one-line :class:`GeoError` when Dask (the ``batch`` extra) is not installed."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise GeoError(
            f"--workers and --scheduler need Dask, which is not installed ({exc.name}): "
            "install geo[batch], e.g. pip install 'geo-event-mapper[batch]'"
        ) from None


def _local_cluster(workers: int):
    """A local cluster of single-threaded worker processes that leave Ctrl-C to us.

    Ctrl-C in a terminal signals the whole process group, and every worker would print its
    own KeyboardInterrupt traceback. So SIGINT is blocked in this thread while the cluster
    starts: the cluster's event-loop thread, made then, inherits the mask, as do the threads
    it starts and the worker processes they spawn (a signal mask survives fork and exec), so
    workers never see the signal. Here a Ctrl-C during the start is not lost: it waits,
    pending, and is delivered once the workers have started and the mask is restored, and
    the run stops as it does on a Ctrl-C at any later time (this process closes the cluster
    and says one line). Dask's shutdown warnings are silenced too.
    """
    import logging
    import signal
    import threading
    from multiprocessing import resource_tracker

    from distributed import LocalCluster

    main = threading.current_thread() is threading.main_thread()
    if main:
        # multiprocessing's resource tracker, started here first: starting it unblocks
        # SIGINT in the thread that does, else the one that goes on to spawn a worker.
        resource_tracker.ensure_running()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if main else None
    try:
        # Returns once the workers have started: a cluster closed while they are still
        # starting has Dask log a traceback per worker.
        return LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
            dashboard_address=":0", silence_logs=logging.CRITICAL,
        )
    finally:
        if blocked is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)


# --- tasks: run on a worker, or in this process ----------------------------------------------


def _run_unit(
    unit: Unit,
    published: dt.date | None = None,
    encoding: str | None = None,
    files: _Files | None = None,
    on_article: Callable[[int], None] | None = None,
) -> tuple[list[_Done], list[ReadError]]:
    """Read and analyse one unit; returns plain records (events per article) and errors."""
    from geo.pipeline import analyse
    from geo.places.gazetteer import load

    gaz = load(files.gazetteer, user=files.user) if files is not None else load()
    errors: list[ReadError] = []
    out: list[_Done] = []
    for pos, article in enumerate(unit_articles(unit, encoding, errors)):
        if not article.text.strip():
            continue  # no text, no article (as a blank JSON Lines line)
        try:
            _, events = analyse(article, published=article.published or published,
                                gazetteer=gaz)
        except Exception as exc:  # one bad article must not stop a corpus run: record it
            where = article.path or unit.path
            errors.append(ReadError(where, 0, f"analysis of article {article.id!r} failed: "
                                              f"{type(exc).__name__}: {exc}"))
            events = []
        out.append((article.id, unit.seq, pos, article.source, events))
        if on_article is not None:
            on_article(1)
    return out, errors


# --- reporting -----------------------------------------------------------------------------


def _write_errors(errors: list[ReadError], path: Path) -> None:
    """The errors report, one JSON object per line; only when something failed. A report
    left at ``path`` by an earlier run is removed, so it is never taken for this run's."""
    from geo.io.atomic import atomic_path

    if not errors:
        if path.is_file():
            path.unlink()
        return
    with atomic_path(path, "errors report") as tmp:
        with open(tmp, "w", encoding="utf-8") as f:
            for err in errors:
                record = {"file": err.file, "line": err.line, "reason": err.reason}
                f.write(json.dumps(record, ensure_ascii=False) + "\n")


class _Progress:
    """One self-rewriting line on standard error: done/total, articles/s, ETA."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.total = total
        self.enabled = enabled
        self.done = 0
        self.started = time.perf_counter()
        self.shown = 0.0

    def advance(self, n: int = 1) -> None:
        self.done += n
        if not self.enabled:
            return
        now = time.perf_counter()
        if now - self.shown >= 0.2:
            self.shown = now
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        total = max(self.total, self.done)
        width = 24
        filled = int(width * self.done / total) if total else width
        eta = (total - self.done) / rate if rate > 0 else 0.0
        line = (f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{total} articles "
                f"{rate:6.1f}/s ETA {int(eta // 60)}:{int(eta % 60):02d} ")
        sys.stderr.write(line)
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled:
            self.total = self.done  # the estimate counted blank and malformed lines too
            self._draw(time.perf_counter())
            sys.stderr.write("\n")
            sys.stderr.flush()
