from enum import StrEnum


class AdditionalStepStatus(StrEnum):
    INVALID = "INVALID"
    NOT_FOUND = "NOT_FOUND"
    VALID = "VALID"

    def __str__(self) -> str:
        return str(self.value)
