"""Whether a count of people is a loss because its clause names losses before it ("Russian
losses ... amount to about 700,000 servicemen").

Two loss words do not carry to the count:
- past a reporting verb, which opens another reported clause (a passive one, "losses are
  estimated at ...", is the loss noun's own predicate and does not): in "puts North Korean
  casualties at about 6,500 and believes some 15,000 troops have been sent" the casualties
  are the 6,500, and the 15,000 are troops;
- right after a number, where the loss word is that earlier figure's unit: "has suffered
  4,000 casualties and has sent 1,500 soldiers";
- onto the object of "among" ("the casualties were among the 11,000 troops sent"), which
  counts the group the losses came from (among_groups.py);
- past ", and" with a pronoun subject, which opens a coordinated clause of its own: in "has
  lost 800,000 soldiers, and it is still signing up 30,000 recruits a month" the recruits are
  the new men, not more losses.
"""

from __future__ import annotations

from bot.nlp.among_groups import among_object
from bot.nlp.context import Sentence
from bot.nlp.determiner_thats import clause_start_past_determiner
from bot.nlp.figures import Figure
from bot.nlp.fronted_phrases import in_fronted_phrase
from bot.nlp.lexicon import REPORT_VERBS

LOSS_WORDS = frozenset({"losses", "casualties", "lost", "death", "toll"})


def losses_named_before(s: Sentence, f: Figure) -> bool:
    first = clause_start_past_determiner(s, f.start)  # "losses in that area amounted to"
    window = s.lowers[first : f.start]
    if LOSS_WORDS.isdisjoint(window):
        return False  # nearly every figure: one scan in C
    if among_object(s, f):
        return False  # "casualties were among the 11,000 troops sent": the whole, no loss
    for k in range(f.start - 1, first - 1, -1):
        word = s.lowers[k]
        if word in LOSS_WORDS and (k == s.start or not s.lowers[k - 1][:1].isdigit()):
            return not in_fronted_phrase(s, first, k, f.start)  # "After heavy losses, ..."
        if (word in REPORT_VERBS and not _passive_predicate(s, k)) or _new_clause(s, k):
            return False
    return False


# "losses are estimated at 700,000 personnel": a passive reporting verb sizing its subject
# ("at", "to be") is the loss noun's own predicate, not the verb of another reported clause,
# so the loss word still carries. "it was estimated that ..." opens a clause and does not.
_BE = frozenset({"is", "are", "was", "were", "be", "been", "being"})
_SIZING = frozenset({"at", "to"})


def _passive_predicate(s: Sentence, k: int) -> bool:
    return (
        s.start < k < s.end - 1 and s.lowers[k - 1] in _BE and s.lowers[k + 1] in _SIZING
    )


# The subject pronouns of a coordinated clause: "..., and it is still signing up ...".
_SUBJECTS = frozenset({"it", "they", "he", "she", "we"})
_JOINS = frozenset({"and", "but", "while", "yet"})


def _new_clause(s: Sentence, k: int) -> bool:
    """", and it ...": a comma, a conjunction and a subject open a clause with its own verb."""
    return (
        s.lowers[k] in _SUBJECTS
        and k - 2 >= s.start
        and s.lowers[k - 1] in _JOINS
        and s.lowers[k - 2] == ","
    )
