"""Which field names carry personal data: the ``x-personal`` marks of the bundled vendor specs.

A schema property marked ``x-personal: true``, and every key an ``x-personal-keys`` mark lists, names a field
whose value is personal data (specs/README.md, "Conventions"). The marks are read from the bundled JSON documents
(``idvkit_specs``) with a plain walk, not with the spec toolkit and its validator, so that redaction stays cheap to
import; the names are computed once per process.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import idvkit_specs

#: Personal fields of vendor answers that no spec models, so that no mark can name them: the ``client`` object of
#: iDenfy's legacy ``/api/v2/full-status`` answer (snake_case), which older integrations still send and log.
UNMODELLED_PERSONAL_FIELDS: frozenset[str] = frozenset({"date_of_birth", "personal_id_number", "document_number"})

# Values of these keywords are data (examples, defaults), not schemas: a "properties" key inside them is no mark.
_DATA_KEYWORDS = frozenset({"example", "examples", "default", "const", "enum"})
# Keywords whose value maps names to schemas: the names are not keywords, even when one is called "example".
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "dependentSchemas"})


def _collect(node: Any, names: set[str]) -> None:
    if isinstance(node, list):
        for item in node:
            _collect(item, names)
        return
    if not isinstance(node, dict):
        return
    for keyword, value in node.items():
        if keyword in _DATA_KEYWORDS:
            continue
        if keyword in _NAME_MAPS and isinstance(value, dict):
            for name, schema in value.items():
                if keyword == "properties" and isinstance(schema, dict) and schema.get("x-personal") is True:
                    names.add(name)
                _collect(schema, names)
        elif keyword == "x-personal-keys" and isinstance(value, list):
            names.update(key for key in value if isinstance(key, str))
        else:
            _collect(value, names)


def marked_fields(document: Any) -> frozenset[str]:
    """The names of the properties (and map keys) that ``document``, an OpenAPI document, marks as personal."""
    names: set[str] = set()
    _collect(document, names)
    return frozenset(names)


@cache
def personal_fields() -> frozenset[str]:
    """Every field name the bundled vendor specs mark as personal, plus ``UNMODELLED_PERSONAL_FIELDS``."""
    marked = (marked_fields(idvkit_specs.load(vendor)) for vendor in idvkit_specs.VENDORS)
    return UNMODELLED_PERSONAL_FIELDS.union(*marked)
