"""The exit codes of idvkit's runs, one set for every command and runner (``idvkit contract``,
``idvkit webhook-contract``, ``idvkit sandbox``) and for the results they return."""

from __future__ import annotations

import enum


class ExitCode(enum.IntEnum):
    """How a run ended, as its process exit status."""

    #: Everything ran and nothing failed.
    OK = 0
    #: The run completed and found violations (failed checks).
    VIOLATIONS = 1
    #: The run could not run or complete (bad arguments, unreachable server, broken spec, ...).
    COULD_NOT_RUN = 2
    #: The user interrupted the run (128 + SIGINT, as shells report it).
    INTERRUPTED = 130
