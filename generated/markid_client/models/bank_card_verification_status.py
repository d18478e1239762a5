from enum import StrEnum


class BankCardVerificationStatus(StrEnum):
    MATCH = "MATCH"
    NOT_COMPARED = "NOT_COMPARED"
    NO_MATCH = "NO_MATCH"

    def __str__(self) -> str:
        return str(self.value)
