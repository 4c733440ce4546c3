"""Hostile and broken input through the CLI and the Python API: a result or one line, no trace."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import geo
from geo.frame import to_geodataframe
from geo.io.export import write_geojson

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7771e2e3acc4b5d4.txt"
NEWS = "Russian drones struck Kharkiv on Sunday, killing three people, officials said.\n"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "geo.cli", *args], input=stdin,
                          capture_output=True, timeout=300)


def one_line_error(proc: subprocess.CompletedProcess) -> str:
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if line.startswith("geo: error:")]
    assert len(lines) == 1, err
    return lines[0]


# (name, file bytes, command, exit status, what stdout or stderr must show)
CASES = [
    ("empty", b"", "places", 0, "[]"),
    ("whitespace", b"  \n\t\n ", "places", 0, "[]"),
    ("empty-events", b"", "events", 0, '"features":[\n]'),
    ("bom-utf8", b"\xef\xbb\xbf" + NEWS.encode(), "places", 0, "Kharkiv"),
    ("utf16-le-bom", b"\xff\xfe" + NEWS.encode("utf-16-le"), "places", 0, "Kharkiv"),
    ("utf16-be-bom", b"\xfe\xff" + NEWS.encode("utf-16-be"), "places", 0, "Kharkiv"),
    ("png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "places", 1, "binary"),
    ("nul-bytes", b"Kyiv\x00\x00\x00Odesa\x00", "events", 1, "NUL byte at offset 4"),
    ("invalid-utf8", b"Shelling in Kharkiv \xe9t\xe9 ", "places", 1, "offset 20"),
    ("html", b"<!doctype html><html><head><title>T</title><script>var x='Paris';</script>"
             b"<style>p{}</style></head><body><p>" + NEWS.encode() + b"</p></body></html>",
     "places", 0, "Kharkiv"),
    ("rtl-mixed", ("قصف على حلب. " + NEWS + " שלום Jerusalem ").encode(), "places", 0,
     "Kharkiv"),
    ("impossible-date", b"On February 30, troops shelled Bakhmut.", "events", 0, "Bakhmut"),
    ("script-tags", b"</script><script>alert(1)</script> Strikes hit Idlib on Nov. 27. {{ 7*7 }}",
     "events", 0, "Idlib"),
]


@pytest.mark.parametrize("name, data, command, status, shows", CASES, ids=[c[0] for c in CASES])
def test_cli_input_table(tmp_path: Path, name: str, data: bytes, command: str, status: int,
                         shows: str) -> None:
    path = tmp_path / ("in.html" if name == "html" else "in.txt")
    path.write_bytes(data)
    args = [command, str(path)] + (["--json"] if command == "places" else [])
    proc = run(*args)
    assert proc.returncode == status, proc.stderr
    if status:
        assert shows in one_line_error(proc)
    else:
        assert "Traceback" not in proc.stderr.decode()
        assert shows in proc.stdout.decode("utf-8")


def test_html_script_text_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text("<html><script>document.write('Paris')</script><p>Calm in Oslo.</p></html>")
    names = [r["mention"] for r in json.loads(run("places", str(path), "--json").stdout)]
    assert names == ["Oslo"]


def test_replace_policy_reads_bad_bytes(tmp_path: Path) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(b"Shelling in Kharkiv \xe9t\xe9 ")
    proc = run("places", str(path), "--json", "--encoding", "utf-8:replace")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)[0]["mention"] == "Kharkiv"


def test_jsonl_bad_line_reported_rest_processed(tmp_path: Path) -> None:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"id": "a", "text": NEWS}) + "\n{not json\n"
                    + json.dumps({"id": "b", "text": "Clashes in Goma."}) + "\n")
    proc = run("places", str(path), "--json")
    assert proc.returncode == 1  # something failed ...
    assert "in.jsonl:2" in proc.stderr.decode()
    got = {r["article_id"]: r["mention"] for r in json.loads(proc.stdout)}
    assert got == {"a": "Kharkiv", "b": "Goma"}  # ... and the rest was processed


def test_missing_input(tmp_path: Path) -> None:
    proc = run("places", str(tmp_path / "nope.txt"))
    assert proc.returncode == 1
    assert "nope.txt" in one_line_error(proc)


def test_output_equal_to_input_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "in.geojson"
    path.write_text(json.dumps({"text": NEWS}))
    before = path.read_bytes()
    proc = run("events", str(path), "-o", str(path))
    assert proc.returncode == 1
    assert "input" in one_line_error(proc)
    assert path.read_bytes() == before


def test_unwritable_output_leaves_nothing(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text(NEWS)
    blocker = tmp_path / "file"
    blocker.write_text("x")
    proc = run("events", str(src), "-o", str(blocker / "out.geojson"))
    assert proc.returncode == 1
    one_line_error(proc)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file", "in.txt"]


def test_huge_single_line(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    line = ("the convoy moved slowly along the coast road near Tyre and Sidon " * 160_000)
    path.write_text(line[:10_000_000])
    proc = run("places", str(path))
    assert proc.returncode == 0, proc.stderr[-500:]


def test_ten_thousand_place_names() -> None:
    names = ["Kyiv", "Odesa", "Kharkiv", "Lviv", "Dnipro"] * 2000
    text = "Strikes were reported in " + ", ".join(names) + "."
    places = geo.find_places(text)
    assert len(places) == 10_000
    events = geo.analyse(text)[1]
    assert to_geodataframe(events).shape[0] == len(events)


def test_same_input_same_bytes(tmp_path: Path) -> None:
    outs = []
    for n in range(2):
        out = tmp_path / f"out{n}.geojson"
        proc = run("events", str(SEED), "--published", "2024-12-02", "-o", str(out))
        assert proc.returncode == 0, proc.stderr
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def _valid_geojson(doc: dict) -> None:
    assert doc["type"] == "FeatureCollection" and "crs" not in doc
    for feature in doc["features"]:
        assert feature["type"] == "Feature" and isinstance(feature["id"], str)
        for value in feature["properties"].values():
            assert not (isinstance(value, float) and not math.isfinite(value))
        geom = feature["geometry"]
        if geom is not None:
            coords = [geom["coordinates"]] if geom["type"] == "Point" else geom["coordinates"]
            for lon, lat in coords:
                assert -180 <= lon <= 180 and -90 <= lat <= 90


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)
       | st.lists(st.sampled_from(["Kyiv", "in", "Gaza", "struck", "fled", "from", "to",
                                   "Al-", "’s", ".", ",", "on Sunday", "11 killed", "<",
                                   "{{", "}}", "\u202e", "\x00", "province", "the city of"]),
                  max_size=40).map(" ".join))
def test_any_text_gives_valid_geojson(text: str) -> None:
    import io

    try:
        _, events = geo.analyse(text)
    except geo.GeoError:
        return
    buf = io.StringIO()
    write_geojson(to_geodataframe(events), buf)
    doc = json.loads(buf.getvalue())
    assert len(doc["features"]) == len(events)
    _valid_geojson(doc)


def test_map_never_overwrites_its_input(tmp_path: Path) -> None:
    page = tmp_path / "article.html"
    page.write_text("<html><body><p>" + NEWS + "</p></body></html>")
    before = page.read_bytes()
    proc = run("map", str(page), "-o", str(page))
    assert proc.returncode == 1
    assert "input" in one_line_error(proc)
    assert page.read_bytes() == before


def test_text_without_sentence_ends_stays_linear() -> None:
    # No full stop and no capital after one: a splitter must still bound its "sentences".
    text = " ".join("the convoy moved near Kharkiv and troops moved on" for _ in range(4000))
    _, events = geo.analyse(text)
    assert len(events) >= 4000


@pytest.mark.parametrize(("published", "line"), [
    ((), "geo: 1 relative date(s) left undated: pass --published"),
    (("--published", "2024-05-06"), None),
])
def test_undated_relative_dates_are_counted_in_one_line(tmp_path: Path, published: tuple,
                                                        line: str | None) -> None:
    src = tmp_path / "news.txt"
    src.write_text(NEWS, encoding="utf-8")
    proc = run("events", str(src), "-o", str(tmp_path / "out.geojson"), *published)
    err = proc.stderr.decode("utf-8")
    assert proc.returncode == 0 and "Traceback" not in err
    notes = [x for x in err.splitlines() if "left undated" in x]
    assert notes == ([line] if line else [])
    (feature,) = json.loads((tmp_path / "out.geojson").read_text())["features"]
    assert feature["properties"]["event_date"] == (None if line else "2024-05-05")
