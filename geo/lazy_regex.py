"""Regular expressions compiled where they are first used, not at import.

Compiling a pattern runs the standard library's parser and compiler in Python; the events
stage holds hundreds of them, most used by few texts. :func:`lazy` gives a stand-in that
compiles its pattern on first use and from then on answers with the compiled pattern's own
methods (bound once, as attributes of the stand-in: no cost per call).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["LazyPattern", "lazy"]

# The methods of re.Pattern a stand-in binds once compiled (any other attribute is read
# from the compiled pattern on each use)
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class LazyPattern:
    """``re.compile(pattern, flags)``, done on first use of any method or attribute but
    ``pattern`` and ``flags`` (which stay as given, for whoever reads the pattern's text).

    >>> word = LazyPattern(r"\\w+")
    >>> word.search("  cat").group()
    'cat'
    >>> word.groups
    0
    """

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern, self.flags = pattern, flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now, if not yet)."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = self.__dict__["_compiled"] = re.compile(self.pattern, self.flags)
            for name in _METHODS:  # found in the instance from now on: __getattr__ not asked
                setattr(self, name, getattr(found, name))
        return found

    def __getattr__(self, name: str) -> Any:
        # (asked only for what the instance does not hold: a method before the first use,
        # or an attribute such as groupindex)
        if name.startswith("__") or name == "_compiled":
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self.flags})"


def lazy(pattern: str, flags: int = 0) -> LazyPattern:
    """A stand-in for ``re.compile(pattern, flags)`` that compiles on first use."""
    return LazyPattern(pattern, flags)
