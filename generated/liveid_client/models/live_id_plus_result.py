from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.live_id_plus_event import LiveIDPlusEvent
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.live_id_plus_result_message import LiveIDPlusResultMessage


T = TypeVar("T", bound="LiveIDPlusResult")


@_attrs_define
class LiveIDPlusResult:
    """Call-closing payload, sent to the `liveid_servercallback` URL (events `close` and `error`), posted to
    the client page (window.postMessage) and passed to the redirectUrl as the `LiveIDPlusResult` POST parameter.

        Attributes:
            call_id (str): Unique identifier of the LiveID+ video identification process (the conference ID).
            message (LiveIDPlusResultMessage): Details of the call closing.
            event (LiveIDPlusEvent | str | Unset):
    """

    call_id: str
    message: LiveIDPlusResultMessage
    event: LiveIDPlusEvent | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        message = self.message.to_dict()

        event: str | Unset
        if isinstance(self.event, Unset):
            event = UNSET
        elif isinstance(self.event, LiveIDPlusEvent):
            event = self.event.value
        else:
            event = self.event

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callID": call_id,
                "message": message,
            }
        )
        if event is not UNSET:
            field_dict["event"] = event

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.live_id_plus_result_message import LiveIDPlusResultMessage  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("callID")

        message = LiveIDPlusResultMessage.from_dict(d.pop("message"))

        def _parse_event(data: object) -> LiveIDPlusEvent | str | Unset:
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_0 = LiveIDPlusEvent(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LiveIDPlusEvent | str | Unset, data)

        event = _parse_event(d.pop("event", UNSET))

        live_id_plus_result = cls(
            call_id=call_id,
            message=message,
            event=event,
        )

        live_id_plus_result.additional_properties = d
        return live_id_plus_result

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
