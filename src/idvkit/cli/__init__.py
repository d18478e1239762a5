"""The ``idvkit`` command line: ``idvkit sandbox``, ``idvkit contract``, ``idvkit webhook-contract``."""

from idvkit.cli._main import EXIT_COULD_NOT_RUN, EXIT_OK, main

__all__ = ["EXIT_COULD_NOT_RUN", "EXIT_OK", "main"]
