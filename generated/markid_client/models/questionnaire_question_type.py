from enum import StrEnum


class QuestionnaireQuestionType(StrEnum):
    CHECKBOX = "CHECKBOX"
    COLOR = "COLOR"
    COUNTRY = "COUNTRY"
    COUNTRY_MULTI = "COUNTRY_MULTI"
    DATE = "DATE"
    DATETIME = "DATETIME"
    EMAIL = "EMAIL"
    FILE = "FILE"
    FILE_MULTI = "FILE_MULTI"
    FLOAT = "FLOAT"
    INTEGER = "INTEGER"
    LIST = "LIST"
    PASSWORD = "PASSWORD"
    RADIO = "RADIO"
    SELECT = "SELECT"
    SELECT_MULTI = "SELECT_MULTI"
    TEL = "TEL"
    TEXT = "TEXT"
    TEXT_AREA = "TEXT_AREA"
    TIME = "TIME"
    URL = "URL"

    def __str__(self) -> str:
        return str(self.value)
