"""The personal field names redaction masks are the specs' ``x-personal`` marks, and the marks are complete."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import idvkit_specs
import pytest

from idvkit.redact import Redactor
from idvkit.redact._personal import UNMODELLED_PERSONAL_FIELDS, marked_fields, personal_fields
from idvkit.redact._rules import MASK, PERSONAL_FIELDS
from idvkit.specs import follow_refs

#: The hand-written list redaction used before the marks: nothing it masked may stop being masked.
HAND_WRITTEN_LIST = frozenset(
    {
        "firstName", "lastName", "fullName", "surname", "docFirstName", "docLastName", "orgFirstName",
        "orgLastName", "mothersMaidenName", "docBirthName", "docPatronymic", "orgMothersMaidenName",
        "orgPatronymic", "orgBirthName",
        "dateOfBirth", "docDob", "birthPlace", "orgBirthPlace", "date_of_birth",
        "personalNumber", "documentNumber", "docNumber", "docPersonalCode", "personal_id_number",
        "document_number", "digitString",
        "address", "docTemporaryAddress", "orgAddress", "orgTemporaryAddress", "manualAddress", "email", "phone",
        "clientIp",
        "FRONT", "BACK", "FACE", "UTILITY_BILL", "PASSPORT_COVER", "image", "b64Data", "json",
    }
)  # fmt: skip

#: Names of properties that hold personal data by what they are called: names, birth data, document and
#: personal numbers, addresses, nationality, contact details, the client's IP and location, bank identifiers,
#: images and the URLs of photos and videos by step.
PERSONAL_NAME = re.compile(
    r"(?i)(first|last|sur|full|birth|maiden)name$|patronymic$|nationality$|address$|(dob|dateofbirth|birthplace)$"
    r"|personal(number|code)$|(doc|document)number$|^(email|phone|iban|clientip|clientlocation|image|videos)$"
    r"|^(front|back|face|utility_bill|passport_cover)(_video)?$|^video_call_(front|back|face)$"
)
#: Names too generic to mask wherever they appear (report structure, HAR name/value entries, check names):
#: a personal value under such a name is masked through a marked enclosing property instead.
GENERIC = frozenset(
    {"name", "value", "id", "key", "title", "type", "status", "data", "url", "message", "description", "date"}
    | {"success", "token", "event", "method", "state", "error", "text", "headers", "request", "response"}
)
VENDOR_SPECS = tuple(idvkit_specs.VENDORS)
DISTINCTIVE = "Zqxwpmeta"


def _properties(document: Any, node: Any = None, where: str = "") -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(pointer, name, schema) of every property of every schema in ``document``, examples left out."""
    node = document if node is None else node
    if isinstance(node, list):
        for index, item in enumerate(node):
            yield from _properties(document, item, f"{where}/{index}")
    elif isinstance(node, dict):
        for keyword, value in node.items():
            if keyword in ("example", "examples", "default", "enum", "const"):
                continue
            if keyword == "properties" and isinstance(value, dict):
                for name, schema in value.items():
                    yield f"{where}/properties/{name}", name, schema
                    yield from _properties(document, schema, f"{where}/properties/{name}")
            else:
                yield from _properties(document, value, f"{where}/{keyword}")


def _can_hold_text(document: Any, schema: Any, depth: int = 0) -> bool:
    schema = follow_refs(document, schema)
    if not isinstance(schema, dict) or depth > 8:
        return False
    types = schema.get("type")
    if "string" in (types if isinstance(types, list) else [types]):
        return True
    branches = [*schema.get("anyOf", []), *schema.get("oneOf", []), *schema.get("allOf", [])]
    if "items" in schema:
        branches.append(schema["items"])
    return any(_can_hold_text(document, branch, depth + 1) for branch in branches)


def _unmarked_personal(document: Any) -> list[str]:
    missing = []
    for where, name, schema in _properties(document):
        looks_personal = PERSONAL_NAME.search(name) and _can_hold_text(document, schema)
        if (looks_personal or schema.get("contentEncoding") == "base64") and schema.get("x-personal") is not True:
            missing.append(where)
    return missing


