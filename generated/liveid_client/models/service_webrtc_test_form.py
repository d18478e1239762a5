from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ServiceWebrtcTestForm")


@_attrs_define
class ServiceWebrtcTestForm:
    """Form fields of the deprecated service-webrtc-test.

    Attributes:
        id_organization (str): Organization code provided by Namirial at setup.
        id_process (UUID): Process identifier provided by Namirial at setup.
        json (str): UTF-8 JSON with the customer data and call options, Base64-encoded (as in service-start).
    """

    id_organization: str
    id_process: UUID
    json: str
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_organization = self.id_organization

        id_process = str(self.id_process)

        json = self.json

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_organization": id_organization,
                "id_process": id_process,
                "json": json,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_organization = d.pop("id_organization")

        id_process = UUID(d.pop("id_process"))

        json = d.pop("json")

        service_webrtc_test_form = cls(
            id_organization=id_organization,
            id_process=id_process,
            json=json,
        )

        service_webrtc_test_form.additional_properties = d
        return service_webrtc_test_form

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
