"""The iDenfy (and markid) sandbox: verifications with tokens, results, data, deletion and callbacks.

Behaviour follows the vendor's documentation; where it is silent the sandbox picks the simplest
faithful behaviour and says so here:

- ``/api/v2/token`` creates a verification (scanRef, authToken, expiry ``expiryTime``) and echoes
  the request with the spec's defaults filled in (names upper-cased, as the vendor does);
  ``dummyStatus`` finishes it at once with that result (and sends the callback).
- ``/api/v2/process`` uses the authToken once: an unknown, used or expired token is
  ``TOKEN_NOT_VALID``; images required for the document must be present (``MISSING_VALUE``);
  the verification is then APPROVED automatically and the callback is sent.
- ``/api/v2/add-dummy-status`` sets the manual results: APPROVED when the face matches and the
  document is valid, DENIED otherwise (every sandbox verification accepts it: the sandbox is a DEV
  environment).
- ``/api/v2/delete`` refuses a verification that is still ACTIVE and unexpired (``PARTNER_ERROR``,
  "Token has not expired yet.", the vendor's documented answer) and removes any other; afterwards
  every operation answers 404 for that scanRef.
- An unknown scanRef is 404 (an assumption of the spec, marked there).
- Callbacks follow the vendor's sequence for an account with manual review (spec x-assumption): a finished
  verification sends ``IDENTIFICATION_AUTO_FINISHED`` with ``final: false`` (no manual results yet), then
  ``IDENTIFICATION_MANUAL_FINISHED`` with ``final: true``, the second only after the first was delivered (or given
  up); in the DEV environment the manual results are simulated from the automatic ones. ``finishVerification``
  with ``review: automatic`` sends the single ``IDENTIFICATION_AUTO_FINISHED`` of an automatic-only account
  (``final: true``); an expiry sends ``IDENTIFICATION_EXPIRED`` (``final: true``); a token's ``dummyStatus``
  skips the flow and the review: one ``IDENTIFICATION_MANUAL_FINISHED`` (``final: true``). The control API's
  ``sendCallback`` sends any other event type the spec lists, with the verification's current state.
"""

from __future__ import annotations

import hashlib
import secrets
import string
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from idenfy_models import ErrorIdentifier, ErrorSeverity, IdentificationEventType

from idvkit.sandbox._behaviour import SandboxSettings
from idvkit.sandbox._callbacks import CallbackDispatcher
from idvkit.sandbox._clock import SandboxClock
from idvkit.sandbox._control import control_error
from idvkit.sandbox._engine import Call, ErrorReason, Handler, Reply, constant_time_equal, declared_body_limit
from idvkit.sandbox._hosted_page import HostedPage, finish_path
from idvkit.sandbox._store import MemoryStore, Store
from idvkit.sandbox._validation import RequestProblem
from idvkit.specs import follow_refs, resolve_pointer
from idvkit.vendors import CredentialKind
from idvkit.webhooks import EVENT_TYPE_HEADER, SIGNATURE_HEADER, callback_delivery, sign

_TOKEN_ALPHABET = string.ascii_letters + string.digits


def random_text(alphabet: str, length: int) -> str:
    """``length`` characters drawn uniformly from ``alphabet`` (at most 256) with the OS's secure randomness.

    One ``os.urandom`` call per text, not per character (``secrets.choice`` in a loop was 17 % of the
    sandbox's time per created token); bytes at or above the largest multiple of ``len(alphabet)`` are
    dropped, so the draw has no modulo bias.
    """
    size = len(alphabet)
    limit = 256 - 256 % size
    chosen: list[str] = []
    while len(chosen) < length:
        chosen += [alphabet[byte % size] for byte in secrets.token_bytes(length * 2) if byte < limit]
    return "".join(chosen[:length])


