"""The hooks put the run's resources into half of the positive cases the coverage and fuzzing phases generate,
never into negative ones and never into an x-destructive operation's. The hooks module registers itself with
schemathesis when imported, so it runs in a child process."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_PROBE = """
import json, os, sys
import idvkit_specs, schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from idvkit.contract import _hooks

schema = schemathesis.openapi.from_dict(idvkit_specs.load("idenfy"))
schema.config.update(base_url="http://127.0.0.1:9")
found = {}
for path, mode in (("/api/v2/status", "positive"), ("/api/v2/status", "negative"), ("/api/v2/delete", "positive")):
    cases = []

    @settings(max_examples=40, suppress_health_check=list(HealthCheck), database=None, derandomize=True)
    @given(schema[path]["POST"].as_strategy(generation_mode=GenerationMode(mode)))
    def collect(case):
        cases.append(case)

    collect()
    distinct = {id(case): case for case in cases}.values()
    for case in distinct:
        _hooks._put_resources(case)
    found[f"{path} {mode}"] = [
        (str(case.meta.generation.mode), isinstance(case.body, dict) and case.body.get("scanRef") == "REAL-SCAN-REF")
        for case in distinct
    ]
print(json.dumps(found))
"""


def test_resources_go_into_half_of_the_positive_generated_cases() -> None:
    environment = {**os.environ, "IDVKIT_RESOURCES": json.dumps({"scanRef": "REAL-SCAN-REF"})}
    completed = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, env=environment, timeout=120
    )
    found = json.loads(completed.stdout)
    positive = [put for mode, put in found["/api/v2/status positive"] if mode == "positive"]
    assert len(positive) >= 10
    assert 0.3 <= sum(positive) / len(positive) <= 0.7, positive  # both known and unknown ids are sent
    negative = [put for mode, put in found["/api/v2/status negative"] if mode == "negative"]
    assert negative
    assert not any(negative)  # a negative case stays what it was generated as
    assert not any(put for _, put in found["/api/v2/delete positive"])  # x-destructive: never the user's resource
