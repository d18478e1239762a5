from enum import StrEnum


class DetectionType(StrEnum):
    EYES = "EYES"
    FACE = "FACE"

    def __str__(self) -> str:
        return str(self.value)
