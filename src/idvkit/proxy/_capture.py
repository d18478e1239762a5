"""Exchanges as HAR 1.2 entries: written by the proxy (masked, rotated by size) and read back by
``idvkit check-capture`` (from the proxy, a browser or an API gateway).

Every entry is masked before it is written, with the project's redaction by format (a HAR document:
``idvkit.redact.redact_report``), knowing the credentials the traffic carried. Bodies are captured as text only
when they are JSON, form data or plain text no larger than the validation limit; other bodies (images, ZIP
archives: personal data, and large) are left out with a comment saying so. A file is closed and a new one started
when it passes ``max_bytes``; each file is a complete HAR document once closed (``close``, also on SIGINT/SIGTERM).
"""

from __future__ import annotations

import base64
import binascii
import datetime
import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any
from urllib.parse import parse_qsl, urlsplit

from idvkit.proxy._exchange import RawExchange
from idvkit.redact import Redactor, redact_report

#: Default size after which a capture file is closed and the next one started.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
#: Credential values remembered for masking (the ones seen in the traffic, besides the environment's).
MAX_REMEMBERED_SECRETS = 256
_TEXT_MEDIA = ("application/json", "application/x-www-form-urlencoded", "text/plain")
_CREATOR = {"name": "idvkit proxy", "version": "1"}


class CaptureError(ValueError):
    """A HAR file that cannot be read: names the file and the problem, never its content."""


def _textual(media_type: str | None) -> bool:
    return media_type is not None and (media_type in _TEXT_MEDIA or media_type.endswith("+json"))


def _body(raw: bytes | None, media_type: str | None, size: int) -> tuple[str | None, str]:
    if raw is None:
        return None, f"body of {size} bytes not captured: larger than the validation limit"
    if not raw:
        return "", ""
    if not _textual(media_type):
        return None, f"body of {len(raw)} bytes ({media_type or 'no media type'}) not captured: not text"
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError:
        return None, f"body of {len(raw)} bytes not captured: not UTF-8 text"


def har_entry(
    exchange: RawExchange,
    *,
    base_url: str,
    started: datetime.datetime,
    seconds: float,
    request_size: int,
    response_size: int,
) -> dict[str, Any]:
    """The HAR entry of one exchange (not yet masked)."""
    query = "&".join(f"{k}={v}" for k, v in exchange.query)
    url = f"{base_url}{exchange.path}{'?' + query if query else ''}"
    request_media = (exchange.request_header("content-type") or "").split(";")[0].strip().lower() or None
    response_media = (exchange.response_header("content-type") or "").split(";")[0].strip().lower() or None
    request_text, request_comment = _body(exchange.request_body, request_media, request_size)
    response_text, response_comment = _body(exchange.response_body, response_media, response_size)
    request: dict[str, Any] = {
        "method": exchange.method,
        "url": url,
        "httpVersion": "HTTP/1.1",
        "cookies": [],
        "headers": [{"name": k, "value": v} for k, v in exchange.request_headers],
        "queryString": [{"name": k, "value": v} for k, v in exchange.query],
        "headersSize": -1,
        "bodySize": request_size,
    }
    if request_size or request_text:
        request["postData"] = {"mimeType": exchange.request_header("content-type") or "", "text": request_text or ""}
        if request_comment:
            request["postData"]["comment"] = request_comment
    content: dict[str, Any] = {"size": response_size, "mimeType": exchange.response_header("content-type") or ""}
    if response_text is not None:
        content["text"] = response_text
    if response_comment:
        content["comment"] = response_comment
    milliseconds = round(seconds * 1000, 3)
    return {
        "startedDateTime": started.isoformat(),
        "time": milliseconds,
        "request": request,
        "response": {
            "status": exchange.status or 0,
            "statusText": "",
            "httpVersion": "HTTP/1.1",
            "cookies": [],
            "headers": [{"name": k, "value": v} for k, v in exchange.response_headers],
            "content": content,
            "redirectURL": "",
            "headersSize": -1,
            "bodySize": response_size,
        },
        "cache": {},
        "timings": {"send": 0, "wait": milliseconds, "receive": 0},
    }


