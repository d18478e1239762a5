"""Whether an answer shows that the target is not the vendor's API at all: a 5xx, or a body that is not JSON
(an HTML page, plain text) where the spec promises JSON.

Used twice: by the preflight on its one probe, and by the run's hooks on the first answers of the run
(``FirstAnswers``), so that a target whose probe happens to look right but that answers everything else with
an error page (a misrouted reverse proxy, a maintenance page) stops with one line and exit 2 instead of a
full run of failures that say little.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from idvkit.specs import resolve_pointer

#: The run stops as "not the API" only when every one of its first this many answers is one.
FIRST_ANSWERS = 10


def promises_json(document: Mapping[str, Any], definition: Mapping[str, Any], status: int) -> bool:
    """Whether the spec documents a JSON body for ``status`` of the operation ``definition`` (or for its
    class, or default); an undocumented 5xx, or an undocumented status of an operation, counts as JSON."""
    responses = definition.get("responses") or {}
    response = next((responses[k] for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None)
    if isinstance(response, Mapping) and "$ref" in response:
        response = resolve_pointer(dict(document), response["$ref"][1:])
    content = response.get("content") if isinstance(response, Mapping) else None
    if not isinstance(content, Mapping):
        return status >= 500 or response is None  # an undocumented answer of this class: JSON like the rest
    return any(media == "application/json" or media.endswith("+json") for media in content)


def not_the_api(
    document: Mapping[str, Any], definition: Mapping[str, Any], status: int, content_type: str, has_body: bool
) -> str | None:
    """ "<status> <media type>" when this answer shows that the target is not the API; None when it looks
    like the API."""
    media = content_type.split(";")[0].strip().lower()
    json_body = media == "application/json" or media.endswith("+json")
    shown = f"{status} {media or 'without a content type'}"
    if status >= 500:
        return shown
    if has_body and not json_body and promises_json(document, definition, status):
        return shown
    return None


class FirstAnswers:
    """Watches the first ``FIRST_ANSWERS`` answers of a run; ``verdict`` is set (once) when every one of them
    was not the API. Thread-safe: schemathesis may call from several workers."""

    def __init__(self, limit: int = FIRST_ANSWERS) -> None:
        self.limit = limit
        self.seen = 0
        self.verdict: str | None = None
        self._lock = threading.Lock()

    def add(self, answer: str | None, operation: str, url: str) -> str | None:
        """Count one answer (``answer``: what ``not_the_api`` said of it; ``operation`` and ``url``: where it
        came from); returns the verdict when this answer completes it, else None."""
        with self._lock:
            if self.seen >= self.limit:
                return None
            if answer is None:
                self.seen = self.limit  # one answer that looks like the API: the target is the API
                return None
            self.seen += 1
            if self.seen == self.limit:
                self.verdict = (
                    f"expected JSON from {operation}, got {answer} from {url} "
                    f"(and no answer of the first {self.limit} of the run looked like the API)"
                )
                return self.verdict
            return None
