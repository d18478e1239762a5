"""The ``idvkit`` command line: ``idvkit sandbox``, ``idvkit contract``, ``idvkit webhook-contract``."""

from idvkit.cli._main import main

__all__ = ["main"]
