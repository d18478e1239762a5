from enum import StrEnum


class CloseStatus(StrEnum):
    A = "A"
    K = "K"
    N = "N"
    S = "S"

    def __str__(self) -> str:
        return str(self.value)
