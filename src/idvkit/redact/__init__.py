"""The one place that knows what is secret or personal, used by every output idvkit writes: terminal
output, exception messages, and the JUnit, HTML, HAR, VCR and JSON reports."""

from idvkit.redact._formats import UnredactableReportError, redact_report
from idvkit.redact._rules import LineRedactor, Redactor

__all__ = [
    "LineRedactor",
    "Redactor",
    "UnredactableReportError",
    "redact_report",
]
