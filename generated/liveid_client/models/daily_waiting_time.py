from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DailyWaitingTime")


@_attrs_define
class DailyWaitingTime:
    """Average waiting time of one day.

    Attributes:
        date (datetime.date): The day.
        average_waiting_time (float): Average waiting time of the day, in seconds.
    """

    date: datetime.date
    average_waiting_time: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        average_waiting_time = self.average_waiting_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "averageWaitingTime": average_waiting_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        average_waiting_time = d.pop("averageWaitingTime")

        daily_waiting_time = cls(
            date=date,
            average_waiting_time=average_waiting_time,
        )

        daily_waiting_time.additional_properties = d
        return daily_waiting_time

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
