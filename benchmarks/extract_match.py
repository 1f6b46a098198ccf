"""Articles per second through extract + match, and the per-article matching cost with 100
versus 100,000 watches.

    python benchmarks/extract_match.py [--articles 400] [--model blank]

Articles are generated from templates in the styles the extractor reads (wire copy, claims,
treaty steps, deals) with varied countries and figures, so the run needs no network.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import tracemalloc

from bot.matching import Matcher
from bot.models import Article, Rule
from bot.nlp import Extractor
from bot.nlp.gazetteer import Gazetteer, default_gazetteer
from bot.rules import parse_rule

COUNTRIES = ["North Korea", "Russia", "Ukraine", "Poland", "Iran", "China", "Belarus",
             "South Korea", "Japan", "Germany", "France", "Turkey", "India", "Israel"]
CLAIMANTS = ["Ukraine's GUR", "South Korea's National Intelligence Service", "the Pentagon",
             "NATO", "the Kremlin", "a senior U.S. official"]
TEMPLATES = [
    "{a} has sent about {n:,} troops to {b}, {c} said on {day}.",
    "{c} said {n:,} soldiers from {a} had arrived near the border with {b}.",
    "According to {c}, {a} could send up to {n:,} more troops by December.",
    "{a}'s army numbers roughly 1.2 million troops.",
    "The parliament of {a} voted on {day} to ratify the defence treaty with {b}.",
    "The upper house is due to ratify the treaty on November {d}.",
    "{a} and {b} signed a strategic partnership pact in June.",
    "A defence firm from {a} signed a ${m} billion contract with {b} to supply rocket launchers.",
    "At least {k} people were killed and {w} wounded in strikes on {b}, officials said.",
    "Officials in {b} said {k} drones were shot down overnight.",
    "The weather in the capital stayed mild, with temperatures near {k} degrees.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def make_articles(count: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        sentences = []
        for _ in range(rng.randint(8, 16)):
            a, b = rng.sample(COUNTRIES, 2)
            sentences.append(rng.choice(TEMPLATES).format(
                a=a, b=b, c=rng.choice(CLAIMANTS), n=rng.randrange(500, 20000, 500),
                day=rng.choice(DAYS), d=rng.randint(1, 28), m=round(rng.uniform(0.2, 5), 2),
                k=rng.randint(2, 90), w=rng.randint(2, 300)))
        text = "\n".join(" ".join(sentences[j:j + 3]) for j in range(0, len(sentences), 3))
        out.append(Article(f"bench-{i}", f"https://bench.invalid/{i}", f"Article {i}", text))
    return out


def desk_rules(count: int, rng: random.Random) -> set[str]:
    """Watches an analyst desk would set on the countries the articles talk about."""
    measures = ["troops", "casualties", "drones", "tanks", "missiles", "deal"]
    stages = ["signed", "approved", "ratified", "in force", "suspended", "withdrawn"]
    texts: set[str] = set()
    while len(texts) < count:
        a, b = rng.sample(COUNTRIES, 2)
        kind = rng.random()
        if kind < 0.5:
            texts.add(f"{a} {rng.choice(measures)} >= {rng.randrange(100, 20_000, 100)}")
        elif kind < 0.7:
            texts.add(f"treaty {a} {b} {rng.choice(stages)}")
        elif kind < 0.85:
            texts.add(f"{rng.choice(measures)} > {rng.randrange(1, 5000)} by {b}")
        else:
            texts.add(a)
    return texts


def long_tail_rules(count: int, rng: random.Random) -> set[str]:
    """Other users' watches on the same entities and measures that these articles do not
    satisfy: they share the index's keys, so they show what the index costs per rule."""
    measures = ["troops", "casualties", "drones", "tanks", "missiles", "deal"]
    texts: set[str] = set()
    while len(texts) < count:
        a = rng.choice(COUNTRIES)
        kind = rng.random()
        if kind < 0.5:
            texts.add(f"{a} {rng.choice(measures)} >= {rng.randrange(10**10, 10**13)}")
        elif kind < 0.7:
            texts.add(f"{rng.choice(measures)} < {rng.randrange(1, 500) / 1000}")
        else:
            texts.add(f'"{a} unit {rng.randrange(10**9)}"')
    return texts


def make_rules(count: int, gazetteer: Gazetteer, *, desk: int = 100) -> list[Rule]:
    texts = desk_rules(min(desk, count), random.Random(11))
    texts |= long_tail_rules(count - len(texts), random.Random(13))
    return [parse_rule(t, gazetteer) for t in sorted(texts)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--model", default="blank")
    args = parser.parse_args()
    gazetteer = default_gazetteer()
    extractor = Extractor(gazetteer, model=args.model)
    articles = make_articles(args.articles)
    words = sum(len(a.text.split()) for a in articles)
    list(extractor.extract_many([(a.text, a.title) for a in articles[:20]]))  # warm-up

    t0 = time.perf_counter()
    facts = list(extractor.extract_many([(a.text, a.title) for a in articles]))
    t_extract = time.perf_counter() - t0
    print(f"extract: {len(articles)} articles, {words:,} words in {t_extract:.2f}s = "
          f"{len(articles) / t_extract:,.1f} articles/s, {words / t_extract:,.0f} words/s "
          f"(model={args.model})")

    for n_rules in (100, 100_000):
        t0 = time.perf_counter()
        rules = make_rules(n_rules, gazetteer)
        t_parse = time.perf_counter() - t0
        t0 = time.perf_counter()
        matcher = Matcher(rules, gazetteer)
        t_build = time.perf_counter() - t0
        tracemalloc.start()
        kept = Matcher(rules, gazetteer)
        mem = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
        del kept
        per_article = []
        total = 0
        for article, f in zip(articles, facts, strict=True):
            s = time.perf_counter()
            total += len(matcher.match(article, f))
            per_article.append(time.perf_counter() - s)
        print(f"match with {n_rules:>7,} rules: parse {t_parse:.1f}s, index {t_build:.2f}s "
              f"({mem / 1e6:.1f} MB), "
              f"per article median {statistics.median(per_article) * 1e6:,.0f} µs, "
              f"p95 {sorted(per_article)[int(len(per_article) * 0.95)] * 1e6:,.0f} µs, "
              f"{total} matches")
    total_time = t_extract + sum(per_article)
    print(f"extract+match (100,000 rules): {len(articles) / total_time:,.1f} articles/s")


if __name__ == "__main__":
    main()
