from enum import StrEnum


class KnownConferenceDataModule(StrEnum):
    FORMFILLING = "formfilling"
    PHOTO = "photo"

    def __str__(self) -> str:
        return str(self.value)
