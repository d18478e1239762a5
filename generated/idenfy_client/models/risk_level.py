from enum import StrEnum


class RiskLevel(StrEnum):
    HIGH = "HIGH"
    LOW = "LOW"
    MEDIUM = "MEDIUM"
    NOT_CHECKED = "NOT_CHECKED"
    VERY_HIGH = "VERY_HIGH"
    VERY_LOW = "VERY_LOW"

    def __str__(self) -> str:
        return str(self.value)
