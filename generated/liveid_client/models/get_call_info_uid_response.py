from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.end_pattern import EndPattern
from ..types import UNSET, Unset

T = TypeVar("T", bound="GetCallInfoUIDResponse")


@_attrs_define
class GetCallInfoUIDResponse:
    """The last call made for an asynchronous request.

    Attributes:
        id_conference (str): Conference ID of the call (the key of genAPIToken, conferenceData and the audit-data
            operations).
        success (bool): True when the call was found.
        u_id (str | Unset): Unique ID of the asynchronous request.
        end_pattern (EndPattern | str | Unset): How the call ended: one of the known `EndPattern` values, or another
            string. The list is open because the
            documented table could only be read in part, so further values may exist.
        call_answer_date (datetime.datetime | Unset): When the operator answered (ISO 8601, UTC).
        call_end_date (datetime.datetime | Unset): When the call ended (ISO 8601, UTC).
    """

    id_conference: str
    success: bool
    u_id: str | Unset = UNSET
    end_pattern: EndPattern | str | Unset = UNSET
    call_answer_date: datetime.datetime | Unset = UNSET
    call_end_date: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_conference = self.id_conference

        success = self.success

        u_id = self.u_id

        end_pattern: str | Unset
        if isinstance(self.end_pattern, Unset):
            end_pattern = UNSET
        elif isinstance(self.end_pattern, EndPattern):
            end_pattern = self.end_pattern.value
        else:
            end_pattern = self.end_pattern

        call_answer_date: str | Unset = UNSET
        if not isinstance(self.call_answer_date, Unset):
            call_answer_date = self.call_answer_date.isoformat()

        call_end_date: str | Unset = UNSET
        if not isinstance(self.call_end_date, Unset):
            call_end_date = self.call_end_date.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "idConference": id_conference,
                "success": success,
            }
        )
        if u_id is not UNSET:
            field_dict["uId"] = u_id
        if end_pattern is not UNSET:
            field_dict["end_pattern"] = end_pattern
        if call_answer_date is not UNSET:
            field_dict["call_answer_date"] = call_answer_date
        if call_end_date is not UNSET:
            field_dict["call_end_date"] = call_end_date

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_conference = d.pop("idConference")

        success = d.pop("success")

        u_id = d.pop("uId", UNSET)

        def _parse_end_pattern(data: object) -> EndPattern | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                componentsschemas_end_pattern_value_type_0 = EndPattern(data)

                return componentsschemas_end_pattern_value_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EndPattern | str | Unset, data)

        end_pattern = _parse_end_pattern(d.pop("end_pattern", UNSET))

        _call_answer_date = d.pop("call_answer_date", UNSET)
        call_answer_date: datetime.datetime | Unset
        if isinstance(_call_answer_date, Unset):
            call_answer_date = UNSET
        else:
            call_answer_date = datetime.datetime.fromisoformat(_call_answer_date)

        _call_end_date = d.pop("call_end_date", UNSET)
        call_end_date: datetime.datetime | Unset
        if isinstance(_call_end_date, Unset):
            call_end_date = UNSET
        else:
            call_end_date = datetime.datetime.fromisoformat(_call_end_date)

        get_call_info_uid_response = cls(
            id_conference=id_conference,
            success=success,
            u_id=u_id,
            end_pattern=end_pattern,
            call_answer_date=call_answer_date,
            call_end_date=call_end_date,
        )

        get_call_info_uid_response.additional_properties = d
        return get_call_info_uid_response

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
