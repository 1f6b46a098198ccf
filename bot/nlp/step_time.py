"""When a treaty step happens: planned ("will ratify"), reported (news) or background (the
treaty's history: dated well before the article, or told as a description of the treaty)."""

from __future__ import annotations

from typing import NamedTuple

from bot.models import Modality, Stage
from bot.nlp.colon_dates import listed_dates
from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan
from bot.nlp.heading_dates import heading_dates
from bot.nlp.joined_clauses import own_clause_end
from bot.nlp.lexicon import FUTURE_MARKERS, MONTHS
from bot.nlp.object_relatives import object_relative_date
from bot.nlp.participle_dates import participle_date
from bot.nlp.participle_signings import signed_after_treaty, signed_in_contact_relative
from bot.nlp.recaps import relative_history, stale_date
from bot.nlp.relative_dates import relative_clause_date
from bot.nlp.same_period_steps import same_period_step
from bot.nlp.told_times import told_before
from bot.nlp.weekday_signings import signed_this_week

# Stage nouns take their time from the clause around them: "will enter into force after
# ratification" is a planned ratification.
NOMINALS = frozenset({"ratification", "approval", "suspension", "withdrawal", "signing"})
_VOTED_WORDS = frozenset({"voted", "votes"})
# "must still be ratified", "before it can enter into force": a requirement, not a step.
_PLANNED_BEFORE = frozenset(
    {"will", "would", "could", "may", "might", "shall", "due", "set", "expected", "plans",
     "planned", "scheduled", "to", "agreed", "must", "can", "cannot", "need", "needs",
     "should"}
)  # fmt: skip
_PAST_FORMS = frozenset({"took", "entered", "came", "went"})
_PAST_PLANNERS = _PLANNED_BEFORE - {"to"}
_BASE_FORMS = frozenset(
    {"sign", "ratify", "approve", "suspend", "withdraw", "exit", "scrap", "revoke"}
)


SUBJECT_PRONOUNS = frozenset({"they", "we"})
_NOUN_BEFORE = frozenset({"'s", "’s", "its", "their", "the", "his", "her", "a", "an"})
_POINTED = frozenset(
    {"treaty", "pact", "accord", "agreement", "convention", "protocol", "deal", "document",
     "law", "decision", "year", "month", "week", "day", "time", "spring", "summer", "autumn",
     "fall", "winter"}
    # "which came into force that December": "that" before a month points back at a time
    # already told, so the month stays in the step's clause ("may" is mostly the verb).
) | (MONTHS - {"may"})  # fmt: skip


class StepCue(NamedTuple):
    stage: Stage
    start: int
    end: int
    verb_word: str
    # "has signed but never ratified the treaty": a state of affairs, not news of a step.
    context: bool = False


def scope(s: Sentence, cue: StepCue) -> tuple[int, int]:
    """The clause of a stage word; "... and they signed" starts a clause of its own."""
    first, last = s.clause_start(cue.start), s.clause_end(cue.start)
    # "suspended their obligations under that treaty in November 2023": "that" before a noun
    # points at it, and opens no clause.
    while last + 1 < s.end and s.lowers[last] == "that" and s.lowers[last + 1] in _POINTED:
        last = s.clause_end(last + 1)
    last = own_clause_end(s, cue.start, last)  # "..., and Putin signed it last week"
    for j in range(cue.start - 1, first - 1, -1):
        if s.lowers[j] in SUBJECT_PRONOUNS:
            return j, last
    return first, last


_JOINED = frozenset({"and", "but", "while"})
_AHEAD = frozenset({"next", "coming"})
_SUBJECT_REACH = 4  # ", and the two sides signed": a short subject between the joiner and verb
_SUBJECT_STARTS = frozenset({"the", "both", "its", "their"})


def _joined_subject(s: Sentence, first: int, verb: int) -> int:
    """Where a clause joined by ", and" with a subject of its own starts ("..., and the two
    sides signed"), or `first` when the step's clause is not one."""
    for j in range(verb - 2, max(first, verb - 2 - _SUBJECT_REACH) - 1, -1):
        if s.lowers[j] == "," or s.lowers[j] not in _JOINED or s.lowers[j - 1] != ",":
            continue
        subject = s.lowers[j + 1 : verb]
        if "," in subject:
            return first
        opener = subject[0]
        if opener in _SUBJECT_STARTS or j + 1 in s.mention_at or s.texts[j + 1][:1].isupper():
            return j + 1
        return first
    return first


def _clause_dates(s: Sentence, cue: StepCue, clause: tuple[int, int]) -> list[DateSpan]:
    """Dates of the stage's clause (its `scope`), nearest first."""
    first, last = clause
    inside = [d for d in s.dates if first <= d.start < last] + _after_relative(s, last)
    inside += _before_when(s, first) + listed_dates(s, last) + heading_dates(s, first)
    # "the pact that Kim signed in June entered into force": June dates the signing only.
    inside = [d for d in inside if not relative_clause_date(s, first, cue.start, d)
              and not participle_date(s, cue.end, d)  # "the pact, signed in June"
              and not object_relative_date(s, cue.end, d)]  # "suspended the pact it signed in"
    joined = _joined_subject(s, first, cue.start)
    if joined > first:
        # "The Duma is due to ratify it next week, and the two sides signed a protocol in
        # October": a date ahead in the clause before is not the joined clause's own.
        inside = [d for d in inside if d.start >= joined or s.lowers[d.start] not in _AHEAD]
    return sorted(inside, key=lambda d: d.start - cue.end if d.start >= cue.end
                  else cue.start - d.end)  # fmt: skip


