"""The cyclic garbage collector around start-up and corpus runs.

geo makes no reference cycles when it analyses a text, so the collector frees nothing there;
yet each of its full passes walks every object alive (the few hundred thousand pandas,
geopandas and folium make when they load, and the answers cached per name), and a young pass
walks everything made since the last one. These helpers keep it off while modules load and
commands run (:func:`uncollected`). Objects are freed as ever when no longer referenced.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["uncollected"]


@contextmanager
def uncollected() -> Iterator[None]:
    """Run the block with the cyclic collector off, then put what it made among the oldest
    objects, so that the next young pass does not walk it all (the collector sees it in its
    next full pass, as it would have without the block). The collector's state is restored:
    a block entered with it off leaves it off.

    Examples
    --------
    >>> import gc
    >>> with uncollected():
    ...     gc.isenabled()
    False
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            if not gc.get_freeze_count():  # (objects a caller froze stay so)
                gc.freeze()  # every tracked object to the permanent generation,
                gc.unfreeze()  # and back into the oldest one
            gc.enable()
