from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VideoCallRecordPhotos")


@_attrs_define
class VideoCallRecordPhotos:
    """Photo URLs by step; other step names are allowed.

    Attributes:
        video_call_front (str | Unset): URL of the document front photo.
        video_call_back (str | Unset): URL of the document back photo.
        video_call_face (str | Unset): URL of the face photo.
    """

    video_call_front: str | Unset = UNSET
    video_call_back: str | Unset = UNSET
    video_call_face: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        video_call_front = self.video_call_front

        video_call_back = self.video_call_back

        video_call_face = self.video_call_face

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if video_call_front is not UNSET:
            field_dict["VIDEO_CALL_FRONT"] = video_call_front
        if video_call_back is not UNSET:
            field_dict["VIDEO_CALL_BACK"] = video_call_back
        if video_call_face is not UNSET:
            field_dict["VIDEO_CALL_FACE"] = video_call_face

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        video_call_front = d.pop("VIDEO_CALL_FRONT", UNSET)

        video_call_back = d.pop("VIDEO_CALL_BACK", UNSET)

        video_call_face = d.pop("VIDEO_CALL_FACE", UNSET)

        video_call_record_photos = cls(
            video_call_front=video_call_front,
            video_call_back=video_call_back,
            video_call_face=video_call_face,
        )

        video_call_record_photos.additional_properties = d
        return video_call_record_photos

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
