"""The contract kit: verify any server (vendor sandbox, embedded sandbox, your own) against the specs.

from idvkit.contract import ContractOptions, print_summary, run_contract

result = run_contract(ContractOptions("idenfy", base_url="http://127.0.0.1:8000"))
print_summary(result, sys.stdout)  # what ``idvkit contract`` prints; result.exit_code is an idvkit.ExitCode
"""

from idvkit.contract._rendering import print_summary
from idvkit.contract._runner import PHASES, ContractOptions, ContractResult, run_contract
from idvkit.contract._target import TargetError
from idvkit.contract._verdicts import Finding

__all__ = ["PHASES", "ContractOptions", "ContractResult", "Finding", "TargetError", "print_summary", "run_contract"]