def _after_relative(s: Sentence, last: int) -> list[DateSpan]:
    """"Russia withdrew from the treaty, which capped ..., in November 2023.": a date set off
    by a comma at the sentence's end, past a relative clause, dates the main clause."""
    if last >= s.end or s.lowers[last] not in _RELATIVES or s.lowers[last - 1] != ",":
        return []
    out: list[DateSpan] = []
    for d in s.dates:
        if d.start <= last or any(t.isalnum() for t in s.lowers[d.end : s.end]):
            continue
        k = d.start - 1
        while k > last and s.lowers[k] in {"in", "on", "since", "until"}:
            k -= 1
        if s.lowers[k] == ",":
            out.append(d)
    return out


_RELATIVES = frozenset({"which", "who", "whose"})


def _before_when(s: Sentence, first: int) -> list[DateSpan]:
    """"The alliance was sealed in March, when the two leaders signed a pact": a "when" clause
    right after a date tells what happened at that date."""
    if first - 2 < s.start or s.lowers[first - 2 : first] != [",", "when"]:
        return []
    return [d for d in s.dates if d.end == first - 2]


def step_date(s: Sentence, cue: StepCue) -> str | None:
    dates = _clause_dates(s, cue, scope(s, cue))
    if cue.verb_word == "by":
        # "... on May 2 and by the Federation Council on May 9": the second chamber's date
        # follows it.
        dates = [d for d in dates if d.start >= cue.end] or dates
    return s.phrase(dates[0].start, dates[0].end) if dates else None


def step_modality(s: Sentence, cue: StepCue, trigger: int) -> Modality:
    if cue.context:
        return Modality.BACKGROUND
    # The clause, found once: the tests below read its bounds and its dates.
    clause = scope(s, cue)
    first = clause[0]
    # Dates are no markers: "on May 2 and by the Senate" is not a "may".
    dated = s.date_at
    before = [s.lowers[k] for k in range(max(first, cue.start - 4), cue.start) if k not in dated]
    # "voted unanimously on Thursday to ratify": the vote is done, however far it stands.
    voted = not _VOTED_WORDS.isdisjoint(s.lowers[max(first, cue.start - 10) : cue.start])
    # Headlines tell past events in the present tense ("Kim and Putin sign defence pact").
    base_form = cue.verb_word in _BASE_FORMS and not (s.headline and "to" not in before)
    # "Latvia's exit ... took effect": after an owner or article the word is a noun.
    base_form = base_form and not (before and before[-1] in _NOUN_BEFORE)
    if cue.verb_word in NOMINALS:
        before = [s.lowers[k] for k in range(s.start, cue.start) if k not in dated]
    # "A treaty committing them to defend each other took effect": a verb in the past tense
    # is done, whatever infinitive stands before it.
    planners = _PAST_PLANNERS if cue.verb_word in _PAST_FORMS else _PLANNED_BEFORE
    if not FUTURE_MARKERS.isdisjoint(before) or (
        not voted and (base_form or not planners.isdisjoint(before))
    ):
        return Modality.PLANNED
    dates = _clause_dates(s, cue, clause)
    if dates and (dates[0].past or stale_date(s, dates[0])):
        return Modality.BACKGROUND
    if told_before(s, first, clause[1], dates):  # "ratified ... that November"
        return Modality.BACKGROUND
    if same_period_step(s, first, clause[1]):  # "..., and revoked it the same month"
        return Modality.BACKGROUND
    if cue.stage is Stage.SIGNED and cue.verb_word == "signed" and _describes_treaty(s, cue):
        # "The law, published on Saturday, ratifies the treaty signed ... in June": the
        # participle phrase's own date dates the signing; a nearer one before the treaty
        # noun dates the main clause, whose news the description is not.
        own = [d for d in dates if d.start >= cue.end] or dates
        return Modality.REPORTED if signed_this_week(s, own, trigger) else Modality.BACKGROUND
    if relative_history(s, cue.start, cue.verb_word in NOMINALS):
        return Modality.BACKGROUND
    # "the 1953 armistice": a year naming the treaty dates its signing.
    year_before = trigger - 1 >= s.start and s.lowers[trigger - 1].isdigit()
    if cue.stage is Stage.SIGNED and year_before:
        return Modality.BACKGROUND
    return Modality.REPORTED


def _describes_treaty(s: Sentence, cue: StepCue) -> bool:
    """", signed on June 19" or "which was signed": a signing told as the treaty's history."""
    before = s.lowers[max(s.start, cue.start - 2) : cue.start]
    if signed_after_treaty(s, cue.start) or signed_in_contact_relative(s, cue.start):
        return True  # "a treaty signed in Pyongyang", "the treaty Moscow signed": relatives
    if before[-1:] == [","] and _takes_object(s, cue):
        return False  # "his counterpart, Ahn Gyu-back, signed an agreement": a subject's verb
    return bool(before) and (before[-1] == "," or before[-1] in {"which", "that"} or
                             (len(before) == 2 and before[0] in {"which", "that"}
                              and before[1] in {"was", "were"}))  # fmt: skip


# A participle describing the treaty takes no object ("The pact, signed in June, ..."); a verb
# after an appositive's closing comma does ("..., Ahn Gyu-back, signed an agreement").
_OBJECT_OPENERS = frozenset({"a", "an", "the", "their", "its", "this", "two", "three"})


def _takes_object(s: Sentence, cue: StepCue) -> bool:
    return cue.end < s.end and s.lowers[cue.end] in _OBJECT_OPENERS
