"""A small parser of Python regular expressions into a tree, for :mod:`geo.prefilter`.

:func:`parse` reads the syntax of :mod:`re` (without the VERBOSE flag) into nested tuples,
shaped as the standard library's own parser shapes its tree, so that the prefixes worked
out from it are the same: branches whose alternatives are one character each become one
character class, and items all alternatives start with are moved in front of the branch.
What the prefilter does not need to know is kept as :data:`OTHER` (any character,
backreferences, atomic groups, conditionals): a part it cannot reason about.

Nodes (tuples, the kind first):

* ``(LITERAL, char)``;
* ``(IN, items, negated)``: a character class; items are ``(LITERAL, char)``,
  ``(RANGE, first, last)`` or ``(CATEGORY, letter)`` for ``\\d \\s \\w \\D \\S \\W``;
* ``(GROUP, added_flags, removed_flags, nodes)``: ``(...)``, ``(?:...)``, ``(?P<n>...)``,
  ``(?i:...)``; the flags as letters;
* ``(BRANCH, [nodes, ...])``;
* ``(REPEAT, least, most, nodes)``: greedy, lazy or possessive alike;
* ``(ZERO_WIDTH, what)``: anchors, ``\\b``, lookarounds, inline global flags;
* ``(OTHER, what)``.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["BRANCH", "CATEGORY", "GROUP", "IN", "LITERAL", "MAX_REPEAT", "OTHER", "RANGE",
           "REPEAT", "ZERO_WIDTH", "parse"]

LITERAL, IN, RANGE, CATEGORY = "literal", "in", "range", "category"
GROUP, BRANCH, REPEAT, ZERO_WIDTH, OTHER = "group", "branch", "repeat", "zero", "other"
MAX_REPEAT = 1 << 32
"""``most`` of an unbounded repeat."""

_SIMPLE_ESCAPES = {"a": "\a", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v",
                   "\\": "\\"}
_FLAG_LETTERS = frozenset("aiLmsux")
_HEX_DIGITS = frozenset("0123456789abcdefABCDEF")
_OCTAL = frozenset("01234567")
_QUANTIFIER = re.compile(r"\{([0-9]*)(,?)([0-9]*)\}")
# Characters that are neither syntax nor a quantifier: each is a literal of itself. A
# quantifier after a run applies to its last character, as after one read alone.
_PLAIN = re.compile(r"[^\\()\[\]|*+?{.^$]+")


def parse(pattern: str) -> list[tuple]:
    """The tree of ``pattern`` (see the module's docstring); ValueError on syntax not
    followed here.

    >>> parse("a|b")
    [('in', [('literal', 'a'), ('literal', 'b')], False)]
    >>> parse(r"x\\d?")[1]
    ('repeat', 0, 1, [('in', [('category', 'd')], False)])
    """
    parser = _Parser(pattern)
    nodes = parser.alternation()
    if parser.pos != len(pattern):
        raise ValueError(f"unbalanced parenthesis at {parser.pos}")
    return nodes


class _Parser:
    def __init__(self, pattern: str) -> None:
        self.p = pattern
        self.pos = 0

    def peek(self, n: int = 1) -> str:
        return self.p[self.pos : self.pos + n]

    def take(self, n: int = 1) -> str:
        s = self.p[self.pos : self.pos + n]
        if len(s) < n:
            raise ValueError("pattern ends too soon")
        self.pos += n
        return s

    def alternation(self) -> list[tuple]:
        branches = [self.sequence()]
        while self.peek() == "|":
            self.pos += 1
            branches.append(self.sequence())
        if len(branches) == 1:
            return branches[0]
        return _branch(branches)

    def sequence(self) -> list[tuple]:
        out: list[tuple] = []
        while self.pos < len(self.p) and self.peek() not in ("|", ")"):
            plain = _PLAIN.match(self.p, self.pos)
            if plain is not None:  # a run of characters that atom() reads as themselves
                out.extend([(LITERAL, c) for c in plain.group()])
                self.pos = plain.end()
                continue
            c = self.peek()
            if c in "*+?" or (c == "{" and self.quantifier() is not None):
                if not out or out[-1][0] == ZERO_WIDTH:
                    raise ValueError(f"nothing to repeat at {self.pos}")
                lo, hi = self.read_quantifier()
                if self.peek() in ("?", "+"):
                    self.pos += 1  # lazy or possessive: the same characters
                out[-1] = (REPEAT, lo, hi, [out[-1]])
            else:
                node = self.atom()
                if node is not None:
                    out.append(node)
        return out

    def quantifier(self) -> tuple[int, int] | None:
        """``{m}``, ``{m,}``, ``{,n}`` or ``{m,n}`` at the position, else None (a literal)."""
        m = _QUANTIFIER.match(self.p, self.pos)
        if m is None or not (m.group(1) or m.group(2)):
            return None  # "{}" or no closing brace: a literal "{"
        least = int(m.group(1) or 0)
        if not m.group(2):
            return least, least
        return least, int(m.group(3)) if m.group(3) else MAX_REPEAT

    def read_quantifier(self) -> tuple[int, int]:
        c = self.take()
        if c == "*":
            return 0, MAX_REPEAT
        if c == "+":
            return 1, MAX_REPEAT
        if c == "?":
            return 0, 1
        self.pos -= 1
        q = self.quantifier()
        if q is None:
            raise ValueError(f"bad quantifier at {self.pos}")
        self.pos = self.p.index("}", self.pos) + 1
        return q

    def atom(self) -> tuple | None:
        c = self.take()
        if c == "(":
            return self.group()
        if c == "[":
            return self.char_class()
        if c == ".":
            return (OTHER, ".")
        if c in "^$":
            return (ZERO_WIDTH, c)
        if c == "\\":
            return self.escape(in_class=False)
        return (LITERAL, c)

    def group(self) -> tuple | None:
        added = removed = ""
        if self.peek() != "?":
            body = self.alternation()
            self.close()
            return (GROUP, "", "", body)
        self.pos += 1
        c = self.take()
        if c == ":" or c == "P" and self.peek() == "<":
            if c == "P":
                self.pos = self.p.index(">", self.pos) + 1
            body = self.alternation()
            self.close()
            return (GROUP, "", "", body)
        if c == "<" and self.peek() not in ("=", "!"):  # (?<name>...), Python 3.12 and later
            self.pos = self.p.index(">", self.pos) + 1
            body = self.alternation()
            self.close()
            return (GROUP, "", "", body)
        if c in "=!" or c == "<":
            if c == "<":
                self.pos += 1
            self.alternation()
            self.close()
            return (ZERO_WIDTH, object())  # lookarounds: never the same as another
        if c == "#":
            self.pos = self.p.index(")", self.pos) + 1
            return None
        if c == "P" and self.peek() == "=":
            self.pos = self.p.index(")", self.pos) + 1
            return (OTHER, "backreference")
        if c in (">", "("):  # atomic group, conditional
            if c == "(":
                self.pos = self.p.index(")", self.pos) + 1
            self.alternation()
            self.close()
            return (OTHER, c)
        self.pos -= 1
        while self.peek() in _FLAG_LETTERS:
            added += self.take()
        if self.peek() == "-":
            self.pos += 1
            while self.peek() in _FLAG_LETTERS:
                removed += self.take()
        c = self.take()
        if c == ")":
            return (ZERO_WIDTH, "(?" + added + ")")  # global flags
        if c != ":":
            raise ValueError(f"unknown extension at {self.pos}")
        body = self.alternation()
        self.close()
        return (GROUP, added, removed, body)

    def close(self) -> None:
        if self.take() != ")":
            raise ValueError(f"missing ) at {self.pos}")

    def escape(self, in_class: bool) -> tuple:
        c = self.take()
        if c in "dswDSW":
            return (IN, [(CATEGORY, c)], False) if not in_class else (CATEGORY, c)
        if c in _SIMPLE_ESCAPES:
            return (LITERAL, _SIMPLE_ESCAPES[c])
        if c == "b":
            return (LITERAL, "\b") if in_class else (ZERO_WIDTH, "\\b")
        if c in "ABZ" and not in_class:
            return (ZERO_WIDTH, "\\" + c)
        if c in "xuU":
            n = {"x": 2, "u": 4, "U": 8}[c]
            digits = self.take(n)
            if not set(digits) <= _HEX_DIGITS:
                raise ValueError(f"bad escape \\{c}{digits}")
            return (LITERAL, chr(int(digits, 16)))
        if c == "N":
            end = self.p.index("}", self.pos)
            name = self.p[self.pos + 1 : end]
            self.pos = end + 1
            return (LITERAL, unicodedata.lookup(name))
        if c == "0" or (c in "1234567" and self.peek(2).isdigit() and len(self.peek(2)) == 2
                        and set(self.peek(2)) <= _OCTAL):
            digits = c
            while len(digits) < 3 and self.peek() in _OCTAL and self.peek():
                digits += self.take()
            return (LITERAL, chr(int(digits, 8)))
        if c.isdigit():
            if in_class:
                raise ValueError("bad escape in class")
            while self.peek().isdigit() and self.peek():
                self.pos += 1
            return (OTHER, "backreference")
        if c.isascii() and c.isalnum():
            raise ValueError(f"bad escape \\{c}")
        return (LITERAL, c)

    def char_class(self) -> tuple:
        negated = self.peek() == "^"
        if negated:
            self.pos += 1
        items: list[tuple] = []
        first = True
        while True:
            c = self.take()
            if c == "]" and not first:
                break
            first = False
            item = self.escape(in_class=True) if c == "\\" else (LITERAL, c)
            if (item[0] == LITERAL and self.peek() == "-" and len(self.peek(2)) == 2
                    and self.peek(2)[1] != "]"):
                self.pos += 1
                d = self.take()
                last = self.escape(in_class=True) if d == "\\" else (LITERAL, d)
                if last[0] != LITERAL or ord(last[1]) < ord(item[1]):
                    raise ValueError(f"bad character range at {self.pos}")
                items.append((RANGE, item[1], last[1]))
            else:
                items.append(item)
        if len(items) == 1 and items[0][0] == LITERAL:
            return items[0] if not negated else (OTHER, "not literal")
        return (IN, items, negated)


def _same(a: tuple, b: tuple) -> bool:
    """Nodes the standard parser takes for equal (those holding a sub-pattern never are)."""
    return a[0] not in (GROUP, BRANCH, REPEAT) and a == b and not (
        a[0] == ZERO_WIDTH and not isinstance(a[1], str))


def _branch(branches: list[list[tuple]]) -> list[tuple]:
    """Alternatives as the standard parser keeps them: a common first item moved out, one
    character each made a class."""
    out: list[tuple] = []
    while all(branches) and all(_same(b[0], branches[0][0]) for b in branches[1:]):
        out.append(branches[0][0])
        branches = [b[1:] for b in branches]
    items: list[tuple] = []
    for b in branches:
        if len(b) != 1:
            break
        node = b[0]
        if node[0] == LITERAL:
            items.append(node)
        elif node[0] == IN and not node[2]:
            items.extend(node[1])
        else:
            break
    else:
        out.append((IN, list(dict.fromkeys(items)), False))
        return out
    out.append((BRANCH, branches))
    return out
