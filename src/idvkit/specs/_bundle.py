"""Bundle a spec and the files it references into one self-contained OpenAPI document.

Rules, so that the result is what a single-file tool expects:
- A reference into another file's ``/components/<kind>/<name>`` imports that component under the
  same name and becomes a local ``#/components/<kind>/<name>`` reference; two different components
  with one name are an error, never a silent overwrite.
- Any other external reference (a path item, a webhook, a pointer into a schema) is inlined, and
  the inlined content's own local references are resolved in the file it came from.
- References inside the root document stay as they are (after checking that they resolve).
- Data (``example``, ``default``, ``const``, ``enum`` and example ``value``s) is copied untouched.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

from idvkit.specs._errors import SpecError, display_path, json_pointer, pointer_parts
from idvkit.specs._loader import load_document

_DATA_KEYS = frozenset({"example", "default", "const", "enum"})
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})


def resolve_pointer(document: Any, pointer: str) -> Any:
    """Follow an RFC 6901 pointer; raise KeyError naming the first segment that does not exist."""
    node = document
    if pointer in ("", "/"):
        return node
    if not pointer.startswith("/"):
        raise KeyError(f"pointer {pointer!r} does not start with '/'")
    for segment in pointer_parts(pointer):
        if isinstance(node, dict) and segment in node:
            node = node[segment]
        elif isinstance(node, list) and segment.isdigit() and int(segment) < len(node):
            node = node[int(segment)]
        else:
            raise KeyError(f"no {segment!r} at {pointer!r}")
    return node


def _local_reference(node: Any) -> str | None:
    """The pointer a local ``$ref`` (``#...``) names, percent-decoded as a URI fragment; None for any other node."""
    reference = node.get("$ref") if isinstance(node, Mapping) else None
    if isinstance(reference, str) and reference.startswith("#"):
        return unquote(reference[1:])
    return None


def _end_of_refs(document: Any, node: Any, pointer: str | None) -> tuple[str | None, Any]:
    chain = [] if pointer is None else [pointer]
    while (target := _local_reference(node)) is not None:
        if target in chain:
            cycle = " -> ".join(f"#{step}" for step in [*chain[chain.index(target) :], target])
            raise ValueError(f"circular $ref: {cycle}")
        chain.append(target)
        pointer, node = target, resolve_pointer(document, target)
    return pointer, node


def follow_refs(document: Any, node: Any) -> Any:
    """``node`` with its chain of local ``$ref``s (``#/...``) followed to the node it names.

    Raises KeyError when a reference names no node and ValueError when the chain is circular.
    """
    return _end_of_refs(document, node, None)[1]


def dereferenced_pointer(document: Any, pointer: str) -> str:
    """The pointer of the node ``pointer`` names after following its chain of local ``$ref``s (``pointer``
    itself when that node is no reference). Raises like ``resolve_pointer`` and ``follow_refs``."""
    end, _ = _end_of_refs(document, resolve_pointer(document, pointer), pointer)
    assert end is not None
    return end


@dataclass
class BundledSpec:
    """A bundled document and every file that went into it (root first)."""

    document: dict[str, Any]
    sources: list[Path] = field(default_factory=list)


class _Bundler:
    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.documents: dict[Path, Any] = {}
        self.imported: dict[str, dict[str, Any]] = {}
        self.origins: dict[tuple[str, str], tuple[Path, str]] = {}
        self.inlining: list[tuple[Path, str]] = []

    def load(self, path: Path) -> Any:
        if path not in self.documents:
            self.documents[path] = load_document(path)
        return self.documents[path]

    def run(self) -> BundledSpec:
        document = self.load(self.root)
        if not isinstance(document, dict):
            raise SpecError(display_path(self.root), "", "the document is not a mapping (an OpenAPI object)")
        bundled = self.walk(document, self.root, [])
        components = bundled.setdefault("components", {}) if self.imported else bundled.get("components")
        for kind, entries in self.imported.items():
            target = components.setdefault(kind, {})
            for name, content in entries.items():
                existing = target.get(name)
                if existing is None or existing == {"$ref": f"#/components/{kind}/{name}"}:
                    target[name] = content
                elif existing != content:
                    origin_file, origin_pointer = self.origins[(kind, name)]
                    raise SpecError(
                        display_path(self.root),
                        json_pointer(["components", kind, name]),
                        f"name clash: the root defines {kind}/{name} and "
                        f"{display_path(origin_file)}#{origin_pointer} is imported under the same name",
                    )
        return BundledSpec(bundled, [self.root, *(p for p in self.documents if p != self.root)])

    def walk(self, node: Any, context: Path, path: list[str | int]) -> Any:
        if isinstance(node, list):
            return [self.walk(item, context, [*path, index]) for index, item in enumerate(node)]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str):
            return self.reference(node, context, path)
        names_map = bool(path) and path[-1] in _NAME_MAPS
        is_example_object = not names_map and "value" in node and set(node) <= {"summary", "description", "value"}
        result: dict[str, Any] = {}
        for key, value in node.items():
            is_data = not names_map and (
                key in _DATA_KEYS
                or (key == "examples" and isinstance(value, list))
                or (key == "value" and is_example_object)
            )
            result[key] = copy.deepcopy(value) if is_data else self.walk(value, context, [*path, key])
        return result

    def reference(self, node: dict[str, Any], context: Path, path: list[str | int]) -> Any:
        ref: str = node["$ref"]
        file_part, _, fragment = ref.partition("#")
        pointer = unquote(fragment)
        target_file = (context.parent / file_part).resolve() if file_part else context
        where = (display_path(context), json_pointer(path))
        try:
            target_document = self.load(target_file)
        except SpecError as exc:
            raise SpecError(*where, f"unresolvable $ref {ref!r}: {display_path(target_file)}: {exc.reason}") from None
        try:
            target = resolve_pointer(target_document, pointer)
        except KeyError as exc:
            raise SpecError(*where, f"unresolvable $ref {ref!r}: {exc.args[0]}") from None
        siblings = {key: self.walk(value, context, [*path, key]) for key, value in node.items() if key != "$ref"}

        segments = pointer_parts(pointer)
        if len(segments) == 3 and segments[0] == "components":
            kind, name = segments[1:]
            if target_file != self.root:
                self.import_component(kind, name, target, target_file, pointer, where)
            return {"$ref": f"#/components/{kind}/{name}", **siblings}
        if target_file == self.root:
            return {"$ref": "#" + fragment, **siblings}
        key = (target_file, pointer)
        if key in self.inlining:
            raise SpecError(*where, f"circular $ref {ref!r} cannot be inlined; move the target under components/")
        self.inlining.append(key)
        try:
            inlined = self.walk(target, target_file, [])
        finally:
            self.inlining.pop()
        if siblings:
            if not isinstance(inlined, dict):
                raise SpecError(*where, f"$ref {ref!r} has sibling keys but its target is not a mapping")
            inlined = {**inlined, **siblings}
        return inlined

    def import_component(
        self, kind: str, name: str, target: Any, file: Path, pointer: str, where: tuple[str, str]
    ) -> None:
        origin = self.origins.get((kind, name))
        if origin == (file, pointer):
            return
        if origin is not None:
            raise SpecError(
                *where,
                f"name clash: components/{kind}/{name} is imported from both "
                f"{display_path(origin[0])}#{origin[1]} and {display_path(file)}#{pointer}",
            )
        self.origins[(kind, name)] = (file, pointer)
        entries = self.imported.setdefault(kind, {})
        entries[name] = {}  # placeholder: recursive references to this component resolve to the name
        entries[name] = self.walk(target, file, ["components", kind, name])


def bundle_spec(path: Path) -> BundledSpec:
    """Bundle the spec at ``path`` and the files it references. Raises SpecError with file and pointer."""
    return _Bundler(path).run()
