"""The sandbox control API (specs/sandbox-control.yaml): what tests need beyond the vendor's API."""

from __future__ import annotations

import copy
import html
from collections.abc import Callable, Mapping
from typing import Any

from idvkit.sandbox._callbacks import CallbackDispatcher
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._engine import Call, ErrorReason, Handler, Reply
from idvkit.sandbox._idenfy import IdenfySandbox
from idvkit.sandbox._liveid import LiveIdSandbox
from idvkit.sandbox._validation import RequestProblem
from idvkit.specs import iter_operations


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


class ControlSandbox:
    """Answers the control operations for one vendor sandbox."""

    def __init__(
        self,
        document: dict[str, Any],
        vendor: IdenfySandbox | LiveIdSandbox,
        *,
        clock: SandboxClock,
        dispatcher: CallbackDispatcher,
        reset: Callable[[], None],
    ) -> None:
        tags = {"sandbox", "idenfy" if isinstance(vendor, IdenfySandbox) else "liveid"}
        self.document = control_document(document, tags)
        self.vendor = vendor
        self.clock = clock
        self.dispatcher = dispatcher
        self._reset = reset

    def handlers(self) -> Mapping[str, Handler]:
        handlers: dict[str, Handler] = {
            "advanceClock": self.advance_clock,
            "listCallbacks": self.list_callbacks,
            "resetSandbox": self.reset,
            "showPage": self.show_page,
            "downloadFile": self.download_file,
        }
        if isinstance(self.vendor, IdenfySandbox):
            handlers["finishVerification"] = self.finish_verification
        else:
            handlers["completeCall"] = self.complete_call
        return handlers

    def error(self, status: int, reason: ErrorReason, problem: RequestProblem | None = None) -> Reply:
        return Reply(status, {"error": problem.message if problem else reason.replace("_", " ").capitalize() + "."})

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
        self._reset()
        return Reply(200, {"reset": True})

    async def show_page(self, call: Call) -> Reply:
        page = html.escape(str(call.request.parameters["page"]))
        content = f"<html><body><p>idvkit sandbox page: {page}</p></body></html>".encode()
        return Reply(200, content, media_type="text/html")

    async def download_file(self, call: Call) -> Reply:
        return Reply(200, b"idvkit sandbox file", media_type="application/octet-stream")

    async def finish_verification(self, call: Call) -> Reply:
        assert isinstance(self.vendor, IdenfySandbox)
        status = call.request.body["status"]
        verification = self.vendor.finish(call.request.parameters["scanRef"], status)
        if verification is None:
            return Reply(404, {"error": "Not found."})
        return Reply(200, {"scanRef": verification.scan_ref, "status": status})

    async def complete_call(self, call: Call) -> Reply:
        assert isinstance(self.vendor, LiveIdSandbox)
        body = call.request.body
        uid = call.request.parameters["uId"]
        conference = self.vendor.complete(
            uid, body["closeStatus"], note=body.get("note", ""), abort_code=body.get("abortCode")
        )
        if conference is None:
            return Reply(404, {"error": "Not found."})
        return Reply(200, {"uId": uid, "idConference": conference.id_conference, "closeStatus": body["closeStatus"]})
