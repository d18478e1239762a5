from enum import StrEnum


class DummyStatus(StrEnum):
    ACTIVE = "ACTIVE"
    APPROVED = "APPROVED"
    DENIED = "DENIED"
    EXPIRED = "EXPIRED"
    SUSPECTED = "SUSPECTED"

    def __str__(self) -> str:
        return str(self.value)
