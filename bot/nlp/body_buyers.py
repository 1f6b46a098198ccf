"""A deal signed by a state body the story names without its state: "the Armament Agency
signed a contract worth 6.4 billion zlotys", "the defence ministry said it had concluded a
$1.7 billion contract". A news writer names a country's own procurement body bare only in a
story about that country, so the buyer is the first country the story names, unless that
country is the home of a firm in the same sentence (the seller: "from South Korea's
Hanwha"). What such a contract delivers is the buyer's too: "the Armament Agency signed a
contract for the delivery of 180 tanks". A sum told in a one-state currency ("worth 12.4
billion zloty") names the paying state outright, whichever country the story named first
(a story about a pact with Seoul may name South Korea before Poland)."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Mention
from bot.nlp.company_homes import company_home
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.home_bodies import ISSUERS
from bot.nlp.numbers import SCALES
from bot.nlp.seller_homes import currency_names_buyer
from bot.nlp.units import CURRENCIES
from bot.nlp.valuations import valuing_verb
from bot.nlp.whose_bodies import whose_body_state

# Verbs that close a deal; the subject before them is the buyer.
_CLOSING = frozenset(
    {"signed", "concluded", "awarded", "placed", "inked", "finalised", "finalized", "sealed"}
)
# Head nouns of a state body, and the words that may stand between "the" and the head.
_BODY_HEADS = frozenset({"agency", "ministry", "office", "inspectorate", "department"})
_BODY_WORDS = frozenset(
    {"armament", "armaments", "procurement", "defence", "defense", "national", "state",
     "military", "purchasing", "acquisition"}
)  # fmt: skip
# "had signed", "has now concluded": words between the subject and the closing verb.
_BETWEEN = frozenset({"had", "has", "have", "also", "now", "already", "then"})
_REACH = 20  # "concluded with Hyundai Rotem an executive contract for 180 K2 tanks worth"
_PRONOUNS = frozenset({"it", "they"})
# Nouns of a purchase between the closing verb and the counted items.
_CONTRACT_NOUNS = frozenset({"contract", "deal", "agreement", "order"})


def body_buyer(s: Sentence, f: Figure, mentions: Sequence[Mention]) -> str | None:
    """The buying country of a deal figure whose buyer is a bare state body, else None."""
    verb = _closing_verb(s, f)
    if verb is None:
        verb = valuing_verb(s, f)  # "the agency put its value at 8.3 billion zloty"
    if verb is None:
        return None
    end = verb
    while end > s.start and s.lowers[end - 1] in _BETWEEN:
        end -= 1
    end = _before_time(s, end)  # "the Armament Agency on Tuesday signed"
    if end > s.start and s.lowers[end - 1] in _PRONOUNS:
        # "the agency said on Tuesday it had signed ...": "it" is the speaker named before.
        said = _said_before(s, end - 1)
        if said is None:
            return None
        end = said
    if not _bare_body(s, end):
        # "Poland, whose Armament Agency signed a $3.9 billion deal": the body's own state.
        return whose_body_state(s, end, _BODY_HEADS, _BODY_WORDS)
    sellers = {found.entity for found in s.mentions if company_home(s, found)}
    issuer = paying_state(s)
    countries = [e.name for m in mentions
                 if (e := s.gazetteer.get(m.entity)) is not None and e.kind == "country"]
    if currency_names_buyer(issuer, countries, sellers):
        # "a contract worth 12.4 billion zloty": the body pays in its own money; with no
        # country named yet ("The Armament Agency signed ... PLN 9 billion" opening the
        # story) the currency is the only word of whose body it is.
        return issuer
    return next((name for name in countries if name not in sellers), None)


def paying_state(s: Sentence) -> str | None:
    """The issuer of a one-state currency a sum in the sentence is told in ("12.4 billion
    zloty", "PLN 9 billion"), else None; the currency word must follow a number or its scale,
    or, as a code, stand right before the number."""
    for k in range(s.start + 1, s.end):
        issuer = ISSUERS.get(CURRENCIES.get(s.lowers[k], ""))
        # "12.4 billion zloty", or a code before the number: "PLN 9 billion"
        after = s.lowers[k + 1][:1] if k + 1 < s.end else ""
        if issuer is not None and (s.lowers[k - 1] in SCALES or s.lowers[k - 1][:1].isdigit()
                                   or after.isdigit()):
            return issuer
    return None


def contracted_buyer(s: Sentence, f: Figure, mentions: Sequence[Mention]) -> str | None:
    """The buying country of items a bare state body signed a contract for ("the agency
    signed ... a contract for the delivery of 5,400 missiles"), else None."""
    verb = _closing_verb(s, f)
    if verb is None or not any(w in _CONTRACT_NOUNS for w in s.lowers[verb + 1 : f.start]):
        return None
    return body_buyer(s, f, mentions)


def _closing_verb(s: Sentence, f: Figure) -> int | None:
    return next(
        (k for k in range(f.start - 1, max(s.start, f.start - _REACH) - 1, -1)
         if s.lowers[k] in _CLOSING),
        None,
    )  # fmt: skip


def _bare_body(s: Sentence, end: int) -> bool:
    """Whether the words before token `end` are "the [words of a body] <head noun>", with no
    name of a state among them ("the Armament Agency", not "Poland's Armament Agency")."""
    if end - 1 <= s.start or s.lowers[end - 1] not in _BODY_HEADS:
        return False
    k = end - 2
    while k > s.start and s.lowers[k] in _BODY_WORDS:
        k -= 1
    return s.lowers[k] == "the" and not s.mentions_between(k, end)


# A news writer slips the day between subject and verb ("the agency on Tuesday signed"):
# the subject is still the one before it.
_TIME_PREPOSITIONS = frozenset({"on", "in", "at"})


def _before_time(s: Sentence, end: int) -> int:
    """The end of the subject before a date phrase ending at token `end`, else `end`."""
    k = end
    while k > s.start and k - 1 in s.date_at:
        k -= 1
    if k == end:
        return end
    if k > s.start and s.lowers[k - 1] in _TIME_PREPOSITIONS:
        k -= 1
    return k


def _said_before(s: Sentence, pronoun: int) -> int | None:
    """The end of the subject of a reporting verb shortly before the pronoun ("the agency
    said on Tuesday it ..."), else None."""
    for k in range(pronoun - 1, max(s.start, pronoun - 6) - 1, -1):
        if s.lowers[k] in {"said", "says", "announced", "reported"}:
            return k
    return None


def valued_by_body(s: Sentence, f: Figure) -> bool:
    """Whether a bare state body values the sum `f`: "The agency put its value at 8.3 billion
    zloty". A buying body prices nothing but its purchases, so the sum is a deal's."""
    verb = valuing_verb(s, f)
    return verb is not None and _bare_body(s, verb)
