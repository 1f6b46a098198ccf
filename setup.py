"""Optional compiled build of the extraction rules' hottest modules.

`pip install .` builds a plain pure-Python package, as pyproject.toml describes. With
TRIPWIRE_MYPYC=1 set, the modules below are compiled to C extensions by mypyc (which ships
with mypy) and the rules run about a third faster; the facts are the same byte for byte.
The compiled build needs a C compiler and mypy in the build environment, so build it without
isolation into an environment that has both:

    pip install 'mypy>=2.4,<3' setuptools wheel
    TRIPWIRE_MYPYC=1 pip install --no-build-isolation .

Only a non-editable install is safe: an extension module next to its .py source wins the
import, so an edited .py would silently not run.
"""

from __future__ import annotations

import os

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
)  # fmt: skip


def _extensions() -> list[object]:
    if os.environ.get("TRIPWIRE_MYPYC") != "1":
        return []
    from mypyc.build import mypycify

    paths = [os.path.join("bot", "nlp", f"{name}.py") for name in HOT_MODULES]
    # The modules share one C library, a top-level module beside `bot`. (Naming its group
    # inside `bot.nlp` would keep it in the package, but mypyc then gives the compiled modules
    # a wrong `__file__`.)
    return list(mypycify(paths, opt_level="3", multi_file=True))


setup(ext_modules=_extensions())
