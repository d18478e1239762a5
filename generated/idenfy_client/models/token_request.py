from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.client_sex import ClientSex
from ..models.detection_type import DetectionType
from ..models.document_type import DocumentType
from ..models.dummy_status import DummyStatus
from ..models.fraud_service import FraudService
from ..models.locale import Locale
from ..models.token_type import TokenType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.additional_steps import AdditionalSteps
    from ..models.token_request_additional_data_type_0 import TokenRequestAdditionalDataType0


T = TypeVar("T", bound="TokenRequest")


@_attrs_define
class TokenRequest:
    """Parameters of a new verification session. Only `clientId` is required (all prose docs; iDenfy's 2026 OpenAPI
    file also lists `tokenType` as required, contradicting its own prose). The custom settings (`checkLiveness`,
    `fraudServices`, ...) must be enabled for the partner's environment first. Unknown fields are not
    documented to be rejected, so the object stays open.

        Attributes:
            client_id (str): Unique id of the client on the partner's side (not null, at most 100 characters). A docs page
                says "ASCII characters available" and that the legacy name `personScanRef` is also accepted; iDenfy's 2026
                OpenAPI file sets no character rule, so none is enforced here.
            person_scan_ref (str | Unset): Legacy name of `clientId`, still accepted (send one of the two).
            first_name (None | str | Unset): Name(s) of the client; no digits and none of the characters
                ~!@#$%^*()_+={}[]|:;",<>/? (2022 docs). A mismatch with the document adds mismatch tag NAME. Newer docs say it
                is converted to upper case. The 2019-2022 docs also state min length 1 and the character rule; iDenfy's 2026
                OpenAPI file only maxLength 100, so only that is enforced.
            last_name (None | str | Unset): Surname(s) of the client; same rules as `firstName`. The 2019-2022 docs also
                state min length 1 and the character rule; iDenfy's 2026 OpenAPI file only maxLength 100, so only that is
                enforced.
            success_url (None | str | Unset): URL the client is redirected to after a successful verification. Cannot be
                used with the iframe integration (2022).

                Server-side default: `"https://ui.idenfy.com/result?status=success"`.
            error_url (None | str | Unset): URL the client is redirected to after a failed verification.

                Server-side default: `"https://ui.idenfy.com/result?status=fail"`.
            unverified_url (None | str | Unset): URL the client is redirected to after a verification that was not analysed
                (e.g. the user cancelled at once).

                Server-side default: `"https://ui.idenfy.com/result?status=unverified"`.
            callback_url (None | str | Unset): Webhook URL for this session only, overriding the dashboard setting. Needs a
                permission enabled by iDenfy ("You are not allowed to use a custom callback url." otherwise). The 2022 docs say
                it must be an HTTPS URL; iDenfy's 2026 OpenAPI file only says format uri.
            locale (Locale | None | str | Unset): Default language of the verification UI. The seed (2019 docs) lists `lt`,
                `en`, `ru`; the 2021 docs add
                `pl`, `ro`, `lv`; the 2022 docs list 16 (`lt, en, ru, pl, lv, ro, it, de, fr, sv, es, hu, ja, bg, et, cs`);
                iDenfy's 2026 OpenAPI file types it as a free string of at most 7 characters ("e.g. en, de, ko"). The
                known codes are listed in `Locale`; other codes are accepted as plain strings (up to 7 characters per
                iDenfy's OpenAPI file; the length is not enforced here, to keep the generated models simple).


                Server-side default: `"en"`.
            show_instructions (bool | Unset): Whether the UI shows instructions before the capture steps.

                Server-side default: `true`.
            expiry_time (int | Unset): Seconds after which the new token becomes invalid. Seed and 2021 docs: "More than 0",
                default 3600; 2022
                docs: "More than 0, not exceeding 2592000 (30 days)", default 86400; iDenfy's 2026 OpenAPI file: minimum 0,
                maximum 2592000. The wider range (0..2592000) is accepted; the seed default is given.


                Server-side default: `3600`.
            session_length (int | Unset): Seconds the client has to complete the verification once started. Seed: "More than
                60, less than 3600",
                default 600; 2022 docs default 1800; iDenfy's 2026 OpenAPI file: minimum 60, maximum 3600 (inclusive).
                The inclusive bounds are accepted; the seed default is given.


                Server-side default: `600`.
            country (None | str | Unset): ISO 3166-1 alpha-2 code of the document country; the client cannot choose another
                one. The length is not enforced (iDenfy's OpenAPI file sets none). Examples use lower case (`lt`). (A newer docs
                page shows an array here; iDenfy's OpenAPI file types it as a string.)

                Server-side default: `null`.
            documents (list[DocumentType | str] | None | Unset): Document types the client may use. Default per docs
                `ID_CARD`, `PASSPORT`; in practice the environment's configured list is returned. The known values are listed in
                `DocumentType` (2021, 2022 and 2026 lists); iDenfy's 2026 OpenAPI file types the items as plain strings, and the
                list grows, so other strings are accepted.
            date_of_birth (datetime.date | None | Unset): Client's date of birth (YYYY-MM-DD); compared with the document.

                Server-side default: `null`.
            date_of_expiry (datetime.date | None | Unset): Expiry date of the client's document (YYYY-MM-DD).

                Server-side default: `null`.
            date_of_issue (None | str | Unset): Issue date of the client's document (YYYY-MM-DD in the 2021 docs; iDenfy's
                2026 OpenAPI file gives no format, unlike dateOfBirth and dateOfExpiry, so none is enforced).

                Server-side default: `null`.
            nationality (None | str | Unset): Client's nationality, ISO 3166-1 alpha-2 (examples use lower case); the length
                is not enforced (iDenfy's OpenAPI file sets none).

                Server-side default: `null`.
            personal_number (None | str | Unset): Client's personal/national number. Max length 50 (iDenfy's 2026 OpenAPI
                file); the 2021 docs' min length 1 is not enforced (the OpenAPI file sets none).

                Server-side default: `null`.
            document_number (None | str | Unset): Number of the client's document. Max length 50 (iDenfy's 2026 OpenAPI
                file); the 2021 docs' min length 1 is not enforced (the OpenAPI file sets none).

                Server-side default: `null`.
            sex (ClientSex | None | Unset): Client's sex.

                Server-side default: `null`.
            address (None | str | Unset): Client's address (for proof-of-address comparison). The 2022 docs say at most 255
                characters; iDenfy's 2026 OpenAPI file sets no length, so none is enforced.

                Server-side default: `null`.
            generate_digit_string (bool | Unset): If true, an 8-digit code for the mobile app is returned as `digitString`;
                the contract must allow it and `expiryTime` must not exceed the digit string's maximum expiry time.

                Server-side default: `false`.
            token_type (str | TokenType | Unset): Kind of session; known values in `TokenType`. The set changed between doc
                versions (five values in
                2021/2022, only IDENTIFICATION and DOCUMENT in iDenfy's 2026 OpenAPI file, which also lists the field as
                required, against the prose), so other values are accepted as plain strings.


                Server-side default: `"IDENTIFICATION"`.
            video_call_questions (list[str] | Unset): Questions the operator asks in a video call.

                Server-side default: `[]`.
            external_ref (None | str | Unset): Partner's own reference, returned as is in the webhook.

                Server-side default: `null`.
            utility_bill (bool | None | Unset): Adds the utility-bill (proof of address) step. Cannot be combined with
                `additionalSteps`.

                Server-side default: `false`.
            additional_steps (AdditionalSteps | None | Unset): Custom additional steps (country → document type → step name
                → definition). Cannot be combined with `utilityBill`.

                Server-side default: `null`.
            additional_data (None | TokenRequestAdditionalDataType0 | Unset): Data for EXTRACT/COMPARE additional steps,
                keyed by step name, e.g. {"UTILITY_BILL": {"address": "...", "ssn": "..."}}. Only together with
                `additionalSteps`.

                Server-side default: `null`.
            questionnaire (None | str | Unset): Key of the questionnaire to show; `null` disables it.
            questionnaire_required (bool | Unset): Whether the questionnaire must be filled in.

                Server-side default: `true`.
            dummy_status (DummyStatus | Unset): Final status of a dummy verification (DEV only). The 2026 docs no longer
                list ACTIVE.
            risk_assessment_profile (None | Unset | UUID): Id of the risk-assessment profile to apply.
            theme (None | Unset | UUID): Id of the UI theme to use.
            registry_centers_countries (list[str] | None | Unset): Countries whose registry centres are checked.
            check_liveness (bool | Unset): Require the liveness check.
            review_successful (bool | Unset): Manually review verifications that succeeded automatically.
            review_failed (bool | Unset): Manually review verifications that failed automatically.
            driver_license_back (bool | Unset): Require the back side of driver licences.
            auto_aml_monitoring (bool | Unset): Add the client to ongoing AML monitoring.
            fraud_services (list[FraudService] | Unset): Fraud services to run.
            check_ip_proxy (bool | Unset): Check whether the client's IP address is a proxy.
            max_attempt_count (int | Unset): Maximum number of verification attempts.
            check_face_blacklist (bool | Unset): Check the selfie against the face blocklist.
            check_doc_face_blacklist (bool | Unset): Check the document photo against the face blocklist.
            check_duplicate_faces (bool | Unset): Look for the selfie in other verifications.
            check_duplicate_doc_faces (bool | Unset): Look for the document photo in other verifications.
            nfc_required (bool | Unset): Require reading the document's NFC chip.
            face_matching_threshold_modifier (float | Unset): Modifier of the face-matching threshold.

                Server-side default: `1`.
            levenshtein_text_match_ratio (float | Unset): Minimum Levenshtein ratio for matching supplied text with the
                document text.

                Server-side default: `0.8`.
            levenshtein_mrz_match_ratio (float | Unset): Minimum Levenshtein ratio for matching supplied data with the MRZ.

                Server-side default: `0.7`.
            check_urjanet (bool | Unset): Run the Urjanet utility-bill check.
            detection_types (list[DetectionType] | Unset): Face detection types.
            verify_email (bool | Unset): Add the e-mail verification step.
            verify_phone (bool | Unset): Add the phone verification step.
            verify_bank (bool | Unset): Add the bank verification step.
            verify_bank_accounts (bool | Unset): Read the client's bank accounts.
            verify_bank_balances (bool | Unset): Read the client's bank balances.
            verify_bank_transactions (bool | Unset): Read the client's bank transactions.
            bank_card_verification (bool | Unset): Add the bank-card verification step.
            bank_card_pdf_upload (bool | Unset): Allow a PDF upload in the bank-card step.
            verify_address (bool | Unset): Verify the client's address.
            check_aml (bool | Unset): Run the AML check.
            check_criminal (bool | Unset): Run the criminal-record check.
            check_person_blacklist (bool | Unset): Check the person's data against the blocklist.
            check_duplicate_personal_data (bool | Unset): Look for the same personal data in other verifications.
            check_driver_license (bool | Unset): Run the driver-licence registry check.
            check_lid (bool | Unset): Run the lost/invalid documents (LID) check.
            allow_bsn_masking (bool | Unset): Allow masking of the Dutch BSN number.
            nfc_optional (bool | Unset): Offer, but do not require, reading the NFC chip.
            age_limit (int | Unset): Minimum age; a younger client makes the verification SUSPECTED (mismatch tag
                UNDER_AGE).
            age_max (int | Unset): Maximum age; an older client makes the verification SUSPECTED (mismatch tag OVER_AGE).
    """

    client_id: str
    person_scan_ref: str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    success_url: None | str | Unset = UNSET
    error_url: None | str | Unset = UNSET
    unverified_url: None | str | Unset = UNSET
    callback_url: None | str | Unset = UNSET
    locale: Locale | None | str | Unset = UNSET
    show_instructions: bool | Unset = UNSET
    expiry_time: int | Unset = UNSET
    session_length: int | Unset = UNSET
    country: None | str | Unset = UNSET
    documents: list[DocumentType | str] | None | Unset = UNSET
    date_of_birth: datetime.date | None | Unset = UNSET
    date_of_expiry: datetime.date | None | Unset = UNSET
    date_of_issue: None | str | Unset = UNSET
    nationality: None | str | Unset = UNSET
    personal_number: None | str | Unset = UNSET
    document_number: None | str | Unset = UNSET
    sex: ClientSex | None | Unset = UNSET
    address: None | str | Unset = UNSET
    generate_digit_string: bool | Unset = UNSET
    token_type: str | TokenType | Unset = UNSET
    video_call_questions: list[str] | Unset = UNSET
    external_ref: None | str | Unset = UNSET
    utility_bill: bool | None | Unset = UNSET
    additional_steps: AdditionalSteps | None | Unset = UNSET
    additional_data: None | TokenRequestAdditionalDataType0 | Unset = UNSET
    questionnaire: None | str | Unset = UNSET
    questionnaire_required: bool | Unset = UNSET
    dummy_status: DummyStatus | Unset = UNSET
    risk_assessment_profile: None | Unset | UUID = UNSET
    theme: None | Unset | UUID = UNSET
    registry_centers_countries: list[str] | None | Unset = UNSET
    check_liveness: bool | Unset = UNSET
    review_successful: bool | Unset = UNSET
    review_failed: bool | Unset = UNSET
    driver_license_back: bool | Unset = UNSET
    auto_aml_monitoring: bool | Unset = UNSET
    fraud_services: list[FraudService] | Unset = UNSET
    check_ip_proxy: bool | Unset = UNSET
    max_attempt_count: int | Unset = UNSET
    check_face_blacklist: bool | Unset = UNSET
    check_doc_face_blacklist: bool | Unset = UNSET
    check_duplicate_faces: bool | Unset = UNSET
    check_duplicate_doc_faces: bool | Unset = UNSET
    nfc_required: bool | Unset = UNSET
    face_matching_threshold_modifier: float | Unset = UNSET
    levenshtein_text_match_ratio: float | Unset = UNSET
    levenshtein_mrz_match_ratio: float | Unset = UNSET
    check_urjanet: bool | Unset = UNSET
    detection_types: list[DetectionType] | Unset = UNSET
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
    nfc_optional: bool | Unset = UNSET
    age_limit: int | Unset = UNSET
    age_max: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.additional_steps import AdditionalSteps  # noqa: PLC0415
        from ..models.token_request_additional_data_type_0 import TokenRequestAdditionalDataType0  # noqa: PLC0415

        client_id = self.client_id

        person_scan_ref = self.person_scan_ref

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
        elif isinstance(self.locale, Locale):
            locale = self.locale.value
        else:
            locale = self.locale

        show_instructions = self.show_instructions

        expiry_time = self.expiry_time

        session_length = self.session_length

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        documents: list[str] | None | Unset
        if isinstance(self.documents, Unset):
            documents = UNSET
        elif isinstance(self.documents, list):
            documents = []
            for documents_type_0_item_data in self.documents:
                documents_type_0_item: str
                if isinstance(documents_type_0_item_data, DocumentType):
                    documents_type_0_item = documents_type_0_item_data.value
                else:
                    documents_type_0_item = documents_type_0_item_data
                documents.append(documents_type_0_item)

        else:
            documents = self.documents

        date_of_birth: None | str | Unset
        if isinstance(self.date_of_birth, Unset):
            date_of_birth = UNSET
        elif isinstance(self.date_of_birth, datetime.date):
            date_of_birth = self.date_of_birth.isoformat()
        else:
            date_of_birth = self.date_of_birth

        date_of_expiry: None | str | Unset
        if isinstance(self.date_of_expiry, Unset):
            date_of_expiry = UNSET
        elif isinstance(self.date_of_expiry, datetime.date):
            date_of_expiry = self.date_of_expiry.isoformat()
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
        elif isinstance(self.sex, ClientSex):
            sex = self.sex.value
        else:
            sex = self.sex

        address: None | str | Unset
        if isinstance(self.address, Unset):
            address = UNSET
        else:
            address = self.address

        generate_digit_string = self.generate_digit_string

        token_type: str | Unset
        if isinstance(self.token_type, Unset):
            token_type = UNSET
        elif isinstance(self.token_type, TokenType):
            token_type = self.token_type.value
        else:
            token_type = self.token_type

        video_call_questions: list[str] | Unset = UNSET
        if not isinstance(self.video_call_questions, Unset):
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
        elif isinstance(self.additional_data, TokenRequestAdditionalDataType0):
            additional_data = self.additional_data.to_dict()
        else:
            additional_data = self.additional_data

        questionnaire: None | str | Unset
        if isinstance(self.questionnaire, Unset):
            questionnaire = UNSET
        else:
            questionnaire = self.questionnaire

        questionnaire_required = self.questionnaire_required

        dummy_status: str | Unset = UNSET
        if not isinstance(self.dummy_status, Unset):
            dummy_status = self.dummy_status.value

        risk_assessment_profile: None | str | Unset
        if isinstance(self.risk_assessment_profile, Unset):
            risk_assessment_profile = UNSET
        elif isinstance(self.risk_assessment_profile, UUID):
            risk_assessment_profile = str(self.risk_assessment_profile)
        else:
            risk_assessment_profile = self.risk_assessment_profile

        theme: None | str | Unset
        if isinstance(self.theme, Unset):
            theme = UNSET
        elif isinstance(self.theme, UUID):
            theme = str(self.theme)
        else:
            theme = self.theme

        registry_centers_countries: list[str] | None | Unset
        if isinstance(self.registry_centers_countries, Unset):
            registry_centers_countries = UNSET
        elif isinstance(self.registry_centers_countries, list):
            registry_centers_countries = self.registry_centers_countries

        else:
            registry_centers_countries = self.registry_centers_countries

        check_liveness = self.check_liveness

        review_successful = self.review_successful

        review_failed = self.review_failed

        driver_license_back = self.driver_license_back

        auto_aml_monitoring = self.auto_aml_monitoring

        fraud_services: list[str] | Unset = UNSET
        if not isinstance(self.fraud_services, Unset):
            fraud_services = []
            for fraud_services_item_data in self.fraud_services:
                fraud_services_item = fraud_services_item_data.value
                fraud_services.append(fraud_services_item)

        check_ip_proxy = self.check_ip_proxy

        max_attempt_count = self.max_attempt_count

        check_face_blacklist = self.check_face_blacklist

        check_doc_face_blacklist = self.check_doc_face_blacklist

        check_duplicate_faces = self.check_duplicate_faces

        check_duplicate_doc_faces = self.check_duplicate_doc_faces

        nfc_required = self.nfc_required

        face_matching_threshold_modifier = self.face_matching_threshold_modifier

        levenshtein_text_match_ratio = self.levenshtein_text_match_ratio

        levenshtein_mrz_match_ratio = self.levenshtein_mrz_match_ratio

        check_urjanet = self.check_urjanet

        detection_types: list[str] | Unset = UNSET
        if not isinstance(self.detection_types, Unset):
            detection_types = []
            for detection_types_item_data in self.detection_types:
                detection_types_item = detection_types_item_data.value
                detection_types.append(detection_types_item)

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

        nfc_optional = self.nfc_optional

        age_limit = self.age_limit

        age_max = self.age_max

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
            }
        )
        if person_scan_ref is not UNSET:
            field_dict["personScanRef"] = person_scan_ref
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
        if expiry_time is not UNSET:
            field_dict["expiryTime"] = expiry_time
        if session_length is not UNSET:
            field_dict["sessionLength"] = session_length
        if country is not UNSET:
            field_dict["country"] = country
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
        if generate_digit_string is not UNSET:
            field_dict["generateDigitString"] = generate_digit_string
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
        if questionnaire_required is not UNSET:
            field_dict["questionnaireRequired"] = questionnaire_required
        if dummy_status is not UNSET:
            field_dict["dummyStatus"] = dummy_status
        if risk_assessment_profile is not UNSET:
            field_dict["riskAssessmentProfile"] = risk_assessment_profile
        if theme is not UNSET:
            field_dict["theme"] = theme
        if registry_centers_countries is not UNSET:
            field_dict["registryCentersCountries"] = registry_centers_countries
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
        if fraud_services is not UNSET:
            field_dict["fraudServices"] = fraud_services
        if check_ip_proxy is not UNSET:
            field_dict["checkIpProxy"] = check_ip_proxy
        if max_attempt_count is not UNSET:
            field_dict["maxAttemptCount"] = max_attempt_count
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
        if face_matching_threshold_modifier is not UNSET:
            field_dict["faceMatchingThresholdModifier"] = face_matching_threshold_modifier
        if levenshtein_text_match_ratio is not UNSET:
            field_dict["levenshteinTextMatchRatio"] = levenshtein_text_match_ratio
        if levenshtein_mrz_match_ratio is not UNSET:
            field_dict["levenshteinMrzMatchRatio"] = levenshtein_mrz_match_ratio
        if check_urjanet is not UNSET:
            field_dict["checkUrjanet"] = check_urjanet
        if detection_types is not UNSET:
            field_dict["detectionTypes"] = detection_types
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
        if nfc_optional is not UNSET:
            field_dict["nfcOptional"] = nfc_optional
        if age_limit is not UNSET:
            field_dict["ageLimit"] = age_limit
        if age_max is not UNSET:
            field_dict["ageMax"] = age_max

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.additional_steps import AdditionalSteps  # noqa: PLC0415
        from ..models.token_request_additional_data_type_0 import TokenRequestAdditionalDataType0  # noqa: PLC0415

        d = dict(src_dict)
        client_id = d.pop("clientId")

        person_scan_ref = d.pop("personScanRef", UNSET)

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

        def _parse_locale(data: object) -> Locale | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                locale_type_0 = Locale(data)

                return locale_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Locale | None | str | Unset, data)

        locale = _parse_locale(d.pop("locale", UNSET))

        show_instructions = d.pop("showInstructions", UNSET)

        expiry_time = d.pop("expiryTime", UNSET)

        session_length = d.pop("sessionLength", UNSET)

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_documents(data: object) -> list[DocumentType | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                documents_type_0 = []
                _documents_type_0 = data
                for documents_type_0_item_data in _documents_type_0:

                    def _parse_documents_type_0_item(data: object) -> DocumentType | str:
                        try:
                            if not isinstance(data, str):
                                raise TypeError()
                            documents_type_0_item_type_0 = DocumentType(data)

                            return documents_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(DocumentType | str, data)

                    documents_type_0_item = _parse_documents_type_0_item(documents_type_0_item_data)

                    documents_type_0.append(documents_type_0_item)

                return documents_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DocumentType | str] | None | Unset, data)

        documents = _parse_documents(d.pop("documents", UNSET))

        def _parse_date_of_birth(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_birth_type_0 = datetime.date.fromisoformat(data)

                return date_of_birth_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        date_of_birth = _parse_date_of_birth(d.pop("dateOfBirth", UNSET))

        def _parse_date_of_expiry(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_of_expiry_type_0 = datetime.date.fromisoformat(data)

                return date_of_expiry_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

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

        def _parse_sex(data: object) -> ClientSex | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sex_type_0 = ClientSex(data)

                return sex_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClientSex | None | Unset, data)

        sex = _parse_sex(d.pop("sex", UNSET))

        def _parse_address(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        address = _parse_address(d.pop("address", UNSET))

        generate_digit_string = d.pop("generateDigitString", UNSET)

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

        video_call_questions = cast(list[str], d.pop("videoCallQuestions", UNSET))

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

        def _parse_additional_data(data: object) -> None | TokenRequestAdditionalDataType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                additional_data_type_0 = TokenRequestAdditionalDataType0.from_dict(data)

                return additional_data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TokenRequestAdditionalDataType0 | Unset, data)

        additional_data = _parse_additional_data(d.pop("additionalData", UNSET))

        def _parse_questionnaire(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        questionnaire = _parse_questionnaire(d.pop("questionnaire", UNSET))

        questionnaire_required = d.pop("questionnaireRequired", UNSET)

        _dummy_status = d.pop("dummyStatus", UNSET)
        dummy_status: DummyStatus | Unset
        if isinstance(_dummy_status, Unset):
            dummy_status = UNSET
        else:
            dummy_status = DummyStatus(_dummy_status)

        def _parse_risk_assessment_profile(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                risk_assessment_profile_type_0 = UUID(data)

                return risk_assessment_profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        risk_assessment_profile = _parse_risk_assessment_profile(d.pop("riskAssessmentProfile", UNSET))

        def _parse_theme(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                theme_type_0 = UUID(data)

                return theme_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

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

        check_liveness = d.pop("checkLiveness", UNSET)

        review_successful = d.pop("reviewSuccessful", UNSET)

        review_failed = d.pop("reviewFailed", UNSET)

        driver_license_back = d.pop("driverLicenseBack", UNSET)

        auto_aml_monitoring = d.pop("autoAmlMonitoring", UNSET)

        _fraud_services = d.pop("fraudServices", UNSET)
        fraud_services: list[FraudService] | Unset = UNSET
        if _fraud_services is not UNSET:
            fraud_services = []
            for fraud_services_item_data in _fraud_services:
                fraud_services_item = FraudService(fraud_services_item_data)

                fraud_services.append(fraud_services_item)

        check_ip_proxy = d.pop("checkIpProxy", UNSET)

        max_attempt_count = d.pop("maxAttemptCount", UNSET)

        check_face_blacklist = d.pop("checkFaceBlacklist", UNSET)

        check_doc_face_blacklist = d.pop("checkDocFaceBlacklist", UNSET)

        check_duplicate_faces = d.pop("checkDuplicateFaces", UNSET)

        check_duplicate_doc_faces = d.pop("checkDuplicateDocFaces", UNSET)

        nfc_required = d.pop("nfcRequired", UNSET)

        face_matching_threshold_modifier = d.pop("faceMatchingThresholdModifier", UNSET)

        levenshtein_text_match_ratio = d.pop("levenshteinTextMatchRatio", UNSET)

        levenshtein_mrz_match_ratio = d.pop("levenshteinMrzMatchRatio", UNSET)

        check_urjanet = d.pop("checkUrjanet", UNSET)

        _detection_types = d.pop("detectionTypes", UNSET)
        detection_types: list[DetectionType] | Unset = UNSET
        if _detection_types is not UNSET:
            detection_types = []
            for detection_types_item_data in _detection_types:
                detection_types_item = DetectionType(detection_types_item_data)

                detection_types.append(detection_types_item)

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

        nfc_optional = d.pop("nfcOptional", UNSET)

        age_limit = d.pop("ageLimit", UNSET)

        age_max = d.pop("ageMax", UNSET)

        token_request = cls(
            client_id=client_id,
            person_scan_ref=person_scan_ref,
            first_name=first_name,
            last_name=last_name,
            success_url=success_url,
            error_url=error_url,
            unverified_url=unverified_url,
            callback_url=callback_url,
            locale=locale,
            show_instructions=show_instructions,
            expiry_time=expiry_time,
            session_length=session_length,
            country=country,
            documents=documents,
            date_of_birth=date_of_birth,
            date_of_expiry=date_of_expiry,
            date_of_issue=date_of_issue,
            nationality=nationality,
            personal_number=personal_number,
            document_number=document_number,
            sex=sex,
            address=address,
            generate_digit_string=generate_digit_string,
            token_type=token_type,
            video_call_questions=video_call_questions,
            external_ref=external_ref,
            utility_bill=utility_bill,
            additional_steps=additional_steps,
            additional_data=additional_data,
            questionnaire=questionnaire,
            questionnaire_required=questionnaire_required,
            dummy_status=dummy_status,
            risk_assessment_profile=risk_assessment_profile,
            theme=theme,
            registry_centers_countries=registry_centers_countries,
            check_liveness=check_liveness,
            review_successful=review_successful,
            review_failed=review_failed,
            driver_license_back=driver_license_back,
            auto_aml_monitoring=auto_aml_monitoring,
            fraud_services=fraud_services,
            check_ip_proxy=check_ip_proxy,
            max_attempt_count=max_attempt_count,
            check_face_blacklist=check_face_blacklist,
            check_doc_face_blacklist=check_doc_face_blacklist,
            check_duplicate_faces=check_duplicate_faces,
            check_duplicate_doc_faces=check_duplicate_doc_faces,
            nfc_required=nfc_required,
            face_matching_threshold_modifier=face_matching_threshold_modifier,
            levenshtein_text_match_ratio=levenshtein_text_match_ratio,
            levenshtein_mrz_match_ratio=levenshtein_mrz_match_ratio,
            check_urjanet=check_urjanet,
            detection_types=detection_types,
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
            nfc_optional=nfc_optional,
            age_limit=age_limit,
            age_max=age_max,
        )

        token_request.additional_properties = d
        return token_request

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
