from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.additional_steps_additional_property import AdditionalStepsAdditionalProperty


T = TypeVar("T", bound="AdditionalSteps")


@_attrs_define
class AdditionalSteps:
    """Custom additional steps: first key a country (alpha-2) or `ALL`; second key a document type (`ID_CARD`,
    `PASSPORT`, `RESIDENCE_PERMIT`, `DRIVER_LICENSE`, `PAN_CARD`, `AADHAAR`, `OTHER`) or `ALL`; third key the step
    name (`UTILITY_BILL`, `ADDITIONAL_PHOTO` or a custom name); value the step definition.

    """

    additional_properties: dict[str, AdditionalStepsAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_steps_additional_property import AdditionalStepsAdditionalProperty  # noqa: PLC0415

        d = dict(src_dict)
        additional_steps = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = AdditionalStepsAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        additional_steps.additional_properties = additional_properties
        return additional_steps

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> AdditionalStepsAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: AdditionalStepsAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
