"""The fast paths of a corpus run's tail give what the plain forms they replace give.

Merging reads the event table one column at a time rather than row by row and sets the
merged rows' cells one column at a time; the writers read each distinct date once. Each is
checked here against the direct form. The fork server of local workers freezes what it
preloaded (a worker's full collections then skip it).
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely.geometry import Point

from geo.corpus import merge
from geo.errors import OutputError
from geo.io import export
from tests.test_merge import day, frame, row

# _natural as first written.
_DIGITS = re.compile(r"(\d+)")


def _plain_natural(text: str) -> tuple:
    parts = _DIGITS.split(text)
    return tuple(int(p) if i % 2 else p for i, p in enumerate(parts))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab:-_01239", max_size=20))
def test_natural_key_is_the_plain_key(text: str) -> None:
    assert merge._natural(text) == _plain_natural(text)


def _rows() -> list[dict]:
    return [
        row(
            article_id="a",
            confidence=0.6,
            sources="Reuters",
            fatalities=3,
            fatalities_text="three",
            quote="A strike hit Kharkiv.",
        ),
        row(article_id="b", confidence=0.9, sources=None, fatalities=None, flags="approximate"),
        row(article_id="c", confidence=None, sources="BBC News; AP", fatalities=5),
        row(article_id="d", event_type="clash", **day(None, None), published="2024-12-02"),
        row(article_id="e", geometry=None, unresolved=True, geonameid=None),
        row(article_id="f", **day(None, None), quote=None),
    ]


def test_records_hold_what_to_dict_holds() -> None:
    table = frame(_rows())
    table["sources"] = [r["sources"] for r in _rows()]  # str dtype, as a batch run makes it
    plain = table.to_dict("records")
    fast = merge._records(table)
    assert len(fast) == len(plain)
    for got, want in zip(fast, plain, strict=True):
        for name, value in got.items():
            # A missing integer is pd.NA in a column's list and None in to_dict's records.
            expected = pd.NA if want[name] is None and value is pd.NA else want[name]
            assert (
                value is expected or value == expected or (value != value and expected != expected)
            ), (name, value, expected)
        assert set(got) == set(merge._READ) & set(table.columns)


def _plain_updated(table: pd.DataFrame, updates: dict) -> pd.DataFrame:
    out = table.copy()
    for pos, values in updates.items():
        for column, value in values.items():
            out.at[pos, column] = value
    return out


_UPDATES = [
    {
        0: {
            "report_count": 3,
            "sources": "AP; Reuters",
            "fatalities": 5,
            "fatalities_min": 3,
            "fatalities_text": "five",
            "flags": "merged",
        }
    },
    {
        1: {
            "report_count": 2,
            "sources": "",
            "fatalities": None,
            "fatalities_min": None,
            "fatalities_text": None,
            "flags": "approximate,merged",
        },
        3: {
            "report_count": 4,
            "sources": "X",
            "fatalities": 0,
            "fatalities_min": None,
            "fatalities_text": "no one",
            "flags": "merged",
        },
    },
]


# Without fatalities_min both forms make it by ``at``, which pandas 3 warns of.
@pytest.mark.filterwarnings("ignore:Setting a value on a DataFrame via .at")
@pytest.mark.parametrize("updates", _UPDATES)
@pytest.mark.parametrize("sources", ["str", "object", "none", "inferred"])
@pytest.mark.parametrize("with_min", [True, False])
def test_updated_sets_cells_as_at_does(updates, sources, with_min) -> None:
    table = frame(_rows())
    if sources == "str":
        table["sources"] = [r["sources"] for r in _rows()]
    elif sources == "none":
        table["sources"] = [None] * len(table)
    elif sources == "inferred":  # dtypes as pandas infers them from lists, as elsewhere
        for name in ("fatalities", "report_count", "fatalities_min", "sources"):
            table[name] = table[name].astype(object).where(table[name].notna(), None).tolist()
        assert table["fatalities"].dtype == "float64" and table["report_count"].dtype == "int64"
    if not with_min:
        table = table.drop(columns="fatalities_min")
    pd.testing.assert_frame_equal(
        merge._updated(table, updates), _plain_updated(table, updates), check_exact=True
    )


def test_merge_reports_of_many_rows_is_the_plain_merge() -> None:
    # A larger table, merged by the fast path, against the same table merged by the plain
    # record and cell forms.
    rng = np.random.default_rng(5)
    rows = []
    for i in range(120):
        lon = 36.25 + float(rng.integers(0, 5)) * 0.03
        rows.append(
            row(
                article_id=f"a{i % 17}",
                id=f"a{i % 17}-{i}",
                confidence=float(rng.integers(0, 10)) / 10,
                fatalities=None if i % 3 else int(rng.integers(0, 9)),
                geonameid=int(rng.integers(1, 4)),
                geometry=Point(lon, 49.98),
                **day(f"2024-12-0{1 + i % 4}"),
            )
        )
    table = frame(rows)
    fast = merge.merge_reports(table)
    original = (merge._records, merge._updated)
    try:
        merge._records = lambda t: t.to_dict("records")
        merge._updated = _plain_updated
        plain = merge.merge_reports(table)
    finally:
        merge._records, merge._updated = original
    assert len(fast) < len(table)
    pd.testing.assert_frame_equal(fast, plain, check_exact=True)


@pytest.mark.parametrize(
    "values",
    [
        [
            "2024-12-02",
            None,
            "2024-12-02",
            "",
            float("nan"),
            pd.NA,
            dt.date(2024, 1, 2),
            dt.datetime(2024, 1, 2, 23, 0),
            "2024-12-02T10:00:00Z",
            pd.NaT,
            ["unhashable"],
        ],
        ["Wed, 30 Oct 2024 10:00:00 GMT", "2024-10-30", "2024-10-30"],
    ],
)
def test_dates_read_each_value_as_as_date_does(values) -> None:
    def plain(vals):
        out = []
        for v in vals:
            try:
                out.append(export._as_date(v, "event_date"))
            except OutputError as exc:
                out.append(str(exc))
        return out

    def fast(vals):
        try:
            return export._dates(vals, "event_date")
        except OutputError as exc:
            return str(exc)

    want = plain(values)
    errors = [w for w in want if isinstance(w, str)]
    assert fast(values) == (errors[0] if errors else want)


def test_fork_server_freezes_what_it_preloaded_last() -> None:
    # The workers forked from it then leave those objects alone in a full collection.
    from geo.corpus import _forkserver

    assert _forkserver.WORKER_MODULES[-1] == "geo.corpus._freeze"
    code = (
        "import gc, sys\nassert gc.get_freeze_count() == 0\n"
        "import geo.corpus._freeze\nprint(gc.get_freeze_count() > 0)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "True"


_QUOTES = ["Kharkiv was hit.", "KHARKIV  was hit!", "Kharkiv was hit again.", None, ""]


@pytest.mark.parametrize("dated_a", [True, False])
@pytest.mark.parametrize("dated_b", [True, False])
@pytest.mark.parametrize("quote_a", _QUOTES)
@pytest.mark.parametrize("quote_b", _QUOTES)
def test_sentence_read_when_first_compared_matches_as_read_at_once(
    dated_a, dated_b, quote_a, quote_b
) -> None:
    def report(pos, dated, quote, article):
        when = {} if dated else day(None, None)
        rep = merge._report(pos, row(article_id=article, quote=quote, **when), Point(36.25, 50))
        if rep is not None and rep["sentence"] is None:
            eager = dict(rep, sentence=merge._sentence_key(rep["quote"]))
            return rep, eager
        return rep, rep

    (a, a_eager), (b, b_eager) = report(0, dated_a, quote_a, "a"), report(1, dated_b, quote_b, "b")
    if a is None or b is None:
        assert not (dated_a and dated_b)  # only an undated report without words is left out
        return
    assert merge._matches(a, b) == merge._matches(a_eager, b_eager)


_COORD = st.floats(min_value=-180, max_value=180, allow_nan=False, width=64)
_PAIR = st.tuples(_COORD, _COORD)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.tuples(_PAIR), st.tuples(_PAIR, _PAIR)), max_size=12))
def test_geometries_are_the_ones_made_one_at_a_time(shapes) -> None:
    from shapely.geometry import LineString

    from geo.frame import _geometries

    def one(shape):
        if shape is None:
            return None
        return Point(*shape[0]) if len(shape) == 1 else LineString(list(shape))

    got = _geometries(shapes)
    assert len(got) == len(shapes)
    for made, shape in zip(got, shapes, strict=True):
        want = one(shape)
        assert (made is None and want is None) or made.wkb == want.wkb


def test_geometries_of_float32_coordinates_are_the_ones_made_one_at_a_time() -> None:
    from geo.frame import _geometries

    lon, lat = np.float32(36.25272), np.float32(49.98081)
    assert _geometries([((lon, lat),)])[0].wkb == Point(lon, lat).wkb


_LONG_LIVED = """
import gc
from geo.corpus.batch import _long_lived
with _long_lived({in_process}):
    inside = gc.isenabled()
