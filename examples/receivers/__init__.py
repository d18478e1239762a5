"""iDenfy webhook receivers for FastAPI, Flask and Django: raw body in, 200/401/400 out.

Each reads the callback signing key from the environment variable ``IDENFY_CALLBACK_KEY`` and
hands the parsed callback to its ``handle_callback`` function, the place for your own processing.
"""
