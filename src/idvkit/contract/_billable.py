"""At most N calls of billable operations per run (``--max-billable N``), whatever the phases generate.

Some vendors' test environments are free or cheap (iDenfy's dummy tokens), so a nightly run may create a few
verifications; it must never create hundreds because schemathesis generated hundreds of cases. The cap is
enforced in the schemathesis process, on every call of an operation marked ``x-billable`` that schemathesis
makes for a case (all phases, the stateful one included):

* the first ``limit`` calls are sent;
* every further one is answered in the process, by ``RefusalApp``, and never reaches the server: schemathesis
  sends a case to the WSGI application its ``before_call`` hook puts in the transport arguments (``app``)
  instead of the network. The answer is the vendor's documented 429 for the operation (marked with the
  ``REFUSED_HEADER`` header), and the case is remembered as refused;
* idvkit's ``filter_failure`` hook drops every failure of a refused case, so no check and no verdict judges an
  answer the server never gave; the runner removes refused exchanges from the HAR file and the VCR cassette
  (``drop_refused_exchanges``), which record what went over the network.

Requests schemathesis's checks send of their own (``ignored_auth``'s probes without valid credentials, once
per operation and run) do not go through the hook; the vendor cannot bill a request it refused as
unauthenticated, so they are not counted.

The counts (sent, refused) are written to the file in ``BILLABLE_LOG_VARIABLE`` when the run shuts down; the
runner reports them in the summary and in summary.json.
"""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from idvkit.contract._handover import write_atomically
from idvkit.specs import follow_refs, iter_operations

#: The cap, handed to the schemathesis process (unset: no cap).
MAX_BILLABLE_VARIABLE = "IDVKIT_MAX_BILLABLE"
#: Where the schemathesis process writes the counts (JSON: limit, sent, refused).
BILLABLE_LOG_VARIABLE = "IDVKIT_BILLABLE_LOG"
#: The header of an answer idvkit gave in the server's place (its value says why).
REFUSED_HEADER = "X-Idvkit-Not-Sent"
#: The status of a refusal when the operation documents none of the statuses below (429 is the usual one).
_REFUSAL_STATUSES = ("429", "402", "403")


def billable_operations(document: Mapping[str, Any]) -> dict[str, str]:
    """``METHOD /path`` -> operationId (or the label) of every operation marked ``x-billable``."""
    return {
        operation.label: operation.operation_id or operation.label
        for operation in iter_operations(dict(document))
        if operation.definition.get("x-billable")
    }


@dataclass
class BillableBudget:
    """Counts the billable calls of a run and says which may be sent (``limit`` None: all of them)."""

    limit: int | None = None
    sent: int = 0
    refused: int = 0
    refused_cases: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @classmethod
    def from_environment(cls, environment: Mapping[str, str] | None = None) -> BillableBudget:
        environment = os.environ if environment is None else environment
        value = environment.get(MAX_BILLABLE_VARIABLE)
        return cls(int(value) if value else None)

    def admit(self, case_id: str) -> bool:
        """Account for one billable call about to be made for the case ``case_id``; False: refuse it."""
        with self._lock:
            if self.limit is None or self.sent < self.limit:
                self.sent += 1
                return True
            self.refused += 1
            self.refused_cases.add(case_id)
            return False

    def was_refused(self, case_id: str | None) -> bool:
        """Whether the call for ``case_id`` was refused (its answer came from idvkit, not the server)."""
        return case_id is not None and case_id in self.refused_cases

    def document(self) -> dict[str, int | None]:
        return {"limit": self.limit, "sent": self.sent, "refused": self.refused}


