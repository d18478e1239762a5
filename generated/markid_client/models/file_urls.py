from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileUrls")


@_attrs_define
class FileUrls:
    """Pre-signed (expiring) download URLs of the photos and videos, by step; null where the step has no file.
    Other keys (e.g. `UTILITY_BILL` or custom additional steps) may appear.

        Attributes:
            front (None | str | Unset): Document front photo.
            back (None | str | Unset): Document back photo.
            face (None | str | Unset): Face photo.
            front_video (None | str | Unset): Video of taking the front photo.
            back_video (None | str | Unset): Video of taking the back photo.
            face_video (None | str | Unset): Video of taking the face photo.
    """

    front: None | str | Unset = UNSET
    back: None | str | Unset = UNSET
    face: None | str | Unset = UNSET
    front_video: None | str | Unset = UNSET
    back_video: None | str | Unset = UNSET
    face_video: None | str | Unset = UNSET
    additional_properties: dict[str, None | str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        front: None | str | Unset
        if isinstance(self.front, Unset):
            front = UNSET
        else:
            front = self.front

        back: None | str | Unset
        if isinstance(self.back, Unset):
            back = UNSET
        else:
            back = self.back

        face: None | str | Unset
        if isinstance(self.face, Unset):
            face = UNSET
        else:
            face = self.face

        front_video: None | str | Unset
        if isinstance(self.front_video, Unset):
            front_video = UNSET
        else:
            front_video = self.front_video

        back_video: None | str | Unset
        if isinstance(self.back_video, Unset):
            back_video = UNSET
        else:
            back_video = self.back_video

        face_video: None | str | Unset
        if isinstance(self.face_video, Unset):
            face_video = UNSET
        else:
            face_video = self.face_video

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop

        field_dict.update({})
        if front is not UNSET:
            field_dict["FRONT"] = front
        if back is not UNSET:
            field_dict["BACK"] = back
        if face is not UNSET:
            field_dict["FACE"] = face
        if front_video is not UNSET:
            field_dict["FRONT_VIDEO"] = front_video
        if back_video is not UNSET:
            field_dict["BACK_VIDEO"] = back_video
        if face_video is not UNSET:
            field_dict["FACE_VIDEO"] = face_video

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_front(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        front = _parse_front(d.pop("FRONT", UNSET))

        def _parse_back(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        back = _parse_back(d.pop("BACK", UNSET))

        def _parse_face(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        face = _parse_face(d.pop("FACE", UNSET))

        def _parse_front_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        front_video = _parse_front_video(d.pop("FRONT_VIDEO", UNSET))

        def _parse_back_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        back_video = _parse_back_video(d.pop("BACK_VIDEO", UNSET))

        def _parse_face_video(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        face_video = _parse_face_video(d.pop("FACE_VIDEO", UNSET))

        file_urls = cls(
            front=front,
            back=back,
            face=face,
            front_video=front_video,
            back_video=back_video,
            face_video=face_video,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        file_urls.additional_properties = additional_properties
        return file_urls

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> None | str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: None | str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
