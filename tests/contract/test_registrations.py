"""Registered vendors reach the schemathesis process of a contract run by environment."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from idvkit.contract._registrations import (
    REGISTRATIONS_VARIABLE,
    register_from_environment,
    registrations_environment,
)
from idvkit.contract._vendor_checks import credential_echoes
from idvkit.vendors import VENDORS, Vendor, register_vendor, unregister_vendor

TOY = Vendor(
    name="toy",
    display_name="Toy",
    spec_file=str(Path("/nowhere/toy.yaml")),
    api_key_env="TOY_API_KEY",
    api_secret_env=None,
    callback_key_env=None,
    sandbox_port=8997,
    sandbox_behaviour="toy.behaviour:create",
    control_tag="toy",
    bundled=False,
)


@pytest.fixture
def toy_registered() -> Iterator[None]:
    register_vendor(TOY)
    try:
        yield
    finally:
        VENDORS.pop(TOY.name, None)


def test_only_the_vendors_that_are_not_bundled_are_handed_over(toy_registered: None) -> None:
    environment = registrations_environment()
    assert json.loads(environment[REGISTRATIONS_VARIABLE]) == [dataclasses.asdict(TOY)]


def test_without_extra_vendors_nothing_is_handed_over() -> None:
    assert registrations_environment() == {}
    assert register_from_environment({}) == []


def test_the_other_process_registers_them_and_its_checks_know_their_credentials(toy_registered: None) -> None:
    environment = registrations_environment()
    unregister_vendor(TOY.name)  # as in a fresh process: the bundled vendors only
    assert credential_echoes(b"... toy-secret-key ...", {"TOY_API_KEY": "toy-secret-key"}) is None
    assert register_from_environment(environment) == [TOY]
    assert VENDORS[TOY.name] == TOY
    assert credential_echoes(b"... toy-secret-key ...", {"TOY_API_KEY": "toy-secret-key"}) == "Toy API key"
    assert register_from_environment(environment) == []  # registered already: left as it is


def test_an_entry_of_the_same_name_that_differs_is_replaced(toy_registered: None) -> None:
    changed = dataclasses.replace(TOY, api_key_env="TOY_KEY_2")
    environment = {REGISTRATIONS_VARIABLE: json.dumps([dataclasses.asdict(changed)])}
    assert register_from_environment(environment) == [changed]
    assert VENDORS[TOY.name] == changed


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "not JSON"),
        ('{"name": "toy"}', "expected a list of registry entries"),
        ("[1]", r"\[0\]: expected a registry entry \(an object\), not int"),
        ('[{"name": "toy"}]', r"\[0\]: not a registry entry"),
        (json.dumps([dataclasses.asdict(TOY) | {"sandbox_port": 0}]), "sandbox_port must be 1-65535"),
    ],
)
def test_a_malformed_hand_over_is_refused_naming_the_variable(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message) as refused:
        register_from_environment({REGISTRATIONS_VARIABLE: text})
    assert str(refused.value).startswith(REGISTRATIONS_VARIABLE)
    assert TOY.name not in VENDORS
