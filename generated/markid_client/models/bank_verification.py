from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level import RiskLevel

if TYPE_CHECKING:
    from ..models.bank_account import BankAccount


T = TypeVar("T", bound="BankVerification")


@_attrs_define
class BankVerification:
    """Bank verification result.

    Attributes:
        id (str):
        country (None | str): Alpha-2 country code.
        bank (None | str):
        accounts (list[BankAccount]):
        risk_level (None | RiskLevel | str):
    """

    id: str
    country: None | str
    bank: None | str
    accounts: list[BankAccount]
    risk_level: None | RiskLevel | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        country: None | str
        country = self.country

        bank: None | str
        bank = self.bank

        accounts = []
        for accounts_item_data in self.accounts:
            accounts_item = accounts_item_data.to_dict()
            accounts.append(accounts_item)

        risk_level: None | str
        if isinstance(self.risk_level, RiskLevel):
            risk_level = self.risk_level.value
        else:
            risk_level = self.risk_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "country": country,
                "bank": bank,
                "accounts": accounts,
                "riskLevel": risk_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_account import BankAccount  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        country = _parse_country(d.pop("country"))

        def _parse_bank(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        bank = _parse_bank(d.pop("bank"))

        accounts = []
        _accounts = d.pop("accounts")
        for accounts_item_data in _accounts:
            accounts_item = BankAccount.from_dict(accounts_item_data)

            accounts.append(accounts_item)

        def _parse_risk_level(data: object) -> None | RiskLevel | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_level_type_0 = RiskLevel(data)

                return risk_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskLevel | str, data)

        risk_level = _parse_risk_level(d.pop("riskLevel"))

        bank_verification = cls(
            id=id,
            country=country,
            bank=bank,
            accounts=accounts,
            risk_level=risk_level,
        )

        bank_verification.additional_properties = d
        return bank_verification

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
