"""Bundle a spec and the files it references into one self-contained OpenAPI document.

Rules, so that the result is what a single-file tool expects:
- A reference into another file's ``/components/<kind>/<name>`` imports that component under the
  same name and becomes a local ``#/components/<kind>/<name>`` reference; two different components
  with one name are an error, never a silent overwrite.
- Any other external reference (a path item, a webhook, a pointer into a schema) is inlined, and
  the inlined content's own local references are resolved in the file it came from.
- References inside the root document stay as they are (after checking that they resolve).
- Data (``example``, ``default``, ``const``, ``enum`` and example ``value``s) is copied untouched.

Limits, so that a spec cannot make the build read or write what it should not:
- every file read is a spec file under the specs root (by default the root spec's directory), and
  no keyword reaches beyond it (``idvkit.specs._references``); the loader refuses YAML aliases;
- the bundle stays a bounded copy of its inputs: at most ``MAX_BUNDLE_SIZE`` (nodes plus string
  characters; references inlined into references could otherwise multiply a small file, as YAML
  aliases would) and ``MAX_DEPTH`` levels deep, counting each inlined reference as a level;
- the result refers only to itself (no ``$ref`` to another file is left, not even in examples).
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from idvkit.specs._errors import SpecError, display_path, json_pointer, pointer_parts
from idvkit.specs._loader import MAX_DEPTH, MAX_FILE_BYTES, load_document
from idvkit.specs._pointers import resolve_pointer
from idvkit.specs._references import NAME_MAPS, check_references, check_self_contained, reference_target, spec_file

_DATA_KEYS = frozenset({"example", "default", "const", "enum"})
#: The largest bundle built, in nodes plus string characters (the vendor bundles are about 125 000).
MAX_BUNDLE_SIZE = 4 * MAX_FILE_BYTES


def _size(node: Any) -> int:
    """Nodes plus string characters of ``node`` (the bundle's budget unit)."""
    total = 0
    stack = [node]
    while stack:
        item = stack.pop()
        total += 1
        if isinstance(item, str):
            total += len(item)
        elif isinstance(item, dict):
            total += sum(len(str(key)) for key in item)
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return total


@dataclass
class BundledSpec:
    """A bundled document and every file that went into it (root first)."""

    document: dict[str, Any]
    sources: list[Path] = field(default_factory=list)


class _Bundler:
    def __init__(self, path: Path, specs_root: Path) -> None:
        self.base = specs_root.resolve()
        try:
            self.root = spec_file(path, self.base)
        except ValueError as exc:
            raise SpecError(display_path(path), "", f"refused: {exc}") from None
        self.documents: dict[Path, Any] = {}
        self.names: dict[Path, str] = {}
        self.size = 0
        self.imported: dict[str, dict[str, Any]] = {}
        self.origins: dict[tuple[str, str], tuple[Path, str]] = {}
        self.inlining: list[tuple[Path, str]] = []

    def name(self, path: Path) -> str:
        """``display_path(path)``, computed once per file (it asks the file system)."""
        if path not in self.names:
            self.names[path] = display_path(path)
        return self.names[path]

    def load(self, path: Path) -> Any:
        if path not in self.documents:
            document = load_document(path)
            if not isinstance(document, dict):
                raise SpecError(display_path(path), "", "not a spec document (a YAML or JSON mapping)")
            check_references(document, path, self.base)
            self.documents[path] = document
        return self.documents[path]

    def spend(self, amount: int, context: Path, path: list[str | int]) -> None:
        self.size += amount
        if self.size > MAX_BUNDLE_SIZE:
            raise SpecError(
                display_path(context),
                json_pointer(path),
                f"the bundle grows beyond {MAX_BUNDLE_SIZE} nodes and characters: references inline too much",
            )

    def run(self) -> BundledSpec:
        document = self.load(self.root)
        bundled = self.walk(document, self.root, [], 0)
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
        check_self_contained(bundled, display_path(self.root))
        return BundledSpec(bundled, [self.root, *(p for p in self.documents if p != self.root)])

    def walk(self, node: Any, context: Path, path: list[str | int], depth: int) -> Any:
        if depth > MAX_DEPTH:
            raise SpecError(
                display_path(context),
                json_pointer(path),
                f"the bundle nests more than {MAX_DEPTH} levels deep (counting each inlined $ref as a level)",
            )
        self.spend(1 + len(node) if isinstance(node, str) else 1, context, path)
        if isinstance(node, list):
            return [self.walk(item, context, [*path, index], depth + 1) for index, item in enumerate(node)]
        if not isinstance(node, dict):
            return node
        if isinstance(node.get("$ref"), str):
            return self.reference(node, context, path, depth)
        self.spend(sum(len(str(key)) for key in node), context, path)
        names_map = bool(path) and path[-1] in NAME_MAPS
        is_example_object = not names_map and "value" in node and set(node) <= {"summary", "description", "value"}
        result: dict[str, Any] = {}
        for key, value in node.items():
            is_data = not names_map and (
                key in _DATA_KEYS
                or (key == "examples" and isinstance(value, list))
                or (key == "value" and is_example_object)
            )
            if is_data:
                self.spend(_size(value), context, [*path, key])
                result[key] = copy.deepcopy(value)
            else:
                result[key] = self.walk(value, context, [*path, key], depth + 1)
        return result

    def reference(self, node: dict[str, Any], context: Path, path: list[str | int], depth: int) -> Any:
        ref: str = node["$ref"]
        where = (self.name(context), json_pointer(path))
        try:
            target_file, pointer = reference_target(ref, context, self.base)
        except ValueError as exc:
            raise SpecError(*where, f"$ref {ref!r} is refused: {exc}") from None
        fragment = ref.partition("#")[2]
        try:
            target_document = self.load(target_file)
        except SpecError as exc:
            target = display_path(target_file) + (f"#{exc.pointer}" if exc.pointer else "")
            raise SpecError(*where, f"unresolvable $ref {ref!r}: {target}: {exc.reason}") from None
        try:
            target = resolve_pointer(target_document, pointer)
        except KeyError as exc:
            raise SpecError(*where, f"unresolvable $ref {ref!r}: {exc.args[0]}") from None
        siblings = {
            key: self.walk(value, context, [*path, key], depth + 1) for key, value in node.items() if key != "$ref"
        }

        segments = pointer_parts(pointer)
        if len(segments) == 3 and segments[0] == "components":
            kind, name = segments[1:]
            if target_file != self.root:
                self.import_component(kind, name, target, target_file, pointer, where, depth + 1)
            return {"$ref": f"#/components/{kind}/{name}", **siblings}
        if target_file == self.root:
            return {"$ref": "#" + fragment, **siblings}
        key = (target_file, pointer)
        if key in self.inlining:
            raise SpecError(*where, f"circular $ref {ref!r} cannot be inlined; move the target under components/")
        self.inlining.append(key)
        try:
            inlined = self.walk(target, target_file, [], depth + 1)
        finally:
            self.inlining.pop()
        if siblings:
            if not isinstance(inlined, dict):
                raise SpecError(*where, f"$ref {ref!r} has sibling keys but its target is not a mapping")
            inlined = {**inlined, **siblings}
        return inlined

    def import_component(
        self, kind: str, name: str, target: Any, file: Path, pointer: str, where: tuple[str, str], depth: int
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
        entries[name] = self.walk(target, file, ["components", kind, name], depth)


def bundle_spec(path: Path, *, specs_root: Path | None = None) -> BundledSpec:
    """Bundle the spec at ``path`` and the files it references. Raises SpecError with file and pointer.

    Every file read, ``path`` included, must be a spec file under ``specs_root`` (by default the
    directory of ``path``), after symlinks and ``..`` are resolved.
    """
    return _Bundler(path, path.parent if specs_root is None else specs_root).run()
