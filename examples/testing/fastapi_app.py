"""A FastAPI application that verifies its customers with iDenfy: it creates the verification token and receives
the signed result callback."""

from __future__ import annotations

import idenfy_client
from fastapi import FastAPI, HTTPException, Request, Response
from idenfy_client.api.tokens import create_token
from idenfy_client.models import TokenRequest, TokenResponse, TokenType

from examples.testing.customers import Customers
from idvkit.webhooks import EVENT_TYPE_HEADER, SIGNATURE_HEADER


def create_app(client: idenfy_client.AuthenticatedClient, customers: Customers) -> FastAPI:
    app = FastAPI()

    @app.post("/customers/{customer_id}/verification")
    def start_verification(customer_id: str) -> dict[str, str]:
        token = create_token.sync(
            client=client, body=TokenRequest(client_id=customer_id, token_type=TokenType.IDENTIFICATION)
        )
        if not isinstance(token, TokenResponse):
            raise HTTPException(502, "iDenfy did not create the verification")
        customers.verifications[token.scan_ref] = customer_id
        return {"scanRef": token.scan_ref, "authToken": token.auth_token}

    @app.post("/webhooks/idenfy")
    async def idenfy_webhook(request: Request) -> Response:
        body = await request.body()  # the raw bytes: the signature covers exactly these
        headers = request.headers
        status = customers.receive(body, headers.get(SIGNATURE_HEADER), headers.get(EVENT_TYPE_HEADER))
        return Response(status_code=status)

    return app
