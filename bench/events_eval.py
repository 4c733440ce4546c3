"""Event extraction against the openly licensed dev set, this tree beside a git revision.

For each tree (this one, and ``--rev`` checked out in a temporary worktree) the script runs
``geo events`` on every article of ``--dev`` (default ``../shared/events-dev``) and scores the
GeoJSON with the judging scorer's own matching rules (imported from ``--scorer``, default
``../shared/tools/score.py``; nothing of it is copied here). It prints:

- overall P / R / F1 and matched-date accuracy, as the scorer's SUMMARY line gives them;
- per kind P / R / F1: precision over the predictions of that kind, recall over the gold
  events of that kind (an ``attack`` may match a gold strike or clash, as the scorer allows);
- a confusion table of kinds: each missed gold event beside the kind predicted for its
  sentence and place, ``(none)`` when nothing was, and extras as ``(no gold)``;
- events throughput: ``analyse`` over the 1,135 texts of the geoparsing corpora, each text
  seen once by a fresh process (cold caches), articles per second; the trees alternate and
  the best of ``--runs`` processes is kept, so a busy spell on a shared machine does not
  decide the ratio.

Usage: python bench/events_eval.py [--rev HEAD~1] [--dev DIR] [--no-speed] [--runs 3]
                                   [--json OUT]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
_RUN_GEO = "import sys; from geo.cli import main; sys.exit(main())"


def _scorer(path: Path):
    spec = importlib.util.spec_from_file_location("geo_judge_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: cannot load the scorer {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _predict(tree: Path, body: str, published: str | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "article.txt", Path(tmp) / "events.geojson"
        src.write_text(body, encoding="utf-8")
        cmd = [sys.executable, "-c", _RUN_GEO, "events", str(src), "-o", str(out)]
        if published:
            cmd += ["--published", published]
        env = {**os.environ, "PYTHONPATH": str(tree)}
        done = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=tree)
        if done.returncode != 0:
            raise RuntimeError(done.stderr.strip()[-300:])
        return json.loads(out.read_text(encoding="utf-8"))


def score_tree(tree: Path, items: list, sc) -> dict:
    """Match predictions to gold exactly as the scorer does, keeping the kinds of every miss."""
    tally: Counter[tuple[str, str]] = Counter()  # (kind, tp|fp|fn)
    confusion: Counter[tuple[str, str]] = Counter()
    date_ok = date_n = 0
    for _name, body, meta, gold in items:
        fc = _predict(tree, body, meta.get("published") or gold.get("published"))
        feats = [f for f in fc.get("features", [])
                 if (f.get("properties") or {}).get("event_type") in sc.EVENT_TYPES]
        golds = [(ge, sc.event_anchor_points(gold, ge), sc.quote_span(ge, body))
                 for ge in gold["events"] if ge["type"] in sc.EVENT_TYPES]

        def hit(f, anchors, qspan, same_sentence):
            pts = sc.feature_points(f)
            near = bool(pts) and any(sc.km(a[:2], p) <= a[2] for a in anchors for p in pts)
            in_quote = qspan is not None and sc.overlaps_quote(f["properties"], qspan)
            if not anchors:
                return in_quote
            return near and (in_quote or not same_sentence)

        used: set[int] = set()
        found: dict[int, int] = {}
        for same_sentence in (True, False):
            for gi, (ge, anchors, qspan) in enumerate(golds):
                if gi in found:
                    continue
                for i, f in enumerate(feats):
                    if i not in used and sc.same_kind(f["properties"]["event_type"], ge["type"]) \
                            and hit(f, anchors, qspan, same_sentence):
                        found[gi], _ = i, used.add(i)
                        break
        matched = [(ge, anchors, qspan) for gi, (ge, anchors, qspan) in enumerate(golds)
                   if gi in found]
        neutral: set[int] = set()
        for i, f in enumerate(feats):
            pr = f["properties"]
            if i in used:
                continue
            pts = sc.feature_points(f)
            if any(sc.same_kind(pr["event_type"], ge["type"]) and qspan is not None
                   and sc.overlaps_quote(pr, qspan)
                   and (not anchors or any(sc.km(a[:2], p) <= a[2] for a in anchors for p in pts))
                   for ge, anchors, qspan in matched):
                neutral.add(i)
        spare = [i for i in range(len(feats)) if i not in used and i not in neutral]
        for i in used:
            tally[feats[i]["properties"]["event_type"], "tp_pred"] += 1
        for gi, (ge, anchors, qspan) in enumerate(golds):
            if gi in found:
                tally[ge["type"], "tp"] += 1
                if ge.get("date"):
                    date_n += 1
                    date_ok += feats[found[gi]]["properties"].get("event_date") == ge["date"]
                continue
            tally[ge["type"], "fn"] += 1
            other = next((i for i in spare if hit(feats[i], anchors, qspan, True)), None)
            if other is None:
                confusion[ge["type"], "(none)"] += 1
            else:
                confusion[ge["type"], feats[other]["properties"]["event_type"]] += 1
                spare.remove(other)
        for i in range(len(feats)):
            if i not in used and i not in neutral:
                tally[feats[i]["properties"]["event_type"], "fp"] += 1
        for i in spare:
            confusion["(no gold)", feats[i]["properties"]["event_type"]] += 1
    return {"tally": tally, "confusion": confusion, "date_ok": date_ok, "date_n": date_n}


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def summary(result: dict) -> dict:
    tally = result["tally"]
    kinds = sorted({k for k, _ in tally})
    per = {}
    for k in kinds:
        tp, hit, fp, fn = tally[k, "tp"], tally[k, "tp_pred"], tally[k, "fp"], tally[k, "fn"]
        p = hit / (hit + fp) if hit + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        per[k] = {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3), "tp": tp,
                  "matched_pred": hit, "fp": fp, "fn": fn}
    tp = sum(v["tp"] for v in per.values())
    fp = sum(v["fp"] for v in per.values())
    fn = sum(v["fn"] for v in per.values())
    p, r, f = _prf(tp, fp, fn)
    dates = result["date_ok"] / result["date_n"] if result["date_n"] else None
    return {"P": round(p, 3), "R": round(r, 3), "F1": round(f, 3),
            "dates": None if dates is None else round(dates, 3), "per_kind": per,
            "confusion": {f"{g} -> {p}": n for (g, p), n in sorted(result["confusion"].items())}}


_SPEED = """
import sys, time
sys.path.insert(0, {root!r})
from bench.batch_bench import corpus_texts
from pathlib import Path
import geo
from geo.pipeline import analyse
texts = [t for _, t in corpus_texts(Path({corpora!r}))]
gaz = geo.load()
analyse("Warm-up: fighting in Aleppo.", gazetteer=gaz)
t0 = time.perf_counter()
for t in texts:
    analyse(t, gazetteer=gaz)
