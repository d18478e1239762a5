"""The contract kit: verify any server (vendor sandbox, embedded sandbox, your own) against the specs."""

from idvkit.contract._runner import ContractOptions, ContractResult, Finding, run_contract
from idvkit.contract._target import Target, TargetError

__all__ = ["ContractOptions", "ContractResult", "Finding", "Target", "TargetError", "run_contract"]
