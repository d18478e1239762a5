"""The schemathesis configuration of a contract run, written from the vendor's spec and registry entry."""

from __future__ import annotations

import copy
import json
import tomllib
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from idvkit.contract import TargetError
from idvkit.contract._config import auth_settings, config_text, expected_statuses, render_toml, run_inputs
from idvkit.vendors import Vendor, get_vendor

#: What the hand-written schemathesis.toml said per vendor before the configuration was derived from the specs.
HAND_WRITTEN: dict[str, dict[str, Any]] = {
    "idenfy": {
        "auth": {"openapi": {"basicAuth": {"username": "${IDENFY_API_KEY}", "password": "${IDENFY_API_SECRET}"}}},
        "statuses": {"directProcessing": [200, 400, 401, 404, 429], "deleteVerification": [200, 400, 401, 404, 429]},
    },
    "markid": {
        "auth": {"openapi": {"basicAuth": {"username": "${MARKID_API_KEY}", "password": "${MARKID_API_SECRET}"}}},
        "statuses": {"directProcessing": [200, 400, 401, 404, 429], "deleteVerification": [200, 400, 401, 404, 429]},
    },
    "liveid": {
        "auth": {"openapi": {"ApiKeyAuth": {"api_key": "${LIVEID_APIKEY}"}}},
        "statuses": {
            "pushAsyncCall": [200, 400, 401, 403],
            "serviceStart": [302, 400, 404],
            "rejectCall": [200, 400, 401, 403, 404],
        },
    },
}


@pytest.mark.parametrize("name", sorted(HAND_WRITTEN))
def test_the_written_configuration_says_what_the_hand_written_one_said(name: str) -> None:
    vendor = get_vendor(name)
    config = tomllib.loads(config_text(vendor, vendor.spec()))
    assert config["cache"] == {"enabled": False}
    assert config["phases"] == {"stateful": {"generation": {"mode": "positive"}}}
    assert "project" not in config
    assert config["auth"] == HAND_WRITTEN[name]["auth"]
    statuses = {
        operation["include-operation-id"]: operation["checks"]["positive_data_acceptance"]["expected-statuses"]
        for operation in config["operations"]
    }
    assert statuses == HAND_WRITTEN[name]["statuses"]


def _vendor(**changes: Any) -> Vendor:
    fields: dict[str, Any] = {
        "name": "toy",
        "display_name": "Toy",
        "spec_file": "/toy.yaml",
        "api_key_env": "TOY_KEY",
        "api_secret_env": "TOY_SECRET",
        "callback_key_env": None,
        "sandbox_port": 8998,
        "sandbox_behaviour": "toy:create",
        "control_tag": "toy",
        "bundled": False,
    }
    return Vendor(**(fields | changes))


def _document(schemes: dict[str, Any], operation: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Toy", "version": "1"},
        "paths": {"/things": {"post": operation or {"operationId": "makeThing", "responses": {}}}},
        "components": {"securitySchemes": schemes},
    }


def test_every_scheme_kind_gets_the_credential_it_carries() -> None:
    schemes = {
        "key": {"type": "apiKey", "in": "header", "name": "X-Key"},
        "query key": {"type": "apiKey", "in": "query", "name": "key"},
        "pair": {"type": "http", "scheme": "Basic"},
        "token": {"type": "http", "scheme": "bearer"},  # issued per case by the hooks (x-credential)
        "oauth": {"type": "oauth2", "flows": {}},
    }
    assert auth_settings(_vendor(), _document(schemes)) == {
        "key": {"api_key": "${TOY_KEY}"},
        "query key": {"api_key": "${TOY_KEY}"},
        "pair": {"username": "${TOY_KEY}", "password": "${TOY_SECRET}"},
    }
    config = tomllib.loads(config_text(_vendor(), _document(schemes)))
    assert config["auth"]["openapi"]["query key"] == {"api_key": "${TOY_KEY}"}
    assert "operations" not in config


def test_a_basic_scheme_without_a_secret_variable_is_refused_naming_both() -> None:
    with pytest.raises(TargetError, match=r"toy: the spec's security scheme 'pair' is HTTP basic.*api_secret_env"):
        auth_settings(_vendor(api_secret_env=None), _document({"pair": {"type": "http", "scheme": "basic"}}))


def test_a_variable_schemathesis_cannot_resolve_is_refused() -> None:
    with pytest.raises(TargetError, match=r"'TOY-KEY' is not an environment variable name"):
        auth_settings(_vendor(api_key_env="TOY-KEY"), _document({"key": {"type": "apiKey", "in": "header"}}))


@pytest.mark.parametrize("mark", [[], "400", [400, "401"], [99], [600], [True], {"400": 1}])
def test_a_malformed_expected_statuses_mark_is_refused_with_its_place(mark: Any) -> None:
    document = _document({}, {"operationId": "makeThing", "x-expected-statuses": mark, "responses": {}})
    with pytest.raises(TargetError, match=r"^/paths/~1things/post/x-expected-statuses: must be a list of HTTP"):
        expected_statuses(document)


def test_a_marked_operation_needs_an_operation_id() -> None:
    document = _document({}, {"x-expected-statuses": [200, 400], "responses": {}})
    with pytest.raises(TargetError, match="has no operationId"):
        expected_statuses(document)


_TEXT = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=30)


@given(scheme=_TEXT, operation_id=_TEXT)
def test_any_scheme_name_and_operation_id_reads_back_as_written(scheme: str, operation_id: str) -> None:
    config = {
        "auth": {"openapi": {scheme: {"api_key": "${KEY}"}}},
        "operations": [
            {"include-operation-id": operation_id, "checks": {"positive_data_acceptance": {"expected-statuses": [400]}}}
        ],
    }
    assert tomllib.loads(render_toml(config)) == config


def test_a_name_toml_cannot_hold_is_refused() -> None:
    with pytest.raises(ValueError, match="lone surrogate"):
        render_toml({"auth": {"openapi": {"\ud800": {"api_key": "${KEY}"}}}})


def test_the_run_reads_the_vendors_spec_and_configuration_from_a_folder_of_their_own() -> None:
    vendor = get_vendor("liveid")
    document = vendor.spec()
    before = copy.deepcopy(document)
    with run_inputs(vendor, document) as (spec, config):
        assert spec.parent == config.parent
        assert sorted(path.name for path in spec.parent.iterdir()) == ["liveid.json", "schemathesis.toml"]
        assert json.loads(spec.read_text(encoding="utf-8")) == document
        assert tomllib.loads(config.read_text(encoding="utf-8"))["auth"] == HAND_WRITTEN["liveid"]["auth"]
    assert not spec.parent.exists()
    assert document == before
