"""scripts/generate.py's patch_binary_alternatives: a status documented as JSON or a file answers a File for a
binary Content-Type (getAuditDataV2 with direct=true), and generation fails when the patch cannot apply."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import idvkit_specs
import pytest

from tests.conftest import ROOT


def _generate() -> ModuleType:
    spec = importlib.util.spec_from_file_location("idvkit_generate_script", ROOT / "scripts" / "generate.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


GENERATE = _generate()

DOCUMENT: dict[str, Any] = {
    "paths": {
        "/zip": {
            "get": {
                "responses": {
                    "200": {
                        "content": {
                            "application/json": {"schema": {"type": "object"}},
                            "application/zip": {"schema": {"$ref": "#/components/schemas/Zip"}},
                        }
                    },
                    "404": {"content": {"application/json": {"schema": {"type": "object"}}}},
                }
            }
        }
    },
    "components": {"schemas": {"Zip": {"type": "string", "format": "binary"}}},
}

MODULE = '''from ...types import Response


def _get_kwargs() -> dict[str, Any]:
    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/zip",
    }
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Thing | Error | None:
    if response.status_code == 200:
        response_200 = Thing.from_dict(response.json())
        return response_200
    return None


def sync_detailed() -> Response[Thing | Error]:
    """Returns:
        Response[Thing | Error]
    """


def sync() -> Thing | Error | None:
    """Returns:
        Thing | Error
    """
'''


def test_the_bundled_specs_have_one_json_or_file_answer() -> None:
    found = {
        vendor: GENERATE.binary_alternatives(idvkit_specs.load(vendor)) for vendor in ("idenfy", "markid", "liveid")
    }
    assert found == {
        "idenfy": [],
        "markid": [],
        "liveid": [("get", "/api/v2/getAuditData", 200, ("application/zip", "application/octet-stream"))],
    }


def _client(tmp_path: Path, text: str) -> Path:
    module = tmp_path / "client" / "api" / "default" / "zip.py"
    module.parent.mkdir(parents=True)
    module.write_text(text)
    return tmp_path / "client"


def test_the_status_gets_a_file_branch_and_the_types_widen(tmp_path: Path) -> None:
    client = _client(tmp_path, MODULE)
    GENERATE.patch_binary_alternatives(client, DOCUMENT)
    text = (client / "api" / "default" / "zip.py").read_text()
    assert "from io import BytesIO" in text
    assert "from ...types import File" in text
    assert 'if media_type.strip().lower() in ("application/zip",):' in text
    assert "return File(payload=BytesIO(response.content), mime_type=media_type.strip())" in text
    assert "-> Thing | Error | File | None:" in text
    assert text.count("Response[Thing | Error | File]") == 2
    assert "        Thing | Error | File\n" in text
    assert text.count("media_type = ") == 1, "only the documented status"


def test_a_module_that_cannot_be_patched_fails_generation(tmp_path: Path) -> None:
    client = _client(tmp_path, MODULE.replace("if response.status_code == 200:", "if response.status_code == 201:"))
    with pytest.raises(GENERATE.GenerationError, match="could not be made a File"):
        GENERATE.patch_binary_alternatives(client, DOCUMENT)
    missing = _client(tmp_path / "other", MODULE.replace('"url": "/zip"', '"url": "/elsewhere"'))
    with pytest.raises(GENERATE.GenerationError, match="0 modules for GET /zip"):
        GENERATE.patch_binary_alternatives(missing, DOCUMENT)
