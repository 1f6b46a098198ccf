""""The Kremlin published the signed law", "a copy of the signed treaty": "signed" standing
between a determiner and the document's noun describes the paper as it is now, whoever signed
it and whenever. Read as a verb it told the signing (or the law's ratification) again as news
from a sentence that only handles the document.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.treaty_words import LAW_WORDS, TREATY_NOUNS

_DETERMINERS = frozenset(
    {"the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "each", "every"}
)
_DOCUMENTS = TREATY_NOUNS | LAW_WORDS | frozenset({"document", "documents", "copy", "text"})


def signed_attribute(s: Sentence, i: int) -> bool:
    """Whether the "signed" at token i is an adjective before a document: "the signed law"."""
    if s.lowers[i] != "signed" or i <= s.start or i + 1 >= s.end:
        return False
    return s.lowers[i - 1] in _DETERMINERS and s.lowers[i + 1] in _DOCUMENTS
