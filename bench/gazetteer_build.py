"""Time ``geo gazetteer build`` on a synthetic GeoNames dump, and the gazetteer's open cost.

1. Writes a dump of N rows (default 100,000) in GeoNames' exact 19-column tab-separated
   format, zipped like ``cities500.zip``: made-up names (with diacritics, Arabic articles and
   alternate names, some in other scripts), a mix of feature classes (populated places, camps,
   admin units, water, terrain, and classes the build leaves out), real country and admin-1
   codes; and times ``geo gazetteer build --geonames DUMP -o OUT`` in a fresh process.
2. Measures, in fresh processes, the time to open the bundled gazetteer (``geo.load()``
   after imports) and the peak RSS after resolving the seed article: once with no user layer
   and once with a user layer of 1,000 places, and the same for the built file.

With ``--rev`` the open-time/RSS measurement of the bundled gazetteer also runs with the code
of a git revision (a temporary worktree; both read this tree's data/) for a side-by-side
comparison.

Usage: python bench/gazetteer_build.py [--rows 100000] [--rev HEAD~1] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = ("ka ma ra sha ta zu bo al el mi no qa da ha lu ri ye wa fa gi "
             "tou ou aa ee ash kh gh").split()
KINDS = ([("P", "PPL")] * 60 + [("P", "PPLA2"), ("P", "PPLX"), ("P", "PPLQ")] * 3
         + [("S", "CMPRF"), ("S", "CMP"), ("S", "SCH"), ("S", "HTL")] * 3
         + [("A", "ADM2"), ("A", "ADM3"), ("H", "STM"), ("H", "WLL"), ("T", "MT"), ("T", "HLL"),
            ("L", "RGN"), ("V", "FRST"), ("R", "RD"), ("U", "SMU")])
COUNTRIES = [("SD", "02"), ("SD", "29"), ("TD", "07"), ("SY", "09"), ("YE", "08"), ("UA", "07"),
             ("MM", "01"), ("ML", "05"), ("SO", "03"), ("ET", "53"), ("CD", "09"), ("NG", "21")]


def made_up_name(rng: random.Random) -> str:
    words = []
    for _ in range(rng.choice((1, 1, 1, 2, 2, 3))):
        w = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        words.append(w.capitalize())
    name = " ".join(words)
    if rng.random() < 0.1:
        name = "Al-" + name
    if rng.random() < 0.1:
        name = name.replace("a", "á", 1)
    return name


def dump_rows(n: int, seed: int = 7):
    """N rows of a GeoNames table (19 tab-separated fields each)."""
    rng = random.Random(seed)
    for i in range(n):
        name = made_up_name(rng)
        ascii_name = name.replace("á", "a")
        alts = [made_up_name(rng) for _ in range(rng.choice((0, 0, 1, 2, 5)))]
        if rng.random() < 0.2:
            alts.append("Кара")  # another script: dropped
        if rng.random() < 0.1:
            alts.append("KRT")  # an airport code: dropped
        fclass, fcode = rng.choice(KINDS)
        cc, a1 = rng.choice(COUNTRIES)
        lat = rng.uniform(-60, 70)
        lon = rng.uniform(-180, 180)
        pop = rng.choice((0, 0, 0, rng.randint(500, 2_000_000)))
        yield [str(50_000_000 + i), name, ascii_name, ",".join(alts), f"{lat:.5f}",
               f"{lon:.5f}", fclass, fcode, cc, "", a1, "", "", "", str(pop), "",
               str(rng.randint(0, 3000)), "Africa/Khartoum", "2024-01-15"]


def write_dump(path: Path, n: int) -> None:
    """A .zip holding ``<stem>.txt`` with N rows, or a .txt file."""
    text = "".join("\t".join(r) + "\n" for r in dump_rows(n))
    if path.suffix == ".zip":
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            zf.writestr(path.stem + ".txt", text)
    else:
        path.write_text(text, encoding="utf-8")


def user_csv(path: Path, n: int) -> None:
    rng = random.Random(3)
    lines = ["name,alternate_names,kind,lat,lon,country_code,admin1"]
    for i in range(n):
        name = made_up_name(rng) + f" {i}"
        lines.append(f"{name},{made_up_name(rng)}|{made_up_name(rng)},camp,"
                     f"{rng.uniform(10, 20):.4f},{rng.uniform(20, 30):.4f},SD,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


_PROBE = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
import geo, geo.pipeline
t = time.perf_counter()
gaz = geo.load()
opened = time.perf_counter() - t
text = open(sys.argv[2], encoding="utf-8").read()
t = time.perf_counter()
geo.pipeline.find_places(text, gazetteer=gaz)
first = time.perf_counter() - t
# VmHWM, not ru_maxrss: Linux keeps the parent's ru_maxrss across fork and exec.
rss = next(int(line.split()[1]) for line in open("/proc/self/status")
           if line.startswith("VmHWM")) / 1024
print(json.dumps({"open_s": opened, "seed_s": first, "rss_mb": rss}))
"""


