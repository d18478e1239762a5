from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.service_suspicion import ServiceSuspicion

T = TypeVar("T", bound="FraudStatus")


@_attrs_define
class FraudStatus:
    """Outcome of a fraud service (AML, LID, criminal check).

    Attributes:
        service_suspected (bool):
        service_used (bool):
        service_found (bool):
        check_successful (bool):
        overall_status (ServiceSuspicion | str):
    """

    service_suspected: bool
    service_used: bool
    service_found: bool
    check_successful: bool
    overall_status: ServiceSuspicion | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        service_suspected = self.service_suspected

        service_used = self.service_used

        service_found = self.service_found

        check_successful = self.check_successful

        overall_status: str
        if isinstance(self.overall_status, ServiceSuspicion):
            overall_status = self.overall_status.value
        else:
            overall_status = self.overall_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "serviceSuspected": service_suspected,
                "serviceUsed": service_used,
                "serviceFound": service_found,
                "checkSuccessful": check_successful,
                "overallStatus": overall_status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        service_suspected = d.pop("serviceSuspected")

        service_used = d.pop("serviceUsed")

        service_found = d.pop("serviceFound")

        check_successful = d.pop("checkSuccessful")

        def _parse_overall_status(data: object) -> ServiceSuspicion | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overall_status_type_0 = ServiceSuspicion(data)

                return overall_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ServiceSuspicion | str, data)

        overall_status = _parse_overall_status(d.pop("overallStatus"))

        fraud_status = cls(
            service_suspected=service_suspected,
            service_used=service_used,
            service_found=service_found,
            check_successful=check_successful,
            overall_status=overall_status,
        )

        fraud_status.additional_properties = d
        return fraud_status

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
