"""`geo map` / `geo batch --map` options: offline by default, --cdn, --title, the count line."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from geo.cli import _headline, main

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_7771e2e3acc4b5d4.txt"
CDN_TAG = re.compile(r'<(?:script|link)[^>]*(?:src|href)="https://cdn\.jsdelivr\.net')


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.mark.parametrize(("extra", "linked"), [((), False), (("--cdn",), True)])
def test_map_is_inline_unless_cdn(capsys, tmp_path, extra, linked):
    status, out, err = _run(capsys, "map", str(SEED), "--published", "2024-12-02",
                            "-o", str(tmp_path / "m.html"), *extra)
    assert status == 0 and out.split() == [str(tmp_path / "m.html"), str(tmp_path / "m.geojson")]
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert bool(CDN_TAG.search(html)) is linked
    assert ("Leaflet 1.9.3" in html) is not linked
    assert re.fullmatch(r"geo map: (\d+) event\(s\) mapped \(0 without a place\)\n", err)


def test_wrong_inline_assets_folder_is_one_line(capsys, tmp_path):
    status, out, err = _run(capsys, "map", str(SEED), "-o", str(tmp_path),
                            "--inline-assets", str(tmp_path / "nope"))
    assert status == 1 and out == ""
    assert err.count("\n") == 1 and err.startswith("geo: error: --inline-assets ")
    assert "None" not in err and not list(tmp_path.iterdir())


def test_empty_result_says_so(capsys, tmp_path):
    article = tmp_path / "calm.txt"
    article.write_text("The weather was mild and nothing happened.\n", encoding="utf-8")
    status, out, err = _run(capsys, "map", str(article), "-o", str(tmp_path),
                            "--title", "Calm <b>day</b>")
    assert status == 0
    assert err == "geo map: no events found to map (0 without a place); the map says so\n"
    html = (tmp_path / "calm.html").read_text(encoding="utf-8")
    assert "Calm \\u003cb\\u003eday\\u003c/b\\u003e" in html and "<b>day" not in html


@pytest.mark.parametrize(("text", "expected"), [
    ("Short headline\nBody text.", "Short headline"),
    ("  \n", ""),
    ("word " * 40, ("word " * 18).strip() + "\u2026"),
    ("x" * 120, "x" * 90 + "\u2026"),
])
def test_headline(text, expected):
    assert _headline(text) == expected
