"""A gold "by" naming the states of a joint claim (`bot.evaluation_claims`)."""

from __future__ import annotations

from bot.evaluation import GoldArticle, Score, evaluate, gold_facts
from bot.evaluation_claims import claimed_by
from bot.models import Claimant
from bot.nlp import Extractor
from bot.nlp.gazetteer import default_gazetteer
from bot.rules import parse_rule

JOINT = {"v": 5000, "m": "troop", "actor": "Belarus", "by": ["Poland", "Lithuania"]}


def test_a_listed_by_needs_every_state() -> None:
    both = Claimant("Warsaw and Vilnius", ("Poland", "Lithuania"))
    assert claimed_by(JOINT, both)
    assert not claimed_by(JOINT, Claimant("Warsaw", ("Poland",)))
    assert not claimed_by(JOINT, Claimant("Warsaw and Vilnius", ("Poland", "Lithuania"), True))
    assert not claimed_by(JOINT, None)
    # A name the gazetteer does not know is found in the claimant's name.
    assert claimed_by({"by": ["Poland", "the Baltic caucus"]},
                      Claimant("Poland and the Baltic caucus", ("Poland",)))
    assert claimed_by({"by": "Poland"}, both)  # a single name still reads as before


def test_a_joint_gold_claimant_stands_for_each_state() -> None:
    gaz = default_gazetteer()
    gold = GoldArticle(id="a1", style="wire", title="", text="x", mentions=(),
                       quantities=(JOINT,), events=(), traps=())  # fmt: skip
    (q,) = gold_facts(gold, gaz).quantities
    assert q.claimant == Claimant("Poland and Lithuania", ("Poland", "Lithuania"))


def test_a_joint_claim_scores_and_alerts_for_each_state() -> None:
    gaz = default_gazetteer()
    rules = [parse_rule(f"Belarus troops by {state}", gaz) for state in ("Lithuania", "Poland")]
    gold = GoldArticle(
        id="a1", style="wire", title="",
        text="Warsaw and Vilnius said on Monday that Belarus had moved 5,000 troops to the border.",
        mentions=("Poland", "Lithuania", "Belarus"), quantities=(JOINT,), events=(), traps=(),
    )  # fmt: skip
    report = evaluate([gold], rules, Extractor(model="blank"), gaz)
    assert report.scores["quantity+claimant"] == Score(tp=1)
    assert report.scores["alert"] == Score(tp=2)
