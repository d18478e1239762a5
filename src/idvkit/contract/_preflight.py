"""Before fuzzing: is the server there, and does it accept the credentials? One clear line if not."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any

import httpx

from idvkit.contract._not_the_api import not_the_api
from idvkit.contract._target import Target, TargetError
from idvkit.specs import Operation, iter_operations, resolve_pointer

_SAFE_METHODS = ("get", "post")


def _example(document: Mapping[str, Any], node: Any) -> Any:
    if isinstance(node, Mapping) and "$ref" in node:
        node = resolve_pointer(dict(document), node["$ref"][1:])
    if not isinstance(node, Mapping):
        return None
    if "example" in node:
        return node["example"]
    examples = node.get("examples") or {}
    for example in examples.values():
        if isinstance(example, Mapping) and "$ref" in example:
            example = resolve_pointer(dict(document), example["$ref"][1:])
        if isinstance(example, Mapping) and "value" in example:
            return example["value"]
    return None


def _probe_operation(document: Mapping[str, Any]) -> Operation | None:
    """A read-only operation secured by a static credential (basic or API key), to test credentials on."""
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    for operation in iter_operations(dict(document)):
        definition = operation.definition
        if definition.get("x-destructive") or definition.get("x-billable") or operation.method not in _SAFE_METHODS:
            continue
        security = definition.get("security", document.get("security", []))
        static = [
            name
            for requirement in security
            for name in requirement
            if schemes.get(name, {}).get("type") == "apiKey" or schemes.get(name, {}).get("scheme") == "basic"
        ]
        if static:
            return operation
    return None


def _credentials(document: Mapping[str, Any], operation: Operation, target: Target) -> tuple[Any, dict[str, str]]:
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    values = list(target.credentials.values())
    for requirement in operation.definition.get("security", document.get("security", [])):
        for name in requirement:
            scheme = schemes.get(name, {})
            if scheme.get("scheme") == "basic" and len(values) >= 2:
                return (values[0], values[1]), {}
            if scheme.get("type") == "apiKey" and values:
                return None, {scheme["name"]: values[0]}
    return None, {}


def _is_tls_error(exc: BaseException) -> bool:
    """Whether an httpx error comes from the TLS layer (httpx reports a failed handshake as ConnectError)."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError):
            return True
        seen = seen.__cause__ or seen.__context__
    return "CERTIFICATE" in str(exc).upper() or "[SSL" in str(exc).upper()


def _not_the_api(document: Mapping[str, Any], operation: Operation, response: httpx.Response) -> str | None:
    """Why ``response`` shows that the target is not the vendor's API (see idvkit.contract._not_the_api)."""
    content_type = response.headers.get("content-type", "")
    return not_the_api(document, operation.definition, response.status_code, content_type, bool(response.content))


def preflight(document: Mapping[str, Any], target: Target, *, timeout: float = 10.0) -> None:
    """Raise TargetError when the server cannot be reached, rejects the credentials (HTTP 401), or is not the
    API at all (a 5xx, or HTML or text where the spec promises JSON).

    Loopback targets are reached directly, whatever the proxy variables say (a proxy would see the
    credentials and could answer in the server's place).
    """
    operation = _probe_operation(document)
    try:
        # TLS settings (the CA bundle takes ~50 ms to load) only for an https target: the preflight follows no
        # redirect, so an http target never needs them
        verify = target.base_url.lower().startswith("https:")
        with httpx.Client(
            base_url=target.base_url, timeout=timeout, trust_env=not target.loopback, verify=verify
        ) as client:
            if operation is None:
                client.get("/")
                return
            auth, headers = _credentials(document, operation, target)
            parameters = operation.definition.get("parameters", [])
            query = {p["name"]: _example(document, p) for p in parameters if p.get("in") == "query"}
            body = operation.definition.get("requestBody")
            content = _example(document, next(iter((body or {}).get("content", {}).values()), None)) if body else None
            response = client.request(
                operation.method.upper(),
                operation.path,
                params={k: str(v) for k, v in query.items() if v is not None},
                json=content,
                headers=headers,
                auth=auth,
            )
    except httpx.TimeoutException:
        raise TargetError(f"{target.base_url} did not answer within {timeout:.0f} s") from None
    except httpx.HTTPError as exc:
        if _is_tls_error(exc):
            raise TargetError(f"TLS error talking to {target.base_url}: {exc}") from None
        if isinstance(exc, httpx.ConnectError):
            raise TargetError(f"cannot connect to {target.base_url}: {exc}") from None
        raise
    if response.status_code == 401:
        raise TargetError(
            f"the server rejected the credentials (HTTP 401 on {operation.label}): check the API key and secret"
        )
    answer = _not_the_api(document, operation, response)
    if answer is not None:
        raise TargetError(
            f"{target.base_url} does not look like the {document.get('info', {}).get('title', 'API')}: "
            f"expected JSON from {operation.label}, got {answer} from {response.request.url}"
        )
