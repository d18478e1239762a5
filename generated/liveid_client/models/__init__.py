"""Contains all the data models used in inputs/outputs"""

from .async_request_info_response import AsyncRequestInfoResponse
from .audit_data_url_response import AuditDataUrlResponse
from .available_languages_response import AvailableLanguagesResponse
from .available_operators_response import AvailableOperatorsResponse
from .call_info import CallInfo
from .close_status import CloseStatus
from .conference_data_module import ConferenceDataModule
from .conference_data_response import ConferenceDataResponse
from .conference_data_response_data import ConferenceDataResponseData
from .daily_waiting_time import DailyWaitingTime
from .daily_waiting_times_response import DailyWaitingTimesResponse
from .end_pattern import EndPattern
from .error import Error
from .gen_api_token_response import GenAPITokenResponse
from .get_call_info_uid_request import GetCallInfoUIDRequest
from .get_call_info_uid_response import GetCallInfoUIDResponse
from .known_conference_data_module import KnownConferenceDataModule
from .live_id_plus_event import LiveIDPlusEvent
from .live_id_plus_result import LiveIDPlusResult
from .live_id_plus_result_message import LiveIDPlusResultMessage
from .live_id_plus_result_message_additional_data import LiveIDPlusResultMessageAdditionalData
from .operator import Operator
from .organization_request import OrganizationRequest
from .process_request import ProcessRequest
from .push_async_call_method import PushAsyncCallMethod
from .push_async_call_request import PushAsyncCallRequest
from .push_async_call_response import PushAsyncCallResponse
from .queue_response import QueueResponse
from .register_alert_email_request import RegisterAlertEmailRequest
from .reject_call_request import RejectCallRequest
from .service_start_form import ServiceStartForm
from .service_webrtc_test_form import ServiceWebrtcTestForm
from .success_response import SuccessResponse

__all__ = (
    "AsyncRequestInfoResponse",
    "AuditDataUrlResponse",
    "AvailableLanguagesResponse",
    "AvailableOperatorsResponse",
    "CallInfo",
    "CloseStatus",
    "ConferenceDataModule",
    "ConferenceDataResponse",
    "ConferenceDataResponseData",
    "DailyWaitingTime",
    "DailyWaitingTimesResponse",
    "EndPattern",
    "Error",
    "GenAPITokenResponse",
    "GetCallInfoUIDRequest",
    "GetCallInfoUIDResponse",
    "KnownConferenceDataModule",
    "LiveIDPlusEvent",
    "LiveIDPlusResult",
    "LiveIDPlusResultMessage",
    "LiveIDPlusResultMessageAdditionalData",
    "Operator",
    "OrganizationRequest",
    "ProcessRequest",
    "PushAsyncCallMethod",
    "PushAsyncCallRequest",
    "PushAsyncCallResponse",
    "QueueResponse",
    "RegisterAlertEmailRequest",
    "RejectCallRequest",
    "ServiceStartForm",
    "ServiceWebrtcTestForm",
    "SuccessResponse",
)
