"""Judge an exchange against a vendor's spec: the request with the sandbox's compiled validators, the response
with validators compiled the same way from the documented responses, plus the contract run's vendor checks.

What is found, and under which code (so that ``idvkit.contract._assumptions`` can tell a refuted guess from a
violation, exactly as for a contract run):

- request: a request the spec refuses (``request_conformance``: the application's bug, reported apart from the
  vendor's); a documented request the vendor accepted although the spec refuses it (ST201); an operation with
  security requirements answered with a success without any credentials (ST401);
- response: a server error (ST101), an undocumented status (ST103), a missing or undocumented Content-Type
  (ST104, ST105), a JSON body that is not JSON (ST109) or violates its schema (ST108, one per violated rule), an
  undocumented error identifier, an echoed credential, an ``x-echo`` field that does not repeat the request.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

import jsonschema_rs

from idvkit.contract._vendor_checks import echo_mismatches, echoed_fields, undocumented_error_identifier
from idvkit.proxy._exchange import UNDOCUMENTED_OPERATION, RawExchange, Violation
from idvkit.redact._rules import CREDENTIAL_HEADERS, MASK
from idvkit.sandbox._validation import (
    JSONTooDeepError,
    OperationValidator,
    RequestProblem,
    ValidRequest,
    _compile,
    parse_json,
)
from idvkit.specs import Operation, OperationIndex, follow_refs, json_pointer

#: Shortest credential value looked for in responses (shorter ones match by chance).
MIN_ECHOED_CREDENTIAL = 6
_MISSING_CONTENT_TYPE = ("ST104", "Missing Content-Type header")
_UNDOCUMENTED_CONTENT_TYPE = ("ST105", "Undocumented Content-Type")
_SCHEMA = ("ST108", "Response violates schema")


def media_type_of(content_type: str | None) -> str | None:
    """``type/subtype`` of a Content-Type value, lower case; None when absent."""
    if not content_type:
        return None
    return content_type.split(";", 1)[0].strip().lower() or None


def _is_json(media_type: str | None) -> bool:
    return media_type is not None and (media_type == "application/json" or media_type.endswith("+json"))


@dataclass(frozen=True)
class _Response:
    """One documented response: its key (``200``, ``4XX``, ``default``), media types with their compiled schemas."""

    key: str
    #: where the response object sits in the document
    pointer: str
    #: media type -> (compiled schema, pointer of the schema in the document) (None: no schema)
    media: Mapping[str, tuple[jsonschema_rs.Draft202012Validator, str] | None]


@dataclass(frozen=True)
class _Judged:
    operation: Operation
    request: OperationValidator
    responses: Mapping[str, _Response]
    #: security requirements: each a list of (scheme type, scheme, header name)
    security: tuple[tuple[tuple[str, str, str], ...], ...]


def _schemes(document: Mapping[str, Any], operation: Operation) -> tuple[tuple[tuple[str, str, str], ...], ...]:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    requirements = operation.definition.get("security", document.get("security")) or []
    found = []
    for requirement in requirements:
        if not isinstance(requirement, Mapping):
            continue
        if not requirement:
            return ()  # an empty requirement: the operation may be called without credentials
        entries = []
        for name in requirement:
            scheme = schemes.get(name) or {}
            if scheme.get("type") == "apiKey" and scheme.get("in") == "header":
                entries.append(("apiKey", "", str(scheme.get("name", "")).lower()))
            elif scheme.get("type") == "http":
                entries.append(("http", str(scheme.get("scheme", "")).lower(), "authorization"))
        found.append(tuple(entries))
    return tuple(found)


def _pointer(parts: Iterable[object]) -> str:
    return json_pointer([str(part) for part in parts])


class ExchangeJudge:
    """The checks of one vendor's spec, compiled once (``document``: the bundled OpenAPI document)."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        components = document.get("components") or {}
        self._index: OperationIndex[_Judged] = OperationIndex()
        entries = []
        for operation in OperationIndex.of_document(document):
            responses = {}
            for key, node in (operation.definition.get("responses") or {}).items():
                pointer = f"{operation.pointer}/responses/{json_pointer([str(key)]).lstrip('/')}"
                node = follow_refs(document, node)
                if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
                    pointer = node["$ref"][1:]
                media: dict[str, tuple[jsonschema_rs.Draft202012Validator, str] | None] = {}
                for media_type, content in ((node or {}).get("content") or {}).items():
                    schema = content.get("schema") if isinstance(content, Mapping) else None
                    where = f"{pointer}/content/{json_pointer([str(media_type)]).lstrip('/')}/schema"
                    media[str(media_type).lower()] = (_compile(schema, components), where) if schema else None
                responses[str(key)] = _Response(str(key), pointer, media)
            judged = _Judged(
                operation, OperationValidator(document, operation), responses, _schemes(document, operation)
            )
            entries.append((operation.method, operation.path, judged))
        self._index = OperationIndex(entries)

    def _match(self, method: str, path: str) -> tuple[_Judged | None, Mapping[str, str]]:
        found = self._index.match(method.upper(), path)
        if found is None or found.operation is None:
            return None, {}
        return found.operation, found.path_parameters

    def operation_label(self, method: str, path: str) -> str:
        judged, _ = self._match(method, path)
        return judged.operation.label if judged is not None else UNDOCUMENTED_OPERATION

    # ------------------------------------------------------------------------------------------------ request
    def judge_request(self, exchange: RawExchange) -> tuple[list[Violation], RequestProblem | ValidRequest | None]:
        """The request's violations, and what the validator made of it (None: no operation, or body not kept)."""
        judged, parameters = self._match(exchange.method, exchange.path)
        if judged is None:
            problem = Violation(
                "request",
                UNDOCUMENTED_OPERATION,
                "undocumented_operation",
                "Request to an undocumented operation",
                "",
                "path",
            )
            return [problem], None
        if exchange.request_body is None:
            return [], None
        headers = dict(exchange.request_headers)
        result = judged.request.validate(
            content_type=headers.get("content-type"),
            body=exchange.request_body,
            query=list(exchange.query),
            headers=headers,
            path_parameters={name: unquote(value) for name, value in parameters.items()},
        )
        if isinstance(result, ValidRequest):
            return [], result
        pointer = _pointer(result.field.split(".")) if result.field else ""
        if result.location != "body" and result.field:
            pointer = f"/{result.location}{_pointer([result.field])}"
        violation = Violation(
            "request", judged.operation.label, "request_conformance", "Request violates the spec", pointer, result.rule
        )
        return [violation], result

    def _credentials_sent(self, judged: _Judged, exchange: RawExchange) -> bool:
        if not judged.security:
            return True
        return any(all(self._carries(entry, exchange) for entry in requirement) for requirement in judged.security)

    @staticmethod
    def _carries(entry: tuple[str, str, str], exchange: RawExchange) -> bool:
        kind, scheme, header = entry
        value = exchange.request_header(header)
        if not value:
            return False
        if value == MASK:
            return True  # a capture masks credentials: one was sent
        return kind == "apiKey" or value.split(" ", 1)[0].lower() == scheme

    # ----------------------------------------------------------------------------------------------- response
    def judge_response(
        self, exchange: RawExchange, request: RequestProblem | ValidRequest | None = None
    ) -> tuple[list[Violation], Any, str | None]:
        """The response's violations, its parsed body (None when not JSON or not kept) and the pointer of the
        documented response it was validated against (None: not validated)."""
        judged, _ = self._match(exchange.method, exchange.path)
        status = exchange.status
        if judged is None or status is None:
            return [], None, None
        label = judged.operation.label
        found: list[Violation] = []

        def add(code_title: tuple[str, str], pointer: str, kind: str, **extra: Any) -> None:
            found.append(Violation("response", label, code_title[0], code_title[1], pointer, kind, status, **extra))

        if status >= 500:
            add(("ST101", "Server error"), "", "status")
        if status < 400 and not self._credentials_sent(judged, exchange):
            add(("ST401", "API accepts requests without authentication"), "", "security")
        if status < 400 and isinstance(request, RequestProblem):
            negated = None
            if request.kind == "missing" and request.location == "body" and request.field:
                negated = {"property": request.field.split(".")[-1]}
            elif request.location in ("query", "header", "path") and request.field:
                negated = {"parameter": request.field, "in": request.location}
            add(("ST201", "Schema-violating request accepted"), "", request.rule, negated=negated)
        response = next(
            (
                judged.responses[key]
                for key in (str(status), f"{str(status)[0]}XX", "default")
                if key in judged.responses
            ),
            None,
        )
        if response is None:
            add(("ST103", "Undocumented HTTP status code"), "", "status")
            return found, self._parsed(exchange), None
        media_type = media_type_of(exchange.response_header("content-type"))
        body = exchange.response_body
        if not response.media:
            return found, None, response.pointer if body is not None else None
        if media_type is None:
            if body:
                add(_MISSING_CONTENT_TYPE, "", "contentType")
            return found, None, response.pointer if body is not None else None
        if media_type not in response.media:
            add(_UNDOCUMENTED_CONTENT_TYPE, "", "contentType")
            return found, self._parsed(exchange), None
        compiled = response.media[media_type]
        if body is None or not _is_json(media_type):
            return found, None, None
        try:
            instance = parse_json(body)
        except (JSONTooDeepError, RecursionError):
            add(("ST109", "JSON deserialization error"), "", "maxDepth")
            return found, None, None
        except (ValueError, UnicodeError):
            add(("ST109", "JSON deserialization error"), "", "syntax")
            return found, None, None
        if compiled is not None:
            validator, base = compiled
            try:
                errors = list(validator.iter_errors(instance))
            except (ValueError, RecursionError):
                errors = []
                add(_SCHEMA, "", "maxDepth")
            for error in errors:
                if error.instance == MASK or (isinstance(error.instance, list) and MASK in error.instance):
                    continue  # a value a capture masked (personal data): not judged
                rule = type(error.kind).__name__
                schema_path = [str(part) for part in error.schema_path]
                # schemas reached through a $ref are located in the document (the path starts at components)
                located = schema_path[:-1]
                schema_pointer = _pointer(located) if located[:1] == ["components"] else f"{base}{_pointer(located)}"
                instance_pointer = _pointer(error.instance_path)
                if rule == "Required":
                    instance_pointer += _pointer([str(getattr(error.kind, "property", ""))])
                add(_SCHEMA, instance_pointer, rule[0].lower() + rule[1:], schema_pointer=schema_pointer)
        found += self._vendor_checks(judged, exchange, request, instance)
        return found, instance, response.pointer

    @staticmethod
    def _parsed(exchange: RawExchange) -> Any:
        if exchange.response_body is None:
            return None
        try:
            return parse_json(exchange.response_body)
        except (ValueError, UnicodeError, RecursionError):
            return None

    def _vendor_checks(
        self, judged: _Judged, exchange: RawExchange, request: RequestProblem | ValidRequest | None, body: Any
    ) -> list[Violation]:
        label, status = judged.operation.label, exchange.status or 0
        found = []
        problem = undocumented_error_identifier(self.document, status, body)
        if problem:
            found.append(
                Violation(
                    "response",
                    label,
                    "documented_error_identifier",
                    "Undocumented error identifier",
                    "/identifier",
                    "enum",
                    status,
                )
            )
        if exchange.response_body and any(
            len(secret) >= MIN_ECHOED_CREDENTIAL and secret.encode() in exchange.response_body
            for secret in request_credentials(exchange)
        ):
            found.append(
                Violation(
                    "response", label, "no_credential_echo", "Response repeats a credential", "", "credential", status
                )
            )
        echoes = echoed_fields(self.document, judged.operation.definition, status)
        request_body = request.body if isinstance(request, ValidRequest) else None
        if echoes and echo_mismatches(echoes, request_body, body):
            for prop, field_name in echoes.items():
                if (
                    isinstance(request_body, Mapping)
                    and isinstance(body, Mapping)
                    and field_name in request_body
                    and prop in body
                    and body[prop] != request_body[field_name]
                ):
                    found.append(
                        Violation(
                            "response",
                            label,
                            "echoed_request_fields",
                            "Response does not repeat the request",
                            _pointer([prop]),
                            "x-echo",
                            status,
                        )
                    )
        return found


def request_credentials(exchange: RawExchange) -> list[str]:
    """The credential values a request carries: the basic-auth user name and password (and their encoding),
    bearer tokens, and the values of the other credential headers."""
    values = []
    for name, value in exchange.request_headers:
        if name not in CREDENTIAL_HEADERS or name in ("cookie", "set-cookie"):
            continue
        kind, _, rest = value.partition(" ")
        if name in ("authorization", "proxy-authorization") and kind.lower() == "basic":
            try:
                user, _, password = base64.b64decode(rest.strip(), validate=True).decode().partition(":")
            except (binascii.Error, UnicodeDecodeError, ValueError):
                continue
            values += [user, password, rest.strip()]
        elif name in ("authorization", "proxy-authorization") and rest:
            values.append(rest.strip())
        else:
            values.append(value.strip())
    return [value for value in values if value]
