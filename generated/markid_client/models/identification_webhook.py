from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.platform import Platform
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_verification import AddressVerification
    from ..models.aml_check_v3 import AmlCheckV3
    from ..models.bank_card_verification import BankCardVerification
    from ..models.bank_verification import BankVerification
    from ..models.driver_license_check import DriverLicenseCheck
    from ..models.email_verification import EmailVerification
    from ..models.file_urls import FileUrls
    from ..models.identification_webhook_additional_step_pdf_urls_type_0 import (
        IdentificationWebhookAdditionalStepPdfUrlsType0,
    )
    from ..models.identification_webhook_additional_steps_type_0 import IdentificationWebhookAdditionalStepsType0
    from ..models.identification_webhook_data import IdentificationWebhookData
    from ..models.lid_result import LidResult
    from ..models.phone_verification import PhoneVerification
    from ..models.questionnaire_answers import QuestionnaireAnswers
    from ..models.registry_center_check import RegistryCenterCheck
    from ..models.risk_assessment import RiskAssessment
    from ..models.service_check_result import ServiceCheckResult
    from ..models.verification_status import VerificationStatus


T = TypeVar("T", bound="IdentificationWebhook")


@_attrs_define
class IdentificationWebhook:
    """Body of the verification-result webhook (event types in `IdentificationEventType`). Follows iDenfy's 2026
    schema (`IdentificationWebhook`): the properties it requires that every published payload of the vendor carries
    are required here too (a receiver can rely on them); `companyId`/`beneficiaryId`, which the 2026 schema requires
    but the vendor's 2022 example lacks, stay optional and nullable (the sandbox sends them, null); the
    AML/registry-centre sub-objects are kept open. The 2021 docs spell `aml`/`lid` in lower case; payloads use
    `AML`/`LID`.

        Attributes:
            final (bool): True when this is (most likely) the last webhook of the verification; false when a manual review
                will follow.
            platform (Platform | str):
            status (VerificationStatus): The `status` object of the webhook. Manual results are null until a reviewer
                decided.
            data (IdentificationWebhookData): The `data` object of the verification-result webhook: `VerificationData` with
                the properties iDenfy's 2026
                schema (`IdentificationDataWebhook`) requires and the vendor's 2022 example carries; each may be null. The
                2026 schema also requires orgAddress, orgAuthority, orgBirthName, orgFirstName, orgLastName,
                orgMothersMaidenName, orgPatronymic and orgTemporaryAddress, which the 2022 example lacks: they stay
                optional (the sandbox sends them, null).
            file_urls (FileUrls | None): Photo and video URLs.
            scan_ref (str): The verification. The webhook tables say max length 36; the token docs allow 40, so 40 is
                accepted.
            client_id (str): The partner's client id.
            start_time (int): Unix time (seconds) when the client started.
            finish_time (int): Unix time (seconds) of the automatic decision.
            client_ip (None | str): Client's IP address.
            client_ip_country (None | str): Country of the client's IP address, alpha-2.
            client_location (None | str): Location from the IP address, e.g. "Kaunas, Lithuania" (max 39 in the 2022 table,
                100 in the 2026 schema).
            additional_step_pdf_urls (IdentificationWebhookAdditionalStepPdfUrlsType0 | None | Unset): URLs of PDF files
                uploaded in additional steps, by step name.
            aml (list[ServiceCheckResult] | None | Unset): Legacy (v2) AML results; use `amlCheck` (v3) where enabled.
            aml_check (AmlCheckV3 | None | Unset): AML v3 result.
            lid (list[LidResult] | None | Unset): Lost/invalid documents (LID) results.
            criminal_check (list[ServiceCheckResult] | None | Unset): Criminal-record check results.
            external_ref (None | str | Unset): The partner's `externalRef` from the token request.
            company_id (None | str | Unset): KYB company linked to the verification (required by iDenfy's 2026 schema).
            beneficiary_id (None | str | Unset): KYB beneficiary linked to the verification (required by iDenfy's 2026
                schema).
            gdc_match (bool | None | Unset): Whether the additional data matched a global data source.
            manual_address (None | str | Unset): Address read from a utility bill.
            manual_address_match (bool | Unset): Whether the document's address matched the partner's address after the
                manual check.
            registry_center_check (None | RegistryCenterCheck | Unset): Registry-centre check.
            address_verification (AddressVerification | None | Unset): Address verification.
            questionnaire_answers (None | QuestionnaireAnswers | Unset): Answers to the questionnaire.
            risk_assessment (None | RiskAssessment | Unset): Risk assessment.
            bank_verification (BankVerification | None | Unset): Bank verification.
            email_verification (EmailVerification | None | Unset): E-mail verification.
            phone_verification (None | PhoneVerification | Unset): Phone verification.
            driver_license_check (DriverLicenseCheck | None | Unset): Driver-licence registry check.
            bank_card_verification (BankCardVerification | None | Unset): Bank-card verification.
            additional_steps (IdentificationWebhookAdditionalStepsType0 | None | Unset): Type of each additional step by
                step name.
    """

    final: bool
    platform: Platform | str
    status: VerificationStatus
    data: IdentificationWebhookData
    file_urls: FileUrls | None
    scan_ref: str
    client_id: str
    start_time: int
    finish_time: int
    client_ip: None | str
    client_ip_country: None | str
    client_location: None | str
    additional_step_pdf_urls: IdentificationWebhookAdditionalStepPdfUrlsType0 | None | Unset = UNSET
    aml: list[ServiceCheckResult] | None | Unset = UNSET
    aml_check: AmlCheckV3 | None | Unset = UNSET
    lid: list[LidResult] | None | Unset = UNSET
    criminal_check: list[ServiceCheckResult] | None | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    company_id: None | str | Unset = UNSET
    beneficiary_id: None | str | Unset = UNSET
    gdc_match: bool | None | Unset = UNSET
    manual_address: None | str | Unset = UNSET
    manual_address_match: bool | Unset = UNSET
    registry_center_check: None | RegistryCenterCheck | Unset = UNSET
    address_verification: AddressVerification | None | Unset = UNSET
    questionnaire_answers: None | QuestionnaireAnswers | Unset = UNSET
    risk_assessment: None | RiskAssessment | Unset = UNSET
    bank_verification: BankVerification | None | Unset = UNSET
    email_verification: EmailVerification | None | Unset = UNSET
    phone_verification: None | PhoneVerification | Unset = UNSET
    driver_license_check: DriverLicenseCheck | None | Unset = UNSET
    bank_card_verification: BankCardVerification | None | Unset = UNSET
    additional_steps: IdentificationWebhookAdditionalStepsType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address_verification import AddressVerification  # noqa: PLC0415
        from ..models.aml_check_v3 import AmlCheckV3  # noqa: PLC0415
        from ..models.bank_card_verification import BankCardVerification  # noqa: PLC0415
        from ..models.bank_verification import BankVerification  # noqa: PLC0415
        from ..models.driver_license_check import DriverLicenseCheck  # noqa: PLC0415
        from ..models.email_verification import EmailVerification  # noqa: PLC0415
        from ..models.file_urls import FileUrls  # noqa: PLC0415
        from ..models.identification_webhook_additional_step_pdf_urls_type_0 import (
            IdentificationWebhookAdditionalStepPdfUrlsType0,  # noqa: PLC0415
        )
        from ..models.identification_webhook_additional_steps_type_0 import IdentificationWebhookAdditionalStepsType0  # noqa: PLC0415
        from ..models.phone_verification import PhoneVerification  # noqa: PLC0415
        from ..models.questionnaire_answers import QuestionnaireAnswers  # noqa: PLC0415
        from ..models.registry_center_check import RegistryCenterCheck  # noqa: PLC0415
        from ..models.risk_assessment import RiskAssessment  # noqa: PLC0415

        final = self.final

        platform: str
        if isinstance(self.platform, Platform):
            platform = self.platform.value
        else:
            platform = self.platform

        status = self.status.to_dict()

        data = self.data.to_dict()

        file_urls: dict[str, Any] | None
        if isinstance(self.file_urls, FileUrls):
            file_urls = self.file_urls.to_dict()
        else:
            file_urls = self.file_urls

        scan_ref = self.scan_ref

        client_id = self.client_id

        start_time = self.start_time

        finish_time = self.finish_time

        client_ip: None | str
        client_ip = self.client_ip

        client_ip_country: None | str
        client_ip_country = self.client_ip_country

        client_location: None | str
        client_location = self.client_location

        additional_step_pdf_urls: dict[str, Any] | None | Unset
        if isinstance(self.additional_step_pdf_urls, Unset):
            additional_step_pdf_urls = UNSET
        elif isinstance(self.additional_step_pdf_urls, IdentificationWebhookAdditionalStepPdfUrlsType0):
            additional_step_pdf_urls = self.additional_step_pdf_urls.to_dict()
        else:
            additional_step_pdf_urls = self.additional_step_pdf_urls

        aml: list[dict[str, Any]] | None | Unset
        if isinstance(self.aml, Unset):
            aml = UNSET
        elif isinstance(self.aml, list):
            aml = []
            for aml_type_0_item_data in self.aml:
                aml_type_0_item = aml_type_0_item_data.to_dict()
                aml.append(aml_type_0_item)

        else:
            aml = self.aml

        aml_check: dict[str, Any] | None | Unset
        if isinstance(self.aml_check, Unset):
            aml_check = UNSET
        elif isinstance(self.aml_check, AmlCheckV3):
            aml_check = self.aml_check.to_dict()
        else:
            aml_check = self.aml_check

        lid: list[dict[str, Any]] | None | Unset
        if isinstance(self.lid, Unset):
            lid = UNSET
        elif isinstance(self.lid, list):
            lid = []
            for lid_type_0_item_data in self.lid:
                lid_type_0_item = lid_type_0_item_data.to_dict()
                lid.append(lid_type_0_item)

        else:
            lid = self.lid

        criminal_check: list[dict[str, Any]] | None | Unset
        if isinstance(self.criminal_check, Unset):
            criminal_check = UNSET
        elif isinstance(self.criminal_check, list):
            criminal_check = []
            for criminal_check_type_0_item_data in self.criminal_check:
                criminal_check_type_0_item = criminal_check_type_0_item_data.to_dict()
                criminal_check.append(criminal_check_type_0_item)

        else:
            criminal_check = self.criminal_check

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

        beneficiary_id: None | str | Unset
        if isinstance(self.beneficiary_id, Unset):
            beneficiary_id = UNSET
        else:
            beneficiary_id = self.beneficiary_id

        gdc_match: bool | None | Unset
        if isinstance(self.gdc_match, Unset):
            gdc_match = UNSET
        else:
            gdc_match = self.gdc_match

        manual_address: None | str | Unset
        if isinstance(self.manual_address, Unset):
            manual_address = UNSET
        else:
            manual_address = self.manual_address

        manual_address_match = self.manual_address_match

        registry_center_check: dict[str, Any] | None | Unset
        if isinstance(self.registry_center_check, Unset):
            registry_center_check = UNSET
        elif isinstance(self.registry_center_check, RegistryCenterCheck):
            registry_center_check = self.registry_center_check.to_dict()
        else:
            registry_center_check = self.registry_center_check

        address_verification: dict[str, Any] | None | Unset
        if isinstance(self.address_verification, Unset):
            address_verification = UNSET
        elif isinstance(self.address_verification, AddressVerification):
            address_verification = self.address_verification.to_dict()
        else:
            address_verification = self.address_verification

        questionnaire_answers: dict[str, Any] | None | Unset
        if isinstance(self.questionnaire_answers, Unset):
            questionnaire_answers = UNSET
        elif isinstance(self.questionnaire_answers, QuestionnaireAnswers):
            questionnaire_answers = self.questionnaire_answers.to_dict()
        else:
            questionnaire_answers = self.questionnaire_answers

        risk_assessment: dict[str, Any] | None | Unset
        if isinstance(self.risk_assessment, Unset):
            risk_assessment = UNSET
        elif isinstance(self.risk_assessment, RiskAssessment):
            risk_assessment = self.risk_assessment.to_dict()
        else:
            risk_assessment = self.risk_assessment

        bank_verification: dict[str, Any] | None | Unset
        if isinstance(self.bank_verification, Unset):
            bank_verification = UNSET
        elif isinstance(self.bank_verification, BankVerification):
            bank_verification = self.bank_verification.to_dict()
        else:
            bank_verification = self.bank_verification

        email_verification: dict[str, Any] | None | Unset
        if isinstance(self.email_verification, Unset):
            email_verification = UNSET
        elif isinstance(self.email_verification, EmailVerification):
            email_verification = self.email_verification.to_dict()
        else:
            email_verification = self.email_verification

        phone_verification: dict[str, Any] | None | Unset
        if isinstance(self.phone_verification, Unset):
            phone_verification = UNSET
        elif isinstance(self.phone_verification, PhoneVerification):
            phone_verification = self.phone_verification.to_dict()
        else:
            phone_verification = self.phone_verification

        driver_license_check: dict[str, Any] | None | Unset
        if isinstance(self.driver_license_check, Unset):
            driver_license_check = UNSET
        elif isinstance(self.driver_license_check, DriverLicenseCheck):
            driver_license_check = self.driver_license_check.to_dict()
        else:
            driver_license_check = self.driver_license_check

        bank_card_verification: dict[str, Any] | None | Unset
        if isinstance(self.bank_card_verification, Unset):
            bank_card_verification = UNSET
        elif isinstance(self.bank_card_verification, BankCardVerification):
            bank_card_verification = self.bank_card_verification.to_dict()
        else:
            bank_card_verification = self.bank_card_verification

        additional_steps: dict[str, Any] | None | Unset
        if isinstance(self.additional_steps, Unset):
            additional_steps = UNSET
        elif isinstance(self.additional_steps, IdentificationWebhookAdditionalStepsType0):
            additional_steps = self.additional_steps.to_dict()
        else:
            additional_steps = self.additional_steps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "final": final,
                "platform": platform,
                "status": status,
                "data": data,
                "fileUrls": file_urls,
                "scanRef": scan_ref,
                "clientId": client_id,
                "startTime": start_time,
                "finishTime": finish_time,
                "clientIp": client_ip,
                "clientIpCountry": client_ip_country,
                "clientLocation": client_location,
            }
        )
        if additional_step_pdf_urls is not UNSET:
            field_dict["additionalStepPdfUrls"] = additional_step_pdf_urls
        if aml is not UNSET:
            field_dict["AML"] = aml
        if aml_check is not UNSET:
            field_dict["amlCheck"] = aml_check
        if lid is not UNSET:
            field_dict["LID"] = lid
        if criminal_check is not UNSET:
            field_dict["CRIMINAL_CHECK"] = criminal_check
        if external_ref is not UNSET:
            field_dict["externalRef"] = external_ref
        if company_id is not UNSET:
            field_dict["companyId"] = company_id
        if beneficiary_id is not UNSET:
            field_dict["beneficiaryId"] = beneficiary_id
        if gdc_match is not UNSET:
            field_dict["gdcMatch"] = gdc_match
        if manual_address is not UNSET:
            field_dict["manualAddress"] = manual_address
        if manual_address_match is not UNSET:
            field_dict["manualAddressMatch"] = manual_address_match
        if registry_center_check is not UNSET:
            field_dict["registryCenterCheck"] = registry_center_check
        if address_verification is not UNSET:
            field_dict["addressVerification"] = address_verification
        if questionnaire_answers is not UNSET:
            field_dict["questionnaireAnswers"] = questionnaire_answers
        if risk_assessment is not UNSET:
            field_dict["riskAssessment"] = risk_assessment
        if bank_verification is not UNSET:
            field_dict["bankVerification"] = bank_verification
        if email_verification is not UNSET:
            field_dict["emailVerification"] = email_verification
        if phone_verification is not UNSET:
            field_dict["phoneVerification"] = phone_verification
        if driver_license_check is not UNSET:
            field_dict["driverLicenseCheck"] = driver_license_check
        if bank_card_verification is not UNSET:
            field_dict["bankCardVerification"] = bank_card_verification
        if additional_steps is not UNSET:
            field_dict["additionalSteps"] = additional_steps

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_verification import AddressVerification  # noqa: PLC0415
        from ..models.aml_check_v3 import AmlCheckV3  # noqa: PLC0415
        from ..models.bank_card_verification import BankCardVerification  # noqa: PLC0415
        from ..models.bank_verification import BankVerification  # noqa: PLC0415
        from ..models.driver_license_check import DriverLicenseCheck  # noqa: PLC0415
        from ..models.email_verification import EmailVerification  # noqa: PLC0415
        from ..models.file_urls import FileUrls  # noqa: PLC0415
        from ..models.identification_webhook_additional_step_pdf_urls_type_0 import (
            IdentificationWebhookAdditionalStepPdfUrlsType0,  # noqa: PLC0415
        )
        from ..models.identification_webhook_additional_steps_type_0 import IdentificationWebhookAdditionalStepsType0  # noqa: PLC0415
        from ..models.identification_webhook_data import IdentificationWebhookData  # noqa: PLC0415
        from ..models.lid_result import LidResult  # noqa: PLC0415
        from ..models.phone_verification import PhoneVerification  # noqa: PLC0415
        from ..models.questionnaire_answers import QuestionnaireAnswers  # noqa: PLC0415
        from ..models.registry_center_check import RegistryCenterCheck  # noqa: PLC0415
        from ..models.risk_assessment import RiskAssessment  # noqa: PLC0415
        from ..models.service_check_result import ServiceCheckResult  # noqa: PLC0415
        from ..models.verification_status import VerificationStatus  # noqa: PLC0415

        d = dict(src_dict)
        final = d.pop("final")

        def _parse_platform(data: object) -> Platform | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                platform_type_0 = Platform(data)

                return platform_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Platform | str, data)

        platform = _parse_platform(d.pop("platform"))

        status = VerificationStatus.from_dict(d.pop("status"))

        data = IdentificationWebhookData.from_dict(d.pop("data"))

        def _parse_file_urls(data: object) -> FileUrls | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                file_urls_type_0 = FileUrls.from_dict(data)

                return file_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FileUrls | None, data)

        file_urls = _parse_file_urls(d.pop("fileUrls"))

        scan_ref = d.pop("scanRef")

        client_id = d.pop("clientId")

        start_time = d.pop("startTime")

        finish_time = d.pop("finishTime")

        def _parse_client_ip(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_ip = _parse_client_ip(d.pop("clientIp"))

        def _parse_client_ip_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_ip_country = _parse_client_ip_country(d.pop("clientIpCountry"))

        def _parse_client_location(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        client_location = _parse_client_location(d.pop("clientLocation"))

        def _parse_additional_step_pdf_urls(
            data: object,
        ) -> IdentificationWebhookAdditionalStepPdfUrlsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_step_pdf_urls_type_0 = IdentificationWebhookAdditionalStepPdfUrlsType0.from_dict(data)

                return additional_step_pdf_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdentificationWebhookAdditionalStepPdfUrlsType0 | None | Unset, data)

        additional_step_pdf_urls = _parse_additional_step_pdf_urls(d.pop("additionalStepPdfUrls", UNSET))

        def _parse_aml(data: object) -> list[ServiceCheckResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aml_type_0 = []
                _aml_type_0 = data
                for aml_type_0_item_data in _aml_type_0:
                    aml_type_0_item = ServiceCheckResult.from_dict(aml_type_0_item_data)

                    aml_type_0.append(aml_type_0_item)

                return aml_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ServiceCheckResult] | None | Unset, data)

        aml = _parse_aml(d.pop("AML", UNSET))

        def _parse_aml_check(data: object) -> AmlCheckV3 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                aml_check_type_0 = AmlCheckV3.from_dict(data)

                return aml_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmlCheckV3 | None | Unset, data)

        aml_check = _parse_aml_check(d.pop("amlCheck", UNSET))

        def _parse_lid(data: object) -> list[LidResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                lid_type_0 = []
                _lid_type_0 = data
                for lid_type_0_item_data in _lid_type_0:
                    lid_type_0_item = LidResult.from_dict(lid_type_0_item_data)

                    lid_type_0.append(lid_type_0_item)

                return lid_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[LidResult] | None | Unset, data)

        lid = _parse_lid(d.pop("LID", UNSET))

        def _parse_criminal_check(data: object) -> list[ServiceCheckResult] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                criminal_check_type_0 = []
                _criminal_check_type_0 = data
                for criminal_check_type_0_item_data in _criminal_check_type_0:
                    criminal_check_type_0_item = ServiceCheckResult.from_dict(criminal_check_type_0_item_data)

                    criminal_check_type_0.append(criminal_check_type_0_item)

                return criminal_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ServiceCheckResult] | None | Unset, data)

        criminal_check = _parse_criminal_check(d.pop("CRIMINAL_CHECK", UNSET))

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("externalRef", UNSET))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("companyId", UNSET))

        def _parse_beneficiary_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        beneficiary_id = _parse_beneficiary_id(d.pop("beneficiaryId", UNSET))

        def _parse_gdc_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gdc_match = _parse_gdc_match(d.pop("gdcMatch", UNSET))

        def _parse_manual_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manual_address = _parse_manual_address(d.pop("manualAddress", UNSET))

        manual_address_match = d.pop("manualAddressMatch", UNSET)

        def _parse_registry_center_check(data: object) -> None | RegistryCenterCheck | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                registry_center_check_type_0 = RegistryCenterCheck.from_dict(data)

                return registry_center_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RegistryCenterCheck | Unset, data)

        registry_center_check = _parse_registry_center_check(d.pop("registryCenterCheck", UNSET))

        def _parse_address_verification(data: object) -> AddressVerification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                address_verification_type_0 = AddressVerification.from_dict(data)

                return address_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AddressVerification | None | Unset, data)

        address_verification = _parse_address_verification(d.pop("addressVerification", UNSET))

        def _parse_questionnaire_answers(data: object) -> None | QuestionnaireAnswers | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                questionnaire_answers_type_0 = QuestionnaireAnswers.from_dict(data)

                return questionnaire_answers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | QuestionnaireAnswers | Unset, data)

        questionnaire_answers = _parse_questionnaire_answers(d.pop("questionnaireAnswers", UNSET))

        def _parse_risk_assessment(data: object) -> None | RiskAssessment | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                risk_assessment_type_0 = RiskAssessment.from_dict(data)

                return risk_assessment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskAssessment | Unset, data)

        risk_assessment = _parse_risk_assessment(d.pop("riskAssessment", UNSET))

        def _parse_bank_verification(data: object) -> BankVerification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bank_verification_type_0 = BankVerification.from_dict(data)

                return bank_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankVerification | None | Unset, data)

        bank_verification = _parse_bank_verification(d.pop("bankVerification", UNSET))

        def _parse_email_verification(data: object) -> EmailVerification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                email_verification_type_0 = EmailVerification.from_dict(data)

                return email_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmailVerification | None | Unset, data)

        email_verification = _parse_email_verification(d.pop("emailVerification", UNSET))

        def _parse_phone_verification(data: object) -> None | PhoneVerification | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                phone_verification_type_0 = PhoneVerification.from_dict(data)

                return phone_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PhoneVerification | Unset, data)

        phone_verification = _parse_phone_verification(d.pop("phoneVerification", UNSET))

        def _parse_driver_license_check(data: object) -> DriverLicenseCheck | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                driver_license_check_type_0 = DriverLicenseCheck.from_dict(data)

                return driver_license_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DriverLicenseCheck | None | Unset, data)

        driver_license_check = _parse_driver_license_check(d.pop("driverLicenseCheck", UNSET))

        def _parse_bank_card_verification(data: object) -> BankCardVerification | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                bank_card_verification_type_0 = BankCardVerification.from_dict(data)

                return bank_card_verification_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankCardVerification | None | Unset, data)

        bank_card_verification = _parse_bank_card_verification(d.pop("bankCardVerification", UNSET))

        def _parse_additional_steps(data: object) -> IdentificationWebhookAdditionalStepsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_steps_type_0 = IdentificationWebhookAdditionalStepsType0.from_dict(data)

                return additional_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(IdentificationWebhookAdditionalStepsType0 | None | Unset, data)

        additional_steps = _parse_additional_steps(d.pop("additionalSteps", UNSET))

        identification_webhook = cls(
            final=final,
            platform=platform,
            status=status,
            data=data,
            file_urls=file_urls,
            scan_ref=scan_ref,
            client_id=client_id,
            start_time=start_time,
            finish_time=finish_time,
            client_ip=client_ip,
            client_ip_country=client_ip_country,
            client_location=client_location,
            additional_step_pdf_urls=additional_step_pdf_urls,
            aml=aml,
            aml_check=aml_check,
            lid=lid,
            criminal_check=criminal_check,
            external_ref=external_ref,
            company_id=company_id,
            beneficiary_id=beneficiary_id,
            gdc_match=gdc_match,
            manual_address=manual_address,
            manual_address_match=manual_address_match,
            registry_center_check=registry_center_check,
            address_verification=address_verification,
            questionnaire_answers=questionnaire_answers,
            risk_assessment=risk_assessment,
            bank_verification=bank_verification,
            email_verification=email_verification,
            phone_verification=phone_verification,
            driver_license_check=driver_license_check,
            bank_card_verification=bank_card_verification,
            additional_steps=additional_steps,
        )

        identification_webhook.additional_properties = d
        return identification_webhook

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
