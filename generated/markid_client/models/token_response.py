from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_type import TokenType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_steps import AdditionalSteps
    from ..models.token_response_additional_data_type_0 import TokenResponseAdditionalDataType0
    from ..models.token_response_allowed_documents_type_0 import TokenResponseAllowedDocumentsType0


T = TypeVar("T", bound="TokenResponse")


@_attrs_define
class TokenResponse:
    """The created session: `authToken`, `scanRef` and `message`, plus an echo of every request field with defaults
    filled in (null where not set). The object is open because the echo grows with new request fields.

        Attributes:
            auth_token (str): Session token passed to the UI/SDK (e.g. `https://ui.idenfy.com/?authToken=...`) and to direct
                processing. The seed says "Length equals 26" (e.g. 3FA5TFPA2ZE3LMPGGS1EGOJNJE); the 2021+ docs say "Length <=
                40" and newer tokens have 40 characters, so up to 40 is accepted.
            scan_ref (str): iDenfy's id of the verification (UUID-like). The seed says "Length equals 36"; the 2021+ docs
                say "Length <= 40"; up to 40 is accepted.
            client_id (str): The partner's client id from the request. (Seed 002's response table gives "More than 60, Less
                than 3600" as its constraints — a copy error from `sessionLength`; the request table's max length 100 applies.)
            message (str | Unset): Message for the developer, e.g. "Token created successfully" or "Dummy token and
                verification created successfully". Present in every example, but not required by iDenfy's 2026 OpenAPI file.
            person_scan_ref (None | str | Unset): Legacy alias of `clientId` (same value).
            digit_string (None | str | Unset): Code for the mobile app, only when `generateDigitString` was true (documented
                as 8 digits; an example shows 7).
            redirect_url (None | str | Unset): Direct URL of the hosted verification flow (newest API only).
            allowed_documents (None | TokenResponseAllowedDocumentsType0 | Unset): Allowed document types per country, e.g.
                {"ALL": ["ID_CARD", "PASSPORT"]} (2022+).
            first_name (None | str | Unset): Echo (returned in upper case by newer versions).
            last_name (None | str | Unset): Echo.
            success_url (None | str | Unset): Echo.
            error_url (None | str | Unset): Echo.
            unverified_url (None | str | Unset): Echo.
            callback_url (None | str | Unset): Echo.
            locale (None | str | Unset): Echo (free string, may be null).
            show_instructions (bool | Unset): Echo.
            country (None | str | Unset): Echo.
            expiry_time (int | Unset): Echo (seconds).
            session_length (int | Unset): Echo (seconds).
            documents (list[str] | None | Unset): Echo; the environment's document list when not sent.
            date_of_birth (None | str | Unset): Echo (YYYY-MM-DD).
            date_of_expiry (None | str | Unset): Echo (YYYY-MM-DD).
            date_of_issue (None | str | Unset): Echo (YYYY-MM-DD).
            nationality (None | str | Unset): Echo.
            personal_number (None | str | Unset): Echo.
            document_number (None | str | Unset): Echo.
            sex (None | str | Unset): Echo (M or F).
            address (None | str | Unset): Echo.
            token_type (str | TokenType | Unset): Echo; known values in `TokenType`, others accepted as strings.
            video_call_questions (list[str] | None | Unset): Echo.
            external_ref (None | str | Unset): Echo.
            utility_bill (bool | None | Unset): Echo.
            additional_steps (AdditionalSteps | None | Unset): Echo (with the environment's default texts and settings
                filled in).
            additional_data (None | TokenResponseAdditionalDataType0 | Unset): Echo.
            questionnaire (None | str | Unset): Echo.
            risk_assessment_profile (None | str | Unset): Echo (UUID).
            theme (None | str | Unset): Echo (UUID).
            registry_centers_countries (list[str] | None | Unset): Echo.
            face_matching_threshold_modifier (float | Unset): Echo.
            check_liveness (bool | Unset): Echo.
            review_successful (bool | Unset): Echo.
            review_failed (bool | Unset): Echo.
            driver_license_back (bool | Unset): Echo.
            auto_aml_monitoring (bool | Unset): Echo.
            check_ip_proxy (bool | Unset): Echo.
            check_face_blacklist (bool | Unset): Echo.
            check_doc_face_blacklist (bool | Unset): Echo.
            check_duplicate_faces (bool | Unset): Echo.
            check_duplicate_doc_faces (bool | Unset): Echo.
            nfc_required (bool | Unset): Echo.
            verify_email (bool | Unset): Echo.
            verify_phone (bool | Unset): Echo.
            verify_bank (bool | Unset): Echo.
            verify_bank_accounts (bool | Unset): Echo.
            verify_bank_balances (bool | Unset): Echo.
            verify_bank_transactions (bool | Unset): Echo.
            bank_card_verification (bool | Unset): Echo.
            bank_card_pdf_upload (bool | Unset): Echo.
            verify_address (bool | Unset): Echo.
            check_aml (bool | Unset): Echo.
            check_criminal (bool | Unset): Echo.
            check_person_blacklist (bool | Unset): Echo.
            check_duplicate_personal_data (bool | Unset): Echo.
            check_driver_license (bool | Unset): Echo.
            check_lid (bool | Unset): Echo.
            allow_bsn_masking (bool | Unset): Echo.
    """

    auth_token: str
    scan_ref: str
    client_id: str
    message: str | Unset = UNSET
    person_scan_ref: None | str | Unset = UNSET
    digit_string: None | str | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    allowed_documents: None | TokenResponseAllowedDocumentsType0 | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    success_url: None | str | Unset = UNSET
    error_url: None | str | Unset = UNSET
    unverified_url: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    locale: None | str | Unset = UNSET
    show_instructions: bool | Unset = UNSET
    country: None | str | Unset = UNSET
    expiry_time: int | Unset = UNSET
    session_length: int | Unset = UNSET
    documents: list[str] | None | Unset = UNSET
    date_of_birth: None | str | Unset = UNSET
    date_of_expiry: None | str | Unset = UNSET
    date_of_issue: None | str | Unset = UNSET
    nationality: None | str | Unset = UNSET
    personal_number: None | str | Unset = UNSET
    document_number: None | str | Unset = UNSET
    sex: None | str | Unset = UNSET
    address: None | str | Unset = UNSET
    token_type: str | TokenType | Unset = UNSET
    video_call_questions: list[str] | None | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    utility_bill: bool | None | Unset = UNSET
    additional_steps: AdditionalSteps | None | Unset = UNSET
    additional_data: None | TokenResponseAdditionalDataType0 | Unset = UNSET
    questionnaire: None | str | Unset = UNSET
    risk_assessment_profile: None | str | Unset = UNSET
    theme: None | str | Unset = UNSET
    registry_centers_countries: list[str] | None | Unset = UNSET
    face_matching_threshold_modifier: float | Unset = UNSET
    check_liveness: bool | Unset = UNSET
    review_successful: bool | Unset = UNSET
    review_failed: bool | Unset = UNSET
    driver_license_back: bool | Unset = UNSET
    auto_aml_monitoring: bool | Unset = UNSET
    check_ip_proxy: bool | Unset = UNSET
    check_face_blacklist: bool | Unset = UNSET
    check_doc_face_blacklist: bool | Unset = UNSET
    check_duplicate_faces: bool | Unset = UNSET
    check_duplicate_doc_faces: bool | Unset = UNSET
    nfc_required: bool | Unset = UNSET
    verify_email: bool | Unset = UNSET
    verify_phone: bool | Unset = UNSET
    verify_bank: bool | Unset = UNSET
    verify_bank_accounts: bool | Unset = UNSET
    verify_bank_balances: bool | Unset = UNSET
    verify_bank_transactions: bool | Unset = UNSET
    bank_card_verification: bool | Unset = UNSET
    bank_card_pdf_upload: bool | Unset = UNSET
    verify_address: bool | Unset = UNSET
    check_aml: bool | Unset = UNSET
    check_criminal: bool | Unset = UNSET
    check_person_blacklist: bool | Unset = UNSET
    check_duplicate_personal_data: bool | Unset = UNSET
    check_driver_license: bool | Unset = UNSET
    check_lid: bool | Unset = UNSET
    allow_bsn_masking: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_steps import AdditionalSteps  # noqa: PLC0415
        from ..models.token_response_additional_data_type_0 import TokenResponseAdditionalDataType0  # noqa: PLC0415
        from ..models.token_response_allowed_documents_type_0 import TokenResponseAllowedDocumentsType0  # noqa: PLC0415

        auth_token = self.auth_token

        scan_ref = self.scan_ref

        client_id = self.client_id

        message = self.message

        person_scan_ref: None | str | Unset
        if isinstance(self.person_scan_ref, Unset):
            person_scan_ref = UNSET
        else:
            person_scan_ref = self.person_scan_ref

        digit_string: None | str | Unset
        if isinstance(self.digit_string, Unset):
            digit_string = UNSET
        else:
            digit_string = self.digit_string

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        allowed_documents: dict[str, Any] | None | Unset
        if isinstance(self.allowed_documents, Unset):
            allowed_documents = UNSET
        elif isinstance(self.allowed_documents, TokenResponseAllowedDocumentsType0):
            allowed_documents = self.allowed_documents.to_dict()
        else:
            allowed_documents = self.allowed_documents

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        success_url: None | str | Unset
        if isinstance(self.success_url, Unset):
            success_url = UNSET
        else:
            success_url = self.success_url

        error_url: None | str | Unset
        if isinstance(self.error_url, Unset):
            error_url = UNSET
        else:
            error_url = self.error_url

        unverified_url: None | str | Unset
        if isinstance(self.unverified_url, Unset):
            unverified_url = UNSET
        else:
            unverified_url = self.unverified_url

        callback_url: None | str | Unset
        if isinstance(self.callback_url, Unset):
            callback_url = UNSET
        else:
            callback_url = self.callback_url

        locale: None | str | Unset
        if isinstance(self.locale, Unset):
            locale = UNSET
        else:
            locale = self.locale

        show_instructions = self.show_instructions

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        expiry_time = self.expiry_time

        session_length = self.session_length

        documents: list[str] | None | Unset
        if isinstance(self.documents, Unset):
            documents = UNSET
        elif isinstance(self.documents, list):
            documents = self.documents

        else:
            documents = self.documents

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        else:
            date_of_birth = self.date_of_birth

        date_of_expiry: None | str | Unset
        if isinstance(self.date_of_expiry, Unset):
            date_of_expiry = UNSET
        else:
            date_of_expiry = self.date_of_expiry

        date_of_issue: None | str | Unset
        if isinstance(self.date_of_issue, Unset):
            date_of_issue = UNSET
        else:
            date_of_issue = self.date_of_issue

        nationality: None | str | Unset
        if isinstance(self.nationality, Unset):
            nationality = UNSET
        else:
            nationality = self.nationality

        personal_number: None | str | Unset
        if isinstance(self.personal_number, Unset):
            personal_number = UNSET
        else:
            personal_number = self.personal_number

        document_number: None | str | Unset
        if isinstance(self.document_number, Unset):
            document_number = UNSET
        else:
            document_number = self.document_number

        sex: None | str | Unset
        if isinstance(self.sex, Unset):
            sex = UNSET
        else:
            sex = self.sex

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        token_type: str | Unset
        if isinstance(self.token_type, Unset):
            token_type = UNSET
        elif isinstance(self.token_type, TokenType):
            token_type = self.token_type.value
        else:
            token_type = self.token_type

        video_call_questions: list[str] | None | Unset
        if isinstance(self.video_call_questions, Unset):
            video_call_questions = UNSET
        elif isinstance(self.video_call_questions, list):
            video_call_questions = self.video_call_questions

        else:
            video_call_questions = self.video_call_questions

        external_ref: None | str | Unset
        if isinstance(self.external_ref, Unset):
            external_ref = UNSET
        else:
            external_ref = self.external_ref

        utility_bill: bool | None | Unset
        if isinstance(self.utility_bill, Unset):
            utility_bill = UNSET
        else:
            utility_bill = self.utility_bill

        additional_steps: dict[str, Any] | None | Unset
        if isinstance(self.additional_steps, Unset):
            additional_steps = UNSET
        elif isinstance(self.additional_steps, AdditionalSteps):
            additional_steps = self.additional_steps.to_dict()
        else:
            additional_steps = self.additional_steps

        additional_data: dict[str, Any] | None | Unset
        if isinstance(self.additional_data, Unset):
            additional_data = UNSET
        elif isinstance(self.additional_data, TokenResponseAdditionalDataType0):
            additional_data = self.additional_data.to_dict()
        else:
            additional_data = self.additional_data

        questionnaire: None | str | Unset
        if isinstance(self.questionnaire, Unset):
            questionnaire = UNSET
        else:
            questionnaire = self.questionnaire

        risk_assessment_profile: None | str | Unset
        if isinstance(self.risk_assessment_profile, Unset):
            risk_assessment_profile = UNSET
        else:
            risk_assessment_profile = self.risk_assessment_profile

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        else:
            theme = self.theme

        registry_centers_countries: list[str] | None | Unset
        if isinstance(self.registry_centers_countries, Unset):
            registry_centers_countries = UNSET
        elif isinstance(self.registry_centers_countries, list):
            registry_centers_countries = self.registry_centers_countries

        else:
            registry_centers_countries = self.registry_centers_countries

        face_matching_threshold_modifier = self.face_matching_threshold_modifier

        check_liveness = self.check_liveness

        review_successful = self.review_successful

        review_failed = self.review_failed

        driver_license_back = self.driver_license_back

        auto_aml_monitoring = self.auto_aml_monitoring

        check_ip_proxy = self.check_ip_proxy

        check_face_blacklist = self.check_face_blacklist

        check_doc_face_blacklist = self.check_doc_face_blacklist

        check_duplicate_faces = self.check_duplicate_faces

        check_duplicate_doc_faces = self.check_duplicate_doc_faces

        nfc_required = self.nfc_required

        verify_email = self.verify_email

        verify_phone = self.verify_phone

        verify_bank = self.verify_bank

        verify_bank_accounts = self.verify_bank_accounts

        verify_bank_balances = self.verify_bank_balances

        verify_bank_transactions = self.verify_bank_transactions

        bank_card_verification = self.bank_card_verification

        bank_card_pdf_upload = self.bank_card_pdf_upload

        verify_address = self.verify_address

        check_aml = self.check_aml

        check_criminal = self.check_criminal

        check_person_blacklist = self.check_person_blacklist

        check_duplicate_personal_data = self.check_duplicate_personal_data

        check_driver_license = self.check_driver_license

        check_lid = self.check_lid

        allow_bsn_masking = self.allow_bsn_masking

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authToken": auth_token,
                "scanRef": scan_ref,
                "clientId": client_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if person_scan_ref is not UNSET:
            field_dict["personScanRef"] = person_scan_ref
        if digit_string is not UNSET:
            field_dict["digitString"] = digit_string
        if redirect_url is not UNSET:
            field_dict["redirectUrl"] = redirect_url
        if allowed_documents is not UNSET:
            field_dict["allowedDocuments"] = allowed_documents
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if success_url is not UNSET:
            field_dict["successUrl"] = success_url
        if error_url is not UNSET:
            field_dict["errorUrl"] = error_url
        if unverified_url is not UNSET:
            field_dict["unverifiedUrl"] = unverified_url
        if callback_url is not UNSET:
            field_dict["callbackUrl"] = callback_url
        if locale is not UNSET:
            field_dict["locale"] = locale
        if show_instructions is not UNSET:
            field_dict["showInstructions"] = show_instructions
        if country is not UNSET:
            field_dict["country"] = country
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if session_length is not UNSET:
            field_dict["sessionLength"] = session_length
        if documents is not UNSET:
            field_dict["documents"] = documents
        if date_of_birth is not UNSET:
            field_dict["dateOfBirth"] = date_of_birth
        if date_of_expiry is not UNSET:
            field_dict["dateOfExpiry"] = date_of_expiry
        if date_of_issue is not UNSET:
            field_dict["dateOfIssue"] = date_of_issue
        if nationality is not UNSET:
            field_dict["nationality"] = nationality
        if personal_number is not UNSET:
            field_dict["personalNumber"] = personal_number
        if document_number is not UNSET:
            field_dict["documentNumber"] = document_number
        if sex is not UNSET:
            field_dict["sex"] = sex
        if address is not UNSET:
            field_dict["address"] = address
        if token_type is not UNSET:
            field_dict["tokenType"] = token_type
        if video_call_questions is not UNSET:
            field_dict["videoCallQuestions"] = video_call_questions
        if external_ref is not UNSET:
            field_dict["externalRef"] = external_ref
        if utility_bill is not UNSET:
            field_dict["utilityBill"] = utility_bill
        if additional_steps is not UNSET:
            field_dict["additionalSteps"] = additional_steps
        if additional_data is not UNSET:
            field_dict["additionalData"] = additional_data
        if questionnaire is not UNSET:
            field_dict["questionnaire"] = questionnaire
        if risk_assessment_profile is not UNSET:
            field_dict["riskAssessmentProfile"] = risk_assessment_profile
        if theme is not UNSET:
            field_dict["theme"] = theme
        if registry_centers_countries is not UNSET:
            field_dict["registryCentersCountries"] = registry_centers_countries
        if face_matching_threshold_modifier is not UNSET:
            field_dict["faceMatchingThresholdModifier"] = face_matching_threshold_modifier
        if check_liveness is not UNSET:
            field_dict["checkLiveness"] = check_liveness
        if review_successful is not UNSET:
            field_dict["reviewSuccessful"] = review_successful
        if review_failed is not UNSET:
            field_dict["reviewFailed"] = review_failed
        if driver_license_back is not UNSET:
            field_dict["driverLicenseBack"] = driver_license_back
        if auto_aml_monitoring is not UNSET:
            field_dict["autoAmlMonitoring"] = auto_aml_monitoring
        if check_ip_proxy is not UNSET:
            field_dict["checkIpProxy"] = check_ip_proxy
        if check_face_blacklist is not UNSET:
            field_dict["checkFaceBlacklist"] = check_face_blacklist
        if check_doc_face_blacklist is not UNSET:
            field_dict["checkDocFaceBlacklist"] = check_doc_face_blacklist
        if check_duplicate_faces is not UNSET:
            field_dict["checkDuplicateFaces"] = check_duplicate_faces
        if check_duplicate_doc_faces is not UNSET:
            field_dict["checkDuplicateDocFaces"] = check_duplicate_doc_faces
        if nfc_required is not UNSET:
            field_dict["nfcRequired"] = nfc_required
        if verify_email is not UNSET:
            field_dict["verifyEmail"] = verify_email
        if verify_phone is not UNSET:
            field_dict["verifyPhone"] = verify_phone
        if verify_bank is not UNSET:
            field_dict["verifyBank"] = verify_bank
        if verify_bank_accounts is not UNSET:
            field_dict["verifyBankAccounts"] = verify_bank_accounts
        if verify_bank_balances is not UNSET:
            field_dict["verifyBankBalances"] = verify_bank_balances
        if verify_bank_transactions is not UNSET:
            field_dict["verifyBankTransactions"] = verify_bank_transactions
        if bank_card_verification is not UNSET:
            field_dict["bankCardVerification"] = bank_card_verification
        if bank_card_pdf_upload is not UNSET:
            field_dict["bankCardPdfUpload"] = bank_card_pdf_upload
        if verify_address is not UNSET:
            field_dict["verifyAddress"] = verify_address
        if check_aml is not UNSET:
            field_dict["checkAml"] = check_aml
        if check_criminal is not UNSET:
            field_dict["checkCriminal"] = check_criminal
        if check_person_blacklist is not UNSET:
            field_dict["checkPersonBlacklist"] = check_person_blacklist
        if check_duplicate_personal_data is not UNSET:
            field_dict["checkDuplicatePersonalData"] = check_duplicate_personal_data
        if check_driver_license is not UNSET:
            field_dict["checkDriverLicense"] = check_driver_license
        if check_lid is not UNSET:
            field_dict["checkLid"] = check_lid
        if allow_bsn_masking is not UNSET:
            field_dict["allowBsnMasking"] = allow_bsn_masking

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_steps import AdditionalSteps  # noqa: PLC0415
        from ..models.token_response_additional_data_type_0 import TokenResponseAdditionalDataType0  # noqa: PLC0415
        from ..models.token_response_allowed_documents_type_0 import TokenResponseAllowedDocumentsType0  # noqa: PLC0415

        d = dict(src_dict)
        auth_token = d.pop("authToken")

        scan_ref = d.pop("scanRef")

        client_id = d.pop("clientId")

        message = d.pop("message", UNSET)

        def _parse_person_scan_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        person_scan_ref = _parse_person_scan_ref(d.pop("personScanRef", UNSET))

        def _parse_digit_string(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        digit_string = _parse_digit_string(d.pop("digitString", UNSET))

        def _parse_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_url = _parse_redirect_url(d.pop("redirectUrl", UNSET))

        def _parse_allowed_documents(data: object) -> None | TokenResponseAllowedDocumentsType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                allowed_documents_type_0 = TokenResponseAllowedDocumentsType0.from_dict(data)

                return allowed_documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenResponseAllowedDocumentsType0 | Unset, data)

        allowed_documents = _parse_allowed_documents(d.pop("allowedDocuments", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_success_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        success_url = _parse_success_url(d.pop("successUrl", UNSET))

        def _parse_error_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_url = _parse_error_url(d.pop("errorUrl", UNSET))

        def _parse_unverified_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unverified_url = _parse_unverified_url(d.pop("unverifiedUrl", UNSET))

        def _parse_callback_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        callback_url = _parse_callback_url(d.pop("callbackUrl", UNSET))

        def _parse_locale(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        show_instructions = d.pop("showInstructions", UNSET)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        expiry_time = d.pop("expiryTime", UNSET)

        session_length = d.pop("sessionLength", UNSET)

        def _parse_documents(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                documents_type_0 = cast(list[str], data)

                return documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        documents = _parse_documents(d.pop("documents", UNSET))

        def _parse_date_of_birth(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("dateOfBirth", UNSET))

        def _parse_date_of_expiry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_of_expiry = _parse_date_of_expiry(d.pop("dateOfExpiry", UNSET))

        def _parse_date_of_issue(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        date_of_issue = _parse_date_of_issue(d.pop("dateOfIssue", UNSET))

        def _parse_nationality(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        nationality = _parse_nationality(d.pop("nationality", UNSET))

        def _parse_personal_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        personal_number = _parse_personal_number(d.pop("personalNumber", UNSET))

        def _parse_document_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        document_number = _parse_document_number(d.pop("documentNumber", UNSET))

        def _parse_sex(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        def _parse_token_type(data: object) -> str | TokenType | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                token_type_type_0 = TokenType(data)

                return token_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(str | TokenType | Unset, data)

        token_type = _parse_token_type(d.pop("tokenType", UNSET))

        def _parse_video_call_questions(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                video_call_questions_type_0 = cast(list[str], data)

                return video_call_questions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        video_call_questions = _parse_video_call_questions(d.pop("videoCallQuestions", UNSET))

        def _parse_external_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_ref = _parse_external_ref(d.pop("externalRef", UNSET))

        def _parse_utility_bill(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        utility_bill = _parse_utility_bill(d.pop("utilityBill", UNSET))

        def _parse_additional_steps(data: object) -> AdditionalSteps | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_steps_type_0 = AdditionalSteps.from_dict(data)

                return additional_steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AdditionalSteps | None | Unset, data)

        additional_steps = _parse_additional_steps(d.pop("additionalSteps", UNSET))

        def _parse_additional_data(data: object) -> None | TokenResponseAdditionalDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_data_type_0 = TokenResponseAdditionalDataType0.from_dict(data)

                return additional_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenResponseAdditionalDataType0 | Unset, data)

        additional_data = _parse_additional_data(d.pop("additionalData", UNSET))

        def _parse_questionnaire(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        questionnaire = _parse_questionnaire(d.pop("questionnaire", UNSET))

        def _parse_risk_assessment_profile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        risk_assessment_profile = _parse_risk_assessment_profile(d.pop("riskAssessmentProfile", UNSET))

        def _parse_theme(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        theme = _parse_theme(d.pop("theme", UNSET))

        def _parse_registry_centers_countries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                registry_centers_countries_type_0 = cast(list[str], data)

                return registry_centers_countries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        registry_centers_countries = _parse_registry_centers_countries(d.pop("registryCentersCountries", UNSET))

        face_matching_threshold_modifier = d.pop("faceMatchingThresholdModifier", UNSET)

        check_liveness = d.pop("checkLiveness", UNSET)

        review_successful = d.pop("reviewSuccessful", UNSET)

        review_failed = d.pop("reviewFailed", UNSET)

        driver_license_back = d.pop("driverLicenseBack", UNSET)

        auto_aml_monitoring = d.pop("autoAmlMonitoring", UNSET)

        check_ip_proxy = d.pop("checkIpProxy", UNSET)

        check_face_blacklist = d.pop("checkFaceBlacklist", UNSET)

        check_doc_face_blacklist = d.pop("checkDocFaceBlacklist", UNSET)

        check_duplicate_faces = d.pop("checkDuplicateFaces", UNSET)

        check_duplicate_doc_faces = d.pop("checkDuplicateDocFaces", UNSET)

        nfc_required = d.pop("nfcRequired", UNSET)

        verify_email = d.pop("verifyEmail", UNSET)

        verify_phone = d.pop("verifyPhone", UNSET)

        verify_bank = d.pop("verifyBank", UNSET)

        verify_bank_accounts = d.pop("verifyBankAccounts", UNSET)

        verify_bank_balances = d.pop("verifyBankBalances", UNSET)

        verify_bank_transactions = d.pop("verifyBankTransactions", UNSET)

        bank_card_verification = d.pop("bankCardVerification", UNSET)

        bank_card_pdf_upload = d.pop("bankCardPdfUpload", UNSET)

        verify_address = d.pop("verifyAddress", UNSET)

        check_aml = d.pop("checkAml", UNSET)

        check_criminal = d.pop("checkCriminal", UNSET)

        check_person_blacklist = d.pop("checkPersonBlacklist", UNSET)

        check_duplicate_personal_data = d.pop("checkDuplicatePersonalData", UNSET)

        check_driver_license = d.pop("checkDriverLicense", UNSET)

        check_lid = d.pop("checkLid", UNSET)

        allow_bsn_masking = d.pop("allowBsnMasking", UNSET)

        token_response = cls(
            auth_token=auth_token,
            scan_ref=scan_ref,
            client_id=client_id,
            message=message,
            person_scan_ref=person_scan_ref,
            digit_string=digit_string,
            redirect_url=redirect_url,
            allowed_documents=allowed_documents,
            first_name=first_name,
            last_name=last_name,
            success_url=success_url,
            error_url=error_url,
            unverified_url=unverified_url,
            callback_url=callback_url,
            locale=locale,
            show_instructions=show_instructions,
            country=country,
            expiry_time=expiry_time,
            session_length=session_length,
            documents=documents,
            date_of_birth=date_of_birth,
            date_of_expiry=date_of_expiry,
            date_of_issue=date_of_issue,
            nationality=nationality,
            personal_number=personal_number,
            document_number=document_number,
            sex=sex,
            address=address,
            token_type=token_type,
            video_call_questions=video_call_questions,
            external_ref=external_ref,
            utility_bill=utility_bill,
            additional_steps=additional_steps,
            additional_data=additional_data,
            questionnaire=questionnaire,
            risk_assessment_profile=risk_assessment_profile,
            theme=theme,
            registry_centers_countries=registry_centers_countries,
            face_matching_threshold_modifier=face_matching_threshold_modifier,
            check_liveness=check_liveness,
            review_successful=review_successful,
            review_failed=review_failed,
            driver_license_back=driver_license_back,
            auto_aml_monitoring=auto_aml_monitoring,
            check_ip_proxy=check_ip_proxy,
            check_face_blacklist=check_face_blacklist,
            check_doc_face_blacklist=check_doc_face_blacklist,
            check_duplicate_faces=check_duplicate_faces,
            check_duplicate_doc_faces=check_duplicate_doc_faces,
            nfc_required=nfc_required,
            verify_email=verify_email,
            verify_phone=verify_phone,
            verify_bank=verify_bank,
            verify_bank_accounts=verify_bank_accounts,
            verify_bank_balances=verify_bank_balances,
            verify_bank_transactions=verify_bank_transactions,
            bank_card_verification=bank_card_verification,
            bank_card_pdf_upload=bank_card_pdf_upload,
            verify_address=verify_address,
            check_aml=check_aml,
            check_criminal=check_criminal,
            check_person_blacklist=check_person_blacklist,
            check_duplicate_personal_data=check_duplicate_personal_data,
            check_driver_license=check_driver_license,
            check_lid=check_lid,
            allow_bsn_masking=allow_bsn_masking,
        )

        token_response.additional_properties = d
        return token_response

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
