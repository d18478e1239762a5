"""The vendor registry: every entry agrees with its spec, and registering a vendor is checked."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import idvkit_specs
import pytest

from idvkit.cli import main
from idvkit.sandbox import create_sandbox
from idvkit.sandbox._behaviour import behaviour_factory
from idvkit.specs import iter_operations
from idvkit.vendors import (
    VENDORS,
    CredentialKind,
    UnknownVendorError,
    Vendor,
    bundled_vendors,
    get_vendor,
    register_vendor,
    server_url,
    unregister_vendor,
)
from tests.conftest import ROOT

NAMES = list(VENDORS)
#: What each kind of security scheme needs from the environment (a bearer token is obtained from the API).
SCHEME_CREDENTIALS: dict[tuple[str, str], set[CredentialKind]] = {
    ("http", "basic"): {"api_key", "api_secret"},
    ("apiKey", ""): {"api_key"},
    ("http", "bearer"): set(),
}


def _scheme_kind(scheme: dict[str, Any]) -> tuple[str, str]:
    return scheme["type"], str(scheme.get("scheme", "")).lower()


@pytest.mark.parametrize("name", NAMES)
def test_the_spec_file_is_the_source_of_the_bundled_spec(name: str, bundles: dict[str, dict[str, Any]]) -> None:
    vendor = get_vendor(name)
    assert vendor.name == name
    assert (ROOT / vendor.spec_file).is_file()
    assert vendor.spec() == bundles[name] == idvkit_specs.load(name)


def test_the_bundled_vendors_are_the_registrys() -> None:
    assert idvkit_specs.VENDORS == bundled_vendors() == tuple(NAMES)


@pytest.mark.parametrize("name", NAMES)
def test_the_generated_packages_import(name: str) -> None:
    vendor = get_vendor(name)
    client = importlib.import_module(vendor.client_package)
    assert hasattr(client, "Client")
    assert hasattr(client, "AuthenticatedClient")
    models = importlib.import_module(vendor.models_package)
    assert (ROOT / "generated" / vendor.models_package / "py.typed").is_file()
    assert models.__name__ == vendor.models_package


@pytest.mark.parametrize("name", NAMES)
def test_credential_variables_match_the_security_schemes(name: str) -> None:
    vendor = get_vendor(name)
    document = vendor.spec()
    schemes = document["components"]["securitySchemes"]
    needed = set().union(*(SCHEME_CREDENTIALS[_scheme_kind(scheme)] for scheme in schemes.values()))
    assert set(vendor.credential_variables) == needed
    assert vendor.credential_env[0] == vendor.api_key_env
    assert all(variable.startswith(f"{name.upper()}_") for variable in vendor.credential_env)


def test_every_environment_variable_belongs_to_one_vendor() -> None:
    variables = [
        variable
        for vendor in VENDORS.values()
        for variable in (*vendor.credential_env, vendor.callback_key_env)
        if variable is not None
    ]
    assert len(variables) == len(set(variables))


@pytest.mark.parametrize("name", NAMES)
def test_callbacks_are_signed_exactly_when_the_spec_declares_a_signature_header(name: str) -> None:
    vendor = get_vendor(name)
    document = vendor.spec()
    parameters = [
        parameter
        for operation in iter_operations({"paths": document.get("webhooks", {})})
        for parameter in operation.definition.get("parameters", [])
    ]
    resolved = [
        document["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]] if "$ref" in p else p for p in parameters
    ]
    signed = any(p["in"] == "header" and p["name"].endswith("-Signature") and p.get("required") for p in resolved)
    assert document.get("webhooks"), f"{name} documents no callbacks"
    assert vendor.signs_callbacks is signed
    assert (vendor.callback_key_env is not None) is signed


def test_default_sandbox_ports_are_unique() -> None:
    ports = [vendor.sandbox_port for vendor in VENDORS.values()]
    assert len(ports) == len(set(ports))
    assert len({vendor.display_name for vendor in VENDORS.values()}) == len(VENDORS)


@pytest.mark.parametrize("name", NAMES)
def test_the_behaviour_serves_the_control_operations_of_its_tag(name: str) -> None:
    vendor = get_vendor(name)
    control = idvkit_specs.load("sandbox-control")
    assert vendor.control_tag in {tag["name"] for tag in control["tags"]}
    tagged = {
        operation.operation_id
        for operation in iter_operations(control)
        if vendor.control_tag in operation.definition.get("tags", [])
    }
    sandbox = create_sandbox(name)
    assert set(sandbox.behaviour.control_handlers()) == tagged
    assert tagged


@pytest.mark.parametrize("name", NAMES)
def test_the_behaviour_has_the_credentials_the_registry_names(name: str) -> None:
    vendor = get_vendor(name)
    assert callable(behaviour_factory(vendor))
    sandbox = create_sandbox(name, api_key="given-key", api_secret="given-secret")
    assert set(sandbox.behaviour.credential_values()) == set(vendor.credential_variables)
    expected = {vendor.api_key_env: "given-key"} | (
        {vendor.api_secret_env: "given-secret"} if vendor.api_secret_env else {}
    )
    assert sandbox.credentials() == expected
    assert list(sandbox.credentials()) == list(vendor.credential_env)


@pytest.mark.parametrize("name", NAMES)
def test_every_vendor_has_a_server(name: str) -> None:
    servers = get_vendor(name).servers()
    assert servers
    assert all(server["url"].startswith("https://") for server in servers)
    environment = servers[0]["description"].split()[0]
    assert server_url(name, environment) == servers[0]["url"]


@pytest.mark.parametrize("name", NAMES)
def test_idvkit_sandbox_listens_on_the_vendors_default_port(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[tuple[str, int]] = []

    def refuse(host: str, port: int) -> None:
        asked.append((host, port))
        raise OSError(98, "Address already in use")

    monkeypatch.setattr("idvkit.sandbox.bind", refuse)  # the command imports the sandbox when it runs
    assert main(["sandbox", name]) == 2
    assert asked == [("127.0.0.1", get_vendor(name).sandbox_port)]


def test_a_missing_server_names_vendor_and_environment() -> None:
    with pytest.raises(LookupError, match="idenfy spec has no server #0 described as 'Staging'"):
        server_url("idenfy", "Staging")


def test_an_unknown_vendor_lists_the_registered_ones() -> None:
    with pytest.raises(UnknownVendorError) as raised:
        get_vendor("acme")
    assert str(raised.value) == f"unknown vendor 'acme'; expected one of: {', '.join(NAMES)}"


def test_importing_the_registry_imports_neither_the_specs_nor_the_sandbox() -> None:
    code = (
        "import sys, idvkit.vendors as v; v.get_vendor('idenfy').credential_env; "
        "print(sorted(m for m in sys.modules if m.startswith(('idvkit', 'yaml', 'jsonschema', 'starlette'))))"
    )
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert loaded.strip() == "['idvkit', 'idvkit._exit', 'idvkit.vendors']"  # idvkit exports ExitCode


# -- registering a vendor -------------------------------------------------------------------------------


def _extra(**changes: Any) -> Vendor:
    fields: dict[str, Any] = {
        "name": "extra",
        "display_name": "Extra",
        "spec_file": str(ROOT / "specs" / "idenfy.yaml"),
        "api_key_env": "EXTRA_API_KEY",
        "api_secret_env": "EXTRA_API_SECRET",
        "callback_key_env": None,
        "sandbox_port": 8999,
        "sandbox_behaviour": "idvkit.sandbox._idenfy:create_behaviour",
        "control_tag": "idenfy",
        "bundled": False,
    }
    return Vendor(**(fields | changes))


@pytest.fixture
def extra() -> Iterator[Vendor]:
    vendor = register_vendor(_extra())
    yield vendor
    unregister_vendor(vendor.name)


def test_a_registered_vendor_with_its_own_spec_file_gets_a_sandbox(extra: Vendor) -> None:
    assert get_vendor("extra") is extra
    assert "extra" not in bundled_vendors()
    assert extra.spec() == idvkit_specs.load("idenfy")
    assert extra.spec() is not extra.spec()
    sandbox = create_sandbox("extra", api_key="k", api_secret="s")
    assert sandbox.vendor == "extra"
    assert sandbox.credentials() == {"EXTRA_API_KEY": "k", "EXTRA_API_SECRET": "s"}


def test_unregistering_removes_the_vendor(extra: Vendor) -> None:
    unregister_vendor("extra")
    assert "extra" not in VENDORS
    with pytest.raises(UnknownVendorError):
        unregister_vendor("extra")
    register_vendor(extra)  # for the fixture's clean-up


def test_a_taken_name_or_port_is_refused(extra: Vendor) -> None:
    with pytest.raises(ValueError, match="vendor 'extra' is already registered"):
        register_vendor(_extra())
    with pytest.raises(ValueError, match="vendor 'other': sandbox port 8900 is already idenfy's"):
        register_vendor(_extra(name="other", sandbox_port=8900))
    assert "other" not in VENDORS


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"name": "Extra-1"}, "the name must be lower-case letters"),
        ({"sandbox_behaviour": "idvkit.sandbox._idenfy"}, "sandbox_behaviour must be 'module:factory'"),
        ({"sandbox_port": 0}, "sandbox_port must be 1-65535, not 0"),
        ({"spec_file": "specs/idenfy.yaml"}, "must be an absolute path"),
        ({"spec_file": "/abs/idenfy.yaml", "bundled": True}, "a bundled vendor's spec_file is relative"),
    ],
)
def test_an_inconsistent_entry_is_refused_with_what_is_wrong(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _extra(**changes)


def test_a_missing_spec_file_fails_when_the_spec_is_used(tmp_path: Path) -> None:
    vendor = _extra(spec_file=str(tmp_path / "absent.yaml"))
    with pytest.raises(Exception, match=r"absent\.yaml"):
        vendor.spec()
