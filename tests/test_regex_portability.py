"""Every module-level pattern of geo compiles the same on every supported Python.

``requires-python`` is >= 3.10, which has no possessive quantifiers (``*+``) nor atomic
groups (``(?>...)``); Python 3.11 before 3.11.5 has them but mis-captures groups inside a
possessive repeat (Debian 12's 3.11.2 found "n Alep" for "Aleppo" in "in Aleppo").
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import re._parser as sre_parse  # the stdlib's own parser: what the pattern really holds

import geo
from geo.lazy_regex import LazyPattern
from geo.prefilter import Spotted

_UNSUPPORTED = {sre_parse.POSSESSIVE_REPEAT, sre_parse.ATOMIC_GROUP}


def _opcodes(tree) -> set:
    found = set()
    for op, av in tree:
        found.add(op)
        for part in av if isinstance(av, (list, tuple)) else (av,):
            if isinstance(part, sre_parse.SubPattern):
                found |= _opcodes(part)
            elif isinstance(part, (list, tuple)):
                for sub in part:
                    if isinstance(sub, sre_parse.SubPattern):
                        found |= _opcodes(sub)
    return found


def _module_patterns():
    for info in pkgutil.walk_packages(geo.__path__, "geo."):
        if info.name.endswith("__main__"):
            continue  # runs the CLI
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            value = value.pattern if isinstance(value, Spotted) else value
            # (a pattern compiled on first use is read as written, not compiled here)
            if isinstance(value, (re.Pattern, LazyPattern)) and isinstance(value.pattern, str):
                yield f"{info.name}.{name}", value


def test_no_possessive_or_atomic_patterns() -> None:
    patterns = dict(_module_patterns())
    assert "geo.places.mentions._SCAN" in patterns  # the walk reaches the tokenizer
    assert isinstance(patterns["geo.events.taxonomy._DRONE"], LazyPattern)  # ... and lazy ones
    assert "geo.events.unlisted._STRUCK" in patterns  # ... and spotted ones
    bad = [name for name, p in patterns.items()
           if _opcodes(sre_parse.parse(p.pattern, p.flags)) & _UNSUPPORTED]
    assert bad == []
