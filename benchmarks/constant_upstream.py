"""A minimal upstream for the proxy's throughput benchmark: answers every request with createToken's documented
201 example, echoing the request's ``clientId`` as the vendor does (x-echo), so the proxy validates a real,
correct answer while the upstream costs next to nothing.

Served with ``python -m uvicorn benchmarks.constant_upstream:app`` (httptools, uvloop) in its own process.
"""

from __future__ import annotations

import json
from typing import Any

import idvkit_specs

from idvkit.specs import resolve_pointer

_EXAMPLE = "/paths/~1api~1v2~1token/post/responses/201/content/application~1json/examples"
_ANSWER: dict[str, Any] = next(iter(resolve_pointer(idvkit_specs.load("idenfy"), _EXAMPLE).values()))["value"]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    chunks, more = [], True
    while more:  # read the request body to its end before answering
        message = await receive()
        chunks.append(message.get("body", b""))
        more = message.get("more_body", False)
    try:
        client_id = json.loads(b"".join(chunks)).get("clientId", _ANSWER["clientId"])
    except (ValueError, AttributeError):
        client_id = _ANSWER["clientId"]
    body = json.dumps({**_ANSWER, "clientId": client_id}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 201, "headers": headers})
    await send({"type": "http.response.body", "body": body})
