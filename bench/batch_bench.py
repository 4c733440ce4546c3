"""Time ``geo batch`` at corpus scale, one process against local Dask workers.

The 1,135 texts of LGL, TR-News, GeoWebNews and GeoVirus are read in place from ``--corpora``
(default ``<repo>/../shared/geoparsing``), repeated ``--repeat`` times into a temporary
JSON Lines file (never into the repository), and run through:

* ``geo batch`` in one process (``--workers 1``, no Dask), on a one-worker Dask
  ``LocalCluster`` (the cost of Dask itself) and with ``--workers 2`` (wall time including
  cluster start-up, articles/s, speed-up, peak RSS of the whole process tree sampled every
  50 ms);
* warm throughput on one core in this process: ``find_places`` and ``analyse`` beside
  geotext (``GeoText(text).cities``, a peer geoparser) and one regex pass over capitalised
  words (the practical upper bound of any Python tokenising pass);
* cold start: ``geo map`` on the seed article beside ``python -c "import geopandas, folium"``.

Prints a markdown table; ``--json OUT`` also dumps the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `geo` and `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import CORPORA, read_corpus

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_7771e2e3acc4b5d4.txt"
CAPITALISED = re.compile(r"\b[A-Z][a-z]+")


def corpus_texts(folder: Path) -> list[tuple[str, str]]:
    """(id, text) of every article of the four corpora."""
    out = []
    for name in CORPORA:
        for art in read_corpus(name, folder):
            out.append((f"{name}-{art.id}", art.text))
    return out


def write_jsonl(texts: list[tuple[str, str]], repeat: int, path: Path) -> int:
    with open(path, "w", encoding="utf-8") as f:
        for r in range(repeat):
            for aid, text in texts:
                f.write(json.dumps({"id": f"{aid}-r{r}", "text": text}) + "\n")
    return repeat * len(texts)


def run_measured(cmd: list[str]) -> tuple[float, float, int]:
    """(wall seconds, peak RSS of the process tree in MiB, exit status)."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peak = 0
    stop = threading.Event()

    def sample() -> None:
        nonlocal peak
        root = psutil.Process(proc.pid)
        while not stop.is_set():
            try:
                tree = [root, *root.children(recursive=True)]
                rss = 0
                for p in tree:
                    try:
                        rss += p.memory_info().rss
                    except psutil.Error:
                        pass
                peak = max(peak, rss)
            except psutil.Error:
                return
            stop.wait(0.05)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    _, err = proc.communicate()
    stop.set()
    thread.join()
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.stderr.write(err)
    summary = [line for line in err.splitlines() if line.startswith("geo batch:")]
    if summary:
        print("   ", summary[-1], file=sys.stderr)
    return wall, peak / 2**20, proc.returncode


# ``geo batch`` on a one-worker LocalCluster: the CLI's --workers 1 never starts Dask.
_ONE_WORKER = """
import sys
from distributed import LocalCluster
from geo.corpus.batch import process_corpus
from geo.io.export import write_events
if __name__ == "__main__":
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None) as cluster:
        gdf, errors = process_corpus([sys.argv[1]], scheduler=cluster.scheduler_address,
                                     published=__import__("datetime").date(2024, 12, 2))
    write_events(gdf, sys.argv[2])
    print(f"geo batch: {len(gdf)} events, {len(errors)} errors", file=sys.stderr)
"""


def throughput(fn, texts: list[str], *, min_seconds: float = 2.0) -> float:
    """Articles per second of ``fn`` over ``texts`` (after one untimed pass, whole passes)."""
    for text in texts:
        fn(text)
    n, start = 0, time.perf_counter()
    while True:
        for text in texts:
            fn(text)
        n += len(texts)
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return n / elapsed


