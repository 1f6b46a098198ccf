"""A paragraph labelled "Background:" recaps earlier news (`bot.nlp.background_labels`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_labelled_background_paragraph_is_background(extractor: Extractor) -> None:
    text = (
        "Ukraine's navy said on Friday it had struck a Russian landing ship near Sevastopol.\n"
        "Background: In early June, the navy put Russian losses in the south at about 2,400 "
        "killed and wounded. The Black Sea Fleet has lost about 20 warships, the navy says."
    )
    found = {q.value: q.modality for q in extractor.extract(text).quantities}
    assert found == {2400: Modality.BACKGROUND, 20: Modality.BACKGROUND}


def test_a_plan_in_a_background_paragraph_stays_planned(extractor: Extractor) -> None:
    text = (
        "The ministry opened a new training camp on Friday.\n"
        "Background: In May, the minister said the army would recruit 5,000 drone operators."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 5000
    assert q.modality is Modality.PLANNED


def test_a_details_paragraph_is_still_news(extractor: Extractor) -> None:
    text = (
        "Ukraine's navy said on Friday it had struck a Russian landing ship near Sevastopol.\n"
        "Details: The navy said Russia had lost about 2,400 marines in the south."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_background_mid_sentence_is_no_label(extractor: Extractor) -> None:
    text = "The navy said the background: Russia had lost about 2,400 marines in the south."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
