"""The errors the generated API functions raise (template: scripts/opc_templates/errors.py.jinja)."""


class UnexpectedStatus(Exception):
    """The server answered a status the spec does not document (raised when Client.raise_on_unexpected_status is True).

    ``status_code`` and ``content`` (the raw body) are kept for the caller. The body can hold personal data or
    credentials, so the message, ``str()`` and ``repr()`` name only the status and the body's size; a redacted view
    of the body is ``idvkit.clients.redacted_body(error)``.
    """

    def __init__(self, status_code: int, content: bytes):
        self.status_code = status_code
        self.content = content
        super().__init__(f"Unexpected status code: {status_code} ({len(content)} bytes of content, not shown)")

    def __repr__(self) -> str:
        return f"UnexpectedStatus(status_code={self.status_code}, content=<{len(self.content)} bytes>)"


__all__ = ["UnexpectedStatus"]
