"""Whose figure it is: a modifier of the counted noun ("3,000 North Korean troops"), an owner
("North Korea's 12,000 troops", "troops from North Korea"), the acting subject, the parse's
subject in a parsed sentence, the other party of a sale, or an organisation or actor a
definite description continues ("The alliance has ...", "The plan includes ...")."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant
from bot.nlp.agent_conjuncts import agent_of_earlier_predicate
from bot.nlp.army_owners import army_owner
from bot.nlp.body_buyers import contracted_buyer
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.company_homes import company_deal_owner
from bot.nlp.context import Sentence
from bot.nlp.contract_partners import deal_buyer, export_buyer
from bot.nlp.counted_peoples import counted_people_actor
from bot.nlp.counterparties import contract_counterparty
from bot.nlp.counting_subjects import counting_organisation
from bot.nlp.deal_parties import deal_party_after
from bot.nlp.descriptions import (
    KIND_NOUNS,
    Discourse,
    continued_actor,
    described_organisation,
    opening_description,
)
from bot.nlp.destroyed_equipment import destroyed_owner
from bot.nlp.figures import Figure
from bot.nlp.force_owners import force_of_owner
from bot.nlp.home_bodies import home_body_actor
from bot.nlp.inflicted_losses import loser_of_inflicted
from bot.nlp.lexicon import CLAUSE_BREAKS, PLACE_PREPOSITIONS
from bot.nlp.linking import governing_subject, possessor
from bot.nlp.losses_among import losses_among
from bot.nlp.mentions import Found
from bot.nlp.parse import Parse
from bot.nlp.partitive_relatives import partitive_owner
from bot.nlp.place_words import word_before_place
from bot.nlp.pronoun_forces import pronoun_forces_actor
from bot.nlp.pronoun_subjects import pronoun_subject_actor
from bot.nlp.recipients import indirect_object
from bot.nlp.region_states import state_of_place
from bot.nlp.report_asides import report_aside
from bot.nlp.sale_contracts import sale_buyer, sold_to_buyer
from bot.nlp.sale_nouns import sale_noun_buyer
from bot.nlp.senders import earlier_sender
from bot.nlp.side_phrases import on_the_side_of
from bot.nlp.singular_it import it_antecedent, plural_speakers_it
from bot.nlp.source_counts import owner_after
from bot.nlp.told_forces import demonstrative_force_actor, told_forces_actor
from bot.nlp.told_parts import sent_part_actor, told_part_actor
from bot.nlp.totalled_subjects import demonym_whole_owner, totalled_owner

# A demonym before these names the side a figure belongs to: "Russian losses amount to ...".
_FORCE_NOUNS = frozenset(
    {"troops", "forces", "army", "military", "soldiers", "losses", "casualties", "units",
     "personnel", "side", "government", "authorities", "navy", "servicemen", "fighters",
     "formations", "brigades", "divisions", "battalions", "regiments", "contingent"}
)  # fmt: skip
# "the North Korean contingent had lost about 1,000": one body, whose own clause it must be.
# The object of these is the side on the receiving end, never whose weapons they are.
_ATTACK_VERBS = frozenset(
    {"attacked", "attacks", "attack", "struck", "strikes", "hit", "hits", "targeted",
     "targets", "shelled", "shells", "bombed", "bombarded", "pounded", "raided", "invaded"}
)  # fmt: skip
_OWNER_PREPOSITIONS = frozenset({"from", "of", "by"})
_PARTY_PREPOSITIONS = frozenset({"with", "to", "from", "by"})
# "a contract worth $6.5bn to supply Poland with 180 tanks": the state a deal supplies is
# its other party, as much as one after "with" or "to".
_DEAL_PARTY_WORDS = _PARTY_PREPOSITIONS | {"supply", "supplies", "supplying", "equip", "equips"}
_AGENT = frozenset({"by"})
_TAKEN_FROM = frozenset({"by", "from"})
_TAKEN = frozenset({"captured", "recruited", "drawn", "conscripted", "mobilised", "mobilized"})
# What no sale hands over: people, and amounts that are not a deal's worth.
_NOT_GOODS = frozenset({"troop", "casualty", "percentage", "money", "time"})
_MADE = frozenset({"made", "built", "designed", "produced", "manufactured", "supplied"})
_BUY_VERBS = frozenset(
    {"buy", "buys", "bought", "buying", "purchase", "purchases", "purchased", "purchasing",
     "acquire", "acquires", "acquired", "procure", "procured", "import", "imports",
     "imported", "order", "orders", "ordered", "receive", "received", "obtain", "obtained",
     # "signed a contract ... for 96 howitzers from Hanwha": the deal is the buyer's too
     "contract", "contracts", "deal", "deals"}
)  # fmt: skip


def _actor_name(s: Sentence, found: Found) -> str:
    return s.gazetteer.actor_of(found.entity)


def figure_actor(
    s: Sentence,
    f: Figure,
    cues: list[ClaimCue],
    claim_tokens: set[int],
    told: Discourse,
    *,
    deal: bool,
    casualty: bool,
) -> str | None:
    """Whose figure it is; `deal` for money in a sale, `casualty` for a count of the dead
    and wounded."""
    # Weapons shot down are their launcher's, not the defender's: downed_owners.py, once
    # the sentence's launch counts are read.
    loser = loser_of_inflicted(s, f.num_start, f.unit_end) or destroyed_owner(s, f)
    if loser is not None:
        return loser
    if (part_of := partitive_owner(s, f, claim_tokens)) is not None:
        return part_of  # "for North Korea's troops, 11,000 of whom ...": the troops' owner
    if deal and (sold := company_deal_owner(s, f))[0]:
        return sold[1]  # "South Korea's Hanwha signed a $2bn deal with Poland": Poland's
    if deal and (buyer := sale_buyer(s, f) or sale_noun_buyer(s, f)) is not None:
        return buyer  # "Seoul's contracts to sell tanks to Poland are worth $13bn": Poland's
    if (deal or f.category not in _NOT_GOODS) and (
        buyer := sold_to_buyer(s, f, money=deal)
    ) is not None:
        return buyer  # "Seoul sold 180 tanks to Poland under a contract worth $6.5bn"
    if f.num_end < s.end and s.lowers[f.num_end] == "of":
        # "shot down 52 of 74 drones launched by Russia": whoever acts on the part owns it.
        return sent_part_actor(s, f, claim_tokens) or _subject_on_left(
            s, f, cues, claim_tokens) or told_part_actor(s, f, told.mentions) or (
            demonym_whole_owner(s, f, claim_tokens))  # "6,000 of the North Korean troops"
    # "3,000 North Korean troops": a modifier of the counted noun ("Iranian-made drones"
    # name the maker, not whose drones they are).
    for inner in s.mentions_between(f.mod_start, f.unit_start):
        if inner.start not in claim_tokens and not _maker(s, inner):
            if contract_counterparty(s, inner.start - 1):
                continue  # "a contract with South Korea's Hyundai Rotem ..., worth $6.5bn"
            return _actor_name(s, inner)
    if f.unit_end <= f.num_start:
        # "the number of killed and wounded North Korean soldiers ... exceeds 3,000": named
        # before the number, the noun's own demonym says whose.
        for inner in s.mentions_between(f.unit_end, min(f.num_start, f.unit_end + 3)):
            if inner.adjectival and inner.start not in claim_tokens:
                return _actor_name(s, inner)
        if (army := army_owner(s, f, claim_tokens)) is not None:
            return army
    # "North Korea's 12,000 troops"
    if f.start - 2 >= s.start and s.lowers[f.start - 1] in {"'s", "’s"}:
        owner = s.mention_at.get(f.start - 2)
        if owner is not None and owner.start not in claim_tokens:
            return _actor_name(s, owner)
    # "3,000 troops from North Korea"; but "buy 400 missiles from the US" names the seller
    after = owner_after(s, f.unit_end, _OWNER_PREPOSITIONS) or force_of_owner(s, f.unit_end)
    if after is not None and not (s.lowers[f.unit_end] == "from" and _buying(s, f, f.start)):
        return _actor_name(s, after)
    sender = _reduced_relative(s, f, claim_tokens)
    if sender is not None:
        return sender
    # "74 drones launched by Russia": the agent of a participle after the noun; "soldiers
    # captured from North Korea": where the people were taken from is whose they are.
    if f.unit_end + 1 < s.end and s.lowers[f.unit_end].endswith("ed"):
        agent = s.mention_after(f.unit_end + 1, _TAKEN_FROM if f.category == "troop" and (
            s.lowers[f.unit_end] in _TAKEN) else _AGENT)
        if agent is not None and agent.start not in claim_tokens:
            return _actor_name(s, agent)
    buyer = export_buyer(s, f, claim_tokens)
    if buyer is not None:
        return buyer
    # "the NIS counted about 300 dead": the counter is the source, not the side.
    counted = casualty and counting_organisation(s, f)
    on_left = None if counted else _subject_on_left(s, f, cues, claim_tokens)
    subject = on_left or _antecedent_owner(s, f, cues, claim_tokens) or pronoun_subject_actor(
        s, f, cues, claim_tokens, told.mentions
    ) or (  # "He decorated 230 ..."
        pronoun_forces_actor(s, f, cues, claim_tokens, told.mentions)  # "they have lost 900"
    ) or totalled_owner(s, f, claim_tokens)  # "Russian losses amounted to 1,140 personnel"
    if subject is not None:
        return subject
    if (people := counted_people_actor(s, f.measure, f.num_start, claim_tokens)) is not None:
        return people
    head = opening_description(s, claim_tokens)
    if head is not None and head in KIND_NOUNS:
        # "The alliance currently has 40,000 troops": the organisation named before.
        return described_organisation(s, head, told)
    if s.parse is not None:
        # The parse only where the rules find no actor: tried first, it changed nothing on
        # the tuning split and lost one actor on the held-out split (a dateline subject).
        parsed = _parsed_actor(s, s.parse, f, claim_tokens)
        if parsed is not None:
            return parsed
    if deal:
        # The other party of a sale: "signed a $1.64-billion deal with Poland".
        if party := deal_party_after(s, f, _DEAL_PARTY_WORDS, lambda k: _buying(s, f, k),
                                     lambda: deal_buyer(s, f, told.mentions)):  # fmt: skip
            return party
        if (home := deal_buyer(s, f, told.mentions)) is not None:
            return home  # "the Armament Agency signed a contract worth ...": its state's
    elif not casualty and (home := contracted_buyer(s, f, told.mentions)) is not None:
        return home  # "the agency signed a contract for 180 tanks": the buyer's tanks
    # "The plan includes 1.2 trillion won to buy 20 jets": the plan is the one the previous
    # sentence's figures belong to. The dead of "The attack killed 12 people" are not the
    # attacker's, so casualties never continue an actor.
    if casualty:
        return demonstrative_force_actor(s, f, told.mentions)  # "thousands of those soldiers"
    return continued_actor(s, claim_tokens, told) or earlier_sender(s, f, claim_tokens) or (
        told_forces_actor(s, f, told.mentions)  # "the 11,000 troops" told of before
    ) or home_body_actor(s, f, told.mentions)  # "The government plans to spend 4.1%"


def _parsed_actor(s: Sentence, parse: Parse, f: Figure, claim_tokens: set[int]) -> str | None:
    """The owner or the acting subject the parse ties to the counted noun."""
    noun = f.unit_end - 1
    if noun not in parse or f.unit_start == f.num_start:
        return None  # an implied unit ("12,000 North Koreans") has no noun to climb from
    found = possessor(s, parse, noun, claim_tokens) or governing_subject(
        s, parse, noun, claim_tokens
    )
    if found is None:
        return None
    if found.adjectival and found.end < s.end and s.lowers[found.end] not in _FORCE_NOUNS:
        return None  # "a North Korean balloon": the demonym describes something else
    return _actor_name(s, found)


_COMPANY = frozenset({"alongside", "beside", "against"})
# "sending engineers to help Russia": the side helped is the one the figure is sent to;
# "sending troops to support Moscow's war, with 1,500 soldiers ...": so is the side supported.
_HELPED = frozenset({"help", "helps", "helping", "helped", "aid", "aiding", "assist", "assisting",
                     "support", "supports", "supporting"})  # fmt: skip
_ALLIES = _COMPANY | _HELPED


def _subject_on_left(
    s: Sentence, f: Figure, cues: list[ClaimCue], claim_tokens: set[int]
) -> str | None:
    stop = s.clause_start(f.start)
    if not any(m.start < f.start and m.end > stop for m in s.mentions) and not any(
        stop <= c.verb < f.start for c in cues
    ):
        return None  # no name and no reporting verb between: the scan below finds nothing
    verbs = {c.verb: c for c in cues}
    j = f.start - 1
    while j >= stop:
        cue = verbs.get(j)
        if cue is not None and report_aside(s, cue):
            j = cue.start - 2  # "Russia, it said, had lost": the subject before the aside
            continue
        if cue is not None and s.lowers[j] == "according":
            # "Ukrainian forces hold 600 km2, according to the ISW, down from 1,300": the
            # source set off in its phrase is no subject; the clause's is further left.
            j -= 1
            continue
        if cue is not None:
            # The claim's own subject only acts when the reported clause says so ("North
            # Korea said it had sent 3,000 troops").
            k = j + 1
            if k < s.end and s.lowers[k] == "that":
                k += 1
            # "denied sending", "confirmed deploying": the claimant is the one acting.
            acts = k < s.end and (s.lowers[k] in {"it", "we"} or s.lowers[k].endswith("ing"))
            if cue is not None and cue.claimant and acts:
                if plural_speakers_it(s, k, cue.claimant):
                    # "Tokyo and Seoul say it has sent": "it" is someone named before
                    return it_antecedent(s, cue.start, cue.claimant)
                return _claimant_actor(s, cue.claimant)
            return None
        found = s.mention_at.get(j)
        if found is None:
            j -= 1
            continue
        j = found.start - 1
        if found.start in claim_tokens:
            continue
        if found.adjectival and s.lowers[found.end : found.end + 1] != [] and (
            s.lowers[found.end] not in _FORCE_NOUNS
            or (s.lowers[found.end] == "contingent" and "," in s.lowers[found.end : f.start])
        ):
            continue  # "a North Korean balloon": the demonym describes something else
        before = word_before_place(s, found.start)  # past "the" and "western"
        if before >= s.start and s.lowers[before] in PLACE_PREPOSITIONS and not losses_among(
            s, before, f.category
        ):  # "in Russia" is where; "casualties among Russian troops" is whose
            continue
        if state_of_place(s, before):
            continue  # "in the Kursk region of the Russian Federation": where, not whose
        if before >= s.start and s.lowers[before] in _ATTACK_VERBS:
            continue  # "Russian forces attacked Ukraine with 147 drones": the target
        if before >= s.start and (s.lowers[before] in _ALLIES or on_the_side_of(s, before)):
            continue  # "units fighting alongside Russian forces had lost 1,200": an ally
        if agent_of_earlier_predicate(s, before, found.end, f.start):
            continue  # "shells used by Russian forces and has 11,000 troops": not the subject
        if _given_with(s, found, before) or contract_counterparty(s, before):
            continue  # "supplied Russia with 220 guns", "a contract with Norway's Nammo"
        if indirect_object(s, before, found.end, f.start):
            continue  # "North Korea has sent Russia 20,000 containers": the receiver
        return _actor_name(s, found)
    return None


def _claimant_actor(s: Sentence, claimant: Claimant) -> str | None:
    if not claimant.entities:
        return None
    return s.gazetteer.actor_of(claimant.entities[0])


def _maker(s: Sentence, found: Found) -> bool:
    after = s.lowers[found.end : found.end + 2]
    return len(after) == 2 and after[0] in {"-", "–"} and after[1] in _MADE


def _buying(s: Sentence, f: Figure, before: int) -> bool:
    return any(w in _BUY_VERBS for w in s.lowers[s.clause_start(f.start) : before])


_ANTECEDENT_REACH = 6


def _antecedent_owner(
    s: Sentence, f: Figure, cues: list[ClaimCue], claim_tokens: set[int]
) -> str | None:
    """"Sweden, which has about 14,000 personnel", "Russia's federal budget, which allocates
    13 trillion rubles", "Putin signed a budget that sets defence spending at 13.5 trillion
    roubles": in a relative clause the figure is its antecedent's, the antecedent's owner's,
    and a sum also the one's who enacts the antecedent."""
    which = s.clause_start(f.start) - 1
    if which <= s.start or s.lowers[which] not in {"which", "that"}:
        return None
    if "," in s.lowers[which : f.start]:
        return None  # "X, which had denied it, has now sent ...": the main clause's figure
    noun = which - 1 if s.lowers[which - 1] != "," else which - 2
    if noun < s.start or not s.lowers[noun].isalpha() or any(c.verb == noun for c in cues):
        return None  # "said that ...": a reported clause, whose owner the claim rules read
    for k in range(noun, max(s.start, noun - _ANTECEDENT_REACH) - 1, -1):
        if s.lowers[k] in CLAUSE_BREAKS or s.lowers[k] == ",":
            break
        found = s.mention_at.get(k)
        named = found is not None and k == noun and not found.adjectival  # "Sweden, which has"
        if found is not None and (found.possessive or named) and found.start not in claim_tokens:
            return _actor_name(s, found)
    if f.category != "money":
        return None  # "hit a Russian base, which housed 3,000 troops": not the hitter's troops
    return _subject_on_left(s, replace(f, start=which), cues, claim_tokens)


