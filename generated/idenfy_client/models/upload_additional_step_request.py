from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.upload_additional_step_request_additional_data import UploadAdditionalStepRequestAdditionalData


T = TypeVar("T", bound="UploadAdditionalStepRequest")


@_attrs_define
class UploadAdditionalStepRequest:
    """A new file for an additional step of an existing verification.

    Attributes:
        scan_ref (str): The verification (must have been created with custom additional steps).
        image (str): Base64-encoded image (or PDF) of the step.
        step (str): Step name, e.g. `UTILITY_BILL` or a custom step name.
        additional_data (UploadAdditionalStepRequestAdditionalData | Unset): Values for the manual review to compare,
            e.g. {"address": "some address"}; overrides the data of the previous upload.
    """

    scan_ref: str
    image: str
    step: str
    additional_data: UploadAdditionalStepRequestAdditionalData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_ref = self.scan_ref

        image = self.image

        step = self.step

        additional_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_data, Unset):
            additional_data = self.additional_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanRef": scan_ref,
                "image": image,
                "step": step,
            }
        )
        if additional_data is not UNSET:
            field_dict["additionalData"] = additional_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.upload_additional_step_request_additional_data import UploadAdditionalStepRequestAdditionalData  # noqa: PLC0415

        d = dict(src_dict)
        scan_ref = d.pop("scanRef")

        image = d.pop("image")

        step = d.pop("step")

        _additional_data = d.pop("additionalData", UNSET)
        additional_data: UploadAdditionalStepRequestAdditionalData | Unset
        if isinstance(_additional_data, Unset):
            additional_data = UNSET
        else:
            additional_data = UploadAdditionalStepRequestAdditionalData.from_dict(_additional_data)

        upload_additional_step_request = cls(
            scan_ref=scan_ref,
            image=image,
            step=step,
            additional_data=additional_data,
        )

        upload_additional_step_request.additional_properties = d
        return upload_additional_step_request

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