print(len(texts) / (time.perf_counter() - t0))
"""


def speed(tree: Path, corpora: Path) -> float:
    """analyse() articles/s over the corpus texts, each seen once by a fresh process."""
    code = _SPEED.format(root=str(ROOT), corpora=str(corpora))
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env=env, cwd=tree, check=True)
    return float(done.stdout.split()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rev", help="git revision to compare with")
    parser.add_argument("--dev", type=Path, default=SHARED / "events-dev")
    parser.add_argument("--scorer", type=Path, default=SHARED / "tools" / "score.py")
    parser.add_argument("--corpora", type=Path, default=SHARED / "geoparsing")
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput run")
    parser.add_argument("--runs", type=int, default=3,
                        help="fresh processes per tree for throughput, interleaved (best is kept)")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args(argv)
    sc = _scorer(args.scorer)
    items = sc.load_items(argparse.Namespace(article=None, gold=None, dir=[str(args.dev)]))
    trees = {"this tree": ROOT}
    tmp = None
    if args.rev:
        tmp = Path(tempfile.mkdtemp(prefix="geo-rev-"))
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-f",
                        str(tmp / "tree"), args.rev], check=True, capture_output=True)
        trees[args.rev] = tmp / "tree"
    figures = {}
    try:
        for label, tree in trees.items():
            figures[label] = summary(score_tree(tree, items, sc))
        if not args.no_speed:  # trees interleaved, best of --runs fresh processes each
            best: dict[str, float] = {}
            for _ in range(args.runs):
                for label, tree in trees.items():
                    best[label] = max(best.get(label, 0.0), speed(tree, args.corpora))
            for label, value in best.items():
                figures[label]["analyse_articles_per_s"] = round(value, 1)
    finally:
        if tmp is not None:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force",
                            str(tmp / "tree")], capture_output=True)
    for label, fig in figures.items():
        print(f"== {label}: P {fig['P']} R {fig['R']} F1 {fig['F1']} dates {fig['dates']}"
              + (f", analyse {fig['analyse_articles_per_s']} articles/s"
                 if "analyse_articles_per_s" in fig else ""))
        for kind, v in fig["per_kind"].items():
            print(f"   {kind:13} P {v['P']:.3f} R {v['R']:.3f} F1 {v['F1']:.3f} "
                  f"(gold matched {v['tp']}, missed {v['fn']}; predicted matched "
                  f"{v['matched_pred']}, extra {v['fp']})")
        print("   confusion (gold -> predicted):", ", ".join(
            f"{k} {n}" for k, n in fig["confusion"].items()))
    if args.rev and not args.no_speed:
        a, b = figures["this tree"], figures[args.rev]
        print(f"analyse throughput, this tree / {args.rev}: "
              f"{a['analyse_articles_per_s'] / b['analyse_articles_per_s']:.2f}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
