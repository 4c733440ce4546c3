"""The resolver's shortcuts give the numbers of the plain forms they replace.

Each shortcut (plain Python on the few values of one text, work skipped when it cannot
change a choice) is checked here against the numpy form it stands for.
"""

from __future__ import annotations

import importlib

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

resolve_mod = importlib.import_module("geo.places.resolve")

_KM = st.floats(0.0, 20_100.0, allow_nan=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(_KM, min_size=1, max_size=40))
def test_median_is_numpys(values: list[float]) -> None:
    assert resolve_mod._median(values) == float(np.median(np.array(values)))