def cold(cmd: list[str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "geoparsing",
                        help="folder holding lgl.xml, TR-News.xml, GWN.xml, GeoVirus.xml")
    parser.add_argument("--repeat", type=int, default=3, metavar="N",
                        help="copies of the 1,135 texts in the batch input (default 3)")
    parser.add_argument("--runs", type=int, default=2, metavar="N",
                        help="runs of each batch configuration; the fastest counts (default 2: "
                        "the figures are noisy on a shared machine)")
    parser.add_argument("--no-batch", action="store_true", help="skip the geo batch runs")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT",
                        help="also write the figures as JSON")
    args = parser.parse_args(argv)

    texts = corpus_texts(args.corpora)
    print(f"{len(texts)} corpus texts, {sum(len(t) for _, t in texts):,} characters",
          file=sys.stderr)
    rows: list[tuple[str, str, str, str]] = []
    figures: dict[str, dict[str, float]] = {}
    script = Path(sys.executable).with_name("geo")
    geo_cmd = [str(script)] if script.is_file() else [sys.executable, "-m", "geo.cli"]

    with tempfile.TemporaryDirectory(prefix="geo-batch-bench-") as tmp:
        if not args.no_batch:
            corpus = Path(tmp) / "corpus.jsonl"
            n = write_jsonl(texts, args.repeat, corpus)
            base = None
            batch = [*geo_cmd, "batch", str(corpus), "--published", "2024-12-02"]
            one_worker = Path(tmp) / "one_worker.py"
            one_worker.write_text(_ONE_WORKER, encoding="utf-8")
            for label, cmd in (
                ("geo batch, 1 process (no Dask)", [*batch, "-o"]),
                ("Dask LocalCluster, 1 worker", [sys.executable, str(one_worker), str(corpus)]),
                ("geo batch --workers 2", [*batch, "--workers", "2", "-o"]),
            ):
                out = Path(tmp) / f"out{len(figures)}.parquet"
                print(f"  running {label} on {n} articles ...", file=sys.stderr)
                runs = [run_measured([*cmd, str(out)]) for _ in range(max(1, args.runs))]
                wall = min(r[0] for r in runs)
                rss = max(r[1] for r in runs)
                status = max(r[2] for r in runs)
                base = base or wall
                figures[label] = {"articles": n, "seconds": wall, "articles_per_s": n / wall,
                                  "speedup": base / wall, "peak_rss_mib": rss,
                                  "status": status}
                rows.append((label, f"{n / wall:,.0f} articles/s",
                             f"{wall:.1f} s for {n:,}; x{base / wall:.2f}",
                             f"{rss:,.0f} MiB"))

        from geo.pipeline import analyse, find_places
        from geo.places.gazetteer import load

        gaz = load()
        plain = [t for _, t in texts]
        for label, fn in (
            ("find_places, warm, 1 core", lambda t: find_places(t, gazetteer=gaz)),
            ("analyse (places + events), warm, 1 core", lambda t: analyse(t, gazetteer=gaz)),
        ):
            rate = throughput(fn, plain)
            figures[label] = {"articles_per_s": rate}
            rows.append((label, f"{rate:,.0f} articles/s", "", ""))
        try:
            from geotext import GeoText
        except ImportError:
            print("  geotext not installed: pip install geotext", file=sys.stderr)
        else:
            rate = throughput(lambda t: GeoText(t).cities, plain)
            figures["geotext"] = {"articles_per_s": rate}
            rows.append(("geotext `GeoText(text).cities`", f"{rate:,.0f} articles/s", "", ""))
        rate = throughput(lambda t: CAPITALISED.findall(t), plain)
        figures["regex"] = {"articles_per_s": rate}
        rows.append(("regex `\\b[A-Z][a-z]+` (limit)", f"{rate:,.0f} articles/s", "", ""))

        if SEED.is_file():
            cold_map = cold([*geo_cmd, "map", str(SEED), "-o", str(Path(tmp) / "map")])
            cold_import = cold([sys.executable, "-c", "import geopandas, folium"])
            figures["cold geo map"] = {"seconds": cold_map}
            figures["cold import geopandas, folium"] = {"seconds": cold_import}
            rows.append(("cold `geo map` on the seed", "", f"{cold_map:.2f} s wall", ""))
            rows.append(("cold `python -c \"import geopandas, folium\"`", "",
                         f"{cold_import:.2f} s wall", ""))

    print(f"\n{os.cpu_count()} CPUs, Python {sys.version.split()[0]}\n")
    print("| run | throughput | time | peak RSS |")
    print("|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
