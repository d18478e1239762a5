from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BankBalancesOverview")


@_attrs_define
class BankBalancesOverview:
    """Balances of a bank account.

    Attributes:
        booked_balance (float | None):
        available_balance (float | None):
    """

    booked_balance: float | None
    available_balance: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        booked_balance: float | None
        booked_balance = self.booked_balance

        available_balance: float | None
        available_balance = self.available_balance

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "bookedBalance": booked_balance,
                "availableBalance": available_balance,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_booked_balance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        booked_balance = _parse_booked_balance(d.pop("bookedBalance"))

        def _parse_available_balance(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        available_balance = _parse_available_balance(d.pop("availableBalance"))

        bank_balances_overview = cls(
            booked_balance=booked_balance,
            available_balance=available_balance,
        )

        bank_balances_overview.additional_properties = d
        return bank_balances_overview

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
