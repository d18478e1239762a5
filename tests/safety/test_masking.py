"""The credentials in use never reach an output: neither the key and secret nor their basic-auth encoding
(``base64(key:secret)``, what an ``Authorization: Basic`` header and a server that echoes it carry), in
text, in HAR files and curl lines, and in every report ``publish_reports`` writes (``requests.har`` first)."""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from idvkit.contract._reports import publish_reports
from idvkit.redact import Redactor, redact_report
from idvkit.redact._rules import MASK

KEY, SECRET = "KEYmask4417q", "SECRETmask9921w"
#: the basic-auth encoding: neither the key nor the secret appears in it, so only its own rule masks it
ENCODED = base64.b64encode(f"{KEY}:{SECRET}".encode()).decode()
CREDENTIALS = (KEY, SECRET, ENCODED)
REDACTOR = Redactor([KEY, SECRET])
CURL = (
    f"curl -X POST -H 'Authorization: Basic {ENCODED}' -H 'Content-Type: application/json' "
    '-d \'{"clientId": "c-1"}\' http://127.0.0.1:8001/api/v2/token'
)
TIMESTAMP = "20261122T101500Z"


def _hits(text: str) -> list[str]:
    return [value for value in CREDENTIALS if value in text]


def test_the_encoding_holds_neither_credential() -> None:
    # the premise of the tests below: masking the key and the secret alone leaves the encoding whole
    assert KEY not in ENCODED
    assert SECRET not in ENCODED


# -- text ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        f"the server answered: invalid credentials Basic {ENCODED}",
        f"credentials={ENCODED}",
        f'{{"echo": "{ENCODED}"}}',
        ENCODED,
    ],
)
def test_the_basic_auth_encoding_is_masked_in_text(line: str) -> None:
    masked = REDACTOR.text(line)
    assert _hits(masked) == []
    assert MASK in masked


@given(st.text(max_size=30), st.text(max_size=30))
def test_the_basic_auth_encoding_is_masked_wherever_it_sits_in_text(before: str, after: str) -> None:
    assert ENCODED not in REDACTOR.text(f"{before}{ENCODED}{after}")


def test_the_encoding_of_either_order_is_masked() -> None:
    reversed_pair = base64.b64encode(f"{SECRET}:{KEY}".encode()).decode()
    assert reversed_pair not in REDACTOR.text(f"Basic {reversed_pair}")


def test_a_line_stream_masks_the_encoding() -> None:
    stream = REDACTOR.stream()
    lines = [*stream.feed(f"[401] echoed Basic {ENCODED}\n"), *stream.close()]
    assert _hits("".join(lines)) == []


# -- a HAR file ----------------------------------------------------------------------------------------------------


def _har() -> dict[str, Any]:
    """A HAR log of one exchange: basic auth sent, and echoed back by a careless server (body and header)."""
    echoed = json.dumps({"message": f"Invalid authorization credentials: Basic {ENCODED}"})
    return {
        "log": {
            "version": "1.2",
            "creator": {"name": "schemathesis", "version": "4"},
            "entries": [
                {
                    "startedDateTime": "2026-11-22T10:15:00Z",
                    "time": 3,
                    "request": {
                        "method": "POST",
                        "url": "http://127.0.0.1:8001/api/v2/token",
                        "httpVersion": "HTTP/1.1",
                        "headers": [
                            {"name": "Authorization", "value": f"Basic {ENCODED}"},
                            {"name": "Content-Type", "value": "application/json"},
                        ],
                        "postData": {"mimeType": "application/json", "text": '{"clientId": "c-1"}'},
                    },
                    "response": {
                        "status": 401,
                        "headers": [
                            {"name": "X-Seen-Credentials", "value": ENCODED},
                            {"name": "Content-Type", "value": "application/json"},
                        ],
                        "content": {"mimeType": "application/json", "text": echoed},
                    },
                }
            ],
        }
    }


def test_the_basic_auth_encoding_is_masked_in_a_har_file() -> None:
    masked = redact_report("requests.har", json.dumps(_har()), REDACTOR)
    assert _hits(masked) == []
    entry = json.loads(masked)["log"]["entries"][0]
    assert entry["request"]["headers"][0] == {"name": "Authorization", "value": MASK}
    assert entry["request"]["headers"][1] == {"name": "Content-Type", "value": "application/json"}
    assert json.loads(entry["response"]["content"]["text"])["message"].startswith("Invalid authorization")


