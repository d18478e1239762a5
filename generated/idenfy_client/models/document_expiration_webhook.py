from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_expiration_threshold import DocumentExpirationThreshold

T = TypeVar("T", bound="DocumentExpirationWebhook")


@_attrs_define
class DocumentExpirationWebhook:
    """Body of the document-expiration webhook.

    Attributes:
        scan_ref (str):
        client_id (str):
        expiration_threshold (DocumentExpirationThreshold | str):
        document_expiration (str): Expiry date of the document (YYYY-MM-DD).
    """

    scan_ref: str
    client_id: str
    expiration_threshold: DocumentExpirationThreshold | str
    document_expiration: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_ref = self.scan_ref

        client_id = self.client_id

        expiration_threshold: str
        if isinstance(self.expiration_threshold, DocumentExpirationThreshold):
            expiration_threshold = self.expiration_threshold.value
        else:
            expiration_threshold = self.expiration_threshold

        document_expiration = self.document_expiration

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanRef": scan_ref,
                "clientId": client_id,
                "expirationThreshold": expiration_threshold,
                "documentExpiration": document_expiration,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        scan_ref = d.pop("scanRef")

        client_id = d.pop("clientId")

        def _parse_expiration_threshold(data: object) -> DocumentExpirationThreshold | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                expiration_threshold_type_0 = DocumentExpirationThreshold(data)

                return expiration_threshold_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentExpirationThreshold | str, data)

        expiration_threshold = _parse_expiration_threshold(d.pop("expirationThreshold"))

        document_expiration = d.pop("documentExpiration")

        document_expiration_webhook = cls(
            scan_ref=scan_ref,
            client_id=client_id,
            expiration_threshold=expiration_threshold,
            document_expiration=document_expiration,
        )

        document_expiration_webhook.additional_properties = d
        return document_expiration_webhook

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
