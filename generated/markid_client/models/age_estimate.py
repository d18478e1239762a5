from enum import StrEnum


class AgeEstimate(StrEnum):
    OVER_13 = "OVER_13"
    OVER_16 = "OVER_16"
    OVER_18 = "OVER_18"
    OVER_21 = "OVER_21"
    OVER_22 = "OVER_22"
    OVER_25 = "OVER_25"
    OVER_30 = "OVER_30"
    OVER_8 = "OVER_8"
    UNDER_13 = "UNDER_13"
    UNDER_8 = "UNDER_8"

    def __str__(self) -> str:
        return str(self.value)
