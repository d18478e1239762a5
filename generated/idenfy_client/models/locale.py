from enum import StrEnum


class Locale(StrEnum):
    BG = "bg"
    CS = "cs"
    DE = "de"
    EN = "en"
    ES = "es"
    ET = "et"
    FR = "fr"
    HU = "hu"
    IT = "it"
    JA = "ja"
    KO = "ko"
    LT = "lt"
    LV = "lv"
    NL = "nl"
    PL = "pl"
    PT = "pt"
    RO = "ro"
    RU = "ru"
    SK = "sk"
    SV = "sv"
    UK = "uk"
    VI = "vi"

    def __str__(self) -> str:
        return str(self.value)
