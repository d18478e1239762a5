"""A catalogue of servers with seeded faults, to prove that ``idvkit contract`` finds what it claims to find.

Like schemathesis's own catalogue of broken test apps: every entry is the correct embedded sandbox of one
vendor plus exactly ONE fault, either an ASGI middleware that rewrites specific exchanges
(``tests.servers._asgi.FaultMiddleware``) or a state object of a fresh ``create_sandbox(...)`` swapped for a
faulty one. src/ is never changed.

``FAULTS`` maps a fault's name to its ``FaultSpec``: the vendor, the builder (credentials -> ASGI app), the
operation whose label (``METHOD /path``) the contract run must name, the check (code or title fragments, any of
which must appear) that must catch it, and the smallest run configuration that catches it reliably.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from tests.servers import idenfy, liveid, markid
from tests.servers._asgi import FaultMiddleware, HttpRequest, HttpResponse
from tests.servers._base import DEFAULT_CREDENTIALS, Credentials, fresh_sandbox

Builder = Callable[[Credentials], ASGIApp]


@dataclass(frozen=True)
class FaultSpec:
    """One seeded fault and how the contract kit is expected to report it."""

    vendor: str
    build: Builder
    #: label of the operation the run must name as failing
    expected_operation: str
    #: the check that must catch it: any of these fragments (failure code or title) in the output
    expected_check_hint: tuple[str, ...]
    #: the schemathesis phases (comma-separated) that catch it, smallest first
    phases: str = "examples"
    max_examples: int = 5
    #: why the kit does not detect this fault at all (its detection test is a strict xfail), if it does not
    undetected: str | None = None

    @property
    def description(self) -> str:
        """What is wrong and what catches it (the builder's docstring)."""
        return " ".join((self.build.__doc__ or "").split())


_SCHEMA = ("ST108", "Response violates schema")
_LIFECYCLE = ("resource_lifecycle",)

FAULTS: dict[str, FaultSpec] = {
    # ---------------------------------------------------------------------------------------- iDenfy
    "wrong_type": FaultSpec(
        "idenfy",
        idenfy.status_client_id_as_number,
        "POST /api/v2/status",
        _SCHEMA,
        "stateful",
        15,
    ),
    "missing_required_field": FaultSpec("idenfy", idenfy.token_without_scan_ref, "POST /api/v2/token", _SCHEMA),
    "undocumented_status": FaultSpec(
        "idenfy", idenfy.status_undocumented_418, "POST /api/v2/status", ("ST103", "Undocumented status code")
    ),
    "wrong_content_type": FaultSpec(
        "idenfy", idenfy.token_json_as_text_plain, "POST /api/v2/token", ("ST105", "Undocumented Content-Type")
    ),
    "ignored_auth": FaultSpec(
        "idenfy",
        idenfy.token_ignores_auth,
        "POST /api/v2/token",
        ("ST401", "API accepts requests without authentication"),
    ),
    "accepts_invalid_input": FaultSpec(
        "idenfy",
        idenfy.token_accepts_invalid_client_id,
        "POST /api/v2/token",
        ("ST201", "Schema-violating request accepted"),
        "coverage",
        5,
    ),
    "server_error_on_valid_input": FaultSpec(
        "idenfy", idenfy.token_500_with_first_name, "POST /api/v2/token", ("ST101", "Server error")
    ),
    "created_not_retrievable": FaultSpec(
        "idenfy", idenfy.status_404_for_new_verifications, "POST /api/v2/token", _LIFECYCLE
    ),
    "delete_without_effect": FaultSpec(
        "idenfy", idenfy.delete_without_effect, "POST /api/v2/delete", _LIFECYCLE, "stateful", 10
    ),
    "enum_violation": FaultSpec(
        "idenfy",
        idenfy.status_undocumented_enum,
        "POST /api/v2/status",
        _SCHEMA,
        "stateful",
        15,
    ),
    "undocumented_error_identifier": FaultSpec(
        "idenfy", idenfy.status_undocumented_identifier, "POST /api/v2/status", ("documented_error_identifier",)
    ),
    "credential_echo": FaultSpec("idenfy", idenfy.token_echoes_api_key, "POST /api/v2/token", ("no_credential_echo",)),
    "echo_mismatch": FaultSpec(
        "idenfy", idenfy.token_echoes_another_client_id, "POST /api/v2/token", ("echoed_request_fields",)
    ),
    # ---------------------------------------------------------------------------------------- markid (iDenfy's twin)
    "markid_ignored_auth": FaultSpec(
        "markid",
        markid.token_ignores_auth,
        "POST /api/v2/token",
        ("ST401", "API accepts requests without authentication"),
    ),
    "markid_basic_auth_echo": FaultSpec(
        "markid", markid.token_echoes_basic_auth, "POST /api/v2/token", ("no_credential_echo",)
    ),
    "markid_secret_echo": FaultSpec(
        "markid", markid.token_echoes_api_secret, "POST /api/v2/token", ("no_credential_echo",)
    ),
    # ---------------------------------------------------------------------------------------- LiveID+
    "liveid_ignored_auth": FaultSpec(
        "liveid",
        liveid.languages_ignore_apikey,
        "POST /api/service/availableLanguages",
        ("ST401", "API accepts requests without authentication"),
    ),
    "liveid_wrong_type": FaultSpec("liveid", liveid.push_uid_as_number, "POST /api/service/pushAsyncCall", _SCHEMA),
    "liveid_undocumented_error_body": FaultSpec(
        "liveid", liveid.request_info_undocumented_error_body, "GET /api/v2/getAsyncRequestInfo", _SCHEMA
    ),
    "liveid_delete_without_effect": FaultSpec(
        "liveid",
        liveid.async_call_delete_without_effect,
        "DELETE /api/service/delAsyncCall",
        _LIFECYCLE,
        # not the stateful phase: which links schemathesis 4.32's stateful phase follows first depends on the memory
        # layout of the process (code loaded anywhere shifts it), and with 25 scenarios some layouts never took
        # pushAsyncCall -> delAsyncCall; fuzzing deletes the uIds earlier answers returned, in every layout tried
        "examples,fuzzing",
        10,
    ),
    "liveid_erase_without_effect": FaultSpec(
        "liveid",
        liveid.erase_all_without_effect,
        "DELETE /api/v1/deleteAuditData",
        _LIFECYCLE,
        "examples,coverage,fuzzing,stateful",
        25,
    ),
}


def always_401(credentials: Credentials) -> ASGIApp:
    """Not a sandbox: answers 401 (iDenfy's body) to every request, whatever the credentials."""

    async def app(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            await JSONResponse({"message": "Invalid authorization credentials"}, status_code=401)(scope, receive, send)
        elif scope["type"] == "lifespan":
            while (await receive())["type"] != "lifespan.shutdown":
                await send({"type": "lifespan.startup.complete"})
            await send({"type": "lifespan.shutdown.complete"})

    return app


def server_errors_except(vendor: str, path: str) -> Builder:
    """A broken server that passes the preflight: the correct sandbox of ``vendor`` answers requests to ``path``
    (the preflight's probe), every other request gets ``502 Bad Gateway`` with an HTML page (a proxy whose
    backend is down)."""

    def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
        if request.path == path:
            return response
        return response.with_body(b"<html><body>502 Bad Gateway</body></html>", status=502, media_type="text/html")

    def build(credentials: Credentials) -> ASGIApp:
        return FaultMiddleware(fresh_sandbox(vendor, credentials).app, on_response=rewrite)

    return build


def correct_server(vendor: str) -> Builder:
    """The builder of the correct sandbox of ``vendor`` (no fault), for the control runs."""

    def build(credentials: Credentials) -> ASGIApp:
        return fresh_sandbox(vendor, credentials).app

    build.__doc__ = f"The correct embedded {vendor} sandbox, no fault."
    return build


__all__ = [
    "DEFAULT_CREDENTIALS",
    "FAULTS",
    "Credentials",
    "FaultMiddleware",
    "FaultSpec",
    "HttpRequest",
    "HttpResponse",
    "always_401",
    "correct_server",
    "fresh_sandbox",
    "server_errors_except",
]
