from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.video_call_webhook_video_call_answers import VideoCallWebhookVideoCallAnswers


T = TypeVar("T", bound="VideoCallWebhook")


@_attrs_define
class VideoCallWebhook:
    """Body of the video-call-finished webhook, as documented in 2020.

    Attributes:
        scan_ref (str):
        video_call_answers (VideoCallWebhookVideoCallAnswers | Unset): Answers to the `videoCallQuestions`, by question.
            (The 2020 table types the field as String; its description and example show an object.)
        date (str | Unset): When the call ended, e.g. "2020-08-14 12:48:08.085275+00:00" (not RFC 3339).
        status (bool | Unset): True for a successful call, false for a failed one.
        auth_token (str | Unset):
        client_id (str | Unset):
    """

    scan_ref: str
    video_call_answers: VideoCallWebhookVideoCallAnswers | Unset = UNSET
    date: str | Unset = UNSET
    status: bool | Unset = UNSET
    auth_token: str | Unset = UNSET
    client_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_ref = self.scan_ref

        video_call_answers: dict[str, Any] | Unset = UNSET
        if not isinstance(self.video_call_answers, Unset):
            video_call_answers = self.video_call_answers.to_dict()

        date = self.date

        status = self.status

        auth_token = self.auth_token

        client_id = self.client_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scanRef": scan_ref,
            }
        )
        if video_call_answers is not UNSET:
            field_dict["videoCallAnswers"] = video_call_answers
        if date is not UNSET:
            field_dict["date"] = date
        if status is not UNSET:
            field_dict["status"] = status
        if auth_token is not UNSET:
            field_dict["authToken"] = auth_token
        if client_id is not UNSET:
            field_dict["clientId"] = client_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.video_call_webhook_video_call_answers import VideoCallWebhookVideoCallAnswers  # noqa: PLC0415

        d = dict(src_dict)
        scan_ref = d.pop("scanRef")

        _video_call_answers = d.pop("videoCallAnswers", UNSET)
        video_call_answers: VideoCallWebhookVideoCallAnswers | Unset
        if isinstance(_video_call_answers, Unset):
            video_call_answers = UNSET
        else:
            video_call_answers = VideoCallWebhookVideoCallAnswers.from_dict(_video_call_answers)

        date = d.pop("date", UNSET)

        status = d.pop("status", UNSET)

        auth_token = d.pop("authToken", UNSET)

        client_id = d.pop("clientId", UNSET)

        video_call_webhook = cls(
            scan_ref=scan_ref,
            video_call_answers=video_call_answers,
            date=date,
            status=status,
            auth_token=auth_token,
            client_id=client_id,
        )

        video_call_webhook.additional_properties = d
        return video_call_webhook

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
