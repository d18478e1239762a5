from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.close_status import CloseStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_id_plus_result_message_additional_data import LiveIDPlusResultMessageAdditionalData


T = TypeVar("T", bound="LiveIDPlusResultMessage")


@_attrs_define
class LiveIDPlusResultMessage:
    """Details of the call closing.

    Attributes:
        close_status (CloseStatus | str):
        note (str | Unset): The operator's closing note.
        process_id (str | Unset): The process the call belongs to (a UUID provided by Namirial).
        self_ (bool | Unset): True for a self identification process.
        abort_code (str | Unset): Predefined closure-reason code; present only when closeStatus is `A`. Codes can be
            customised per process.
        next_process (str | Unset): ID of a follow-up identification process, if any. Absent for the `error` event.
        token (str | Unset): JWT for the ConferenceToken security scheme, scoped to this call. Absent for the `error`
            event.
        additional_data (LiveIDPlusResultMessageAdditionalData | Unset): Custom data added by the process's end script.
            Absent for the `error` event.
    """

    close_status: CloseStatus | str
    note: str | Unset = UNSET
    process_id: str | Unset = UNSET
    self_: bool | Unset = UNSET
    abort_code: str | Unset = UNSET
    next_process: str | Unset = UNSET
    token: str | Unset = UNSET
    additional_data: LiveIDPlusResultMessageAdditionalData | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        close_status: str
        if isinstance(self.close_status, CloseStatus):
            close_status = self.close_status.value
        else:
            close_status = self.close_status

        note = self.note

        process_id = self.process_id

        self_ = self.self_

        abort_code = self.abort_code

        next_process = self.next_process

        token = self.token

        additional_data: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_data, Unset):
            additional_data = self.additional_data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "closeStatus": close_status,
            }
        )
        if note is not UNSET:
            field_dict["note"] = note
        if process_id is not UNSET:
            field_dict["processId"] = process_id
        if self_ is not UNSET:
            field_dict["self"] = self_
        if abort_code is not UNSET:
            field_dict["abortCode"] = abort_code
        if next_process is not UNSET:
            field_dict["nextProcess"] = next_process
        if token is not UNSET:
            field_dict["token"] = token
        if additional_data is not UNSET:
            field_dict["additionalData"] = additional_data

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_id_plus_result_message_additional_data import LiveIDPlusResultMessageAdditionalData  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_close_status(data: object) -> CloseStatus | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                close_status_type_0 = CloseStatus(data)

                return close_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CloseStatus | str, data)

        close_status = _parse_close_status(d.pop("closeStatus"))

        note = d.pop("note", UNSET)

        process_id = d.pop("processId", UNSET)

        self_ = d.pop("self", UNSET)

        abort_code = d.pop("abortCode", UNSET)

        next_process = d.pop("nextProcess", UNSET)

        token = d.pop("token", UNSET)

        _additional_data = d.pop("additionalData", UNSET)
        additional_data: LiveIDPlusResultMessageAdditionalData | Unset
        if isinstance(_additional_data, Unset):
            additional_data = UNSET
        else:
            additional_data = LiveIDPlusResultMessageAdditionalData.from_dict(_additional_data)

        live_id_plus_result_message = cls(
            close_status=close_status,
            note=note,
            process_id=process_id,
            self_=self_,
            abort_code=abort_code,
            next_process=next_process,
            token=token,
            additional_data=additional_data,
        )

        live_id_plus_result_message.additional_properties = d
        return live_id_plus_result_message

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
