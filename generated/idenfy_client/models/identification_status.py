from enum import StrEnum


class IdentificationStatus(StrEnum):
    ACTIVE = "ACTIVE"
    APPROVED = "APPROVED"
    ARCHIVED = "ARCHIVED"
    DELETED = "DELETED"
    DENIED = "DENIED"
    EXPIRED = "EXPIRED"
    EXPIRED_DELETED = "EXPIRED-DELETED"
    REVIEWING = "REVIEWING"
    SUSPECTED = "SUSPECTED"

    def __str__(self) -> str:
        return str(self.value)
