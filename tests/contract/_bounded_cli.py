"""``idvkit contract`` exactly as installed, except that schemathesis gets no ``--max-time``.

Why: against any ``--base-url`` (loopback included) the runner passes ``--max-time 600``
(idvkit.contract._runner.REMOTE_MAX_TIME), and schemathesis 4.32 treats ``--max-time`` as a budget to fill:
its fuzzing and stateful phases start new cycles until the 600 s are used up, whatever ``--max-examples`` says.
A detection run that needs the fuzzing or stateful phase would take 10 minutes. Everything else (argument
parsing, target checks, preflight, credentials, rate limit, hooks, reports, redaction, exit codes) is the
installed code; the tests use this entry point only for runs with fuzzing or stateful phases.

Usage: python _bounded_cli.py contract VENDOR --base-url URL ...
"""

from __future__ import annotations

import sys
from typing import Any

from idvkit.cli import main
from idvkit.contract import _runner

_original_command = _runner.schemathesis_command


def _without_max_time(*args: Any, **kwargs: Any) -> list[str]:
    command = _original_command(*args, **kwargs)
    if "--max-time" in command:
        index = command.index("--max-time")
        del command[index : index + 2]
    return command


_runner.schemathesis_command = _without_max_time

if __name__ == "__main__":
    sys.exit(main())