def probe(tree: Path, env: dict[str, str], runs: int = 5) -> dict[str, float]:
    """Median open time, first-text time and peak RSS of fresh processes."""
    seed = next(iter(sorted((ROOT / "seeds").glob("*.txt"))))
    got = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", _PROBE, str(tree), str(seed)], env=env,
                             capture_output=True, text=True, check=True).stdout
        got.append(json.loads(out.strip().splitlines()[-1]))
    return {k: sorted(g[k] for g in got)[len(got) // 2] for k in got[0]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--rev", help="git revision whose gazetteer open cost to compare")
    parser.add_argument("--keep", type=Path, help="keep the dump and the built file here")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="geo-gazbench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "GEO_HOME": str(work / "home")}
    env.pop("GEO_GAZETTEER", None)
    env.pop("GEO_USER_PLACES", None)
    try:
        dump = work / "synthetic500.zip"
        t = time.perf_counter()
        write_dump(dump, args.rows)
        print(f"wrote {dump} ({args.rows:,} rows, {dump.stat().st_size / 1e6:.1f} MB) in "
              f"{time.perf_counter() - t:.1f} s")
        built = work / "built.sqlite"
        cpu0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "geo.cli", "gazetteer", "build",
                              "--geonames", str(dump), "-o", str(built)], env=env,
                             capture_output=True, text=True)
        took = time.perf_counter() - t
        cpu1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = cpu1.ru_utime - cpu0.ru_utime + cpu1.ru_stime - cpu0.ru_stime
        if run.returncode:
            print(run.stderr, file=sys.stderr)
            return 1
        print(run.stdout.strip())
        print(f"geo gazetteer build, {args.rows:,} rows: {took:.1f} s wall, {cpu:.1f} s CPU "
              f"({built.stat().st_size / 1e6:.0f} MB); load average {os.getloadavg()[0]:.1f}")

        rows = [("bundled, this tree", ROOT, {})]
        if args.rev:
            tree = work / "rev"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f",
                            str(tree), args.rev], check=True, capture_output=True)
            rows.append((f"bundled, {args.rev}", tree, {"GEO_DATA_DIR": str(ROOT / "data")}))
        user = work / "user.csv"
        user_csv(user, 1000)
        layer_env = {**env, "GEO_USER_PLACES": str(work / "user_places.sqlite")}
        subprocess.run([sys.executable, "-m", "geo.cli", "gazetteer", "add", str(user)],
                       env=layer_env, check=True, capture_output=True)
        rows.append(("bundled + 1,000 user places", ROOT, {"GEO_USER_PLACES":
                                                          layer_env["GEO_USER_PLACES"]}))
        rows.append(("built file", ROOT, {"GEO_GAZETTEER": str(built)}))
        print(f"{'gazetteer':32} {'open s':>7} {'seed s':>7} {'peak RSS MB':>12}")
        for label, tree, extra in rows:
            fig = probe(tree, {**env, **extra})
            print(f"{label:32} {fig['open_s']:7.3f} {fig['seed_s']:7.3f} {fig['rss_mb']:12.0f}")
    finally:
        if args.rev and (work / "rev").exists():
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(work / "rev")], capture_output=True)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