_REQUIRED_IMAGES = {
    "ID_CARD": ("FRONT", "BACK", "FACE"),
    "RESIDENCE_PERMIT": ("FRONT", "BACK", "FACE"),
    "DRIVER_LICENSE": ("FRONT", "BACK", "FACE"),
}
_DEFAULT_IMAGES = ("FRONT", "FACE")
_DUMMY_RESULTS: dict[str, tuple[str, str, list[str]]] = {
    # dummyStatus -> (document result, face result, fraud tags)
    "APPROVED": ("DOC_VALIDATED", "FACE_MATCH", []),
    "DENIED": ("DOC_VALIDATED", "FACE_MISMATCH", []),
    "SUSPECTED": ("DOC_VALIDATED", "FACE_MATCH", ["FACE_SUSPECTED"]),
    "EXPIRED": ("DOC_NOT_ANALYSED", "FACE_NOT_CHECKED", []),
}
#: The photo steps of a document-and-selfie verification (FileUrls).
_PHOTO_STEPS = ("FRONT", "BACK", "FACE")
_MINIMAL_PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def _required(document: dict[str, Any], schema: str) -> list[str]:
    """The properties a component schema requires, with those of its ``allOf`` members."""
    node = document["components"]["schemas"][schema]
    found: list[str] = list(node.get("required", []))
    for member in node.get("allOf", []):
        if "$ref" in member:
            found += _required(document, member["$ref"].rsplit("/", 1)[1])
        found += member.get("required", [])
    return found


def _max_lengths(document: dict[str, Any], schema: str) -> dict[str, int]:
    """property -> maxLength of the component schema ``schema``, for its properties that declare one."""
    properties = resolve_pointer(document, f"/components/schemas/{schema}/properties")
    found = {name: follow_refs(document, definition).get("maxLength") for name, definition in properties.items()}
    return {name: length for name, length in found.items() if isinstance(length, int)}


@dataclass(frozen=True)
class IdenfyCredentials:
    """The sandbox's API key pair and the key it signs callbacks with."""

    api_key: str = "sandbox-key"
    api_secret: str = "sandbox-secret"  # noqa: S105 - the sandbox's documented default, not a secret
    callback_key: str = "sandbox-callback-key"


@dataclass
class Verification:
    """One verification session, as the sandbox keeps it."""

    scan_ref: str
    auth_token: str
    client_id: str
    created_at: float
    expires_at: float
    token: dict[str, Any]
    callback_url: str | None = None
    token_used: bool = False
    status: str = "ACTIVE"
    auto_document: str | None = None
    auto_face: str | None = None
    manual_document: str | None = None
    manual_face: str | None = None
    fraud_tags: list[str] = field(default_factory=list)
    mismatch_tags: list[str] = field(default_factory=list)
    started_at: float | None = None
    finished_at: float | None = None
    video_call: bool = False
    #: the sandbox's own URL as the token request reached it: the callbacks' fileUrls point at its files
    base_url: str | None = None

    def overall(self, now: float) -> str:
        if self.status == "ACTIVE" and not self.token_used and now > self.expires_at:
            return "EXPIRED"
        return self.status


