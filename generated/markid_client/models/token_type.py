from enum import StrEnum


class TokenType(StrEnum):
    DOCUMENT = "DOCUMENT"
    IDENTIFICATION = "IDENTIFICATION"
    VIDEO_CALL = "VIDEO_CALL"
    VIDEO_CALL_IDENTIFICATION = "VIDEO_CALL_IDENTIFICATION"
    VIDEO_CALL_PHOTOS = "VIDEO_CALL_PHOTOS"

    def __str__(self) -> str:
        return str(self.value)
