"""The LiveID+ sandbox: asynchronous calls, conferences, conference tokens and call-closing callbacks.

Sandbox behaviour where the documentation is silent (each also marked in the spec):

- pushAsyncCall queues a call and reserves its conference ID at once, so getCallInfoUID can return
  it and genAPIToken can be asked for it before the call took place.
- service-asyncall (the customer opening the link) answers the call; a sandbox control operation
  (``POST /__sandbox/liveid/calls/{uId}/complete``) closes it with a close status, fills in the
  call's data and sends the call-closing callback; rejectCall closes it as the system would (K).
- genAPIToken issues an HS256 JWT valid for the ConferenceToken scheme's ``x-token-lifetime`` (120 s),
  scoped to one conference: the ConferenceToken operations answer 403 for another conference's token
  and 401 for an expired or forged one.
- deleteAuditData removes the call's artefacts (the ``photo`` module); with ``eraseAll`` the whole
  conference, after which every operation answers 404 for it.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from liveid_models import CloseStatus, LiveIDPlusEvent

from idvkit.sandbox import _jwt
from idvkit.sandbox._behaviour import SandboxSettings
from idvkit.sandbox._callbacks import CallbackDispatcher
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._control import control_error
from idvkit.sandbox._engine import Call, ErrorReason, Handler, Reply, constant_time_equal
from idvkit.sandbox._store import MemoryStore, Store
from idvkit.sandbox._validation import MAX_JSON_DEPTH, RequestProblem, check_json_depth
from idvkit.specs import credential_issuer, resolve_pointer
from idvkit.vendors import CredentialKind
from idvkit.webhooks import callback_delivery

_ZIP = b"PK\x05\x06" + b"\x00" * 18  # an empty, valid ZIP archive
_OPERATOR = {"id": "sandbox-operator-1", "name": "Sandbox Operator", "external_id": "SBX-OP-1"}


@dataclass(frozen=True)
class LiveIdCredentials:
    """The sandbox's organisation API key."""

    api_key: str = "sandbox-apikey"


def _iso(timestamp: float) -> str:
    return (
        datetime.datetime.fromtimestamp(timestamp, tz=datetime.UTC)
        .isoformat(timespec="milliseconds")
        .replace("+00:00", "Z")
    )


@dataclass
class Conference:
    """One call (conference) and what is known about it."""

    id_conference: str
    uid: str | None
    process_id: str | None
    callback_url: str | None
    state: str = "queued"  # queued -> answered -> closed
    end_pattern: str | None = None
    answered_at: float | None = None
    ended_at: float | None = None
    last_activity: float | None = None
    modules: dict[str, dict[str, Any]] = field(default_factory=dict)

    def info(self) -> dict[str, Any]:
        info: dict[str, Any] = {"idConference": self.id_conference}
        if self.uid is not None:
            info["uId"] = self.uid
        if self.end_pattern is not None:
            info["end_pattern"] = self.end_pattern
        if self.answered_at is not None:
            info["call_answer_date"] = _iso(self.answered_at)
        if self.ended_at is not None:
            info["call_end_date"] = _iso(self.ended_at)
        return info


@dataclass
class AsyncRequest:
    """A call queued with pushAsyncCall, and the conferences it led to (newest last)."""

    uid: str
    configuration: dict[str, Any]
    conferences: list[str] = field(default_factory=list)


