"""Contains all the data models used in inputs/outputs"""

from .additional_step_definition import AdditionalStepDefinition
from .additional_step_definition_texts import AdditionalStepDefinitionTexts
from .additional_step_settings import AdditionalStepSettings
from .additional_step_status import AdditionalStepStatus
from .additional_step_text import AdditionalStepText
from .additional_step_type import AdditionalStepType
from .additional_steps import AdditionalSteps
from .additional_steps_additional_property import AdditionalStepsAdditionalProperty
from .additional_steps_additional_property_additional_property import (
    AdditionalStepsAdditionalPropertyAdditionalProperty,
)
from .address_verification import AddressVerification
from .address_verification_quality import AddressVerificationQuality
from .address_verification_status import AddressVerificationStatus
from .age_estimate import AgeEstimate
from .aml_check_v3 import AmlCheckV3
from .aml_check_v3_adverse_media_type_0_item import AmlCheckV3AdverseMediaType0Item
from .aml_check_v3_aml_check_type_0_item import AmlCheckV3AmlCheckType0Item
from .aml_check_v3_status_set_by_type_0 import AmlCheckV3StatusSetByType0
from .aml_screening_status import AmlScreeningStatus
from .bank_account import BankAccount
from .bank_balances_overview import BankBalancesOverview
from .bank_card_no_match_reason import BankCardNoMatchReason
from .bank_card_verification import BankCardVerification
from .bank_card_verification_status import BankCardVerificationStatus
from .bank_verification import BankVerification
from .client_sex import ClientSex
from .detection_type import DetectionType
from .document_expiration_threshold import DocumentExpirationThreshold
from .document_expiration_webhook import DocumentExpirationWebhook
from .document_sex import DocumentSex
from .document_status import DocumentStatus
from .document_type import DocumentType
from .driver_license_check import DriverLicenseCheck
from .dummy_document_validity import DummyDocumentValidity
from .dummy_face_match_result import DummyFaceMatchResult
from .dummy_status import DummyStatus
from .dummy_status_request import DummyStatusRequest
from .email_verification import EmailVerification
from .error import Error
from .error_identifier import ErrorIdentifier
from .error_severity import ErrorSeverity
from .face_status import FaceStatus
from .file_urls import FileUrls
from .fraud_service import FraudService
from .fraud_status import FraudStatus
from .fraud_tag import FraudTag
from .identification_event_type import IdentificationEventType
from .identification_status import IdentificationStatus
from .identification_webhook import IdentificationWebhook
from .identification_webhook_additional_step_pdf_urls_type_0 import IdentificationWebhookAdditionalStepPdfUrlsType0
from .identification_webhook_additional_steps_type_0 import IdentificationWebhookAdditionalStepsType0
from .identification_webhook_data import IdentificationWebhookData
from .kyc_document_type import KycDocumentType
from .lid_data import LidData
from .lid_result import LidResult
from .locale import Locale
from .mismatch_tag import MismatchTag
from .phone_verification import PhoneVerification
from .platform import Platform
from .process_document_type import ProcessDocumentType
from .process_images import ProcessImages
from .process_request import ProcessRequest
from .questionnaire_answers import QuestionnaireAnswers
from .questionnaire_question import QuestionnaireQuestion
from .questionnaire_question_type import QuestionnaireQuestionType
from .questionnaire_section import QuestionnaireSection
from .registry_center_check import RegistryCenterCheck
from .registry_center_resource_type import RegistryCenterResourceType
from .risk_assessment import RiskAssessment
from .risk_level import RiskLevel
from .scan_ref_request import ScanRefRequest
from .service_check_result import ServiceCheckResult
from .service_check_result_data_item import ServiceCheckResultDataItem
from .service_suspicion import ServiceSuspicion
from .status_response import StatusResponse
from .token_request import TokenRequest
from .token_request_additional_data_type_0 import TokenRequestAdditionalDataType0
from .token_response import TokenResponse
from .token_response_additional_data_type_0 import TokenResponseAdditionalDataType0
from .token_response_allowed_documents_type_0 import TokenResponseAllowedDocumentsType0
from .token_type import TokenType
from .upload_additional_step_request import UploadAdditionalStepRequest
from .upload_additional_step_request_additional_data import UploadAdditionalStepRequestAdditionalData
from .verification_data import VerificationData
from .verification_data_additional_data_type_0 import VerificationDataAdditionalDataType0
from .verification_status import VerificationStatus
from .video_call_answer import VideoCallAnswer
from .video_call_record import VideoCallRecord
from .video_call_record_photos import VideoCallRecordPhotos
from .video_call_request import VideoCallRequest
from .video_call_response import VideoCallResponse
from .video_call_webhook import VideoCallWebhook
from .video_call_webhook_video_call_answers import VideoCallWebhookVideoCallAnswers

