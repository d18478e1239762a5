"""idvkit.redact: secrets and personal data are masked in every report format, which stays well-formed."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ElementTree
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from idvkit.redact import Redactor, UnredactableReportError, redact_report
from idvkit.redact._rules import MASK, PERSONAL_FIELDS

SECRETS = ("KEYzq81xLONG", "SECRETwp42mLONG")
# distinctive values that can only come from the personal fields they are put in
PERSONAL = st.sampled_from(["Zqxwpmeta", "Vbnokrule", "XK4478812", "1971-03-04", "77 Quirkstreet"])
FIELDS = st.sampled_from(sorted(PERSONAL_FIELDS))
KEYS = st.text(st.characters(codec="utf-8"), max_size=8).filter(
    lambda key: key not in PERSONAL_FIELDS and key.lower() not in ("authorization", "apikey", "value", "name")
)
SCALARS = st.none() | st.booleans() | st.integers() | st.text(max_size=12).filter(lambda t: "Zqx" not in t)


def _with_personal_data() -> st.SearchStrategy[Any]:
    """JSON documents where personal fields (with distinctive values, as strings or numbers) sit at any depth."""
    personal_leaf = st.builds(lambda field, value: {field: value}, FIELDS, PERSONAL | st.just(4478812))
    return st.recursive(
        SCALARS | personal_leaf,
        lambda children: st.lists(children, max_size=4) | st.dictionaries(KEYS, children, max_size=4),
        max_leaves=12,
    )


def _leaks(text: str) -> list[str]:
    values = ["Zqxwpmeta", "Vbnokrule", "XK4478812", "1971-03-04", "77 Quirkstreet", "4478812", *SECRETS]
    return [value for value in values if value in text]


@given(_with_personal_data())
def test_json_report_is_masked_and_stays_json(document: Any) -> None:
    text = json.dumps(document)
    masked = redact_report("run.json", text, Redactor(SECRETS))
    json.loads(masked)
    assert _leaks(masked) == []


@given(_with_personal_data())
def test_json_embedded_in_a_har_string_is_masked_and_stays_json(document: Any) -> None:
    har = {
        "log": {"entries": [{"request": {"postData": {"mimeType": "application/json", "text": json.dumps(document)}}}]}
    }
    masked = redact_report("requests.har", json.dumps(har), Redactor(SECRETS))
    inner = json.loads(masked)["log"]["entries"][0]["request"]["postData"]["text"]
    json.loads(inner)
    assert _leaks(masked) == []


@given(_with_personal_data())
def test_yaml_cassette_is_masked_and_stays_yaml(document: Any) -> None:
    cassette = {"http_interactions": [{"request": {"body": {"string": json.dumps(document)}}, "response": document}]}
    masked = redact_report("cassette.yaml", yaml.safe_dump(cassette), Redactor(SECRETS))
    yaml.safe_load(masked)
    assert _leaks(masked) == []


@given(_with_personal_data())
def test_text_masking_keeps_embedded_json_well_formed(document: Any) -> None:
    """Terminal output and JUnit text are masked by patterns: JSON in them, also JSON inside a JSON string,
    must stay parseable (a masked number became a bare quoted string once)."""
    inner = json.dumps(document)
    outer = json.dumps({"text": inner})
    masked = Redactor(SECRETS).text(outer)
    json.loads(json.loads(masked)["text"])
    assert _leaks(Redactor(SECRETS).text(inner)) == []


def test_credential_headers_are_masked_as_keys_and_as_har_entries() -> None:
    har = {
        "headers": [
            {"name": "Authorization", "value": "Basic dW5rbm93bjp1bmtub3du"},
            {"name": "apikey", "value": "some-unknown-key"},
            {"name": "Content-Type", "value": "application/json"},
        ],
        "vcr": {"Authorization": ["Bearer opaque-token"], "ApiKey": "k-123"},
    }
    masked = json.loads(redact_report("x.har", json.dumps(har), Redactor()))
    assert [entry["value"] for entry in masked["headers"]] == [MASK, MASK, "application/json"]
    assert masked["vcr"] == {"Authorization": [MASK], "ApiKey": MASK}


def test_junit_xml_is_masked_in_text_and_attributes() -> None:
    junit = (
        '<?xml version="1.0"?><testsuites><testsuite name="s"><testcase name="POST /api/v2/token">'
        '<failure message="x KEYzq81xLONG">curl -H \'Authorization: Basic abc\' -d \'{"firstName": "Zqxwpmeta"}\''
        '\n[200] {"documentNumber": 4478812}</failure></testcase></testsuite></testsuites>'
    )
    masked = redact_report("junit.xml", junit, Redactor(SECRETS))
    root = ElementTree.fromstring(masked)  # noqa: S314 - our own test document
    assert root.find(".//testcase").get("name") == "POST /api/v2/token"  # type: ignore[union-attr]
    assert _leaks(masked) == []
    assert "Basic abc" not in masked


def test_html_is_masked_between_tags_with_entities_decoded() -> None:
    page = (
        "<html><head><style>.a{}</style><script>var firstName = 1;</script></head><body>"
        "<pre>curl -X POST -H &#x27;Authorization: Basic abc&#x27; -H &#x27;Content-Type: application/json&#x27;"
        " -d &#x27;{&quot;firstName&quot;: &quot;Zqxwpmeta&quot;}&#x27;</pre>"
        '<a href="#case-1" title="case">KEYzq81xLONG</a></body></html>'
    )
    masked = redact_report("index.html", page, Redactor(SECRETS))
    assert _leaks(masked) == []
    assert "Basic abc" not in masked
    assert "Content-Type: application/json" in masked  # only the credential is masked, not what follows
    assert "<script>var firstName = 1;</script>" in masked
    assert '<a href="#case-1" title="case">' in masked


@pytest.mark.parametrize("name", ["run.json", "requests.har", "cassette.yaml", "junit.xml"])
def test_a_report_cut_short_is_refused_not_published_half_masked(name: str) -> None:
    whole = {"run.json": '{"a": [1, 2', "requests.har": '{"log": {', "cassette.yaml": "a: [1, 2", "junit.xml": "<a><b>"}
    with pytest.raises(UnredactableReportError, match=name):
        redact_report(name, whole[name], Redactor())


#: What may stand next to a credential in a report or a terminal line: separators, quotes, and escapes that end
#: in a word character (JSON's \n and \u0022, YAML's \x22, URL encoding's %3D).
DELIMITERS = st.sampled_from(
    [" ", "", '"', "'", ":", "=", "&", ",", "/", "\n", "\\n", "\\u0022", "\\x22", "%3D", "\t", "@"]
)
WORD = st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_"), max_size=6)


@given(st.text(max_size=40), DELIMITERS, DELIMITERS)
def test_any_text_masks_the_secrets_it_holds(noise: str, before: str, after: str) -> None:
    """Wherever a secret stands as a whole value, whatever surrounds it."""
    masked = Redactor(SECRETS).text(f"{noise} {before}{SECRETS[0]}{after} {noise} {before}{SECRETS[1]}{after}")
    assert SECRETS[0] not in masked
    assert SECRETS[1] not in masked


@given(
    st.text(st.sampled_from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), min_size=4, max_size=10),
    WORD,
    WORD,
    DELIMITERS,
)
def test_a_secret_is_masked_as_a_whole_value_never_inside_a_word(
    secret: str, prefix: str, suffix: str, delimiter: str
) -> None:
    """A password ``pass`` masks "pass" and leaves "passed" alone."""
    redactor = Redactor([secret])
    inside = f"{prefix}{secret}{suffix}"
    if prefix or suffix:
        assert redactor.text(inside) == inside
    alone = f"{inside}{delimiter if delimiter.strip() else ' '}{secret}."
    assert redactor.text(alone) == f"{redactor.text(inside)}{delimiter if delimiter.strip() else ' '}{MASK}."


def test_a_short_password_leaves_the_words_that_contain_it() -> None:
    redactor = Redactor(["pass"])
    assert redactor.text("3 passed, 1 bypassed; password pass") == f"3 passed, 1 bypassed; password {MASK}"


def _violation(pointer: str, value: str) -> str:
    return (
        "1. Test Case ID: p7MezY\n\n- ST108 Response violates schema\n\n"
        f'    {value} is not of types "null", "string"\n\n'
        "    Validated against the response schema for status code 201.\n\n"
        f"    Schema at {pointer}:\n\n"
        '        {\n            "type": "string"\n        }\n\n'
        f"    Value:\n\n        {value}\n\n[201] Created:\n\n    `{{}}`\n"
    )


@pytest.mark.parametrize(
    "pointer",
    [
        "/components/schemas/TokenResponse/properties/personalNumber",
        "/components/schemas/Data/properties/address/properties/street",  # inside a personal field
        "/additionalProperties",  # the location does not name the field
        "/components/schemas/Files/properties/images/items",
    ],
)
def test_a_bare_personal_value_in_a_violation_message_is_masked(pointer: str) -> None:
    text = _violation(pointer, "39107130017")
    masked = Redactor().text(text)
    assert "39107130017" not in masked
    assert f"Schema at {pointer}:" in masked  # where the problem is stays readable
    streamed = Redactor().stream()
    lines = [out for line in text.splitlines(keepends=True) for out in streamed.feed(line)] + streamed.close()
    assert "".join(lines) == masked


def test_a_violation_of_a_field_that_is_not_personal_stays_readable() -> None:
    text = _violation("/components/schemas/StatusResponse/properties/clientId", "4711")
    assert Redactor().text(text) == text


def test_a_stream_passes_progress_lines_at_once_and_holds_only_inside_failure_blocks() -> None:
    stream = Redactor().stream()
    assert stream.feed(" ✅  Examples (in 0.73s)\n") == [" ✅  Examples (in 0.73s)\n"]
    assert stream.feed("- ST108 Response violates schema\n") == []  # a block: held until its location is known
    assert stream.feed("    39107130017 is not of types\n") == []
    released = stream.feed("    Schema at /components/schemas/X/properties/personalNumber:\n")
    assert "".join(released).count("39107130017") == 0
    assert len(released) == 3
