"""What the example applications share: their customers, and what a callback does to them."""

from __future__ import annotations

from dataclasses import dataclass, field

import idenfy_models

from idvkit.webhooks import MalformedPayloadError, SignatureError, parse_idenfy_callback


@dataclass
class Customers:
    """The application's customers: who started a verification (by scanRef) and who is verified."""

    callback_key: str  # the key iDenfy signs the callbacks with (a setting of your iDenfy account)
    verifications: dict[str, str] = field(default_factory=dict)  # scanRef -> customer id
    verified: set[str] = field(default_factory=set)

    def receive(self, body: bytes, signature: str | None, event_type: str | None) -> int:
        """A callback's raw body and headers in, the HTTP status to answer out (401: not signed with our key).

        A final APPROVED verification this application started marks its customer verified (iDenfy retries:
        receiving it twice changes nothing)."""
        try:
            callback = parse_idenfy_callback(body, signature=signature, event_type=event_type, key=self.callback_key)
        except SignatureError:
            return 401
        except MalformedPayloadError:
            return 400
        if isinstance(callback, idenfy_models.IdentificationWebhook) and callback.final:
            customer = self.verifications.get(str(callback.scan_ref))
            if customer is not None and callback.status.overall == idenfy_models.IdentificationStatus.approved:
                self.verified.add(customer)
        return 200
