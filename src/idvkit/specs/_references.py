"""Which references a spec may make, so that no tool reading it fetches or reads anything else.

A spec may refer to two things only: a place in itself (``#/json/pointer``) and a place in another
spec file under the specs root (``other.yaml#/json/pointer``, relative to the referring file,
symlinks and ``..`` resolved before the check). Everything that would make a tool reach further is
refused with the file and JSON pointer of the keyword:

- URLs of any scheme (``https:``, ``file:``, ``//host``), absolute paths, query strings, files
  outside the root, hidden files and files that are not ``.yaml``, ``.yml`` or ``.json``, in
  ``$ref`` wherever it appears (schemas, path items, extensions, examples);
- ``$dynamicRef``/``$recursiveRef``, ``operationRef`` and ``discriminator.mapping`` values that are
  not local (JSON Schema tools, datamodel-code-generator and schemathesis resolve them, remote ones
  over the network);
- ``externalValue`` (schemathesis fetches example files and URLs), ``$id`` and ``$self`` (they change
  the base against which tools resolve every reference below them, which the bundler does not
  follow), ``$vocabulary``, and ``$schema``/``jsonSchemaDialect`` other than the standard dialects.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from idvkit.specs._errors import SpecError, display_path, json_pointer

SPEC_SUFFIXES = frozenset({".yaml", ".yml", ".json"})
#: The dialect identifiers a spec may name; tools know them and never retrieve them.
DIALECTS = frozenset(
    {
        "https://json-schema.org/draft/2020-12/schema",
        "https://spec.openapis.org/oas/3.1/dialect/base",
        "https://spec.openapis.org/oas/3.1/dialect/2024-11-10",
    }
)
#: Keys whose mapping holds names chosen by the author, not keywords.
NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})
_REFUSED = {
    "$id": "changes the base URI that tools resolve references against; the bundler does not follow it",
    "$self": "changes the base URI that tools resolve references against; the bundler does not follow it",
    "$vocabulary": "belongs in a meta-schema, not in a spec",
    "externalValue": "tools fetch the example from that location; write the example inline as `value`",
}
_LOCAL_ONLY = ("$dynamicRef", "$recursiveRef", "operationRef")
_SCHEMA_NAME = re.compile(r"[A-Za-z0-9_-]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def spec_file(path: Path, root: Path) -> Path:
    """``path`` resolved, if it is a spec file under ``root``; ValueError saying why not otherwise."""
    base = root.resolve()
    target = path.resolve()
    if not target.is_relative_to(base):
        raise ValueError(f"{display_path(target)} is outside {display_path(base)}/, the specs root")
    if any(part.startswith(".") for part in target.relative_to(base).parts):
        raise ValueError(f"{display_path(target)} is a hidden file")
    if target.suffix not in SPEC_SUFFIXES:
        raise ValueError(f"{display_path(target)} is not a spec file (.yaml, .yml or .json)")
    return target


def reference_target(ref: str, referrer: Path, root: Path) -> tuple[Path, str]:
    """The spec file and the (unescaped) fragment a ``$ref`` names; ValueError saying why it is refused.

    ``referrer`` is the resolved file that holds the reference; a reference without a file part
    names a place in it.
    """
    if _CONTROL.search(ref):
        raise ValueError("contains a control character")
    parts = urlsplit(ref)
    if parts.scheme or parts.netloc:
        raise ValueError("URL references are not allowed; refer to a file under specs/ by a relative path")
    if parts.query:
        raise ValueError("a reference has no query string")
    file_part = unquote(parts.path)
    fragment = unquote(ref.partition("#")[2])
    if not file_part:
        return referrer, fragment
    if file_part.startswith("/"):
        raise ValueError("absolute paths are not allowed; refer to a file under specs/ by a relative path")
    return spec_file(referrer.parent / file_part, root), fragment


def _check_keyword(key: str, value: Any, parent: str | int | None, file: Path, root: Path) -> str | None:
    """Why ``key: value`` is refused, or None."""
    if key == "$ref" and isinstance(value, str):
        try:
            reference_target(value, file, root)
        except ValueError as exc:
            return f"$ref {value!r} is refused: {exc}"
    elif key in _REFUSED:
        return f"{key} is not allowed: {_REFUSED[key]}"
    elif key in _LOCAL_ONLY and not (isinstance(value, str) and value.startswith("#")):
        return f"{key} {value!r} is refused: only local references (#...) are allowed"
    elif key in ("$schema", "jsonSchemaDialect") and not (isinstance(value, str) and value in DIALECTS):
        return f"{key} {value!r} is refused: only {', '.join(sorted(DIALECTS))}"
    elif key == "mapping" and parent == "discriminator" and isinstance(value, dict):
        for name, target in value.items():
            if not isinstance(target, str) or not (target.startswith("#/") or _SCHEMA_NAME.fullmatch(target)):
                return f"mapping {name!r}: {target!r} is refused: only local references (#/...) and schema names"
    return None


def check_references(document: Any, file: Path, root: Path) -> None:
    """Raise SpecError(file, pointer, reason) at the first keyword of ``document`` that reaches outside.

    Every mapping is checked, examples and extensions included (a tool may follow a ``$ref``
    anywhere); only the keys of name maps (``properties``, ...) are names, not keywords.
    """
    stack: list[tuple[Any, list[str | int]]] = [(document, [])]
    while stack:
        node, path = stack.pop()
        if isinstance(node, list):
            stack.extend((item, [*path, index]) for index, item in reversed(list(enumerate(node))))
            continue
        if not isinstance(node, dict):
            continue
        parent = path[-1] if path else None
        if parent not in NAME_MAPS:
            for key, value in node.items():
                reason = _check_keyword(str(key), value, parent, file, root)
                if reason is not None:
                    raise SpecError(display_path(file), json_pointer([*path, key]), reason)
        stack.extend((value, [*path, key]) for key, value in reversed(list(node.items())))


def check_self_contained(document: Any, file: str) -> None:
    """Raise SpecError at the first ``$ref`` of a bundled document that does not point into itself."""
    stack: list[tuple[Any, list[str | int]]] = [(document, [])]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and not ref.startswith("#"):
                raise SpecError(
                    file,
                    json_pointer([*path, "$ref"]),
                    f"$ref {ref!r} still names another file after bundling (the bundler copies examples,"
                    " defaults and enums as data and follows no $ref in them)",
                )
            stack.extend((value, [*path, key]) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((item, [*path, index]) for index, item in enumerate(node))