def read_counts(path: Path) -> dict[str, int | None] | None:
    """The counts a run wrote (``BillableBudget.document``), None when it wrote none."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    return {key: data.get(key) for key in ("limit", "sent", "refused")}


def write_counts(budget: BillableBudget, environment: Mapping[str, str] | None = None) -> None:
    """Write the counts where the runner asked (``BILLABLE_LOG_VARIABLE``), if it asked."""
    location = (os.environ if environment is None else environment).get(BILLABLE_LOG_VARIABLE)
    if location:
        write_atomically(Path(location), budget.document())


WsgiStartResponse = Callable[[str, list[tuple[str, str]]], Any]


class RefusalApp:
    """A WSGI application that answers one operation's refused calls as the vendor documents a refusal: its
    429 (else 402 or 403) response, with the media type and first example the spec gives it."""

    def __init__(self, document: Mapping[str, Any], definition: Mapping[str, Any], why: str) -> None:
        responses = definition.get("responses") or {}
        status = next((code for code in _REFUSAL_STATUSES if code in responses), _REFUSAL_STATUSES[0])
        response = follow_refs(document, responses.get(status)) or {}
        content = response.get("content") or {}
        media_type = next(iter(content), "application/json")
        media = content.get(media_type) or {}
        examples = [follow_refs(document, e) for e in (media.get("examples") or {}).values()]
        example = media.get("example", next((e.get("value") for e in examples if isinstance(e, Mapping)), None))
        body = json.dumps(example).encode() if example is not None else b""
        self.status = int(status)
        self.headers = [("Content-Type", media_type), (REFUSED_HEADER, why), ("Content-Length", str(len(body)))]
        self.body = body

    def __call__(self, environ: Mapping[str, Any], start_response: WsgiStartResponse) -> Iterable[bytes]:
        start_response(f"{self.status} Not Sent", list(self.headers))
        return [self.body]


def answered_in_place(header_names: Iterable[Any]) -> bool:
    """Whether a response with these header names is one idvkit gave in the server's place (a refused call)."""
    return any(str(name).lower() == REFUSED_HEADER.lower() for name in header_names)


def _refused(headers: Iterable[tuple[Any, Any]]) -> bool:
    return answered_in_place(name for name, _ in headers)


def _har_entries_kept(entries: list[Any]) -> Iterator[Any]:
    for entry in entries:
        headers = (entry.get("response") or {}).get("headers") or [] if isinstance(entry, dict) else []
        if not _refused((h.get("name"), h.get("value")) for h in headers if isinstance(h, dict)):
            yield entry


def _vcr_interactions_kept(interactions: list[Any]) -> Iterator[Any]:
    for interaction in interactions:
        headers = ((interaction.get("response") or {}).get("headers") or {}) if isinstance(interaction, dict) else {}
        if not isinstance(headers, dict) or not _refused(headers.items()):
            yield interaction


def drop_refused_exchanges(report_dir: Path) -> int:
    """Remove the exchanges idvkit answered in the server's place from the HAR files and VCR cassettes in
    ``report_dir`` (schemathesis's names: ``har-*.json``, ``vcr-*.yaml``); returns how many it removed."""
    import yaml  # imported here so that the command line loads without the 'contract' extra (cli/_extras.py)

    yaml_loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    yaml_dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    removed = 0
    for path in sorted(report_dir.glob("har*.json")):
        try:
            har = json.loads(path.read_text(encoding="utf-8"))
            entries = har["log"]["entries"]
        except (OSError, ValueError, KeyError, TypeError):
            continue  # a report cut short: publishing withholds it
        kept = list(_har_entries_kept(entries))
        if len(kept) != len(entries):
            removed += len(entries) - len(kept)
            har["log"]["entries"] = kept
            path.write_text(json.dumps(har, ensure_ascii=False, indent=2), encoding="utf-8")
    for path in sorted(report_dir.glob("vcr*.yaml")):
        try:
            cassette = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml_loader)  # noqa: S506 - a safe loader
            interactions = cassette["http_interactions"]
        except (OSError, yaml.YAMLError, KeyError, TypeError):
            continue
        kept = list(_vcr_interactions_kept(interactions))
        if len(kept) != len(interactions):
            removed += len(interactions) - len(kept)
            cassette["http_interactions"] = kept
            text = yaml.dump(cassette, Dumper=yaml_dumper, sort_keys=False, allow_unicode=True, width=1 << 20)
            path.write_text(text, encoding="utf-8")
    return removed
