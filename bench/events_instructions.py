"""Instructions of the events stage and of a whole ``geo batch``, this tree beside a revision.

The events twin of ``places_instructions.py``: valgrind's callgrind counts the instructions a
process executes, which does not depend on what else the shared machine is doing.

- ``events``: ``extract_events`` over every third corpus text (379 articles), each text once.
  The places of every text are found first (outside callgrind, by the same tree) and read
  back; a run that stops there cancels start-up and the gazetteer out, so the figure is the
  events stage alone, per article.
- ``batch``: ``python -m geo batch`` of those texts (JSON Lines) to a GeoPackage, one process,
  start-up and the write included: what a user waits for, in instructions.

Both trees read this tree's ``data/``: the comparison is of code, not of gazetteers.
Needs valgrind (Debian package ``valgrind``); about 3 minutes for both workloads (the runs go
two at a time).

Usage: python bench/events_instructions.py [--rev HEAD~1] [--only events|batch] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.revision import checkout

ROOT = Path(__file__).resolve().parent.parent

# Run outside callgrind, in each tree: the places of every text, pickled (so that the runs
# under callgrind spend their instructions on events, not on finding places).
_PLACES = """
import pickle, sys
root, corpora, out = sys.argv[1], sys.argv[2], sys.argv[3]
sys.path.insert(0, root)
sys.path.insert(0, {bench!r})
from pathlib import Path
from corpora import CORPORA, read_corpus
import geo
assert geo.__file__.startswith(root), geo.__file__
from geo import find_places, load  # the public API: the same in every revision
gaz = load({data!r})
texts = [a.text for name in CORPORA for a in read_corpus(name, Path(corpora))][::3]
found = [find_places(t, gazetteer=gaz, include_unresolved=True) for t in texts]
Path(out).write_bytes(pickle.dumps((texts, found)))
"""

# Run inside callgrind: imports geo from the tree given, reads the texts and their places,
# then (passes=1) finds the events of each text once.
_EVENTS = """
import pickle, sys, datetime as dt
root, places, passes = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, root)
from pathlib import Path
import geo
assert geo.__file__.startswith(root), geo.__file__
from geo import find_places, load
from geo.events import extract_events
gaz = load({data!r})
texts, found = pickle.loads(Path(places).read_bytes())
warm_up = "Fighting in Aleppo on Monday."
extract_events(warm_up, find_places(warm_up, gazetteer=gaz, include_unresolved=True))
published = dt.date(2024, 6, 1)
for _ in range(passes):
    for text, places in zip(texts, found):
        extract_events(text, places, published=published, gazetteer=gaz)
print(len(texts))
"""


def _instructions(cmd: list[str], env: dict[str, str] | None = None,
                  cwd: str | None = None) -> tuple[int, str]:
    """(instructions executed, standard output) of one callgrind run of ``cmd``."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *cmd],
        capture_output=True, text=True, check=True, env=env, cwd=cwd,
    )
    m = re.search(r"Collected : (\d+)", out.stderr)
    if not m:
        raise RuntimeError(f"no instruction count in callgrind output:\n{out.stderr[-2000:]}")
    return int(m.group(1)), out.stdout


def _batch_input(corpora: Path, path: Path) -> int:
    """Every third corpus text as JSON Lines (as the events workload reads them)."""
    sys.path.insert(0, str(ROOT / "bench"))
    from corpora import CORPORA, read_corpus

    texts = [a.text for name in CORPORA for a in read_corpus(name, corpora)][::3]
    path.write_text("".join(json.dumps({"text": t}) + "\n" for t in texts), encoding="utf-8")
    return len(texts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", default="HEAD~1", help="git revision to compare with")
    parser.add_argument("--only", choices=("events", "batch"), default=None,
                        help="run one workload (default: both)")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "geoparsing",
                        help="folder holding the corpora (see bench/README.md)")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT",
                        help="write the figures to this JSON file")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("error: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    workloads = [args.only] if args.only else ["events", "batch"]
    figures: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        with checkout(args.rev, Path(tmp) / "rev") as other:
            script = Path(tmp) / "events.py"
            script.write_text(_EVENTS.format(data=str(ROOT / "data")))
            places_script = Path(tmp) / "places.py"
            places_script.write_text(_PLACES.format(bench=str(ROOT / "bench"),
                                                    data=str(ROOT / "data")))
            lines = Path(tmp) / "texts.jsonl"
            n_batch = _batch_input(args.corpora, lines)
            trees = {"this tree": ROOT, args.rev: other}
            jobs: dict[tuple[str, str], tuple[Any, ...]] = {}
            for name, root in trees.items():
                if "events" in workloads:
                    places = Path(tmp) / f"places{len(jobs)}.pickle"
                    subprocess.run([sys.executable, str(places_script), str(root),
                                    str(args.corpora), str(places)], check=True)
                    for passes in (0, 1):
                        jobs[(name, f"events{passes}")] = ([
                            sys.executable, str(script), str(root), str(places),
                            str(passes)],)
                if "batch" in workloads:
                    # One BLAS thread: idle BLAS threads spin, and callgrind would count it.
                    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": str(root),
                           "GEO_DATA_DIR": str(ROOT / "data"), "HOME": tmp,
                           "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
                    out = Path(tmp) / f"{len(jobs)}.gpkg"
                    # Run from the temporary folder: "-m" puts the working folder first on
                    # the path, and from a tree's root it would import that tree's geo.
                    jobs[(name, "batch")] = ([sys.executable, "-m", "geo", "batch", str(lines),
                                              "-o", str(out)], env, tmp)
            with ThreadPoolExecutor(2) as pool:
                done = {key: pool.submit(_instructions, *job) for key, job in jobs.items()}
                counts = {key: f.result() for key, f in done.items()}
    for workload in workloads:
        per: dict[str, float] = {}
        for name in trees:
            if workload == "events":
                (base, _), (one, out) = counts[(name, "events0")], counts[(name, "events1")]
                n = int(out.split()[-1])
                per[name] = (one - base) / n
                print(f"events {name:>10}: {per[name] / 1e6:6.2f} M instructions per unseen "
                      f"article ({n} articles)")
            else:
                per[name] = counts[(name, "batch")][0]
                print(f"batch  {name:>10}: {per[name] / 1e9:6.2f} G instructions for "
                      f"`geo batch` of {n_batch} texts (start-up and write included)")
        ratio = per[args.rev] / per["this tree"]
        print(f"{workload} ratio {args.rev} / this tree: {ratio:.3f}")
        figures[workload] = {**per, "ratio": ratio}
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
