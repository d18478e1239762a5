from enum import StrEnum


class PushAsyncCallMethod(StrEnum):
    LIVE = "live"
    START = "start"

    def __str__(self) -> str:
        return str(self.value)
