from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.error_identifier import ErrorIdentifier
from ..models.error_severity import ErrorSeverity
from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The standard iDenfy error body. Only `message` is guaranteed: the 401/402/403 failures of the token
    endpoint carry no `identifier`, and `documentation`/`severity` appear in the full examples only.

        Attributes:
            message (str): Human-readable description of the problem.
            identifier (ErrorIdentifier | str | Unset): Error constant. Known values are listed in `ErrorIdentifier`;
                unknown ones (e.g. `PARTNER_ERROR` before it was seen) are accepted as plain strings.
            documentation (str | Unset): Link to the documentation, or empty. Seen values:
                "https://github.com/idenfy/Documentation" (2021), "https://documentation.idenfy.com", "" (newest).
            severity (ErrorSeverity | str | Unset): Severity of the error. Only `NOT_SEVERE` has ever been seen; other
                values are accepted as plain strings.
    """

    message: str
    identifier: ErrorIdentifier | str | Unset = UNSET
    documentation: str | Unset = UNSET
    severity: ErrorSeverity | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        identifier: str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        elif isinstance(self.identifier, ErrorIdentifier):
            identifier = self.identifier.value
        else:
            identifier = self.identifier

        documentation = self.documentation

        severity: str | Unset
        if isinstance(self.severity, Unset):
            severity = UNSET
        elif isinstance(self.severity, ErrorSeverity):
            severity = self.severity.value
        else:
            severity = self.severity

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if documentation is not UNSET:
            field_dict["documentation"] = documentation
        if severity is not UNSET:
            field_dict["severity"] = severity

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        message = d.pop("message")

        def _parse_identifier(data: object) -> ErrorIdentifier | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                identifier_type_0 = ErrorIdentifier(data)

                return identifier_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorIdentifier | str | Unset, data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        documentation = d.pop("documentation", UNSET)

        def _parse_severity(data: object) -> ErrorSeverity | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                severity_type_0 = ErrorSeverity(data)

                return severity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ErrorSeverity | str | Unset, data)

        severity = _parse_severity(d.pop("severity", UNSET))

        error = cls(
            message=message,
            identifier=identifier,
            documentation=documentation,
            severity=severity,
        )

        error.additional_properties = d
        return error

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
