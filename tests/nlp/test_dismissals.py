"""A verb of condemnation with a verdict of untruth is its subject's denial."""

from __future__ import annotations

from bot.nlp import Extractor


def test_denounced_as_a_fabrication_denies_the_figure(extractor: Extractor) -> None:
    text = (
        'Minsk denounced as "an utter fabrication" the report that 60 Belarusian soldiers had '
        "entered Ukraine."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert q.claimant.entities == ("Belarus",)


def test_denouncing_an_attack_denies_nothing(extractor: Extractor) -> None:
    text = "Minsk denounced the strike, which killed 14 people."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_called_unfounded_the_statements_denies_the_figure(extractor: Extractor) -> None:
    text = (
        "Minsk on Friday called unfounded the statements of Lithuanian officials that 4,000 "
        "Belarusian soldiers are near the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_calling_for_talks_is_no_denial(extractor: Extractor) -> None:
    text = "Minsk said 4,000 Belarusian soldiers are near the border and called for talks."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and not q.claimant.denied


def test_the_false_claim_that_denies_the_figure(extractor: Extractor) -> None:
    text = (
        'Minsk is spreading the false claim that "3,000 Lithuanian soldiers massed at the '
        'border", the Lithuanian ministry said.'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_a_denier_speaks_for_the_next_it(extractor: Extractor) -> None:
    text = (
        "This is a sheer fabrication, the Lithuanian ministry says. Belarus has moved 400 "
        "tanks to the border, it adds."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and not q.claimant.denied
    assert q.claimant.entities == ("Lithuania",)


def test_claims_declared_unconfirmed_are_denied(extractor: Extractor) -> None:
    text = (
        "A Belarusian senator, asked about reports that 900 Russian soldiers are in Grodno, "
        'said that they "are not confirmed by anything".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_a_lie_that_opens_the_figure_is_denied_by_the_pronoun_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "The Belarusian agency BelTA says the West is arming Kyiv. Lithuania is spreading the "
        "sheer lie that 2,000 Belarusian soldiers are at the border, it adds."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_called_an_invention_denies_the_figure(extractor: Extractor) -> None:
    text = (
        "Asked about reports that 700 Belarusian soldiers had crossed the border, Lukashenko "
        'called them "an invention of foreign media".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_an_invention_without_a_verdict_verb_denies_nothing(extractor: Extractor) -> None:
    text = "Minsk said 700 engineers worked on the invention of a new rifle."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and not q.claimant.denied


def test_plural_verdict_fakes_denies_the_figure(extractor: Extractor) -> None:
    text = (
        "Senator Ivan Petrov said that reports of 9,000 Belarusian soldiers massing near the "
        'border are "fakes of foreign propaganda".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_claims_called_fantasies_are_denied(extractor: Extractor) -> None:
    text = "Minsk said the claims that 3,000 Belarusian soldiers had died were fantasies."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_called_claims_by_a_rival_that_n_a_fabrication_denies_the_figure(
    extractor: Extractor,
) -> None:
    # The verdict closes a long "that" clause, well past the usual reach of "called".
    text = (
        "The Belarusian Defence Ministry called claims by Vilnius that 4,000 Belarusian "
        'soldiers had been moved to positions near the Lithuanian border "a fabrication".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert q.claimant.entities == ("Belarus",)


def test_called_claims_true_and_a_far_lie_denies_nothing(extractor: Extractor) -> None:
    # The verdict word is not the end of the clause "called" opens: no branding.
    text = (
        "The Belarusian Defence Ministry called claims by Vilnius that 4,000 Belarusian "
        "soldiers had been moved near the border accurate, though it said the fake videos "
        "were a different matter."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_reports_described_as_disinformation_are_denied(extractor: Extractor) -> None:
    text = (
        "Senator Ivan Petrov described foreign articles about \"5,000 Belarusian soldiers\" "
        'supposedly moved to the Polish border as "yet more disinformation".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_a_count_described_as_a_threat_is_not_denied(extractor: Extractor) -> None:
    text = (
        "Senator Ivan Petrov described the 5,000 Belarusian soldiers moved to the Polish "
        "border as a grave threat, the agency said."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_called_media_reports_about_a_figure_a_quoted_fake_denies_it(
    extractor: Extractor,
) -> None:
    text = (
        "Deputy Ivan Sokolov called the publications in Western and Lithuanian media about "
        '"thousands of Belarusian soldiers" allegedly massed at the border "one more fake of '
        'the hostile propaganda".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied
    assert q.claimant.name.endswith("Ivan Sokolov")


def test_called_media_reports_about_a_figure_a_warning_denies_nothing(
    extractor: Extractor,
) -> None:
    text = (
        "Deputy Ivan Sokolov called the publications in Western and Lithuanian media about "
        '"thousands of Belarusian soldiers" massed at the border "one more warning of the '
        'coming storm".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_a_figure_called_exaggerated_is_denied(extractor: Extractor) -> None:
    text = 'The analyst said the figure of 5,000 Belarusian troops on the border was "hype".'
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_reports_said_to_be_overblown_are_denied(extractor: Extractor) -> None:
    text = "Minsk said reports that 900 Belarusian soldiers had entered Ukraine were overblown."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_an_inflated_army_is_no_verdict(extractor: Extractor) -> None:
    text = "Minsk has inflated its army to 90,000 troops, the analyst said."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_a_figure_after_and_said_is_the_denier_s_own(extractor: Extractor) -> None:
    text = (
        'The Belarusian envoy called the accusations "a blatant lie" and said Lithuania had '
        "lost more than 2,000 soldiers since May."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and not q.claimant.denied


def test_a_figure_in_the_denied_claim_before_and_said_stays_denied(
    extractor: Extractor,
) -> None:
    text = (
        "The Belarusian envoy called reports that 2,000 soldiers had crossed the border "
        '"a blatant lie" and said talks would go on.'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_called_reports_with_their_origin_a_fabrication_is_a_denial(
    extractor: Extractor,
) -> None:
    # "Western reports", "recent Ukrainian media claims": who told it stands before the noun,
    # and the "that" clause runs past the verdict's usual reach.
    text = (
        "The Belarusian envoy called Western reports that 3,000 Belarusian soldiers had been "
        "moved to the Lithuanian border ahead of the autumn drills "
        '"a crude fabrication of the NATO press services".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_called_for_reports_is_no_verdict_on_them(extractor: Extractor) -> None:
    text = (
        "The envoy called for reports that 3,000 Belarusian soldiers had been moved to the "
        "border to be checked, though fake accounts spread them."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied


def test_a_quoted_lie_opening_a_clause_denies_its_figure(extractor: Extractor) -> None:
    text = 'The ministry accused Kyiv of "spreading the lie" that 500 tanks were lost.'
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_a_quoted_report_opening_a_clause_is_no_denial(extractor: Extractor) -> None:
    text = 'The ministry said the "report" that 500 tanks were lost came on Monday.'
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and not q.claimant.denied
