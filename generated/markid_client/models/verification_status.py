from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.additional_step_status import AdditionalStepStatus
from ..models.aml_screening_status import AmlScreeningStatus
from ..models.document_status import DocumentStatus
from ..models.face_status import FaceStatus
from ..models.fraud_tag import FraudTag
from ..models.identification_status import IdentificationStatus
from ..models.mismatch_tag import MismatchTag
from ..types import UNSET, Unset

T = TypeVar("T", bound="VerificationStatus")


@_attrs_define
class VerificationStatus:
    """The `status` object of the webhook. Manual results are null until a reviewer decided.

    Attributes:
        overall (IdentificationStatus | str):
        fraud_tags (list[FraudTag | str]): Why the verification was SUSPECTED (open list; new tags may appear).
        mismatch_tags (list[MismatchTag | str]): Where the partner's data differs from the document (open list; new tags
            may appear).
        auto_face (FaceStatus | str):
        manual_face (FaceStatus | None | str): Manual face result; null until reviewed.
        auto_document (DocumentStatus | str):
        manual_document (DocumentStatus | None | str): Manual document result; null until reviewed.
        additional_steps (AdditionalStepStatus | None | str): Result of the additional steps.
        suspicion_reasons (list[str] | Unset): Legacy (2021) list of suspicion reasons, still present in examples.
        deny_reasons (list[str] | Unset): Legacy list of deny reasons.
        aml_result_class (None | str | Unset): Legacy AML result class.
        peps_status (AmlScreeningStatus | None | str | Unset): Legacy PEP screening status.
        sanctions_status (AmlScreeningStatus | None | str | Unset): Legacy sanctions screening status.
        adverse_media_status (AmlScreeningStatus | None | str | Unset): Legacy adverse-media screening status.
    """

    overall: IdentificationStatus | str
    fraud_tags: list[FraudTag | str]
    mismatch_tags: list[MismatchTag | str]
    auto_face: FaceStatus | str
    manual_face: FaceStatus | None | str
    auto_document: DocumentStatus | str
    manual_document: DocumentStatus | None | str
    additional_steps: AdditionalStepStatus | None | str
    suspicion_reasons: list[str] | Unset = UNSET
    deny_reasons: list[str] | Unset = UNSET
    aml_result_class: None | str | Unset = UNSET
    peps_status: AmlScreeningStatus | None | str | Unset = UNSET
    sanctions_status: AmlScreeningStatus | None | str | Unset = UNSET
    adverse_media_status: AmlScreeningStatus | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        overall: str
        if isinstance(self.overall, IdentificationStatus):
            overall = self.overall.value
        else:
            overall = self.overall

        fraud_tags = []
        for fraud_tags_item_data in self.fraud_tags:
            fraud_tags_item: str
            if isinstance(fraud_tags_item_data, FraudTag):
                fraud_tags_item = fraud_tags_item_data.value
            else:
                fraud_tags_item = fraud_tags_item_data
            fraud_tags.append(fraud_tags_item)

        mismatch_tags = []
        for mismatch_tags_item_data in self.mismatch_tags:
            mismatch_tags_item: str
            if isinstance(mismatch_tags_item_data, MismatchTag):
                mismatch_tags_item = mismatch_tags_item_data.value
            else:
                mismatch_tags_item = mismatch_tags_item_data
            mismatch_tags.append(mismatch_tags_item)

        auto_face: str
        if isinstance(self.auto_face, FaceStatus):
            auto_face = self.auto_face.value
        else:
            auto_face = self.auto_face

        manual_face: None | str
        if isinstance(self.manual_face, FaceStatus):
            manual_face = self.manual_face.value
        else:
            manual_face = self.manual_face

        auto_document: str
        if isinstance(self.auto_document, DocumentStatus):
            auto_document = self.auto_document.value
        else:
            auto_document = self.auto_document

        manual_document: None | str
        if isinstance(self.manual_document, DocumentStatus):
            manual_document = self.manual_document.value
        else:
            manual_document = self.manual_document

        additional_steps: None | str
        if isinstance(self.additional_steps, AdditionalStepStatus):
            additional_steps = self.additional_steps.value
        else:
            additional_steps = self.additional_steps

        suspicion_reasons: list[str] | Unset = UNSET
        if not isinstance(self.suspicion_reasons, Unset):
            suspicion_reasons = self.suspicion_reasons

        deny_reasons: list[str] | Unset = UNSET
        if not isinstance(self.deny_reasons, Unset):
            deny_reasons = self.deny_reasons

        aml_result_class: None | str | Unset
        if isinstance(self.aml_result_class, Unset):
            aml_result_class = UNSET
        else:
            aml_result_class = self.aml_result_class

        peps_status: None | str | Unset
        if isinstance(self.peps_status, Unset):
            peps_status = UNSET
        elif isinstance(self.peps_status, AmlScreeningStatus):
            peps_status = self.peps_status.value
        else:
            peps_status = self.peps_status

        sanctions_status: None | str | Unset
        if isinstance(self.sanctions_status, Unset):
            sanctions_status = UNSET
        elif isinstance(self.sanctions_status, AmlScreeningStatus):
            sanctions_status = self.sanctions_status.value
        else:
            sanctions_status = self.sanctions_status

        adverse_media_status: None | str | Unset
        if isinstance(self.adverse_media_status, Unset):
            adverse_media_status = UNSET
        elif isinstance(self.adverse_media_status, AmlScreeningStatus):
            adverse_media_status = self.adverse_media_status.value
        else:
            adverse_media_status = self.adverse_media_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "overall": overall,
                "fraudTags": fraud_tags,
                "mismatchTags": mismatch_tags,
                "autoFace": auto_face,
                "manualFace": manual_face,
                "autoDocument": auto_document,
                "manualDocument": manual_document,
                "additionalSteps": additional_steps,
            }
        )
        if suspicion_reasons is not UNSET:
            field_dict["suspicionReasons"] = suspicion_reasons
        if deny_reasons is not UNSET:
            field_dict["denyReasons"] = deny_reasons
        if aml_result_class is not UNSET:
            field_dict["amlResultClass"] = aml_result_class
        if peps_status is not UNSET:
            field_dict["pepsStatus"] = peps_status
        if sanctions_status is not UNSET:
            field_dict["sanctionsStatus"] = sanctions_status
        if adverse_media_status is not UNSET:
            field_dict["adverseMediaStatus"] = adverse_media_status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_overall(data: object) -> IdentificationStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                overall_type_0 = IdentificationStatus(data)

                return overall_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdentificationStatus | str, data)

        overall = _parse_overall(d.pop("overall"))

        fraud_tags = []
        _fraud_tags = d.pop("fraudTags")
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

        mismatch_tags = []
        _mismatch_tags = d.pop("mismatchTags")
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

        def _parse_auto_face(data: object) -> FaceStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                auto_face_type_0 = FaceStatus(data)

                return auto_face_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FaceStatus | str, data)

        auto_face = _parse_auto_face(d.pop("autoFace"))

        def _parse_manual_face(data: object) -> FaceStatus | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manual_face_type_0 = FaceStatus(data)

                return manual_face_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FaceStatus | None | str, data)

        manual_face = _parse_manual_face(d.pop("manualFace"))

        def _parse_auto_document(data: object) -> DocumentStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                auto_document_type_0 = DocumentStatus(data)

                return auto_document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentStatus | str, data)

        auto_document = _parse_auto_document(d.pop("autoDocument"))

        def _parse_manual_document(data: object) -> DocumentStatus | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manual_document_type_0 = DocumentStatus(data)

                return manual_document_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentStatus | None | str, data)

        manual_document = _parse_manual_document(d.pop("manualDocument"))

        def _parse_additional_steps(data: object) -> AdditionalStepStatus | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                additional_steps_type_0 = AdditionalStepStatus(data)

                return additional_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdditionalStepStatus | None | str, data)

        additional_steps = _parse_additional_steps(d.pop("additionalSteps"))

        suspicion_reasons = cast(list[str], d.pop("suspicionReasons", UNSET))

        deny_reasons = cast(list[str], d.pop("denyReasons", UNSET))

        def _parse_aml_result_class(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aml_result_class = _parse_aml_result_class(d.pop("amlResultClass", UNSET))

        def _parse_peps_status(data: object) -> AmlScreeningStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                peps_status_type_0 = AmlScreeningStatus(data)

                return peps_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmlScreeningStatus | None | str | Unset, data)

        peps_status = _parse_peps_status(d.pop("pepsStatus", UNSET))

        def _parse_sanctions_status(data: object) -> AmlScreeningStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sanctions_status_type_0 = AmlScreeningStatus(data)

                return sanctions_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmlScreeningStatus | None | str | Unset, data)

        sanctions_status = _parse_sanctions_status(d.pop("sanctionsStatus", UNSET))

        def _parse_adverse_media_status(data: object) -> AmlScreeningStatus | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                adverse_media_status_type_0 = AmlScreeningStatus(data)

                return adverse_media_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmlScreeningStatus | None | str | Unset, data)

        adverse_media_status = _parse_adverse_media_status(d.pop("adverseMediaStatus", UNSET))

        verification_status = cls(
            overall=overall,
            fraud_tags=fraud_tags,
            mismatch_tags=mismatch_tags,
            auto_face=auto_face,
            manual_face=manual_face,
            auto_document=auto_document,
            manual_document=manual_document,
            additional_steps=additional_steps,
            suspicion_reasons=suspicion_reasons,
            deny_reasons=deny_reasons,
            aml_result_class=aml_result_class,
            peps_status=peps_status,
            sanctions_status=sanctions_status,
            adverse_media_status=adverse_media_status,
        )

        verification_status.additional_properties = d
        return verification_status

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
