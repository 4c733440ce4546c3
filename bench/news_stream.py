"""A seeded news stream of distinct texts for throughput benchmarks on unseen text.

Benchmarks that run the same texts again measure the per-name caches, not the work a new
article costs. This script writes ``--n`` articles (default 10,000) as JSON Lines, each line
``{"id", "text", "source", "published"}``, every text different, built from the sentences of
the geoparsing corpora (read in place through :mod:`bench.corpora`; nothing is copied into
this repository, and the output goes wherever ``-o`` says, normally a temporary folder):

* each article follows one *story* (a corpus article, its ``source``): a run of that
  article's sentences in order, as a follow-up or rewrite of a report would;
* a quarter to a half of its sentences come from other corpus articles (background,
  related news), so names recur across articles as in a real news stream, neither each
  article's names new nor the same article replayed;
* lengths follow the corpus: the sentence count of a randomly drawn corpus article;
* ``published`` advances over 2024 in stream order.

The same ``--seed`` and corpora give the same file byte for byte.

Usage: python bench/news_stream.py -o /tmp/stream.jsonl [--n 10000] [--seed 15]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

if __package__ in (None, ""):  # run as a file: make `bench` importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpora import CORPORA, read_corpus

__all__ = ["corpus_articles", "news_stream", "sentences"]

ROOT = Path(__file__).resolve().parents[1]
_SENTENCE = re.compile(r"[^\n]*?[.!?](?:[\"'”’)\]]*)(?=\s|\Z)|[^\n]+")
START = dt.date(2024, 1, 1)


def sentences(text: str) -> list[str]:
    """The sentences of ``text`` (cut after . ! ? before a space, and at line ends), stripped.

    >>> sentences("Rain in Oslo. Sun in Rome!\\nHeadline")
    ['Rain in Oslo.', 'Sun in Rome!', 'Headline']
    """
    return [s for s in (m.group().strip() for m in _SENTENCE.finditer(text)) if s]


def corpus_articles(folder: str | Path) -> list[tuple[str, str]]:
    """(``corpus:id``, text) of every article of the four geoparsing corpora, in file order."""
    return [(f"{name}:{art.id}", art.text) for name in CORPORA
            for art in read_corpus(name, folder)]


def news_stream(
    articles: Sequence[tuple[str, str]], n: int, *, seed: int = 15
) -> Iterator[dict[str, str]]:
    """``n`` records ``{"id", "text", "source", "published"}`` with pairwise distinct texts.

    Parameters
    ----------
    articles : sequence of (source, text)
        The articles whose sentences are recombined; at least one needs two sentences.
    n : int
        Records to make.
    seed : int, optional
        Seed of the generator: the same seed and articles give the same records.

    Raises
    ------
    ValueError
        When ``n`` distinct texts cannot be made from the sentences given.
    """
    rng = random.Random(seed)
    stories = [(src, sents) for src, sents in ((s, sentences(t)) for s, t in articles) if sents]
    pool = [s for _, sents in stories for s in sents]
    if not stories or len(pool) < 2:
        raise ValueError("'articles' should hold at least two sentences, got fewer")
    lengths = [len(sents) for _, sents in stories]
    seen: set[str] = set()
    for i in range(n):
        for _attempt in range(50):
            source, own = rng.choice(stories)
            size = max(2, rng.choice(lengths))
            others = round(size * rng.uniform(0.25, 0.5))
            keep = min(len(own), max(1, size - others))
            first = rng.randrange(len(own) - keep + 1)
            body = list(own[first:first + keep])
            for _ in range(max(1, size - keep)):
                body.insert(rng.randrange(1, len(body) + 1), rng.choice(pool))
            text = " ".join(body)
            if text not in seen:
                break
        else:
            raise ValueError(f"cannot make {n} distinct texts from these articles; "
                             f"stopped at {i}")
        seen.add(text)
        day = START + dt.timedelta(days=i * 366 // max(n, 1))
        yield {"id": f"stream-{i:05d}", "text": text, "source": source,
               "published": day.isoformat()}


def write_stream(path: str | Path, folder: str | Path, n: int, seed: int = 15) -> int:
    """Write the stream of the corpora in ``folder`` to ``path``; returns the record count."""
    count = 0
    with open(path, "w", encoding="utf-8") as f:
        for record in news_stream(corpus_articles(folder), n, seed=seed):
            f.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-o", "--output", type=Path, required=True, metavar="OUT.jsonl")
    parser.add_argument("--n", type=int, default=10_000, help="articles (default 10,000)")
    parser.add_argument("--seed", type=int, default=15, help="generator seed (default 15)")
    parser.add_argument("--corpora", type=Path, default=ROOT.parent / "shared" / "geoparsing",
                        help="folder holding lgl.xml, TR-News.xml, GWN.xml, GeoVirus.xml")
    args = parser.parse_args(argv)
    count = write_stream(args.output, args.corpora, args.n, args.seed)
    print(f"{count} articles -> {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
