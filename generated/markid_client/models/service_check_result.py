from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.fraud_status import FraudStatus
    from ..models.service_check_result_data_item import ServiceCheckResultDataItem


T = TypeVar("T", bound="ServiceCheckResult")


@_attrs_define
class ServiceCheckResult:
    """Result of one AML (v2) or criminal-check service. iDenfy's 2026 schema distinguishes the AML variants by
    `serviceName` (AML_NAMES_CHECK, AML_OPEN_SANCTIONS, COMPANY_CHECK, AML_NEWS, INHOUSE_ADVERSE_MEDIA); examples
    also show other names (e.g. PilotApiAmlV2), so the name is a free string and the data items stay open.

        Attributes:
            status (FraudStatus): Outcome of a fraud service (AML, LID, criminal check).
            service_name (str):
            uid (str):
            error_message (None | str):
            data (list[ServiceCheckResultDataItem] | Unset): Hits of the service (shape depends on the service).
            service_group_type (str | Unset): e.g. AML, CRIMINAL_CHECK.
    """

    status: FraudStatus
    service_name: str
    uid: str
    error_message: None | str
    data: list[ServiceCheckResultDataItem] | Unset = UNSET
    service_group_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.to_dict()

        service_name = self.service_name

        uid = self.uid

        error_message: None | str
        error_message = self.error_message

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        service_group_type = self.service_group_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "serviceName": service_name,
                "uid": uid,
                "errorMessage": error_message,
            }
        )
        if data is not UNSET:
            field_dict["data"] = data
        if service_group_type is not UNSET:
            field_dict["serviceGroupType"] = service_group_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.fraud_status import FraudStatus  # noqa: PLC0415
        from ..models.service_check_result_data_item import ServiceCheckResultDataItem  # noqa: PLC0415

        d = dict(src_dict)
        status = FraudStatus.from_dict(d.pop("status"))

        service_name = d.pop("serviceName")

        uid = d.pop("uid")

        def _parse_error_message(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error_message = _parse_error_message(d.pop("errorMessage"))

        _data = d.pop("data", UNSET)
        data: list[ServiceCheckResultDataItem] | Unset = UNSET
        if _data is not UNSET:
            data = []
            for data_item_data in _data:
                data_item = ServiceCheckResultDataItem.from_dict(data_item_data)

                data.append(data_item)

        service_group_type = d.pop("serviceGroupType", UNSET)

        service_check_result = cls(
            status=status,
            service_name=service_name,
            uid=uid,
            error_message=error_message,
            data=data,
            service_group_type=service_group_type,
        )

        service_check_result.additional_properties = d
        return service_check_result

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
