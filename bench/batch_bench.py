"""Corpus throughput on text each process sees once, this tree beside a git revision.

Every figure is taken on texts the measuring process has not seen before, so that the
per-name caches fill as they would on a real news stream and never from a replay of the
same texts. Two inputs are written to a temporary folder (never into the repository):

* the 1,135 texts of LGL, TR-News, GeoWebNews and GeoVirus, read in place from
  ``--corpora`` (default ``<repo>/../shared/geoparsing``), each once;
* ``--stream`` articles (default 10,000) of the seeded news stream of
  :mod:`bench.news_stream`: distinct texts recombined from corpus sentences, names
  recurring as in a news feed.

For this tree, and for ``--rev`` checked out in a temporary worktree, each figure comes
from a fresh process (``PYTHONPATH`` set to the tree), the trees interleaved run by run and
the best of ``--runs`` kept, so that a busy spell on a shared machine does not decide a
ratio:

* ``places``: ``find_places`` over the corpus texts, and over the stream, one pass each in
  a process of its own (articles/s per core, wall and CPU time; start-up excluded);
* ``analyse`` (places and events), the same way;
* ``geo batch`` of the corpus texts in one process, wall time including start-up;
* ``geo batch`` of the stream in one process and with ``--workers 2`` (speed-up, peak RSS of
  the process tree sampled every 50 ms); skipped with ``--no-batch``;
* cold ``geo map`` of the seed article, beside ``python -c "import geopandas, folium"``
  (the import floor), median of ``--runs`` x 2 runs.

``--warm`` adds, labelled as such, a second pass over the same corpus texts in the places
process (what earlier versions of this script reported), and geotext and one
capitalised-word regex pass beside it. Prints a markdown table; ``--json OUT`` also dumps the
figures.

Usage: python bench/batch_bench.py [--rev 3b235be] [--stream 10000] [--runs 2] [--no-batch]
                                   [--warm] [--json OUT]
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
from contextlib import ExitStack
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import CORPORA, read_corpus
from bench.news_stream import news_stream
from bench.revision import checkout

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_7771e2e3acc4b5d4.txt"
_RUN_GEO = "import sys; from geo.cli import main; sys.exit(main())"
CAPITALISED = re.compile(r"\b[A-Z][a-z]+")

# Runs in a fresh process with PYTHONPATH=<tree>: each input text once, timed after one
# warm-up sentence (so start-up and opening the gazetteer are not counted).
_SPEED = """
import json, sys, time
import geo
what, warm = sys.argv[1], sys.argv[2] == "warm"
fn = geo.find_places if what == "places" else geo.analyse
gaz = geo.load()
fn("Warm-up: fighting in Aleppo.", gazetteer=gaz)
out = {}
for path in sys.argv[3:]:
    with open(path, encoding="utf-8") as f:
        texts = [json.loads(line)["text"] for line in f]
    passes = [("cold", texts)] + ([("warm", texts)] if warm else [])
    for label, batch in passes:
        w, c = time.perf_counter(), time.process_time()
        for text in batch:
            fn(text, gazetteer=gaz)
        out[path + ":" + label] = (len(batch), time.perf_counter() - w, time.process_time() - c)
print(json.dumps(out))
"""


def corpus_texts(folder: Path) -> list[tuple[str, str]]:
    """(id, text) of every article of the four corpora."""
    out = []
    for name in CORPORA:
        for art in read_corpus(name, folder):
            out.append((f"{name}-{art.id}", art.text))
    return out


def write_jsonl(records: list[dict], path: Path) -> int:
    with open(path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    return len(records)


def run_measured(cmd: list[str], env: dict[str, str] | None = None,
                 cwd: Path | None = None) -> tuple[float, float, int]:
    """(wall seconds, peak RSS of the process tree in MiB, exit status)."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                            env=env, cwd=cwd)
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
    return wall, peak / 2**20, proc.returncode


class Tree:
    """A source tree to run: this one, or a git revision checked out in a temporary worktree."""

    def __init__(self, label: str, path: Path) -> None:
        self.label, self.path = label, path
        self.env = {**os.environ, "PYTHONPATH": str(path)}

    def geo(self, *args: str) -> list[str]:
        return [sys.executable, "-c", _RUN_GEO, *args]

    def speed(self, what: str, inputs: list[Path], warm: bool) -> dict:
        done = subprocess.run([sys.executable, "-c", _SPEED, what, "warm" if warm else "cold",
                               *map(str, inputs)], capture_output=True, text=True,
                              env=self.env, cwd=self.path)
        if done.returncode != 0:
            raise RuntimeError(f"{self.label}: {done.stderr.strip()[-500:]}")
        return json.loads(done.stdout.splitlines()[-1])


def _best(store: dict, key: tuple, value: float, *, lower: bool = True) -> None:
    old = store.get(key)
    if old is None or (value < old if lower else value > old):
        store[key] = value


