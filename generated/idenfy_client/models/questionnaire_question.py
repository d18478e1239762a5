from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.questionnaire_question_type import QuestionnaireQuestionType

T = TypeVar("T", bound="QuestionnaireQuestion")


@_attrs_define
class QuestionnaireQuestion:
    """One answered question.

    Attributes:
        key (str):
        title (str):
        type_ (QuestionnaireQuestionType | str):
        value (bool | list[str] | None | str): The answer (a list for multi-choice questions).
    """

    key: str
    title: str
    type_: QuestionnaireQuestionType | str
    value: bool | list[str] | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        type_: str
        if isinstance(self.type_, QuestionnaireQuestionType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        value: bool | list[str] | None | str
        if isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "type": type_,
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        title = d.pop("title")

        def _parse_type_(data: object) -> QuestionnaireQuestionType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = QuestionnaireQuestionType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(QuestionnaireQuestionType | str, data)

        type_ = _parse_type_(d.pop("type"))

        def _parse_value(data: object) -> bool | list[str] | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                value_type_0 = cast(list[str], data)

                return value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(bool | list[str] | None | str, data)

        value = _parse_value(d.pop("value"))

        questionnaire_question = cls(
            key=key,
            title=title,
            type_=type_,
            value=value,
        )

        questionnaire_question.additional_properties = d
        return questionnaire_question

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
