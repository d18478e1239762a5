"""The redaction tests' secrets and personal values (tests/redact) never appear in the capture, the live report,
summary.json or check-capture's output, also when the vendor echoes a credential or answers with personal data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from idvkit.cli import main
from tests.proxy._harness import client, proxied
from tests.redact.test_redact import SECRETS, _leaks
from tests.servers import FAULTS, Credentials

CREDENTIALS = Credentials(*SECRETS)
PERSONAL = {
    "firstName": "Zqxwpmeta",
    "lastName": "Vbnokrule",
    "documentNumber": "XK4478812",
    "dateOfBirth": "1971-03-04",
    "address": "77 Quirkstreet",
}


@pytest.mark.parametrize("fault", ["credential_echo", "wrong_type"])
def test_no_secret_or_personal_value_in_capture_or_output(
    fault: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    auth = (CREDENTIALS.api_key, CREDENTIALS.api_secret or "")
    upstream = FAULTS[fault].build(CREDENTIALS)
    with proxied("idenfy", upstream, capture=tmp_path / "capture") as proxy, client(proxy.url) as http:
        created = http.post("/api/v2/token", json={"clientId": "client-1", **PERSONAL}, auth=auth)
        scan_ref = created.json().get("scanRef", "00000000-0000-0000-0000-000000000000")
        http.post("/api/v2/status", json={"scanRef": scan_ref}, auth=auth)
        http.post("/api/v2/data", json={"scanRef": scan_ref}, auth=auth)
        http.post("/api/v2/token", json={"clientId": 5, **PERSONAL}, auth=auth)  # an invalid request too
    assert SECRETS[0] in created.text or fault != "credential_echo"  # the fault is there: the vendor echoes the key
    (har,) = proxy.har_files()
    summary = json.dumps(proxy.app.report.summary())
    assert proxy.app.report.summary()["violations"]  # something was reported, without values
    assert main(["check-capture", "idenfy", str(har), "--summary", str(tmp_path / "offline.json")]) == 1
    outputs = {
        "capture": har.read_text(),
        "live report": proxy.output.getvalue(),
        "summary.json": summary,
        "check-capture output": capsys.readouterr().out,
        "check-capture summary.json": (tmp_path / "offline.json").read_text(),
    }
    assert {name: _leaks(text) for name, text in outputs.items()} == {name: [] for name in outputs}
    json.loads(outputs["capture"])  # still a HAR document
