from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ProcessRequest")


@_attrs_define
class ProcessRequest:
    """Names a process of an organization.

    Attributes:
        id_organization (str): Organization code provided by Namirial at setup.
        id_process (UUID): Process identifier provided by Namirial at setup.
    """

    id_organization: str
    id_process: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_organization = self.id_organization

        id_process = str(self.id_process)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_organization": id_organization,
                "id_process": id_process,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_organization = d.pop("id_organization")

        id_process = UUID(d.pop("id_process"))

        process_request = cls(
            id_organization=id_organization,
            id_process=id_process,
        )

        process_request.additional_properties = d
        return process_request

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
