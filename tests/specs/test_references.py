"""idvkit.specs.follow_refs and dereferenced_pointer: chains of local ``$ref``s, percent-decoding, cycles."""

from __future__ import annotations

from typing import Any

import pytest

from idvkit.specs import dereferenced_pointer, follow_refs

DOCUMENT: dict[str, Any] = {
    "components": {
        "schemas": {
            "Token": {"type": "string"},
            "Alias": {"$ref": "#/components/schemas/Token"},
            "Alias of alias": {"$ref": "#/components/schemas/Alias"},
            "Spaced": {"$ref": "#/components/schemas/Alias%20of%20alias"},
            "a/b": {"type": "integer"},
            "Slashed": {"$ref": "#/components/schemas/a~1b"},
            "Loop A": {"$ref": "#/components/schemas/Loop%20B"},
            "Loop B": {"$ref": "#/components/schemas/Loop%20A"},
            "Self": {"$ref": "#/components/schemas/Self"},
            "Dangling": {"$ref": "#/components/schemas/Nowhere"},
            "External": {"$ref": "other.yaml#/components/schemas/Token"},
        }
    }
}
SCHEMAS = "/components/schemas"


@pytest.mark.parametrize(
    ("name", "end"),
    [
        ("Token", "Token"),
        ("Alias", "Token"),
        ("Alias of alias", "Token"),
        ("Spaced", "Token"),  # the fragment is percent-decoded, as a URI fragment is
        ("Slashed", "a~1b"),
        ("External", "External"),  # not a local reference: left as it is
    ],
)
def test_a_chain_of_local_references_is_followed_to_its_end(name: str, end: str) -> None:
    assert dereferenced_pointer(DOCUMENT, f"{SCHEMAS}/{name}") == f"{SCHEMAS}/{end}"
    node = DOCUMENT["components"]["schemas"][name]
    assert follow_refs(DOCUMENT, node) is DOCUMENT["components"]["schemas"][end.replace("~1", "/")]


def test_a_node_that_is_no_reference_is_itself() -> None:
    assert follow_refs(DOCUMENT, 3) == 3
    assert follow_refs(DOCUMENT, {"$ref": 1}) == {"$ref": 1}
    assert dereferenced_pointer(DOCUMENT, "") == ""
    assert follow_refs(DOCUMENT, {"$ref": "#"}) is DOCUMENT


@pytest.mark.parametrize(
    ("name", "cycle"),
    [
        ("Loop A", "#/components/schemas/Loop B -> #/components/schemas/Loop A -> #/components/schemas/Loop B"),
        ("Self", "#/components/schemas/Self -> #/components/schemas/Self"),
    ],
)
def test_a_circular_chain_is_an_error_naming_it(name: str, cycle: str) -> None:
    with pytest.raises(ValueError, match=f"^circular \\$ref: {cycle}$"):
        follow_refs(DOCUMENT, DOCUMENT["components"]["schemas"][name])
    with pytest.raises(ValueError, match="circular"):
        dereferenced_pointer(DOCUMENT, f"{SCHEMAS}/{name}")


def test_a_reference_to_nothing_names_the_missing_segment() -> None:
    with pytest.raises(KeyError, match="Nowhere"):
        follow_refs(DOCUMENT, DOCUMENT["components"]["schemas"]["Dangling"])
    with pytest.raises(KeyError, match="Nowhere"):
        dereferenced_pointer(DOCUMENT, f"{SCHEMAS}/Dangling")
    with pytest.raises(KeyError, match="Missing"):
        dereferenced_pointer(DOCUMENT, f"{SCHEMAS}/Missing")
