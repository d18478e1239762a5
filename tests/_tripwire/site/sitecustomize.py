"""Child processes of the test run (schemathesis runs, `idvkit` commands) get the production-host tripwire."""

import _idvkit_tripwire  # type: ignore[import-not-found]

_idvkit_tripwire.install()
