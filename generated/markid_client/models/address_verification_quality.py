from enum import StrEnum


class AddressVerificationQuality(StrEnum):
    AVERAGE = "AVERAGE"
    BAD = "BAD"
    EXCELLENT = "EXCELLENT"
    GOOD = "GOOD"
    POOR = "POOR"

    def __str__(self) -> str:
        return str(self.value)
