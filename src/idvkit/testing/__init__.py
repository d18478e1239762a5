"""The embedded sandboxes inside your own tests: a ready typed client, the sandbox's controls, callbacks into your app.

    from idvkit.testing import start_sandbox

    with start_sandbox("idenfy", callback_asgi=app, callback_path="/webhooks/idenfy") as sandbox:
        client = sandbox.idenfy_client()
        ...  # create a token, then
        sandbox.finish_verification(scan_ref, "APPROVED")  # the signed callback reaches app
        assert sandbox.callbacks()[0].delivered

Under pytest, the ``idvkit_sandbox`` fixture (the idvkit plugin) is ``start_sandbox`` closed at the end of the
test. Needs the sandbox extra (``pip install 'idvkit[sandbox]'``). See docs/TESTING.md.
"""

try:
    from idvkit.testing._session import (
        IN_PROCESS_URL,
        Callback,
        SandboxError,
        SandboxSession,
        Serve,
        start_sandbox,
    )
    from idvkit.testing._transports import CallbackHandler
except ModuleNotFoundError as exc:  # a light install: the sandbox's web stack is missing
    raise ModuleNotFoundError(
        f"idvkit.testing needs the 'sandbox' extra: pip install 'idvkit[sandbox]' ({exc.name} is not installed)",
        name=exc.name,
    ) from exc

__all__ = [
    "IN_PROCESS_URL",
    "Callback",
    "CallbackHandler",
    "SandboxError",
    "SandboxSession",
    "Serve",
    "start_sandbox",
]
