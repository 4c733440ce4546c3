"""Corpus stage: takes many articles (files, folders, JSON Lines) and gives one event table.

``chunks`` plans the work in units of lines and files, ``batch`` runs the places and events
stages over them (in this process or on a dask cluster) and writes the outputs, and ``merge``
folds reports of the same event from different articles into one row. Behind ``batch``:
``_tasks`` (the task: one unit read and analysed), ``_dask`` (the cluster, local or remote,
and Ctrl-C) and ``_report`` (the progress line and the errors report).
"""

from __future__ import annotations

from typing import Any

__all__ = ["LINES_PER_CHUNK", "merge_reports", "process_corpus", "run_batch", "same_event"]

# Where each name lives. They are imported on first use: a Dask worker imports this package
# for its task (``_tasks``) and needs neither geopandas nor pandas, which ``merge`` loads.
_HOMES = {"LINES_PER_CHUNK": "batch", "process_corpus": "batch", "run_batch": "batch",
          "merge_reports": "merge", "same_event": "merge"}


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        from importlib import import_module

        return getattr(import_module(f"geo.corpus.{_HOMES[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