def measure(trees: list[Tree], tmp: Path, corpus: Path, stream: Path | None, runs: int,
            batch: bool, warm: bool) -> dict:
    """Best-of-``runs`` figures per tree, the trees interleaved within each run."""
    rate: dict[tuple, float] = {}   # (tree, figure) -> articles/s (highest kept)
    wall: dict[tuple, float] = {}   # (tree, figure) -> seconds (lowest kept)
    rss: dict[tuple, float] = {}
    counts = {"corpus": sum(1 for _ in open(corpus, encoding="utf-8"))}
    if stream is not None:
        counts["stream"] = sum(1 for _ in open(stream, encoding="utf-8"))
    inputs = [corpus] + ([stream] if stream is not None else [])
    for run in range(runs):
        for tree in trees:
            for what in ("places", "analyse"):
                print(f"  run {run + 1}: {tree.label}: {what} ...", file=sys.stderr)
                got = {}  # one fresh process per input: the stream's names are not
                for src in inputs:  # primed by the corpus texts they were cut from
                    got.update(tree.speed(what, [src], warm and what == "places"))
                for key, (n, w, c) in got.items():
                    path, label = key.rsplit(":", 1)
                    name = "corpus" if path == str(corpus) else "stream"
                    _best(rate, (tree.label, f"{what} {name} {label}"), n / w, lower=False)
                    _best(rate, (tree.label, f"{what} {name} {label} cpu"), n / c,
                          lower=False)
            if not batch:
                continue
            jobs = [("batch corpus 1 process", corpus, "1")]
            if stream is not None:
                jobs += [("batch stream 1 process", stream, "1"),
                         ("batch stream --workers 2", stream, "2")]
            for label, src, workers in jobs:
                print(f"  run {run + 1}: {tree.label}: {label} ...", file=sys.stderr)
                out = tmp / f"out-{workers}.parquet"
                w, r, status = run_measured(
                    tree.geo("batch", str(src), "-o", str(out), "--published", "2024-12-02",
                             "--workers", workers), env=tree.env, cwd=tree.path)
                if status not in (0, 1):
                    raise RuntimeError(f"{tree.label}: geo batch exited with {status}")
                _best(wall, (tree.label, label), w)
                rss[tree.label, label] = max(rss.get((tree.label, label), 0.0), r)
    maps: dict[tuple, list[float]] = {}
    if SEED.is_file():
        for _ in range(2 * runs):
            for tree in trees:
                start = time.perf_counter()
                subprocess.run(tree.geo("map", str(SEED), "--published", "2024-12-02", "-o",
                                        str(tmp / "map")), check=True, env=tree.env,
                               cwd=tree.path, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
                maps.setdefault((tree.label, "map"), []).append(time.perf_counter() - start)
            start = time.perf_counter()
            subprocess.run([sys.executable, "-c", "import geopandas, folium"], check=True)
            maps.setdefault(("", "floor"), []).append(time.perf_counter() - start)
    return {"rate": rate, "wall": wall, "rss": rss, "counts": counts,
            "map": {k: statistics.median(v) for k, v in maps.items()}}


def table(trees: list[Tree], m: dict) -> tuple[list[str], dict]:
    """Markdown rows (figure, one column per tree, ratio) and a JSON-ready dict."""
    labels = [t.label for t in trees]
    rows, figures = [], {}
    counts = m["counts"]

    def add(name: str, values: list[float | None], fmt: str, higher_better: bool) -> None:
        cells = [fmt.format(v) if v is not None else "-" for v in values]
        ratio = ""
        if len(values) == 2 and None not in values and values[1]:
            r = values[0] / values[1] if higher_better else values[1] / values[0]
            ratio = f"x{r:.2f}"
        rows.append(f"| {name} | " + " | ".join(cells) + (f" | {ratio} |" if len(trees) == 2
                                                           else " |"))
        figures[name] = dict(zip(labels, values, strict=True))

    for what in ("places", "analyse"):
        for name in ("corpus", "stream"):
            for label in ("cold", "cold cpu", "warm"):
                key = f"{what} {name} {label}"
                values = [m["rate"].get((t, key)) for t in labels]
                if all(v is None for v in values):
                    continue
                src = (f"{counts['corpus']:,} corpus texts" if name == "corpus"
                       else f"{counts.get('stream', 0):,}-article stream")
                kind = {"cold": "each text once, wall",
                        "cold cpu": "each text once, CPU time",
                        "warm": "WARM: 2nd pass over the same texts"}[label]
                add(f"{'find_places' if what == 'places' else 'analyse'}, {src}, {kind} "
                    "(articles/s/core)", values, "{:,.0f}", True)
    for label in ("batch corpus 1 process", "batch stream 1 process",
                  "batch stream --workers 2"):
        values = [m["wall"].get((t, label)) for t in labels]
        if all(v is None for v in values):
            continue
        n = counts["corpus" if "corpus" in label else "stream"]
        add(f"`geo batch`, {label.split(' ', 2)[2]}, {n:,} articles, incl. start-up "
            "(articles/s)", [n / v if v else None for v in values], "{:,.0f}", True)
        add(f"  peak RSS of the process tree, {label} (MiB)",
            [m["rss"].get((t, label)) for t in labels], "{:,.0f}", False)
    one = [m["wall"].get((t, "batch stream 1 process")) for t in labels]
    two = [m["wall"].get((t, "batch stream --workers 2")) for t in labels]
    if None not in one and None not in two:
        add("`--workers 2` speed-up over one process, stream", [a / b for a, b in
                                                                zip(one, two, strict=True)],
            "x{:.2f}", True)
    if m["map"]:
        add("cold `geo map` of the seed, wall (s, median)",
            [m["map"].get((t, "map")) for t in labels], "{:.2f}", False)
        floor = m["map"].get(("", "floor"))
        rows.append("| import floor `python -c \"import geopandas, folium\"` (s, median) | "
                    + " | ".join(f"{floor:.2f}" for _ in labels)
                    + (" | |" if len(trees) == 2 else " |"))
        figures["import floor"] = floor
    return rows, figures


def peers(texts: list[str]) -> list[str]:
    """One pass of geotext and of a capitalised-word regex over ``texts`` (articles/s)."""
    rows = []
    try:
        from geotext import GeoText
    except ImportError:
        print("  geotext not installed: pip install geotext", file=sys.stderr)
    else:
        start = time.perf_counter()
        for t in texts:
            _ = GeoText(t).cities
        rows.append(f"| geotext `GeoText(text).cities`, one pass | "
                    f"{len(texts) / (time.perf_counter() - start):,.0f} |")
    start = time.perf_counter()
    for t in texts:
        CAPITALISED.findall(t)
    rows.append(f"| regex `\\b[A-Z][a-z]+`, one pass (limit) | "
                f"{len(texts) / (time.perf_counter() - start):,.0f} |")
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", help="git revision to run beside this tree (e.g. 3b235be)")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "geoparsing",
                        help="folder holding lgl.xml, TR-News.xml, GWN.xml, GeoVirus.xml")
    parser.add_argument("--stream", type=int, default=10_000, metavar="N",
                        help="articles of the news stream (default 10,000; 0: none)")
    parser.add_argument("--seed", type=int, default=15, help="news stream seed (default 15)")
    parser.add_argument("--runs", type=int, default=2, metavar="N",
                        help="fresh processes per figure and tree, interleaved; the best "
                        "counts (default 2: the figures are noisy on a shared machine)")
    parser.add_argument("--no-batch", action="store_true", help="skip the geo batch runs")
    parser.add_argument("--warm", action="store_true",
                        help="also report warm figures (a second pass over the same texts), "
                        "labelled, and geotext and a regex pass for scale")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT",
                        help="also write the figures as JSON")
    args = parser.parse_args(argv)

    texts = corpus_texts(args.corpora)
    print(f"{len(texts)} corpus texts, {sum(len(t) for _, t in texts):,} characters",
          file=sys.stderr)
    trees = [Tree("this tree", ROOT)]
    with tempfile.TemporaryDirectory(prefix="geo-batch-bench-") as tmp_name:
        tmp = Path(tmp_name)
        with ExitStack() as stack:
            if args.rev:
                trees.append(Tree(args.rev, stack.enter_context(checkout(args.rev,
                                                                         tmp / "rev"))))
            corpus = tmp / "corpus.jsonl"
            write_jsonl([{"id": aid, "text": t} for aid, t in texts], corpus)
            stream = None
            if args.stream > 0:
                stream = tmp / "stream.jsonl"
                pairs = [(aid, t) for aid, t in texts]
                write_jsonl(list(news_stream(pairs, args.stream, seed=args.seed)), stream)
            m = measure(trees, tmp, corpus, stream, max(1, args.runs), not args.no_batch,
                        args.warm)
    rows, figures = table(trees, m)
    print(f"\n{os.cpu_count()} CPUs, Python {sys.version.split()[0]}, best of {args.runs} "
          "interleaved runs\n")
    head = " | ".join(t.label for t in trees)
    print(f"| figure | {head} |" + (f" {trees[0].label} / {trees[1].label} |"
                                    if len(trees) == 2 else ""))
    print("|---|" + "---|" * (len(trees) + (len(trees) == 2)))
    for row in rows:
        print(row)
    if args.warm:
        print("\n| peer, on this machine | articles/s |\n|---|---|")
        for row in peers([t for _, t in texts]):
            print(row)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
