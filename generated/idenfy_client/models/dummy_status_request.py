from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.dummy_document_validity import DummyDocumentValidity
from ..models.dummy_face_match_result import DummyFaceMatchResult

T = TypeVar("T", bound="DummyStatusRequest")


@_attrs_define
class DummyStatusRequest:
    """Manual results to set on a dummy verification.

    Attributes:
        scan_ref (str): The dummy verification (created with `dummyStatus`).
        manual_face_match_result (DummyFaceMatchResult): Manual face result for add-dummy-status.
        manual_document_validity (DummyDocumentValidity): Manual document result for add-dummy-status.
    """

    scan_ref: str
    manual_face_match_result: DummyFaceMatchResult
    manual_document_validity: DummyDocumentValidity
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_ref = self.scan_ref

        manual_face_match_result = self.manual_face_match_result.value

        manual_document_validity = self.manual_document_validity.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanRef": scan_ref,
                "manualFaceMatchResult": manual_face_match_result,
                "manualDocumentValidity": manual_document_validity,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scan_ref = d.pop("scanRef")

        manual_face_match_result = DummyFaceMatchResult(d.pop("manualFaceMatchResult"))

        manual_document_validity = DummyDocumentValidity(d.pop("manualDocumentValidity"))

        dummy_status_request = cls(
            scan_ref=scan_ref,
            manual_face_match_result=manual_face_match_result,
            manual_document_validity=manual_document_validity,
        )

        dummy_status_request.additional_properties = d
        return dummy_status_request

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
