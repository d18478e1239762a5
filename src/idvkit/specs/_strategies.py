"""Hypothesis strategies for instances of a schema inside a spec, built on schemathesis's generator.

schemathesis generates request bodies only; to generate *any* schema of a spec (response bodies,
webhook payloads, components) it is wrapped as the body of a synthetic operation in a document
that carries the spec's components, so ``#/components/...`` references keep resolving.
"""

from __future__ import annotations

from typing import Any

import schemathesis
from hypothesis import strategies as st
from schemathesis import GenerationMode

from idvkit.specs._pointers import resolve_pointer

_PATH = "/__idvkit__/instance"


def schema_strategy(
    document: dict[str, Any], pointer: str, *, media_type: str = "application/json"
) -> st.SearchStrategy[Any]:
    """Valid instances of the schema at ``pointer`` in ``document`` (a bundled OpenAPI 3.1 spec)."""
    schema = resolve_pointer(document, pointer)
    synthetic = {
        "openapi": "3.1.0",
        "info": {"title": "idvkit instance generator", "version": "1"},
        "paths": {
            _PATH: {
                "post": {
                    "requestBody": {"required": True, "content": {media_type: {"schema": schema}}},
                    "responses": {"200": {"description": "unused"}},
                }
            }
        },
        "components": document.get("components", {}),
    }
    # an explicit, empty configuration: the project's schemathesis.toml (credentials) does not apply here
    operation = schemathesis.openapi.from_dict(synthetic, config=schemathesis.Config())[_PATH]["POST"]
    cases = operation.as_strategy(generation_mode=GenerationMode.POSITIVE)
    return cases.map(lambda case: case.body)
