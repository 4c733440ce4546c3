"""geo batch: corpus runs in one process and on a local Dask cluster, merging, errors."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pytest

from geo.cli import main
from geo.corpus.batch import process_corpus
from geo.corpus.chunks import plan, unit_articles
from geo.corpus.merge import _natural
from geo.io import ReadError, read_articles

# Synthetic news, written for these tests. The first three report one missile strike on
# Kharkiv (Monday 2 December 2024) in different words; the rest are other events and
# places, and two articles about Kharkiv that must NOT merge with it (another week, and a
# clash rather than a strike).
ARTICLES = [
    {"id": "reuters-1", "source": "Reuters", "published": "2024-12-03",
     "url": "https://example.org/reuters/1",
     "text": "Russian missiles struck Kharkiv on Monday, killing three civilians, the regional "
             "governor said. Emergency crews worked through the night."},
    {"id": "ap-7", "source": "AP", "published": "2024-12-02",
     "text": "At least four people were killed when a Russian missile strike hit the city of "
             "Kharkiv on Monday morning, Ukrainian officials said."},
    {"id": "bbc-3", "source": "BBC", "published": "2024-12-03",
     "text": "Kharkiv was shelled by Russian forces on Monday. Local authorities said two "
             "people died and a school was damaged."},
    {"id": "afp-11", "source": "AFP", "published": "2024-12-10",
     "text": "Drones struck Kharkiv again on Monday, the mayor said, a week after the last "
             "deadly attack."},
    {"id": "kyiv-post-2", "source": "Kyiv Post", "published": "2024-12-02",
     "text": "Ukrainian troops clashed with Russian units near Kharkiv on Monday."},
    {"id": "aljazeera-4", "source": "Al Jazeera", "published": "2024-11-18",
     "text": "Israeli jets struck Beirut on Sunday, Lebanese state media reported. "
             "Smoke rose over the southern suburbs."},
    {"id": "dw-5", "source": "DW", "published": "2024-11-20",
     "text": "Foreign ministers of Germany and France met in Berlin on Tuesday to discuss "
             "support for Ukraine."},
    {"id": "france24-6", "source": "France 24", "published": "2024-11-25",
     "text": "Malian soldiers moved from Bamako to Gao over the weekend, a military source "
             "said."},
    {"id": "nation-8", "source": "Daily Nation", "published": "2024-10-14",
     "text": "Heavy fighting broke out between the army and the Rapid Support Forces in "
             "Khartoum on Saturday, residents said."},
    {"id": "guardian-9", "source": "The Guardian", "published": "2024-11-04",
     "text": "Thousands of families fled Rafah toward Khan Younis on Sunday, the United "
             "Nations said."},
    {"id": "reuters-10", "source": "Reuters", "published": "2025-01-28",
     "text": "M23 rebels captured Goma on Monday after days of fighting with Congolese "
             "troops."},
    {"id": "bbc-12", "source": "BBC", "published": "2024-09-03",
     "text": "Floods swept through Valencia on Tuesday, and the regional government asked "
             "residents to stay at home."},
    {"id": "ap-13", "source": "AP", "published": "2024-12-05",
     "text": "The Indian coast guard intercepted a fishing boat off Chennai on Wednesday."},
    {"id": "abc-14", "source": "ABC News", "published": "2024-08-12",
     "text": "Tourists crowded the beaches of Sydney and Melbourne during the long "
             "weekend."},
    {"id": "globo-15", "source": "O Globo", "published": "2024-07-01",
     "text": "Police clashed with protesters in Rio de Janeiro on Sunday, officials said."},
    {"id": "dawn-16", "source": "Dawn", "published": "2024-06-10",
     "text": "A drone strike hit a compound near Peshawar on Friday, killing five militants, "
             "security officials said."},
    {"id": "kyodo-17", "source": "Kyodo", "published": "2024-05-20",
     "text": "Japanese and Korean officials met in Tokyo on Monday to discuss trade."},
    {"id": "reuters-18", "source": "Reuters", "published": "2024-12-09",
     "text": "Syrian rebels captured Damascus on Sunday as the government collapsed."},
    {"id": "cbc-19", "source": "CBC", "published": "2024-04-02",
     "text": "Wildfire smoke drifted over Toronto and Ottawa on Monday."},
    {"id": "undated-20", "source": "Wire",
     "text": "Artillery shelled Donetsk, local officials said."},
]
MALFORMED_LINE = 6


def write_corpus(path: Path, *, malformed: bool = True) -> Path:
    lines = [json.dumps(a, ensure_ascii=False) for a in ARTICLES]
    if malformed:
        lines.insert(MALFORMED_LINE - 1, '{"id": "broken", "text": "Missiles struck')
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "news.jsonl")


@pytest.fixture(scope="module")
def single(corpus):
    return process_corpus([corpus], progress=False)


def _strikes_on_kharkiv(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    return gdf[(gdf["event_type"] == "strike") & (gdf["location"] == "Kharkiv")]


def test_three_reports_become_one_event(single):
    gdf, _ = single
    strikes = _strikes_on_kharkiv(gdf)
    merged = strikes[strikes["report_count"] == 3]
    assert len(merged) == 1
    row = merged.iloc[0]
    assert row["sources"] == "AP; BBC; Reuters"
    assert row["event_date"] == "2024-12-02"
    assert row["fatalities"] == 4  # the most any report gave
    assert "merged" in row["flags"]
    # The strike a week later is another event.
    later = strikes[strikes["event_date"] == "2024-12-09"]
    assert later["report_count"].tolist() == [1]
    assert later["article_id"].tolist() == ["afp-11"]


def test_unmerged_run_keeps_every_report(corpus, single):
    gdf, _ = process_corpus([corpus], merge=False, progress=False)
    assert len(_strikes_on_kharkiv(gdf)) == 4
    assert len(gdf) == len(single[0]) + 2
    assert set(gdf["report_count"]) == {1}


def test_malformed_line_is_reported_and_the_run_goes_on(corpus, single):
    gdf, errors = single
    assert [(Path(e.file).name, e.line) for e in errors] == [("news.jsonl", MALFORMED_LINE)]
    assert "not valid JSON" in errors[0].reason
    assert set(gdf["article_id"]) >= {"dw-5", "undated-20"}
    assert "broken" not in set(gdf["article_id"])


def test_rows_are_sorted_and_ids_unique(single):
    gdf, _ = single
    assert gdf["id"].is_unique
    # Natural order of article ids ("ap-7" before "ap-13"), then order in the article.
    keys = [(_natural(a), int(i.rsplit("-", 1)[1])) for a, i in zip(gdf["article_id"], gdf["id"],
                                                                    strict=True)]
    assert keys == sorted(keys)
    assert gdf.crs == "EPSG:4326"


@pytest.mark.parametrize("chunk", [1, 4, 7])
def test_result_does_not_depend_on_the_split(corpus, single, chunk):
    gdf, errors = process_corpus([corpus], progress=False, chunk_size=chunk)
    pd.testing.assert_frame_equal(gdf, single[0])
    assert errors == single[1]


def test_two_worker_cluster_equals_one_process(corpus, single):
    started = time.perf_counter()
    gdf, errors = process_corpus([corpus], workers=2, progress=False, chunk_size=4)
    pd.testing.assert_frame_equal(gdf, single[0])
    assert errors == single[1]
    # A loopback cluster starts in a few seconds; this stays in the default run.
    assert time.perf_counter() - started < 60


def test_two_worker_runs_read_relative_paths_where_they_are_run(tmp_path, monkeypatch):
    # Local workers are forked from a fork server (geo.corpus._forkserver): they must see
    # this process's working directory as it is at each run, as spawned workers do.
    pytest.importorskip("distributed")
    from multiprocessing import forkserver

    from geo.corpus import _forkserver

    halves = {"a": ARTICLES[:10], "b": ARTICLES[10:]}
    for name, articles in halves.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "news.jsonl").write_text(
            "".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    for name, articles in halves.items():
        monkeypatch.chdir(tmp_path / name)
        gdf, errors = process_corpus(["news.jsonl"], workers=2, progress=False, chunk_size=3)
        one, _ = process_corpus(["news.jsonl"], progress=False)
        pd.testing.assert_frame_equal(gdf, one)
        assert errors == []
        assert set(gdf["article_id"]) <= {a["id"] for a in articles}
        if _forkserver._stopping is not None:  # each run stops the server it started
            _forkserver._stopping.join(timeout=30)
            assert forkserver._forkserver._forkserver_pid is None


def test_fork_server_is_reused_only_for_the_same_environment(tmp_path, monkeypatch):
    from geo.corpus import _forkserver

    monkeypatch.setattr(_forkserver, "WORKER_MODULES", [])  # no imports: a quick start
    if not _forkserver.start():
        pytest.skip("no fork server here")
    try:
        first = _forkserver._ours
        assert _forkserver.start() and _forkserver._ours == first
        monkeypatch.chdir(tmp_path)  # a fork takes the working directory as it starts
        assert _forkserver.start() and _forkserver._ours == first
        monkeypatch.setenv("GEO_GAZETTEER", str(tmp_path))  # workers would read the old one
        assert _forkserver.start() and _forkserver._ours not in (None, first)
        second = _forkserver._ours
        monkeypatch.delenv("GEO_GAZETTEER")
        assert _forkserver.start() and _forkserver._ours not in (None, first, second)
    finally:
        _forkserver.stop()
        _forkserver._stopping.join(timeout=30)
    import psutil

    assert not any(psutil.pid_exists(pid) and psutil.Process(pid).status() != "zombie"
                   for pid in (first, second))


def test_fork_server_started_early_is_stopped_when_dask_is_missing(monkeypatch):
    from geo.corpus import _forkserver
    from geo.corpus._dask import prepare_dask
    from geo.errors import GeoError

    monkeypatch.setattr(_forkserver, "WORKER_MODULES", [])
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if not installed
    with pytest.raises(GeoError, match=r"install geo\[batch\]"):
        prepare_dask(2, None)
    assert _forkserver._ours is None
    prepare_dask(1, None)  # one process: neither Dask nor a fork server
    assert _forkserver._ours is None


def test_cli_writes_output_map_and_errors_report(corpus, tmp_path, capsys):
    out = tmp_path / "events.geojson"
    status = main(["batch", str(corpus), "-o", str(out), "--map", str(tmp_path / "m.html")])
    assert status == 1
    err = capsys.readouterr().err
    summary = [line for line in err.splitlines() if line.startswith("geo batch:")]
    assert len(summary) == 1
    assert "20 articles" in summary[0] and "2 merged" in summary[0]
    assert "1 errors" in summary[0]
    assert "1 input record(s) failed" in err
    assert "\r" not in err  # no progress bar when stderr is not a terminal
    report = [json.loads(x) for x in (tmp_path / "events.errors.jsonl").read_text().splitlines()]
    assert [(Path(r["file"]).name, r["line"]) for r in report] == [("news.jsonl", 6)]
    features = json.loads(out.read_text())["features"]
    assert max(f["properties"]["report_count"] for f in features) == 3
    html = (tmp_path / "m.html").read_text()
    assert "Kharkiv" in html
    # Offline like geo map's: Leaflet inside the file; the title is OUT's stem.
    assert "Leaflet 1.9.3" in html and 'src="https://cdn' not in html
    assert '{"title":"events",' in html


def test_cli_map_options_checked_before_the_run(tmp_path, capsys):
    src = write_corpus(tmp_path / "c.jsonl", malformed=False)
    status = main(["batch", str(src), "-o", str(tmp_path / "e.csv"), "--map",
                   str(tmp_path / "m.html"), "--inline-assets", str(tmp_path / "nope")])
    err = capsys.readouterr().err
    assert status == 1 and err.startswith("geo: error: --inline-assets ")
    assert err.count("\n") == 1 and not (tmp_path / "e.csv").exists()


def test_cli_exit_status_zero_without_errors(tmp_path, capsys):
    src = write_corpus(tmp_path / "clean.jsonl", malformed=False)
    errors_path = tmp_path / "report.jsonl"
    errors_path.write_text('{"stale": "from an earlier run"}\n')
    status = main(["batch", str(src), "-o", str(tmp_path / "e.csv"), "--errors",
                   str(errors_path), "--no-merge"])
    assert status == 0
    assert not errors_path.exists()  # no empty report, and no stale one
    assert sorted(p.name for p in tmp_path.iterdir()) == ["clean.jsonl", "e.csv"]
    assert "0 merged" in capsys.readouterr().err


def test_geojson_is_byte_identical_across_runs(corpus, tmp_path):
    a, b = tmp_path / "a.geojson", tmp_path / "b.geojson"
    main(["batch", str(corpus), "-o", str(a)])
    main(["batch", str(corpus), "-o", str(b)])
    assert a.read_bytes() == b.read_bytes()


@pytest.mark.parametrize("suffix", [".gpkg", ".parquet", ".csv"])
def test_cli_output_formats(corpus, tmp_path, suffix):
    out = tmp_path / f"events{suffix}"
    assert main(["batch", str(corpus), "-o", str(out)]) == 1
    assert out.stat().st_size > 0
    if suffix == ".parquet":
        assert gpd.read_parquet(out)["report_count"].max() == 3


def test_folders_files_and_unreadable_inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLES[0]["text"], encoding="utf-8")
    (folder / "b.json").write_text(json.dumps(ARTICLES[5]), encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\x00\x01binary")
    (folder / "notes.md").write_text("ignored", encoding="utf-8")
    gdf, errors = process_corpus([folder, tmp_path / "missing.txt"], progress=False)
    assert set(gdf["article_id"]) == {"a", "aljazeera-4"}
    assert [(Path(e.file).name, e.line) for e in errors] == [("c.txt", 0), ("missing.txt", 0)]


def test_jsonl_byte_ranges_read_as_read_articles_does(tmp_path):
    path = tmp_path / "odd.jsonl"
    body = [
        '{"text": "One in Paris.", "published": "2024-01-02"}',
        "",
        "[1, 2]",
        '{"text": "Two in Lyon.", "id": "x"}',
        '{"text": 3}',
        '{"text": "Three in Nice.", "published": "yesterday"}',
        '{"text": "Four in Lille."}',
    ]
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(body).encode())
    expected_errors: list[ReadError] = []
    expected = list(read_articles(path, errors_out=expected_errors))
    for chunk in (1, 2, 3, 100):
        errors: list[ReadError] = []
        got = [a for unit in plan([path], None, chunk, errors)
               for a in unit_articles(unit, None, errors)]
        assert got == expected
        assert errors == expected_errors


def test_progress_line(corpus, capsys):
    process_corpus([corpus], progress=True, merge=False)
    err = capsys.readouterr().err
    assert "\r[" in err and "articles" in err and "ETA" in err
    process_corpus([corpus], merge=False)
    assert capsys.readouterr().err == ""


def test_single_process_run_does_not_import_dask(corpus):
    code = (
        "import sys; from geo.corpus.batch import process_corpus; "
        f"process_corpus([{str(corpus)!r}], progress=False); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('dask', 'distributed')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_bad_options(corpus, tmp_path, capsys):
    with pytest.raises(ValueError, match="'workers' should be at least 1, got 0 instead"):
        process_corpus([], workers=0)
    assert main(["batch", "x.jsonl", "-o", "y.csv", "--workers", "0"]) == 2
    # A bad output is refused before the corpus run, not after it.
    assert main(["batch", str(corpus), "-o", str(tmp_path / "out.txt")]) == 1
    assert "from its suffix '.txt'" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []
