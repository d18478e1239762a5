from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DriverLicenseCheck")


@_attrs_define
class DriverLicenseCheck:
    """Driver-licence registry check.

    Attributes:
        name (str | Unset):
        surname (str | Unset):
        date_of_birth (datetime.date | Unset):
        state (str | Unset):
        gender (None | str | Unset):
        date_of_issue (datetime.date | None | Unset):
        date_of_expiry (datetime.date | None | Unset):
        document_number (None | str | Unset):
        name_match (bool | None | Unset):
        surname_match (bool | None | Unset):
        date_of_birth_match (bool | None | Unset):
        date_of_issue_match (bool | None | Unset):
        date_of_expiry_match (bool | None | Unset):
        document_number_match (bool | None | Unset):
        gender_match (bool | None | Unset):
    """

    name: str | Unset = UNSET
    surname: str | Unset = UNSET
    date_of_birth: datetime.date | Unset = UNSET
    state: str | Unset = UNSET
    gender: None | str | Unset = UNSET
    date_of_issue: datetime.date | None | Unset = UNSET
    date_of_expiry: datetime.date | None | Unset = UNSET
    document_number: None | str | Unset = UNSET
    name_match: bool | None | Unset = UNSET
    surname_match: bool | None | Unset = UNSET
    date_of_birth_match: bool | None | Unset = UNSET
    date_of_issue_match: bool | None | Unset = UNSET
    date_of_expiry_match: bool | None | Unset = UNSET
    document_number_match: bool | None | Unset = UNSET
    gender_match: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        surname = self.surname

        date_of_birth: str | Unset = UNSET
        if not isinstance(self.date_of_birth, Unset):
            date_of_birth = self.date_of_birth.isoformat()

        state = self.state

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        date_of_issue: None | str | Unset
        if isinstance(self.date_of_issue, Unset):
            date_of_issue = UNSET
        elif isinstance(self.date_of_issue, datetime.date):
            date_of_issue = self.date_of_issue.isoformat()
        else:
            date_of_issue = self.date_of_issue

        date_of_expiry: None | str | Unset
        if isinstance(self.date_of_expiry, Unset):
            date_of_expiry = UNSET
        elif isinstance(self.date_of_expiry, datetime.date):
            date_of_expiry = self.date_of_expiry.isoformat()
        else:
            date_of_expiry = self.date_of_expiry

        document_number: None | str | Unset
        if isinstance(self.document_number, Unset):
            document_number = UNSET
        else:
            document_number = self.document_number

        name_match: bool | None | Unset
        if isinstance(self.name_match, Unset):
            name_match = UNSET
        else:
            name_match = self.name_match

        surname_match: bool | None | Unset
        if isinstance(self.surname_match, Unset):
            surname_match = UNSET
        else:
            surname_match = self.surname_match

        date_of_birth_match: bool | None | Unset
        if isinstance(self.date_of_birth_match, Unset):
            date_of_birth_match = UNSET
        else:
            date_of_birth_match = self.date_of_birth_match

        date_of_issue_match: bool | None | Unset
        if isinstance(self.date_of_issue_match, Unset):
            date_of_issue_match = UNSET
        else:
            date_of_issue_match = self.date_of_issue_match

        date_of_expiry_match: bool | None | Unset
        if isinstance(self.date_of_expiry_match, Unset):
            date_of_expiry_match = UNSET
        else:
            date_of_expiry_match = self.date_of_expiry_match

        document_number_match: bool | None | Unset
        if isinstance(self.document_number_match, Unset):
            document_number_match = UNSET
        else:
            document_number_match = self.document_number_match

        gender_match: bool | None | Unset
        if isinstance(self.gender_match, Unset):
            gender_match = UNSET
        else:
            gender_match = self.gender_match

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if surname is not UNSET:
            field_dict["surname"] = surname
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if state is not UNSET:
            field_dict["state"] = state
        if gender is not UNSET:
            field_dict["gender"] = gender
        if date_of_issue is not UNSET:
            field_dict["dateOfIssue"] = date_of_issue
        if date_of_expiry is not UNSET:
            field_dict["dateOfExpiry"] = date_of_expiry
        if document_number is not UNSET:
            field_dict["documentNumber"] = document_number
        if name_match is not UNSET:
            field_dict["nameMatch"] = name_match
        if surname_match is not UNSET:
            field_dict["surnameMatch"] = surname_match
        if date_of_birth_match is not UNSET:
            field_dict["dateOfBirthMatch"] = date_of_birth_match
        if date_of_issue_match is not UNSET:
            field_dict["dateOfIssueMatch"] = date_of_issue_match
        if date_of_expiry_match is not UNSET:
            field_dict["dateOfExpiryMatch"] = date_of_expiry_match
        if document_number_match is not UNSET:
            field_dict["documentNumberMatch"] = document_number_match
        if gender_match is not UNSET:
            field_dict["genderMatch"] = gender_match

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        surname = d.pop("surname", UNSET)

        _date_of_birth = d.pop("dateOfBirth", UNSET)
        date_of_birth: datetime.date | Unset
        if isinstance(_date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = datetime.date.fromisoformat(_date_of_birth)

        state = d.pop("state", UNSET)

        def _parse_gender(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_date_of_issue(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_issue_type_0 = datetime.date.fromisoformat(data)

                return date_of_issue_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_issue = _parse_date_of_issue(d.pop("dateOfIssue", UNSET))

        def _parse_date_of_expiry(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_expiry_type_0 = datetime.date.fromisoformat(data)

                return date_of_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_expiry = _parse_date_of_expiry(d.pop("dateOfExpiry", UNSET))

        def _parse_document_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_number = _parse_document_number(d.pop("documentNumber", UNSET))

        def _parse_name_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        name_match = _parse_name_match(d.pop("nameMatch", UNSET))

        def _parse_surname_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        surname_match = _parse_surname_match(d.pop("surnameMatch", UNSET))

        def _parse_date_of_birth_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        date_of_birth_match = _parse_date_of_birth_match(d.pop("dateOfBirthMatch", UNSET))

        def _parse_date_of_issue_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        date_of_issue_match = _parse_date_of_issue_match(d.pop("dateOfIssueMatch", UNSET))

        def _parse_date_of_expiry_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        date_of_expiry_match = _parse_date_of_expiry_match(d.pop("dateOfExpiryMatch", UNSET))

        def _parse_document_number_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        document_number_match = _parse_document_number_match(d.pop("documentNumberMatch", UNSET))

        def _parse_gender_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gender_match = _parse_gender_match(d.pop("genderMatch", UNSET))

        driver_license_check = cls(
            name=name,
            surname=surname,
            date_of_birth=date_of_birth,
            state=state,
            gender=gender,
            date_of_issue=date_of_issue,
            date_of_expiry=date_of_expiry,
            document_number=document_number,
            name_match=name_match,
            surname_match=surname_match,
            date_of_birth_match=date_of_birth_match,
            date_of_issue_match=date_of_issue_match,
            date_of_expiry_match=date_of_expiry_match,
            document_number_match=document_number_match,
            gender_match=gender_match,
        )

        driver_license_check.additional_properties = d
        return driver_license_check

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
