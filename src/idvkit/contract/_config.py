"""The schemathesis configuration and spec file of one contract run, written from the vendor's spec and registry entry.

The fixed part of the configuration (no crash cache, positive stateful steps) is ``schemathesis.toml`` beside this
module. The vendor's part is derived at run time, so that a registered vendor needs no configuration of its own:

- auth per security scheme (``auth.openapi.<scheme>``; per scheme rather than ``-a user:pass``, which causes an
  ST201 false positive in the stateful phase, schemathesis#2983), from the environment variables of the vendor's
  credentials (``idvkit.vendors``): an HTTP basic scheme gets the API key as user name and the API secret as
  password, an ``apiKey`` scheme the API key. Bearer schemes get their tokens from idvkit's hooks (the operation
  that issues them is marked by the spec's ``x-credential``); other schemes get no credentials.
- for every operation marked ``x-expected-statuses`` (specs/README.md), the statuses a schema-valid request may
  get (``checks.positive_data_acceptance.expected-statuses``).

The configuration names the credential variables (``${IDENFY_API_KEY}``), never their values: schemathesis reads
them from its environment. The spec is the vendor's bundled document (``Vendor.spec``) written as JSON, so a
registered vendor whose spec is not shipped in ``idvkit_specs`` is tested the same way.
"""

from __future__ import annotations

import contextlib
import json
import re
import tempfile
import tomllib
from collections.abc import Iterator, Mapping
from importlib.resources import files
from pathlib import Path
from typing import Any

from idvkit.contract._target import TargetError
from idvkit.specs import iter_operations
from idvkit.vendors import Vendor

#: The fixed part of every run's configuration (a resource of this package), and the name of a run's whole one.
CONFIG_FILE = "schemathesis.toml"
EXPECTED_STATUSES = "x-expected-statuses"
#: What schemathesis resolves as ``${NAME}`` in a configuration value.
_VARIABLE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")


def _placeholder(vendor: Vendor, variable: str) -> str:
    if not _VARIABLE.fullmatch(variable):
        raise TargetError(
            f"{vendor.name}: the credential variable {variable!r} is not an environment variable name schemathesis "
            "can resolve (letters, digits and '_', not starting with a digit)"
        )
    return f"${{{variable}}}"


def auth_settings(vendor: Vendor, document: Mapping[str, Any]) -> dict[str, dict[str, str]]:
    """schemathesis's ``auth.openapi`` table: security scheme -> its settings, from the vendor's credential variables."""
    schemes = (document.get("components") or {}).get("securitySchemes") or {}
    settings: dict[str, dict[str, str]] = {}
    for name, scheme in schemes.items():
        if not isinstance(scheme, Mapping):
            continue
        if scheme.get("type") == "apiKey":
            settings[name] = {"api_key": _placeholder(vendor, vendor.api_key_env)}
        elif scheme.get("type") == "http" and str(scheme.get("scheme", "")).lower() == "basic":
            if vendor.api_secret_env is None:
                raise TargetError(
                    f"{vendor.name}: the spec's security scheme {name!r} is HTTP basic (API key and secret), but the "
                    "vendor's registry entry names no API secret variable (api_secret_env)"
                )
            settings[name] = {
                "username": _placeholder(vendor, vendor.api_key_env),
                "password": _placeholder(vendor, vendor.api_secret_env),
            }
    return settings


def expected_statuses(document: Mapping[str, Any]) -> dict[str, list[int]]:
    """operationId -> the statuses its ``x-expected-statuses`` mark lists; TargetError naming a malformed mark."""
    found: dict[str, list[int]] = {}
    for operation in iter_operations(dict(document)):
        mark = operation.definition.get(EXPECTED_STATUSES)
        if mark is None:
            continue
        where = f"{operation.pointer}/{EXPECTED_STATUSES}"
        statuses = mark if isinstance(mark, list) else []
        if not statuses or not all(
            isinstance(status, int) and not isinstance(status, bool) and 100 <= status <= 599 for status in statuses
        ):
            raise TargetError(f"{where}: must be a list of HTTP statuses (100-599), not {mark!r}")
        if not operation.operation_id:
            raise TargetError(f"{where}: the operation has no operationId to configure it by")
        found[operation.operation_id] = list(statuses)
    return found


