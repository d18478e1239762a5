from enum import StrEnum


class DocumentSex(StrEnum):
    FEMALE = "FEMALE"
    MALE = "MALE"
    UNDEFINED = "UNDEFINED"

    def __str__(self) -> str:
        return str(self.value)
