from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.registry_center_resource_type import RegistryCenterResourceType
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistryCenterCheck")


@_attrs_define
class RegistryCenterCheck:
    """Registry-centre check. iDenfy's 2026 schema has three variants told apart by `resourceType`
    (HungaryRegistryCenterCheck, LithuaniaRegistryCenterCheck, Us15RegistryCenterCheck); they are kept as one
    open object here.

        Attributes:
            resource_type (RegistryCenterResourceType | str | Unset):
    """

    resource_type: RegistryCenterResourceType | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource_type: str | Unset
        if isinstance(self.resource_type, Unset):
            resource_type = UNSET
        elif isinstance(self.resource_type, RegistryCenterResourceType):
            resource_type = self.resource_type.value
        else:
            resource_type = self.resource_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_type is not UNSET:
            field_dict["resourceType"] = resource_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_resource_type(data: object) -> RegistryCenterResourceType | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resource_type_type_0 = RegistryCenterResourceType(data)

                return resource_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(RegistryCenterResourceType | str | Unset, data)

        resource_type = _parse_resource_type(d.pop("resourceType", UNSET))

        registry_center_check = cls(
            resource_type=resource_type,
        )

        registry_center_check.additional_properties = d
        return registry_center_check

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
