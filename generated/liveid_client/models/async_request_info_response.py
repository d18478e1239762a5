from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_info import CallInfo


T = TypeVar("T", bound="AsyncRequestInfoResponse")


@_attrs_define
class AsyncRequestInfoResponse:
    """Every call made for an asynchronous request.

    Attributes:
        success (bool): True when the request was found.
        calls (list[CallInfo] | Unset): The calls, each with its status.
    """

    success: bool
    calls: list[CallInfo] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        success = self.success

        calls: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.calls, Unset):
            calls = []
            for calls_item_data in self.calls:
                calls_item = calls_item_data.to_dict()
                calls.append(calls_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "success": success,
            }
        )
        if calls is not UNSET:
            field_dict["calls"] = calls

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_info import CallInfo  # noqa: PLC0415

        d = dict(src_dict)
        success = d.pop("success")

        _calls = d.pop("calls", UNSET)
        calls: list[CallInfo] | Unset = UNSET
        if _calls is not UNSET:
            calls = []
            for calls_item_data in _calls:
                calls_item = CallInfo.from_dict(calls_item_data)

                calls.append(calls_item)

        async_request_info_response = cls(
            success=success,
            calls=calls,
        )

        async_request_info_response.additional_properties = d
        return async_request_info_response

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