def vendor_config(vendor: Vendor, document: Mapping[str, Any]) -> dict[str, Any]:
    """The vendor's part of the configuration, as the TOML document it is written as."""
    config: dict[str, Any] = {}
    auth = auth_settings(vendor, document)
    if auth:
        config["auth"] = {"openapi": auth}
    operations = [
        {"include-operation-id": operation_id, "checks": {"positive_data_acceptance": {"expected-statuses": statuses}}}
        for operation_id, statuses in expected_statuses(document).items()
    ]
    if operations:
        config["operations"] = operations
    return config


def _string(value: str) -> str:
    """``value`` as a TOML basic string."""
    out = ['"']
    for character in value:
        code = ord(character)
        if 0xD800 <= code <= 0xDFFF:
            raise ValueError(f"{value!r} holds a lone surrogate, which TOML cannot represent")
        if character in '"\\':
            out.append("\\" + character)
        elif (code < 0x20 and character != "\t") or code == 0x7F:
            out.append(f"\\u{code:04x}")
        else:
            out.append(character)
    out.append('"')
    return "".join(out)


def _key(name: str) -> str:
    return name if _BARE_KEY.fullmatch(name) else _string(name)


def _value(value: Any) -> str:
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, list):
        return "[" + ", ".join(_value(item) for item in value) + "]"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"no TOML rendering for {type(value).__name__}")


def _lines(prefix: str, mapping: Mapping[str, Any]) -> list[str]:
    """``key = value`` lines of ``mapping``, nested mappings as dotted keys."""
    lines = []
    for key, value in mapping.items():
        if isinstance(value, Mapping):
            lines += _lines(f"{prefix}{_key(key)}.", value)
        else:
            lines.append(f"{prefix}{_key(key)} = {_value(value)}")
    return lines


def render_toml(config: Mapping[str, Any]) -> str:
    """``vendor_config``'s document as TOML: ``auth.openapi`` scheme tables, then ``[[operations]]``."""
    lines: list[str] = []
    for scheme, settings in config.get("auth", {}).get("openapi", {}).items():
        lines += [f"[auth.openapi.{_key(scheme)}]", *_lines("", settings), ""]
    for operation in config.get("operations", []):
        lines += ["[[operations]]", *_lines("", operation), ""]
    text = "\n".join(lines)
    if tomllib.loads(text) != config:  # the writer covers the shapes above only: never hand schemathesis a guess
        raise ValueError("the generated schemathesis configuration does not read back as written")
    return text


def config_text(vendor: Vendor, document: Mapping[str, Any]) -> str:
    """The whole configuration of a run of ``vendor``: the fixed part, then the vendor's."""
    base = files("idvkit.contract").joinpath(CONFIG_FILE).read_text(encoding="utf-8")
    try:
        own = render_toml(vendor_config(vendor, document))
    except ValueError as exc:
        raise TargetError(f"{vendor.name}: cannot write the schemathesis configuration: {exc}") from None
    heading = f"# ---- {vendor.name}: from its spec and registry entry (idvkit.contract._config)"
    return f"{base.rstrip()}\n\n{heading}\n{own}"


@contextlib.contextmanager
def run_inputs(vendor: Vendor, document: Mapping[str, Any]) -> Iterator[tuple[Path, Path]]:
    """(spec, configuration): the files one schemathesis run of ``vendor`` reads, in a temporary folder of their
    own (never the run's report folder, whose every file is published) that is removed afterwards."""
    config = config_text(vendor, document)
    with tempfile.TemporaryDirectory(prefix="idvkit-contract-") as folder:
        spec = Path(folder) / f"{vendor.name}.json"
        spec.write_text(json.dumps(document), encoding="utf-8")
        configuration = Path(folder) / CONFIG_FILE
        configuration.write_text(config, encoding="utf-8")
        yield spec, configuration
