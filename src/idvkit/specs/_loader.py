"""Read one spec file (YAML or JSON) into plain JSON data, with errors that say where.

A spec is an input of the build and of every tool, so the loader accepts only what a spec needs
and bounds what it costs to read:

- a regular file of at most ``MAX_FILE_BYTES``, UTF-8, nested at most ``MAX_DEPTH`` levels;
- YAML through a safe loader, without anchors and aliases (a few aliases expand a small file into
  gigabytes: "billion laughs"), explicit tags (``!!binary``, ``!!set``, custom ``!tags``) or merge
  keys (``<<``): what remains is JSON data written as YAML;
- no duplicate mapping keys (YAML and JSON would keep the last one silently).

Every check runs on the parser's event stream before any node is built, so a hostile file is
refused after reading at most its first ``MAX_DEPTH`` levels.
"""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import yaml

from idvkit.specs._errors import SpecError, display_path, json_pointer

#: The largest spec file read (the vendor specs are 10 to 140 kB).
MAX_FILE_BYTES = 5 * 1024 * 1024
#: The deepest nesting of mappings and lists accepted (the vendor specs nest 18 levels deep).
MAX_DEPTH = 64

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _StrictLoader(_BaseLoader):  # type: ignore[valid-type,misc]
    """A safe loader that rejects duplicate mapping keys, which YAML would silently overwrite."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            mark = key_node.start_mark
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key {key!r} (line {mark.line + 1}, column {mark.column + 1})", mark
            )
        seen.add(key)
    mapping: dict[Any, Any] = loader.construct_mapping(node, deep=deep)
    return mapping


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
# YAML 1.1 turns unquoted dates into datetime objects; a spec is JSON data, so keep them strings.
_StrictLoader.add_constructor("tag:yaml.org,2002:timestamp", yaml.SafeLoader.construct_yaml_str)


class _Position:
    """Where the YAML event stream is: the JSON pointer segments of the open mappings and lists."""

    def __init__(self) -> None:
        # one frame per open collection: [is_mapping, current key or index, expecting a key]
        self.frames: list[list[Any]] = []
        self.path: list[str | int] = []

    def node_pointer(self) -> str:
        """The pointer of the node the next event starts (a mapping key reports its mapping)."""
        frame = self.frames[-1] if self.frames else None
        if frame is None or (frame[0] and frame[2]):
            return json_pointer(self.path)
        return json_pointer([*self.path, frame[1]])

    def expecting_key(self) -> bool:
        return bool(self.frames) and self.frames[-1][0] and self.frames[-1][2]

    def open(self, is_mapping: bool) -> None:
        if self.frames:
            self.path.append(self.frames[-1][1])
        self.frames.append([is_mapping, "" if is_mapping else 0, True])

    def close(self) -> None:
        self.frames.pop()
        if self.frames:
            self.path.pop()
        self.done()

    def key(self, value: str) -> None:
        self.frames[-1][1] = value
        self.frames[-1][2] = False

    def done(self) -> None:
        """A value (scalar or collection) ended: move to the next key or index."""
        if not self.frames:
            return
        frame = self.frames[-1]
        if frame[0]:
            frame[2] = True
        else:
            frame[1] += 1


def _check_yaml_events(text: str, name: str) -> None:
    """Refuse anchors, aliases, explicit tags, merge keys, complex keys and deep nesting (SpecError)."""
    position = _Position()
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.CollectionEndEvent):
            position.close()
            continue
        if not isinstance(event, yaml.NodeEvent):
            continue  # stream and document boundaries
        reason: tuple[str, str] | None = None  # (what, why)
        if not isinstance(event, yaml.ScalarEvent | yaml.CollectionStartEvent):  # an AliasEvent
            reason = f"YAML alias *{event.anchor}", "anchors and aliases are not allowed; write the content out"
        elif event.anchor is not None:
            reason = f"YAML anchor &{event.anchor}", "anchors and aliases are not allowed; write the content out"
        elif event.tag is not None:
            reason = f"YAML tag {event.tag}", "explicit tags are not allowed (a spec is plain JSON data)"
        elif position.expecting_key():
            if not isinstance(event, yaml.ScalarEvent):
                reason = "mapping key", "a key must be a plain string"
            elif event.value == "<<" and event.implicit[0]:
                reason = "YAML merge key <<", "merge keys are not allowed; write the content out"
            else:
                position.key(event.value)
        elif isinstance(event, yaml.CollectionStartEvent):
            if len(position.frames) >= MAX_DEPTH:
                reason = "nesting", f"a spec nests at most {MAX_DEPTH} levels deep"
            position.open(isinstance(event, yaml.MappingStartEvent))
        else:
            position.done()
        if reason is not None:
            mark = event.start_mark
            at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
            raise SpecError(name, position.node_pointer(), f"{reason[0]}{at}: {reason[1]}")


def _check_depth(document: Any, name: str) -> None:
    """Refuse JSON data nested more than MAX_DEPTH levels (iteratively: no recursion limit to hit)."""
    stack: list[tuple[Any, list[str | int]]] = [(document, [])]
    while stack:
        node, path = stack.pop()
        if isinstance(node, dict | list) and len(path) >= MAX_DEPTH:
            raise SpecError(name, json_pointer(path), f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(node, dict):
            stack.extend((value, [*path, key]) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, [*path, index]) for index, value in enumerate(node))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"duplicate key {key!r}")
        result[key] = value
    return result


def _read(path: Path, name: str) -> bytes:
    """The bytes of a regular file of at most MAX_FILE_BYTES (never a device, pipe or directory)."""
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode):
            raise SpecError(name, "", "not a regular file")
        if status.st_size > MAX_FILE_BYTES:
            raise SpecError(name, "", f"file too large ({status.st_size} bytes; at most {MAX_FILE_BYTES})")
        with path.open("rb") as stream:
            data = stream.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise SpecError(name, "", "file not found") from None
    except OSError as exc:
        raise SpecError(name, "", f"cannot read file: {exc.strerror}") from None
    if len(data) > MAX_FILE_BYTES:
        raise SpecError(name, "", f"file too large (more than {MAX_FILE_BYTES} bytes)")
    return data


def load_document(path: Path) -> Any:
    """Parse a YAML or JSON spec file. Raises SpecError naming the file (and line) on failure."""
    name = display_path(path)
    data = _read(path, name)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SpecError(name, "", f"not UTF-8 text (byte {exc.start})") from None
    if path.suffix == ".json":
        try:
            document = json.loads(text, object_pairs_hook=_unique_keys)
        except json.JSONDecodeError as exc:
            raise SpecError(name, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}") from None
        except RecursionError:
            raise SpecError(name, "", f"invalid JSON: nested more than {MAX_DEPTH} levels deep") from None
        except ValueError as exc:  # duplicate keys, integers beyond Python's digit limit
            raise SpecError(name, "", f"invalid JSON: {exc}") from None
        _check_depth(document, name)
        return document
    try:
        _check_yaml_events(text, name)
        return yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - _StrictLoader derives from SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise SpecError(name, "", f"invalid YAML{where}: {exc.problem or exc.context}") from None
    except yaml.YAMLError as exc:
        raise SpecError(name, "", f"invalid YAML: {exc}") from None
    except ValueError as exc:  # e.g. an integer beyond Python's digit limit
        raise SpecError(name, "", f"invalid YAML: {exc}") from None
