"""Runnable examples of idvkit (importable so that the tests can exercise them)."""
