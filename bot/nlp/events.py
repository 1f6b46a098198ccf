"""Treaty events: a treaty, pact, accord or agreement between states moving a stage (signed,
approved by a lower house or committee, ratified, in force, suspended, withdrawn)."""

from __future__ import annotations

from dataclasses import dataclass

from bot.models import Event, Modality, Quantity, Stage
from bot.nlp.claims import ClaimCue, claimant_for
from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan, days_before, month_day
from bot.nlp.lexicon import FUTURE_MARKERS

TREATY_NOUNS = frozenset(
    {"treaty", "treaties", "pact", "pacts", "accord", "accords", "armistice", "agreement",
     "agreements", "deal", "convention", "protocol", "statute"}
)  # fmt: skip
# Words that stand for the treaty of the previous sentence ("The document was signed on June
# 19", "the ratification law"); they count only right after a treaty step was reported.
REFERRING_NOUNS = frozenset({"document", "ratification"})
# Business words share these nouns; they count as a treaty only between named states.
_NEEDS_STATES = frozenset(
    {"agreement", "agreements", "deal", "convention", "protocol", "statute", "document"}
)
_SIGN = frozenset({"signed", "sign", "signs", "signing", "inked", "concluded"})
_RATIFY = frozenset({"ratified", "ratify", "ratifies", "ratifying", "ratification"})
# Stage nouns take their time from the clause around them: "will enter into force after
# ratification" is a planned ratification.
_NOMINALS = frozenset({"ratification", "approval", "suspension", "withdrawal", "signing"})
# A step dated this many days or more before the article's own date is the treaty's history.
_STALE_DAYS = 8
_APPROVE = frozenset({"approved", "approve", "approves", "approving", "approval", "endorsed",
                      "backed", "passed"})  # fmt: skip
_SUSPEND = frozenset({"suspended", "suspend", "suspends", "suspending", "suspension"})
_WITHDRAW = frozenset(
    {"withdrew", "withdraw", "withdraws", "withdrawn", "withdrawing", "withdrawal", "quit",
     "quits", "exited", "exit", "revoked", "revoke", "scrapped", "scrap"}
)  # fmt: skip
_IN_FORCE = (
    ("into", "force"), ("in", "force"), ("into", "effect"), ("took", "effect"),
    ("takes", "effect"), ("take", "effect"),
)  # fmt: skip
_LAW_WORDS = frozenset({"law", "bill", "decree", "legislation"})
_LOWER_BODIES = (
    ("lower", "house"), ("state", "duma"), ("duma",), ("house", "of", "representatives"),
    ("sejm",), ("committee",), ("house", "of", "commons"),
)  # fmt: skip
_UPPER_BODIES = (("upper", "house"), ("federation", "council"), ("senate",))
_UNICAMERAL = (("verkhovna", "rada"), ("rada",), ("national", "assembly"), ("parliament",),
               ("knesset",), ("supreme", "people's", "assembly"))  # fmt: skip
_PLANNED_BEFORE = frozenset(
    {"will", "would", "could", "may", "might", "shall", "due", "set", "expected", "plans",
     "planned", "scheduled", "to", "agreed"}
)  # fmt: skip
_RELATIVE = frozenset({"who", "which"})
_NEGATIONS = frozenset({"not", "never", "n't", "yet", "refused", "declined", "failed"})
_SUBJECT_PRONOUNS = frozenset({"they", "we"})
_BASE_FORMS = frozenset(
    {"sign", "ratify", "approve", "suspend", "withdraw", "exit", "scrap", "revoke"}
)


@dataclass(frozen=True, slots=True)
class _Cue:
    stage: Stage
    start: int
    end: int
    verb_word: str
    # "has signed but never ratified the treaty": a state of affairs, not news of a step.
    context: bool = False


def find_events(
    s: Sentence,
    cues: list[ClaimCue],
    claim_tokens: set[int],
    quantities: list[Quantity],
    previous: Event | None,
) -> list[Event]:
    triggers = s.positions(TREATY_NOUNS)
    if not triggers and previous is not None:
        triggers = s.positions(REFERRING_NOUNS)
    if not triggers:
        return []
    events: list[Event] = []
    seen: set[tuple[Stage, int]] = set()
    for cue in _stage_cues(s):
        trigger = min(triggers, key=lambda t: abs(t - cue.start))
        if (cue.stage, trigger) in seen:
            continue  # "signed the law ratifying the treaty" is one ratification
        seen.add((cue.stage, trigger))
        if s.lowers[trigger] in {"deal"} and _money_near(s, trigger, quantities):
            continue  # a priced deal is a sale, reported as a quantity
        votes = cue.stage in {Stage.RATIFIED, Stage.APPROVED}
        body = _body(s, cue, claim_tokens) if votes else None
        stage = _refine(cue, body)
        parties = _parties(s, cue, trigger, claim_tokens, body)
        if len(parties) < 2 and previous is not None and s.lowers[trigger - 1] in {"the", "this"}:
            parties = parties + tuple(p for p in previous.parties if p not in parties)
        if s.lowers[trigger] in _NEEDS_STATES and not _states(s, parties):
            continue
        first, last = min(cue.start, trigger), max(cue.end, trigger + 1)
        start, end = s.char_span(first, last)
        events.append(
            Event(
                type="treaty",
                stage=stage,
                parties=parties,
                date=_date(s, cue),
                claimant=claimant_for(cues, cue.start),
                sentence=s.text,
                start=start,
                end=end,
                body=None if body is None else body[0],
                modality=_modality(s, cue, trigger),
            )
        )
    return events


