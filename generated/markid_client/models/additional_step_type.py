from enum import StrEnum


class AdditionalStepType(StrEnum):
    COMPARE = "COMPARE"
    EXTRACT = "EXTRACT"
    UPLOAD = "UPLOAD"

    def __str__(self) -> str:
        return str(self.value)
