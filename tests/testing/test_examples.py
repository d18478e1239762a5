"""The examples of docs/TESTING.md run, and the document shows them as they are in examples/testing."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from examples.testing import liveid_walkthrough
from examples.testing import test_customer_verification as example
from idvkit.testing import SandboxSession

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "TESTING.md"


def test_fastapi_example_verifies_an_approved_customer(idvkit_sandbox: Callable[..., SandboxSession]) -> None:
    example.test_fastapi_a_customer_is_verified_once_idenfy_approves(idvkit_sandbox)


def test_fastapi_example_leaves_a_denied_customer_unverified(idvkit_sandbox: Callable[..., SandboxSession]) -> None:
    example.test_fastapi_a_denied_customer_stays_unverified(idvkit_sandbox)


def test_flask_example_verifies_an_approved_customer_without_a_socket(
    idvkit_sandbox: Callable[..., SandboxSession],
) -> None:
    example.test_flask_a_customer_is_verified_once_idenfy_approves(idvkit_sandbox)


def test_liveid_walkthrough_runs_end_to_end() -> None:
    outcome = liveid_walkthrough.walk_through()
    assert outcome["event"] == "close"
    assert outcome["closeStatus"] == "N"
    assert outcome["endPattern"] == "N"


def _blocks(text: str) -> dict[str, str]:
    """The doc's code blocks announced by a line ``<!-- file: examples/... -->`` just before them."""
    found = re.findall(r"<!-- file: (\S+) -->\n```python\n(.*?)```\n", text, flags=re.DOTALL)
    return dict(found)


@pytest.mark.parametrize(
    "path",
    [
        "examples/testing/customers.py",
        "examples/testing/fastapi_app.py",
        "examples/testing/flask_app.py",
        "examples/testing/test_customer_verification.py",
        "examples/testing/liveid_walkthrough.py",
    ],
)
def test_the_document_shows_each_example_as_it_is(path: str) -> None:
    blocks = _blocks(DOC.read_text())
    assert path in blocks, f"docs/TESTING.md does not show {path}"
    assert blocks[path] == (ROOT / path).read_text()


def test_readme_links_the_testing_guide() -> None:
    assert "(docs/TESTING.md)" in (ROOT / "README.md").read_text()


def test_flask_example_refuses_a_callback_signed_with_another_key(
    idvkit_sandbox: Callable[..., SandboxSession],
) -> None:
    example.test_flask_a_callback_signed_with_another_key_is_refused(idvkit_sandbox)