class IdenfySandbox:
    """State and answers of the iDenfy API (markid: the same with markid's spec)."""

    def __init__(
        self,
        document: dict[str, Any],
        *,
        credentials: IdenfyCredentials | None = None,
        callback_url: str | None = None,
        clock: SandboxClock | None = None,
        store: Store[Verification] | None = None,
        dispatcher: CallbackDispatcher | None = None,
    ) -> None:
        self.document = document
        self.credentials = credentials or IdenfyCredentials()
        self.callback_url = callback_url
        self.clock = clock or SandboxClock()
        self.verifications: Store[Verification] = store if store is not None else MemoryStore(clock=self.clock)
        self.tokens: Store[str] = MemoryStore(clock=self.clock)
        self.dispatcher = dispatcher or CallbackDispatcher(callback_delivery(document))
        schemas = document["components"]["schemas"]
        self._token_defaults = {
            name: prop["default"] for name, prop in schemas["TokenRequest"]["properties"].items() if "default" in prop
        }
        self._echoed = set(schemas["TokenResponse"]["properties"])
        self._documentation = (document.get("externalDocs") or {}).get("url", "")
        self._hosted_page = HostedPage.for_document(document)
        # Limits of the spec's schemas: the default token lifetime (TokenRequest.expiryTime.default), the token
        # length (TokenResponse.authToken.maxLength: newer tokens have the maximum), the echoed names
        # (TokenRequest.firstName/lastName.maxLength) and the document fields (VerificationData maxLengths).
        self._default_expiry = float(
            resolve_pointer(document, "/components/schemas/TokenRequest/properties/expiryTime/default")
        )
        self._auth_token_length = int(
            resolve_pointer(document, "/components/schemas/TokenResponse/properties/authToken/maxLength")
        )
        self._request_lengths = _max_lengths(document, "TokenRequest")
        self._data_lengths = _max_lengths(document, "VerificationData")
        # the webhook's data object carries every document field of VerificationData (the /api/v2/data fields that
        # the webhook has at its top level are not repeated), at least those IdentificationWebhookData requires
        top_level = set(resolve_pointer(document, "/components/schemas/IdentificationWebhook/properties"))
        document_fields = [
            name
            for name in resolve_pointer(document, "/components/schemas/VerificationData/properties")
            if name not in top_level
        ]
        self._webhook_data_keys = list(
            dict.fromkeys([*_required(document, "IdentificationWebhookData"), *document_fields])
        )
        body_limit = declared_body_limit([document])  # x-max-body-bytes of /api/v2/process
        self._too_large = (
            f"The request exceeds the {body_limit / 2**20:g} MB size limit."
            if body_limit
            else "The request is too large."
        )

    # -- engine hooks -------------------------------------------------------------------------------
    def handlers(self) -> Mapping[str, Handler]:
        return {
            "createToken": self.create_token,
            "directProcessing": self.direct_processing,
            "uploadAdditionalStep": self.upload_additional_step,
            "createVideoCall": self.create_video_call,
            "getVideoCallRecord": self.get_video_call_record,
            "getStatus": self.get_status,
            "getData": self.get_data,
            "getFiles": self.get_files,
            "generatePdf": self.generate_pdf,
            "deleteVerification": self.delete_verification,
            "addDummyStatus": self.add_dummy_status,
        }

    def check_basic(self, username: str, password: str) -> bool:
        key_ok = constant_time_equal(username, self.credentials.api_key)
        secret_ok = constant_time_equal(password, self.credentials.api_secret)
        return key_ok and secret_ok

    def check_api_key(self, name: str, value: str) -> bool:
        return False

    def check_bearer(self, token: str) -> Mapping[str, Any] | None:
        return None

    def fail(self, status: int, message: str, identifier: str | None = None) -> Reply:
        """An answer in iDenfy's error format (no identifier for authentication failures, as documented)."""
        body: dict[str, Any] = {"message": message}
        if identifier is not None:
            body |= {
                "identifier": identifier,
                "documentation": self._documentation,
                "severity": ErrorSeverity.not_severe,
            }
        return Reply(status, body)

    def error(self, status: int, reason: ErrorReason, problem: RequestProblem | None = None) -> Reply:
        if reason == "unauthorized":
            return self.fail(401, "Invalid authorization credentials")
        if reason == "unknown_path":
            return self.fail(404, "Not found.")
        if reason == "method_not_allowed":
            return self.fail(405, "Method not allowed.", ErrorIdentifier.method_not_allowed)
        if reason == "too_large":
            return self.fail(400, self._too_large, ErrorIdentifier.bad_value)
        assert problem is not None
        identifier = {
            "malformed_body": ErrorIdentifier.json_error,
            "unsupported_media_type": ErrorIdentifier.json_error,
            "missing": ErrorIdentifier.missing_value,
        }
        return self.fail(status, problem.message, identifier.get(problem.kind, ErrorIdentifier.bad_value))

    # -- helpers ------------------------------------------------------------------------------------
    def _find(self, call: Call) -> Verification | Reply:
        scan_ref = call.request.body["scanRef"]
        verification = self.verifications.get(scan_ref)
        if verification is None:
            return self.fail(404, "Verification not found.", ErrorIdentifier.bad_value)
        return verification

    def _file_url(self, call: Call, verification: Verification, name: str) -> str:
        return f"{call.base_url}__sandbox/files/{verification.scan_ref}/{name}"

    def _callback_file_urls(self, verification: Verification, now: float) -> dict[str, str]:
        """The webhook's fileUrls: the photos of a verification the client went through, served by the sandbox."""
        if verification.base_url is None or verification.overall(now) == "EXPIRED":
            return {}
        base = f"{verification.base_url}__sandbox/files/{verification.scan_ref}"
        return {name: f"{base}/{name}.png" for name in _PHOTO_STEPS}

    def _finish(self, verification: Verification, event: str, *, automatic_first: bool = False) -> None:
        """Store the finished verification and send its callback (``automatic_first``: the automatic result
        before it, final: false, without the manual results)."""
        now = self.clock.now()
        verification.started_at = verification.started_at or now
        verification.finished_at = now
        self.verifications.put(verification.scan_ref, verification)
        if automatic_first:
            self.send_callback(verification, IdentificationEventType.identification_auto_finished, final=False)
        self.send_callback(verification, event, final=True)

    def send_callback(self, verification: Verification, event: str, *, final: bool = True) -> None:
        """POST the verification-result webhook, signed as the vendor signs it (after the verification's earlier
        callbacks: the receiver sees them in the order they were sent)."""
        automatic = event == IdentificationEventType.identification_auto_finished and not final
        self._send(verification, event, self.webhook_payload(verification, final=final, automatic=automatic))

    def _send(self, verification: Verification, event: str, payload: Mapping[str, Any]) -> None:
        url = verification.callback_url or self.callback_url
        if not url:
            return
        body = self.dispatcher.encode(payload)
        headers = {
            "Content-Type": "application/json",
            SIGNATURE_HEADER: sign(body, self.credentials.callback_key),
            EVENT_TYPE_HEADER: event,
        }
        self.dispatcher.send(url, event, body, headers, chain=verification.scan_ref)

    def webhook_payload(self, verification: Verification, *, final: bool, automatic: bool = False) -> dict[str, Any]:
        """The IdentificationWebhook body of the verification's state (``automatic``: before the manual review,
        whose results are then still null)."""
        now = self.clock.now()
        return {
            "final": final,
            "platform": "PC",
            "status": {
                "overall": verification.overall(now),
                "fraudTags": verification.fraud_tags,
                "mismatchTags": verification.mismatch_tags,
                "autoFace": verification.auto_face or "FACE_NOT_CHECKED",
                "manualFace": None if automatic else verification.manual_face,
                "autoDocument": verification.auto_document or "DOC_NOT_ANALYSED",
                "manualDocument": None if automatic else verification.manual_document,
                "additionalSteps": None,
                # the legacy (2021) name of the fraud tags, still in the vendor's examples
                "suspicionReasons": list(verification.fraud_tags),
            },
            "data": self.document_data(verification),
            "fileUrls": self._callback_file_urls(verification, now),
            "scanRef": verification.scan_ref,
            "externalRef": verification.token.get("externalRef"),
            "clientId": verification.client_id,
            # required by IdentificationWebhook; null: no KYB company or beneficiary is linked (spec x-assumption)
            "companyId": None,
            "beneficiaryId": None,
            "startTime": int(verification.started_at or verification.created_at),
            "finishTime": int(verification.finished_at or now),
            "clientIp": "127.0.0.1",
            "clientIpCountry": None,
            "clientLocation": None,
        }

    def document_data(self, verification: Verification) -> dict[str, Any]:
        """Deterministic, obviously fake document data (from the token's data where given).

        Token fields are cut to the document fields' limits, VerificationData's maxLengths (personalNumber may
        be 50 characters, docPersonalCode only 30; upper-casing can lengthen text, e.g. ß -> SS).
        """
        token = verification.token
        seed = int(hashlib.sha256(verification.scan_ref.encode()).hexdigest()[:8], 16)
        fit = self._data_lengths
        personal_number = token.get("personalNumber") or None
        first = (token.get("firstName") or "SANDBOX")[: fit["docFirstName"]]
        last = (token.get("lastName") or "PERSON")[: fit["docLastName"]]
        country = (token.get("country") or "LT").upper()[: fit["docIssuingCountry"]]
        # every key IdentificationWebhookData requires, null where the vendor sends null (a check that is off, a
        # Latin-script document's org* names); the sandbox's values below
        return dict.fromkeys(self._webhook_data_keys) | {
            "docFirstName": first,
            "docLastName": last,
            "docNumber": (token.get("documentNumber") or f"SBX{seed % 10**7:07d}")[: fit["docNumber"]],
            "docPersonalCode": personal_number and personal_number[: fit["docPersonalCode"]],
            "docExpiry": token.get("dateOfExpiry") or "2031-01-01",
            "docDob": token.get("dateOfBirth") or "1990-01-01",
            "docDateOfIssue": token.get("dateOfIssue"),
            "docType": "ID_CARD",
            "docSex": {"M": "MALE", "F": "FEMALE"}.get(str(token.get("sex")), "UNDEFINED"),
            "docNationality": (token.get("nationality") or "LT").upper()[: fit["docNationality"]],
            "docIssuingCountry": country,
            "fullName": f"{first} {last}",
            "selectedCountry": country,
            "manuallyDataChanged": False,
        }

    # -- operations ---------------------------------------------------------------------------------
    async def create_token(self, call: Call) -> Reply:
        request: dict[str, Any] = call.request.body
        now = self.clock.now()
        scan_ref = str(uuid.uuid4())
        auth_token = random_text(_TOKEN_ALPHABET, self._auth_token_length)
        echo = {**self._token_defaults, **request}
        for name in ("firstName", "lastName"):
            if isinstance(echo.get(name), str):
                # upper-casing can lengthen text (ß -> SS): the echo keeps the request field's limit
                echo[name] = echo[name].upper()[: self._request_lengths[name]]
        dummy = request.get("dummyStatus")
        token = {key: value for key, value in echo.items() if key in self._echoed}
        token |= {
            "message": "Dummy token and verification created successfully" if dummy else "Token created successfully",
            "authToken": auth_token,
            "scanRef": scan_ref,
            "clientId": request["clientId"],
            "personScanRef": request["clientId"],
            "digitString": random_text(string.digits, 8) if echo.get("generateDigitString") else None,
            "allowedDocuments": {"ALL": echo.get("documents") or ["ID_CARD", "PASSPORT"]},
            "redirectUrl": f"{call.base_url}__sandbox/ui?authToken={auth_token}",
        }
        verification = Verification(
            scan_ref,
            auth_token,
            request["clientId"],
            created_at=now,
            expires_at=now + (self._default_expiry if echo.get("expiryTime") is None else float(echo["expiryTime"])),
            token=token,
            callback_url=request.get("callbackUrl"),
            base_url=call.base_url,
        )
        self.verifications.put(scan_ref, verification)
        self.tokens.put(auth_token, scan_ref)
        if dummy and dummy != "ACTIVE":
            self.finish(scan_ref, dummy, dummy=True)
        return Reply(201, token)

    async def direct_processing(self, call: Call) -> Reply:
        request = call.request.body
        scan_ref = self.tokens.get(request["authToken"])
        verification = self.verifications.get(scan_ref) if scan_ref else None
        now = self.clock.now()
        if verification is None or verification.token_used or verification.overall(now) != "ACTIVE":
            return self.fail(400, "Verification token is not valid or expired.", ErrorIdentifier.token_not_valid)
        images = request["images"]
        for step in _REQUIRED_IMAGES.get(request["documentType"], _DEFAULT_IMAGES):
            if not images.get(step):
                return self.fail(400, f"No image provided for step '{step}'", ErrorIdentifier.missing_value)
        verification.token_used = True
        verification.started_at = now
        verification.status = "APPROVED"
        verification.auto_document, verification.auto_face = "DOC_VALIDATED", "FACE_MATCH"
        # DEV: the manual review is simulated from the automatic results (the automatic callback comes first)
        verification.manual_document, verification.manual_face = verification.auto_document, verification.auto_face
        self._finish(verification, IdentificationEventType.identification_manual_finished, automatic_first=True)
        return Reply(200)

    async def upload_additional_step(self, call: Call) -> Reply:
        found = self._find(call)
        return found if isinstance(found, Reply) else Reply(200)

    async def create_video_call(self, call: Call) -> Reply:
        found = self._find(call)
        if isinstance(found, Reply):
            return found
        found.video_call = True
        self.verifications.put(found.scan_ref, found)
        return Reply(200, {"url": f"{call.base_url}__sandbox/ui/video-call?authToken={found.auth_token}"})

    async def get_video_call_record(self, call: Call) -> Reply:
        found = self._find(call)
        if isinstance(found, Reply):
            return found
        photos = {
            name: self._file_url(call, found, f"{name}.png")
            for name in ("VIDEO_CALL_FRONT", "VIDEO_CALL_BACK", "VIDEO_CALL_FACE")
        }
        videos = [self._file_url(call, found, "VIDEO_CALL.mp4")] if found.video_call else []
        return Reply(200, {"photos": photos if found.video_call else {}, "videos": videos})

    async def get_status(self, call: Call) -> Reply:
        found = self._find(call)
        if isinstance(found, Reply):
            return found
        return Reply(
            200,
            {
                "status": found.overall(self.clock.now()),
                "scanRef": found.scan_ref,
                "clientId": found.client_id,
                "autoDocument": found.auto_document,
                "autoFace": found.auto_face,
                "manualDocument": found.manual_document,
                "manualFace": found.manual_face,
                "fraudTags": found.fraud_tags,
                "mismatchTags": found.mismatch_tags,
            },
        )

    async def get_data(self, call: Call) -> Reply:
        found = self._find(call)
        if isinstance(found, Reply):
            return found
        finished = found.finished_at is not None
        data = self.document_data(found) if finished else {}
        return Reply(200, {**data, "scanRef": found.scan_ref, "clientId": found.client_id})

    async def get_files(self, call: Call) -> Reply:
        found = self._find(call)
        if isinstance(found, Reply):
            return found
        if found.finished_at is None:
            return Reply(200, {})
        return Reply(200, {name: self._file_url(call, found, f"{name}.png") for name in _PHOTO_STEPS})

    async def generate_pdf(self, call: Call) -> Reply:
        found = self._find(call)
        return found if isinstance(found, Reply) else Reply(200, _MINIMAL_PDF, media_type="application/pdf")

    async def delete_verification(self, call: Call) -> Reply:
        found = self._find(call)
        if isinstance(found, Reply):
            return found
        if found.overall(self.clock.now()) == "ACTIVE":
            return self.fail(400, "Token has not expired yet.", ErrorIdentifier.partner_error)
        self.verifications.delete(found.scan_ref)
        self.tokens.delete(found.auth_token)
        return Reply(200)

    async def add_dummy_status(self, call: Call) -> Reply:
        found = self._find(call)
        if isinstance(found, Reply):
            return found
        request = call.request.body
        self.set_manual_result(found, request["manualDocumentValidity"], request["manualFaceMatchResult"])
        return Reply(200)

    # -- used by the control API --------------------------------------------------------------------
    def set_manual_result(self, verification: Verification, document: str, face: str) -> None:
        """A reviewer's decision: APPROVED when the face matches and the document is valid, else DENIED."""
        verification.manual_document, verification.manual_face = document, face
        verification.auto_document = verification.auto_document or document
        verification.auto_face = verification.auto_face or face
        approved = document == "DOC_VALIDATED" and face == "FACE_MATCH"
        verification.status = "APPROVED" if approved else "DENIED"
        # the review's own callback (an automatic result, if any, was sent when the verification was processed)
        self._finish(verification, IdentificationEventType.identification_manual_finished)

    def finish(self, scan_ref: str, status: str, *, review: str = "manual", dummy: bool = False) -> Verification | None:
        """Finish a verification with ``status`` (APPROVED, DENIED, SUSPECTED or EXPIRED), as a dummy status would:
        ``review`` manual sends the automatic result (final: false), then the manual one; automatic only the
        automatic result (final: true, no manual results). A token's ``dummy`` status skips the client's flow and
        the review alike: its one callback is the final manual result."""
        verification = self.verifications.get(scan_ref)
        if verification is None:
            return None
        document_result, face_result, fraud = _DUMMY_RESULTS[status]
        verification.status = status
        verification.auto_document, verification.auto_face = document_result, face_result
        manual = review == "manual" or status == "EXPIRED"
        verification.manual_document = document_result if manual else None
        verification.manual_face = face_result if manual else None
        verification.fraud_tags = list(fraud)
        if status == "EXPIRED":
            event = IdentificationEventType.identification_expired
        elif manual:
            event = IdentificationEventType.identification_manual_finished
        else:
            event = IdentificationEventType.identification_auto_finished
        pair = event == IdentificationEventType.identification_manual_finished and not dummy
        self._finish(verification, event, automatic_first=pair)
        return verification

    def event_payload(self, verification: Verification, event: str, threshold: str) -> dict[str, Any] | None:
        """The body of ``event`` for the verification's current state (None: not an event type of the spec)."""
        if event == "DOCUMENT_EXPIRATION":
            return {
                "scanRef": verification.scan_ref,
                "clientId": verification.client_id,
                "expirationThreshold": threshold,
                "documentExpiration": self.document_data(verification)["docExpiry"],
            }
        if event == "VIDEO_CALL_FINISHED":
            ended = datetime.fromtimestamp(self.clock.now(), UTC)
            return {
                "videoCallAnswers": {},
                "date": ended.isoformat(sep=" "),  # the 2020 docs' spelling, "2020-08-14 12:48:08.085275+00:00"
                "status": True,
                "scanRef": verification.scan_ref,
                "authToken": verification.auth_token,
                "clientId": verification.client_id,
            }
        if event not in set(IdentificationEventType):
            return None
        # a resubmission reopens the verification and the automatic result awaits a review: not final
        final = event not in ("IDENTIFICATION_RESUBMITTED", "IDENTIFICATION_AUTO_FINISHED")
        automatic = event == "IDENTIFICATION_AUTO_FINISHED"
        return self.webhook_payload(verification, final=final, automatic=automatic)

    # -- the vendor-behaviour protocol (sandbox/_behaviour.py) ------------------------------------------
    def credential_values(self) -> dict[CredentialKind, str]:
        return {"api_key": self.credentials.api_key, "api_secret": self.credentials.api_secret}

    def auth_hint(self) -> str:
        credentials = self.credentials
        return (
            f"HTTP basic auth: API key {credentials.api_key!r} as user name, API secret "
            f"{credentials.api_secret!r} as password; callbacks signed with {credentials.callback_key!r}"
        )

    def reset(self) -> None:
        self.verifications.clear()
        self.tokens.clear()

    def control_handlers(self) -> Mapping[str, Handler]:
        return {
            "finishVerification": self.finish_verification,
            "sendCallback": self.send_event,
            "showVerificationPage": self.show_verification_page,
        }

    async def show_verification_page(self, call: Call) -> Reply:
        """Control API: the hosted page a token's redirectUrl opens (``showVerificationPage``, sandbox/_hosted_page.py)."""
        scan_ref = self.tokens.get(call.request.parameters["authToken"])
        verification = self.verifications.get(scan_ref) if scan_ref else None
        if verification is None:
            return self._hosted_page.not_found()
        return self._hosted_page.verification(
            scan_ref=verification.scan_ref,
            status=verification.overall(self.clock.now()),
            token=verification.token,
            finish_path=finish_path(verification.scan_ref),
        )

    async def finish_verification(self, call: Call) -> Reply:
        """Control API: finish a verification with the requested status (``finishVerification``)."""
        status = call.request.body["status"]
        review = call.request.body.get("review", "manual")
        verification = self.finish(call.request.parameters["scanRef"], status, review=review)
        if verification is None:
            return control_error(404, "Not found.")
        return Reply(200, {"scanRef": verification.scan_ref, "status": status})

    async def send_event(self, call: Call) -> Reply:
        """Control API: send the callback of any event type the spec lists for a verification (``sendCallback``)."""
        verification = self.verifications.get(call.request.parameters["scanRef"])
        if verification is None:
            return control_error(404, "Not found.")
        event = call.request.body["event"]
        payload = self.event_payload(verification, event, call.request.body.get("threshold", "DOCUMENT_EXPIRED"))
        if payload is None:
            return control_error(400, f"{event} is not an event type of the vendor's webhooks.")
        self._send(verification, event, payload)
        return Reply(200, {"scanRef": verification.scan_ref, "event": event})


def create_behaviour(
    document: dict[str, Any], settings: SandboxSettings, *, clock: SandboxClock, dispatcher: CallbackDispatcher
) -> IdenfySandbox:
    """The registry's factory (idvkit.vendors) for iDenfy and markid: ``settings`` over the documented defaults."""
    defaults = IdenfyCredentials()
    credentials = IdenfyCredentials(
        settings.api_key or defaults.api_key,
        settings.api_secret or defaults.api_secret,
        settings.callback_key or defaults.callback_key,
    )
    return IdenfySandbox(
        document, credentials=credentials, callback_url=settings.callback_url, clock=clock, dispatcher=dispatcher
    )
