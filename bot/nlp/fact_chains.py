"""The rules that revise what a sentence's own reading found, against the sentences before
it, and the rules that revise a whole document's facts once every sentence is read. Each rule
is a step in a chain: facts in, facts out."""

from __future__ import annotations

from bot.models import Event, Mention, Quantity
from bot.nlp.according_months import according_months
from bot.nlp.answered_sides import answered_sides
from bot.nlp.asked_counts import asked_counts
from bot.nlp.asked_hypotheticals import asked_hypotheticals
from bot.nlp.asked_troop_sides import asked_troop_sides
from bot.nlp.background_labels import background_paragraphs
from bot.nlp.background_sections import background_sections
from bot.nlp.bare_count_sides import bare_count_sides
from bot.nlp.book_reviews import reviewed_history
from bot.nlp.box_sections import box_section_facts
from bot.nlp.box_sides import box_sides
from bot.nlp.box_titles import box_title_sources
from bot.nlp.bracketed_sources import bracketed_sources
from bot.nlp.branded_figures import branded_figures
from bot.nlp.capped_steps import capped_steps
from bot.nlp.carried_dates import carried_date_figures, carried_date_steps
from bot.nlp.clause_possessives import clause_possessive_owner
from bot.nlp.clause_sources import rival_owners
from bot.nlp.cleared_sales import cleared_sales
from bot.nlp.closing_brackets import closing_bracket_sources
from bot.nlp.compared_armies import compared_armies
from bot.nlp.compared_estimates import compared_estimates
from bot.nlp.completed_steps import completed_parts
from bot.nlp.context import Sentence, Tokens
from bot.nlp.contingent_owners import contingent_owners
from bot.nlp.cost_owners import cost_owner
from bot.nlp.count_of_sources import count_of_sources
from bot.nlp.counterpart_parties import counterpart_parties
from bot.nlp.country_headings import country_heading_owners
from bot.nlp.dash_tallies import dash_tallies
from bot.nlp.dated_reports import dated_report_figures
from bot.nlp.definite_deals import definite_deal_owner
from bot.nlp.definite_parts import definite_part_owner
from bot.nlp.denied_questions import denied_questions
from bot.nlp.downed_owners import downed_owners
from bot.nlp.enemy_sides import enemy_losses
from bot.nlp.enemy_sources import enemy_sources
from bot.nlp.estimate_subjects import estimate_subject_owner
from bot.nlp.estimate_workings import worked_estimates
from bot.nlp.estimated_forces import estimated_force_owner
from bot.nlp.explainers import explained_steps
from bot.nlp.fact_check_verdicts import fact_check_denials
from bot.nlp.force_noun_losses import force_noun_loss_owner
from bot.nlp.formation_owners import formation_owners
from bot.nlp.fronted_partitives import partitive_owner
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.gloss_owners import glosses_follow
from bot.nlp.goods_deal_owners import goods_deal_owner
from bot.nlp.group_losses import group_loss_owner
from bot.nlp.group_makeups import group_makeup_owner
from bot.nlp.group_owners import group_owner, part_owner
from bot.nlp.group_sizes import sized_groups
from bot.nlp.headline_actors import headline_owners
from bot.nlp.headline_chambers import headline_chamber_votes
from bot.nlp.headline_signed_laws import headline_ratifying_signatures
from bot.nlp.helped_makers import helped_maker
from bot.nlp.included_part_owners import included_part_owners
from bot.nlp.interview_answers import interview_answers
from bot.nlp.joined_armies import joined_army_owner
from bot.nlp.judged_steps import judged_steps
from bot.nlp.korean_owners import korean_owner
from bot.nlp.labelled_counts import labelled_figures
from bot.nlp.labelled_turns import witness_claims
from bot.nlp.later_steps import later_steps
from bot.nlp.law_signings import signed_into_law
from bot.nlp.lead_in_sides import lead_in_sides
from bot.nlp.list_subjects import list_subjects
from bot.nlp.listed_demonyms import listed_demonym_owner
from bot.nlp.listed_estimates import listed_estimate_owner
from bot.nlp.listed_source_sides import listed_source_sides
from bot.nlp.local_pacts import without_local_pacts
from bot.nlp.made_parts import made_goods
from bot.nlp.member_votes import member_votes
from bot.nlp.month_briefings import month_briefing_figures
from bot.nlp.month_follow_ons import month_follow_on_figures
from bot.nlp.named_tolls import named_toll_owner
from bot.nlp.needed_steps import needed_steps
from bot.nlp.ongoing_steps import ongoing_steps
from bot.nlp.page_parts import drop_restated
from bot.nlp.partitive_wholes import dated_wholes
from bot.nlp.piece_counts import piece_counts
from bot.nlp.plant_owners import plant_owners
from bot.nlp.possessed_deployments import possessed_deployment_owner
from bot.nlp.possessive_losses import possessive_loss_owner
from bot.nlp.prior_clauses import prior_clause_steps
from bot.nlp.production_owners import production_owners
from bot.nlp.pronoun_parts import pronoun_part_owner
from bot.nlp.pronoun_restatements import restated_owners
from bot.nlp.pronoun_tolls import pronoun_tolls
from bot.nlp.pull_quotes import drop_pull_quotes
from bot.nlp.quoted_echoes import drop_quoted_echoes
from bot.nlp.recalled_steps import drop_recalled_steps
from bot.nlp.recap_tails import recap_tail_figures
from bot.nlp.recruited_forces import recruited_force_owner
from bot.nlp.relative_senders import relative_sender
from bot.nlp.reported_troop_owners import reported_troop_owner
from bot.nlp.reporting_sides import reporting_sides
from bot.nlp.required_steps import required_steps
from bot.nlp.revisions import older_estimates
from bot.nlp.said_when_steps import said_when_steps
from bot.nlp.same_day_steps import same_day_steps
from bot.nlp.same_occasions import same_occasion_steps
from bot.nlp.sent_appositive_counts import sent_appositive_counts
from bot.nlp.since_events import since_event_figures
from bot.nlp.source_labels import source_label_owners
from bot.nlp.sourced_value_lines import source_line_owners
from bot.nlp.staff_tallies import staff_tally_sources
from bot.nlp.stamped_headings import drop_stamped_headings
from bot.nlp.step_history import earlier_steps
from bot.nlp.step_occasions import occasion_steps
from bot.nlp.subheads import drop_restated_bullets, drop_restated_subheads
from bot.nlp.summary_bullets import drop_bulleted_restatements
from bot.nlp.summed_deals import summed_deals
from bot.nlp.tally_lists import continued_tally, included_shares
from bot.nlp.timeline_entries import timeline_entries
from bot.nlp.toll_references import toll_owner
from bot.nlp.transcripts import answers_for_host
from bot.nlp.unit_members import unit_member_owner
from bot.nlp.unowned_sendings import unowned_sendings
from bot.nlp.unowned_tolls import unowned_tolls
from bot.nlp.within_openers import within_anchor_figures
from bot.nlp.yearless_timelines import yearless_timelines