def _stage_cues(s: Sentence) -> list[_Cue]:
    found: list[_Cue] = []
    for i in range(s.start, s.end):
        word = s.lowers[i]
        pair = tuple(s.lowers[i : i + 2])
        if pair in _IN_FORCE:
            found.append(_Cue(Stage.IN_FORCE, i, i + 2, word))
        elif word in _RATIFY:
            # "withdrawing Russia's ratification": the withdrawal is the step.
            undone = any(w in _WITHDRAW or w in _SUSPEND for w in s.lowers[max(s.start, i - 4) : i])
            if not (word in _NOMINALS and undone):
                found.append(_Cue(Stage.RATIFIED, i, i + 1, word))
        elif word in _APPROVE:
            found.append(_Cue(Stage.APPROVED, i, i + 1, word))
        elif word in _SUSPEND:
            found.append(_Cue(Stage.SUSPENDED, i, i + 1, word))
        elif word in _WITHDRAW:
            found.append(_Cue(Stage.WITHDRAWN, i, i + 1, word))
        elif word in _SIGN:
            law = _signs_a_law(s, i)
            if law is None:
                found.append(_Cue(Stage.SIGNED, i, i + 1, word))
            elif law:
                found.append(_Cue(Stage.RATIFIED, i, i + 1, word))
    negated = [c for c in found if _negated(s, c.start)]
    if negated:
        found = [_Cue(c.stage, c.start, c.end, c.verb_word, context=True)
                 for c in found if c not in negated]  # fmt: skip
    # "voted to ratify" / "approved ... ratification": one step, named by its strongest word.
    ratify = [c for c in found if c.stage is Stage.RATIFIED]
    if ratify:
        found = [c for c in found if c.stage is not Stage.APPROVED]
    return found


def _signs_a_law(s: Sentence, i: int) -> bool | None:
    """None when a treaty is signed; True when the head of state signs the law ratifying
    it ("signed the law on ratification"); False for any other law."""
    window = s.lowers[i + 1 : i + 5]
    if not any(w in _LAW_WORDS for w in window):
        return None
    scope = s.lowers[i + 1 : i + 9]
    if any(w in _WITHDRAW or w in _SUSPEND for w in scope):
        return False  # "signed a law withdrawing the ratification": the withdrawal is the step
    return any(w.startswith("ratif") for w in scope)


def _negated(s: Sentence, i: int) -> bool:
    return any(w in _NEGATIONS for w in s.lowers[max(s.start, i - 3) : i])


_BODIES = (
    *((phrase, "lower") for phrase in _LOWER_BODIES),
    *((phrase, "upper") for phrase in _UPPER_BODIES),
    *((phrase, "single") for phrase in _UNICAMERAL),
)


_BODY_FIRST = frozenset(phrase[0] for phrase, _ in _BODIES)


def _body(s: Sentence, cue: _Cue, claim_tokens: set[int]) -> tuple[str, str] | None:
    """(body as named, "lower" | "upper" | "single" | "head") of the acting body: the one
    named nearest the stage word, never the one that only reports it."""
    hits: list[tuple[int, str, str]] = []
    i = s.start
    while i < s.end:
        if s.lowers[i] not in _BODY_FIRST:
            i += 1
            continue
        for phrase, level in _BODIES:
            if i not in claim_tokens and tuple(s.lowers[i : i + len(phrase)]) == phrase:
                mention = s.mention_at.get(i)
                name = mention.entity if mention is not None else s.phrase(i, i + len(phrase))
                hits.append((abs(i - cue.start), name, level))
                i += len(phrase) - 1
                break
        i += 1
    if hits:
        # A chamber named outright beats "parliament" ("the lower house of parliament").
        _, name, level = min(hits, key=lambda h: (h[2] == "single", h[0]))
        return name, level
    if cue.stage is Stage.RATIFIED:
        for found in reversed(s.mentions):
            if found.kind == "person" and found.end <= cue.start:
                return (found.entity, "head")
    return None


def _refine(cue: _Cue, body: tuple[str, str] | None) -> Stage:
    if cue.stage in {Stage.RATIFIED, Stage.APPROVED} and body is not None:
        if body[1] == "lower":
            return Stage.APPROVED
        return Stage.RATIFIED
    return cue.stage


