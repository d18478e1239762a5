"""The one error type for a spec that cannot be used, with where and why."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path


def json_pointer(parts: Iterable[str | int]) -> str:
    """Render path segments as an RFC 6901 JSON pointer (``""`` is the whole document)."""
    escaped = (str(part).replace("~", "~0").replace("/", "~1") for part in parts)
    return "".join("/" + part for part in escaped)


def pointer_parts(pointer: str) -> list[str]:
    """The unescaped segments of an RFC 6901 JSON pointer (the inverse of ``json_pointer``; ``""`` -> [])."""
    return [part.replace("~1", "/").replace("~0", "~") for part in pointer.split("/")[1:]]


class SpecError(Exception):
    """A spec file is missing, unreadable, unresolvable or invalid.

    Carries the spec file, the JSON pointer of the offending node and the reason, and renders
    them on one line: ``specs/idenfy.yaml#/paths/~1api~1v2~1token/post: <reason>``.
    """

    def __init__(self, file: str, pointer: str, reason: str) -> None:
        self.file = file
        self.pointer = pointer
        self.reason = reason
        super().__init__(f"{file}#{pointer}: {reason}")


def display_path(path: Path) -> str:
    """A path as a user would type it: relative to the working directory when possible."""
    try:
        return str(path.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(path)