def sentence_quantities(
    s: Sentence, found: list[Quantity], just_told: list[Quantity], mentions: list[Mention]
) -> list[Quantity]:
    """A sentence's figures after the rules that read them with the figures told just before
    (`just_told`) and the mentions so far: tallies, group sizes, owners, the enemy's losses, whose
    weapons were shot down."""
    if not found:
        return found  # most sentences read: every rule below revises figures found
    found = dash_tallies(s, found, just_told, mentions)  # "• tanks – 9,402 (+5)": losses
    found = piece_counts(s, found, just_told)  # "24 pcs. of howitzers": what pieces count
    found = asked_counts(s, found, mentions, just_told)  # "How many ...?" "About 11,000."
    found = continued_tally(s, asked_hypotheticals(s, found), just_told)  # "If N went, ...?"
    found = rival_owners(s, sized_groups(s, labelled_figures(s, found)))  # "Army: 1.3m troops"
    found = part_owner(s, group_owner(s, found, mentions), mentions)
    found = group_makeup_owner(s, found, mentions)  # "a group from X ... the group consisted of"
    found = pronoun_part_owner(s, found, mentions)  # "Kim ... 6,000 of his soldiers"
    found = source_label_owners(s, found)  # "- Ukraine's HUR: 5,000 casualties": HUR's
    found = listed_estimate_owner(s, found, mentions)  # "X casualties:" / "- HUR: 4,000"
    found = bare_count_sides(s, found, mentions)  # "North Korean units ... About 3,000 have"
    found = reported_troop_owner(s, found)  # "North Korean troops ... 1,000 soldiers"
    found = clause_possessive_owner(s, found)  # "X is training ..., while its losses ..."
    found = group_loss_owner(s, found)  # "North Korean units whose losses have passed N"
    found = possessive_loss_owner(s, found)  # "the DPRK contingent ... and that its losses"
    found = force_noun_loss_owner(s, found)  # "units ... that the contingent's losses"
    found = relative_sender(s, found)  # "the 14,000 soldiers that Seoul says X has sent"
    found = sent_appositive_counts(s, found)  # "the troops it sent ..., 15,000 of them"
    found = cost_owner(s, found)  # "Russian forces took X at a cost of N casualties"
    found = joined_army_owner(s, found)  # "N soldiers joined the Russian army": Russia's
    found = recruited_force_owner(s, found)  # "X said 400,000 had been recruited": X's state
    found = estimated_force_owner(s, found)  # "rebuild a force that Kyiv puts at 600,000"
    found = possessed_deployment_owner(s, found)  # "X's deployment ..., which Y puts at"
    found = helped_maker(s, found)  # "helped the North build a line ... 100 drones a month"
    found = toll_owner(s, found, just_told)  # "... the toll had since passed 6,000 killed"
    found = named_toll_owner(s, found)  # "put the North Korean toll at about 4,000 killed"
    found = definite_part_owner(s, found, just_told)  # "... 6,000 of the soldiers"
    found = definite_deal_owner(s, found, just_told)  # "... signed a contract. ... the deal at"
    found = cleared_sales(s, found)  # "approved a possible $1.2 billion sale of X to Poland"
    found = estimate_subject_owner(s, found, just_told)  # "Its estimate ... was about 4,700"
    found = worked_estimates(s, found, just_told)  # "... estimated last year. Its calculation"
    found = partitive_owner(s, found, just_told)  # "Of the initial contingent of 11,000, ..."
    found = dated_wholes(s, found)  # "4,000 of the 11,000 soldiers sent last year"
    found = enemy_losses(s, included_shares(s, found), just_told)
    found = dated_report_figures(s, found)  # "its report last week that 1,500 had ..."
    found = since_event_figures(s, found)  # "has held two since January, when they were"
    found = month_briefing_figures(s, found)  # "put them at 6,000 in its November briefing"
    found = recap_tail_figures(s, found)  # "..., figures it gave lawmakers in April."
    found = within_anchor_figures(s, found)  # "Within weeks of the Duma vote, ... 11,000"
    found = carried_date_figures(s, found)  # "... began in 2023. Within weeks, 4,000 ..."
    found = month_follow_on_figures(s, found, just_told)  # "In April, ... . The agency put"
    found = downed_owners(s, found, just_told)  # "shot down 429 of the drones": the launcher's
    found = listed_demonym_owner(s, found)  # "9,000 Russian tanks, 18,000 vehicles and ..."
    found = korean_owner(s, found, mentions)  # "nine Korean sappers" after only the North
    found = included_part_owners(s, found)  # "12,000 troops, including 1,000 deminers"
    found = unit_member_owner(s, found, mentions)  # "engineer units of the KPA ... 18 engineers"
    found = compared_armies(s, found, just_told)  # "64,000 troops against Armenia's 42,000"
    found = goods_deal_owner(s, found)  # "a contract for 72 launchers, worth $1.7 billion"
    found = made_goods(s, found)  # "Shahed drones ... A plant turns out 2,500 of them"
    return lead_in_sides(s, found, mentions)  # "Estimates of X casualties:" then "• May: ..."


