"""A correction note printed at the foot of a story: "Correction: An earlier version of this
article said the treaty was signed in Paris.", "An earlier version of this story wrongly said
the parliament had approved it in March". What the note reports is what the story got wrong,
told again only to withdraw it; the story itself tells the step as it happened, so no treaty
step is read from what the note says the story said. A note that fixes a detail of a step
("misstated the month in which the State Duma approved the treaty") affirms the step itself,
which is kept. (Its figures are left alone: a withdrawn figure still names what
the story counted, and the gold keeps them as background.)"""

from __future__ import annotations

from bot.nlp.context import Sentence

# "an earlier version of", "a previous version of", "the original version of".
_EARLIER = frozenset({"earlier", "previous", "original", "prior"})
# What a note corrects is the story itself: "of this article", "of the 07.15 post". "The
# earlier version of the treaty was signed in 1990" tells the treaty's own history instead.
_STORY_NOUNS = frozenset(
    {"article", "story", "post", "report", "dispatch", "blog", "item", "entry", "explainer",
     "summary", "piece", "caption", "headline", "analysis", "column", "briefing"}
)  # fmt: skip
_STORY_REACH = 4  # "of the 9:10 a.m. entry"
# "said", "wrongly said", "incorrectly reported": what the withdrawn text told.
_SAYINGS = frozenset({"said", "reported", "stated", "wrote", "claimed", "suggested"})
_NOTE_REACH = 8  # "Correction, 7 November 2024: An earlier version": a dated label first


def withdrawn_step(s: Sentence, at: int) -> bool:
    """Whether the step word at `at` is what a correction note says an earlier version of the
    story said: the note opens the sentence (after at most a label) with "an earlier version
    of" this story, and "said" comes between it and the step."""
    if "version" not in s.words or _EARLIER.isdisjoint(s.words):
        return False  # nearly every sentence, told by one scan in C
    lowers = s.lowers
    for i in range(s.start, min(s.end - 2, s.start + _NOTE_REACH)):
        if lowers[i] in _EARLIER and lowers[i + 1] == "version" and lowers[i + 2] == "of":
            story = lowers[i + 3 : i + 3 + _STORY_REACH]
            return (
                lowers[i - 1 : i] in (["an"], ["a"], ["the"])
                and (story[:1] == ["this"] or not _STORY_NOUNS.isdisjoint(story))
                and not _SAYINGS.isdisjoint(lowers[i + 3 : at])
            )
    return False
