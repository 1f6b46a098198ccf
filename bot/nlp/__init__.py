"""Extraction core: text in, Facts (mentions, quantities, treaty events) out. Pure: no I/O
beyond loading the spaCy pipeline and the bundled alias table."""

from bot.nlp.extractor import Extractor, default_extractor, extract
from bot.nlp.gazetteer import Entity, Gazetteer, default_gazetteer
from bot.nlp.numbers import parse_number
from bot.nlp.units import normalise_measure

__all__ = [
    "Entity",
    "Extractor",
    "Gazetteer",
    "default_extractor",
    "default_gazetteer",
    "extract",
    "normalise_measure",
    "parse_number",
]
