from enum import StrEnum


class ErrorSeverity(StrEnum):
    NOT_SEVERE = "NOT_SEVERE"

    def __str__(self) -> str:
        return str(self.value)
