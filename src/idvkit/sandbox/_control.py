"""The sandbox control API (specs/sandbox-control.yaml): what tests need beyond the vendor's API."""

from __future__ import annotations

import copy
import html
from collections.abc import Mapping
from typing import Any

from idvkit.sandbox._behaviour import VendorBehaviour
from idvkit.sandbox._callbacks import CallbackDispatcher
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._engine import Call, ErrorReason, Handler, Reply
from idvkit.sandbox._origin import SameOriginOnly
from idvkit.sandbox._validation import RequestProblem
from idvkit.specs import iter_operations

#: The tag of the control operations every sandbox serves, besides its vendor's own tag.
COMMON_TAG = "sandbox"


def control_error(status: int, message: str) -> Reply:
    """An answer in the control API's error format (``ControlError``), for the vendors' control handlers too."""
    return Reply(status, {"error": message})


def control_document(document: dict[str, Any], tags: set[str]) -> dict[str, Any]:
    """The control spec restricted to the operations of ``tags``."""
    filtered = copy.deepcopy(document)
    for path, item in list(filtered["paths"].items()):
        for operation in iter_operations({"paths": {path: item}}):
            if not tags & set(operation.definition.get("tags", [])):
                del item[operation.method]
        if not any(key in item for key in ("get", "post", "put", "delete", "patch")):
            del filtered["paths"][path]
    filtered["tags"] = [tag for tag in filtered.get("tags", []) if tag["name"] in tags]
    return filtered


class ControlSandbox(SameOriginOnly):
    """Answers the control operations for one vendor sandbox: the common ones here, the vendor's own
    (those of its ``tag``) by its behaviour. Only same-origin clients may call them (sandbox/_origin.py)."""

    def __init__(
        self,
        document: dict[str, Any],
        vendor: VendorBehaviour,
        *,
        tag: str,
        clock: SandboxClock,
        dispatcher: CallbackDispatcher,
    ) -> None:
        self.document = control_document(document, {COMMON_TAG, tag})
        self.vendor = vendor
        self.clock = clock
        self.dispatcher = dispatcher

    def handlers(self) -> Mapping[str, Handler]:
        return {
            **self.vendor.control_handlers(),
            "advanceClock": self.advance_clock,
            "listCallbacks": self.list_callbacks,
            "resetSandbox": self.reset,
            "showPage": self.show_page,
            "downloadFile": self.download_file,
        }

    def error(self, status: int, reason: ErrorReason, problem: RequestProblem | None = None) -> Reply:
        return control_error(status, problem.message if problem else reason.replace("_", " ").capitalize() + ".")

    def check_basic(self, username: str, password: str) -> bool:
        return False

    def check_api_key(self, name: str, value: str) -> bool:
        return False

    def check_bearer(self, token: str) -> Mapping[str, Any] | None:
        return None

    async def advance_clock(self, call: Call) -> Reply:
        now = self.clock.advance(float(call.request.body["seconds"]))
        return Reply(200, {"now": now})

    async def list_callbacks(self, call: Call) -> Reply:
        return Reply(200, {"deliveries": [delivery.summary() for delivery in self.dispatcher.deliveries]})

    async def reset(self, call: Call) -> Reply:
        self.vendor.reset()
        self.dispatcher.deliveries.clear()
        return Reply(200, {"reset": True})

    async def show_page(self, call: Call) -> Reply:
        page = html.escape(str(call.request.parameters["page"]))
        content = f"<html><body><p>idvkit sandbox page: {page}</p></body></html>".encode()
        return Reply(200, content, media_type="text/html")

    async def download_file(self, call: Call) -> Reply:
        return Reply(200, b"idvkit sandbox file", media_type="application/octet-stream")
