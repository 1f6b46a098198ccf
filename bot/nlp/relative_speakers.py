"""A source that reports in a relative clause: "South Korea's spy agency (NIS), which told
lawmakers last week that at least 100 had been killed, has been more cautious". The verb's
subject is "which"; the source is the name before the comma. And a source described by a
relative clause set off by commas before its verb: "A second official, who asked not to be
named, said the ministry now put ..." speaks through "said"; the words after the verb are
the reported clause, never an inverted speaker."""

from __future__ import annotations

from bot.nlp.acronym_asides import before_aside
from bot.nlp.claim_subjects import ClaimCue, subject_cue, subject_start
from bot.nlp.context import Sentence
from bot.nlp.joint_claimants import list_comma
from bot.nlp.lexicon import AUXILIARIES
from bot.nlp.told_nouns import TOLD_NOUNS

_RELATIVES = frozenset({"which", "who"})
_OPENINGS = _RELATIVES | {"whose"}  # "The group, whose members include ..., said"
_MAX_NAME = 8  # "South Korea's National Intelligence Service"
_MAX_CLAUSE = 16  # "who spoke on condition of anonymity because ... not authorised to ..."
_MAX_SUBJECT = 12


def relative_speaker(s: Sentence, verb: int, *, denied: bool) -> ClaimCue | None:
    """The cue of "<name>, which/who (has) <verb>" when the verb's subject is the relative
    pronoun right after a comma."""
    end = _before_time(s, verb)
    while end > s.start and s.lowers[end - 1] in AUXILIARIES:
        end -= 1
    if end - 3 < s.start or s.lowers[end - 1] not in _RELATIVES or s.lowers[end - 2] != ",":
        return None
    name_end = before_aside(s, end - 2)
    start = subject_start(s, name_end)
    if _person_named(s, end - 1, name_end):
        start = _after_preposition(s, start, name_end)
        if s.lowers[start - 1] == "of":
            # "Rep. Park of the Democratic Party, who briefed reporters": the "who" is the
            # person before the "of", already a source, not the party.
            return None
    elif name_end - start > _MAX_NAME:
        # "draws on figures published daily by Ukraine's General Staff, which put ...": a
        # relative clause hangs on the nearest noun, so a long clause before it yields to
        # the source after its last "by"/"from".
        start = _after_source_preposition(s, start, name_end)
    if start >= name_end or name_end - start > _MAX_NAME or not (
        s.mentions_between(start, name_end) or _person_named(s, end - 1, name_end)
    ):
        return None  # only a named source: "the figure, which rose" names no one
    return subject_cue(s, verb, start, name_end, denied=denied)


# "which on Sunday put", "who in March said": the preposition that opens a time adjunct.
_TIME_PREPOSITIONS = frozenset({"on", "in"})
_MAX_TIME = 4  # "which earlier this month said", "who on Nov. 3 said"


def _before_time(s: Sentence, verb: int) -> int:
    """Where "<relative> <time> <verb>" would end its relative: a dated adjunct between the
    relative pronoun and its verb ("Ukraine's General Staff, which on Sunday put ...") tells
    when, not who; the source is still the name before the comma. Only date words are passed,
    so "the figure, which in turn said" keeps its verb's own subject."""
    end = verb
    while end > s.start and verb - end < _MAX_TIME and end - 1 in s.date_at:
        end -= 1
    if end < verb and end > s.start and s.lowers[end - 1] in _TIME_PREPOSITIONS:
        end -= 1
    return end


# "a visit to the plant by armed forces minister Luke Pollard, who said": the person's name
# and role start after the last preposition, not at the sentence's subject.
_PREPOSITIONS = frozenset({"by", "from", "to", "with", "for", "at", "on", "in", "of"})


def _after_preposition(s: Sentence, start: int, name_end: int) -> int:
    for k in range(name_end - 1, max(start, name_end - _MAX_NAME) - 1, -1):
        if s.lowers[k] in _PREPOSITIONS:
            return k + 1
    return start


_SOURCE_PREPOSITIONS = frozenset({"by", "from"})


_BE_OR_HAVE = frozenset({"be", "been", "being", "is", "are", "was", "were", "has", "have", "had"})


