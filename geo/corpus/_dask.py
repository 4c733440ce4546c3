"""Run the units of a corpus on a Dask cluster: a local one, or the one at a scheduler."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from geo.corpus._tasks import _Done, _Files, _run_unit
from geo.corpus.chunks import Unit
from geo.errors import GeoError
from geo.io.read import ReadError

if TYPE_CHECKING:
    from geo.corpus._report import _Progress

__all__ = ["need_dask", "prepare_dask"]

# Dask's defaults suit a long-lived cluster watched on its dashboard: a statistical profiler
# samples each worker's task thread 100 times a second, every server's event loop ticks 50
# times a second, and monitors poll memory and CPU. Nobody watches a run's own local cluster,
# and these cost each worker 7-13 % of its CPU beside the analysis (1.5 % left without them;
# an idle cluster's driver used 3.9 % of a core, 0.8 % without them).
_LOCAL_CONFIG = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "500ms",
}


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
    """Map the units over a Dask cluster, a task each, gathering as they finish (so that
    progress shows and results do not wait for the slowest)."""
    cluster = client = None
    try:
        need_dask()
        from distributed import Client, as_completed

        if not units:
            return
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
        futures = client.map(_run_unit, units, published=published, encoding=encoding,
                             files=files, pure=False)
        unit_of = {fut.key: unit for fut, unit in zip(futures, units, strict=True)}
        for fut in as_completed(futures):
            unit = unit_of[fut.key]
            try:
                articles, errs = fut.result()
            except Exception as exc:  # a worker died or the task could not run: go on
                errors.append(ReadError(unit.path or ",".join(unit.paths), unit.first_line,
                                        f"task failed: {type(exc).__name__}: {exc}"))
                bar.advance(unit.estimate)
                continue
            finally:
                fut.release()
            done.extend(articles)
            errors.extend(errs)
            bar.advance(len(articles))
    except KeyboardInterrupt:
        # The client's loop reports the gathers that closing it cuts short ("Task exception
        # was never retrieved ... AllExit") as it collects them: noise after Ctrl-C, which
        # the command reports in one line
        import logging

        logging.getLogger("asyncio").setLevel(logging.CRITICAL + 1)
        raise
    finally:
        with _sigint_deferred():  # a second Ctrl-C must not leave the workers running
            if client is not None:
                client.close()
            if cluster is not None:
                cluster.close()
            from geo.corpus import _forkserver

            _forkserver.stop()


def prepare_dask(workers: int, scheduler: str | None) -> None:
    """Check that Dask is installed when the run needs it (:func:`need_dask`), and when the
    run is to start a local cluster, start what its workers are forked from now, so that it
    imports what they need while this process goes on; the run stops it when it ends."""
    if workers == 1 and scheduler is None:
        return  # a run in this process: not even multiprocessing is imported
    from geo.corpus import _forkserver

    if workers > 1 and scheduler is None:
        _forkserver.start()
    if workers > 1 or scheduler is not None:
        try:
            need_dask()
        except GeoError:
            _forkserver.stop()
            raise


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
        import distributed  # noqa: F401 (imports dask)
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
    it starts and the worker processes they fork or spawn (a signal mask survives fork and
    exec; the fork server is started with it blocked too), so workers never see the signal.
    Here a Ctrl-C during the start is not lost: it waits, pending, and is delivered once the
    workers have started and the mask is restored, and the run stops as it does on a Ctrl-C
    at any later time (this process closes the cluster and says one line). Dask's shutdown
    warnings are silenced too.
    """
    import logging
    import signal
    import threading
    from multiprocessing import resource_tracker

    import dask
    from distributed import LocalCluster

    main = threading.current_thread() is threading.main_thread()
    if main:
        # multiprocessing's resource tracker, started here first: starting it unblocks
        # SIGINT in the thread that does, else the one that goes on to spawn a worker.
        resource_tracker.ensure_running()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT}) if main else None
    try:
        # Workers forked from a fork server that has imported what a task needs, when we can
        # start one (see geo.corpus._forkserver); it, too, is made here with SIGINT blocked.
        from geo.corpus import _forkserver

        forked = _forkserver.start()
        method = "forkserver" if forked else "spawn"
        with dask.config.set({**_LOCAL_CONFIG,
                              "distributed.worker.multiprocessing-method": method}):
            # Returns once the workers have started: a cluster closed while they are still
            # starting has Dask log a traceback per worker.
            return LocalCluster(
                n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                dashboard_address=":0", silence_logs=logging.CRITICAL,
            )
    finally:
        if blocked is not None:
            signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
