"""The contract kit's conference-token auth obtains its JWT from the operation the spec's x-credential names.

The hooks module registers itself with schemathesis when imported, so it is exercised in a child process.
"""

from __future__ import annotations

import os
import subprocess
import sys

import httpx

from idvkit.sandbox import create_sandbox, running_server
from tests.sandbox._support import jwt_claims

_GET_TOKEN = """
import sys, types
import idvkit_specs
from idvkit.contract._hooks import ConferenceTokenAuth

document = idvkit_specs.load("liveid")
if sys.argv[3] == "moved":  # the issuer under another path: the hook must follow the spec, not a fixed path
    document["paths"]["/api/authenticate/other"] = document["paths"].pop("/api/authenticate/genAPIToken")
operation = types.SimpleNamespace(
    definition=types.SimpleNamespace(raw=document["paths"]["/api/v1/conferenceData"]["get"]),
    schema=types.SimpleNamespace(raw_schema=document),
    base_url=sys.argv[1],
)
auth = ConferenceTokenAuth()
for conference in sys.argv[2].split(","):  # one line per conference, asked in turn of one auth
    query = {"idConference": conference} if conference != "-" else {}
    print(auth.get(types.SimpleNamespace(query=query, operation=operation), None))
"""


def _token(base_url: str, conference: str, variant: str) -> str:
    environment = {**os.environ, "LIVEID_APIKEY": "sandbox-apikey"}
    command = [sys.executable, "-c", _GET_TOKEN, base_url, conference, variant]
    return subprocess.run(command, capture_output=True, text=True, check=True, env=environment).stdout.strip()


def test_the_token_comes_from_the_operation_the_spec_names() -> None:
    sandbox = create_sandbox("liveid")
    with running_server(sandbox.app) as base_url:
        pushed = httpx.post(
            f"{base_url}/api/service/pushAsyncCall",
            json={"b64Data": "eyJpZF9wcm9jZXNzIjogIngifQ=="},  # {"id_process": "x"}
            headers={"apikey": "sandbox-apikey"},
        )
        uid = pushed.json()["uId"]
        info = httpx.post(
            f"{base_url}/api/service/getCallInfoUID", json={"uId": uid}, headers={"apikey": "sandbox-apikey"}
        )
        conference = info.json()["idConference"]
        assert jwt_claims(_token(base_url, conference, "spec"))["conf"] == conference
        assert _token(base_url, conference, "moved") == "None"  # the sandbox serves no /api/authenticate/other
        # no token yet: a case naming an unknown conference, or none, goes without one
        assert _token(base_url, "no-such-conference,-", "spec").splitlines() == ["None", "None"]
        # once a token was obtained: such cases carry it (the server then judges the request, not a missing JWT)
        tokens = _token(base_url, f"{conference},no-such-conference,-", "spec").splitlines()
        assert len(tokens) == 3
        assert tokens[0] != "None"
        assert tokens[1] == tokens[2] == tokens[0]


_LEARNED = """
import sys, types
import idvkit_specs
from idvkit.contract._hooks import _TOKENS, ConferenceTokenAuth

document = idvkit_specs.load("liveid")
operation = types.SimpleNamespace(
    definition=types.SimpleNamespace(raw=document["paths"]["/api/v1/conferenceData"]["get"]),
    schema=types.SimpleNamespace(raw_schema=document),
    base_url=sys.argv[1],
)
auth = ConferenceTokenAuth()
for answer in sys.argv[2].split(","):  # conferences named by earlier answers (getCallInfoUID's idConference)
    _TOKENS.learn(types.SimpleNamespace(operation=operation), {"idConference": answer, "success": True})
print(auth.get(types.SimpleNamespace(query={"idConference": "no-such-conference"}, operation=operation), None))
"""


def _learned_token(base_url: str, answers: str) -> str:
    environment = {**os.environ, "LIVEID_APIKEY": "sandbox-apikey"}
    command = [sys.executable, "-c", _LEARNED, base_url, answers]
    return subprocess.run(command, capture_output=True, text=True, check=True, env=environment).stdout.strip()


def test_a_case_without_a_usable_conference_gets_a_token_of_one_the_server_named() -> None:
    """Before any token was obtained, a case naming an unknown conference carries a token for the newest conference
    an answer named that still gets one (an erased one is skipped), so the server judges the request itself."""
    sandbox = create_sandbox("liveid")
    with running_server(sandbox.app) as base_url:
        pushed = httpx.post(
            f"{base_url}/api/service/pushAsyncCall",
            json={"b64Data": "eyJpZF9wcm9jZXNzIjogIngifQ=="},
            headers={"apikey": "sandbox-apikey"},
        )
        info = httpx.post(
            f"{base_url}/api/service/getCallInfoUID",
            json={"uId": pushed.json()["uId"]},
            headers={"apikey": "sandbox-apikey"},
        )
        conference = info.json()["idConference"]
        assert _learned_token(base_url, "") == "None"  # nothing named: no token, as before
        assert jwt_claims(_learned_token(base_url, conference))["conf"] == conference
        # the newest named first; one the server no longer knows (erased) gives no token and is skipped
        assert jwt_claims(_learned_token(base_url, f"{conference},erased-conference"))["conf"] == conference
