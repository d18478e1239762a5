from enum import StrEnum


class ProcessDocumentType(StrEnum):
    DRIVER_LICENSE = "DRIVER_LICENSE"
    ID_CARD = "ID_CARD"
    OTHER = "OTHER"
    PASSPORT = "PASSPORT"
    RESIDENCE_PERMIT = "RESIDENCE_PERMIT"

    def __str__(self) -> str:
        return str(self.value)
