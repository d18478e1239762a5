from enum import StrEnum


class DummyFaceMatchResult(StrEnum):
    AUTO_UNVERIFIABLE = "AUTO_UNVERIFIABLE"
    FACE_ERROR = "FACE_ERROR"
    FACE_MATCH = "FACE_MATCH"
    FACE_MISMATCH = "FACE_MISMATCH"
    FACE_NOT_ANALYSED = "FACE_NOT_ANALYSED"
    FACE_TOO_BLURRY = "FACE_TOO_BLURRY"
    FACE_UNCERTAIN = "FACE_UNCERTAIN"
    FAKE_FACE = "FAKE_FACE"
    NO_FACE_FOUND = "NO_FACE_FOUND"
    TOO_MANY_FACES = "TOO_MANY_FACES"

    def __str__(self) -> str:
        return str(self.value)