def test_the_basic_auth_encoding_is_masked_in_parsed_har_data() -> None:
    assert _hits(json.dumps(REDACTOR.data(_har()))) == []


# -- a curl line ---------------------------------------------------------------------------------------------------


def test_the_basic_auth_encoding_is_masked_in_a_curl_line() -> None:
    masked = REDACTOR.text(f"Reproduce with:\n\n    {CURL}\n")
    assert _hits(masked) == []
    assert "Content-Type: application/json" in masked  # only the credential goes


def test_the_basic_auth_encoding_is_masked_in_the_curl_line_of_a_junit_report() -> None:
    junit = (
        '<?xml version="1.0" encoding="UTF-8"?><testsuites><testsuite name="idenfy">'
        f'<testcase name="POST /api/v2/token"><failure message="echoed {ENCODED}">{html.escape(CURL)}</failure>'
        "</testcase></testsuite></testsuites>"
    )
    assert _hits(redact_report("junit.xml", junit, REDACTOR)) == []


def test_the_basic_auth_encoding_is_masked_in_the_curl_line_of_the_html_report() -> None:
    page = f"<html><body><pre>{html.escape(CURL)}</pre><p>echoed: {ENCODED}</p></body></html>"
    assert _hits(redact_report("index.html", page, REDACTOR)) == []


# -- published reports ---------------------------------------------------------------------------------------------


def _schemathesis_reports(work_dir: Path) -> Path:
    """A report folder as schemathesis writes it (``--report junit,har,html,json,vcr``), full of credentials."""
    work_dir.mkdir()
    har = _har()
    (work_dir / f"har-{TIMESTAMP}.json").write_text(json.dumps(har), encoding="utf-8")
    run = {"operations": {"POST /api/v2/token": {"failures": [{"curl": CURL, "response": ENCODED, "user": KEY}]}}}
    (work_dir / f"json-{TIMESTAMP}.json").write_text(json.dumps(run), encoding="utf-8")
    junit = (
        '<?xml version="1.0" encoding="UTF-8"?><testsuites><testsuite name="idenfy">'
        f'<testcase name="POST /api/v2/token"><failure message="{SECRET}">{html.escape(CURL)}</failure>'
        "</testcase></testsuite></testsuites>"
    )
    (work_dir / f"junit-{TIMESTAMP}.xml").write_text(junit, encoding="utf-8")
    cassette = {
        "http_interactions": [
            {
                "request": {
                    "uri": "http://127.0.0.1:8001/api/v2/token",
                    "headers": {"Authorization": [f"Basic {ENCODED}"]},
                },
                "response": {"body": {"string": f"echo {ENCODED} {KEY} {SECRET}"}},
            }
        ]
    }
    (work_dir / f"vcr-{TIMESTAMP}.yaml").write_text(yaml.safe_dump(cassette), encoding="utf-8")
    (work_dir / f"html-{TIMESTAMP}").mkdir()
    page = f"<html><body><pre>{html.escape(CURL)}</pre><p>{KEY} / {SECRET} / {ENCODED}</p></body></html>"
    (work_dir / f"html-{TIMESTAMP}" / "index.html").write_text(page, encoding="utf-8")
    return work_dir


def test_published_reports_hold_no_credential_nor_its_encoding(tmp_path: Path) -> None:
    work_dir = _schemathesis_reports(tmp_path / "work")
    assert all(_hits(path.read_text()) for path in work_dir.rglob("*") if path.is_file())  # the premise
    withheld: list[str] = []
    destination = tmp_path / "reports" / "idenfy"
    written = publish_reports(work_dir, destination, REDACTOR, withheld)

    assert withheld == []
    names = {path.relative_to(destination).as_posix() for path in written}
    assert names == {"requests.har", "run.json", "junit.xml", "cassette.yaml", f"html-{TIMESTAMP}/index.html"}
    for path in written:
        text = path.read_text(encoding="utf-8")
        assert _hits(text) == [], f"{path.name} holds a credential"
    har = json.loads((destination / "requests.har").read_text(encoding="utf-8"))
    headers = har["log"]["entries"][0]["request"]["headers"]
    assert {"name": "Authorization", "value": MASK} in headers
    for path in destination.rglob("*"):  # nothing else beside them (a staging copy, an unmasked original)
        if path.is_file():
            assert _hits(path.read_text(encoding="utf-8")) == [], path
