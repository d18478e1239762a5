from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.daily_waiting_time import DailyWaitingTime


T = TypeVar("T", bound="DailyWaitingTimesResponse")


@_attrs_define
class DailyWaitingTimesResponse:
    """Average waiting times of an organization, in seconds.

    Attributes:
        success (bool): True when the request succeeded.
        last_week (list[DailyWaitingTime] | Unset): Average daily waiting time of each day of the last week.
        last_hour (float | Unset): Average waiting time of the last 60 minutes, in seconds.
    """

    success: bool
    last_week: list[DailyWaitingTime] | Unset = UNSET
    last_hour: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        last_week: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.last_week, Unset):
            last_week = []
            for last_week_item_data in self.last_week:
                last_week_item = last_week_item_data.to_dict()
                last_week.append(last_week_item)

        last_hour = self.last_hour

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if last_week is not UNSET:
            field_dict["lastWeek"] = last_week
        if last_hour is not UNSET:
            field_dict["lastHour"] = last_hour

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.daily_waiting_time import DailyWaitingTime  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        _last_week = d.pop("lastWeek", UNSET)
        last_week: list[DailyWaitingTime] | Unset = UNSET
        if _last_week is not UNSET:
            last_week = []
            for last_week_item_data in _last_week:
                last_week_item = DailyWaitingTime.from_dict(last_week_item_data)

                last_week.append(last_week_item)

        last_hour = d.pop("lastHour", UNSET)

        daily_waiting_times_response = cls(
            success=success,
            last_week=last_week,
            last_hour=last_hour,
        )

        daily_waiting_times_response.additional_properties = d
        return daily_waiting_times_response

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
