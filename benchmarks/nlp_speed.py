"""Words per second: the spaCy tokenizer alone, the default (rules-only) extraction pipeline,
the cascade (rules + a trained parse of candidate sentences only) and a trained pipeline's
parse of every sentence.

    python benchmarks/nlp_speed.py [--words 200000] [--rounds 5] [--trained PACKAGE]
                                   [--corpus DIR]

Two corpora, each printed with its density (words per figure found) and its ratio:

- The gold corpus (always): the gold articles and general-news sentences (tests/fixtures/eval),
  each article followed by four general-quantity sentences, so every run reads the same mix
  of wire copy, regional papers and translated agency text. It is far denser in figures
  than a news feed (about one per 16 words), and the rules' cost grows with the figures while
  the tokenizer's does not: the strict case.
- A news corpus (`--corpus DIR`): the *.txt articles in DIR as published, repeated up to
  `--words` (about one figure per 100 words in real news). Skipped, with a note, when DIR
  does not exist.

Both repeat their texts with fresh numbers in every copy. Each corpus is timed three ways: the
stock `spacy.blank("en")` tokenizer (the reference of the speed target), the pipeline's own
tuned tokenizer alone (it keeps caching past line breaks, where the stock one stops, so it is
several times faster on articles), and the whole default pipeline; both ratios are printed.
The three run in alternating rounds and the best round of each counts, so load from other
processes on the machine skews the ratios less. The trained runs read a tenth of each corpus
and are skipped when no trained pipeline is installed.
"""

from __future__ import annotations

import argparse
import importlib.machinery
import json
import random
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import spacy
from spacy.language import Language

from bot.nlp import Extractor
from bot.nlp.pipeline import installed_trained_pipeline

GOLD = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "eval"


def _fresh_numbers(text: str, rng: random.Random) -> str:
    return re.sub(r"\b\d{2,}\b", lambda m: str(rng.randrange(10, 99_999)), text)


def corpus(words: int, seed: int = 11) -> list[str]:
    """The gold corpus: dense in figures."""
    rng = random.Random(seed)
    texts = [a["text"] for split in ("tune", "heldout")
             for a in json.loads((GOLD / f"{split}.json").read_text(encoding="utf-8"))]
    sentences = [json.loads(line)["text"] for line in
                 (GOLD / "general_quantities.jsonl").read_text(encoding="utf-8").splitlines()]
    out: list[str] = []
    count = 0
    while count < words:
        text = _fresh_numbers(rng.choice(texts) + "\n" + " ".join(rng.sample(sentences, 4)), rng)
        out.append(text)
        count += len(text.split())
    return out


def news_corpus(folder: Path, words: int, seed: int = 11) -> list[str]:
    """The articles of `folder` (*.txt), repeated with fresh numbers up to `words`."""
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    out: list[str] = []
    count = 0
    while texts and count < words:
        text = _fresh_numbers(rng.choice(texts), rng)
        out.append(text)
        count += len(text.split())
    return out


def best_rates(
    docs: list[str], runs: dict[str, Callable[[list[str]], object]], rounds: int
) -> dict[str, float]:
    """Words per second of each run, best of `rounds` rounds taken in turn."""
    words = sum(len(d.split()) for d in docs)
    for run in runs.values():
        run(docs[:20])  # warm caches and lazy imports
    best = dict.fromkeys(runs, 0.0)
    for _ in range(rounds):
        for label, run in runs.items():
            start = time.process_time()
            run(docs)
            best[label] = max(best[label], words / (time.process_time() - start))
    for label, value in best.items():
        print(f"{label:46} {value:12,.0f} words/s")
    return best


def compare(
    name: str, docs: list[str], blank: Language, default: Extractor, rounds: int
) -> float:
    """Prints the density of `docs` and the words per second of the tokenizer and of the
    default pipeline on them; returns the tokenizer's rate."""
    words = sum(len(d.split()) for d in docs)
    figures = sum(len(f.quantities) for f in default.extract_many((d, None) for d in docs))
    density = f"one figure per {words / figures:.0f} words" if figures else "no figures"
    print(f"{name}: {len(docs)} documents, {words:,} words, {density}")
    base, ours = "tokenizer only (spacy.blank('en'))", "default pipeline (rules only)"
    tuned = "tokenizer only (the pipeline's own, tuned)"
    rates = best_rates(docs, {
        base: lambda ds: list(blank.tokenizer.pipe(ds, batch_size=256)),
        tuned: lambda ds: list(default.nlp.tokenizer.pipe(ds, batch_size=256)),
        ours: lambda ds: list(default.extract_many((d, None) for d in ds)),
    }, rounds)  # fmt: skip
    print(f"{'default / tokenizer':46} {rates[ours] / rates[base]:12.1%}")
    # The stock tokenizer stops caching after a document's first line break (a special
    # case); ours does not, so it alone is far faster. The ratio to it is what the rules
    # themselves cost.
    print(f"{'default / tuned tokenizer':46} {rates[ours] / rates[tuned]:12.1%}")
    return rates[base]


def build() -> str:
    """Whether the rules run as plain Python (an editable install) or as setup.py's mypyc build
    (`pip install .`)."""
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    nlp = [m for name, m in sys.modules.items() if name.startswith("bot.nlp.")]
    compiled = [m for m in nlp if str(getattr(m, "__file__", "")).endswith(suffixes)]
    if not compiled:
        # What an editable install (the test command) or a machine without a C compiler runs;
        # the default install's rules are about a third faster.
        return "plain Python (`pip install .` compiles the rules' hottest modules: README)"
    return f"mypyc-compiled ({len(compiled)} of {len(nlp)} bot.nlp modules)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--trained", default=None, help="a trained spaCy package name")
    parser.add_argument("--corpus", type=Path, default=None, help="a folder of news articles")
    args = parser.parse_args()
    docs = corpus(args.words)
    blank = spacy.blank("en")
    default = Extractor(model="blank")
    print(f"build: {build()}")
    base = compare("gold corpus", docs, blank, default, args.rounds)
    corpora = [("gold corpus", docs, base)]
    if args.corpus is None:
        print("news corpus: skipped (pass --corpus DIR, a folder of *.txt articles)")
    elif not args.corpus.is_dir():
        print(f"news corpus: skipped: no such folder {args.corpus}")
    elif not (news := news_corpus(args.corpus, args.words)):
        print(f"news corpus: skipped: no *.txt files in {args.corpus}")
    else:
        name = f"news corpus ({args.corpus})"
        corpora.append((name, news, compare(name, news, blank, default, args.rounds)))
    trained = args.trained or installed_trained_pipeline()
    if trained is None:
        print("trained pipeline: skipped (none installed; see requirements/trained-pipeline.txt)")
        return
    cascade = Extractor(model=trained)
    # What a full trained parse costs on the same text: the price the cascade, which parses
    # only candidate sentences, must stay well under.
    trained_nlp = spacy.load(trained, exclude=["ner", "lemmatizer"])
    for name, texts, tokenizer_rate in corpora:
        small = texts[: max(1, len(texts) // 10)]
        print(f"{name}, 1/10: trained pipeline {trained}")
        slow = best_rates(small, {
            "cascade (rules + trained parse)":
                lambda ds: list(cascade.extract_many((d, None) for d in ds)),
            "trained parse, every sentence":
                lambda ds: list(trained_nlp.pipe(ds, batch_size=32)),
        }, max(1, args.rounds // 2))  # fmt: skip
        for label, value in slow.items():
            print(f"{label.split(' (')[0] + ' / tokenizer':46} {value / tokenizer_rate:12.1%}")


if __name__ == "__main__":
    main()
