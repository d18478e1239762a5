"""iDenfy webhook receiver for Django: a view function and its urlpatterns.

In a project, add ``path("webhooks/idenfy", idenfy_webhook)`` to your urls. Standalone:
IDENFY_CALLBACK_KEY=... python -m examples.receivers.django_receiver runserver 8000
"""

from __future__ import annotations

import os
import secrets
import sys

from django.http import HttpRequest, HttpResponse
from django.urls import path
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from idvkit.webhooks import (
    EVENT_TYPE_HEADER,
    SIGNATURE_HEADER,
    IdenfyCallback,
    MalformedPayloadError,
    SignatureError,
    parse_idenfy_callback,
)


def handle_callback(callback: IdenfyCallback) -> None:
    """Your processing: store or enqueue it, deduplicated (iDenfy retries), and return within 10 s."""


def _idenfy_webhook(request: HttpRequest) -> HttpResponse:
    body = request.body  # the raw bytes: the signature covers exactly these
    try:
        callback = parse_idenfy_callback(
            body,
            signature=request.headers.get(SIGNATURE_HEADER),
            event_type=request.headers.get(EVENT_TYPE_HEADER),
            key=os.environ["IDENFY_CALLBACK_KEY"],
        )
    except SignatureError:
        return HttpResponse(status=401)
    except MalformedPayloadError:
        return HttpResponse(status=400)
    handle_callback(callback)
    return HttpResponse(status=200)


# iDenfy sends no CSRF token: the signature is what authenticates the request.
idenfy_webhook = csrf_exempt(require_POST(_idenfy_webhook))

urlpatterns = [path("webhooks/idenfy", idenfy_webhook)]


if __name__ == "__main__":
    from django.conf import settings
    from django.core.management import execute_from_command_line

    settings.configure(
        ROOT_URLCONF=__name__,
        ALLOWED_HOSTS=["localhost", "127.0.0.1"],
        SECRET_KEY=secrets.token_hex(32),  # required by Django; nothing here uses it
        MIDDLEWARE=["django.middleware.security.SecurityMiddleware", "django.middleware.csrf.CsrfViewMiddleware"],
    )
    execute_from_command_line(sys.argv)
