from enum import StrEnum


class AmlScreeningStatus(StrEnum):
    FALSE_POSITIVE = "FALSE_POSITIVE"
    FLAGS_FOUND = "FLAGS_FOUND"
    NOT_CHECKED = "NOT_CHECKED"
    NO_FLAGS = "NO_FLAGS"
    TRUE_POSITIVE = "TRUE_POSITIVE"

    def __str__(self) -> str:
        return str(self.value)
