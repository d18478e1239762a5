"""The contract kit: verify any server (vendor sandbox, embedded sandbox, your own) against the specs.

from idvkit.contract import ContractOptions, print_summary, run_contract

result = run_contract(ContractOptions("idenfy", base_url="http://127.0.0.1:8000"))
print_summary(result, sys.stdout)  # what ``idvkit contract`` prints; result.exit_code is an idvkit.ExitCode

The names are imported on first use: the schemathesis process of a run imports only the hooks
(``idvkit.contract._hooks``) and what they need, not the runner and the embedded sandboxes.
"""

import typing

from idvkit._lazy import lazy_exports as _lazy_exports

if typing.TYPE_CHECKING:
    from idvkit.contract._rendering import print_summary
    from idvkit.contract._runner import PHASES, ContractOptions, ContractResult, run_contract
    from idvkit.contract._target import TargetError
    from idvkit.contract._verdicts import Finding

__getattr__ = _lazy_exports(
    __name__,
    {
        "idvkit.contract._rendering": ("print_summary",),
        "idvkit.contract._runner": ("PHASES", "ContractOptions", "ContractResult", "run_contract"),
        "idvkit.contract._verdicts": ("Finding",),
        "idvkit.contract._target": ("TargetError",),
    },
)

__all__ = ["PHASES", "ContractOptions", "ContractResult", "Finding", "TargetError", "print_summary", "run_contract"]
