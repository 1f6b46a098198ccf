""""About 11,000 soldiers were deployed to Russia last autumn": a done act a season or a year
back ("last autumn", or "in the autumn" told in the past) dates the figure it tells to the
story's past; the reader meets it as the lead-up to the news. "since last autumn" counts up to
now and stays news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.year_parts import part_of_last_year, past_saying

# "last year" dates the annual statistics a story reports as its news (but not its dead); a
# season does not.
_SEASONS = frozenset({"autumn", "fall", "summer", "winter", "spring"})
_PASSIVE_PAST = frozenset({"was", "were"})
# "since last autumn" counts up to now; "up 3.5% on last year" compares with it.
_COUNTING_FROM = frozenset({"since", "from", "until", "through", "on", "than", "over", "with",
                            "of", "to"})  # fmt: skip
_BREAKS = frozenset({",", ";", ":", "("})
_PAST_ACTS = frozenset({"sent", "lost", "put", "built", "bought", "sold", "shot", "took", "made"})
_PERFECT = frozenset({"has", "have", "had"})
_PEOPLE = frozenset({"casualty", "person", "civilian"})
_KILLING = frozenset({"killed", "dead", "died"})


def last_season(s: Sentence, f: Figure) -> bool:
    """The figure is the subject of a past passive ("were deployed ... last autumn") or the
    object of a past verb ("sent 11,000 soldiers last year") dated by "last <season>" or
    "in the <season>" (a done act's season is one gone by)."""
    after = s.lowers[f.end : s.end]
    if "last" not in after and _SEASONS.isdisjoint(after):
        return False  # nearly every figure: one scan in C
    last = s.clause_end(f.end)
    for k in range(f.end, last - 1):
        if s.lowers[k] in _BREAKS:
            return False  # "..., the level set by the Kremlin last year": another clause's
        if s.lowers[k] == "since":
            return False  # "... since the troops were committed last fall": counted up to now
        if (s.lowers[k + 1] in _SEASONS and _season_date(s, k)) or _toll_year(s, f, k) or (
            _deal_year(s, f, k) or part_of_last_year(s, k)  # "sent 11,000 late last year"
        ):
            if s.lowers[k - 1] in _COUNTING_FROM:
                return False
            return _told_as_done(s, f, k)
    return False


def _toll_year(s: Sentence, f: Figure, k: int) -> bool:
    """"killed more than 10,000 people last year": a year's dead are no running statistic
    like exports; the killing is done and told as the lead-up."""
    if s.lowers[k : k + 2] != ["last", "year"] or f.measure not in _PEOPLE:
        return False
    # The count is still "people" here: the killing word around it makes it a toll.
    around = s.lowers[s.clause_start(f.start) : k]
    return not _KILLING.isdisjoint(around)


def _deal_year(s: Sentence, f: Figure, k: int) -> bool:
    """"signed a $1.6 billion deal for 72 launchers last year": a deal is one act, done
    then, no yearly statistic; the story tells it, and the goods it bought, as the lead-up."""
    if s.lowers[k : k + 2] != ["last", "year"]:
        return False
    return not _DEAL_NOUNS.isdisjoint(s.lowers[s.clause_start(f.start) : k])


_DEAL_NOUNS = frozenset({"deal", "contract", "contracts", "deals", "order", "orders"})


def _season_date(s: Sentence, k: int) -> bool:
    """"last autumn", or "in the autumn": a season named as a date, not "autumn offensive"."""
    return s.lowers[k] == "last" or (s.lowers[k] == "the" and s.lowers[k - 1] == "in")


# "were first sent", "were initially deployed": an adverb between the auxiliary and its
# participle leaves the act as done.
_PASSIVE_ADVERBS = frozenset({"first", "initially", "originally", "reportedly", "secretly"})


# "the 11,000 troops it sent last autumn", "the 3,000 soldiers which Minsk deployed last
# summer": a relative clause whose own subject did the act at the date tells of the figure.
_RELATIVE_SUBJECTS = frozenset({"it", "they", "that", "which", "he", "she", "we"})


def _told_as_done(s: Sentence, f: Figure, date: int) -> bool:
    after = s.lowers[f.end : date]
    if _relative_act(s, f.end, date):
        return True
    if after[:1] and after[0] in _PASSIVE_PAST:
        if len(after) > 2 and after[1] in _PASSIVE_ADVERBS:
            after = after[1:]
        # "were sent": the irregular participles of _PAST_ACTS read as past as "-ed" ones.
        return len(after) > 1 and (after[1].endswith("ed") or after[1] in _PAST_ACTS)
    before = s.lowers[s.clause_start(f.start) : f.start]
    before = before[past_saying(before) :]  # "have said North Korea sent": the act's own words
    done = any(w in _PAST_ACTS or (len(w) > 4 and w.endswith("ed")) for w in before)
    # "is believed to have sent 11,000 last autumn": a perfect infinitive under a dated past
    # act tells a done act, unlike "has sent ... since" (a perfect of the present).
    perfect = [i for i, w in enumerate(before) if w in _PERFECT]
    return done and all(i > 0 and before[i - 1] == "to" for i in perfect)


def _relative_act(s: Sentence, start: int, date: int) -> bool:
    """"(the N troops) it sent last autumn", "(...) which Minsk deployed last summer": a
    relative subject (a pronoun, or a name after "that"/"which"), then one past act just
    before the date."""
    words = s.lowers[start:date]
    if not 2 <= len(words) <= 3 or words[0] not in _RELATIVE_SUBJECTS:
        return False
    act = words[-1]
    if act not in _PAST_ACTS and not (len(act) > 4 and act.endswith("ed")):
        return False
    return len(words) == 2 or (words[0] in {"that", "which"} and s.texts[start + 1][:1].isupper())
