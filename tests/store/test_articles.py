from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.errors import StoreError
from bot.models import Article, Claimant, Event, Facts, Mention, Modality, Quantity, Stage
from bot.store import Store

T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def _article(n: int, *, url: str | None = None, published: datetime | None = None) -> Article:
    return Article(
        id=f"urn:wire:{n}",
        url=url or f"https://wire.example/story/{n}",
        title=f"Story {n}",
        text=f"Freedonia moved {n} battalions towards the Sylvanian border, officials said.",
        published=published,
        outlet="The Wire",
    )


def _troops(value: float | None, *, actor: str = "Freedonia", **kw: object) -> Quantity:
    fields: dict[str, object] = {
        "value": value,
        "value_max": None,
        "unit": "troops",
        "measure": "troop",
        "category": "troop",
        "qualifier": None,
        "actor": actor,
        "claimant": Claimant(name="Sylvania's army", entities=("Sylvania",)),
        "sentence": "Some troops moved.",
        "start": 0,
        "end": 6,
    }
    fields.update(kw)
    return Quantity(**fields)  # type: ignore[arg-type]


async def test_add_articles_inserts_only_new_ones(store: Store) -> None:
    feed, _ = await store.add_feed("https://wire.example/rss")
    first = await store.add_articles(feed.id, [_article(1), _article(2)])
    assert [s.article.id for s in first] == ["urn:wire:1", "urn:wire:2"]
    assert all(s.feed_id == feed.id for s in first)
    assert [s.story_key for s in first] == ["urn:wire:1", "urn:wire:2"]

    again = await store.add_articles(
        feed.id,
        [
            _article(2),  # same key
            _article(3, url="https://wire.example/story/1"),  # new key, known URL
            _article(4),
            _article(4),  # repeated inside the batch
            _article(5, url="https://wire.example/story/4"),  # URL seen earlier in the batch
        ],
    )
    assert [s.article.id for s in again] == ["urn:wire:4"]
    assert await store.add_articles(feed.id, [_article(1), _article(4)]) == []


async def test_concurrent_pollers_store_each_article_once(store: Store) -> None:
    batch = [_article(n) for n in range(10)]
    results = await asyncio.gather(*(store.add_articles(None, batch) for _ in range(4)))
    assert sorted(s.article.id for r in results for s in r) == sorted(a.id for a in batch)


async def test_story_keys_and_round_trip(store: Store) -> None:
    published = datetime(2025, 3, 1, 12, 0, tzinfo=timezone(timedelta(hours=-5)))
    [stored] = await store.add_articles(
        None, [_article(7, published=published)], story_keys=["story:border"]
    )
    assert stored.story_key == "story:border"
    assert stored.feed_id is None
    [back] = await store.articles_since(published - timedelta(seconds=1))
    assert back == stored
    assert back.article.published == published
    with pytest.raises(StoreError, match="story_keys"):
        await store.add_articles(None, [_article(8)], story_keys=[])


async def test_articles_since_uses_publication_date(store: Store) -> None:
    await store.add_articles(
        None,
        [
            _article(1, published=T0 + timedelta(days=2)),
            _article(2, published=T0 - timedelta(days=30)),
            _article(3, published=T0 + timedelta(days=1)),
            _article(4),  # undated: counts from when it was fetched, i.e. now
        ],
    )
    found = await store.articles_since(T0)
    assert [s.article.id for s in found] == ["urn:wire:3", "urn:wire:1", "urn:wire:4"]