def _after_source_preposition(s: Sentence, start: int, name_end: int) -> int:
    """Past the last "by"/"from" of a reduced relative ("figures published daily by X"): the
    noun's source. After a passive main verb ("had been briefed by a delegation, which
    told them") the clause is the main speaker's account, so no cut is made."""
    for k in range(name_end - 1, max(start, name_end - _MAX_NAME) - 1, -1):
        if s.lowers[k] in _SOURCE_PREPOSITIONS:
            participle = k - 1
            if participle > s.start and s.lowers[participle].endswith("ly"):
                participle -= 1  # "published daily by"
            if participle - 1 >= s.start and s.lowers[participle - 1] not in _BE_OR_HAVE and (
                s.lowers[participle].endswith("ed")
            ):
                return k + 1
            if s.lowers[participle] in TOLD_NOUNS and s.lowers[k] == "by":
                return k + 1  # "a briefing by the NIS, which told ...": the briefing's source
            return start
    return start


def _person_named(s: Sentence, relative: int, name_end: int) -> bool:
    """"... by armed forces minister Luke Pollard, who said ...": "who" after a capitalised
    first and last name is a person the gazetteer need not know; "the soldiers, who said"
    and "Russia's figure, which ..." name no one."""
    return (
        s.lowers[relative] == "who" and name_end - 2 >= s.start
        and s.texts[name_end - 1][:1].isupper() and s.texts[name_end - 2][:1].isupper()
        and s.texts[name_end - 1].isalpha() and s.texts[name_end - 2].isalpha()
    )  # fmt: skip


def speaker_before_relative(s: Sentence, verb: int, *, denied: bool) -> ClaimCue | None:
    """The cue of "<subject>, who/which <clause>, <verb>": the verb right after the comma
    that closes a relative clause takes the subject before the clause's opening comma."""
    end = verb
    while end > s.start and s.lowers[end - 1] in AUXILIARIES:
        end -= 1
    if end - 1 <= s.start or s.lowers[end - 1] != ",":
        return None
    closing = end - 1
    # The nearest comma before the closing one must open the clause with "who"/"which":
    # "The ministry, in a statement, said" is an adjunct aside, read elsewhere. The commas of
    # a list of names inside the clause are passed ("The group, whose members include Japan,
    # France and Germany, said").
    opening = next(
        (k for k in range(closing - 1, max(s.start, closing - _MAX_CLAUSE) - 1, -1)
         if s.lowers[k] == "," and not list_comma(s, k)),
        None,
    )  # fmt: skip
    if opening is None or opening + 2 >= closing or s.lowers[opening + 1] not in _OPENINGS:
        return None
    start = subject_start(s, opening)
    if start >= opening or opening - start > _MAX_SUBJECT:
        return None
    # "The US announced a package for Kyiv, which includes mines, says the commentary": the
    # clause describes an object, and the words before it run on with a verb or a number.
    if any(w in AUXILIARIES or w[:1].isdigit() for w in s.lowers[start:opening]):
        return None
    named = _name_before_role(s, start, opening)
    if named is not None:
        # "Andriy Kostyuk, Ukraine's consul general, who travelled ..., told": the words before
        # the clause are the role of the name before them, and the person speaks; the
        # country in the role is not the source.
        return subject_cue(s, verb, named, start - 1, denied=denied)
    return subject_cue(s, verb, start, opening, denied=denied)


_MAX_PERSON = 4  # "Kim Yo Jong", "Rep. Park Sun-won"
_NOT_NAMES = frozenset({"on", "in", "at", "by", "for", "from", "last", "this", "meanwhile",
                        "however", "earlier", "later", "separately", "then"})  # fmt: skip


def _name_before_role(s: Sentence, role: int, end: int) -> int | None:
    """The first token of a person's name (two to four capitalised words) standing before the
    comma that opens the role [role, end), when the role is a description with a common noun
    in it; None otherwise."""
    comma = role - 1
    if comma <= s.start or s.lowers[comma] != ",":
        return None
    if all(t[:1].isupper() for t in s.texts[role:end] if t.isalpha()):
        return None  # "Seoul, South Korea, which ...": a place and its country, no role
    if any(w.startswith("spokes") or w == "press" for w in s.lowers[role:end]):
        return None  # a spokesman speaks for the body his role names, as it reads already
    first = subject_start(s, comma)
    words = s.texts[first:comma]
    if not 2 <= len(words) <= _MAX_PERSON or s.lowers[first] in _NOT_NAMES:
        return None
    if any(k in s.date_at for k in range(first, comma)):
        return None  # "Last Monday, the ministry, which ..."
    if not all(w[:1].isupper() and w.replace("-", "").replace(".", "").isalpha() for w in words):
        return None
    return first
