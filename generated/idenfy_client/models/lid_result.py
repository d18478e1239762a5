from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fraud_status import FraudStatus
    from ..models.lid_data import LidData


T = TypeVar("T", bound="LidResult")


@_attrs_define
class LidResult:
    """Result of the lost/invalid documents (LID) service.

    Attributes:
        status (FraudStatus): Outcome of a fraud service (AML, LID, criminal check).
        data (list[LidData]):
        service_name (str):
        uid (str):
        error_message (None | str):
        service_group_type (str | Unset): Server-side default: `"LID"`.
    """

    status: FraudStatus
    data: list[LidData]
    service_name: str
    uid: str
    error_message: None | str
    service_group_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        service_name = self.service_name

        uid = self.uid

        error_message: None | str
        error_message = self.error_message

        service_group_type = self.service_group_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "data": data,
                "serviceName": service_name,
                "uid": uid,
                "errorMessage": error_message,
            }
        )
        if service_group_type is not UNSET:
            field_dict["serviceGroupType"] = service_group_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fraud_status import FraudStatus  # noqa: PLC0415
        from ..models.lid_data import LidData  # noqa: PLC0415

        d = dict(src_dict)
        status = FraudStatus.from_dict(d.pop("status"))

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = LidData.from_dict(data_item_data)

            data.append(data_item)

        service_name = d.pop("serviceName")

        uid = d.pop("uid")

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("errorMessage"))

        service_group_type = d.pop("serviceGroupType", UNSET)

        lid_result = cls(
            status=status,
            data=data,
            service_name=service_name,
            uid=uid,
            error_message=error_message,
            service_group_type=service_group_type,
        )

        lid_result.additional_properties = d
        return lid_result

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
