"""Corpus stage: takes many articles (files, folders, JSON Lines) and gives one event table.

``chunks`` plans the work in units of lines and files, ``batch`` runs the places and events
stages over them (in this process or on a dask cluster) and writes the outputs, and ``merge``
folds reports of the same event from different articles into one row. Behind ``batch``:
``_tasks`` (the task: one unit read and analysed), ``_dask`` (the cluster, local or remote,
and Ctrl-C) and ``_report`` (the progress line and the errors report).
"""

from __future__ import annotations

from geo.corpus.batch import LINES_PER_CHUNK, process_corpus, run_batch
from geo.corpus.merge import merge_reports, same_event

__all__ = ["LINES_PER_CHUNK", "merge_reports", "process_corpus", "run_batch", "same_event"]
