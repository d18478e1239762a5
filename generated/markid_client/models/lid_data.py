from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="LidData")


@_attrs_define
class LidData:
    """One LID record.

    Attributes:
        document_number (str):
        document_type (None | str):
        valid (bool):
        expiry_date (str):
        check_date (str):
    """

    document_number: str
    document_type: None | str
    valid: bool
    expiry_date: str
    check_date: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_number = self.document_number

        document_type: None | str
        document_type = self.document_type

        valid = self.valid

        expiry_date = self.expiry_date

        check_date = self.check_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentNumber": document_number,
                "documentType": document_type,
                "valid": valid,
                "expiryDate": expiry_date,
                "checkDate": check_date,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_number = d.pop("documentNumber")

        def _parse_document_type(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        document_type = _parse_document_type(d.pop("documentType"))

        valid = d.pop("valid")

        expiry_date = d.pop("expiryDate")

        check_date = d.pop("checkDate")

        lid_data = cls(
            document_number=document_number,
            document_type=document_type,
            valid=valid,
            expiry_date=expiry_date,
            check_date=check_date,
        )

        lid_data.additional_properties = d
        return lid_data

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
