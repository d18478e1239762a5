"""idvkit: spec-driven clients, sandboxes and contract tests for video identification vendors.

The public surface is kept small and imports nothing heavy at package import time:
sub-packages (`idvkit.specs`, `idvkit.clients`, ...) are imported where they are used.
``ExitCode`` is how every command and run of idvkit ends (``ContractResult.exit_code``, ...).
"""

from idvkit._exit import ExitCode

__version__ = "0.1.0"

__all__ = ["ExitCode", "__version__"]
