"""Start-up: what a process loads before it can work.

A Dask worker runs the corpus task (read a unit, find its places and events) and sends back
plain records; the event table is built and written by the process that started the run.
So the task must not load geopandas or pandas (half a second of every worker's start-up).
"""

from __future__ import annotations

import json
import subprocess
import sys

import geo.corpus as corpus
from geo.corpus import batch, merge


def test_the_corpus_task_loads_no_data_frame_library(tmp_path):
    lines = tmp_path / "a.jsonl"
    lines.write_text(json.dumps({"id": "a", "text": "Missiles struck Kharkiv on Monday."}) + "\n",
                     encoding="utf-8")
    code = (
        "import sys\n"
        "from geo.corpus._tasks import _run_unit\n"
        "from geo.corpus.chunks import plan\n"
        f"units = list(plan([{str(lines)!r}], None, 64, []))\n"
        "done, errors = _run_unit(units[0])\n"
        "assert not errors and done[0][4][0].kind == 'strike', (done, errors)\n"
        "print(sorted(m for m in ('geopandas', 'pandas', 'pyogrio') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "[]"


def test_the_corpus_package_still_gives_its_names():
    assert corpus.merge_reports is merge.merge_reports
    assert corpus.same_event is merge.same_event
    assert corpus.process_corpus is batch.process_corpus
    assert corpus.run_batch is batch.run_batch
    assert corpus.LINES_PER_CHUNK == batch.LINES_PER_CHUNK
    assert sorted(corpus.__all__) == sorted((*corpus._BATCH, *corpus._MERGE))


def test_import_geo_is_light_and_its_names_are_the_modules_own():
    # `geo batch --workers 2` starts its fork server right after `import geo` and parsing.
    code = (
        "import sys, geo\n"
        "print(sorted(m for m in ('numpy', 'geo.pipeline', 'geo.places') "
        "if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    import geo
    import geo.pipeline
    import geo.places

    for name, module in geo._LAZY.items():
        assert getattr(geo, name) is getattr(sys.modules[module], name)
    assert set(geo._LAZY) <= set(geo.__all__) <= set(dir(geo))
