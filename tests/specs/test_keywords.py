"""Unknown schema keywords and undocumented extensions are refused (issue 14, item 7)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from idvkit.specs import load_document
from idvkit.specs._keywords import JSON_SCHEMA_KEYWORDS, OPENAPI_SCHEMA_KEYWORDS, keyword_problems
from tests.conftest import ROOT, SPECS

SCRIPT = ROOT / "scripts" / "lint_specs.py"
DOCUMENTED = frozenset({"x-assumption", "x-source"})

# The slip Redocly found in specs/sandbox-control.yaml: an unquoted comma in a flow-mapping description.
TRUNCATED = """\
openapi: 3.1.0
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    ClockState:
      type: object
      properties:
        now: {type: number, description: The sandbox time, in seconds since the epoch.}
"""


def _spec(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "spec.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _lint(*files: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, files)], capture_output=True, text=True, check=False, cwd=ROOT
    )


def test_a_description_cut_at_a_flow_mapping_comma_is_caught(tmp_path: Path) -> None:
    problems = keyword_problems(load_document(_spec(tmp_path, TRUNCATED)), DOCUMENTED)
    assert [(p.pointer, p.keyword) for p in problems] == [
        ("/components/schemas/ClockState/properties/now", "in seconds since the epoch.")
    ]
    assert "flow mapping" in problems[0].reason


def test_the_lint_script_fails_naming_file_and_pointer(tmp_path: Path) -> None:
    result = _lint(_spec(tmp_path, TRUNCATED))
    assert result.returncode == 1
    assert "#/components/schemas/ClockState/properties/now: unknown schema keyword" in result.stderr


def test_the_quoted_description_passes(tmp_path: Path) -> None:
    fixed = TRUNCATED.replace("description: The sandbox time, in seconds since the epoch.", "description: 'a, b'")
    assert keyword_problems(load_document(_spec(tmp_path, fixed)), DOCUMENTED) == []


@pytest.mark.parametrize(
    ("schema", "pointer", "keyword"),
    [
        ({"type": "string", "maxLenght": 3}, "/components/schemas/S", "maxLenght"),
        ({"items": {"nullable": True}}, "/components/schemas/S/items", "nullable"),
        (
            {"properties": {"a": {"anyOf": [{"type": "string"}, {"exclusiveMin": 1}]}}},
            "/components/schemas/S/properties/a/anyOf/1",
            "exclusiveMin",
        ),
        ({"additionalProperties": {"x-personl": True}}, "/components/schemas/S/additionalProperties", "x-personl"),
        ({"$defs": {"d": {"dependencies": {}}}}, "/components/schemas/S/$defs/d", "dependencies"),
    ],
)
def test_every_subschema_position_is_checked(schema: object, pointer: str, keyword: str) -> None:
    document = {"openapi": "3.1.0", "components": {"schemas": {"S": schema}}}
    assert [(p.pointer, p.keyword) for p in keyword_problems(document, DOCUMENTED)] == [(pointer, keyword)]


def test_schemas_in_operations_and_undocumented_extensions_anywhere_are_checked() -> None:
    document = {
        "openapi": "3.1.0",
        "x-provenance": {"paths": {"/a": {"x-sauce": "typo"}}},
        "paths": {
            "/a": {
                "post": {
                    "x-billable": True,
                    "requestBody": {"content": {"application/json": {"schema": {"typ": "object"}}}},
                    "responses": {"200": {"description": "ok"}},
                }
            }
        },
    }
    found = {(p.pointer, p.keyword) for p in keyword_problems(document, DOCUMENTED | {"x-billable"})}
    assert found == {
        ("", "x-provenance"),
        ("/x-provenance/paths/~1a", "x-sauce"),
        ("/paths/~1a/post/requestBody/content/application~1json/schema", "typ"),
    }


def test_instance_data_is_not_read_as_keywords() -> None:
    schema = {"type": "object", "example": {"typo": 1}, "default": {"x-any": 1}, "enum": [{"foo": 1}]}
    document = {"openapi": "3.1.0", "components": {"schemas": {"S": schema}}}
    assert keyword_problems(document, DOCUMENTED) == []


def test_every_json_schema_and_openapi_keyword_is_known() -> None:
    document = {
        "openapi": "3.1.0",
        "components": {"schemas": {"S": dict.fromkeys(JSON_SCHEMA_KEYWORDS | OPENAPI_SCHEMA_KEYWORDS)}},
    }
    assert keyword_problems(document, DOCUMENTED) == []


def test_the_project_specs_pass() -> None:
    result = _lint(*sorted(SPECS.glob("*.yaml")))
    assert result.returncode == 0, result.stderr
    assert _lint().returncode == 0
