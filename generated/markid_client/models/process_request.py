from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.process_document_type import ProcessDocumentType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.process_images import ProcessImages


T = TypeVar("T", bound="ProcessRequest")


@_attrs_define
class ProcessRequest:
    """Images of a session uploaded by the partner (direct processing).

    Attributes:
        auth_token (str): The session's token from /api/v2/token. (The newest docs page calls the field `token` and says
            "10-40 characters, ASCII only"; every other source says `authToken`.)
        country (str): ISO 3166-1 alpha-2 code of the document country.
        document_type (ProcessDocumentType | str):
        images (ProcessImages): Base64-encoded images by step. Provide the images required for the document, usually at
            least `FRONT` and
            `FACE`. Maximum size per image 2 MB (seed, 2021) / 6 MB, JPEG or PNG (2022+ docs). Newer docs also accept
            the names of custom additional steps set in advance as keys. Each value is limited to 8388608 Base64
            characters (6 MB of image, the newer and wider limit; the seed's 2 MB is 2796204 characters), and the
            whole request to 20 MB (2022+ docs).
        skip_analysis (bool | Unset): Skip photo validation, e.g. when document detection fails on valid photos (newest
            docs only).
    """

    auth_token: str
    country: str
    document_type: ProcessDocumentType | str
    images: ProcessImages
    skip_analysis: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auth_token = self.auth_token

        country = self.country

        document_type: str
        if isinstance(self.document_type, ProcessDocumentType):
            document_type = self.document_type.value
        else:
            document_type = self.document_type

        images = self.images.to_dict()

        skip_analysis = self.skip_analysis

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "authToken": auth_token,
                "country": country,
                "documentType": document_type,
                "images": images,
            }
        )
        if skip_analysis is not UNSET:
            field_dict["skipAnalysis"] = skip_analysis

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.process_images import ProcessImages  # noqa: PLC0415

        d = dict(src_dict)
        auth_token = d.pop("authToken")

        country = d.pop("country")

        def _parse_document_type(data: object) -> ProcessDocumentType | str:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                document_type_type_0 = ProcessDocumentType(data)

                return document_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ProcessDocumentType | str, data)

        document_type = _parse_document_type(d.pop("documentType"))

        images = ProcessImages.from_dict(d.pop("images"))

        skip_analysis = d.pop("skipAnalysis", UNSET)

        process_request = cls(
            auth_token=auth_token,
            country=country,
            document_type=document_type,
            images=images,
            skip_analysis=skip_analysis,
        )

        process_request.additional_properties = d
        return process_request

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
