"""Resolution time and memory on long texts, where document context grows with the text.

Context compares every mention with the places the others picked; done naively that is
quadratic in the number of mentions. ``geo.pipeline`` resolves a long text in pieces of
``CHUNK_CHARS`` (60,000) characters, so one piece is the worst case. This script builds such
pieces and times ``resolve`` on them, with ``extract_mentions`` timed apart:

- ``article x N``: the bundled seed article repeated to 60,000 characters (many repeated
  names, as in a long report);
- ``place list``: 60,000 characters of comma-separated place names (the densest text there is:
  about 7,500 mentions, each in an "X, Y" pattern with the next);
- ``gazetteer dump``: 60,000 characters of distinct place names, one per line.

It prints mentions, seconds and mentions per second for each, and the process's peak RSS.
With ``--rev`` it runs the same pieces with the code of a git revision, in a separate process
(both read this tree's ``data/``), and prints the time ratio.

Usage: python bench/long_text.py [--rev HEAD~1] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHARS = 60_000
_NAMES = ("Aleppo Hama Homs Idlib Damascus Raqqa Deir ez-Zor Paris London Springfield Kyiv "
          "Kharkiv Odesa Mosul Basra Tripoli Beirut Sidon Tyre Gaza Rafah Khan Younis").split()


def pieces(tree: Path) -> dict[str, str]:
    sys.path.insert(0, str(tree))
    seed = next(iter(sorted((ROOT / "seeds").glob("*.txt")))).read_text("utf-8")
    from geo import load  # the public API: the same in every revision

    gaz = load()
    rows = gaz._db().execute(  # distinct names of populous places, in a fixed order
        "SELECT name FROM places WHERE kind = 'city' ORDER BY population DESC LIMIT 8000"
    ).fetchall()
    return {
        "article x N": (seed * (CHARS // len(seed) + 1))[:CHARS],
        "place list": ", ".join(_NAMES * (CHARS // 40))[:CHARS],
        "gazetteer dump": "\n".join(name for (name,) in rows)[:CHARS],
    }


def measure(tree: Path) -> dict[str, dict[str, float]]:
    texts = pieces(tree)
    from geo import extract_mentions, load, resolve

    gaz = load()
    out = {}
    for name, text in texts.items():
        t0 = time.perf_counter()
        mentions = extract_mentions(text, gaz)
        t1 = time.perf_counter()
        resolve(mentions, gaz, text=text)  # first sight of this text: the figure
        t2 = time.perf_counter()
        resolve(mentions, gaz, text=text)  # the same text again (warm), for reference
        t3 = time.perf_counter()
        out[name] = {"mentions": len(mentions), "extract_s": t1 - t0, "resolve_cold_s": t2 - t1,
                     "resolve_s": t3 - t2}
    out["_peak_rss_mb"] = {"value": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", help="git revision to compare with")
    parser.add_argument("--json", type=Path, metavar="OUT", help="write the figures here")
    parser.add_argument("--tree", type=Path, default=ROOT, help=argparse.SUPPRESS)
    parser.add_argument("--raw", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.raw:  # child process: one tree, figures as JSON on stdout
        print(json.dumps(measure(args.tree)))
        return 0
    runs = {"this tree": ROOT}
    tmp = None
    if args.rev:
        tmp = Path(tempfile.mkdtemp(prefix="geo-rev-"))
        try:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f",
                            str(tmp / "tree"), args.rev], check=True, capture_output=True)
        except subprocess.CalledProcessError as exc:
            print(f"error: cannot check out {args.rev}: {exc.stderr.decode().strip()}",
                  file=sys.stderr)
            return 1
        runs[args.rev] = tmp / "tree"
    figures = {}
    try:
        for label, tree in runs.items():
            env = dict(os.environ, GEO_DATA_DIR=str(ROOT / "data"))
            done = subprocess.run([sys.executable, __file__, "--raw", "--tree", str(tree)],
                                  env=env, check=True, capture_output=True, text=True)
            figures[label] = json.loads(done.stdout)
    finally:
        if tmp is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(tmp / "tree")], capture_output=True)
            shutil.rmtree(tmp, ignore_errors=True)
    for label, fig in figures.items():
        print(f"{label} (peak RSS {fig['_peak_rss_mb']['value']:.0f} MB)")
        for name, f in fig.items():
            if not name.startswith("_"):
                print(f"  {name:15s} {f['mentions']:6,d} mentions  extract {f['extract_s']:.2f} s"
                      f"  resolve {f['resolve_cold_s']:.2f} s "
                      f"({f['mentions'] / f['resolve_cold_s']:,.0f} mentions/s; "
                      f"warm, the same text again: {f['resolve_s']:.2f} s)")
    if args.rev:
        this, other = figures["this tree"], figures[args.rev]
        for name in this:
            if not name.startswith("_"):
                ratio = other[name]["resolve_cold_s"] / this[name]["resolve_cold_s"]
                print(f"resolve time {args.rev} / this tree, {name}: {ratio:.2f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
