"""Syndicated copies: the same articles given several times, under other source names and
urls and without dates, merge into one event each, keeping every source."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_batch import ARTICLES

from geo.cli import main
from geo.corpus.batch import process_corpus

OUTLETS = [("AP", "https://apnews.com/x"), ("Yahoo News", "https://news.yahoo.com/y"),
           ("MSN", "https://msn.com/z"), ("", "https://local.example/w")]


def _copies(path: Path, n: int) -> Path:
    """Every article ``n`` times, each copy under an outlet's name and url, no dates."""
    lines = []
    for outlet, url in OUTLETS[:n]:
        for art in ARTICLES:
            lines.append(json.dumps({"text": art["text"], "source": outlet, "url": f"{url}/"
                                     f"{art['id']}"}))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _mergeable(gdf):
    flags = gdf["flags"].fillna("")
    return gdf[gdf.geometry.notna() & ~flags.str.contains("negated|hypothetical")]


@pytest.mark.parametrize("copies", [2, 4])
def test_undated_copies_merge_with_every_source(tmp_path, copies):
    one, errors = process_corpus([_copies(tmp_path / "one.jsonl", 1)], progress=False)
    many, errors_many = process_corpus([_copies(tmp_path / "many.jsonl", copies)],
                                       progress=False)
    assert errors == errors_many == []
    assert one["event_date"].isna().all()  # nothing to merge them by but the copies
    kept = _mergeable(one)
    assert len(kept) >= 15
    merged = _mergeable(many)
    assert len(merged) == len(kept)
    assert merged["report_count"].tolist() == [copies] * len(kept)
    names = [outlet for outlet, _ in OUTLETS[:copies] if outlet]  # without one: the text's
    for sources, article in zip(merged["sources"], merged["article_id"]):
        got = sources.split("; ")
        assert len(got) == copies, sources
        for name in names:
            assert name in got, (name, sources)
        assert article.startswith("many:")
    # reports that may not merge are all kept, one row each
    assert len(many) - len(merged) == copies * (len(one) - len(kept))
    assert many["report_count"].sum() == copies * len(one)


def test_cli_summary_counts_the_copies(tmp_path, capsys):
    src = _copies(tmp_path / "c.jsonl", 3)
    assert main(["batch", str(src), "-o", str(tmp_path / "e.geojson")]) == 0
    summary = capsys.readouterr().err.strip().splitlines()[-1]
    features = json.loads((tmp_path / "e.geojson").read_text())["features"]
    reports = sum(f["properties"]["report_count"] for f in features)
    assert f"{len(ARTICLES) * 3} articles, {len(features)} events " \
           f"({reports - len(features)} merged)" in summary
    assert reports - len(features) >= 2 * 15
