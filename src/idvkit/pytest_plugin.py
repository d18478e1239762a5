"""idvkit's pytest plugin (entry point ``pytest11``): the fixtures ``idvkit_sandbox`` and ``idvkit_contract``.

Loaded at every pytest start-up in a project that installs idvkit, so it imports nothing heavy: each fixture
imports the sandbox or the contract runner in its body, the first time a test asks for it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from idvkit.contract.pytest_plugin import ContractRunner
    from idvkit.testing import SandboxSession


@pytest.fixture
def idvkit_sandbox() -> Iterator[Callable[..., SandboxSession]]:
    """Start a vendor's sandbox for this test: ``idvkit_sandbox("idenfy", **options)`` (idvkit.testing's
    ``start_sandbox`` options); every sandbox started is stopped at the end of the test."""
    from idvkit.testing import start_sandbox

    with ExitStack() as stack:

        def start(vendor: str, **options: Any) -> SandboxSession:
            return stack.enter_context(start_sandbox(vendor, **options))

        yield start


@pytest.fixture
def idvkit_contract(tmp_path: Path, request: pytest.FixtureRequest) -> ContractRunner:
    """Run the contract checks of ``vendor`` against ``base_url``; fails the test on violations
    (see idvkit.contract.pytest_plugin)."""
    from idvkit.contract.pytest_plugin import contract_runner

    return contract_runner(tmp_path, request)
