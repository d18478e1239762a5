from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServiceStartForm")


@_attrs_define
class ServiceStartForm:
    """Form fields of service-start. Give either `id_process` (a single live or self process) or both
    `id_process_live` and `id_process_self` (LiveID+ chooses between them); the two forms are mutually
    exclusive. This rule is described here, not expressed in the schema.

        Attributes:
            id_organization (str): Organization code provided by Namirial at setup.
            json (str): UTF-8 JSON with the customer data and call options, Base64-encoded. Its full structure is not
                documented publicly; the client-side redirect target (`redirectUrl`, `redirectMethod`) and the
                server-side callback URL (`liveid_servercallback`) are named by the docs and are assumed to be keys of it.
            id_process (UUID | Unset): Process identifier provided by Namirial at setup. Mandatory for a single process;
                mutually exclusive with id_process_live/id_process_self.
            id_process_live (UUID | Unset): Live process to use when LiveID+ chooses between a live and a self process.
                Mandatory together with id_process_self; mutually exclusive with id_process.
            id_process_self (UUID | Unset): Self process to use when LiveID+ chooses between a live and a self process.
                Mandatory together with id_process_live; mutually exclusive with id_process.
    """

    id_organization: str
    json: str
    id_process: UUID | Unset = UNSET
    id_process_live: UUID | Unset = UNSET
    id_process_self: UUID | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id_organization = self.id_organization

        json = self.json

        id_process: str | Unset = UNSET
        if not isinstance(self.id_process, Unset):
            id_process = str(self.id_process)

        id_process_live: str | Unset = UNSET
        if not isinstance(self.id_process_live, Unset):
            id_process_live = str(self.id_process_live)

        id_process_self: str | Unset = UNSET
        if not isinstance(self.id_process_self, Unset):
            id_process_self = str(self.id_process_self)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id_organization": id_organization,
                "json": json,
            }
        )
        if id_process is not UNSET:
            field_dict["id_process"] = id_process
        if id_process_live is not UNSET:
            field_dict["id_process_live"] = id_process_live
        if id_process_self is not UNSET:
            field_dict["id_process_self"] = id_process_self

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id_organization = d.pop("id_organization")

        json = d.pop("json")

        _id_process = d.pop("id_process", UNSET)
        id_process: UUID | Unset
        if isinstance(_id_process, Unset):
            id_process = UNSET
        else:
            id_process = UUID(_id_process)

        _id_process_live = d.pop("id_process_live", UNSET)
        id_process_live: UUID | Unset
        if isinstance(_id_process_live, Unset):
            id_process_live = UNSET
        else:
            id_process_live = UUID(_id_process_live)

        _id_process_self = d.pop("id_process_self", UNSET)
        id_process_self: UUID | Unset
        if isinstance(_id_process_self, Unset):
            id_process_self = UNSET
        else:
            id_process_self = UUID(_id_process_self)

        service_start_form = cls(
            id_organization=id_organization,
            json=json,
            id_process=id_process,
            id_process_live=id_process_live,
            id_process_self=id_process_self,
        )

        service_start_form.additional_properties = d
        return service_start_form

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
