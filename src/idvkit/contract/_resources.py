"""Real data for a contract run: values of resources that already exist at the vendor (``--resource``).

Against a vendor's sandbox whose creating operations are skipped (they are billable), every read operation
gets made-up ids and answers 400/404; what the vendor says about a real verification is never seen. The user
names resources that exist (``scanRef=...``, ``authToken=...``, ``idConference=...``) and the run puts them
into the requests that take them:

* a resource *name* is the name of a request parameter or of a top-level request body property of an
  operation, or the name an ``x-resource`` id expression ends in (specs/README.md); names are matched
  without regard to case, ``_`` or ``-`` (``IDVKIT_RESOURCE_SCANREF`` is ``scanRef``);
* ``with_resources`` rewrites the spec schemathesis gets: the examples of every operation that takes a
  resource carry its value (the examples phase then sends them as they are);
* the hooks (``idvkit.contract._hooks``) put the values into a share of the positive cases the coverage and
  fuzzing phases generate (``slots`` says where each goes), so that unknown and known ids are both seen;
* operations marked ``x-destructive`` never get a resource: a run must not delete what the user pointed it
  at, whatever ``--allow-destructive`` says.

Values come from ``--resource NAME=VALUE``, ``IDVKIT_RESOURCE_<NAME>`` variables and a TOML file
(``--resources FILE``: top-level ``name = "value"`` pairs for every vendor, ``[vendor]`` tables for one), the
command line first. They are treated as credentials (an ``authToken`` is one): the runner masks them in every
output, and they reach the schemathesis process only through its environment and a private temporary spec.
"""

from __future__ import annotations

import copy
import json
import os
import tomllib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from idvkit.specs import follow_refs, iter_operations

#: The variable that hands the run's resources (JSON: name -> value) to the schemathesis process.
RESOURCES_VARIABLE = "IDVKIT_RESOURCES"
#: ``IDVKIT_RESOURCE_<NAME>=value`` in the environment names a resource as ``--resource NAME=value`` does.
ENVIRONMENT_PREFIX = "IDVKIT_RESOURCE_"
#: The name of the example ``with_resources`` adds where no example of a request body has a resource's field.
EXAMPLE_NAME = "idvkit-resources"
_LOCATIONS = ("path", "query", "header", "cookie")


class ResourceError(ValueError):
    """A resource given to a run is malformed or names nothing the spec knows; the message says which."""


def normalized(name: str) -> str:
    """How names are compared: ``scanRef``, ``SCANREF`` and ``scan_ref`` are the same resource."""
    return name.replace("_", "").replace("-", "").lower()


def _parameters(document: Mapping[str, Any], path: str, definition: Mapping[str, Any]) -> list[dict[str, Any]]:
    """The operation's parameters, the path item's included (the operation's win), references followed."""
    item = (document.get("paths") or {}).get(path) or {}
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for source in (item.get("parameters") or [], definition.get("parameters") or []):
        for entry in source:
            parameter = follow_refs(document, entry)
            if isinstance(parameter, Mapping) and isinstance(parameter.get("name"), str):
                found[(str(parameter.get("in")), parameter["name"])] = dict(parameter)
    return list(found.values())


def _body_properties(document: Mapping[str, Any], schema: Any) -> dict[str, Any]:
    """A body schema's top-level properties (those of its ``allOf`` members included): name -> schema."""
    schema = follow_refs(document, schema)
    if not isinstance(schema, Mapping):
        return {}
    found: dict[str, Any] = {}
    for member in schema.get("allOf") or []:
        found.update(_body_properties(document, member))
    properties = schema.get("properties")
    if isinstance(properties, Mapping):
        found.update({str(name): follow_refs(document, value) for name, value in properties.items()})
    return found