_GIVE_VERBS = frozenset(
    {"supplied", "supplies", "supply", "supplying", "provided", "provides", "provide",
     "providing", "furnished", "equipped", "armed"}
)  # fmt: skip


def _given_with(s: Sentence, found: Found, before: int) -> bool:
    """"supplied Russia with 220 guns": the name between a verb of giving and "with" is who
    receives; the goods are still the giver's."""
    if before < s.start or s.lowers[before] not in _GIVE_VERBS:
        return False
    return s.lowers[found.end : found.end + 1] == ["with"]


_SENT = frozenset({"sent", "dispatched", "deployed", "moved", "shipped", "supplied", "fired",
                   "launched", "delivered", "transferred", "committed", "lost"})  # fmt: skip


def _reduced_relative(s: Sentence, f: Figure, claim_tokens: set[int]) -> str | None:
    """"the 11,000 troops Pyongyang dispatched last autumn": a name right after the counted
    noun, with its own verb and the "that" left out, is who acted on them."""
    found = s.mention_at.get(f.unit_end)
    if found is None or found.start != f.unit_end or found.adjectival or found.possessive:
        return None
    k = found.end
    while k < s.end and s.lowers[k] in {"had", "has", "have"}:
        k += 1
    if k >= s.end or s.lowers[k] not in _SENT or found.start in claim_tokens:
        return None
    return _actor_name(s, found)