class LiveIdSandbox:
    """State and answers of the LiveID+ API."""

    def __init__(
        self,
        document: dict[str, Any],
        *,
        credentials: LiveIdCredentials | None = None,
        callback_url: str | None = None,
        clock: SandboxClock | None = None,
        dispatcher: CallbackDispatcher | None = None,
    ) -> None:
        self.document = document
        self.credentials = credentials or LiveIdCredentials()
        self.callback_url = callback_url
        self.clock = clock or SandboxClock()
        self.dispatcher = dispatcher or CallbackDispatcher(callback_delivery(document))
        # how long a conference token is valid: the ConferenceToken security scheme's x-token-lifetime
        self.token_lifetime = int(
            resolve_pointer(document, "/components/securitySchemes/ConferenceToken/x-token-lifetime")
        )
        self.requests: Store[AsyncRequest] = MemoryStore(clock=self.clock)
        self.conferences: Store[Conference] = MemoryStore(clock=self.clock)
        self.alert_emails: Store[str] = MemoryStore(clock=self.clock, max_entries=1000)
        self._signing_key = secrets.token_bytes(32)

    # -- engine hooks -------------------------------------------------------------------------------
    def handlers(self) -> Mapping[str, Handler]:
        return {
            "serviceAsyncCall": self.service_async_call,
            "serviceStart": self.service_start,
            "serviceWebrtcTest": self.service_webrtc_test,
            "genAPIToken": self.gen_api_token,
            "pushAsyncCall": self.push_async_call,
            "delAsyncCall": self.del_async_call,
            "availableLanguages": self.available_languages,
            "getDailyWaitingTimes": self.get_daily_waiting_times,
            "getAvailableOperators": self.get_available_operators,
            "getCallInfoUID": self.get_call_info_uid,
            "getQueue": self.get_queue,
            "conferenceData": self.conference_data,
            "deleteAuditData": self.delete_audit_data,
            "checkStatus": self.check_status,
            "getAuditDataV1": self.get_audit_data_v1,
            "getAuditDataV2": self.get_audit_data_v2,
            "rejectCall": self.reject_call,
            "getAsyncRequestInfo": self.get_async_request_info,
            "registerAlertEmail": self.register_alert_email,
        }

    def check_basic(self, username: str, password: str) -> bool:
        return False

    def check_api_key(self, name: str, value: str) -> bool:
        return constant_time_equal(value, self.credentials.api_key)

    def check_bearer(self, token: str) -> Mapping[str, Any] | None:
        return _jwt.verify(token, self._signing_key, now=self.clock.now())

    @staticmethod
    def fail(status: int, message: str) -> Reply:
        return Reply(status, {"success": False, "message": message})

    def error(self, status: int, reason: ErrorReason, problem: RequestProblem | None = None) -> Reply:
        messages = {
            "unauthorized": "Missing or invalid credentials.",
            "unknown_path": "Not found.",
            "method_not_allowed": "Method not allowed.",
            "too_large": "The request is too large.",
        }
        return self.fail(status, problem.message if problem is not None else messages[reason])

    # -- helpers ------------------------------------------------------------------------------------
    def _conference_for(self, call: Call) -> Conference | Reply:
        """The conference of a ConferenceToken operation, checking the token is for that conference."""
        id_conference = call.request.parameters["idConference"]
        claims = call.bearer_claims or {}
        if claims.get("conf") != id_conference:
            return self.fail(403, "The token was issued for another conference.")
        conference = self.conferences.get(id_conference)
        if conference is None:
            return self.fail(404, "Conference not found.")
        return conference

    def _new_conference(self, uid: str | None, configuration: Mapping[str, Any]) -> Conference:
        callback = configuration.get("liveid_servercallback")
        conference = Conference(
            id_conference=str(uuid.uuid4()),
            uid=uid,
            process_id=str(configuration.get("id_process") or "") or None,
            callback_url=callback if isinstance(callback, str) else None,
        )
        self.conferences.put(conference.id_conference, conference)
        return conference

    def _redirect(self, call: Call, page: str) -> Reply:
        return Reply(302, None, headers={"Location": f"{call.base_url}__sandbox/ui/{page}"})

    @staticmethod
    def _decode_configuration(encoded: str) -> dict[str, Any] | None:
        try:
            # nested at most MAX_JSON_DEPTH levels: the configuration is stored and echoed (json.dumps recurses)
            decoded = json.loads(check_json_depth(base64.b64decode(encoded, validate=True)).decode("utf-8"))
        except (binascii.Error, ValueError, UnicodeDecodeError, RecursionError):
            return None
        return decoded if isinstance(decoded, dict) else None

    def close(
        self, conference: Conference, close_status: str, *, note: str = "", abort_code: str | None = None
    ) -> None:
        """Close a call: fill in its data and send the call-closing callback."""
        now = self.clock.now()
        conference.answered_at = conference.answered_at or now
        conference.ended_at = conference.last_activity = now
        conference.state, conference.end_pattern = "closed", close_status
        conference.modules = {
            "photo": {"face": f"sandbox-photo-{conference.id_conference}-face.jpg"},
            "formfilling": {"name": "SANDBOX", "surname": "PERSON"},
        }
        self.conferences.put(conference.id_conference, conference)
        url = conference.callback_url or self.callback_url
        if not url:
            return
        message: dict[str, Any] = {"closeStatus": close_status, "note": note, "self": False}
        if conference.process_id:
            message["processId"] = conference.process_id
        event = LiveIDPlusEvent.error if close_status == CloseStatus.k else LiveIDPlusEvent.close
        if close_status == CloseStatus.a:
            message["abortCode"] = abort_code or "SANDBOX_ABORT"
        if event == LiveIDPlusEvent.close:
            message["token"] = self.issue_token(conference.id_conference)
            message["additionalData"] = {}
        body = self.dispatcher.encode({"event": event, "callID": conference.id_conference, "message": message})
        self.dispatcher.send(url, event, body, {"Content-Type": "application/json"})

    def issue_token(self, id_conference: str) -> str:
        now = int(self.clock.now())
        claims = {"conf": id_conference, "iat": now, "exp": now + self.token_lifetime}
        return _jwt.issue(claims, self._signing_key)

    # -- operations: app ----------------------------------------------------------------------------
    async def service_async_call(self, call: Call) -> Reply:
        request = self.requests.get(call.request.parameters["uId"])
        if request is None:
            return self.fail(404, "Asynchronous call not found.")
        conference = self.conferences.get(request.conferences[-1]) if request.conferences else None
        if conference is not None and conference.state == "queued":
            conference.state, conference.answered_at = "answered", self.clock.now()
            self.conferences.put(conference.id_conference, conference)
        return self._redirect(call, f"call?uId={request.uid}")

    async def service_start(self, call: Call) -> Reply:
        form = call.request.body
        configuration = self._decode_configuration(form["json"])
        if configuration is None:
            return self.fail(
                400, f"Field 'json' is not Base64-encoded JSON (an object nested at most {MAX_JSON_DEPTH} levels)."
            )
        conference = self._new_conference(None, {**configuration, "id_process": form.get("id_process")})
        return self._redirect(call, f"call?idConference={conference.id_conference}")

    async def service_webrtc_test(self, call: Call) -> Reply:
        return self._redirect(call, "webrtc-test")

    # -- operations: authenticate -------------------------------------------------------------------
    async def gen_api_token(self, call: Call) -> Reply:
        id_conference = call.request.parameters["idConference"]
        if self.conferences.get(id_conference) is None:
            return self.fail(404, "Conference not found.")
        return Reply(200, {"success": True, "token": self.issue_token(id_conference)})

    # -- operations: service ------------------------------------------------------------------------
    async def push_async_call(self, call: Call) -> Reply:
        body = call.request.body
        configuration = self._decode_configuration(body["b64Data"])
        if configuration is None:
            return self.fail(
                400, f"Field 'b64Data' is not Base64-encoded JSON (an object nested at most {MAX_JSON_DEPTH} levels)."
            )
        request = AsyncRequest(uid=uuid.uuid4().hex, configuration=configuration)
        conference = self._new_conference(request.uid, configuration)
        request.conferences.append(conference.id_conference)
        self.requests.put(request.uid, request)
        return Reply(200, {"success": True, "uId": request.uid})

    async def del_async_call(self, call: Call) -> Reply:
        request = self.requests.get(call.request.parameters["uId"])
        if request is None:
            return self.fail(404, "Asynchronous call not found.")
        for id_conference in request.conferences:
            conference = self.conferences.get(id_conference)
            if conference is not None and conference.state != "closed":
                self.conferences.delete(id_conference)
        self.requests.delete(request.uid)
        return Reply(200, {"success": True})

    async def available_languages(self, call: Call) -> Reply:
        return Reply(200, {"success": True, "languages": ["it", "en"]})

    async def get_daily_waiting_times(self, call: Call) -> Reply:
        today = datetime.datetime.fromtimestamp(self.clock.now(), tz=datetime.UTC).date()
        days = [today - datetime.timedelta(days=offset) for offset in range(7, 0, -1)]
        week = [{"date": day.isoformat(), "averageWaitingTime": 30.0} for day in days]
        return Reply(200, {"success": True, "lastWeek": week, "lastHour": 30.0})

    async def get_available_operators(self, call: Call) -> Reply:
        return Reply(200, {"success": True, "availableOperators": 1})

    async def get_call_info_uid(self, call: Call) -> Reply:
        request = self.requests.get(call.request.body["uId"])
        conference = self.conferences.get(request.conferences[-1]) if request and request.conferences else None
        if request is None or conference is None:
            return self.fail(404, "Asynchronous call not found.")
        return Reply(200, {"success": True, **conference.info()})

    async def get_queue(self, call: Call) -> Reply:
        process = str(call.request.body["id_process"])
        queued = sum(1 for c in self.conferences.values() if c.state == "queued" and c.process_id == process)
        return Reply(200, {"success": True, "queue": queued})

    # -- operations: v1 -----------------------------------------------------------------------------
    async def conference_data(self, call: Call) -> Reply:
        conference = self._conference_for(call)
        if isinstance(conference, Reply):
            return conference
        body: dict[str, Any] = {"success": True}
        info = conference.info()
        for name in ("call_answer_date", "call_end_date", "end_pattern"):
            if name in info:
                body[name] = info[name]
        if conference.last_activity is not None:
            body["call_last_activity"] = _iso(conference.last_activity)
        if conference.state != "queued":
            body["operator"] = dict(_OPERATOR)
        module = call.request.parameters.get("module")
        modules = conference.modules
        body["data"] = {module: modules[module]} if module in modules else {} if module else dict(modules)
        return Reply(200, body)

    async def delete_audit_data(self, call: Call) -> Reply:
        conference = self._conference_for(call)
        if isinstance(conference, Reply):
            return conference
        if call.request.parameters.get("eraseAll"):
            self.conferences.delete(conference.id_conference)
        else:
            conference.modules.pop("photo", None)
            self.conferences.put(conference.id_conference, conference)
        return Reply(200, {"success": True})

    async def check_status(self, call: Call) -> Reply:
        return Reply(200, {"success": True})

    async def get_audit_data_v1(self, call: Call) -> Reply:
        conference = self._conference_for(call)
        return conference if isinstance(conference, Reply) else Reply(200, _ZIP, media_type="application/zip")

    # -- operations: v2 -----------------------------------------------------------------------------
    async def get_audit_data_v2(self, call: Call) -> Reply:
        conference = self._conference_for(call)
        if isinstance(conference, Reply):
            return conference
        if call.request.parameters.get("direct"):
            return Reply(200, _ZIP, media_type="application/zip")
        url = f"{call.base_url}__sandbox/files/{conference.id_conference}/audit.zip"
        return Reply(200, {"success": True, "url": url})

    async def reject_call(self, call: Call) -> Reply:
        body = call.request.body or {}
        conference: Conference | None = None
        if isinstance(body.get("idConference"), str):
            conference = self.conferences.get(body["idConference"])
        elif isinstance(body.get("uId"), str):
            request = self.requests.get(body["uId"])
            conference = self.conferences.get(request.conferences[-1]) if request and request.conferences else None
        else:
            return self.fail(400, "Missing value for field 'uId' or 'idConference'.")
        if conference is None:
            return self.fail(404, "Call not found.")
        if conference.state != "closed":
            self.close(conference, CloseStatus.k, note="Rejected through rejectCall.")
        return Reply(200, {"success": True})

    async def get_async_request_info(self, call: Call) -> Reply:
        request = self.requests.get(call.request.parameters["uId"])
        if request is None:
            return self.fail(404, "Asynchronous call not found.")
        calls = [c.info() for c in map(self.conferences.get, request.conferences) if c is not None]
        return Reply(200, {"success": True, "calls": calls})

    async def register_alert_email(self, call: Call) -> Reply:
        body = call.request.body
        self.alert_emails.put(body["processId"], body["email"])
        return Reply(200, {"success": True})

    # -- used by the control API --------------------------------------------------------------------
    def complete(
        self, uid: str, close_status: str, *, note: str = "", abort_code: str | None = None
    ) -> Conference | None:
        """Close the newest call of an asynchronous request as the operator would."""
        request = self.requests.get(uid)
        conference = self.conferences.get(request.conferences[-1]) if request and request.conferences else None
        if conference is None:
            return None
        self.close(conference, close_status, note=note, abort_code=abort_code)
        return conference

    # -- the vendor-behaviour protocol (sandbox/_behaviour.py) ------------------------------------------
    def credential_values(self) -> dict[CredentialKind, str]:
        return {"api_key": self.credentials.api_key}

    def auth_hint(self) -> str:
        issuer = credential_issuer(self.document, "ConferenceToken")  # genAPIToken, by its x-credential
        source = issuer.operation.path if issuer else "(no operation issues them)"
        return f"header 'apikey: {self.credentials.api_key}'; bearer JWTs from {source} for the conference operations"

    def reset(self) -> None:
        self.requests.clear()
        self.conferences.clear()
        self.alert_emails.clear()

    def control_handlers(self) -> Mapping[str, Handler]:
        return {"completeCall": self.complete_call}

    async def complete_call(self, call: Call) -> Reply:
        """Control API: close the newest call of an asynchronous request (``completeCall``)."""
        body = call.request.body
        uid = call.request.parameters["uId"]
        conference = self.complete(
            uid, body["closeStatus"], note=body.get("note", ""), abort_code=body.get("abortCode")
        )
        if conference is None:
            return control_error(404, "Not found.")
        return Reply(200, {"uId": uid, "idConference": conference.id_conference, "closeStatus": body["closeStatus"]})


def create_behaviour(
    document: dict[str, Any], settings: SandboxSettings, *, clock: SandboxClock, dispatcher: CallbackDispatcher
) -> LiveIdSandbox:
    """The registry's factory (idvkit.vendors) for LiveID+: ``settings.api_key`` over the documented default.

    LiveID+ has no API secret and does not sign its callbacks: ``api_secret`` and ``callback_key`` are unused.
    """
    return LiveIdSandbox(
        document,
        credentials=LiveIdCredentials(settings.api_key or LiveIdCredentials().api_key),
        callback_url=settings.callback_url,
        clock=clock,
        dispatcher=dispatcher,
    )
