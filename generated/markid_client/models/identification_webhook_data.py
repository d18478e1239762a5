from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.age_estimate import AgeEstimate
from ..models.document_sex import DocumentSex
from ..models.kyc_document_type import KycDocumentType
from ..models.risk_level import RiskLevel
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.address_verification import AddressVerification
    from ..models.registry_center_check import RegistryCenterCheck
    from ..models.verification_data_additional_data_type_0 import VerificationDataAdditionalDataType0


T = TypeVar("T", bound="IdentificationWebhookData")


@_attrs_define
class IdentificationWebhookData:
    """The `data` object of the verification-result webhook: `VerificationData` with the properties iDenfy's 2026
    schema (`IdentificationDataWebhook`) requires and the vendor's 2022 example carries; each may be null. The
    2026 schema also requires orgAddress, orgAuthority, orgBirthName, orgFirstName, orgLastName,
    orgMothersMaidenName, orgPatronymic and orgTemporaryAddress, which the 2022 example lacks: they stay
    optional (the sandbox sends them, null).

        Attributes:
            doc_first_name (None | str): First name(s) on the document.
            doc_last_name (None | str): Last name(s) on the document.
            doc_number (None | str): Document number.
            doc_personal_code (None | str): Personal code on the document.
            doc_expiry (None | str): Document expiry date (YYYY-MM-DD).
            doc_dob (None | str): Date of birth (YYYY-MM-DD).
            doc_date_of_issue (None | str): Document issue date (YYYY-MM-DD).
            doc_type (KycDocumentType | None | str): Document type.
            doc_sex (DocumentSex | None | str): Sex on the document.
            doc_nationality (None | str): Nationality, alpha-2.
            doc_issuing_country (None | str): Issuing country, alpha-2.
            manually_data_changed (bool | None): Whether a reviewer changed any parsed data (false in automatic results).
            full_name (None | str): Full name.
            selected_country (None | str): Country selected by the client, alpha-2.
            org_nationality (None | str): Nationality in the original language.
            org_birth_place (None | str): Place of birth in the original language.
            age_estimate (AgeEstimate | None | str): Age group estimated from the selfie (liveness on).
            client_ip_proxy_risk_level (None | RiskLevel | str): Proxy risk of the client's IP (null unless enabled and
                final APPROVED).
            duplicate_faces (list[str] | None): scanRefs (each at most 36 characters) of other verifications with the same
                selfie face (null if none).
            duplicate_doc_faces (list[str] | None): scanRefs (each at most 36 characters) of other verifications with the
                same document face (null if none).
            birth_place (None | str | Unset): Place of birth.
            authority (None | str | Unset): Issuing authority.
            address (None | str | Unset): Address on the document.
            doc_temporary_address (None | str | Unset): Temporary address on the document.
            mothers_maiden_name (None | str | Unset): Mother's maiden name.
            doc_birth_name (None | str | Unset): Birth name.
            doc_patronymic (None | str | Unset): Patronymic.
            driver_license_category (None | str | Unset): Driving licence categories.
            org_first_name (None | str | Unset): First name in the original language.
            org_last_name (None | str | Unset): Last name in the original language.
            org_authority (None | str | Unset): Authority in the original language.
            org_address (None | str | Unset): Address in the original language.
            org_temporary_address (None | str | Unset): Temporary address in the original language.
            org_mothers_maiden_name (None | str | Unset): Mother's maiden name in the original language.
            org_patronymic (None | str | Unset): Patronymic in the original language.
            org_birth_name (None | str | Unset): Birth name in the original language.
            additional_data (None | Unset | VerificationDataAdditionalDataType0): Results of additional-step data, e.g.
                {"UTILITY_BILL": {"ssn": {"value": "...", "status": "MATCH"}}}.
            manual_address (None | str | Unset): Address read from a utility bill (seen inside `data` in the 2022 example;
                top level in the 2026 schema).
            manual_address_match (bool | None | Unset): Whether the document address matched the partner's address (seen
                inside `data` in the 2022 example).
            registry_center_check (None | RegistryCenterCheck | Unset): Registry-centre result (seen inside `data` in the GO
                client's example; top level in the 2026 schema).
            address_verification (AddressVerification | None | Unset): Address verification (seen inside `data` in the GO
                client's example; top level in the 2026 schema).
            scan_ref (str | Unset): The verification (in /api/v2/data responses).
            client_id (str | Unset): The partner's client id (in /api/v2/data responses; the 2021 table says "Int", a doc
                error).
    """

    doc_first_name: None | str
    doc_last_name: None | str
    doc_number: None | str
    doc_personal_code: None | str
    doc_expiry: None | str
    doc_dob: None | str
    doc_date_of_issue: None | str
    doc_type: KycDocumentType | None | str
    doc_sex: DocumentSex | None | str
    doc_nationality: None | str
    doc_issuing_country: None | str
    manually_data_changed: bool | None
    full_name: None | str
    selected_country: None | str
    org_nationality: None | str
    org_birth_place: None | str
    age_estimate: AgeEstimate | None | str
    client_ip_proxy_risk_level: None | RiskLevel | str
    duplicate_faces: list[str] | None
    duplicate_doc_faces: list[str] | None
    birth_place: None | str | Unset = UNSET
    authority: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    doc_temporary_address: None | str | Unset = UNSET
    mothers_maiden_name: None | str | Unset = UNSET
    doc_birth_name: None | str | Unset = UNSET
    doc_patronymic: None | str | Unset = UNSET
    driver_license_category: None | str | Unset = UNSET
    org_first_name: None | str | Unset = UNSET
    org_last_name: None | str | Unset = UNSET
    org_authority: None | str | Unset = UNSET
    org_address: None | str | Unset = UNSET
    org_temporary_address: None | str | Unset = UNSET
    org_mothers_maiden_name: None | str | Unset = UNSET
    org_patronymic: None | str | Unset = UNSET
    org_birth_name: None | str | Unset = UNSET
    additional_data: None | Unset | VerificationDataAdditionalDataType0 = UNSET
    manual_address: None | str | Unset = UNSET
    manual_address_match: bool | None | Unset = UNSET
    registry_center_check: None | RegistryCenterCheck | Unset = UNSET
    address_verification: AddressVerification | None | Unset = UNSET
    scan_ref: str | Unset = UNSET
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.address_verification import AddressVerification  # noqa: PLC0415
        from ..models.registry_center_check import RegistryCenterCheck  # noqa: PLC0415
        from ..models.verification_data_additional_data_type_0 import VerificationDataAdditionalDataType0  # noqa: PLC0415

        doc_first_name: None | str
        doc_first_name = self.doc_first_name

        doc_last_name: None | str
        doc_last_name = self.doc_last_name

        doc_number: None | str
        doc_number = self.doc_number

        doc_personal_code: None | str
        doc_personal_code = self.doc_personal_code

        doc_expiry: None | str
        doc_expiry = self.doc_expiry

        doc_dob: None | str
        doc_dob = self.doc_dob

        doc_date_of_issue: None | str
        doc_date_of_issue = self.doc_date_of_issue

        doc_type: None | str
        if isinstance(self.doc_type, KycDocumentType):
            doc_type = self.doc_type.value
        else:
            doc_type = self.doc_type

        doc_sex: None | str
        if isinstance(self.doc_sex, DocumentSex):
            doc_sex = self.doc_sex.value
        else:
            doc_sex = self.doc_sex

        doc_nationality: None | str
        doc_nationality = self.doc_nationality

        doc_issuing_country: None | str
        doc_issuing_country = self.doc_issuing_country

        manually_data_changed: bool | None
        manually_data_changed = self.manually_data_changed

        full_name: None | str
        full_name = self.full_name

        selected_country: None | str
        selected_country = self.selected_country

        org_nationality: None | str
        org_nationality = self.org_nationality

        org_birth_place: None | str
        org_birth_place = self.org_birth_place

        age_estimate: None | str
        if isinstance(self.age_estimate, AgeEstimate):
            age_estimate = self.age_estimate.value
        else:
            age_estimate = self.age_estimate

        client_ip_proxy_risk_level: None | str
        if isinstance(self.client_ip_proxy_risk_level, RiskLevel):
            client_ip_proxy_risk_level = self.client_ip_proxy_risk_level.value
        else:
            client_ip_proxy_risk_level = self.client_ip_proxy_risk_level

        duplicate_faces: list[str] | None
        if isinstance(self.duplicate_faces, list):
            duplicate_faces = self.duplicate_faces

        else:
            duplicate_faces = self.duplicate_faces

        duplicate_doc_faces: list[str] | None
        if isinstance(self.duplicate_doc_faces, list):
            duplicate_doc_faces = self.duplicate_doc_faces

        else:
            duplicate_doc_faces = self.duplicate_doc_faces

        birth_place: None | str | Unset
        if isinstance(self.birth_place, Unset):
            birth_place = UNSET
        else:
            birth_place = self.birth_place

        authority: None | str | Unset
        if isinstance(self.authority, Unset):
            authority = UNSET
        else:
            authority = self.authority

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        doc_temporary_address: None | str | Unset
        if isinstance(self.doc_temporary_address, Unset):
            doc_temporary_address = UNSET
        else:
            doc_temporary_address = self.doc_temporary_address

        mothers_maiden_name: None | str | Unset
        if isinstance(self.mothers_maiden_name, Unset):
            mothers_maiden_name = UNSET
        else:
            mothers_maiden_name = self.mothers_maiden_name

        doc_birth_name: None | str | Unset
        if isinstance(self.doc_birth_name, Unset):
            doc_birth_name = UNSET
        else:
            doc_birth_name = self.doc_birth_name

        doc_patronymic: None | str | Unset
        if isinstance(self.doc_patronymic, Unset):
            doc_patronymic = UNSET
        else:
            doc_patronymic = self.doc_patronymic

        driver_license_category: None | str | Unset
        if isinstance(self.driver_license_category, Unset):
            driver_license_category = UNSET
        else:
            driver_license_category = self.driver_license_category

        org_first_name: None | str | Unset
        if isinstance(self.org_first_name, Unset):
            org_first_name = UNSET
        else:
            org_first_name = self.org_first_name

        org_last_name: None | str | Unset
        if isinstance(self.org_last_name, Unset):
            org_last_name = UNSET
        else:
            org_last_name = self.org_last_name

        org_authority: None | str | Unset
        if isinstance(self.org_authority, Unset):
            org_authority = UNSET
        else:
            org_authority = self.org_authority

        org_address: None | str | Unset
        if isinstance(self.org_address, Unset):
            org_address = UNSET
        else:
            org_address = self.org_address

        org_temporary_address: None | str | Unset
        if isinstance(self.org_temporary_address, Unset):
            org_temporary_address = UNSET
        else:
            org_temporary_address = self.org_temporary_address

        org_mothers_maiden_name: None | str | Unset
        if isinstance(self.org_mothers_maiden_name, Unset):
            org_mothers_maiden_name = UNSET
        else:
            org_mothers_maiden_name = self.org_mothers_maiden_name

        org_patronymic: None | str | Unset
        if isinstance(self.org_patronymic, Unset):
            org_patronymic = UNSET
        else:
            org_patronymic = self.org_patronymic

        org_birth_name: None | str | Unset
        if isinstance(self.org_birth_name, Unset):
            org_birth_name = UNSET
        else:
            org_birth_name = self.org_birth_name

        additional_data: dict[str, Any] | None | Unset
        if isinstance(self.additional_data, Unset):
            additional_data = UNSET
        elif isinstance(self.additional_data, VerificationDataAdditionalDataType0):
            additional_data = self.additional_data.to_dict()
        else:
            additional_data = self.additional_data

        manual_address: None | str | Unset
        if isinstance(self.manual_address, Unset):
            manual_address = UNSET
        else:
            manual_address = self.manual_address

        manual_address_match: bool | None | Unset
        if isinstance(self.manual_address_match, Unset):
            manual_address_match = UNSET
        else:
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

        scan_ref = self.scan_ref

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "docFirstName": doc_first_name,
                "docLastName": doc_last_name,
                "docNumber": doc_number,
                "docPersonalCode": doc_personal_code,
                "docExpiry": doc_expiry,
                "docDob": doc_dob,
                "docDateOfIssue": doc_date_of_issue,
                "docType": doc_type,
                "docSex": doc_sex,
                "docNationality": doc_nationality,
                "docIssuingCountry": doc_issuing_country,
                "manuallyDataChanged": manually_data_changed,
                "fullName": full_name,
                "selectedCountry": selected_country,
                "orgNationality": org_nationality,
                "orgBirthPlace": org_birth_place,
                "ageEstimate": age_estimate,
                "clientIpProxyRiskLevel": client_ip_proxy_risk_level,
                "duplicateFaces": duplicate_faces,
                "duplicateDocFaces": duplicate_doc_faces,
            }
        )
        if birth_place is not UNSET:
            field_dict["birthPlace"] = birth_place
        if authority is not UNSET:
            field_dict["authority"] = authority
        if address is not UNSET:
            field_dict["address"] = address
        if doc_temporary_address is not UNSET:
            field_dict["docTemporaryAddress"] = doc_temporary_address
        if mothers_maiden_name is not UNSET:
            field_dict["mothersMaidenName"] = mothers_maiden_name
        if doc_birth_name is not UNSET:
            field_dict["docBirthName"] = doc_birth_name
        if doc_patronymic is not UNSET:
            field_dict["docPatronymic"] = doc_patronymic
        if driver_license_category is not UNSET:
            field_dict["driverLicenseCategory"] = driver_license_category
        if org_first_name is not UNSET:
            field_dict["orgFirstName"] = org_first_name
        if org_last_name is not UNSET:
            field_dict["orgLastName"] = org_last_name
        if org_authority is not UNSET:
            field_dict["orgAuthority"] = org_authority
        if org_address is not UNSET:
            field_dict["orgAddress"] = org_address
        if org_temporary_address is not UNSET:
            field_dict["orgTemporaryAddress"] = org_temporary_address
        if org_mothers_maiden_name is not UNSET:
            field_dict["orgMothersMaidenName"] = org_mothers_maiden_name
        if org_patronymic is not UNSET:
            field_dict["orgPatronymic"] = org_patronymic
        if org_birth_name is not UNSET:
            field_dict["orgBirthName"] = org_birth_name
        if additional_data is not UNSET:
            field_dict["additionalData"] = additional_data
        if manual_address is not UNSET:
            field_dict["manualAddress"] = manual_address
        if manual_address_match is not UNSET:
            field_dict["manualAddressMatch"] = manual_address_match
        if registry_center_check is not UNSET:
            field_dict["registryCenterCheck"] = registry_center_check
        if address_verification is not UNSET:
            field_dict["addressVerification"] = address_verification
        if scan_ref is not UNSET:
            field_dict["scanRef"] = scan_ref
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.address_verification import AddressVerification  # noqa: PLC0415
        from ..models.registry_center_check import RegistryCenterCheck  # noqa: PLC0415
        from ..models.verification_data_additional_data_type_0 import VerificationDataAdditionalDataType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_doc_first_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doc_first_name = _parse_doc_first_name(d.pop("docFirstName"))

        def _parse_doc_last_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doc_last_name = _parse_doc_last_name(d.pop("docLastName"))

        def _parse_doc_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doc_number = _parse_doc_number(d.pop("docNumber"))

        def _parse_doc_personal_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doc_personal_code = _parse_doc_personal_code(d.pop("docPersonalCode"))

        def _parse_doc_expiry(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doc_expiry = _parse_doc_expiry(d.pop("docExpiry"))

        def _parse_doc_dob(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doc_dob = _parse_doc_dob(d.pop("docDob"))

        def _parse_doc_date_of_issue(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doc_date_of_issue = _parse_doc_date_of_issue(d.pop("docDateOfIssue"))

        def _parse_doc_type(data: object) -> KycDocumentType | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                doc_type_type_0 = KycDocumentType(data)

                return doc_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KycDocumentType | None | str, data)

        doc_type = _parse_doc_type(d.pop("docType"))

        def _parse_doc_sex(data: object) -> DocumentSex | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                doc_sex_type_0 = DocumentSex(data)

                return doc_sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentSex | None | str, data)

        doc_sex = _parse_doc_sex(d.pop("docSex"))

        def _parse_doc_nationality(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doc_nationality = _parse_doc_nationality(d.pop("docNationality"))

        def _parse_doc_issuing_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        doc_issuing_country = _parse_doc_issuing_country(d.pop("docIssuingCountry"))

        def _parse_manually_data_changed(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        manually_data_changed = _parse_manually_data_changed(d.pop("manuallyDataChanged"))

        def _parse_full_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        full_name = _parse_full_name(d.pop("fullName"))

        def _parse_selected_country(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        selected_country = _parse_selected_country(d.pop("selectedCountry"))

        def _parse_org_nationality(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_nationality = _parse_org_nationality(d.pop("orgNationality"))

        def _parse_org_birth_place(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        org_birth_place = _parse_org_birth_place(d.pop("orgBirthPlace"))

        def _parse_age_estimate(data: object) -> AgeEstimate | None | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                age_estimate_type_0 = AgeEstimate(data)

                return age_estimate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgeEstimate | None | str, data)

        age_estimate = _parse_age_estimate(d.pop("ageEstimate"))

        def _parse_client_ip_proxy_risk_level(data: object) -> None | RiskLevel | str:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                client_ip_proxy_risk_level_type_0 = RiskLevel(data)

                return client_ip_proxy_risk_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskLevel | str, data)

        client_ip_proxy_risk_level = _parse_client_ip_proxy_risk_level(d.pop("clientIpProxyRiskLevel"))

        def _parse_duplicate_faces(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                duplicate_faces_type_0 = cast(list[str], data)

                return duplicate_faces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        duplicate_faces = _parse_duplicate_faces(d.pop("duplicateFaces"))

        def _parse_duplicate_doc_faces(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                duplicate_doc_faces_type_0 = cast(list[str], data)

                return duplicate_doc_faces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        duplicate_doc_faces = _parse_duplicate_doc_faces(d.pop("duplicateDocFaces"))

        def _parse_birth_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        birth_place = _parse_birth_place(d.pop("birthPlace", UNSET))

        def _parse_authority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authority = _parse_authority(d.pop("authority", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_doc_temporary_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_temporary_address = _parse_doc_temporary_address(d.pop("docTemporaryAddress", UNSET))

        def _parse_mothers_maiden_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mothers_maiden_name = _parse_mothers_maiden_name(d.pop("mothersMaidenName", UNSET))

        def _parse_doc_birth_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_birth_name = _parse_doc_birth_name(d.pop("docBirthName", UNSET))

        def _parse_doc_patronymic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_patronymic = _parse_doc_patronymic(d.pop("docPatronymic", UNSET))

        def _parse_driver_license_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        driver_license_category = _parse_driver_license_category(d.pop("driverLicenseCategory", UNSET))

        def _parse_org_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_first_name = _parse_org_first_name(d.pop("orgFirstName", UNSET))

        def _parse_org_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_last_name = _parse_org_last_name(d.pop("orgLastName", UNSET))

        def _parse_org_authority(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_authority = _parse_org_authority(d.pop("orgAuthority", UNSET))

        def _parse_org_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_address = _parse_org_address(d.pop("orgAddress", UNSET))

        def _parse_org_temporary_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_temporary_address = _parse_org_temporary_address(d.pop("orgTemporaryAddress", UNSET))

        def _parse_org_mothers_maiden_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_mothers_maiden_name = _parse_org_mothers_maiden_name(d.pop("orgMothersMaidenName", UNSET))

        def _parse_org_patronymic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_patronymic = _parse_org_patronymic(d.pop("orgPatronymic", UNSET))

        def _parse_org_birth_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_birth_name = _parse_org_birth_name(d.pop("orgBirthName", UNSET))

        def _parse_additional_data(data: object) -> None | Unset | VerificationDataAdditionalDataType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_data_type_0 = VerificationDataAdditionalDataType0.from_dict(data)

                return additional_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VerificationDataAdditionalDataType0, data)

        additional_data = _parse_additional_data(d.pop("additionalData", UNSET))

        def _parse_manual_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        manual_address = _parse_manual_address(d.pop("manualAddress", UNSET))

        def _parse_manual_address_match(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        manual_address_match = _parse_manual_address_match(d.pop("manualAddressMatch", UNSET))

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

        scan_ref = d.pop("scanRef", UNSET)

        client_id = d.pop("clientId", UNSET)

        identification_webhook_data = cls(
            doc_first_name=doc_first_name,
            doc_last_name=doc_last_name,
            doc_number=doc_number,
            doc_personal_code=doc_personal_code,
            doc_expiry=doc_expiry,
            doc_dob=doc_dob,
            doc_date_of_issue=doc_date_of_issue,
            doc_type=doc_type,
            doc_sex=doc_sex,
            doc_nationality=doc_nationality,
            doc_issuing_country=doc_issuing_country,
            manually_data_changed=manually_data_changed,
            full_name=full_name,
            selected_country=selected_country,
            org_nationality=org_nationality,
            org_birth_place=org_birth_place,
            age_estimate=age_estimate,
            client_ip_proxy_risk_level=client_ip_proxy_risk_level,
            duplicate_faces=duplicate_faces,
            duplicate_doc_faces=duplicate_doc_faces,
            birth_place=birth_place,
            authority=authority,
            address=address,
            doc_temporary_address=doc_temporary_address,
            mothers_maiden_name=mothers_maiden_name,
            doc_birth_name=doc_birth_name,
            doc_patronymic=doc_patronymic,
            driver_license_category=driver_license_category,
            org_first_name=org_first_name,
            org_last_name=org_last_name,
            org_authority=org_authority,
            org_address=org_address,
            org_temporary_address=org_temporary_address,
            org_mothers_maiden_name=org_mothers_maiden_name,
            org_patronymic=org_patronymic,
            org_birth_name=org_birth_name,
            additional_data=additional_data,
            manual_address=manual_address,
            manual_address_match=manual_address_match,
            registry_center_check=registry_center_check,
            address_verification=address_verification,
            scan_ref=scan_ref,
            client_id=client_id,
        )

        identification_webhook_data.additional_properties = d
        return identification_webhook_data

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