__all__ = (
    "AdditionalStepDefinition",
    "AdditionalStepDefinitionTexts",
    "AdditionalSteps",
    "AdditionalStepsAdditionalProperty",
    "AdditionalStepsAdditionalPropertyAdditionalProperty",
    "AdditionalStepSettings",
    "AdditionalStepStatus",
    "AdditionalStepText",
    "AdditionalStepType",
    "AddressVerification",
    "AddressVerificationQuality",
    "AddressVerificationStatus",
    "AgeEstimate",
    "AmlCheckV3",
    "AmlCheckV3AdverseMediaType0Item",
    "AmlCheckV3AmlCheckType0Item",
    "AmlCheckV3StatusSetByType0",
    "AmlScreeningStatus",
    "BankAccount",
    "BankBalancesOverview",
    "BankCardNoMatchReason",
    "BankCardVerification",
    "BankCardVerificationStatus",
    "BankVerification",
    "ClientSex",
    "DetectionType",
    "DocumentExpirationThreshold",
    "DocumentExpirationWebhook",
    "DocumentSex",
    "DocumentStatus",
    "DocumentType",
    "DriverLicenseCheck",
    "DummyDocumentValidity",
    "DummyFaceMatchResult",
    "DummyStatus",
    "DummyStatusRequest",
    "EmailVerification",
    "Error",
    "ErrorIdentifier",
    "ErrorSeverity",
    "FaceStatus",
    "FileUrls",
    "FraudService",
    "FraudStatus",
    "FraudTag",
    "IdentificationEventType",
    "IdentificationStatus",
    "IdentificationWebhook",
    "IdentificationWebhookAdditionalStepPdfUrlsType0",
    "IdentificationWebhookAdditionalStepsType0",
    "IdentificationWebhookData",
    "KycDocumentType",
    "LidData",
    "LidResult",
    "Locale",
    "MismatchTag",
    "PhoneVerification",
    "Platform",
    "ProcessDocumentType",
    "ProcessImages",
    "ProcessRequest",
    "QuestionnaireAnswers",
    "QuestionnaireQuestion",
    "QuestionnaireQuestionType",
    "QuestionnaireSection",
    "RegistryCenterCheck",
    "RegistryCenterResourceType",
    "RiskAssessment",
    "RiskLevel",
    "ScanRefRequest",
    "ServiceCheckResult",
    "ServiceCheckResultDataItem",
    "ServiceSuspicion",
    "StatusResponse",
    "TokenRequest",
    "TokenRequestAdditionalDataType0",
    "TokenResponse",
    "TokenResponseAdditionalDataType0",
    "TokenResponseAllowedDocumentsType0",
    "TokenType",
    "UploadAdditionalStepRequest",
    "UploadAdditionalStepRequestAdditionalData",
    "VerificationData",
    "VerificationDataAdditionalDataType0",
    "VerificationStatus",
    "VideoCallAnswer",
    "VideoCallRecord",
    "VideoCallRecordPhotos",
    "VideoCallRequest",
    "VideoCallResponse",
    "VideoCallWebhook",
    "VideoCallWebhookVideoCallAnswers",
)