class HarCapture:
    """Writes masked HAR entries to ``directory``/capture-NNNN.har, a new file past ``max_bytes``."""

    def __init__(self, directory: Path, redactor_secrets: Iterable[str] = (), *, max_bytes: int = DEFAULT_MAX_BYTES):
        self.directory = directory
        self.max_bytes = max_bytes
        self._secrets = {secret for secret in redactor_secrets if secret}
        self._redactor = Redactor(self._secrets)
        self._file: IO[str] | None = None
        self._size = 0
        self._entries = 0
        self._number = 0
        self.files: list[Path] = []
        directory.mkdir(parents=True, exist_ok=True)

    def remember(self, secrets: Iterable[str]) -> None:
        """Mask ``secrets`` (credentials the traffic carried) from now on."""
        new = {s for s in secrets if s and s not in self._secrets}
        if new and len(self._secrets) < MAX_REMEMBERED_SECRETS:
            self._secrets |= new
            self._redactor = Redactor(self._secrets)

    def _open(self) -> IO[str]:
        self._number += 1
        path = self.directory / f"capture-{self._number:04d}.har"
        while path.exists():
            self._number += 1
            path = self.directory / f"capture-{self._number:04d}.har"
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        handle = os.fdopen(descriptor, "w", encoding="utf-8")
        head = '{"log": {"version": "1.2", "creator": ' + json.dumps(_CREATOR) + ', "entries": [\n'
        handle.write(head)
        self._size, self._entries = len(head), 0
        self.files.append(path)
        return handle

    def write(self, entry: dict[str, Any]) -> None:
        """Mask ``entry`` and append it (rotating when the file is full)."""
        masked = redact_report("entry.har", json.dumps(entry, ensure_ascii=False), self._redactor)
        text = json.dumps(json.loads(masked), ensure_ascii=False, separators=(",", ":"))
        if self._file is None or (self._entries and self._size + len(text) > self.max_bytes):
            self.close()
            self._file = self._open()
        prefix = ",\n" if self._entries else ""
        self._file.write(prefix + text)
        self._file.flush()
        self._size += len(prefix) + len(text)
        self._entries += 1

    def close(self) -> None:
        """Finish the current file (a complete HAR document)."""
        if self._file is not None:
            self._file.write("\n]}}\n")
            self._file.close()
            self._file = None


# ------------------------------------------------------------------------------------------------------- reading
def _headers(entries: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(entries, list):
        return ()
    return tuple(
        (str(item.get("name", "")).lower(), str(item.get("value", ""))) for item in entries if isinstance(item, dict)
    )


def _text(holder: Any) -> bytes | None:
    if not isinstance(holder, dict) or not isinstance(holder.get("text"), str):
        return None
    text: str = holder["text"]
    if holder.get("encoding") == "base64":
        try:
            return base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            return None
    return text.encode("utf-8", "surrogatepass")


def read_har(path: Path) -> Iterator[tuple[RawExchange, str]]:
    """(exchange, URL path as sent) of every entry of the HAR file ``path``; CaptureError when it is no HAR."""
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CaptureError(f"{path}: cannot be read ({exc.strerror or type(exc).__name__})") from None
    except (ValueError, UnicodeDecodeError):
        raise CaptureError(f"{path}: not a HAR file (not JSON)") from None
    entries = document.get("log", {}).get("entries") if isinstance(document, dict) else None
    if not isinstance(entries, list):
        raise CaptureError(f"{path}: not a HAR file (no log.entries)")
    for index, entry in enumerate(entries):
        request = entry.get("request") if isinstance(entry, dict) else None
        response = entry.get("response") if isinstance(entry, dict) else None
        if not isinstance(request, dict) or not isinstance(request.get("url"), str):
            raise CaptureError(f"{path}: entry {index} has no request URL")
        parts = urlsplit(request["url"])
        status = response.get("status") if isinstance(response, dict) else None
        exchange = RawExchange(
            method=str(request.get("method", "GET")).upper(),
            path=parts.path or "/",
            query=tuple(parse_qsl(parts.query, keep_blank_values=True)),
            request_headers=_headers(request.get("headers")),
            request_body=_text(request.get("postData")) if request.get("postData") else b"",
            status=status if isinstance(status, int) and status > 0 else None,
            response_headers=_headers(response.get("headers") if isinstance(response, dict) else None),
            response_body=_text(response.get("content") if isinstance(response, dict) else None),
        )
        yield exchange, parts.path
