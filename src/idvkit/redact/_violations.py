"""Mask the values a schema-violation message prints without their field name.

schemathesis reports a violated response schema as a block of lines::

    39107130017 is not of types "null", "string"        <- the value, in the validator's message
    Validated against the response schema for status code 201.
    Schema at /components/schemas/TokenResponse/properties/personalNumber:
        { ...the schema... }
    Value:
        39107130017                                     <- the value again

A personal value appears there bare, so the field-name patterns of ``Redactor.text`` cannot see it. When
the schema location names a personal field, or does not name the field at all (``additionalProperties``,
``items``), the message line and the value block are masked. Works on
whole texts (``mask_violation_values``) and on a stream of lines (``ViolationMasker``), where it holds back
only the few lines between a message and its schema location.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator

_SCHEMA_AT = re.compile(r"^\s*Schema at (?P<pointer>/\S*):\s*$")
_VALUE = re.compile(r"^(?P<indent>\s*)Value:\s*$")
_CONTEXT = ("Validated against", "Schema at", "Value:")
_BLOCK_START = re.compile(r"^\s*(?:\d+\. Test Case ID:|- ST\d{3}\b)")
#: schema locations that hold values of fields the location does not name
_UNNAMED = frozenset({"additionalProperties", "patternProperties", "unevaluatedProperties", "items", "prefixItems"})
#: lines between a violation message and its "Schema at" line (context, blanks), with room to spare
LOOKBACK = 8
MASKED_MESSAGE = "[REDACTED] (the value of a personal field violates its schema)"
MASKED_VALUE = "[REDACTED]"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _keep_newline(original: str, replacement: str) -> str:
    return replacement + original[len(original.rstrip("\r\n")) :]


class ViolationMasker:
    """Masks violation values in a stream of lines, holding back at most LOOKBACK lines.

    ``personal`` names the fields whose values are personal (``idvkit.redact.PERSONAL_FIELDS``).
    """

    def __init__(self, personal: Iterable[str], *, hold_all: bool = False) -> None:
        self._personal = frozenset(personal)
        self._held: deque[str] = deque()
        # A stream holds lines back only inside a failure block ("- ST108 ...", "1. Test Case ID: ..."), so
        # that progress lines pass at once; a whole text (hold_all) may begin in the middle of a block.
        self._holding = hold_all
        self._hold_all = hold_all
        self._value_indent: int | None = None  # inside a masked "Value:" block: the indent of its header
        self._awaiting_value = 0  # lines left in which a masked block's "Value:" header may come

    def _is_personal(self, pointer: str) -> bool:
        """Whether the violated schema is a personal field's, or one whose field the location does not name
        (``additionalProperties``, ``items``, ... below the last named property)."""
        parts = pointer.strip("/").split("/")
        named = [i for i in range(1, len(parts)) if parts[i - 1] == "properties"]
        if any(parts[i] in self._personal for i in named):
            return True
        below = parts[named[-1] + 1 :] if named else parts
        return any(part in _UNNAMED for part in below)

    def _mask_message_above(self) -> None:
        for index in range(len(self._held) - 1, -1, -1):
            line = self._held[index]
            if line.strip() and not line.strip().startswith(_CONTEXT):
                self._held[index] = _keep_newline(line, " " * _indent(line) + MASKED_MESSAGE)
                return

    def feed(self, line: str) -> list[str]:
        """Take one line (with its newline); return the lines that may be written now."""
        if self._value_indent is not None:
            if line.strip() and _indent(line) <= self._value_indent:
                self._value_indent = None
            elif line.strip():
                line = _keep_newline(line, " " * _indent(line) + MASKED_VALUE)
        if _BLOCK_START.match(line):
            self._holding = True
        match = _SCHEMA_AT.match(line)
        if match and self._is_personal(match["pointer"]):
            self._mask_message_above()
            self._awaiting_value = 60  # the schema printed in between is at most ~20 lines
        if match:
            self._holding = self._hold_all  # the message above is settled
        elif self._awaiting_value:
            self._awaiting_value -= 1
            value = _VALUE.match(line)
            if value:
                self._value_indent = len(value["indent"])
                self._awaiting_value = 0
        self._held.append(line)
        out = []
        while self._held and (len(self._held) > LOOKBACK or not self._holding):
            out.append(self._held.popleft())
        return out

    def close(self) -> list[str]:
        """The lines still held back."""
        out = list(self._held)
        self._held.clear()
        return out


def mask_violation_values(text: str, personal: Iterable[str]) -> str:
    """``text`` with the bare personal values of its schema-violation blocks masked."""
    if "Schema at" not in text:
        return text
    masker = ViolationMasker(personal, hold_all=True)
    lines: Iterator[str] = iter(text.splitlines(keepends=True))
    out = [kept for line in lines for kept in masker.feed(line)]
    return "".join(out + masker.close())
