"""What is secret or personal, and how it is masked in text and in parsed JSON.

Secrets: the credentials in use (API keys, secrets, their basic-auth encoding; masked where they stand as a
whole value, never inside a word), JWTs, and the values of credential headers (``Authorization``, ``apikey``, ...). Personal data: the values of the fields the vendor
specs mark as personal (names, dates of birth, document and personal numbers, addresses, contact details,
images, ...), wherever they appear in JSON (also JSON embedded in a string, as in HAR and VCR files) or form data.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from idvkit.redact._personal import personal_fields
from idvkit.redact._violations import ViolationMasker, mask_violation_values

MASK = "[REDACTED]"

#: JSON fields (and form fields) whose values are personal data in the vendors' APIs: the properties the bundled
#: specs mark ``x-personal`` (see ``_personal``).
PERSONAL_FIELDS: frozenset[str] = personal_fields()

#: Headers (and HAR name/value entries) whose values are credentials, lower-case.
CREDENTIAL_HEADERS: frozenset[str] = frozenset(
    {"authorization", "proxy-authorization", "apikey", "x-api-key", "idenfy-signature", "cookie", "set-cookie"}
)

_JWT = re.compile(r"eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*")
_AUTH_HEADER = re.compile(r"(?i)(\b(?:authorization|apikey|idenfy-signature)\b[\"']?\s*[:=]\s*[\"']?)([^\"'\r\n,}]+)")
_FIELDS = "|".join(sorted((re.escape(f) for f in PERSONAL_FIELDS), key=len, reverse=True))
# "field": "value" in JSON (escapes inside the value included) ...
_JSON_FIELD = re.compile(rf'"(?P<key>{_FIELDS})"(?P<sep>\s*:\s*)"(?:[^"\\\n]|\\.)*"')
# ... and \"field\": \"value\" in JSON embedded in a JSON or YAML string, at any depth of escaping.
_EMBEDDED_FIELD = re.compile(
    rf'(?P<q>\\+")(?P<key>{_FIELDS})(?P=q)(?P<sep>\s*:\s*)(?P=q)(?P<value>(?:(?!(?P=q)).)*)(?P=q)'
)
_NUMBER_FIELD = re.compile(rf'(?P<q>\\*")(?P<key>{_FIELDS})(?P=q)(?P<sep>\s*:\s*)(?P<value>-?\d[\d.eE+-]*)')
_FORM_FIELD = re.compile(rf"(?<![\w.])(?P<key>{_FIELDS})=(?P<value>[^&\s'\"]*)")


#: A secret is masked where it stands as a whole value, never inside a word: a password ``pass`` leaves
#: "passed" alone. Before the value may stand a character that is not a word character, or an escape that
#: ends in one (``\n``, ``\u0022``, ``\x22``, ``%22`` in JSON, YAML and URL-encoded text).
_WORD_CHARACTER = re.compile(r"[A-Za-z0-9_]")
_STARTS_A_VALUE = (
    r"(?:(?<![A-Za-z0-9_])|(?<=\\[nrtbf])|(?<=\\u[0-9A-Fa-f]{4})|(?<=\\x[0-9A-Fa-f]{2})|(?<=%[0-9A-Fa-f]{2}))"
)
_ENDS_A_VALUE = r"(?![A-Za-z0-9_])"
#: A secret at least this long is masked wherever it stands, glued to other characters too: no word contains
#: a generated key, secret or their Base64 encoding, and one glued to a letter (``0S0VZbW...``) is still a leak.
WHOLE_WORD_SECRETS_BELOW = 16


def _whole_value(secret: str) -> re.Pattern[str]:
    """A pattern that finds ``secret`` only as a whole value (see ``_STARTS_A_VALUE``), or anywhere when it is
    ``WHOLE_WORD_SECRETS_BELOW`` characters or longer."""
    if len(secret) >= WHOLE_WORD_SECRETS_BELOW:
        return re.compile(re.escape(secret))
    start = _STARTS_A_VALUE if _WORD_CHARACTER.match(secret[0]) else ""
    end = _ENDS_A_VALUE if _WORD_CHARACTER.match(secret[-1]) else ""
    return re.compile(f"{start}{re.escape(secret)}{end}")


class Redactor:
    """Masks secrets and personal data in text and in parsed JSON."""

    def __init__(self, secrets: Iterable[str | None] = (), *, min_secret_length: int = 4) -> None:
        values = {s for s in secrets if s and len(s) >= min_secret_length}
        pairs = [(a, b) for a in values for b in values if a != b]
        encoded = {base64.b64encode(f"{a}:{b}".encode()).decode() for a, b in pairs}
        # longest first, so that a secret containing another is masked whole
        self._secrets = [(secret, _whole_value(secret)) for secret in sorted(values | encoded, key=len, reverse=True)]

    def text(self, text: str) -> str:
        """``text`` with every known secret, JWT, credential header value and personal field value masked.

        A masked JSON value stays a string at the quoting level it was found at, so JSON (also JSON inside
        a JSON or YAML string) stays well-formed.
        """
        for secret, whole in self._secrets:
            if secret in text:
                text = whole.sub(MASK, text)
        text = mask_violation_values(text, PERSONAL_FIELDS)
        text = _JWT.sub(MASK, text)
        text = _AUTH_HEADER.sub(lambda m: m.group(1) + MASK, text)
        text = _JSON_FIELD.sub(lambda m: f'"{m["key"]}"{m["sep"]}"{MASK}"', text)
        text = _EMBEDDED_FIELD.sub(lambda m: f"{m['q']}{m['key']}{m['q']}{m['sep']}{m['q']}{MASK}{m['q']}", text)
        text = _NUMBER_FIELD.sub(lambda m: f"{m['q']}{m['key']}{m['q']}{m['sep']}{m['q']}{MASK}{m['q']}", text)
        return _FORM_FIELD.sub(lambda m: f"{m['key']}={MASK}", text)

    def stream(self) -> LineRedactor:
        """A redactor for text that arrives line by line (a child process's output)."""
        return LineRedactor(self)

    def data(self, value: Any) -> Any:
        """A copy of parsed JSON (or YAML) with personal fields, credential headers and secrets masked.

        Credential headers are recognised as mapping keys (``{"Authorization": ...}``) and as HAR entries
        (``{"name": "Authorization", "value": ...}``); a string that holds a JSON document is parsed,
        masked and written back.
        """
        if isinstance(value, Mapping):
            name = value.get("name")
            credential_entry = isinstance(name, str) and name.lower() in CREDENTIAL_HEADERS
            masked = {}
            for key, item in value.items():
                sensitive = key in PERSONAL_FIELDS or (isinstance(key, str) and key.lower() in CREDENTIAL_HEADERS)
                if (sensitive or (credential_entry and key == "value")) and item is not None:
                    masked[key] = [MASK for _ in item] if isinstance(item, list) else MASK
                else:
                    masked[key] = self.data(item)
            return masked
        if isinstance(value, list):
            return [self.data(item) for item in value]
        if isinstance(value, str):
            return self._string(value)
        return value

    def _string(self, value: str) -> str:
        if value.lstrip()[:1] in ("{", "["):
            try:
                parsed = json.loads(value)
            except ValueError:
                pass
            else:
                return json.dumps(self.data(parsed), ensure_ascii=False)
        return self.text(value)


class LineRedactor:
    """Masks a stream of lines like ``Redactor.text`` masks a whole text, holding back a few lines so that a
    schema-violation message can still be masked when the field it concerns is named below it."""

    def __init__(self, redactor: Redactor) -> None:
        self._redactor = redactor
        self._violations = ViolationMasker(PERSONAL_FIELDS)

    def feed(self, line: str) -> list[str]:
        """Take one line (with its newline); return the masked lines that may be written now."""
        return [self._redactor.text(kept) for kept in self._violations.feed(line)]

    def close(self) -> list[str]:
        """The masked lines still held back, at the end of the stream."""
        return [self._redactor.text(kept) for kept in self._violations.close()]