def _media_types(document: Mapping[str, Any], definition: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    body = follow_refs(document, definition.get("requestBody"))
    content = body.get("content") if isinstance(body, Mapping) else None
    for media_type, media in (content or {}).items():
        if isinstance(media, Mapping):
            yield str(media_type), dict(media)


def _id_names(definition: Mapping[str, Any]) -> Iterator[str]:
    """The name an ``x-resource`` id expression ends in (``$request.body#/scanRef``: ``scanRef``)."""
    extension = definition.get("x-resource")
    expression = extension.get("id") if isinstance(extension, Mapping) else None
    if isinstance(expression, str):
        name = expression.rpartition("/")[2] if "#" in expression else expression.rpartition(".")[2]
        if name:
            yield name


def resource_names(document: Mapping[str, Any]) -> dict[str, list[str]]:
    """Every resource name the spec knows -> the labels of the operations that take it (sorted)."""
    names: dict[str, set[str]] = {}
    for operation in iter_operations(dict(document)):
        taken = [p["name"] for p in _parameters(document, operation.path, operation.definition)]
        for _, media in _media_types(document, operation.definition):
            taken += list(_body_properties(document, media.get("schema")))
        for name in [*taken, *_id_names(operation.definition)]:
            names.setdefault(name, set()).add(operation.label)
    return {name: sorted(labels) for name, labels in sorted(names.items())}


def known_names(documents: Iterable[Mapping[str, Any]]) -> dict[str, str]:
    """normalized name -> the spelling the specs use, over ``documents``."""
    return {normalized(name): name for document in documents for name in resource_names(document)}


def parse_assignment(text: str) -> tuple[str, str]:
    """``NAME=VALUE`` (from ``--resource``) as (name, value); ResourceError when it is not one. The value is
    never shown in a message: it may be a credential."""
    name, equals, value = text.partition("=")
    name = name.strip()
    if not equals or not name:  # the text is not shown: it may be a bare value, a credential
        raise ResourceError("--resource: expected NAME=VALUE (e.g. scanRef=...), got no NAME= part")
    if not value:
        raise ResourceError(f"--resource {name}: the value is empty")
    return name, value


def from_environment(environment: Mapping[str, str] | None = None) -> dict[str, str]:
    """The ``IDVKIT_RESOURCE_<NAME>`` variables of ``environment`` (default: the process's), by <NAME>."""
    environment = os.environ if environment is None else environment
    return {
        variable.removeprefix(ENVIRONMENT_PREFIX): value
        for variable, value in environment.items()
        if variable.startswith(ENVIRONMENT_PREFIX) and len(variable) > len(ENVIRONMENT_PREFIX) and value
    }


def from_file(path: Path) -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """The resources of a TOML file: its top-level ``name = "value"`` pairs (for every vendor) and its
    ``[vendor]`` tables (for one), as (pairs, vendor -> pairs); ResourceError naming the file and key otherwise."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ResourceError(f"--resources {path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ResourceError(f"--resources {path}: not a TOML file ({exc})") from None
    shared: dict[str, str] = {}
    tables: dict[str, dict[str, str]] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            tables[key] = {name: _file_value(path, f"{key}.{name}", item) for name, item in value.items()}
        else:
            shared[key] = _file_value(path, key, value)
    return shared, tables


def _file_value(path: Path, key: str, value: Any) -> str:
    if isinstance(value, str) and value:
        return value
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise ResourceError(f"--resources {path}: {key} must be a non-empty string")


def select(given: Mapping[str, str], document: Mapping[str, Any]) -> dict[str, str]:
    """``given`` (names as the user spelled them) under the spelling of the spec ``document``; ResourceError
    naming the known names when one names nothing the spec knows."""
    known = known_names([document])
    selected: dict[str, str] = {}
    for name, value in given.items():
        spelled = known.get(normalized(name))
        if spelled is None:
            title = (document.get("info") or {}).get("title", "the spec")
            raise ResourceError(
                f"unknown resource {name!r} for {title}: known names are {', '.join(sorted(known.values()))}"
            )
        selected[spelled] = value
    return selected


def _known_by_some(given: Mapping[str, str], documents: Mapping[str, Mapping[str, Any]]) -> None:
    known = known_names(documents.values())
    for name in given:
        if normalized(name) not in known:
            vendors = ", ".join(documents)
            raise ResourceError(
                f"unknown resource {name!r} (no spec of {vendors} takes it): known names are "
                f"{', '.join(sorted(known.values()))}"
            )


def _known_part(given: Mapping[str, str], document: Mapping[str, Any]) -> dict[str, str]:
    known = known_names([document])
    return select({name: value for name, value in given.items() if normalized(name) in known}, document)


def for_vendors(
    documents: Mapping[str, Mapping[str, Any]],
    *,
    command_line: Mapping[str, str],
    environment: Mapping[str, str],
    file: Path | None = None,
) -> dict[str, dict[str, str]]:
    """vendor -> its resources (spelled as its spec spells them), from the command line, the environment
    (``from_environment``) and ``file``, in that order of precedence. A name from the command line, the
    environment or the file's top level goes to every vendor whose spec knows it, and must be known to one of
    them; a name in a file's ``[vendor]`` table must be known to that vendor's spec. ResourceError otherwise,
    naming the known names."""
    shared, tables = from_file(file) if file is not None else ({}, {})
    strangers = sorted(set(tables) - set(documents))
    if strangers:
        raise ResourceError(
            f"--resources {file}: [{strangers[0]}] is not a vendor of this run ({', '.join(documents)})"
        )
    for source in (shared, environment, command_line):
        _known_by_some(source, documents)
    found: dict[str, dict[str, str]] = {}
    for vendor, document in documents.items():
        merged = _known_part(shared, document)
        merged.update(select(tables.get(vendor, {}), document))
        merged.update(_known_part(environment, document))
        merged.update(_known_part(command_line, document))
        found[vendor] = merged
    return found


def unused(document: Mapping[str, Any], resources: Mapping[str, str]) -> list[str]:
    """The resources no operation of ``document`` gets (only x-destructive ones take them)."""
    used = {
        name
        for operation in iter_operations(dict(document))
        for name in slots(document, operation.path, operation.definition, resources)
    }
    return sorted(set(resources) - used)


def _coerced(value: str, schema: Any) -> Any:
    """``value`` as the JSON type its schema asks for, when it asks for a number or boolean and the text is one."""
    types = schema.get("type") if isinstance(schema, Mapping) else None
    types = [types] if isinstance(types, str) else list(types or [])
    if "string" in types or not types:
        return value
    try:
        if "integer" in types:
            return int(value)
        if "number" in types:
            return float(value)
    except ValueError:
        return value
    if "boolean" in types and value.lower() in ("true", "false"):
        return value.lower() == "true"
    return value


def slots(
    document: Mapping[str, Any], path: str, definition: Mapping[str, Any], resources: Mapping[str, str]
) -> dict[str, tuple[str, Any]]:
    """Where the resources go in a request of one operation: name -> (location, value typed for it). Location is
    ``path``, ``query``, ``header``, ``cookie`` or ``body`` (a top-level property). Empty for an operation marked
    ``x-destructive``."""
    if definition.get("x-destructive") or not resources:
        return {}
    found: dict[str, tuple[str, Any]] = {}
    for parameter in _parameters(document, path, definition):
        name, location = parameter["name"], parameter.get("in")
        if name in resources and location in _LOCATIONS:
            found[name] = (str(location), _coerced(resources[name], follow_refs(document, parameter.get("schema"))))
    for _, media in _media_types(document, definition):
        for name, schema in _body_properties(document, media.get("schema")).items():
            if name in resources and name not in found:
                found[name] = ("body", _coerced(resources[name], schema))
    return found


def _with_body_examples(document: Mapping[str, Any], media: dict[str, Any], values: Mapping[str, Any]) -> None:
    """Put ``values`` (property -> value) into the examples of one request body media type."""
    examples = {
        name: dict(follow_refs(document, example))
        for name, example in (media.get("examples") or {}).items()
        if isinstance(follow_refs(document, example), Mapping)
    }
    single = media.pop("example", None)
    if single is not None:
        examples.setdefault("example", {"value": single})
    present: set[str] = set()
    first: dict[str, Any] | None = None
    for example in examples.values():
        value = example.get("value")
        if isinstance(value, dict):
            first = value if first is None else first
            keys = set(values) & set(value)
            example["value"] = {**value, **{key: values[key] for key in keys}}
            present |= keys
    missing = set(values) - present
    if missing or not examples:
        examples[EXAMPLE_NAME] = {
            "summary": "Resources given to idvkit contract (--resource)",
            "value": {**(first or {}), **values},
        }
    media["examples"] = examples


def with_resources(document: Mapping[str, Any], resources: Mapping[str, str]) -> dict[str, Any]:
    """A copy of ``document`` whose request examples carry ``resources`` (spelled as the spec spells them, see
    ``select``): every parameter that takes one gets it as its only example, every request body example with a
    property that takes one gets its value (and a body whose examples all lack it, an example that has it).
    Operations marked ``x-destructive`` are left as they are. The parameters and request bodies changed are
    copied into their operation, so that shared components stay untouched."""
    result = copy.deepcopy(dict(document))
    if not resources:
        return result
    for operation in iter_operations(result):
        definition = operation.definition
        where = slots(result, operation.path, definition, resources)
        if not where:
            continue
        parameters = []
        for parameter in _parameters(result, operation.path, definition):
            if where.get(parameter["name"], ("",))[0] == parameter.get("in"):
                parameter.pop("examples", None)
                parameter["example"] = where[parameter["name"]][1]
            parameters.append(parameter)
        if parameters:
            definition["parameters"] = parameters
        body_values = {name: value for name, (location, value) in where.items() if location == "body"}
        if body_values:
            body = copy.deepcopy(dict(follow_refs(result, definition["requestBody"])))
            for media_type, media in list((body.get("content") or {}).items()):
                media = dict(media)
                properties = _body_properties(result, media.get("schema"))
                wanted = {name: value for name, value in body_values.items() if name in properties}
                if wanted:
                    _with_body_examples(result, media, wanted)
                body["content"][media_type] = media
            definition["requestBody"] = body
    return result


def encode(resources: Mapping[str, str]) -> str:
    """``resources`` as the value of ``RESOURCES_VARIABLE``."""
    return json.dumps(dict(resources), sort_keys=True)


def decode(environment: Mapping[str, str] | None = None) -> dict[str, str]:
    """The resources the runner handed over in ``RESOURCES_VARIABLE`` (none when it is unset or malformed)."""
    environment = os.environ if environment is None else environment
    try:
        value = json.loads(environment.get(RESOURCES_VARIABLE) or "{}")
    except ValueError:
        return {}
    if not isinstance(value, dict):
        return {}
    return {str(name): str(item) for name, item in value.items() if isinstance(item, str)}