async def test_figure_history_newest_first_with_filters(store: Store) -> None:
    stored = await store.add_articles(None, [_article(n) for n in range(1, 7)])
    ids = [s.id for s in stored]
    await store.save_facts(ids[0], Facts(quantities=(_troops(1000),)), T0)
    await store.save_facts(
        ids[1],
        Facts(quantities=(_troops(3000, value_max=4000.0, claimant=None),)),
        T0 + timedelta(days=2),
    )
    await store.save_facts(ids[2], Facts(quantities=(_troops(2000),)), T0 + timedelta(days=1))
    # None of these is a figure to compare against:
    await store.save_facts(
        ids[3],
        Facts(
            quantities=(
                _troops(None, qualifier="thousands"),
                _troops(1_200_000, whole_force=True),
                _troops(500, modality=Modality.BACKGROUND),
                _troops(9000, actor="Sylvania"),
                _troops(40, unit="tanks", measure="tank", category="tank"),
            )
        ),
        T0 + timedelta(days=3),
    )

    history = await store.figure_history("Freedonia", "troop")
    assert [(p.value, p.article_id) for p in history] == [
        (3000, ids[1]),
        (2000, ids[2]),
        (1000, ids[0]),
    ]
    assert history[0].value_max == 4000
    assert history[0].claimant is None
    assert history[1].claimant == "Sylvania's army"
    assert history[0].published == T0 + timedelta(days=2)

    before = await store.figure_history("Freedonia", "troop", before=T0 + timedelta(days=2))
    assert [p.value for p in before] == [2000, 1000]
    assert [p.value for p in await store.figure_history("Freedonia", "troop", limit=1)] == [3000]
    assert [p.value for p in await store.figure_history("Freedonia", "tank")] == [40]


async def test_save_facts_replaces_and_falls_back_to_article_dates(store: Store) -> None:
    [dated, undated] = await store.add_articles(None, [_article(1, published=T0), _article(2)])
    facts = Facts(
        mentions=(Mention("Freedonia", "Freedonian", 0, 10),),
        quantities=(_troops(700),),
        events=(
            Event(
                type="treaty",
                stage=Stage.SIGNED,
                parties=("Freedonia",),
                date=None,
                claimant=None,
                sentence="They signed.",
                start=0,
                end=4,
            ),
        ),
    )
    await store.save_facts(dated.id, facts, None)
    await store.save_facts(dated.id, facts, None)  # re-extraction replaces, not duplicates
    await store.save_facts(undated.id, Facts(quantities=(_troops(800),)), None)
    history = await store.figure_history("Freedonia", "troop")
    assert [p.value for p in history] == [800, 700]
    assert history[1].published == T0
    assert history[0].published > T0  # the fetch time
    with pytest.raises(StoreError):
        await store.save_facts(undated.id + 100, facts, None)


async def test_record_match_once_per_watch_and_article(store: Store) -> None:
    watch = await store.add_watch(("telegram", "1"), "Freedonia")
    other = await store.add_watch(("telegram", "1"), "Sylvania")
    [a] = await store.add_articles(None, [_article(1)])
    assert await store.record_match(watch.id, a.id)
    assert not await store.record_match(watch.id, a.id)
    assert await store.record_match(other.id, a.id)
    with pytest.raises(StoreError, match="database error"):
        await store.record_match(other.id + 100, a.id)


async def test_story_bands_find_candidates_and_outlets(store: Store) -> None:
    from datetime import UTC, datetime, timedelta

    from bot.models import Article
    from bot.stories import bands, signature, to_bytes

    text = ("North Korea has sent about 12,000 troops to Russia, the agency said on Thursday, "
            "and some of them have already moved to the Kursk region near the border.")
    sig = signature(text)
    assert sig is not None
    first = Article(id="a", url="https://a.example/1", title="t", text=text, outlet="A")
    copy = Article(id="b", url="https://b.example/1", title="t", text=text, outlet="B")
    assert await store.unseen_articles([first, first, copy]) == [first, copy]
    (stored,) = await store.add_articles(None, [first], minhashes=[to_bytes(sig)],
                                         text_sources=["page"])
    assert await store.unseen_articles([first, copy]) == [copy]
    since = datetime.now(UTC) - timedelta(hours=1)
    (candidate,) = await store.story_candidates(bands(sig)[:3], since=since)
    assert (candidate.article_id, candidate.story_key, candidate.outlet) == (stored.id, "a", "A")
    assert candidate.minhash == to_bytes(sig)
    assert await store.story_candidates(["0:nothing"], since=since) == []
    await store.add_articles(None, [copy], story_keys=["a"])
    assert await store.story_outlets("a") == ["A", "B"]
    assert await store.prune_story_bands(datetime.now(UTC) + timedelta(hours=1)) == 32
    assert await store.story_candidates(bands(sig), since=since) == []
