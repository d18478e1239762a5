from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.video_call_record_photos import VideoCallRecordPhotos


T = TypeVar("T", bound="VideoCallRecord")


@_attrs_define
class VideoCallRecord:
    """Photos and videos recorded during a video call.

    Attributes:
        photos (VideoCallRecordPhotos): Photo URLs by step; other step names are allowed.
        videos (list[str]): URLs of the recorded videos.
    """

    photos: VideoCallRecordPhotos
    videos: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        photos = self.photos.to_dict()

        videos = self.videos

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "photos": photos,
                "videos": videos,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_call_record_photos import VideoCallRecordPhotos  # noqa: PLC0415

        d = dict(src_dict)
        photos = VideoCallRecordPhotos.from_dict(d.pop("photos"))

        videos = cast(list[str], d.pop("videos"))

        video_call_record = cls(
            photos=photos,
            videos=videos,
        )

        video_call_record.additional_properties = d
        return video_call_record

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