@pytest.mark.parametrize("vendor", VENDOR_SPECS)
def test_every_property_that_looks_personal_is_marked(vendor: str) -> None:
    assert _unmarked_personal(idvkit_specs.load(vendor)) == []


def test_the_completeness_check_finds_unmarked_properties() -> None:
    idenfy, liveid = idvkit_specs.load("idenfy"), idvkit_specs.load("liveid")
    schemas = idenfy["components"]["schemas"]
    del schemas["VerificationData"]["properties"]["docDob"]["x-personal"]
    del schemas["IdentificationWebhook"]["properties"]["clientIp"]["x-personal"]
    del liveid["components"]["schemas"]["PushAsyncCallRequest"]["properties"]["b64Data"]["x-personal"]
    assert _unmarked_personal(idenfy) == [
        "/components/schemas/VerificationData/properties/docDob",
        "/components/schemas/IdentificationWebhook/properties/clientIp",
    ]
    assert _unmarked_personal(liveid) == ["/components/schemas/PushAsyncCallRequest/properties/b64Data"]


@pytest.mark.parametrize("vendor", VENDOR_SPECS)
def test_every_marked_property_is_masked_in_json_text_and_forms(vendor: str) -> None:
    marked = sorted(marked_fields(idvkit_specs.load(vendor)))
    assert marked
    redactor = Redactor()
    for name in marked:
        assert name in PERSONAL_FIELDS
        assert redactor.data({name: DISTINCTIVE, "other": 1}) == {name: MASK, "other": 1}
        assert DISTINCTIVE not in redactor.text(json.dumps({"outer": {name: DISTINCTIVE}})), name
        assert DISTINCTIVE not in redactor.text(f"a=1&{name}={DISTINCTIVE}"), name


def test_nothing_the_hand_written_list_masked_stops_being_masked() -> None:
    assert set() == HAND_WRITTEN_LIST - PERSONAL_FIELDS


def test_the_personal_fields_are_the_marks_of_the_vendor_specs_and_the_unmodelled_ones() -> None:
    marks = set().union(*(marked_fields(idvkit_specs.load(vendor)) for vendor in VENDOR_SPECS))
    assert PERSONAL_FIELDS == personal_fields() == marks | UNMODELLED_PERSONAL_FIELDS
    in_specs = {name for vendor in VENDOR_SPECS for _, name, _ in _properties(idvkit_specs.load(vendor))}
    assert UNMODELLED_PERSONAL_FIELDS.isdisjoint(in_specs)  # a modelled field is marked in its spec instead


def test_generic_names_are_never_marked() -> None:
    assert set() == GENERIC & PERSONAL_FIELDS


def test_marks_are_read_from_schemas_and_map_keys_only() -> None:
    document = {
        "components": {
            "schemas": {
                "A": {
                    "properties": {
                        "secret": {"type": "string", "x-personal": True},
                        "example": {"type": "string", "x-personal": True},  # a property called "example"
                        "open": {"type": "string", "x-personal": False},
                        "nested": {"properties": {"deep": {"x-personal": True}}},
                        "modules": {"type": "object", "x-personal-keys": ["photo", 7]},
                    },
                    "example": {"properties": {"fromExample": {"x-personal": True}}},
                },
                "B": {"allOf": [{"properties": {"inAllOf": {"x-personal": True}}}]},
            },
        },
        "paths": {"/x": {"post": {"requestBody": {"content": {"application/json": {"examples": {"e": {
            "value": {"properties": {"fromExampleValue": {"x-personal": True}}}
        }}}}}}}},
    }  # fmt: skip
    assert marked_fields(document) == {"secret", "example", "deep", "photo", "inAllOf"}


def test_redaction_imports_no_spec_toolkit_or_validator() -> None:
    code = (
        "import sys, idvkit.redact; "
        "print(sorted(m for m in sys.modules if m.startswith(('idvkit.specs', 'jsonschema', 'openapi_spec'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "[]"
