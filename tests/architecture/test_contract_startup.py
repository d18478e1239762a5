"""What ``idvkit contract`` loads before it sends a request: every small run pays for it (docs/BENCHMARKS.md,
cases per second against plain schemathesis). The command's process loads no schemathesis (its child runs
it), no sandbox and no generated models; the schemathesis process loads idvkit's hooks without the runner,
the sandboxes, the models or a second HTTP client."""

from __future__ import annotations

from tests.architecture.test_light_imports import loaded

MODELS = ("idenfy_models", "markid_models", "liveid_models")


def test_the_command_line_loads_neither_schemathesis_nor_the_sandboxes() -> None:
    heavy = ("schemathesis", "hypothesis", "starlette", "uvicorn", *MODELS)
    assert loaded("import idvkit.cli._main", heavy) == []
    assert loaded("import idvkit.contract._runner", heavy) == []


def test_the_hooks_load_only_what_the_checks_need() -> None:
    modules = loaded("import idvkit.contract._hooks", ("idvkit", "httpx", *MODELS))
    assert "idvkit.contract._hooks" in modules
    unwanted = [m for m in modules if m.split(".")[0] in ("httpx", *MODELS)]
    unwanted += [m for m in modules if m.startswith(("idvkit.sandbox", "idvkit.webhooks", "idvkit.contract._runner"))]
    assert unwanted == []
