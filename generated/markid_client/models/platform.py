from enum import StrEnum


class Platform(StrEnum):
    MOBILE = "MOBILE"
    MOBILE_APP = "MOBILE_APP"
    MOBILE_SDK = "MOBILE_SDK"
    OTHER = "OTHER"
    PC = "PC"
    TABLET = "TABLET"

    def __str__(self) -> str:
        return str(self.value)