def sentence_events(
    s: Sentence, found: list[Event], previous: Event | None, events: list[Event]
) -> list[Event]:
    """A sentence's treaty steps after the rules that read them with the step told before
    (`previous`) and every step so far (`events`)."""
    if found:  # both only revise steps found
        found = later_steps(s, found, previous)
        found = completed_parts(s, found, previous)  # "... completed ratification. X signed"
    found = signed_into_law(s, found, previous)
    found = needed_steps(s, found, previous)
    if not found:
        return found  # most sentences: every rule below only revises steps found
    found = required_steps(s, found)  # "It requires the approval of the Diet"
    found = reporting_sides(s, found)  # "KCNA reported the treaty with Russia"
    found = prior_clause_steps(s, found)
    found = carried_date_steps(s, found)  # "... on June 19, 2019. Instead, they signed ..."
    found = said_when_steps(s, found)  # "X said when the pact was signed that ..."
    found = drop_recalled_steps(s, found)  # "X condemned the pact when it was signed"
    found = member_votes(s, found, events)  # "The Duma approved ... Deputies also ratified"
    found = judged_steps(s, found, events)  # '"The ratification ... is a clear signal"'
    found = same_occasion_steps(s, found, events)  # "... signed at the same meeting"
    found = same_day_steps(s, found, events)  # "signed on the same day as the agreement"
    found = ongoing_steps(s, capped_steps(s, found))  # "comes as X completes ratification"
    found = without_local_pacts(found)  # '"The treaty was signed ...," said the mayor'
    return occasion_steps(s, found, events)


