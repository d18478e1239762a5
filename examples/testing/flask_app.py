"""The same application with Flask (WSGI)."""

from __future__ import annotations

import idenfy_client
from flask import Flask, abort, request
from idenfy_client.api.tokens import create_token
from idenfy_client.models import TokenRequest, TokenResponse, TokenType

from examples.testing.customers import Customers
from idvkit.webhooks import EVENT_TYPE_HEADER, SIGNATURE_HEADER


def create_app(client: idenfy_client.AuthenticatedClient, customers: Customers) -> Flask:
    app = Flask(__name__)

    @app.post("/customers/<customer_id>/verification")
    def start_verification(customer_id: str) -> dict[str, str]:
        token = create_token.sync(
            client=client, body=TokenRequest(client_id=customer_id, token_type=TokenType.IDENTIFICATION)
        )
        if not isinstance(token, TokenResponse):
            abort(502)
        customers.verifications[token.scan_ref] = customer_id
        return {"scanRef": token.scan_ref, "authToken": token.auth_token}

    @app.post("/webhooks/idenfy")
    def idenfy_webhook() -> tuple[str, int]:
        body = request.get_data()  # the raw bytes, not request.get_json(): the signature covers exactly these
        headers = request.headers
        return "", customers.receive(body, headers.get(SIGNATURE_HEADER), headers.get(EVENT_TYPE_HEADER))

    return app
