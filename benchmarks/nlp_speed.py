"""Words per second: the spaCy tokenizer alone, the default (rules-only) extraction pipeline,
the cascade (rules + a trained parse of candidate sentences only) and a trained pipeline's
parse of every sentence, on news-like text built from the gold set.

    python benchmarks/nlp_speed.py [--words 200000] [--rounds 5] [--trained PACKAGE]

The corpus repeats the gold articles and general-news sentences (tests/fixtures/eval) with
their numbers shuffled, so every run reads the same mix of wire copy, regional papers and
translated agency text. It is far denser in figures than a news feed (the script prints how
dense), and the rules' cost grows with the figures while the tokenizer's does not. The
tokenizer and the default pipeline run in alternating rounds and the best round of each
counts, so load from other processes on the machine skews the ratio less. The trained runs
are skipped when no trained pipeline is installed.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import time
from collections.abc import Callable
from pathlib import Path

import spacy

from bot.nlp import Extractor
from bot.nlp.pipeline import installed_trained_pipeline

GOLD = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "eval"


def corpus(words: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    texts = [a["text"] for split in ("tune", "heldout")
             for a in json.loads((GOLD / f"{split}.json").read_text(encoding="utf-8"))]
    sentences = [json.loads(line)["text"] for line in
                 (GOLD / "general_quantities.jsonl").read_text(encoding="utf-8").splitlines()]
    out: list[str] = []
    count = 0
    while count < words:
        text = rng.choice(texts) + "\n" + " ".join(rng.sample(sentences, 4))
        # Fresh numbers so no cache of earlier documents can help.
        text = re.sub(r"\b\d{2,}\b", lambda m: str(rng.randrange(10, 99_999)), text)
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--trained", default=None, help="a trained spaCy package name")
    args = parser.parse_args()
    docs = corpus(args.words)
    words = sum(len(d.split()) for d in docs)
    blank = spacy.blank("en")
    default = Extractor(model="blank")
    figures = sum(len(f.quantities) for f in default.extract_many((d, None) for d in docs))
    print(f"{len(docs)} documents, {words:,} words, one figure per {words / figures:.0f} words")
    base, ours = "tokenizer only (spacy.blank('en'))", "default pipeline (rules only)"
    rates = best_rates(docs, {
        base: lambda ds: list(blank.tokenizer.pipe(ds, batch_size=256)),
        ours: lambda ds: list(default.extract_many((d, None) for d in ds)),
    }, args.rounds)  # fmt: skip
    print(f"{'default / tokenizer':46} {rates[ours] / rates[base]:12.1%}")
    trained = args.trained or installed_trained_pipeline()
    if trained is None:
        print("trained pipeline: skipped (none installed; see requirements/trained-pipeline.txt)")
        return
    cascade = Extractor(model=trained)
    # What a full trained parse costs on the same text: the price the cascade, which parses
    # only candidate sentences, must stay well under.
    trained_nlp = spacy.load(trained, exclude=["ner", "lemmatizer"])
    small = docs[: max(1, len(docs) // 10)]
    slow = best_rates(small, {
        f"cascade (rules + {trained}, 1/10 corpus)":
            lambda ds: list(cascade.extract_many((d, None) for d in ds)),
        f"{trained} parse, every sentence (1/10 corpus)":
            lambda ds: list(trained_nlp.pipe(ds, batch_size=32)),
    }, max(1, args.rounds // 2))  # fmt: skip
    for label, value in slow.items():
        print(f"{label.split(' (')[0] + ' / tokenizer':46} {value / rates[base]:12.1%}")


if __name__ == "__main__":
    main()
