from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.push_async_call_method import PushAsyncCallMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="PushAsyncCallRequest")


@_attrs_define
class PushAsyncCallRequest:
    """An asynchronous call to queue.

    Attributes:
        b_64_data (str): UTF-8 JSON with the call configuration, Base64-encoded: the same structure as the `json`
            field of service-start (it starts with `id_organization` and `id_process`).
        method (PushAsyncCallMethod | Unset): Start method the queued call will use: `start` (preferred) or `live` (the
            default).
        expire (datetime.date | Unset): Expiry date; after it the call is removed from the system.
    """

    b_64_data: str
    method: PushAsyncCallMethod | Unset = UNSET
    expire: datetime.date | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        b_64_data = self.b_64_data

        method: str | Unset = UNSET
        if not isinstance(self.method, Unset):
            method = self.method.value

        expire: str | Unset = UNSET
        if not isinstance(self.expire, Unset):
            expire = self.expire.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "b64Data": b_64_data,
            }
        )
        if method is not UNSET:
            field_dict["method"] = method
        if expire is not UNSET:
            field_dict["expire"] = expire

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        b_64_data = d.pop("b64Data")

        _method = d.pop("method", UNSET)
        method: PushAsyncCallMethod | Unset
        if isinstance(_method, Unset):
            method = UNSET
        else:
            method = PushAsyncCallMethod(_method)

        _expire = d.pop("expire", UNSET)
        expire: datetime.date | Unset
        if isinstance(_expire, Unset):
            expire = UNSET
        else:
            expire = datetime.date.fromisoformat(_expire)

        push_async_call_request = cls(
            b_64_data=b_64_data,
            method=method,
            expire=expire,
        )

        push_async_call_request.additional_properties = d
        return push_async_call_request

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
