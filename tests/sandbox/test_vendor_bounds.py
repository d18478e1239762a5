"""The iDenfy/markid sandboxes accept every token request iDenfy's own published schema accepts (issue 14, items 1-2).

``VENDOR_TOKEN_REQUEST`` transcribes the request schema of ``POST /api/v2/token`` in iDenfy's published OpenAPI
document ("iDenfy IVS Core API", documentation.idenfy.com/openapi/kyc.yaml, 2026; OpenAPI 3.0 ``nullable`` written
as 3.1 type lists). It is the reference the sandbox is held to: the vendor's newest official material decides what
the API accepts (specs/README.md, "Deliberate divergences", lists what is still narrower and why).
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from idvkit.sandbox import create_sandbox
from idvkit.specs._strategies import schema_strategy
from tests.sandbox._support import Api, Receiver, check_idenfy_callback, run

_NULLABLE_STRING: dict[str, Any] = {"type": ["string", "null"]}
_FLAGS = [
    "showInstructions",
    "reviewSuccessful",
    "reviewFailed",
    "questionnaireRequired",
    "verifyEmail",
    "verifyPhone",
    "verifyBank",
    "verifyBankAccounts",
    "verifyBankBalances",
    "verifyBankTransactions",
    "bankCardVerification",
    "bankCardPdfUpload",
    "verifyAddress",
    "checkAml",
    "checkCriminal",
    "checkLiveness",
    "checkFaceBlacklist",
    "checkDocFaceBlacklist",
    "checkPersonBlacklist",
    "checkDuplicateFaces",
    "checkDuplicateDocFaces",
    "checkDuplicatePersonalData",
    "checkDriverLicense",
    "checkLid",
    "checkIpProxy",
    "allowBsnMasking",
    "nfcRequired",
    "autoAmlMonitoring",
    "driverLicenseBack",
    "generateDigitString",
    "nfcOptional",
]
VENDOR_TOKEN_REQUEST: dict[str, Any] = {
    "type": "object",
    "required": ["clientId", "tokenType"],
    "properties": {
        "clientId": {"type": "string", "maxLength": 100},
        "tokenType": {"type": "string", "enum": ["IDENTIFICATION", "DOCUMENT"]},
        "externalRef": {"type": ["string", "null"], "maxLength": 40},
        "expiryTime": {"type": "integer", "minimum": 0, "maximum": 2592000},
        "locale": {"type": ["string", "null"], "maxLength": 7},
        "country": _NULLABLE_STRING,
        "sessionLength": {"type": "integer", "minimum": 60, "maximum": 3600},
        "documents": {"type": ["array", "null"], "items": {"type": "string"}},
        "firstName": {"type": ["string", "null"], "maxLength": 100},
        "lastName": {"type": ["string", "null"], "maxLength": 100},
        "dateOfBirth": {"type": ["string", "null"], "format": "date"},
        "nationality": _NULLABLE_STRING,
        "documentNumber": {"type": ["string", "null"], "maxLength": 50},
        "personalNumber": {"type": ["string", "null"], "maxLength": 50},
        "sex": {"type": ["string", "null"], "enum": ["M", "F", None]},
        "dateOfExpiry": {"type": ["string", "null"], "format": "date"},
        "dateOfIssue": _NULLABLE_STRING,
        "address": _NULLABLE_STRING,
        "successUrl": {"type": ["string", "null"], "format": "uri"},
        "errorUrl": {"type": ["string", "null"], "format": "uri"},
        "unverifiedUrl": {"type": ["string", "null"], "format": "uri"},
        "callbackUrl": {"type": ["string", "null"], "format": "uri"},
        "questionnaire": _NULLABLE_STRING,
        "riskAssessmentProfile": {"type": ["string", "null"], "format": "uuid"},
        "theme": {"type": ["string", "null"], "format": "uuid"},
        "registryCentersCountries": {"type": ["array", "null"], "items": {"type": "string"}},
        "faceMatchingThresholdModifier": {"type": "number"},
        "additionalData": {"type": "object"},
        "utilityBill": {"type": ["boolean", "null"]},
        "ageLimit": {"type": "integer"},
        "ageMax": {"type": "integer"},
        **{flag: {"type": "boolean"} for flag in _FLAGS},
    },
}

# The 13 requests of the issue the sandbox refused with 400 although the vendor's schema accepts them, and the
# published bounds of every constrained field.
AT_THE_BOUNDS: dict[str, dict[str, Any]] = {
    "non-ascii-client-id": {"clientId": "klientas-ŽĖ-ü"},
    "client-id-100": {"clientId": "c" * 100},
    "empty-names": {"firstName": "", "lastName": ""},
    "names-with-digits": {"firstName": "John 3rd", "lastName": "Smith (2)"},
    "names-100": {"firstName": "F" * 100, "lastName": "L" * 100},
    "empty-numbers": {"documentNumber": "", "personalNumber": ""},
    "numbers-50": {"documentNumber": "9" * 50, "personalNumber": "8" * 50},
    "three-letter-country": {"country": "LTU"},
    "long-nationality": {"nationality": "Lithuanian"},
    "free-text-date-of-issue": {"dateOfIssue": "2nd of March 2018"},
    "address-300": {"address": "A" * 300},
    "http-callback-url": {"callbackUrl": "http://partner.example/idenfy"},
    "short-urls": {"successUrl": "a:b", "errorUrl": "a:b", "unverifiedUrl": "a:b"},
    "long-url": {"successUrl": "https://partner.example/" + "p" * 3000},
    "new-document-types": {"documents": ["WORK_PERMIT", "SMART_ID", "BANK_ID_SE", "SOMETHING_NEW"]},
    "expiry-time-bounds-low": {"expiryTime": 0, "sessionLength": 60},
    "expiry-time-bounds-high": {"expiryTime": 2592000, "sessionLength": 3600},
    "locale-7": {"locale": "zh-Hant"},
    "external-ref-40": {"externalRef": "r" * 40},
    "document-token": {"tokenType": "DOCUMENT"},
    "nulls": {key: None for key, schema in VENDOR_TOKEN_REQUEST["properties"].items() if "null" in schema["type"]},
}


async def _create(api: Api, body: dict[str, Any]) -> None:
    response = await api.idenfy("token", body)
    assert response.status_code == 201, (sorted(body), response.text)


@pytest.mark.parametrize("vendor", ["idenfy", "markid"])
@pytest.mark.parametrize("fields", AT_THE_BOUNDS.values(), ids=AT_THE_BOUNDS.keys())
def test_a_request_at_the_vendors_published_bounds_is_accepted(vendor: str, fields: dict[str, Any]) -> None:
    body = {"clientId": "client-1", "tokenType": "IDENTIFICATION", **fields}
    run(create_sandbox(vendor), lambda api: _create(api, body))


def test_the_cases_cover_every_constrained_field_of_the_vendor_schema() -> None:
    constrained = {
        name
        for name, schema in VENDOR_TOKEN_REQUEST["properties"].items()
        if set(schema) & {"maxLength", "minimum", "maximum", "enum"}
    }
    covered = {name for fields in AT_THE_BOUNDS.values() for name in fields}
    assert constrained - covered - {"sex"} == set()


_VENDOR_DOCUMENT: dict[str, Any] = {"components": {"schemas": {"TokenRequest": VENDOR_TOKEN_REQUEST}}}


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), database=None)
@given(
    body=schema_strategy(_VENDOR_DOCUMENT, "/components/schemas/TokenRequest"),
    vendor=st.sampled_from(["idenfy", "markid"]),
)
def test_every_request_the_vendors_schema_accepts_is_accepted(body: dict[str, Any], vendor: str) -> None:
    run(create_sandbox(vendor), lambda api: _create(api, body))


# The webhook properties iDenfy's published IdentificationWebhook/IdentificationDataWebhook require: the spec keeps
# some optional (specs/README.md, divergences), the sandbox sends all of them.
VENDOR_WEBHOOK_REQUIRED = [
    "final",
    "platform",
    "status",
    "data",
    "fileUrls",
    "scanRef",
    "clientId",
    "companyId",
    "beneficiaryId",
    "startTime",
    "finishTime",
    "clientIp",
    "clientIpCountry",
    "clientLocation",
]
VENDOR_WEBHOOK_DATA_REQUIRED = [
    "ageEstimate",
    "clientIpProxyRiskLevel",
    "docDateOfIssue",
    "docDob",
    "docExpiry",
    "docFirstName",
    "docIssuingCountry",
    "docLastName",
    "docNationality",
    "docNumber",
    "docPersonalCode",
    "docSex",
    "docType",
    "duplicateDocFaces",
    "duplicateFaces",
    "fullName",
    "manuallyDataChanged",
    "orgAddress",
    "orgAuthority",
    "orgBirthName",
    "orgBirthPlace",
    "orgFirstName",
    "orgLastName",
    "orgMothersMaidenName",
    "orgNationality",
    "orgPatronymic",
    "orgTemporaryAddress",
    "selectedCountry",
]


@pytest.mark.parametrize("vendor", ["idenfy", "markid"])
def test_a_finished_verifications_callback_carries_what_the_vendor_requires(vendor: str, receiver: Receiver) -> None:
    sandbox = create_sandbox(vendor, callback_url=receiver.url, callback_retry_interval=0.01)

    async def scenario(api: Api) -> list[int]:
        await api.token(clientId="full-1", tokenType="IDENTIFICATION", dummyStatus="SUSPECTED")
        await sandbox.dispatcher.drain()
        (received,) = receiver.received
        payload = json.loads(received.body)
        # the photos the callback links are files the sandbox serves
        return [(await api.request("GET", httpx.URL(url).path)).status_code for url in payload["fileUrls"].values()]

    statuses = run(sandbox, scenario)
    (received,) = receiver.received
    check_idenfy_callback(vendor, received)  # signed, valid against the spec's webhook schema, parseable
    payload = json.loads(received.body)
    assert set(VENDOR_WEBHOOK_REQUIRED) <= set(payload)
    assert set(VENDOR_WEBHOOK_DATA_REQUIRED) <= set(payload["data"])
    assert set(payload["fileUrls"]) == {"FRONT", "BACK", "FACE"}
    assert statuses == [200, 200, 200]
    assert payload["status"]["suspicionReasons"] == payload["status"]["fraudTags"] == ["FACE_SUSPECTED"]
