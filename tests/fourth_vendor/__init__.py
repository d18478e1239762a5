"""A fourth vendor that exists only in the tests: a spec, a behaviour module and a registry entry, nothing else.

``ACME`` is the registry entry (``idvkit.vendors.register_vendor(ACME)`` adds it); ``spec.yaml`` is its OpenAPI
document and ``behaviour.py`` its sandbox behaviour. tests/test_fourth_vendor.py gives it a generated client, an
embedded sandbox, a contract run and a webhook-contract run without any other file of the project naming it.
"""

from __future__ import annotations

from pathlib import Path

from idvkit.vendors import Vendor

SPEC = Path(__file__).resolve().parent / "spec.yaml"

ACME = Vendor(
    name="acme",
    display_name="ACME Widgets",
    spec_file=str(SPEC),
    api_key_env="ACME_API_KEY",
    api_secret_env=None,
    callback_key_env="ACME_CALLBACK_KEY",
    sandbox_port=8950,
    sandbox_behaviour="tests.fourth_vendor.behaviour:create_behaviour",
    control_tag="acme",
    bundled=False,
)
