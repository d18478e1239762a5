"""``idvkit proxy``: validate the live traffic between an application and a vendor, and capture it redacted.

from idvkit.proxy import ProxyApplication, ProxySettings

app = ProxyApplication(ProxySettings("idenfy", check_url("https://ivs.idenfy.com")))  # serve with uvicorn
...
app.report.summary()  # summary.json, the shape of ``idvkit contract``'s

``check_capture`` judges a HAR file offline with the same checks. ``ObservedExchange`` is what other reports
computed from traffic read (``ProxySettings.on_exchange`` listeners, ``TrafficReport.exchanges``).
"""

from idvkit.proxy._app import CALLBACK_PATH, DEFAULT_VALIDATION_LIMIT, ProxyApplication, ProxySettings
from idvkit.proxy._capture import CaptureError, HarCapture, read_har
from idvkit.proxy._check import check_capture
from idvkit.proxy._exchange import ObservedExchange, RawExchange, Violation
from idvkit.proxy._judge import ExchangeJudge
from idvkit.proxy._traffic import TrafficReport

__all__ = [
    "CALLBACK_PATH",
    "DEFAULT_VALIDATION_LIMIT",
    "CaptureError",
    "ExchangeJudge",
    "HarCapture",
    "ObservedExchange",
    "ProxyApplication",
    "ProxySettings",
    "RawExchange",
    "TrafficReport",
    "Violation",
    "check_capture",
    "read_har",
]
