"""geo.filecache.kept: a value comes back as computed, and is computed again when any of
its inputs changes; the basemap and country outlines kept are the ones computed."""

from __future__ import annotations

import pytest

from geo import filecache
from geo.maps import assets, packing


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "cache" / "geo"


def test_a_value_is_kept_until_an_input_changes(tmp_path, cache) -> None:
    data = tmp_path / "data.txt"
    data.write_text("one")
    calls = []

    def compute():
        calls.append(1)
        return {"x": [1, 2.5, ("a", None)], "n": len(calls)}

    first = filecache.kept("thing", [data, 3], compute)
    assert filecache.kept("thing", [data, 3], compute) == first and len(calls) == 1
    assert filecache.kept("thing", [data, 4], compute)["n"] == 2  # another value
    data.write_text("two")  # another file: computed again, the older entries removed
    assert filecache.kept("thing", [data, 3], compute)["n"] == 3
    assert len(list(cache.glob("thing-*.marshal"))) == 1


def test_unreadable_inputs_and_values_are_not_kept(tmp_path, cache) -> None:
    assert filecache.kept("thing", [tmp_path / "missing"], lambda: 5) == 5
    assert filecache.kept("thing", [1], lambda: object) is object  # marshal cannot store it
    assert not cache.exists() or not list(cache.glob("*.marshal"))


def test_kept_outlines_are_the_computed_ones(cache) -> None:
    path = assets.data_dir() / "ne_countries.geojson"
    computed = assets._read_countries(path)
    assets._countries.cache_clear()
    packing._basemap_script.cache_clear()
    try:
        assert assets._countries() == computed  # computed and kept
        assets._countries.cache_clear()
        assert assets._countries() == computed  # read back
        script = packing.pack_text(packing.compact_json(assets.basemap_payload()), 20_000)
        assert packing._basemap_script(20_000) == script
        packing._basemap_script.cache_clear()
        assert packing._basemap_script(20_000) == script
    finally:
        assets._countries.cache_clear()
        packing._basemap_script.cache_clear()


def test_nothing_is_kept_without_a_home(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setattr(filecache.os.path, "expanduser", lambda p: p)  # no home
    monkeypatch.chdir(tmp_path)
    assert filecache.kept("thing", [1], lambda: [2]) == [2]
    assert list(tmp_path.iterdir()) == []
