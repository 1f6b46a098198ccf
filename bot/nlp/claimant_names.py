"""A claimant's name as an alert prints it ("per Ukraine's GUR"): the stretch from its first
to its last named entity, with a leading "the" kept and descriptive words and asides after
it dropped, and the entities it stands for."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.context import Sentence
from bot.nlp.described_titles import described_name_start
from bot.nlp.descriptions import KIND_NOUNS, fits
from bot.nlp.joint_claimants import list_comma
from bot.nlp.located_bodies import without_seats
from bot.nlp.mentions import Found

_MAX_UNNAMED = 6
_CLEFTS = frozenset({"what", "all", "whatever", "which", "how"})
_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
_RELATIVES = frozenset({"which", "who", "whose"})


def name_claimant(s: Sentence, start: int, end: int, *, denied: bool = False) -> Claimant | None:
    # `_after_hyphen` needs a hyphen just before the name, which most names lack.
    if s.texts[start - 1] == "-" and _after_hyphen(s, start):
        start = _whole_word(s, start)
    end = _before_its_time(s, start, end)
    # "The General Staff, which publishes a tally of Russian losses,": a relative clause
    # describes the source; the names in it are not the source's ("The group, whose members
    # include Japan and France, said").
    # Only a sentence holding a relative word needs the scan (one set test in C).
    if not (s.start <= start and end <= s.end) or not _RELATIVES.isdisjoint(s.words):
        end = next((k for k in range(start + 1, end - 1)
                    if s.lowers[k] == "," and s.lowers[k + 1] in _RELATIVES), end)  # fmt: skip
    lowers, count = s.lowers, len(s.lowers)
    # A name before a hyphen is part of a longer word; indexed, not sliced (a list per name).
    found = [f for f in s.mentions_between(start, end) if f.end >= count or lowers[f.end] != "-"]
    found = without_seats(s, found)  # "the UN mission in Ukraine": the UN's, not Ukraine's
    if not found:
        end = _before_affiliation(s, start, end)
        long = end - start > _MAX_UNNAMED and not _title_and_name(s, start, end)
        if long and (titled := described_name_start(s, start, end)) is not None:
            start, long = titled, False  # "ruling party MP Lee Seong-kweun": the name
        if long or not any(t.isalpha() for t in s.texts[start:end]):
            return None
        if s.lowers[start] in _CLEFTS or not _FIRST_PERSON.isdisjoint(s.lowers[start:end]):
            return None  # "What I can tell you is ...": the speaker, whom the words never name
        if _participle_phrase(s, start, end) or s.lowers[start - 1 : start] in (["which"], ["who"]):
            return None  # "Mediazona, which counts deaths using obituaries, ...": a relative
        return Claimant(name=s.phrase(start, end), entities=(), denied=denied)
    # A demonym before a named person or body only describes it ("Russian president
    # Vladimir Putin"); the name starts at the first proper name.
    bracketed: list[Found] = []
    if "(" in s.lowers[start:end]:
        # "South Korea's National Intelligence Service (NIS)": the aside adds no name, but
        # the body it abbreviates ("Ukraine's Defence Intelligence (HUR)") is who speaks.
        cut = s.lowers.index("(", start, end)
        bracketed = [f for f in found if f.start > cut]
        found = [f for f in found if f.end <= cut] or found
        end = cut if found[-1].end <= cut else end
    # "Seoul, Kyiv, and Washington": a list's last comma opens no aside; nor does one before
    # a name with its article ("Ukraine, the United States and South Korea"). A sentence
    # with no comma at all skips the scan.
    within = s.start <= found[0].end and end <= s.end
    aside = None if within and "," not in s.words else next(
        (k for k in range(found[0].end, end - 1)
         if s.lowers[k] == "," and s.texts[k + 1][:1].islower() and s.lowers[k + 1] != "and"
         and not list_comma(s, k)),
        None,
    )  # fmt: skip
    if aside is not None:
        # "The HUR, as the agency is known in Ukrainian": a lower-case aside adds no name.
        found = [f for f in found if f.end <= aside]
        end = aside
    named = [f for f in found if not f.adjectival] or found
    first, last = named[0], found[-1]
    left = first.start
    if left > start and s.lowers[left - 1] == "the":
        left -= 1
    right = last.end
    if left > start and s.lowers[left - 1] == "of":
        left, right = start, end  # "the Ministry of Defence of Ukraine"
    elif last.adjectival and right < end and s.texts[right].isalpha():
        right += 1  # "South Korean official"
        while right < end and s.texts[right - 1][:1].isupper() and s.texts[right].istitle():
            right += 1  # "the Russian Foreign Ministry": a title runs on
        if 0 < end - right <= 2 and all(w.isalpha() and w.islower() for w in s.texts[right:end]):
            right = end  # "the Polish defence ministry": the body's head noun ends the name
    elif last.possessive and last is found[-1] and end - right <= 4:
        right = end  # "the Duma's speaker", "South Korea's spy agency"
    else:
        right = _spokesperson(s, _name_runs_on(s, right, end), end)
    # "Seoul and Washington said": several governments voicing one assessment, a claim of
    # each of them; the alert quotes them all, its entities name them in the written order.
    entities: list[str] = []
    for f in found if _joint(s, found) else reversed(found):
        if f.entity not in entities:
            entities.append(f.entity)
    entities.extend(f.entity for f in bracketed if f.entity not in entities)
    body = _body_of_country(s, last, right) if last.possessive else None
    if body is not None and body not in entities:
        entities.insert(0, body)
    for name in list(entities):
        entity = s.gazetteer.get(name)
        if entity is not None and entity.country and entity.country not in entities:
            entities.append(entity.country)
    return Claimant(name=s.phrase(left, right), entities=tuple(entities), denied=denied)


_MAX_TITLED = 12
# "the Coordination Headquarters for the Treatment of Prisoners of War": a body's own long
# name glues its capitalised words with these, an article included.
_TITLE_GLUE = frozenset({"of", "for", "and", "-", "the"})


def _title_and_name(s: Sentence, start: int, end: int) -> bool:
    """"Senior Deputy Minister of Economic Development Pavel Orlov": a post written out in
    capitals before the person holding it is one name, however long."""
    if end - start > _MAX_TITLED:
        return False
    return all(w[:1].isupper() or w in _TITLE_GLUE for w in s.texts[start:end]) and (
        s.texts[end - 1][:1].isupper()
    )


def _before_affiliation(s: Sentence, start: int, end: int) -> int:
    """"Rep. Park Sun-won of the ruling Democratic Party": a person the gazetteer does not know,
    then the body they belong to; the alert names the person (and the description before the
    name, as a role: "military analyst Ivan Petrenko of the Centre for Army Studies")."""
    for k in range(start + 2, end - 1):
        if s.lowers[k] == "of" and s.lowers[k + 1] == "the":
            words = s.phrase(start, k).split()
            if len(words) >= 2 and all(w[:1].isupper() for w in words):
                return k
            # "military analyst Ivan Petrenko of the Centre for ...": a short description
            # before the name, as a title before it would be.
            return k if described_name_start(s, start, k) is not None else end
    return end


def _joint(s: Sentence, found: list[Found]) -> bool:
    if len(found) < 2:
        return False  # most claimants: one name, no gazetteer look-ups needed
    states = [f for f in found if not (f.possessive or f.adjectival)
              and (e := s.gazetteer.get(f.entity)) is not None and e.kind == "country"]  # fmt: skip
    if len(states) < 2 or len(states) != len(found):
        return False
    return "and" in s.lowers[states[0].end : states[-1].start]


def joins_name(s: Sentence, k: int) -> bool:
    """A hyphen glued between the parts of a name ("Lee Sung-jun", "Kosiniak-Kamysz"): no
    clause break, so a subject read leftwards runs on past it."""
    if not _glued_hyphen(s, k):
        return False
    # "Commander-in-Chief": the capitalised title's glued "in" joins its parts too (the
    # lower-case "commander-in-chief, Oleksandr Syrskyi" stays a description before a name)
    return (s.texts[k - 1].istitle() and s.texts[k + 1].isalpha()) or (
        glued_word(s, k - 1) and s.texts[k + 1].istitle()
    )


def glued_word(s: Sentence, k: int) -> bool:
    """Token k is glued by hyphens on both sides, the middle of one word ("Commander-in-Chief"):
    its "in" is no preposition that ends a name."""
    return _glued_hyphen(s, k - 1) and _glued_hyphen(s, k + 1)


def _glued_hyphen(s: Sentence, k: int) -> bool:
    """Token k is a hyphen with no space on either side: one word written in two tokens."""
    return (
        s.start < k < s.end - 1 and s.texts[k] == "-"
        and not s.space_after(k - 1) and not s.space_after(k)
    )  # fmt: skip


# Words that follow a participle opening a clause ("bringing its", "adding that") and never
# follow a speaker's noun.
_AFTER_PARTICIPLE = frozenset(
    {"its", "their", "his", "her", "our", "the", "a", "an", "this", "that", "it", "to", "up"}
)


def _participle_phrase(s: Sentence, start: int, end: int) -> bool:
    """"..., bringing its reported losses to ...": a clause that opens with an -ing verb and
    its object is a participle phrase, and an alert printing "per bringing its" quotes no one."""
    first = s.texts[start]
    if not (first.isalpha() and first.islower() and first.endswith("ing") and len(first) > 4):
        return False
    return end - start == 1 or s.lowers[start + 1] in _AFTER_PARTICIPLE


def _body_of_country(s: Sentence, owner: Found, right: int) -> str | None:
    """"South Korea's spy agency" is the NIS before the article names it: a country's body
    described by what it is stands for the one body of that country every word of the
    description fits. Two that fit ("Ukraine's spy agency": the GUR or the SBU) are left
    to the name."""
    words = [w for w in s.lowers[owner.end : right] if w not in {"'s", "’s"}]
    if not words or words[-1] not in KIND_NOUNS or not all(w.isalpha() for w in words):
        return None
    country = s.gazetteer.get(owner.entity)
    if country is None or country.kind != "country":
        return None
    bodies = []
    for org in s.gazetteer:
        if org.kind != "org" or org.country != country.name:
            continue
        named = [w for alias in (org.name, *org.aliases) for w in alias.lower().split()]
        if all(w in named or (w in KIND_NOUNS and fits(w, named)) for w in words):
            bodies.append(org.name)
    return bodies[0] if len(bodies) == 1 else None


_NAME_GLUE = frozenset({"of", "and", "for"})


def _name_runs_on(s: Sentence, right: int, end: int) -> int:
    """"Moscow Mayor Sergei Sobyanin", "the London School of Hygiene and Tropical Medicine":
    a known name that opens a longer one (a post, a person, an institution) runs on to the
    longer one's last capitalised word."""
    k = right
    while k < end and (
        s.texts[k].istitle()
        or (s.lowers[k] in _NAME_GLUE and k + 1 < end and s.texts[k + 1].istitle())
    ):
        k += 1
    return k if k > right and s.texts[k - 1].istitle() else right


