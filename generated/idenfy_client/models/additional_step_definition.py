from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_step_type import AdditionalStepType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_step_definition_texts import AdditionalStepDefinitionTexts
    from ..models.additional_step_settings import AdditionalStepSettings


T = TypeVar("T", bound="AdditionalStepDefinition")


@_attrs_define
class AdditionalStepDefinition:
    """Definition of one additional step.

    Attributes:
        type_ (AdditionalStepType | str | Unset):
        fields (list[str] | Unset): Names of the `additionalData` fields extracted or compared (e.g. ssn, address).
        texts (AdditionalStepDefinitionTexts | Unset): Step name and description shown in the UI, per locale code (`lt`,
            `en`, ... — examples also use `jp`).
        settings (AdditionalStepSettings | Unset): How the client may provide the file of an additional step.
    """

    type_: AdditionalStepType | str | Unset = UNSET
    fields: list[str] | Unset = UNSET
    texts: AdditionalStepDefinitionTexts | Unset = UNSET
    settings: AdditionalStepSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AdditionalStepType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        texts: dict[str, Any] | Unset = UNSET
        if not isinstance(self.texts, Unset):
            texts = self.texts.to_dict()

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if fields is not UNSET:
            field_dict["fields"] = fields
        if texts is not UNSET:
            field_dict["texts"] = texts
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_step_definition_texts import AdditionalStepDefinitionTexts  # noqa: PLC0415
        from ..models.additional_step_settings import AdditionalStepSettings  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_type_(data: object) -> AdditionalStepType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = AdditionalStepType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdditionalStepType | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        fields = cast(list[str], d.pop("fields", UNSET))

        _texts = d.pop("texts", UNSET)
        texts: AdditionalStepDefinitionTexts | Unset
        if isinstance(_texts, Unset):
            texts = UNSET
        else:
            texts = AdditionalStepDefinitionTexts.from_dict(_texts)

        _settings = d.pop("settings", UNSET)
        settings: AdditionalStepSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = AdditionalStepSettings.from_dict(_settings)

        additional_step_definition = cls(
            type_=type_,
            fields=fields,
            texts=texts,
            settings=settings,
        )

        additional_step_definition.additional_properties = d
        return additional_step_definition

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
