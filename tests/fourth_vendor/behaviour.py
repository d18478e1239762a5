"""The sandbox behaviour of the tests' fourth vendor, ACME (its spec: ``tests/fourth_vendor/spec.yaml``).

Written against idvkit's public sandbox API only (``idvkit.sandbox``: ``VendorBehaviour``, ``Call``, ``Reply``,
``RequestProblem``), as a vendor outside the project would write it. The engine routes, authenticates and validates
every request from the spec; this module keeps the widgets and answers:

- createWidget (``POST /v1/widgets``) stores a widget under a new id of the spec's ``WidgetId`` pattern, with the
  schema's default colour when none is given, answers 201 and sends the ``widget.created`` webhook;
- getWidget answers the widget, or 404; deleteWidget forgets it (204, then 404 for every operation on it) and sends
  ``widget.deleted``;
- webhooks go to ``SandboxSettings.callback_url`` (none: not sent), signed in the headers the spec's webhook marks
  ``x-signature`` and ``x-event-type`` (``idvkit.webhooks.webhook_headers``), with the callback key.
"""

from __future__ import annotations

import hmac
import json
import secrets
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

from idvkit.sandbox import (
    Call,
    CallbackDispatcher,
    Reply,
    RequestProblem,
    SandboxClock,
    SandboxSettings,
)
from idvkit.specs import follow_refs, resolve_pointer
from idvkit.vendors import CredentialKind
from idvkit.webhooks import sign, webhook_headers

#: The documented defaults of the sandbox's credentials (no secrets: anyone may use the sandbox).
DEFAULT_API_KEY = "sandbox-acme-key"
DEFAULT_CALLBACK_KEY = "sandbox-acme-callback-key"
#: At most this many widgets are kept (fuzzing creates many); the oldest are forgotten first.
MAX_WIDGETS = 10_000

Handler = Callable[[Call], Awaitable[Reply]]
#: The spec's ErrorCode for each rejection of the engine (``idvkit.sandbox`` ErrorReason).
_ERROR_CODES = {
    "unknown_path": "not_found",
    "method_not_allowed": "method_not_allowed",
    "unauthorized": "unauthorized",
    "invalid_request": "invalid_request",
    "too_large": "invalid_request",
}


class AcmeSandbox:
    """State and answers of the ACME Widgets API."""

    def __init__(
        self,
        document: dict[str, Any],
        settings: SandboxSettings,
        *,
        clock: SandboxClock,
        dispatcher: CallbackDispatcher,
    ) -> None:
        self.document = document
        self.api_key = settings.api_key or DEFAULT_API_KEY
        self.callback_key = settings.callback_key or DEFAULT_CALLBACK_KEY
        self.callback_url = settings.callback_url
        self.clock = clock
        self.dispatcher = dispatcher
        self.widgets: OrderedDict[str, dict[str, Any]] = OrderedDict()
        # from the spec: the default colour (WidgetRequest), the id pattern's prefix and the webhook's headers
        request = follow_refs(document, resolve_pointer(document, "/components/schemas/WidgetRequest"))
        self.default_colour = str(request["properties"]["colour"]["default"])  # a sibling of the $ref
        self.headers = webhook_headers(document)
        missing = set(_ERROR_CODES.values()) - set(resolve_pointer(document, "/components/schemas/ErrorCode/enum"))
        if missing:
            raise ValueError(f"the spec's ErrorCode lacks {', '.join(sorted(missing))}, which this behaviour answers")

    # -- engine hooks -------------------------------------------------------------------------------
    def handlers(self) -> Mapping[str, Handler]:
        return {"createWidget": self.create_widget, "getWidget": self.get_widget, "deleteWidget": self.delete_widget}

    def error(self, status: int, reason: str, problem: RequestProblem | None = None) -> Reply:
        message = problem.message if problem else reason.replace("_", " ").capitalize() + "."
        return Reply(status, {"code": _ERROR_CODES.get(reason, "invalid_request"), "message": message})

    def check_basic(self, username: str, password: str) -> bool:
        return False  # the spec has no basic-auth scheme

    def check_api_key(self, name: str, value: str) -> bool:
        return hmac.compare_digest(value.encode("utf-8", "surrogatepass"), self.api_key.encode())

    def check_bearer(self, token: str) -> Mapping[str, Any] | None:
        return None  # the spec has no bearer scheme

    # -- the operations -------------------------------------------------------------------------------
    async def create_widget(self, call: Call) -> Reply:
        body = call.request.body
        widget = {
            "id": f"wdg_{secrets.token_hex(8)}",
            "name": body["name"],
            "colour": body.get("colour", self.default_colour),
            "createdAt": int(self.clock.now()),
        }
        self.widgets[widget["id"]] = widget
        while len(self.widgets) > MAX_WIDGETS:
            self.widgets.popitem(last=False)
        self._notify("widget.created", widget)
        return Reply(201, widget)

    async def get_widget(self, call: Call) -> Reply:
        widget = self.widgets.get(call.request.parameters["widgetId"])
        if widget is None:
            return self._not_found()
        return Reply(200, widget)

    async def delete_widget(self, call: Call) -> Reply:
        widget = self.widgets.pop(call.request.parameters["widgetId"], None)
        if widget is None:
            return self._not_found()
        self._notify("widget.deleted", widget)
        return Reply(204, None)

    def _not_found(self) -> Reply:
        return Reply(404, {"code": "not_found", "message": "Widget not found."})

    def _notify(self, event: str, widget: Mapping[str, Any]) -> None:
        """Send the widgetEvent webhook (spec: ``webhooks/widgetEvent``) when a callback URL is configured."""
        if self.callback_url is None or self.headers.signature is None or self.headers.event_type is None:
            return
        body = json.dumps({"widget": widget, "occurredAt": int(self.clock.now())}).encode()
        headers = {
            "Content-Type": "application/json",
            self.headers.signature: sign(body, self.callback_key),
            self.headers.event_type: event,
        }
        self.dispatcher.send(self.callback_url, event, body, headers)

    # -- the vendor-behaviour protocol (idvkit.sandbox.VendorBehaviour) -----------------------------------
    def credential_values(self) -> dict[CredentialKind, str]:
        return {"api_key": self.api_key}

    def auth_hint(self) -> str:
        scheme = resolve_pointer(self.document, "/components/securitySchemes/apiKeyAuth")
        return f"header '{scheme['name']}: {self.api_key}'"

    def reset(self) -> None:
        self.widgets.clear()

    def control_handlers(self) -> Mapping[str, Handler]:
        return {}  # the control API has no ACME operations: the common ones (clock, callbacks, reset) suffice


def create_behaviour(
    document: dict[str, Any], settings: SandboxSettings, *, clock: SandboxClock, dispatcher: CallbackDispatcher
) -> AcmeSandbox:
    """The registry entry's factory (``sandbox_behaviour``): ``settings`` over the documented defaults; ACME has
    no API secret (``api_secret`` is unused)."""
    return AcmeSandbox(document, settings, clock=clock, dispatcher=dispatcher)
