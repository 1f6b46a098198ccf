"""Lists and fact boxes whose lead-in or title names the force they count
(`bot.nlp.list_subjects`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_lead_ins_force_owns_each_estimators_line(extractor: Extractor) -> None:
    text = (
        "Officials in Tokyo declined to comment.\n"
        "Estimates of the Chinese force in Belarus vary:\n"
        "- Ukraine's military intelligence: about 900 killed or wounded\n"
    )
    found = [(q.value, q.category, q.actor) for q in extractor.extract(text).quantities]
    assert (900, "casualty", "China") in found


def test_a_box_titles_force_owns_its_unowned_counts(extractor: Extractor) -> None:
    text = (
        "FACTBOX-What we know about Chinese troops in Belarus\n"
        "Japan's Ministry of Defense:\n"
        "About 8,000 soldiers since March.\n"
    )
    found = [(q.value, q.actor) for q in extractor.extract(text).quantities]
    assert (8000, "China") in found


def test_a_news_headlines_force_is_not_every_figures(extractor: Extractor) -> None:
    text = (
        "Chinese troops arrive in Belarus\n"
        "Japan's Ministry of Defense:\n"
        "About 8,000 soldiers since March.\n"
    )
    found = [(q.value, q.actor) for q in extractor.extract(text).quantities]
    assert (8000, "China") not in found


def test_a_loss_lists_personnel_line_counts_casualties(extractor: Extractor) -> None:
    text = (
        "The ministry released its weekly update.\n"
        "As the ministry put it, the enemy's losses so far are as follows:\n"
        "- personnel: about 640,300, including 920 in the past week\n"
        "- tanks: 8,100\n"
    )
    found = [(q.value, q.category) for q in extractor.extract(text).quantities]
    assert (640300, "casualty") in found
    assert (920, "casualty") in found


def test_a_deployment_lists_personnel_line_stays_troops(extractor: Extractor) -> None:
    text = (
        "The ministry released its weekly update.\n"
        "As the ministry put it, the forces sent abroad so far are as follows:\n"
        "- personnel: about 6,300, including 920 in the past week\n"
        "- tanks: 81\n"
    )
    found = [(q.value, q.category) for q in extractor.extract(text).quantities]
    assert (6300, "casualty") not in found
