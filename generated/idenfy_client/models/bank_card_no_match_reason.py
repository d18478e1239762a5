from enum import StrEnum


class BankCardNoMatchReason(StrEnum):
    LIVENESS_FAILED = "LIVENESS_FAILED"
    NAME_MISMATCH = "NAME_MISMATCH"
    NAME_NOT_FOUND = "NAME_NOT_FOUND"
    NUMBER_MISMATCH = "NUMBER_MISMATCH"
    NUMBER_NOT_FOUND = "NUMBER_NOT_FOUND"

    def __str__(self) -> str:
        return str(self.value)
