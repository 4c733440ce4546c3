"""`geo batch --workers 2` beside one process, for this tree and a git revision, by parts.

The figure that counts is the speed-up of ``--workers 2`` over one process on the news
stream (:mod:`bench.news_stream`), wall clock on an idle two-core machine. On a shared one
the wall clock says little, so each run also reports where the CPU went, process by
process: the driver (reading, planning, the scheduler, merging, writing), the worker
processes, and the rest (the fork server or spawned helpers, the resource tracker). A
worker's CPU before its first task is its start-up; the driver's, its serial part.

Each tree runs in fresh processes (``PYTHONPATH`` set to it), the trees and the two modes
interleaved, ``--runs`` times; the lowest wall and the CPU of that run are kept.

Usage: python bench/dask_scaling.py [--rev 81ab49c] [--stream 10000] [--runs 2] [--input F]
                                   [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.batch_bench import Tree, corpus_texts, write_jsonl
from bench.news_stream import news_stream
from bench.revision import checkout

ROOT = Path(__file__).resolve().parents[1]


def run_tree(cmd: list[str], env: dict[str, str], cwd: Path) -> dict:
    """Wall seconds and CPU seconds per role of the process tree of one command."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            text=True, env=env, cwd=cwd)
    root = psutil.Process(proc.pid)
    cpu: dict[int, float] = {}
    role: dict[int, str] = {root.pid: "driver"}
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
        except psutil.Error:
            break
        for p in tree:
            try:
                times = p.cpu_times()
                cpu[p.pid] = times.user + times.system
                if p.pid not in role:
                    role[p.pid] = _role(p, root.pid)
            except psutil.Error:
                pass
        time.sleep(0.02)
    _, err = proc.communicate()
    wall = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise RuntimeError(err.strip()[-500:])
    out = {"wall": wall, "driver": 0.0, "workers": 0.0, "other": 0.0, "n_workers": 0}
    for pid, seconds in cpu.items():
        out[role[pid]] += seconds
        out["n_workers"] += role[pid] == "workers"
    return out


def _role(p, driver: int) -> str:
    """A worker: a spawned process (spawn_main) or one forked by a fork server."""
    cmd = " ".join(p.cmdline())
    if "spawn_main" in cmd:
        return "workers"
    if "forkserver" in cmd and p.ppid() != driver:
        return "workers"
    return "other"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", help="git revision to run beside this tree")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "geoparsing")
    parser.add_argument("--stream", type=int, default=10_000, metavar="N")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--input", type=Path, help="a JSON Lines file to use instead")
    parser.add_argument("--runs", type=int, default=2, metavar="N")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT",
                        help="also write the figures as JSON")
    args = parser.parse_args(argv)

    trees = [Tree("this tree", ROOT)]
    with tempfile.TemporaryDirectory(prefix="geo-dask-bench-") as tmp_name:
        tmp = Path(tmp_name)
        with ExitStack() as stack:
            if args.rev:
                trees.append(Tree(args.rev, stack.enter_context(checkout(args.rev,
                                                                         tmp / "rev"))))
            src = args.input
            if src is None:
                src = tmp / "stream.jsonl"
                texts = corpus_texts(args.corpora)
                write_jsonl(list(news_stream(texts, args.stream, seed=args.seed)), src)
            best: dict[tuple[str, str], dict] = {}
            for run in range(max(1, args.runs)):
                for tree in trees:
                    for workers in ("1", "2"):
                        load = os.getloadavg()[0]
                        got = run_tree(tree.geo("batch", str(src), "-o", str(tmp / "o.gpkg"),
                                                "--published", "2024-12-02",
                                                "--workers", workers),
                                       tree.env, tree.path)
                        got["load"] = load
                        print(f"  run {run + 1}: {tree.label}, --workers {workers}: "
                              f"{got['wall']:.1f} s wall (load {load:.1f})", file=sys.stderr)
                        key = (tree.label, workers)
                        if key not in best or got["wall"] < best[key]["wall"]:
                            best[key] = got
    print(f"\n{os.cpu_count()} CPUs, best of {args.runs} interleaved runs; load average "
          "at the start of each run in brackets\n")
    print("| tree | workers | wall s | CPU s driver | CPU s workers | CPU s other | "
          "CPU s total | speed-up |")
    print("|---|---|---|---|---|---|---|---|")
    for tree in trees:
        one = best[tree.label, "1"]["wall"]
        for workers in ("1", "2"):
            b = best[tree.label, workers]
            total = b["driver"] + b["workers"] + b["other"]
            print(f"| {tree.label} | {workers} | {b['wall']:.1f} ({b['load']:.1f}) | "
                  f"{b['driver']:.2f} | {b['workers']:.2f} | {b['other']:.2f} | "
                  f"{total:.2f} | x{one / b['wall']:.2f} |")
    if args.json:
        figures = {f"{label} --workers {w}": b for (label, w), b in best.items()}
        args.json.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
