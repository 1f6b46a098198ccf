"""A refusal to comment on a scare-quoted verdict of untruth denies the figure it names
(`bot.nlp.commented_verdicts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_no_comment_on_quoted_speculation_is_a_denial(extractor: Extractor) -> None:
    text = (
        "A ministry spokesman told reporters that Minsk did not comment on \"speculation\" by "
        "Polish media about 4,000 Belarusian troops near the border."
    )
    figure = extractor.extract(text).quantities[0]
    assert figure.value == 4000
    assert figure.claimant is not None and figure.claimant.denied


def test_declining_to_comment_on_what_he_called_fabrications(extractor: Extractor) -> None:
    text = (
        "The spokesman said Minsk would not comment on what he called \"fabrications\" "
        "about 2,000 Belarusian soldiers killed."
    )
    figure = extractor.extract(text).quantities[0]
    assert figure.claimant is not None and figure.claimant.denied


def test_no_comment_on_plain_reports_denies_nothing(extractor: Extractor) -> None:
    # Near miss: a refusal without a verdict judges nothing.
    text = (
        "A ministry spokesman told reporters that Minsk did not comment on reports by Polish "
        "media about 4,000 Belarusian troops near the border."
    )
    figure = extractor.extract(text).quantities[0]
    assert figure.claimant is not None and not figure.claimant.denied


def test_unquoted_speculation_is_the_writers_word(extractor: Extractor) -> None:
    # Near miss: without quote marks the word is the writer's, not the source's verdict.
    text = (
        "A ministry spokesman told reporters that Minsk did not comment on speculation by "
        "Polish media about 4,000 Belarusian troops near the border."
    )
    figure = extractor.extract(text).quantities[0]
    assert figure.claimant is not None and not figure.claimant.denied
