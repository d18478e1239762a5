"""idvkit.specs.OperationIndex: (method, concrete path) -> the operation and its path parameter values.

The bundled documents (the three vendors and the sandbox-control API) define the space: every operation is
found at every concrete path its template stands for, with the values put in; a path no path item stands for
is no match; a path item's missing methods are a "method not allowed" with the methods it has.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import idvkit_specs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from idvkit.specs import Operation, OperationIndex, iter_operations
from idvkit.specs._operations import HTTP_METHODS

PARAMETER = re.compile(r"\{([^{}/]+)\}")
#: One path segment's worth of text: no "/", not empty (what a path parameter stands for).
SEGMENT = st.text(st.characters(codec="utf-8", exclude_characters="/"), min_size=1, max_size=12)
ALL_OPERATIONS = [(name, op) for name in idvkit_specs.DOCUMENTS for op in iter_operations(idvkit_specs.load(name))]
OPERATIONS = [pytest.param(name, op, id=f"{name}-{op.method}-{op.path}") for name, op in ALL_OPERATIONS]


@cache
def document(name: str) -> dict[str, Any]:
    return idvkit_specs.load(name)


@cache
def index(name: str) -> OperationIndex[Operation]:
    return OperationIndex.of_document(document(name))


def concrete(template: str, values: dict[str, str]) -> str:
    return PARAMETER.sub(lambda found: values[found[1]], template)


def templates_matching(name: str, path: str) -> list[str]:
    """The path templates of document ``name`` that ``path`` stands for, by comparing segment by segment.

    An oracle independent of the index: every parameter of the bundled specs is a whole segment.
    """
    segments = path.split("/")
    found = []
    for template in document(name)["paths"]:
        parts = template.split("/")
        if len(parts) == len(segments) and all(
            (bool(segment) if PARAMETER.fullmatch(part) else part == segment)
            for part, segment in zip(parts, segments, strict=True)
        ):
            found.append(template)
    return found


def test_the_bundled_documents_have_templated_paths_to_test() -> None:
    templated = [op for _, op in ALL_OPERATIONS if "{" in op.path]
    assert len(templated) >= 4
    assert any(len(PARAMETER.findall(op.path)) == 2 for op in templated)


@pytest.mark.parametrize(("name", "operation"), OPERATIONS)
@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_every_operation_is_found_at_its_concrete_paths(name: str, operation: Operation, data: st.DataObject) -> None:
    names = PARAMETER.findall(operation.path)
    values = {parameter: data.draw(SEGMENT, label=parameter) for parameter in names}
    path = concrete(operation.path, values)
    # a concrete path of the document is matched before any template (none of the bundled ones collide)
    assert path == operation.path or path not in document(name)["paths"]

    found = index(name).match(operation.method.upper(), path)

    assert found is not None, path
    assert found.operation == operation
    assert found.template == operation.path
    assert found.path_parameters == values
    assert operation.method.upper() in found.allowed_methods


@pytest.mark.parametrize("name", idvkit_specs.DOCUMENTS)
@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_a_path_matches_only_what_a_path_item_stands_for(name: str, data: st.DataObject) -> None:
    literals = sorted({part for template in document(name)["paths"] for part in template.split("/")[1:]})
    literals = [part for part in literals if not PARAMETER.search(part)]
    segments = data.draw(st.lists(st.sampled_from(literals) | SEGMENT | st.just(""), max_size=6), label="segments")
    path = "/" + "/".join(segments)
    method = data.draw(st.sampled_from([m.upper() for m in HTTP_METHODS]), label="method")

    expected = templates_matching(name, path)
    found = index(name).match(method, path)

    if not expected:
        assert found is None, path
        return
    assert found is not None, path
    # a concrete path first, else the first template in document order
    assert found.template == (path if path in expected else expected[0])
    declared = {m.upper(): op for m, op in document(name)["paths"][found.template].items() if m in HTTP_METHODS}
    assert found.allowed_methods == tuple(sorted(declared))
    assert (found.operation.definition if found.operation else None) == declared.get(method)


@pytest.mark.parametrize("name", idvkit_specs.DOCUMENTS)
def test_an_undeclared_method_is_not_allowed_and_names_the_methods_there_are(name: str) -> None:
    for template, item in document(name)["paths"].items():
        declared = tuple(sorted(m.upper() for m in item if m in HTTP_METHODS))
        path = concrete(template, {parameter: "x" for parameter in PARAMETER.findall(template)})
        for method in HTTP_METHODS:
            found = index(name).match(method.upper(), path)
            assert found is not None
            assert found.allowed_methods == declared
            assert (found.operation is None) == (method.upper() not in declared)
            # HTTP methods are case-sensitive: "post" is not POST
            lower = index(name).match(method, path)
            assert lower is not None
            assert lower.operation is None
            assert lower.allowed_methods == declared


def _index(*paths: str, method: str = "get") -> OperationIndex[str]:
    return OperationIndex((method, path, path) for path in paths)


def test_a_concrete_path_is_matched_before_a_template() -> None:
    for order in (("/calls/{id}", "/calls/active"), ("/calls/active", "/calls/{id}")):
        found = _index(*order).match("GET", "/calls/active")
        assert found is not None
        assert found.operation == "/calls/active"
        assert found.path_parameters == {}
    other = _index("/calls/{id}", "/calls/active").match("GET", "/calls/42")
    assert other is not None
    assert (other.operation, dict(other.path_parameters)) == ("/calls/{id}", {"id": "42"})


def test_overlapping_templates_are_tried_in_the_order_added() -> None:
    found = _index("/a/{x}/b", "/a/{y}/{z}").match("GET", "/a/1/b")
    assert found is not None
    assert (found.operation, dict(found.path_parameters)) == ("/a/{x}/b", {"x": "1"})
    found = _index("/a/{y}/{z}", "/a/{x}/b").match("GET", "/a/1/b")
    assert found is not None
    assert (found.operation, dict(found.path_parameters)) == ("/a/{y}/{z}", {"y": "1", "z": "b"})


def test_parameters_inside_a_segment_and_names_that_are_no_identifiers() -> None:
    found = _index("/files/{scan-ref}/{name}.{ext}").match("GET", "/files/9b11/FRONT.face.png")
    assert found is not None
    assert found.path_parameters == {"scan-ref": "9b11", "name": "FRONT.face", "ext": "png"}
    assert _index("/files/{name}.{ext}").match("GET", "/files/nodot") is None


@pytest.mark.parametrize(
    "path",
    [
        "/aXb/1",  # "." is a literal, not "any character"
        "/a+b/1",
        "/a.b/1/",
        "/a.b/",
        "/a.b/1/2",
        "a.b/1",
        "/x/a.b/1",
        "/t/1/end\n",  # the whole path: no line end after it
        "/t/1/end/",
        "/t//end",
        "/exact\n",
        "/exact/",
    ],
)
def test_literal_parts_match_only_themselves_and_the_whole_path(path: str) -> None:
    index_ = _index("/a.b/{id}", "/t/{id}/end", "/exact")
    assert index_.match("GET", path) is None
    for matching in ("/a.b/1", "/t/1/end", "/exact"):
        assert index_.match("GET", matching) is not None


def test_values_are_as_given_not_decoded() -> None:
    found = _index("/ui/{page}").match("GET", "/ui/a%2Fb%0A")
    assert found is not None
    assert found.path_parameters == {"page": "a%2Fb%0A"}


def test_operations_of_one_path_are_grouped_and_iterated_in_order() -> None:
    built = OperationIndex([("post", "/t/{id}", 1), ("get", "/t/{id}", 2), ("get", "/u", 3)])
    found = built.match("DELETE", "/t/7")
    assert found is not None
    assert found.operation is None
    assert found.allowed_methods == ("GET", "POST")
    assert list(found.operations) == ["POST", "GET"]
    assert list(built) == [3, 1, 2]
    assert len(built) == 3


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ([("get", "/a", 1), ("GET", "/a", 2)], "GET /a is in the index twice"),
        ([("get", "/a/{x}/{x}", 1)], "names the parameter x more than once"),
        ([("get", "/a/{x}", 1), ("post", "/a/{y}", 2)], "'/a/{x}' and '/a/{y}' match the same paths"),
    ],
)
def test_an_ambiguous_index_is_refused(entries: list[tuple[str, str, int]], message: str) -> None:
    with pytest.raises(ValueError, match=re.escape(message)):
        OperationIndex(entries)


def test_templates_are_compiled_once_when_the_index_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    built = _index("/a/{x}", "/b/{y}/c")

    def no_compiling(*args: object, **kwargs: object) -> None:
        raise AssertionError("a pattern was compiled while matching")

    monkeypatch.setattr(re, "compile", no_compiling)
    monkeypatch.setattr(re, "_compile", no_compiling)  # behind re.match, re.fullmatch, re.sub...
    for path in ("/a/1", "/b/2/c", "/nothing"):
        built.match("GET", path)
