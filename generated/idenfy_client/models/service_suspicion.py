from enum import StrEnum


class ServiceSuspicion(StrEnum):
    NOT_SUSPECTED = "NOT_SUSPECTED"
    SUSPECTED = "SUSPECTED"

    def __str__(self) -> str:
        return str(self.value)
