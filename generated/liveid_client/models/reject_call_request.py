from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RejectCallRequest")


@_attrs_define
class RejectCallRequest:
    """The call to reject: give `uId` or `idConference` (at least one; a request with neither is answered 400).
    The rule is not written as `anyOf` because openapi-python-client then types the body as `Any`.

        Attributes:
            u_id (str | Unset): Unique ID of an asynchronous call queued with pushAsyncCall.
            id_conference (str | Unset): Conference ID of the call.
            reason (str | Unset): Why the call is rejected.
    """

    u_id: str | Unset = UNSET
    id_conference: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        u_id = self.u_id

        id_conference = self.id_conference

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if u_id is not UNSET:
            field_dict["uId"] = u_id
        if id_conference is not UNSET:
            field_dict["idConference"] = id_conference
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        u_id = d.pop("uId", UNSET)

        id_conference = d.pop("idConference", UNSET)

        reason = d.pop("reason", UNSET)

        reject_call_request = cls(
            u_id=u_id,
            id_conference=id_conference,
            reason=reason,
        )

        reject_call_request.additional_properties = d
        return reject_call_request

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
