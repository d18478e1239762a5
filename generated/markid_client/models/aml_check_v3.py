from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.aml_check_v3_adverse_media_type_0_item import AmlCheckV3AdverseMediaType0Item
    from ..models.aml_check_v3_aml_check_type_0_item import AmlCheckV3AmlCheckType0Item
    from ..models.aml_check_v3_status_set_by_type_0 import AmlCheckV3StatusSetByType0


T = TypeVar("T", bound="AmlCheckV3")


@_attrs_define
class AmlCheckV3:
    """AML v3 result (`amlCheck`). Hit items are kept open.

    Attributes:
        id (None | str | Unset):
        overall_status (None | str | Unset):
        status_set_by (AmlCheckV3StatusSetByType0 | None | Unset):
        status_set_at (None | str | Unset): Date-time of the status decision (ISO 8601).
        adverse_media (list[AmlCheckV3AdverseMediaType0Item] | None | Unset):
        aml_check (list[AmlCheckV3AmlCheckType0Item] | None | Unset):
    """

    id: None | str | Unset = UNSET
    overall_status: None | str | Unset = UNSET
    status_set_by: AmlCheckV3StatusSetByType0 | None | Unset = UNSET
    status_set_at: None | str | Unset = UNSET
    adverse_media: list[AmlCheckV3AdverseMediaType0Item] | None | Unset = UNSET
    aml_check: list[AmlCheckV3AmlCheckType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.aml_check_v3_status_set_by_type_0 import AmlCheckV3StatusSetByType0  # noqa: PLC0415

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        overall_status: None | str | Unset
        if isinstance(self.overall_status, Unset):
            overall_status = UNSET
        else:
            overall_status = self.overall_status

        status_set_by: dict[str, Any] | None | Unset
        if isinstance(self.status_set_by, Unset):
            status_set_by = UNSET
        elif isinstance(self.status_set_by, AmlCheckV3StatusSetByType0):
            status_set_by = self.status_set_by.to_dict()
        else:
            status_set_by = self.status_set_by

        status_set_at: None | str | Unset
        if isinstance(self.status_set_at, Unset):
            status_set_at = UNSET
        else:
            status_set_at = self.status_set_at

        adverse_media: list[dict[str, Any]] | None | Unset
        if isinstance(self.adverse_media, Unset):
            adverse_media = UNSET
        elif isinstance(self.adverse_media, list):
            adverse_media = []
            for adverse_media_type_0_item_data in self.adverse_media:
                adverse_media_type_0_item = adverse_media_type_0_item_data.to_dict()
                adverse_media.append(adverse_media_type_0_item)

        else:
            adverse_media = self.adverse_media

        aml_check: list[dict[str, Any]] | None | Unset
        if isinstance(self.aml_check, Unset):
            aml_check = UNSET
        elif isinstance(self.aml_check, list):
            aml_check = []
            for aml_check_type_0_item_data in self.aml_check:
                aml_check_type_0_item = aml_check_type_0_item_data.to_dict()
                aml_check.append(aml_check_type_0_item)

        else:
            aml_check = self.aml_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if overall_status is not UNSET:
            field_dict["overallStatus"] = overall_status
        if status_set_by is not UNSET:
            field_dict["statusSetBy"] = status_set_by
        if status_set_at is not UNSET:
            field_dict["statusSetAt"] = status_set_at
        if adverse_media is not UNSET:
            field_dict["adverseMedia"] = adverse_media
        if aml_check is not UNSET:
            field_dict["amlCheck"] = aml_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.aml_check_v3_adverse_media_type_0_item import AmlCheckV3AdverseMediaType0Item  # noqa: PLC0415
        from ..models.aml_check_v3_aml_check_type_0_item import AmlCheckV3AmlCheckType0Item  # noqa: PLC0415
        from ..models.aml_check_v3_status_set_by_type_0 import AmlCheckV3StatusSetByType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_overall_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        overall_status = _parse_overall_status(d.pop("overallStatus", UNSET))

        def _parse_status_set_by(data: object) -> AmlCheckV3StatusSetByType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                status_set_by_type_0 = AmlCheckV3StatusSetByType0.from_dict(data)

                return status_set_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AmlCheckV3StatusSetByType0 | None | Unset, data)

        status_set_by = _parse_status_set_by(d.pop("statusSetBy", UNSET))

        def _parse_status_set_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_set_at = _parse_status_set_at(d.pop("statusSetAt", UNSET))

        def _parse_adverse_media(data: object) -> list[AmlCheckV3AdverseMediaType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                adverse_media_type_0 = []
                _adverse_media_type_0 = data
                for adverse_media_type_0_item_data in _adverse_media_type_0:
                    adverse_media_type_0_item = AmlCheckV3AdverseMediaType0Item.from_dict(
                        adverse_media_type_0_item_data
                    )

                    adverse_media_type_0.append(adverse_media_type_0_item)

                return adverse_media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AmlCheckV3AdverseMediaType0Item] | None | Unset, data)

        adverse_media = _parse_adverse_media(d.pop("adverseMedia", UNSET))

        def _parse_aml_check(data: object) -> list[AmlCheckV3AmlCheckType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                aml_check_type_0 = []
                _aml_check_type_0 = data
                for aml_check_type_0_item_data in _aml_check_type_0:
                    aml_check_type_0_item = AmlCheckV3AmlCheckType0Item.from_dict(aml_check_type_0_item_data)

                    aml_check_type_0.append(aml_check_type_0_item)

                return aml_check_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AmlCheckV3AmlCheckType0Item] | None | Unset, data)

        aml_check = _parse_aml_check(d.pop("amlCheck", UNSET))

        aml_check_v3 = cls(
            id=id,
            overall_status=overall_status,
            status_set_by=status_set_by,
            status_set_at=status_set_at,
            adverse_media=adverse_media,
            aml_check=aml_check,
        )

        aml_check_v3.additional_properties = d
        return aml_check_v3

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
