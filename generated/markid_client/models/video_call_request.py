from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoCallRequest")


@_attrs_define
class VideoCallRequest:
    """Video-call token for an existing verification.

    Attributes:
        scan_ref (str): The existing verification.
        photos (bool | Unset): Whether photos of the client and the document are taken during the call.
    """

    scan_ref: str
    photos: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_ref = self.scan_ref

        photos = self.photos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanRef": scan_ref,
            }
        )
        if photos is not UNSET:
            field_dict["photos"] = photos

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scan_ref = d.pop("scanRef")

        photos = d.pop("photos", UNSET)

        video_call_request = cls(
            scan_ref=scan_ref,
            photos=photos,
        )

        video_call_request.additional_properties = d
        return video_call_request

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
