from enum import StrEnum


class LiveIDPlusEvent(StrEnum):
    CLOSE = "close"
    ERROR = "error"

    def __str__(self) -> str:
        return str(self.value)
