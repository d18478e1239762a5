from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.risk_level import RiskLevel

T = TypeVar("T", bound="RiskAssessment")


@_attrs_define
class RiskAssessment:
    """Risk assessment of the client.

    Attributes:
        risk_score (int | None):
        risk_level (None | RiskLevel | str):
    """

    risk_score: int | None
    risk_level: None | RiskLevel | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        risk_score: int | None
        risk_score = self.risk_score

        risk_level: None | str
        if isinstance(self.risk_level, RiskLevel):
            risk_level = self.risk_level.value
        else:
            risk_level = self.risk_level

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "riskScore": risk_score,
                "riskLevel": risk_level,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_risk_score(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        risk_score = _parse_risk_score(d.pop("riskScore"))

        def _parse_risk_level(data: object) -> None | RiskLevel | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_level_type_0 = RiskLevel(data)

                return risk_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskLevel | str, data)

        risk_level = _parse_risk_level(d.pop("riskLevel"))

        risk_assessment = cls(
            risk_score=risk_score,
            risk_level=risk_level,
        )

        risk_assessment.additional_properties = d
        return risk_assessment

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
