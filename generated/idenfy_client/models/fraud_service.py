from enum import StrEnum


class FraudService(StrEnum):
    AML_NAMES_CHECK = "AML_NAMES_CHECK"
    AML_NEWS = "AML_NEWS"
    LID = "LID"

    def __str__(self) -> str:
        return str(self.value)
