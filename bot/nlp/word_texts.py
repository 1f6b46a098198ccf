"""Token texts by their ORTH ids. A document's words are mostly words met before, so each
token's text is one dict look-up in C rather than a new string cut from the text; the
texts are then shared objects whose hashes are computed once, for every later set test."""

from __future__ import annotations

from spacy.strings import StringStore

# New words (every figure is one) grow the memo; past this many words it starts afresh.
_MAX_WORDS = 200_000


class WordTexts(dict[int, str]):
    """ORTH id -> the word. An id is the hash of the word, the same in every vocabulary, so
    one memo serves them all; a word not met before is read from `strings`, the vocabulary
    of the document being read (its tokenizer put every token's text there)."""

    def __init__(self) -> None:
        super().__init__()
        self.strings: StringStore | None = None

    def __missing__(self, orth: int) -> str:
        if self.strings is None:
            raise KeyError(orth)
        word = self[orth] = self.strings[orth]
        return word

    def texts(self, orths: list[int], strings: StringStore) -> list[str]:
        """The texts of the tokens whose ORTH ids are `orths`."""
        if len(self) > _MAX_WORDS:
            self.clear()
        self.strings = strings
        return list(map(self.__getitem__, orths))


WORD_TEXTS = WordTexts()
