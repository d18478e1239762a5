from enum import StrEnum


class RegistryCenterResourceType(StrEnum):
    HUNGARYREGISTRYCENTERCHECK = "HungaryRegistryCenterCheck"
    LITHUANIAREGISTRYCENTERCHECK = "LithuaniaRegistryCenterCheck"
    US15REGISTRYCENTERCHECK = "Us15RegistryCenterCheck"

    def __str__(self) -> str:
        return str(self.value)