print(inside, gc.isenabled())
"""


@pytest.mark.parametrize(("in_process", "want"), [
    (True, "False True"),  # a run in this process: the collector off, then on again
    (False, "True True"),  # a Dask run: left on
])
def test_one_process_run_goes_without_collector(in_process: bool, want: str) -> None:
    code = _LONG_LIVED.format(in_process=in_process)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == want


def test_cli_frees_what_is_left_at_exit_without_collections_once() -> None:
    # main() has gc.freeze run at exit (before a handler registered earlier: handlers run
    # last in, first out), once however often main runs in the process, which exits with
    # the status main returned.
    code = ("import atexit, gc, sys\nfreeze, calls = gc.freeze, []\n"
            "gc.freeze = lambda: calls.append(1) or freeze()\n"
            "atexit.register(lambda: print(len(calls), gc.get_freeze_count() > 0,"
            " file=sys.stderr))\n"
            "from geo.cli import main\nmain([]); main([])\nsys.exit(main([]))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 2 and out.stderr.split() == ["1", "True"]


_UNCOLLECTED = """
import gc
from geo.collector import uncollected
{setup}
frozen = gc.get_freeze_count()
with uncollected():
    inside = gc.isenabled()
    made = [[] for _ in range(5000)]
old = id(made) in {{id(o) for o in gc.get_objects(generation=2)}}
print(inside, gc.isenabled(), old, gc.get_freeze_count() == frozen)
"""


@pytest.mark.parametrize(("setup", "want"), [
    # off inside; on after, with what the block made among the oldest objects (not young)
    ("", "False True True True"),
    ("gc.disable()", "False False False True"),  # entered off: left off, nothing moved
    ("gc.freeze()", "False True False True"),  # a caller's frozen objects stay frozen
])
def test_uncollected_block_runs_without_collector_and_restores_it(setup: str, want: str) -> None:
    code = _UNCOLLECTED.format(setup=setup)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == want


@pytest.mark.parametrize(("command", "argv", "collecting"), [
    ("places", ["places", "x.txt"], False),
    ("events", ["events", "x.txt"], False),
    ("map", ["map", "x.txt"], False),
    ("batch", ["batch", "x.txt", "-o", "x.gpkg"], False),
    ("batch", ["batch", "x.txt", "-o", "x.gpkg", "--workers", "2"], True),  # (Dask)
    ("gazetteer", ["gazetteer", "info"], True),
])
def test_cli_commands_that_load_and_analyse_run_without_collector(
        monkeypatch, command: str, argv: list[str], collecting: bool) -> None:
    import gc

    from geo import cli

    seen = []
    monkeypatch.setattr(cli, f"_cmd_{command}", lambda args: seen.append(gc.isenabled()) or 0)
    assert gc.isenabled()
    assert cli.main(argv) == 0
    assert seen == [collecting] and gc.isenabled()
