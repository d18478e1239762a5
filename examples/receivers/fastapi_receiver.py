"""iDenfy webhook receiver for FastAPI.

Run:  IDENFY_CALLBACK_KEY=... uvicorn examples.receivers.fastapi_receiver:app --port 8000
"""

from __future__ import annotations

import os

from fastapi import FastAPI, Request, Response

from idvkit.webhooks import (
    EVENT_TYPE_HEADER,
    SIGNATURE_HEADER,
    IdenfyCallback,
    MalformedPayloadError,
    SignatureError,
    parse_idenfy_callback,
)

app = FastAPI()


def handle_callback(callback: IdenfyCallback) -> None:
    """Your processing: store or enqueue it, deduplicated (iDenfy retries), and return within 10 s."""


@app.post("/webhooks/idenfy")
async def idenfy_webhook(request: Request) -> Response:
    body = await request.body()  # the raw bytes: the signature covers exactly these
    try:
        callback = parse_idenfy_callback(
            body,
            signature=request.headers.get(SIGNATURE_HEADER),
            event_type=request.headers.get(EVENT_TYPE_HEADER),
            key=os.environ["IDENFY_CALLBACK_KEY"],
        )
    except SignatureError:
        return Response(status_code=401)
    except MalformedPayloadError:
        return Response(status_code=400)
    handle_callback(callback)
    return Response(status_code=200)