def document_facts(
    tokens: Tokens,
    headline: int | None,
    mentions: list[Mention],
    quantities: list[Quantity],
    events: list[Event],
    gazetteer: Gazetteer,
) -> tuple[list[Quantity], list[Event]]:
    """The document's figures and steps after the rules that need all of it: restated
    subheads and bullets, interview answers, the headline's summary, retold history."""
    text = tokens.text
    quantities = bracketed_sources(text, mentions, quantities, gazetteer)  # "• 9 — X (NIS)"
    quantities = drop_restated_subheads(text, older_estimates(quantities))
    quantities = drop_stamped_headings(text, quantities)  # "12.10 GMT Russia fired 1,500 ..."
    quantities, events = drop_restated_bullets(text, quantities, events)
    quantities = answers_for_host(text, mentions, quantities, gazetteer)
    quantities = interview_answers(text, mentions, quantities, gazetteer)
    quantities = witness_claims(text, quantities)  # "GEN. MENDEZ: ... about 11,000"
    quantities = answered_sides(text, mentions, quantities, gazetteer)  # "Q: How many X ...?"
    quantities = denied_questions(text, mentions, quantities, gazetteer)  # "Q: ... A: Lies."
    quantities = formation_owners(drop_bulleted_restatements(quantities))  # "The 11th Corps"
    quantities = drop_quoted_echoes(text, quantities)  # 'Today it is "12,000 soldiers"'
    quantities = branded_figures(text, mentions, quantities)  # '... branded the "figures" lies'
    quantities, events = drop_pull_quotes(text, quantities, events)  # '"..." — Name' again
    # "... 18,000 North Koreans ... The NIS counted about 300 dead": the side just counted.
    quantities = unowned_tolls(tokens, mentions, quantities, gazetteer)
    quantities = summed_deals(quantities)  # "Altogether, Warsaw has signed contracts worth"
    # "The NIS's current count is about 15,000 troops sent in all": the text's lone sender.
    quantities = unowned_sendings(tokens, mentions, quantities, gazetteer)
    quantities = contingent_owners(tokens, quantities)  # "The contingent remains at 11,000"
    # "a deployment the NIS puts at 9,000 troops ... about 2,800 dead": a sending just owned
    # above is the side a toll after it counts.
    quantities = unowned_tolls(tokens, mentions, quantities, gazetteer)
    quantities = compared_estimates(text, quantities)  # "while X puts the number higher, at"
    quantities = pronoun_tolls(text, mentions, quantities, gazetteer)  # "puts them at 6,900"
    quantities = restated_owners(text, quantities)  # "Nigeria puts it at about 3,000."
    quantities = plant_owners(text, mentions, quantities, gazetteer)  # "the plant turns out"
    quantities = production_owners(text, mentions, quantities, gazetteer)  # "they make 2,700"
    if headline is not None:
        quantities = headline_owners(quantities, tokens.chars(*tokens.sentences[0])[1])
        # "President signs treaty" over the ratification law he signed: its ratification.
        events = headline_ratifying_signatures(events, text, tokens.chars(*tokens.sentences[0])[1])
        quantities, events = drop_restated(tokens, headline, quantities, events)
        events = headline_chamber_votes(events, tokens.chars(*tokens.sentences[0])[1])
        events = counterpart_parties(  # "X and his South Korean counterpart signed"
            events, mentions, gazetteer, tokens.chars(*tokens.sentences[0])[1]
        )
    # A headline sums up the body's news, whose own telling is not a retelling.
    body = tokens.chars(*tokens.sentences[0])[1] if headline is not None else 0
    quantities = box_title_sources(text, mentions, quantities, gazetteer)  # "KEY POINTS OF NIS"
    quantities = country_heading_owners(text, mentions, quantities, gazetteer)  # "POLAND"
    quantities = listed_source_sides(text, quantities)  # "* HUR (Nov. 18): 11,000 troops"
    quantities = box_section_facts(text, mentions, quantities, gazetteer, body)  # "TROOPS"
    quantities = closing_bracket_sources(text, mentions, quantities, gazetteer)  # ": 9 (HUR)"
    quantities = box_sides(text, mentions, quantities, gazetteer, body)  # "Losses: 9 killed"
    quantities = count_of_sources(text, mentions, quantities, gazetteer)  # "by the count of X"
    quantities = according_months(text, quantities)  # "according to X, in March."
    events = earlier_steps(events, gazetteer, body)
    quantities, events = background_paragraphs(text, quantities, events)  # "Background: ..."
    quantities, events = background_sections(text, quantities, events)  # "EARLIER ESTIMATES"
    quantities, events = timeline_entries(text, quantities, events)  # "JANUARY", "Oct. 24 -"
    quantities, events = yearless_timelines(text, quantities, events)  # "Here is how:" "OCT 18 -"
    quantities = list_subjects(text, mentions, quantities, gazetteer)  # "Estimates of X force:"
    quantities = source_line_owners(text, mentions, quantities, gazetteer)  # "• HUR, now: N"
    quantities = asked_troop_sides(text, mentions, quantities, gazetteer)  # "How many troops?"
    quantities = enemy_sources(text, quantities)  # "losses of the enemy ...": whose enemy
    quantities = staff_tally_sources(quantities)  # "the General Staff": the loser's opponent
    quantities, events = reviewed_history(text, quantities, events)  # "Book review: ..."
    quantities, events = fact_check_denials(text, quantities, events)  # "Our verdict: False"
    quantities = glosses_follow(text, quantities)  # "PLN 6.48 billion ($1.64 billion)"
    return quantities, explained_steps(text, events)
