"""What changed at the vendor since the baseline: two snapshots (``_snapshot``) compared into drift items.

No noise: a run reaches what its generator happened to try, so an item counts as *gone* only when the baseline
saw it reliably, and as *new* only when it cannot be luck:

* the spec's examples (request class ``examples``) are the same requests in every run, so whatever they reached
  is reliable: an item they reached in the baseline and do not reach now is gone, and an answer they get now that
  they did not get in the baseline is new;
* for generated requests (other classes) an item is reliable only when it was in every one of at least
  ``MIN_SAMPLE`` exchanges of its (operation, request class, status), and gone only when the run had at least
  ``MIN_SAMPLE`` such exchanges without it;
* a property the spec requires (every body has it, outside arrays and maps) is reliable from one exchange: a
  sender that follows the spec sends it every time, so an exchange without it is gone (the embedded sandbox's
  few callbacks of a run are judged so);
* from generated requests, only what the spec does not declare is new (an undocumented status, an undeclared
  property, an enum value the spec does not list, an undocumented error identifier): a documented answer seen for
  the first time is coverage, not a vendor change.

Items under a status that is itself new or gone, and properties under a property that is itself new or gone, are
not listed again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from idvkit.contract._snapshot import DETERMINISTIC_CLASSES
from idvkit.specs import pointer_parts

#: Generated exchanges of one context needed before an item of it is reliable (or its absence means it is gone).
MIN_SAMPLE = 8
BASELINE_FORMAT = 1

NEW_STATUS = "new status"
STATUS_GONE = "status no longer seen"
NEW_FIELD = "new undeclared field"
FIELD_GONE = "field no longer sent"
NEW_ENUM_VALUE = "new enum value"
NEW_IDENTIFIER = "new error identifier"
TYPE_CHANGE = "type change"
MEDIA_TYPE_CHANGE = "media-type change"
HEADER_GONE = "header gone"
NEW_EVENT_TYPE = "new webhook event type"
KINDS = (
    NEW_STATUS,
    STATUS_GONE,
    NEW_FIELD,
    FIELD_GONE,
    NEW_ENUM_VALUE,
    NEW_IDENTIFIER,
    TYPE_CHANGE,
    MEDIA_TYPE_CHANGE,
    HEADER_GONE,
    NEW_EVENT_TYPE,
)


class BaselineError(ValueError):
    """A baseline file that cannot be read (named, with what is wrong)."""


@dataclass(frozen=True, order=True)
class DriftItem:
    """One difference: its kind, the operation, the status (None: a callback), where in the body, and what."""

    operation: str
    kind: str
    status: str | None
    pointer: str
    detail: str = ""

    def document(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "operation": self.operation,
            "status": self.status,
            "pointer": self.pointer,
            "detail": self.detail,
        }

    def line(self) -> str:
        where = f" {self.status}" if self.status not in (None, "callback") else ""
        pointer = f" {self.pointer}" if self.pointer else ""
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.kind}: {self.operation}{where}{pointer}{detail}"


def _union(classes: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """Per status, everything any request class saw (counts summed)."""
    merged: dict[str, dict[str, Any]] = {}
    for statuses in classes.values():
        for status, entry in statuses.items():
            target = merged.setdefault(
                status, {"media_types": {}, "headers": {}, "fields": {}, "values": {}, "identifiers": {}}
            )
            target["documented"] = entry.get("documented", True)
            for table in ("media_types", "headers", "identifiers"):
                for key, count in entry.get(table, {}).items():
                    target[table][key] = target[table].get(key, 0) + count
            for pointer, record in entry.get("fields", {}).items():
                into = target["fields"].setdefault(pointer, {"types": {}, "declared": record.get("declared", True)})
                into["types"].update(dict.fromkeys(record.get("types", {}), 1))
                if "allowed" in record:
                    into["allowed"] = record["allowed"]
            for pointer, values in entry.get("values", {}).items():
                target["values"].setdefault(pointer, {}).update(values)
            target.setdefault("media_documented", {}).update(entry.get("media_documented", {}))
    return merged


def _reliable(count: int, total: int, request_class: str) -> bool:
    if request_class in DETERMINISTIC_CLASSES:
        return count > 0
    return total >= MIN_SAMPLE and count >= total


def _gone(count: int, total: int, request_class: str) -> bool:
    if count:
        return False
    return total > 0 if request_class in DETERMINISTIC_CLASSES else total >= MIN_SAMPLE


def _under(pointer: str, parents: set[str]) -> bool:
    parts = pointer_parts(pointer)
    return any("/" + "/".join(parts[:length]) in parents for length in range(1, len(parts)))


def _gone_items(operation: str, baseline: Mapping[str, Any], current: Mapping[str, Any]) -> Iterator[DriftItem]:
    gone_statuses: set[str] = set()
    for request_class, statuses in baseline.items():
        total = sum(entry.get("count", 0) for entry in statuses.values())
        now_statuses = current.get(request_class, {})
        now_total = sum(entry.get("count", 0) for entry in now_statuses.values())
        for status, entry in statuses.items():
            now = now_statuses.get(status)
            if _reliable(entry.get("count", 0), total, request_class) and _gone(
                now.get("count", 0) if now else 0, now_total, request_class
            ):
                if status not in gone_statuses:
                    gone_statuses.add(status)
                    yield DriftItem(operation, STATUS_GONE, status, "", f"seen for {request_class} requests")
                continue
            if now is None or status in gone_statuses:
                continue
            count, now_count = entry.get("count", 0), now.get("count", 0)
            for table, kind in (("media_types", MEDIA_TYPE_CHANGE), ("headers", HEADER_GONE)):
                for key, seen in entry.get(table, {}).items():
                    if _reliable(seen, count, request_class) and _gone(
                        now.get(table, {}).get(key, 0), now_count, request_class
                    ):
                        now_keys = ", ".join(sorted(now.get(table, {}))) or "none"
                        detail = f"{key} no longer sent (now {now_keys})" if kind == MEDIA_TYPE_CHANGE else key
                        yield DriftItem(operation, kind, status, "", detail)
            gone_fields: set[str] = set()
            for pointer in sorted(entry.get("fields", {})):
                seen = sum(entry["fields"][pointer].get("types", {}).values())
                now_record = now.get("fields", {}).get(pointer)
                now_seen = sum(now_record.get("types", {}).values()) if now_record else 0
                if _under(pointer, gone_fields):
                    continue
                # a field inside an array or a map is judged by the exchanges, not by the items; a field the spec
                # requires (outside arrays and maps) is sent every time: one exchange without it is a change
                always = entry["fields"][pointer].get("required") and seen >= count > 0
                if (always and now_count > 0 and not now_seen) or (
                    _reliable(min(seen, count), count, request_class) and _gone(now_seen, now_count, request_class)
                ):
                    gone_fields.add(pointer)
                    yield DriftItem(operation, FIELD_GONE, status, pointer)


def _new_items(
    operation: str, baseline: Mapping[str, Any], current: Mapping[str, Any], known_operation: bool
) -> Iterator[DriftItem]:
    before = _union(baseline)
    for request_class, statuses in current.items():
        deterministic = request_class in DETERMINISTIC_CLASSES and request_class in baseline
        for status, entry in statuses.items():
            old = before.get(status)
            if old is None:
                if known_operation and (not entry.get("documented", True) or deterministic):
                    yield DriftItem(operation, NEW_STATUS, status, "", f"answered to {request_class} requests")
                continue
            for media in entry.get("media_types", {}):
                documented = entry.get("media_documented", {}).get(media, True)
                if media not in old["media_types"] and (not documented or deterministic):
                    was = ", ".join(sorted(old["media_types"])) or "none"
                    yield DriftItem(operation, MEDIA_TYPE_CHANGE, status, "", f"{media} (was {was})")
            for identifier in entry.get("identifiers", {}):
                known = (entry.get("values", {}).get("/identifier", {}).get(identifier) or {}).get("known", False)
                if identifier not in old["identifiers"] and (not known or deterministic):
                    yield DriftItem(operation, NEW_IDENTIFIER, status, "/identifier", identifier)
            new_fields: set[str] = set()
            for pointer in sorted(entry.get("fields", {})):
                record = entry["fields"][pointer]
                previous = old["fields"].get(pointer)
                if previous is None:
                    if not record.get("declared", True) and not _under(pointer, new_fields):
                        new_fields.add(pointer)
                        types = ", ".join(sorted(record.get("types", {})))
                        yield DriftItem(operation, NEW_FIELD, status, pointer, types)
                    continue
                allowed = record.get("allowed")
                declared = record.get("declared", True)
                for kind in record.get("types", {}):
                    if declared and (allowed is None or kind in allowed):
                        continue  # a type the spec allows: the generator's choice, not a change
                    if kind not in previous["types"]:
                        was = ", ".join(sorted(previous["types"]))
                        yield DriftItem(operation, TYPE_CHANGE, status, pointer, f"{kind} (was {was})")
            for pointer, values in entry.get("values", {}).items():
                if pointer == "/identifier" and entry.get("identifiers"):
                    continue  # reported as an error identifier
                for value, record in values.items():
                    seen_before = value in old["values"].get(pointer, {})
                    if not seen_before and (not record.get("known", True) or deterministic):
                        yield DriftItem(operation, NEW_ENUM_VALUE, status, pointer, value)


def compare(baseline: Mapping[str, Any], current: Mapping[str, Any]) -> list[DriftItem]:
    """The drift items from snapshot ``baseline`` to snapshot ``current`` (``{"operations": ...}``), sorted."""
    items: set[DriftItem] = set()
    old_operations = baseline.get("operations", {})
    new_operations = current.get("operations", {})
    for operation, classes in old_operations.items():
        items.update(_gone_items(operation, classes, new_operations.get(operation, {})))
    for operation, classes in new_operations.items():
        known = operation in old_operations
        if not known and operation.startswith("webhook "):
            documented = any(e.get("documented", True) for entries in classes.values() for e in entries.values())
            if not documented:  # a known event type first seen is coverage: callbacks depend on the flows run
                items.add(DriftItem(operation, NEW_EVENT_TYPE, "callback", "", operation.removeprefix("webhook ")))
            continue
        items.update(_new_items(operation, old_operations.get(operation, {}), classes, known))
    return sorted(items)


def spec_digest(document: Mapping[str, Any]) -> str:
    return hashlib.sha256(json.dumps(document, sort_keys=True).encode()).hexdigest()


def baseline_document(
    vendor: str, document: Mapping[str, Any], snapshot: Mapping[str, Any], verdicts: Mapping[str, Any]
) -> dict[str, Any]:
    """The baseline file's content: the snapshot, the spec it was taken against and the assumption verdicts."""
    return {
        "idvkit_baseline": BASELINE_FORMAT,
        "vendor": vendor,
        "spec_sha256": spec_digest(document),
        "snapshot": dict(snapshot),
        "assumptions": dict(verdicts),
    }


def read_baseline(path: Path, vendor: str) -> dict[str, Any] | None:
    """The baseline of ``vendor`` in ``path`` (None: the file does not exist); BaselineError when unusable."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise BaselineError(f"cannot read baseline {path}: {exc.strerror or type(exc).__name__}") from None
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise BaselineError(f"baseline {path} is not JSON: {exc}") from None
    if not isinstance(data, dict) or data.get("idvkit_baseline") != BASELINE_FORMAT:
        raise BaselineError(f"{path} is not an idvkit baseline (format {BASELINE_FORMAT})")
    if data.get("vendor") != vendor:
        raise BaselineError(f"baseline {path} is of vendor {data.get('vendor')!r}, not {vendor!r}")
    if not isinstance(data.get("snapshot"), dict):
        raise BaselineError(f"baseline {path} has no snapshot")
    return data


def baseline_path(path: Path, vendor: str, vendors: Iterable[str]) -> Path:
    """Where ``vendor``'s baseline is: ``path`` itself for one vendor, ``path`` with ``.VENDOR`` before the suffix
    when a command runs several."""
    if len(list(vendors)) <= 1:
        return path
    return path.with_name(f"{path.stem}.{vendor}{path.suffix or '.json'}")
