"""Corpus stage: takes many articles (files, folders, JSON Lines) and gives one event table.

``chunks`` plans the work in units of lines and files, ``batch`` runs the places and events
stages over them (in this process or on a dask cluster) and writes the outputs, and ``merge``
folds reports of the same event from different articles into one row. Behind ``batch``:
``_tasks`` (the task: one unit read and analysed), ``_dask`` (the cluster, local or remote,
and Ctrl-C), ``_forkserver`` (what local workers are forked from; ``_freeze``, imported
last there, freezes what it preloaded) and ``_report`` (the progress line and the errors
report).

``batch`` and ``merge`` load geopandas and are imported on first use: a Dask worker, which
imports this package to run a task, needs neither.
"""

from __future__ import annotations

from typing import Any

_BATCH = ("LINES_PER_CHUNK", "process_corpus", "run_batch")
_MERGE = ("merge_reports", "same_event")

__all__ = ["LINES_PER_CHUNK", "merge_reports", "process_corpus", "run_batch", "same_event"]


def __getattr__(name: str) -> Any:
    if name in _BATCH:
        from geo.corpus import batch

        return getattr(batch, name)
    if name in _MERGE:
        from geo.corpus import merge

        return getattr(merge, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
