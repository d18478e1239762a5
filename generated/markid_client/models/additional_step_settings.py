from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdditionalStepSettings")


@_attrs_define
class AdditionalStepSettings:
    """How the client may provide the file of an additional step.

    Attributes:
        can_upload (bool | Unset): The client may upload a photo from the device.
        can_capture (bool | Unset): The client may take the photo in the verification window.
        can_upload_pdf (bool | Unset): The client may upload a PDF file.
    """

    can_upload: bool | Unset = UNSET
    can_capture: bool | Unset = UNSET
    can_upload_pdf: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_upload = self.can_upload

        can_capture = self.can_capture

        can_upload_pdf = self.can_upload_pdf

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_upload is not UNSET:
            field_dict["canUpload"] = can_upload
        if can_capture is not UNSET:
            field_dict["canCapture"] = can_capture
        if can_upload_pdf is not UNSET:
            field_dict["canUploadPDF"] = can_upload_pdf

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        can_upload = d.pop("canUpload", UNSET)

        can_capture = d.pop("canCapture", UNSET)

        can_upload_pdf = d.pop("canUploadPDF", UNSET)

        additional_step_settings = cls(
            can_upload=can_upload,
            can_capture=can_capture,
            can_upload_pdf=can_upload_pdf,
        )

        additional_step_settings.additional_properties = d
        return additional_step_settings

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
