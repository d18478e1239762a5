"""The specs' servers as named constants (the URLs are read from the bundled specs, not written here)."""

from __future__ import annotations

from typing import Final

from idvkit.vendors import server_url

IDENFY_PRODUCTION: Final = server_url("idenfy", "Production")
"""iDenfy's API host. Sandbox or production is decided by the API key, not the host."""
MARKID_PRODUCTION: Final = server_url("markid", "Production")
"""markid's API host in its current documentation (``ivs.markid.eu``)."""
MARKID_LEGACY: Final = server_url("markid", "Production", index=1)
"""markid's host in its first published documentation (``ivs.markid.com``)."""
LIVEID_TEST: Final = server_url("liveid", "Test")
"""LiveID+ test environment."""
LIVEID_PRODUCTION: Final = server_url("liveid", "Production")
"""LiveID+ production environment."""
