"""Mask a report file by its format, so that the result is still a well-formed file of that format.

Structured reports are parsed, masked value by value (``Redactor.data`` / ``Redactor.text``) and written
back: text substitution alone can end a string early or leave a personal value the pattern did not see.
HTML is masked in its text, between the tags, with its entities decoded first. A report whose redacted form
does not parse is not published at all (``UnredactableReportError``).
"""

from __future__ import annotations

import html
import json
import re
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import PurePath

from idvkit.redact._rules import Redactor

# Tags, and script/style elements whole (their content is code, not text).
_HTML_MARKUP = re.compile(r"(<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->|<[^>]*>)", re.I | re.S)


class UnredactableReportError(ValueError):
    """A report that could not be masked into a well-formed file (it is then not published)."""


def _json(text: str, redactor: Redactor) -> str:
    return json.dumps(redactor.data(json.loads(text)), ensure_ascii=False, indent=1)


def _yaml(text: str, redactor: Redactor) -> str:
    import yaml  # only YAML reports (VCR cassettes of contract runs) need it: importing idvkit.redact stays light

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    document = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    dumped: str = yaml.dump(redactor.data(document), Dumper=dumper, sort_keys=False, allow_unicode=True, width=1 << 20)
    return dumped


def _yaml_errors() -> tuple[type[Exception], ...]:
    """PyYAML's error class once a YAML report was read (before that, no YAML error can have been raised)."""
    yaml = sys.modules.get("yaml")
    return () if yaml is None else (yaml.YAMLError,)


def _xml(text: str, redactor: Redactor) -> str:
    # the report was written by a schemathesis run idvkit started
    root = ElementTree.fromstring(text)  # noqa: S314
    for element in root.iter():
        if element.text:
            element.text = redactor.text(element.text)
        if element.tail:
            element.tail = redactor.text(element.tail)
        for name, value in element.attrib.items():
            element.set(name, redactor.text(value))
    body = ElementTree.tostring(root, encoding="unicode")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{body}\n'


def _html(text: str, redactor: Redactor) -> str:
    parts = _HTML_MARKUP.split(text)
    for index in range(0, len(parts), 2):  # even indexes: text between markup
        if parts[index].strip():
            parts[index] = html.escape(redactor.text(html.unescape(parts[index])), quote=False)
    return "".join(parts)


_BY_SUFFIX = {".json": _json, ".har": _json, ".yaml": _yaml, ".yml": _yaml, ".xml": _xml, ".html": _html}


def redact_report(name: str | PurePath, text: str, redactor: Redactor) -> str:
    """``text``, the content of the report file ``name``, masked in the way its format (by suffix) needs."""
    mask = _BY_SUFFIX.get(PurePath(name).suffix.lower())
    if mask is None:
        return redactor.text(text)
    try:
        return mask(text, redactor)
    except Exception as exc:
        if not isinstance(exc, (ValueError, ElementTree.ParseError, *_yaml_errors())):
            raise
        raise UnredactableReportError(f"{PurePath(name).name}: not well-formed ({type(exc).__name__})") from None
