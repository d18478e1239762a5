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


T = TypeVar("T", bound="VerificationData")


@_attrs_define
class VerificationData:
    """Data read from the client's document: the `data` object of the webhook and the body of /api/v2/data.
    "Any of the specified fields can be null." Dates are strings in YYYY-MM-DD form, but the docs' own examples
    hold placeholders ("YYYY-MM-DD"), so they are not typed as dates. Maximum lengths follow iDenfy's 2026
    OpenAPI file, which are the widest (the 2021 table had e.g. address 80, org* 60).

        Attributes:
            doc_first_name (None | str | Unset): First name(s) on the document.
            doc_last_name (None | str | Unset): Last name(s) on the document.
            doc_number (None | str | Unset): Document number.
            doc_personal_code (None | str | Unset): Personal code on the document.
            doc_expiry (None | str | Unset): Document expiry date (YYYY-MM-DD).
            doc_dob (None | str | Unset): Date of birth (YYYY-MM-DD).
            doc_date_of_issue (None | str | Unset): Document issue date (YYYY-MM-DD).
            doc_type (KycDocumentType | None | str | Unset): Document type.
            doc_sex (DocumentSex | None | str | Unset): Sex on the document.
            doc_nationality (None | str | Unset): Nationality, alpha-2.
            doc_issuing_country (None | str | Unset): Issuing country, alpha-2.
            birth_place (None | str | Unset): Place of birth.
            authority (None | str | Unset): Issuing authority.
            address (None | str | Unset): Address on the document.
            doc_temporary_address (None | str | Unset): Temporary address on the document.
            mothers_maiden_name (None | str | Unset): Mother's maiden name.
            doc_birth_name (None | str | Unset): Birth name.
            doc_patronymic (None | str | Unset): Patronymic.
            driver_license_category (None | str | Unset): Driving licence categories.
            manually_data_changed (bool | None | Unset): Whether a reviewer changed any parsed data (false in automatic
                results).
            full_name (None | str | Unset): Full name.
            selected_country (None | str | Unset): Country selected by the client, alpha-2.
            org_first_name (None | str | Unset): First name in the original language.
            org_last_name (None | str | Unset): Last name in the original language.
            org_nationality (None | str | Unset): Nationality in the original language.
            org_birth_place (None | str | Unset): Place of birth in the original language.
            org_authority (None | str | Unset): Authority in the original language.
            org_address (None | str | Unset): Address in the original language.
            org_temporary_address (None | str | Unset): Temporary address in the original language.
            org_mothers_maiden_name (None | str | Unset): Mother's maiden name in the original language.
            org_patronymic (None | str | Unset): Patronymic in the original language.
            org_birth_name (None | str | Unset): Birth name in the original language.
            age_estimate (AgeEstimate | None | str | Unset): Age group estimated from the selfie (liveness on).
            client_ip_proxy_risk_level (None | RiskLevel | str | Unset): Proxy risk of the client's IP (null unless enabled
                and final APPROVED).
            duplicate_faces (list[str] | None | Unset): scanRefs (each at most 36 characters) of other verifications with
                the same selfie face (null if none).
            duplicate_doc_faces (list[str] | None | Unset): scanRefs (each at most 36 characters) of other verifications
                with the same document face (null if none).
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

    doc_first_name: None | str | Unset = UNSET
    doc_last_name: None | str | Unset = UNSET
    doc_number: None | str | Unset = UNSET
    doc_personal_code: None | str | Unset = UNSET
    doc_expiry: None | str | Unset = UNSET
    doc_dob: None | str | Unset = UNSET
    doc_date_of_issue: None | str | Unset = UNSET
    doc_type: KycDocumentType | None | str | Unset = UNSET
    doc_sex: DocumentSex | None | str | Unset = UNSET
    doc_nationality: None | str | Unset = UNSET
    doc_issuing_country: None | str | Unset = UNSET
    birth_place: None | str | Unset = UNSET
    authority: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    doc_temporary_address: None | str | Unset = UNSET
    mothers_maiden_name: None | str | Unset = UNSET
    doc_birth_name: None | str | Unset = UNSET
    doc_patronymic: None | str | Unset = UNSET
    driver_license_category: None | str | Unset = UNSET
    manually_data_changed: bool | None | Unset = UNSET
    full_name: None | str | Unset = UNSET
    selected_country: None | str | Unset = UNSET
    org_first_name: None | str | Unset = UNSET
    org_last_name: None | str | Unset = UNSET
    org_nationality: None | str | Unset = UNSET
    org_birth_place: None | str | Unset = UNSET
    org_authority: None | str | Unset = UNSET
    org_address: None | str | Unset = UNSET
    org_temporary_address: None | str | Unset = UNSET
    org_mothers_maiden_name: None | str | Unset = UNSET
    org_patronymic: None | str | Unset = UNSET
    org_birth_name: None | str | Unset = UNSET
    age_estimate: AgeEstimate | None | str | Unset = UNSET
    client_ip_proxy_risk_level: None | RiskLevel | str | Unset = UNSET
    duplicate_faces: list[str] | None | Unset = UNSET
    duplicate_doc_faces: list[str] | None | Unset = UNSET
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

        doc_first_name: None | str | Unset
        if isinstance(self.doc_first_name, Unset):
            doc_first_name = UNSET
        else:
            doc_first_name = self.doc_first_name

        doc_last_name: None | str | Unset
        if isinstance(self.doc_last_name, Unset):
            doc_last_name = UNSET
        else:
            doc_last_name = self.doc_last_name

        doc_number: None | str | Unset
        if isinstance(self.doc_number, Unset):
            doc_number = UNSET
        else:
            doc_number = self.doc_number

        doc_personal_code: None | str | Unset
        if isinstance(self.doc_personal_code, Unset):
            doc_personal_code = UNSET
        else:
            doc_personal_code = self.doc_personal_code

        doc_expiry: None | str | Unset
        if isinstance(self.doc_expiry, Unset):
            doc_expiry = UNSET
        else:
            doc_expiry = self.doc_expiry

        doc_dob: None | str | Unset
        if isinstance(self.doc_dob, Unset):
            doc_dob = UNSET
        else:
            doc_dob = self.doc_dob

        doc_date_of_issue: None | str | Unset
        if isinstance(self.doc_date_of_issue, Unset):
            doc_date_of_issue = UNSET
        else:
            doc_date_of_issue = self.doc_date_of_issue

        doc_type: None | str | Unset
        if isinstance(self.doc_type, Unset):
            doc_type = UNSET
        elif isinstance(self.doc_type, KycDocumentType):
            doc_type = self.doc_type.value
        else:
            doc_type = self.doc_type

        doc_sex: None | str | Unset
        if isinstance(self.doc_sex, Unset):
            doc_sex = UNSET
        elif isinstance(self.doc_sex, DocumentSex):
            doc_sex = self.doc_sex.value
        else:
            doc_sex = self.doc_sex

        doc_nationality: None | str | Unset
        if isinstance(self.doc_nationality, Unset):
            doc_nationality = UNSET
        else:
            doc_nationality = self.doc_nationality

        doc_issuing_country: None | str | Unset
        if isinstance(self.doc_issuing_country, Unset):
            doc_issuing_country = UNSET
        else:
            doc_issuing_country = self.doc_issuing_country

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

        manually_data_changed: bool | None | Unset
        if isinstance(self.manually_data_changed, Unset):
            manually_data_changed = UNSET
        else:
            manually_data_changed = self.manually_data_changed

        full_name: None | str | Unset
        if isinstance(self.full_name, Unset):
            full_name = UNSET
        else:
            full_name = self.full_name

        selected_country: None | str | Unset
        if isinstance(self.selected_country, Unset):
            selected_country = UNSET
        else:
            selected_country = self.selected_country

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

        org_nationality: None | str | Unset
        if isinstance(self.org_nationality, Unset):
            org_nationality = UNSET
        else:
            org_nationality = self.org_nationality

        org_birth_place: None | str | Unset
        if isinstance(self.org_birth_place, Unset):
            org_birth_place = UNSET
        else:
            org_birth_place = self.org_birth_place

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

        age_estimate: None | str | Unset
        if isinstance(self.age_estimate, Unset):
            age_estimate = UNSET
        elif isinstance(self.age_estimate, AgeEstimate):
            age_estimate = self.age_estimate.value
        else:
            age_estimate = self.age_estimate

        client_ip_proxy_risk_level: None | str | Unset
        if isinstance(self.client_ip_proxy_risk_level, Unset):
            client_ip_proxy_risk_level = UNSET
        elif isinstance(self.client_ip_proxy_risk_level, RiskLevel):
            client_ip_proxy_risk_level = self.client_ip_proxy_risk_level.value
        else:
            client_ip_proxy_risk_level = self.client_ip_proxy_risk_level

        duplicate_faces: list[str] | None | Unset
        if isinstance(self.duplicate_faces, Unset):
            duplicate_faces = UNSET
        elif isinstance(self.duplicate_faces, list):
            duplicate_faces = self.duplicate_faces

        else:
            duplicate_faces = self.duplicate_faces

        duplicate_doc_faces: list[str] | None | Unset
        if isinstance(self.duplicate_doc_faces, Unset):
            duplicate_doc_faces = UNSET
        elif isinstance(self.duplicate_doc_faces, list):
            duplicate_doc_faces = self.duplicate_doc_faces

        else:
            duplicate_doc_faces = self.duplicate_doc_faces

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
        field_dict.update({})
        if doc_first_name is not UNSET:
            field_dict["docFirstName"] = doc_first_name
        if doc_last_name is not UNSET:
            field_dict["docLastName"] = doc_last_name
        if doc_number is not UNSET:
            field_dict["docNumber"] = doc_number
        if doc_personal_code is not UNSET:
            field_dict["docPersonalCode"] = doc_personal_code
        if doc_expiry is not UNSET:
            field_dict["docExpiry"] = doc_expiry
        if doc_dob is not UNSET:
            field_dict["docDob"] = doc_dob
        if doc_date_of_issue is not UNSET:
            field_dict["docDateOfIssue"] = doc_date_of_issue
        if doc_type is not UNSET:
            field_dict["docType"] = doc_type
        if doc_sex is not UNSET:
            field_dict["docSex"] = doc_sex
        if doc_nationality is not UNSET:
            field_dict["docNationality"] = doc_nationality
        if doc_issuing_country is not UNSET:
            field_dict["docIssuingCountry"] = doc_issuing_country
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
        if manually_data_changed is not UNSET:
            field_dict["manuallyDataChanged"] = manually_data_changed
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if selected_country is not UNSET:
            field_dict["selectedCountry"] = selected_country
        if org_first_name is not UNSET:
            field_dict["orgFirstName"] = org_first_name
        if org_last_name is not UNSET:
            field_dict["orgLastName"] = org_last_name
        if org_nationality is not UNSET:
            field_dict["orgNationality"] = org_nationality
        if org_birth_place is not UNSET:
            field_dict["orgBirthPlace"] = org_birth_place
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
        if age_estimate is not UNSET:
            field_dict["ageEstimate"] = age_estimate
        if client_ip_proxy_risk_level is not UNSET:
            field_dict["clientIpProxyRiskLevel"] = client_ip_proxy_risk_level
        if duplicate_faces is not UNSET:
            field_dict["duplicateFaces"] = duplicate_faces
        if duplicate_doc_faces is not UNSET:
            field_dict["duplicateDocFaces"] = duplicate_doc_faces
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

        def _parse_doc_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_first_name = _parse_doc_first_name(d.pop("docFirstName", UNSET))

        def _parse_doc_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_last_name = _parse_doc_last_name(d.pop("docLastName", UNSET))

        def _parse_doc_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_number = _parse_doc_number(d.pop("docNumber", UNSET))

        def _parse_doc_personal_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_personal_code = _parse_doc_personal_code(d.pop("docPersonalCode", UNSET))

        def _parse_doc_expiry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_expiry = _parse_doc_expiry(d.pop("docExpiry", UNSET))

        def _parse_doc_dob(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_dob = _parse_doc_dob(d.pop("docDob", UNSET))

        def _parse_doc_date_of_issue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_date_of_issue = _parse_doc_date_of_issue(d.pop("docDateOfIssue", UNSET))

        def _parse_doc_type(data: object) -> KycDocumentType | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                doc_type_type_0 = KycDocumentType(data)

                return doc_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(KycDocumentType | None | str | Unset, data)

        doc_type = _parse_doc_type(d.pop("docType", UNSET))

        def _parse_doc_sex(data: object) -> DocumentSex | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                doc_sex_type_0 = DocumentSex(data)

                return doc_sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DocumentSex | None | str | Unset, data)

        doc_sex = _parse_doc_sex(d.pop("docSex", UNSET))

        def _parse_doc_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_nationality = _parse_doc_nationality(d.pop("docNationality", UNSET))

        def _parse_doc_issuing_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        doc_issuing_country = _parse_doc_issuing_country(d.pop("docIssuingCountry", UNSET))

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

        def _parse_manually_data_changed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        manually_data_changed = _parse_manually_data_changed(d.pop("manuallyDataChanged", UNSET))

        def _parse_full_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        full_name = _parse_full_name(d.pop("fullName", UNSET))

        def _parse_selected_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        selected_country = _parse_selected_country(d.pop("selectedCountry", UNSET))

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

        def _parse_org_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_nationality = _parse_org_nationality(d.pop("orgNationality", UNSET))

        def _parse_org_birth_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        org_birth_place = _parse_org_birth_place(d.pop("orgBirthPlace", UNSET))

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

        def _parse_age_estimate(data: object) -> AgeEstimate | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                age_estimate_type_0 = AgeEstimate(data)

                return age_estimate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgeEstimate | None | str | Unset, data)

        age_estimate = _parse_age_estimate(d.pop("ageEstimate", UNSET))

        def _parse_client_ip_proxy_risk_level(data: object) -> None | RiskLevel | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                client_ip_proxy_risk_level_type_0 = RiskLevel(data)

                return client_ip_proxy_risk_level_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | RiskLevel | str | Unset, data)

        client_ip_proxy_risk_level = _parse_client_ip_proxy_risk_level(d.pop("clientIpProxyRiskLevel", UNSET))

        def _parse_duplicate_faces(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                duplicate_faces_type_0 = cast(list[str], data)

                return duplicate_faces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        duplicate_faces = _parse_duplicate_faces(d.pop("duplicateFaces", UNSET))

        def _parse_duplicate_doc_faces(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                duplicate_doc_faces_type_0 = cast(list[str], data)

                return duplicate_doc_faces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        duplicate_doc_faces = _parse_duplicate_doc_faces(d.pop("duplicateDocFaces", UNSET))

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

        verification_data = cls(
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
            birth_place=birth_place,
            authority=authority,
            address=address,
            doc_temporary_address=doc_temporary_address,
            mothers_maiden_name=mothers_maiden_name,
            doc_birth_name=doc_birth_name,
            doc_patronymic=doc_patronymic,
            driver_license_category=driver_license_category,
            manually_data_changed=manually_data_changed,
            full_name=full_name,
            selected_country=selected_country,
            org_first_name=org_first_name,
            org_last_name=org_last_name,
            org_nationality=org_nationality,
            org_birth_place=org_birth_place,
            org_authority=org_authority,
            org_address=org_address,
            org_temporary_address=org_temporary_address,
            org_mothers_maiden_name=org_mothers_maiden_name,
            org_patronymic=org_patronymic,
            org_birth_name=org_birth_name,
            age_estimate=age_estimate,
            client_ip_proxy_risk_level=client_ip_proxy_risk_level,
            duplicate_faces=duplicate_faces,
            duplicate_doc_faces=duplicate_doc_faces,
            additional_data=additional_data,
            manual_address=manual_address,
            manual_address_match=manual_address_match,
            registry_center_check=registry_center_check,
            address_verification=address_verification,
            scan_ref=scan_ref,
            client_id=client_id,
        )

        verification_data.additional_properties = d
        return verification_data

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
