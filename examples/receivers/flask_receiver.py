"""iDenfy webhook receiver for Flask.

Run:  IDENFY_CALLBACK_KEY=... flask --app examples.receivers.flask_receiver run --port 8000
"""

from __future__ import annotations

import os

from flask import Flask, request

from idvkit.webhooks import (
    EVENT_TYPE_HEADER,
    SIGNATURE_HEADER,
    IdenfyCallback,
    MalformedPayloadError,
    SignatureError,
    parse_idenfy_callback,
)

app = Flask(__name__)


def handle_callback(callback: IdenfyCallback) -> None:
    """Your processing: store or enqueue it, deduplicated (iDenfy retries), and return within 10 s."""


@app.post("/webhooks/idenfy")
def idenfy_webhook() -> tuple[str, int]:
    body = request.get_data()  # the raw bytes, not request.get_json(): the signature covers exactly these
    try:
        callback = parse_idenfy_callback(
            body,
            signature=request.headers.get(SIGNATURE_HEADER),
            event_type=request.headers.get(EVENT_TYPE_HEADER),
            key=os.environ["IDENFY_CALLBACK_KEY"],
        )
    except SignatureError:
        return "", 401
    except MalformedPayloadError:
        return "", 400
    handle_callback(callback)
    return "", 200
