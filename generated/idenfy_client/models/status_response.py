from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.document_status import DocumentStatus
from ..models.face_status import FaceStatus
from ..models.fraud_tag import FraudTag
from ..models.identification_status import IdentificationStatus
from ..models.mismatch_tag import MismatchTag
from ..types import UNSET, Unset

T = TypeVar("T", bound="StatusResponse")


@_attrs_define
class StatusResponse:
    """Status of one verification. The 2021 response had `status`, `scanRef`, `clientId`; newer responses add the
    automatic and manual face/document results and the tags. `manualDocument`/`manualFace` are "empty if not
    reviewed yet".

        Attributes:
            status (IdentificationStatus | str):
            scan_ref (str): The verification (max 36 in the 2021 table, <= 40 in the token docs).
            client_id (str): The partner's client id.
            auto_document (DocumentStatus | None | str | Unset): Automatic document result.
            auto_face (FaceStatus | None | str | Unset): Automatic face result.
            manual_document (DocumentStatus | None | str | Unset): Manual document result; empty until reviewed.
            manual_face (FaceStatus | None | str | Unset): Manual face result; empty until reviewed.
            fraud_tags (list[FraudTag | str] | Unset): Fraud tags (open list).
            mismatch_tags (list[MismatchTag | str] | Unset): Mismatch tags (open list).
    """

    status: IdentificationStatus | str
    scan_ref: str
    client_id: str
    auto_document: DocumentStatus | None | str | Unset = UNSET
    auto_face: FaceStatus | None | str | Unset = UNSET
    manual_document: DocumentStatus | None | str | Unset = UNSET
    manual_face: FaceStatus | None | str | Unset = UNSET
    fraud_tags: list[FraudTag | str] | Unset = UNSET
    mismatch_tags: list[MismatchTag | str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status: str
        if isinstance(self.status, IdentificationStatus):
            status = self.status.value
        else:
            status = self.status

        scan_ref = self.scan_ref

        client_id = self.client_id

        auto_document: None | str | Unset
        if isinstance(self.auto_document, Unset):
            auto_document = UNSET
        elif isinstance(self.auto_document, DocumentStatus):
            auto_document = self.auto_document.value
        else:
            auto_document = self.auto_document

        auto_face: None | str | Unset
        if isinstance(self.auto_face, Unset):
            auto_face = UNSET
        elif isinstance(self.auto_face, FaceStatus):
            auto_face = self.auto_face.value
        else:
            auto_face = self.auto_face

        manual_document: None | str | Unset
        if isinstance(self.manual_document, Unset):
            manual_document = UNSET
        elif isinstance(self.manual_document, DocumentStatus):
            manual_document = self.manual_document.value
        else:
            manual_document = self.manual_document

        manual_face: None | str | Unset
        if isinstance(self.manual_face, Unset):
            manual_face = UNSET
        elif isinstance(self.manual_face, FaceStatus):
            manual_face = self.manual_face.value
        else:
            manual_face = self.manual_face

        fraud_tags: list[str] | Unset = UNSET
        if not isinstance(self.fraud_tags, Unset):
            fraud_tags = []
            for fraud_tags_item_data in self.fraud_tags:
                fraud_tags_item: str
                if isinstance(fraud_tags_item_data, FraudTag):
                    fraud_tags_item = fraud_tags_item_data.value
                else:
                    fraud_tags_item = fraud_tags_item_data
                fraud_tags.append(fraud_tags_item)

        mismatch_tags: list[str] | Unset = UNSET
        if not isinstance(self.mismatch_tags, Unset):
            mismatch_tags = []
            for mismatch_tags_item_data in self.mismatch_tags:
                mismatch_tags_item: str
                if isinstance(mismatch_tags_item_data, MismatchTag):
                    mismatch_tags_item = mismatch_tags_item_data.value
                else:
                    mismatch_tags_item = mismatch_tags_item_data
                mismatch_tags.append(mismatch_tags_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "scanRef": scan_ref,
                "clientId": client_id,
            }
        )
        if auto_document is not UNSET:
            field_dict["autoDocument"] = auto_document
        if auto_face is not UNSET:
            field_dict["autoFace"] = auto_face
        if manual_document is not UNSET:
            field_dict["manualDocument"] = manual_document
        if manual_face is not UNSET:
            field_dict["manualFace"] = manual_face
        if fraud_tags is not UNSET:
            field_dict["fraudTags"] = fraud_tags
        if mismatch_tags is not UNSET:
            field_dict["mismatchTags"] = mismatch_tags

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_status(data: object) -> IdentificationStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = IdentificationStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdentificationStatus | str, data)

        status = _parse_status(d.pop("status"))

        scan_ref = d.pop("scanRef")

        client_id = d.pop("clientId")

        def _parse_auto_document(data: object) -> DocumentStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                auto_document_type_0 = DocumentStatus(data)

                return auto_document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentStatus | None | str | Unset, data)

        auto_document = _parse_auto_document(d.pop("autoDocument", UNSET))

        def _parse_auto_face(data: object) -> FaceStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                auto_face_type_0 = FaceStatus(data)

                return auto_face_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FaceStatus | None | str | Unset, data)

        auto_face = _parse_auto_face(d.pop("autoFace", UNSET))

        def _parse_manual_document(data: object) -> DocumentStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manual_document_type_0 = DocumentStatus(data)

                return manual_document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentStatus | None | str | Unset, data)

        manual_document = _parse_manual_document(d.pop("manualDocument", UNSET))

        def _parse_manual_face(data: object) -> FaceStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manual_face_type_0 = FaceStatus(data)

                return manual_face_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FaceStatus | None | str | Unset, data)

        manual_face = _parse_manual_face(d.pop("manualFace", UNSET))

        _fraud_tags = d.pop("fraudTags", UNSET)
        fraud_tags: list[FraudTag | str] | Unset = UNSET
        if _fraud_tags is not UNSET:
            fraud_tags = []
            for fraud_tags_item_data in _fraud_tags:

                def _parse_fraud_tags_item(data: object) -> FraudTag | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        fraud_tags_item_type_0 = FraudTag(data)

                        return fraud_tags_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(FraudTag | str, data)

                fraud_tags_item = _parse_fraud_tags_item(fraud_tags_item_data)

                fraud_tags.append(fraud_tags_item)

        _mismatch_tags = d.pop("mismatchTags", UNSET)
        mismatch_tags: list[MismatchTag | str] | Unset = UNSET
        if _mismatch_tags is not UNSET:
            mismatch_tags = []
            for mismatch_tags_item_data in _mismatch_tags:

                def _parse_mismatch_tags_item(data: object) -> MismatchTag | str:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        mismatch_tags_item_type_0 = MismatchTag(data)

                        return mismatch_tags_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(MismatchTag | str, data)

                mismatch_tags_item = _parse_mismatch_tags_item(mismatch_tags_item_data)

                mismatch_tags.append(mismatch_tags_item)

        status_response = cls(
            status=status,
            scan_ref=scan_ref,
            client_id=client_id,
            auto_document=auto_document,
            auto_face=auto_face,
            manual_document=manual_document,
            manual_face=manual_face,
            fraud_tags=fraud_tags,
            mismatch_tags=mismatch_tags,
        )

        status_response.additional_properties = d
        return status_response

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
