"""A relay told as a bare plural of people ("according to lawmakers who attended") names
nobody, so the named source it passes on keeps the claim (`bot.nlp.bare_plural_relays`)."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp import Extractor
from bot.nlp.bare_plural_relays import bare_plural_relay


def _claimants(extractor: Extractor, text: str) -> list[tuple[float | None, str | None]]:
    return [
        (q.value, q.claimant.name if q.claimant else None)
        for q in extractor.extract(text).quantities
    ]


def test_bare_plural_relay_leaves_the_named_speaker(extractor: Extractor) -> None:
    text = (
        "About 800 Belarusian engineers are building a rail bridge near Pskov, the NIS "
        "told the committee, according to legislators who attended the session."
    )
    assert _claimants(extractor, text)[0] == (800, "the NIS")


def test_bare_plural_members_relay_leaves_the_named_speaker(extractor: Extractor) -> None:
    text = (
        "Roughly 4,500 Chinese drones reached the front in March, Ukraine's GUR said, "
        "according to members of the defence committee."
    )
    assert _claimants(extractor, text)[0][1] == "Ukraine's GUR"


def test_plural_naming_its_side_still_claims(extractor: Extractor) -> None:
    # Near miss: "Polish lawmakers" names a side, so it keeps the relayed claim.
    text = (
        "About 800 Belarusian engineers are building a rail bridge near Pskov, the NIS "
        "told the committee, according to Polish lawmakers."
    )
    assert _claimants(extractor, text)[0] == (800, "Polish lawmakers")


def test_bare_plural_alone_stays_the_source(extractor: Extractor) -> None:
    # Near miss: with nobody inside it to pass on, the bare plural is the only source.
    text = "About 800 Belarusian engineers are building a rail bridge, according to lawmakers."
    assert _claimants(extractor, text)[0] == (800, "lawmakers")


def test_bare_plural_reading() -> None:
    assert bare_plural_relay(Claimant("lawmakers who attended", (), False))
    assert not bare_plural_relay(Claimant("South Korean lawmakers", ("South Korea",), False))
    assert not bare_plural_relay(Claimant("the lawmakers", (), False))
    assert not bare_plural_relay(Claimant("figures", (), False))
    assert not bare_plural_relay(Claimant("members of the PPP", (), False))
    assert not bare_plural_relay(None)
