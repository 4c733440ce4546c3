"""Cold-start shortcuts give what the plain forms they replace give.

A fresh gazetteer answers ``word`` and ``english`` by key look-ups before it reads the
tables whole; ``geo map`` packs the basemap on a thread; ``geo.maps`` loads folium on first
use; the regex tree reads runs of plain characters at once (every process parses the trigger
patterns at import). Each is checked here against the form it stands for.
"""

from __future__ import annotations

import base64
import json
import re
import subprocess
import sys
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.places import gazetteer as gazetteer_mod


@pytest.fixture(scope="module")
def gaz() -> gazetteer_mod.Gazetteer:
    return gazetteer_mod.load()


@pytest.fixture(scope="module")
def tables(gaz) -> tuple[dict, frozenset]:
    """The words and english tables as the whole-table reads hold them."""
    db = gaz._db()
    words = {k: (z, bool(lc)) for k, z, lc in db.execute("SELECT key, zipf, lowercase FROM words")}
    english = frozenset(w for (w,) in db.execute("SELECT word FROM english"))
    return words, english


def _fresh(gaz) -> gazetteer_mod.Gazetteer:
    return gazetteer_mod.Gazetteer(gaz.path, gaz.user)


def _probes(words: dict, english: frozenset) -> list[str]:
    sample = sorted(words)[::7] + sorted(english)[::11]
    return sample + ["", "the", "The", "kabul", "xqzv", "caf\u00e9", "\ud800", "a\x00b", "1"]


def test_key_lookups_answer_as_the_whole_tables(gaz, tables, monkeypatch) -> None:
    words, english = tables
    monkeypatch.setattr(gazetteer_mod, "LOOKUPS_BEFORE_LOAD", 10**9)  # all by key
    fresh = _fresh(gaz)
    probes = [*words, *english, *_probes(words, english)]
    got = [(fresh.word(p), fresh.english(p)) for p in probes]
    assert fresh._words is None and fresh._english is None
    assert got == [(words.get(p, (0.0, False)), p in english) for p in probes]


def test_tables_are_read_whole_after_many_lookups(gaz, tables, monkeypatch) -> None:
    words, english = tables
    monkeypatch.setattr(gazetteer_mod, "LOOKUPS_BEFORE_LOAD", 5)
    fresh = _fresh(gaz)
    probes = _probes(words, english)
    got = [(fresh.word(p), fresh.english(p)) for p in probes]
    assert fresh._words == words and fresh._english == english
    assert got == [(words.get(p, (0.0, False)), p in english) for p in probes]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=12))
def test_key_lookup_of_any_text(gaz, tables, key: str) -> None:
    words, english = tables
    fresh = _fresh(gaz)
    assert fresh.word(key) == words.get(key, (0.0, False))
    assert fresh.english(key) == (key in english)


def test_basemap_script_is_pack_of_the_payload(monkeypatch) -> None:
    from geo.maps import assets, packing
    from geo.maps import data as mapdata

    packing._basemap_script.cache_clear()
    packing.prefetch_basemap()
    script = packing.basemap_script()
    assert script == mapdata.pack(assets.basemap_payload())
    raw = base64.b64decode(json.loads(script)["z"])
    assert json.loads(zlib.decompress(raw, -15)) == assets.basemap_payload()
    # a limit set at the call (as tests set mapdata.COMPRESS_ABOVE) is honoured
    monkeypatch.setattr(mapdata, "COMPRESS_ABOVE", 10**9)
    plain = packing.basemap_script(mapdata.COMPRESS_ABOVE)
    assert plain == mapdata.pack(assets.basemap_payload()) and '"z"' not in plain[:5]


def test_failed_prefetch_is_silent_and_raised_by_the_map(monkeypatch, capsys) -> None:
    from geo.maps import assets, packing

    def broken():
        raise OSError("no outlines")

    packing._basemap_script.cache_clear()
    monkeypatch.setattr(assets, "basemap_payload", broken)
    packing.prefetch_basemap()
    with pytest.raises(OSError, match="no outlines"):
        packing.basemap_script()
    assert capsys.readouterr().err == ""
    packing._basemap_script.cache_clear()


@pytest.mark.parametrize("obj", [{"a": "<b>&{{x}}"}, list(range(5000)), "\u2028", None])
def test_pack_is_the_plain_form(obj) -> None:
    from geo.maps import data as mapdata

    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    for limit in (0, 10, 10**9):
        if len(text) <= limit:
            assert mapdata.pack(obj, compress_above=limit) == mapdata.script_json(obj)
        else:
            packer = zlib.compressobj(9, zlib.DEFLATED, -15)
            z = base64.b64encode(packer.compress(text.encode()) + packer.flush()).decode()
            assert mapdata.pack(obj, compress_above=limit) == mapdata.script_json({"z": z})


def test_light_map_modules_load_without_folium() -> None:
    code = ("import sys, geo.maps.packing, geo.maps.assets, geo.maps; "
            "print(sorted(m for m in ('folium', 'geopandas', 'pandas') if m in sys.modules)); "
            "from geo.maps import build_map; print('folium' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split("\n")
    assert out[:2] == ["[]", "True"]
    import geo.maps
    from geo.maps import render

    assert geo.maps.build_map is render.build_map and geo.maps.save_map is render.save_map
    assert set(geo.maps.__all__) <= set(dir(geo.maps))


_REGEX_CHARS = st.sampled_from(list("ab c-(|)[]{}*+?.^$\\,0129:!<=>#PdswbiN^"))


def _tree(pattern: str):
    from geo import regex_tree

    try:
        return re.sub(r"object at 0x[0-9a-f]+", "object", repr(regex_tree.parse(pattern)))
    except ValueError as exc:
        return f"ValueError: {exc}"
    except (IndexError, KeyError) as exc:  # what the parser raises on such text, either way
        return type(exc).__name__


@settings(max_examples=500, deadline=None)
@given(st.lists(_REGEX_CHARS, max_size=24).map("".join))
def test_regex_tree_reads_plain_runs_as_one_character_at_a_time(pattern: str) -> None:
    from geo import regex_tree

    fast = _tree(pattern)
    plain = regex_tree._PLAIN
    regex_tree._PLAIN = re.compile("(?!)")  # never matches: every character read alone
    try:
        assert _tree(pattern) == fast
    finally:
        regex_tree._PLAIN = plain


@settings(max_examples=300, deadline=None)
@given(st.sets(st.text("ab\0", max_size=5), max_size=8),
       st.sets(st.text("abc", max_size=3), max_size=5), st.integers(1, 5))
def test_concat_is_the_set_comprehension(a: set[str], b: set[str], k: int) -> None:
    from geo import prefilter

    out = {x for x in a if prefilter._done(x, k)}
    out.update((x + y)[:k] for x in a if not prefilter._done(x, k) for y in b)
    assert prefilter._concat(a, b, k) == out
