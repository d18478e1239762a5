from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bank_balances_overview import BankBalancesOverview


T = TypeVar("T", bound="BankAccount")


@_attrs_define
class BankAccount:
    """One bank account read during bank verification.

    Attributes:
        id (str):
        name (None | str):
        iban (None | str):
        currency (str):
        balances_overview (BankBalancesOverview | None):
        transactions_count (int | None):
    """

    id: str
    name: None | str
    iban: None | str
    currency: str
    balances_overview: BankBalancesOverview | None
    transactions_count: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.bank_balances_overview import BankBalancesOverview  # noqa: PLC0415

        id = self.id

        name: None | str
        name = self.name

        iban: None | str
        iban = self.iban

        currency = self.currency

        balances_overview: dict[str, Any] | None
        if isinstance(self.balances_overview, BankBalancesOverview):
            balances_overview = self.balances_overview.to_dict()
        else:
            balances_overview = self.balances_overview

        transactions_count: int | None
        transactions_count = self.transactions_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "iban": iban,
                "currency": currency,
                "balancesOverview": balances_overview,
                "transactionsCount": transactions_count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bank_balances_overview import BankBalancesOverview  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_iban(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        iban = _parse_iban(d.pop("iban"))

        currency = d.pop("currency")

        def _parse_balances_overview(data: object) -> BankBalancesOverview | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                balances_overview_type_0 = BankBalancesOverview.from_dict(data)

                return balances_overview_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankBalancesOverview | None, data)

        balances_overview = _parse_balances_overview(d.pop("balancesOverview"))

        def _parse_transactions_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        transactions_count = _parse_transactions_count(d.pop("transactionsCount"))

        bank_account = cls(
            id=id,
            name=name,
            iban=iban,
            currency=currency,
            balances_overview=balances_overview,
            transactions_count=transactions_count,
        )

        bank_account.additional_properties = d
        return bank_account

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
