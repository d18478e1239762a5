"""A correct sandbox whose every JSON object response also carries distinctive personal data.

Not a fault catalogue entry: it exists to prove that personal data a server sends never reaches idvkit's
output or reports. Where the response schema is closed, the extra fields are also schema violations, so
the run fails and prints the offending responses, which is the output most likely to leak.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from starlette.types import ASGIApp

from tests.servers._asgi import FaultMiddleware, HttpRequest, HttpResponse
from tests.servers._base import Credentials, fresh_sandbox

#: Values that occur nowhere else: a name, a date of birth, document numbers (one sent as a JSON number),
#: an address and a Base64 image.
PERSONAL_DATA = {
    "firstName": "Zqxwpmeta",
    "docLastName": "Vbnokrule",
    "dateOfBirth": "1931-07-13",
    "documentNumber": "XK4478812",
    "personalNumber": 39107130017,
    "address": "77 Quirkstreet, Snowtown",
    "FACE": "iVBORw0KGgoQUIRKIMAGEAAAANSUhEUgAAAAEAAAAB",
}
DISTINCTIVE_VALUES = tuple(str(value) for value in PERSONAL_DATA.values())


class Injections:
    """How many responses carried the personal data (the test proves the data was really sent)."""

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()

    def add(self) -> None:
        with self._lock:
            self.count += 1


def with_personal_data(vendor: str, injections: Injections) -> Callable[[Credentials], ASGIApp]:
    """The builder (credentials -> app) of ``vendor``'s sandbox with PERSONAL_DATA in every JSON object answer."""

    def build(credentials: Credentials) -> ASGIApp:
        def rewrite(request: HttpRequest, response: HttpResponse) -> HttpResponse:
            body = response.json()
            if not isinstance(body, dict):
                return response
            injections.add()
            return response.with_json({**body, **PERSONAL_DATA})

        return FaultMiddleware(fresh_sandbox(vendor, credentials).app, on_response=rewrite)

    return build
