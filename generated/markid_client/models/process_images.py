from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessImages")


@_attrs_define
class ProcessImages:
    """Base64-encoded images by step. Provide the images required for the document, usually at least `FRONT` and
    `FACE`. Maximum size per image 2 MB (seed, 2021) / 6 MB, JPEG or PNG (2022+ docs). Newer docs also accept
    the names of custom additional steps set in advance as keys. Each value is limited to 8388608 Base64
    characters (6 MB of image, the newer and wider limit; the seed's 2 MB is 2796204 characters), and the
    whole request to 20 MB (2022+ docs).

        Attributes:
            front (None | str | Unset): Base64 image of the document front.
            back (None | str | Unset): Base64 image of the document back.
            face (None | str | Unset): Base64 image of the person's face.
            utility_bill (None | str | Unset): Base64 image of a utility bill.
            passport_cover (None | str | Unset): Base64 image of the passport cover (2019–2021 docs; dropped later).
    """

    front: None | str | Unset = UNSET
    back: None | str | Unset = UNSET
    face: None | str | Unset = UNSET
    utility_bill: None | str | Unset = UNSET
    passport_cover: None | str | Unset = UNSET
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

        utility_bill: None | str | Unset
        if isinstance(self.utility_bill, Unset):
            utility_bill = UNSET
        else:
            utility_bill = self.utility_bill

        passport_cover: None | str | Unset
        if isinstance(self.passport_cover, Unset):
            passport_cover = UNSET
        else:
            passport_cover = self.passport_cover

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
        if utility_bill is not UNSET:
            field_dict["UTILITY_BILL"] = utility_bill
        if passport_cover is not UNSET:
            field_dict["PASSPORT_COVER"] = passport_cover

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

        def _parse_utility_bill(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        utility_bill = _parse_utility_bill(d.pop("UTILITY_BILL", UNSET))

        def _parse_passport_cover(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        passport_cover = _parse_passport_cover(d.pop("PASSPORT_COVER", UNSET))

        process_images = cls(
            front=front,
            back=back,
            face=face,
            utility_bill=utility_bill,
            passport_cover=passport_cover,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():

            def _parse_additional_property(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            additional_property = _parse_additional_property(prop_dict)

            additional_properties[prop_name] = additional_property

        process_images.additional_properties = additional_properties
        return process_images

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
