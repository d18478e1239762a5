"""Turn a raw JSON body into a generated pydantic model, with errors that show no payload value."""

from __future__ import annotations

import json
import re
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from idvkit.webhooks._errors import MalformedPayloadError
from idvkit.webhooks._signature import RawBytes, raw_body

ModelT = TypeVar("ModelT", bound=BaseModel)

_SHOWN_PROBLEMS = 5


# pydantic names the member of a union it tried in the location ("str-enum[Platform]", "str", "nullable[str]"):
# an open enum (known values or any string) is a union, and its members are no part of the payload's path.
_UNION_MEMBER = re.compile(r"^(?:str|int|float|bool|none|bytes|[a-z][a-z0-9-]*\[.*\])$")


def _field_path(location: tuple[int | str, ...]) -> str:
    path = ""
    for part in location:
        if isinstance(part, str) and _UNION_MEMBER.match(part):
            continue
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else part)
    return path or "(body)"


def _problems(error: ValidationError) -> tuple[tuple[str, str], ...]:
    # Only the location and the error type: pydantic's messages and inputs may quote payload values.
    found = (
        (_field_path(item["loc"]), item["type"])
        for item in error.errors(include_url=False, include_context=False, include_input=False)
    )
    return tuple(dict.fromkeys(found))


def _json_text(body: object) -> bytes | str:
    """What json.loads reads: the raw bytes, or the body's text where no signature covers it."""
    if isinstance(body, str):
        return body
    return raw_body(body)


def _decode(body: bytes | str) -> tuple[Any, str | None]:
    try:
        return json.loads(body), None
    except UnicodeDecodeError:
        return None, "the body is not valid JSON: not UTF-8 text"
    except json.JSONDecodeError as error:
        return None, f"the body is not valid JSON: {error.msg} at line {error.lineno} column {error.colno}"
    except ValueError:  # e.g. an integer longer than Python's int conversion limit
        return None, "the body is not usable JSON: a number is out of range"
    except RecursionError:
        return None, "the body is not usable JSON: nested too deeply"


def _validate(document: Any, model: type[ModelT]) -> tuple[ModelT | None, tuple[tuple[str, str], ...]]:
    try:
        return model.model_validate(document), ()
    except ValidationError as error:
        return None, _problems(error)


def parse_payload(body: RawBytes | str, model: type[ModelT]) -> ModelT:
    """``body`` (raw JSON bytes, or its text) validated as ``model``; raises MalformedPayloadError, and
    WebhookTypeError for a body of another type.

    The error is raised outside the ``except`` blocks, so it has no ``__context__`` that would drag
    the JSON or pydantic error (and the payload values they quote) into a logged traceback.
    """
    document, not_json = _decode(_json_text(body))
    if not_json is not None:
        raise MalformedPayloadError(not_json)
    parsed, problems = _validate(document, model)
    if parsed is None:
        shown = "; ".join(f"{path} ({kind})" for path, kind in problems[:_SHOWN_PROBLEMS])
        more = f"; and {len(problems) - _SHOWN_PROBLEMS} more" if len(problems) > _SHOWN_PROBLEMS else ""
        raise MalformedPayloadError(f"the body is not a valid {model.__name__}: {shown}{more}", problems)
    return parsed
