"""Imported last by a run's fork server (:data:`geo.corpus._forkserver.WORKER_MODULES`): puts
every object it has made so far, the modules it preloaded, out of the cyclic garbage
collector's reach (``gc.freeze``).

A worker forked from it then never traverses them in a full collection, and never writes to
their headers, which would copy each page of them into the worker (copy-on-write). They live
as long as the process anyway. Only the fork server imports this module.
"""

from __future__ import annotations

import gc

gc.freeze()
