from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.address_verification_quality import AddressVerificationQuality
from ..models.address_verification_status import AddressVerificationStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="AddressVerification")


@_attrs_define
class AddressVerification:
    """Address verification result.

    Attributes:
        address (str):
        status (AddressVerificationStatus | str):
        accuracy (int | None):
        quality (AddressVerificationQuality | None | str):
        country (None | str | Unset): Alpha-2 country code.
    """

    address: str
    status: AddressVerificationStatus | str
    accuracy: int | None
    quality: AddressVerificationQuality | None | str
    country: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address = self.address

        status: str
        if isinstance(self.status, AddressVerificationStatus):
            status = self.status.value
        else:
            status = self.status

        accuracy: int | None
        accuracy = self.accuracy

        quality: None | str
        if isinstance(self.quality, AddressVerificationQuality):
            quality = self.quality.value
        else:
            quality = self.quality

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "address": address,
                "status": status,
                "accuracy": accuracy,
                "quality": quality,
            }
        )
        if country is not UNSET:
            field_dict["country"] = country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        address = d.pop("address")

        def _parse_status(data: object) -> AddressVerificationStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = AddressVerificationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressVerificationStatus | str, data)

        status = _parse_status(d.pop("status"))

        def _parse_accuracy(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        accuracy = _parse_accuracy(d.pop("accuracy"))

        def _parse_quality(data: object) -> AddressVerificationQuality | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                quality_type_0 = AddressVerificationQuality(data)

                return quality_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressVerificationQuality | None | str, data)

        quality = _parse_quality(d.pop("quality"))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        address_verification = cls(
            address=address,
            status=status,
            accuracy=accuracy,
            quality=quality,
            country=country,
        )

        address_verification.additional_properties = d
        return address_verification

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