def _parties(
    s: Sentence,
    cue: _Cue,
    trigger: int,
    claim_tokens: set[int],
    body: tuple[str, str] | None,
) -> tuple[str, ...]:
    first = _scope(s, cue)[0]
    if trigger < first:
        first = s.clause_start(trigger)
    last = s.clause_end(max(cue.end - 1, trigger))
    names: list[str] = []
    if first > s.start and s.lowers[first - 1] in _RELATIVE:
        first -= 1
    if s.lowers[first] in _RELATIVE:
        # "Putin - who signed a pact with ...": the relative pronoun's antecedent signs.
        j = first - 1
        while j >= s.start and j not in s.mention_at and not s.texts[j].isalpha():
            j -= 1
        if j in s.mention_at:
            names.append(s.gazetteer.actor_of(s.mention_at[j].entity))
    for found in s.mentions_between(first, last):
        if found.start not in claim_tokens:
            names.append(s.gazetteer.actor_of(found.entity))
    if body is not None:
        entity = s.gazetteer.get(body[0])
        if entity is not None and entity.country:
            names.append(entity.country)
    if len(set(names)) < 2 and s.lowers[first] in _SUBJECT_PRONOUNS:
        # "Moscow and Pyongyang ... and they signed": the sentence's opening subjects.
        opening = s.mentions_between(s.start, s.clause_end(s.start))
        names.extend(s.gazetteer.actor_of(f.entity) for f in opening)
    ordered: list[str] = []
    for name in names:
        if name not in ordered:
            ordered.append(name)
    return tuple(ordered)


def _describes_treaty(s: Sentence, cue: _Cue) -> bool:
    """", signed on June 19" or "which was signed": a signing told as the treaty's history."""
    before = s.lowers[max(s.start, cue.start - 2) : cue.start]
    return bool(before) and (before[-1] == "," or before[-1] in {"which", "that"} or
                             (len(before) == 2 and before[0] in {"which", "that"}
                              and before[1] in {"was", "were"}))  # fmt: skip


def _states(s: Sentence, parties: tuple[str, ...]) -> bool:
    return any(
        (e := s.gazetteer.get(p)) is not None and e.kind in {"country", "org"} for p in parties
    )


def _money_near(s: Sentence, trigger: int, quantities: list[Quantity]) -> bool:
    lo, hi = s.char_span(max(s.start, trigger - 6), trigger + 1)
    return any(q.category in {"deal", "money"} and lo <= q.start < hi for q in quantities)


def _scope(s: Sentence, cue: _Cue) -> tuple[int, int]:
    """The clause of a stage word; "... and they signed" starts a clause of its own."""
    first, last = s.clause_start(cue.start), s.clause_end(cue.start)
    for j in range(cue.start - 1, first - 1, -1):
        if s.lowers[j] in _SUBJECT_PRONOUNS:
            return j, last
    return first, last


def _clause_dates(s: Sentence, cue: _Cue) -> list[DateSpan]:
    """Dates of the stage's clause, nearest first."""
    first, last = _scope(s, cue)
    inside = [d for d in s.dates if first <= d.start < last]
    return sorted(inside, key=lambda d: d.start - cue.end if d.start >= cue.end
                  else cue.start - d.end)  # fmt: skip


def _stale(s: Sentence, date: DateSpan) -> bool:
    """A month and day well before the article's own date (its dateline): the step is
    history ("the treaty, which entered into force on December 4", written in June)."""
    if s.reference is None:
        return False
    when = month_day(s.lowers, date)
    return when is not None and days_before(when, s.reference) >= _STALE_DAYS


def _date(s: Sentence, cue: _Cue) -> str | None:
    dates = _clause_dates(s, cue)
    return s.phrase(dates[0].start, dates[0].end) if dates else None


def _modality(s: Sentence, cue: _Cue, trigger: int) -> Modality:
    if cue.context:
        return Modality.BACKGROUND
    first, _ = _scope(s, cue)
    before = s.lowers[max(first, cue.start - 4) : cue.start]
    # "voted unanimously on Thursday to ratify": the vote is done, however far it stands.
    voted = any(w in {"voted", "votes"} for w in s.lowers[max(first, cue.start - 10) : cue.start])
    # Headlines tell past events in the present tense ("Kim and Putin sign defence pact").
    base_form = cue.verb_word in _BASE_FORMS and not (s.headline and "to" not in before)
    if cue.verb_word in _NOMINALS:
        before = s.lowers[s.start : cue.start]
    if any(w in FUTURE_MARKERS for w in before) or (
        not voted and (base_form or any(w in _PLANNED_BEFORE for w in before))
    ):
        return Modality.PLANNED
    dates = _clause_dates(s, cue)
    if dates and (dates[0].past or _stale(s, dates[0])):
        return Modality.BACKGROUND
    if cue.stage is Stage.SIGNED and cue.verb_word == "signed" and _describes_treaty(s, cue):
        return Modality.BACKGROUND
    # "the 1953 armistice": a year naming the treaty dates its signing.
    year_before = trigger - 1 >= s.start and s.lowers[trigger - 1].isdigit()
    if cue.stage is Stage.SIGNED and year_before:
        return Modality.BACKGROUND
    return Modality.REPORTED
