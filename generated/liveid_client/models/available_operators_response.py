from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AvailableOperatorsResponse")


@_attrs_define
class AvailableOperatorsResponse:
    """Operators available now.

    Attributes:
        success (bool): True when the request succeeded.
        available_operators (int | Unset): Number of operators currently available to answer calls.
    """

    success: bool
    available_operators: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        available_operators = self.available_operators

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if available_operators is not UNSET:
            field_dict["availableOperators"] = available_operators

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        success = d.pop("success")

        available_operators = d.pop("availableOperators", UNSET)

        available_operators_response = cls(
            success=success,
            available_operators=available_operators,
        )

        available_operators_response.additional_properties = d
        return available_operators_response

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
