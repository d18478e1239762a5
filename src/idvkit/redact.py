"""The one place that knows what is secret or personal, used by every output idvkit writes.

Secrets: the credentials in use (API keys, secrets, their basic-auth encoding), JWTs, and the values
of ``Authorization``/``apikey`` headers. Personal data: the values of fields that carry names, dates
of birth, document and personal numbers, addresses, contact details and images, wherever they appear
in JSON (also JSON embedded as a string, as in HAR and VCR files) or form data.
"""

from __future__ import annotations

import base64
import re
from collections.abc import Iterable, Mapping
from typing import Any

MASK = "[REDACTED]"

#: JSON fields (and form fields) whose values are personal data in the vendors' APIs.
PERSONAL_FIELDS: frozenset[str] = frozenset(
    {
        # names
        "firstName", "lastName", "fullName", "surname", "docFirstName", "docLastName", "orgFirstName",
        "orgLastName", "mothersMaidenName", "docBirthName", "docPatronymic", "orgMothersMaidenName",
        "orgPatronymic", "orgBirthName",
        # dates and places of birth
        "dateOfBirth", "docDob", "birthPlace", "orgBirthPlace", "date_of_birth",
        # document and personal numbers
        "personalNumber", "documentNumber", "docNumber", "docPersonalCode", "personal_id_number",
        "document_number", "digitString",
        # addresses and contact details
        "address", "docTemporaryAddress", "orgAddress", "orgTemporaryAddress", "manualAddress", "email", "phone",
        "clientIp",
        # images and files (Base64)
        "FRONT", "BACK", "FACE", "UTILITY_BILL", "PASSPORT_COVER", "image", "b64Data", "json",
    }
)  # fmt: skip

_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_AUTH_HEADER = re.compile(r"(?i)(\b(?:authorization|apikey|idenfy-signature)\b[\"']?\s*[:=]\s*[\"']?)([^\"'\r\n,}]+)")
_FIELDS = "|".join(sorted((re.escape(f) for f in PERSONAL_FIELDS), key=len, reverse=True))
# "field": "value" in JSON, or \"field\": \"value\" in JSON embedded in a JSON string.
_JSON_FIELD = re.compile(rf'(?P<q>\\*")(?P<key>{_FIELDS})(?P=q)(?P<sep>\s*:\s*)(?P=q)(?P<value>(?:(?!(?P=q)).)*)(?P=q)')
_JSON_NUMBER_FIELD = re.compile(rf'(?P<q>\\*")(?P<key>{_FIELDS})(?P=q)(?P<sep>\s*:\s*)(?P<value>-?\d[\d.eE+-]*)')
_FORM_FIELD = re.compile(rf"(?<![\w.])(?P<key>{_FIELDS})=(?P<value>[^&\s'\"]*)")


class Redactor:
    """Masks secrets and personal data in text and in parsed JSON."""

    def __init__(self, secrets: Iterable[str | None] = (), *, min_secret_length: int = 4) -> None:
        values = {s for s in secrets if s and len(s) >= min_secret_length}
        pairs = [(a, b) for a in values for b in values if a != b]
        encoded = {base64.b64encode(f"{a}:{b}".encode()).decode() for a, b in pairs}
        # longest first, so that a secret containing another is masked whole
        self._secrets = sorted(values | encoded, key=len, reverse=True)

    def text(self, text: str) -> str:
        """``text`` with every known secret, JWT, credential header value and personal field value masked."""
        for secret in self._secrets:
            text = text.replace(secret, MASK)
        text = _JWT.sub(MASK, text)
        text = _AUTH_HEADER.sub(lambda m: m.group(1) + MASK, text)
        text = _JSON_FIELD.sub(lambda m: f"{m['q']}{m['key']}{m['q']}{m['sep']}{m['q']}{MASK}{m['q']}", text)
        text = _JSON_NUMBER_FIELD.sub(lambda m: f'{m["q"]}{m["key"]}{m["q"]}{m["sep"]}"{MASK}"', text)
        return _FORM_FIELD.sub(lambda m: f"{m['key']}={MASK}", text)

    def data(self, value: Any) -> Any:
        """A copy of parsed JSON with personal fields and secret strings masked."""
        if isinstance(value, Mapping):
            return {
                key: MASK if key in PERSONAL_FIELDS and value[key] is not None else self.data(item)
                for key, item in value.items()
            }
        if isinstance(value, list):
            return [self.data(item) for item in value]
        if isinstance(value, str):
            return self.text(value)
        return value
