"""Instructions per article of place finding, this tree beside an earlier git revision.

Wall-clock throughput on a shared 2-core VM moves by 10-20 % between runs, which hides
changes of that size. Valgrind's callgrind counts the instructions a process executes,
which does not depend on what else the machine is doing. This script runs
``extract_mentions`` + ``resolve`` over every third corpus text (378 articles) under callgrind,
once with no text and once with each text once (texts the process has not seen: per-name
caches fill as they go, as on a news stream, and no pass is repeated), so that start-up and
corpus parsing cancel out, for the working tree and for ``--rev``. It prints instructions per
unseen article for both and their ratio.

Needs valgrind (Debian package ``valgrind``); about 3 minutes (the four runs go two at a
time).

Both trees read this tree's ``data/``: the comparison is of code, not of gazetteers.

Usage: python bench/places_instructions.py [--rev HEAD~1] [--corpora DIR] [--json OUT]
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

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.revision import checkout

ROOT = Path(__file__).resolve().parent.parent

# Run inside callgrind: imports geo from the tree given, opens the gazetteer and resolves one
# sentence, then (passes=1) each text once.
_WORKLOAD = """
import sys
root, corpora, passes = sys.argv[1], sys.argv[2], int(sys.argv[3])
sys.path.insert(0, root)
sys.path.insert(0, {bench!r})
from pathlib import Path
from corpora import CORPORA, read_corpus
import geo
assert geo.__file__.startswith(root), geo.__file__
from geo import extract_mentions, load, resolve  # the public API: the same in every revision
gaz = load({data!r})
texts = [a.text for name in CORPORA for a in read_corpus(name, Path(corpora))][::3]
warm_up = "Fighting in Aleppo."
resolve(extract_mentions(warm_up, gaz), gaz, text=warm_up)
for _ in range(passes):
    for text in texts:
        resolve(extract_mentions(text, gaz), gaz, text=text)
print(len(texts))
"""


def _instructions(script: Path, root: Path, corpora: Path, passes: int) -> tuple[int, int]:
    """(instructions executed, articles per pass) of one callgrind run."""
    out = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         sys.executable, str(script), str(root), str(corpora), str(passes)],
        capture_output=True, text=True, check=True,
    )
    m = re.search(r"Collected : (\d+)", out.stderr)
    if not m:
        raise RuntimeError(f"no instruction count in callgrind output:\n{out.stderr[-2000:]}")
    return int(m.group(1)), int(out.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rev", default="HEAD~1", help="git revision to compare with")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "geoparsing",
                        help="folder holding the corpora (see bench/README.md)")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT",
                        help="write the figures to this JSON file")
    args = parser.parse_args(argv)
    if shutil.which("valgrind") is None:
        print("error: valgrind is not installed (apt-get install valgrind)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        with checkout(args.rev, Path(tmp) / "rev") as other:
            script = Path(tmp) / "workload.py"
            script.write_text(_WORKLOAD.format(bench=str(ROOT / "bench"),
                                               data=str(ROOT / "data")))
            jobs = {(name, passes): (root, passes) for name, root in
                    (("this tree", ROOT), (args.rev, other)) for passes in (0, 1)}
            with ThreadPoolExecutor(2) as pool:
                done = {key: pool.submit(_instructions, script, root, args.corpora, passes)
                        for key, (root, passes) in jobs.items()}
                counts = {key: f.result() for key, f in done.items()}
    per_article = {}
    for name in ("this tree", args.rev):
        (base, n), (one, _) = counts[(name, 0)], counts[(name, 1)]
        per_article[name] = (one - base) / n
        print(f"{name:>10}: {per_article[name] / 1e6:6.2f} M instructions per unseen article "
              f"({n} articles)")
    ratio = per_article[args.rev] / per_article["this tree"]
    print(f"ratio {args.rev} / this tree: {ratio:.3f}")
    if args.json:
        args.json.write_text(json.dumps({"instructions_per_article": per_article,
                                         "ratio": ratio}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
