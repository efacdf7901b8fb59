"""Locate verbatim quotes in the seed books.

A quote is compared whitespace-normalised: every run of whitespace (spaces,
tabs, newlines) becomes one space. `locate` returns the 1-based line of the
seed file where the quote starts, choosing the occurrence nearest a hint line
when the books repeat a passage.
"""
import bisect
import re

_WS = re.compile(r"\s+")


def normalise(text):
    return _WS.sub(" ", text).strip()


class Book:
    def __init__(self, path):
        with open(path, encoding="utf-8", errors="replace") as f:
            raw = f.read()
        # Build the normalised text and, for each of its characters, the raw line it came from.
        chars, lines = [], []
        line, pending_space = 1, False
        for ch in raw:
            if ch.isspace():
                if chars:
                    pending_space = True
                if ch == "\n":
                    line += 1
                continue
            if pending_space:
                chars.append(" ")
                lines.append(line)
                pending_space = False
            chars.append(ch)
            lines.append(line)
        self.text = "".join(chars)
        self.line_of = lines

    def occurrences(self, quote):
        q = normalise(quote)
        if not q:
            return []
        found, start = [], self.text.find(q)
        while start >= 0:
            found.append(self.line_of[start])
            start = self.text.find(q, start + 1)
        return found

    def locate(self, quote, hint=None):
        """The start line of the occurrence nearest `hint`, or None."""
        found = self.occurrences(quote)
        if not found:
            return None
        if hint is None:
            return found[0]
        return min(found, key=lambda line: abs(line - hint))
