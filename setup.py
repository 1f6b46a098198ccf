"""The compiled build of the extraction rules' hottest modules.

`pip install .` compiles the modules below to C extensions with mypyc (it ships with mypy,
which pyproject.toml's build requirements bring) and the rules run about a third faster; the
facts are the same byte for byte (CI compares the whole gold set's output both ways). On a
machine without a C compiler or Python's headers the extensions fail one by one, each with a
warning, and the package installs as plain Python.

An editable install (`pip install -e .`, the test command) stays plain Python: an extension
module next to its .py source wins the import, so an edited .py would silently not run.

    TRIPWIRE_MYPYC=0 pip install .                          # plain Python, no compiler needed
    TRIPWIRE_MYPYC=1 python setup.py build_ext --inplace    # compiled in the checkout (CI)
"""

from __future__ import annotations

import os
import sys

from setuptools import setup

# The modules where profiles of `tripwire eval` and benchmarks/nlp_speed.py spend their time,
# hottest first. Compiling every rule module would triple the build time for little more speed.
HOT_MODULES = (
    "extractor", "sentence_cues", "sentence_facts", "sentence_sources", "context", "events",
    "claimant_names", "mentions", "claims", "step_cues", "candidates", "step_time", "dates",
    "statements", "references", "match_spans", "fact_chains", "dismissals", "number_reading",
    "claim_subjects", "step_parties", "page_parts", "pipeline", "gazetteer", "name_phrases",
    "contracts", "dash_tallies", "other_pacts", "dated_accounts", "subheads", "quantities",
    "chambers", "object_sources", "revisions", "name_senses", "source_scope", "link_lines",
    "modality", "step_checks", "actors", "bylines", "figures", "trigger_passes",
    "mention_rows", "unit_nouns", "post_holders", "word_texts", "claim_choice",
    "citing_sources", "named_treaties", "relative_speakers", "paired_speakers", "numbers",
    "law_signings", "step_phrasings", "editor_notes", "implied", "yearless_timelines",
    "continued_quotes", "joined_clauses", "compass_regions", "label_lines",
    "continental_numbers", "refused_reports", "fractions", "calibres", "step_occasions",
    "stamp_clocks", "ratification_papers", "untrue_verdicts", "list_subjects",
    "located_bodies", "described_sources",
)  # fmt: skip

# The setup.py commands that build extensions. pip also runs this file for the build's
# requirements and for the metadata; mypyc's type check (about 20 seconds) is skipped there.
_BUILDING = frozenset({"bdist_wheel", "build", "build_ext", "install"})


# setuptools' PEP 660 hook runs `editable_wheel` (pip install -e); `develop` is the old way.
_EDITABLE = frozenset({"editable_wheel", "develop"})


def _compile() -> bool:
    wanted = os.environ.get("TRIPWIRE_MYPYC", "")
    commands = set(sys.argv[1:])
    if wanted == "0" or not commands & _BUILDING:
        return False
    return wanted == "1" or not commands & _EDITABLE


def _extensions() -> list[object]:
    if not _compile():
        return []
    from mypyc.build import mypycify

    paths = [os.path.join("bot", "nlp", f"{name}.py") for name in HOT_MODULES]
    # The project's mypy settings load the pydantic plugin, which the isolated build
    # environment lacks; the rules need no plugin, and their imports outside the standard
    # library (spaCy, text2num) are typed as Any there, as the settings already allow.
    options = ["--config-file", os.devnull, "--ignore-missing-imports"]
    # The modules share one C library, a top-level module beside `bot`. (Naming its group
    # inside `bot.nlp` would keep it in the package, but mypyc then gives the compiled modules
    # a wrong `__file__`.)
    extensions = list(mypycify([*options, *paths], opt_level="3", multi_file=True))
    for extension in extensions:
        extension.optional = True  # no compiler: warn and install the plain module
    return extensions


setup(ext_modules=_extensions())