_MAX_ROLE_WORDS = 4


def _spokesperson(s: Sentence, right: int, end: int) -> int:
    """"Kremlin deputy spokesman Ivan Volkov", "the Pentagon press secretary Ann Cole": a body,
    the post in lower case, then the person holding it, whom a reader looks for; the name
    runs on to the person's last name."""
    k = right
    while k < end and k - right < _MAX_ROLE_WORDS and s.texts[k].isalpha() and (
        s.texts[k].islower()
    ):
        k += 1
    if k == right or end - k < 2:
        return right
    # "Park Sun-won": a hyphenated given name keeps its second half in lower case.
    person = s.phrase(k, end).split()
    return end if all(w[:1].isupper() and w.replace("-", "").isalpha() for w in person) else right


def _after_hyphen(s: Sentence, start: int) -> bool:
    """"The Washington-based think tank said": a subject cut at a hyphen is half a word."""
    return _glued_hyphen(s, start - 1)


_MAX_NAME_WORDS = 3


def _whole_word(s: Sentence, start: int) -> int:
    """The start of the hyphenated word and of the capitalised words before it ("Lawmaker Lee
    Seong-kweun", "an open-source research group"). A name joined by the hyphen only
    describes the rest ("Washington-based"), so the caller drops it."""
    first = start - 2
    while (
        first > s.start and start - first < 2 + _MAX_NAME_WORDS
        and s.texts[first - 1].istitle() and s.texts[first - 1].isalpha()
    ):  # fmt: skip
        first -= 1
    return first


def _before_its_time(s: Sentence, start: int, end: int) -> int:
    """"The Foreign Ministry on Monday rejected ...": a subject running into the time of the
    act ends before it, so an alert never prints "per the Foreign Ministry on Monday"."""
    for date in s.dates:
        if date.end == end and date.start - 1 > start and s.lowers[date.start - 1] in {"on", "in"}:
            return date.start - 1
        if date.end == end and date.start > start and s.lowers[date.start] in _DEICTIC:
            return date.start  # "Maria Zakharova last month dismissed": no preposition
    return end


# Words that open a time phrase standing alone, with no preposition ("last month", "this week").
_DEICTIC = frozenset({"last", "this", "earlier", "late", "early", "next"})
