from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_card_no_match_reason import BankCardNoMatchReason
from ..models.bank_card_verification_status import BankCardVerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankCardVerification")


@_attrs_define
class BankCardVerification:
    """Bank-card verification result.

    Attributes:
        id (str | Unset):
        status (BankCardVerificationStatus | str | Unset):
        no_match_reason (BankCardNoMatchReason | None | str | Unset):
        name (None | str | Unset):
        first_six (None | str | Unset):
        last_four (None | str | Unset):
        expiry_date (datetime.date | None | Unset):
        name_match (bool | None | Unset):
        last_four_match (bool | None | Unset):
    """

    id: str | Unset = UNSET
    status: BankCardVerificationStatus | str | Unset = UNSET
    no_match_reason: BankCardNoMatchReason | None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    first_six: None | str | Unset = UNSET
    last_four: None | str | Unset = UNSET
    expiry_date: datetime.date | None | Unset = UNSET
    name_match: bool | None | Unset = UNSET
    last_four_match: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        status: str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BankCardVerificationStatus):
            status = self.status.value
        else:
            status = self.status

        no_match_reason: None | str | Unset
        if isinstance(self.no_match_reason, Unset):
            no_match_reason = UNSET
        elif isinstance(self.no_match_reason, BankCardNoMatchReason):
            no_match_reason = self.no_match_reason.value
        else:
            no_match_reason = self.no_match_reason

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        first_six: None | str | Unset
        if isinstance(self.first_six, Unset):
            first_six = UNSET
        else:
            first_six = self.first_six

        last_four: None | str | Unset
        if isinstance(self.last_four, Unset):
            last_four = UNSET
        else:
            last_four = self.last_four

        expiry_date: None | str | Unset
        if isinstance(self.expiry_date, Unset):
            expiry_date = UNSET
        elif isinstance(self.expiry_date, datetime.date):
            expiry_date = self.expiry_date.isoformat()
        else:
            expiry_date = self.expiry_date

        name_match: bool | None | Unset
        if isinstance(self.name_match, Unset):
            name_match = UNSET
        else:
            name_match = self.name_match

        last_four_match: bool | None | Unset
        if isinstance(self.last_four_match, Unset):
            last_four_match = UNSET
        else:
            last_four_match = self.last_four_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if status is not UNSET:
            field_dict["status"] = status
        if no_match_reason is not UNSET:
            field_dict["noMatchReason"] = no_match_reason
        if name is not UNSET:
            field_dict["name"] = name
        if first_six is not UNSET:
            field_dict["firstSix"] = first_six
        if last_four is not UNSET:
            field_dict["lastFour"] = last_four
        if expiry_date is not UNSET:
            field_dict["expiryDate"] = expiry_date
        if name_match is not UNSET:
            field_dict["nameMatch"] = name_match
        if last_four_match is not UNSET:
            field_dict["lastFourMatch"] = last_four_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        def _parse_status(data: object) -> BankCardVerificationStatus | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = BankCardVerificationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankCardVerificationStatus | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_no_match_reason(data: object) -> BankCardNoMatchReason | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                no_match_reason_type_0 = BankCardNoMatchReason(data)

                return no_match_reason_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankCardNoMatchReason | None | str | Unset, data)

        no_match_reason = _parse_no_match_reason(d.pop("noMatchReason", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_first_six(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_six = _parse_first_six(d.pop("firstSix", UNSET))

        def _parse_last_four(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_four = _parse_last_four(d.pop("lastFour", UNSET))

        def _parse_expiry_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiry_date_type_0 = datetime.date.fromisoformat(data)

                return expiry_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        expiry_date = _parse_expiry_date(d.pop("expiryDate", UNSET))

        def _parse_name_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        name_match = _parse_name_match(d.pop("nameMatch", UNSET))

        def _parse_last_four_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        last_four_match = _parse_last_four_match(d.pop("lastFourMatch", UNSET))

        bank_card_verification = cls(
            id=id,
            status=status,
            no_match_reason=no_match_reason,
            name=name,
            first_six=first_six,
            last_four=last_four,
            expiry_date=expiry_date,
            name_match=name_match,
            last_four_match=last_four_match,
        )

        bank_card_verification.additional_properties = d
        return bank_card_verification

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
