"""A fork server for a run's local Dask workers: each worker starts as a fork of one process
that has imported what a task needs, rather than as a new interpreter importing it all.

Spawned workers (Dask's default) each start a new interpreter that imports Dask, NumPy and
pandas, then geo's analysis modules with its first task: about a second of CPU per worker,
on the run's critical path and paid twice on a two-core machine. The fork server imports
them once, forking it takes milliseconds, and a forked worker exits without an
interpreter's teardown, so the cluster also closes in milliseconds rather than a second.

multiprocessing keeps one fork server per process. A worker forked from it takes this
process's working directory and ``sys.path`` as it starts, but the environment the server
started with. So a run uses a server of its own made for the environment as it is, and
stops it once its cluster is closed: workers see what spawned ones would. A fork server
that something else in this process started is left alone, and the run spawns its workers.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["WORKER_MODULES", "start", "stop"]

WORKER_MODULES = [
    "distributed",
    "geo.corpus._tasks",   # not geo.corpus.batch: workers need no geopandas (nor pandas)
    "geo.pipeline",
    "geo.events",          # imported by the first analysis, not by geo.pipeline
    "rapidfuzz.fuzz",      # imported by the first unknown name (geo.places.variants)
    "rapidfuzz.process",
    "geo.corpus._freeze",  # last: freezes what the others made (see its docstring)
]
"""Modules the fork server imports before it forks a worker (one that is missing is skipped)."""

_ours: int | None = None  # process id of the fork server start() started, until stop()
_made_for: dict[str, str] = {}  # the environment it started with
_stopping: threading.Thread | None = None


def start() -> bool:
    """Start a fork server of our own, preloading :data:`WORKER_MODULES`, unless ours runs
    already with this environment (a run starts it early, so that it imports while this
    process goes on). SIGINT is blocked in it and in the workers it forks.

    Returns
    -------
    bool
        True when workers can be forked from it (start them with the ``forkserver``
        method); False when this platform has no fork server or one that something else
        started is running (spawn them instead).
    """
    global _ours, _made_for
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    if server is None or not hasattr(server, "_stop"):
        return False  # a Python whose fork server we do not know how to stop
    now = dict(os.environ)
    if _ours is not None and server._forkserver_pid == _ours:
        if _made_for == now:
            return True
        stop()  # made for another environment
    if _stopping is not None:
        _stopping.join()  # the last one: it exits once its workers have
    if server._forkserver_pid is not None:
        return False
    forkserver.set_forkserver_preload(WORKER_MODULES)
    with _sigint_blocked():
        forkserver.ensure_running()
    _ours, _made_for = server._forkserver_pid, now
    return True


def stop() -> None:
    """Stop the fork server :func:`start` started, if any, in the background: it exits
    once the workers forked from it have, which a closed cluster's have or soon will."""
    global _ours, _stopping
    if _ours is None:
        return
    from multiprocessing import forkserver

    server = forkserver._forkserver
    pid, _ours = _ours, None
    if server._forkserver_pid == pid:
        _stopping = threading.Thread(target=server._stop, name="geo-forkserver-stop",
                                     daemon=True)
        _stopping.start()


@contextmanager
def _sigint_blocked() -> Iterator[None]:
    """Block SIGINT in this thread, so in the processes it starts (a signal mask survives
    fork and exec); they leave Ctrl-C to this process (see geo.corpus._dask)."""
    if threading.current_thread() is not threading.main_thread():
        yield  # other threads block it already, or never see it
        return
    from multiprocessing import resource_tracker

    # Started first: starting the resource tracker unblocks SIGINT in the thread that does.
    resource_tracker.ensure_running()
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, blocked)
