from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.end_pattern import EndPattern
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.conference_data_response_data import ConferenceDataResponseData
    from ..models.operator import Operator


T = TypeVar("T", bound="ConferenceDataResponse")


@_attrs_define
class ConferenceDataResponse:
    """Data of a video identification call.

    Attributes:
        success (bool): True when the data was found.
        call_answer_date (datetime.datetime | Unset): When the operator answered (ISO 8601, UTC).
        call_end_date (datetime.datetime | Unset): When the call ended (ISO 8601, UTC).
        call_last_activity (datetime.datetime | Unset): Last activity on the call (ISO 8601, UTC).
        end_pattern (EndPattern | str | Unset): How the call ended: one of the known `EndPattern` values, or another
            string. The list is open because the
            documented table could only be read in part, so further values may exist.
        operator (Operator | Unset): The operator who handled the call.
        data (ConferenceDataResponseData | Unset): The call's data, keyed by module name (e.g. `photo`, `formfilling`);
            only the requested module when `module` is given.
    """

    success: bool
    call_answer_date: datetime.datetime | Unset = UNSET
    call_end_date: datetime.datetime | Unset = UNSET
    call_last_activity: datetime.datetime | Unset = UNSET
    end_pattern: EndPattern | str | Unset = UNSET
    operator: Operator | Unset = UNSET
    data: ConferenceDataResponseData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        call_answer_date: str | Unset = UNSET
        if not isinstance(self.call_answer_date, Unset):
            call_answer_date = self.call_answer_date.isoformat()

        call_end_date: str | Unset = UNSET
        if not isinstance(self.call_end_date, Unset):
            call_end_date = self.call_end_date.isoformat()

        call_last_activity: str | Unset = UNSET
        if not isinstance(self.call_last_activity, Unset):
            call_last_activity = self.call_last_activity.isoformat()

        end_pattern: str | Unset
        if isinstance(self.end_pattern, Unset):
            end_pattern = UNSET
        elif isinstance(self.end_pattern, EndPattern):
            end_pattern = self.end_pattern.value
        else:
            end_pattern = self.end_pattern

        operator: dict[str, Any] | Unset = UNSET
        if not isinstance(self.operator, Unset):
            operator = self.operator.to_dict()

        data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if call_answer_date is not UNSET:
            field_dict["call_answer_date"] = call_answer_date
        if call_end_date is not UNSET:
            field_dict["call_end_date"] = call_end_date
        if call_last_activity is not UNSET:
            field_dict["call_last_activity"] = call_last_activity
        if end_pattern is not UNSET:
            field_dict["end_pattern"] = end_pattern
        if operator is not UNSET:
            field_dict["operator"] = operator
        if data is not UNSET:
            field_dict["data"] = data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.conference_data_response_data import ConferenceDataResponseData  # noqa: PLC0415
        from ..models.operator import Operator  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

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

        _call_last_activity = d.pop("call_last_activity", UNSET)
        call_last_activity: datetime.datetime | Unset
        if isinstance(_call_last_activity, Unset):
            call_last_activity = UNSET
        else:
            call_last_activity = datetime.datetime.fromisoformat(_call_last_activity)

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

        _operator = d.pop("operator", UNSET)
        operator: Operator | Unset
        if isinstance(_operator, Unset):
            operator = UNSET
        else:
            operator = Operator.from_dict(_operator)

        _data = d.pop("data", UNSET)
        data: ConferenceDataResponseData | Unset
        if isinstance(_data, Unset):
            data = UNSET
        else:
            data = ConferenceDataResponseData.from_dict(_data)

        conference_data_response = cls(
            success=success,
            call_answer_date=call_answer_date,
            call_end_date=call_end_date,
            call_last_activity=call_last_activity,
            end_pattern=end_pattern,
            operator=operator,
            data=data,
        )

        conference_data_response.additional_properties = d
        return conference_data_response

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
