"""What a run cannot do because operations it depends on are skipped, and which flag would enable it.

Against a target that is not the embedded sandbox, ``x-billable`` and ``x-destructive`` operations are
skipped by default. The spec's links say what depends on them: the stateful phase follows links, so when
every link starts or ends at a skipped operation there is nothing for it to follow (schemathesis would fail
the run with "Missing Open API links"), and it is skipped instead; an operation whose identifiers come only
from skipped operations is tested with identifiers that name nothing, so it answers only errors. Each
skip carries its reason and the flag that would lift it.
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from idvkit.specs import Operation, follow_refs, iter_operations, resolve_pointer

STATEFUL = "stateful"
#: What lifts a guard: the flags of ``idvkit contract``.
_ENABLING_FLAGS = {
    "billable": "pass --max-billable N (or --allow-destructive)",
    "destructive": "pass --allow-destructive",
}


@dataclass(frozen=True)
class Link:
    """One OpenAPI link: from the operation whose response declares it, to the operation it names, with the
    names of the values it supplies (parameters and body fields)."""

    source: str  # operationId
    target: str  # operationId
    supplies: tuple[str, ...]


@dataclass
class RunPlan:
    """The phases to run, and what is skipped or starved (phase or operation -> why, and how to enable it)."""

    phases: list[str]
    skipped_phases: dict[str, str] = field(default_factory=dict)
    skipped_operations: dict[str, str] = field(default_factory=dict)
    #: operation label -> why it can only be sent identifiers that name nothing
    without_data: dict[str, str] = field(default_factory=dict)


def enabling_reason(why: str) -> str:
    """``why`` an operation is guarded ("billable", "destructive and billable") and the flag that lifts it."""
    flag = _ENABLING_FLAGS["destructive"] if "destructive" in why else _ENABLING_FLAGS["billable"]
    return f"{why}: {flag}"


def _target_id(document: Mapping[str, Any], link: Mapping[str, Any]) -> str | None:
    if isinstance(link.get("operationId"), str):
        return str(link["operationId"])
    reference = link.get("operationRef")
    if isinstance(reference, str) and reference.startswith("#/"):
        with contextlib.suppress(KeyError, IndexError, TypeError, ValueError):
            target = resolve_pointer(dict(document), reference[1:])
            if isinstance(target, Mapping) and isinstance(target.get("operationId"), str):
                return str(target["operationId"])
    return None


def spec_links(document: Mapping[str, Any]) -> list[Link]:
    """Every link of the spec's operations' responses."""
    found = []
    for operation in iter_operations(dict(document)):
        source = operation.operation_id
        for response in (operation.definition.get("responses") or {}).values():
            with contextlib.suppress(KeyError, ValueError):
                response = follow_refs(dict(document), response)
            links = response.get("links") if isinstance(response, Mapping) else None
            for link in (links or {}).values():
                with contextlib.suppress(KeyError, ValueError):
                    link = follow_refs(dict(document), link)
                target = _target_id(document, link) if isinstance(link, Mapping) else None
                if source is None or target is None:
                    continue
                supplies = [*(link.get("parameters") or {})]
                body = link.get("requestBody")
                supplies += [*body] if isinstance(body, Mapping) else []
                found.append(Link(source, target, tuple(supplies)))
    return found


def _listing(names: Sequence[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _guards(names: Sequence[str], excluded: Mapping[str, str]) -> str:
    return _listing([f"{name} ({excluded[name]})" for name in names])


def _flags(names: Sequence[str], excluded: Mapping[str, str]) -> str:
    kinds = {"destructive" if "destructive" in excluded[name] else "billable" for name in names}
    if kinds == {"billable"}:
        return _ENABLING_FLAGS["billable"]
    if kinds == {"destructive"}:
        return _ENABLING_FLAGS["destructive"]
    return "pass --allow-destructive (for the billable ones --max-billable N is enough)"


def _stateful_reason(links: Sequence[Link], excluded: Mapping[str, str]) -> str:
    if not links:
        return "the spec declares no links between operations, so there are no sequences to test"
    sources = list(dict.fromkeys(link.source for link in links if link.source in excluded))
    if len(sources) == len({link.source for link in links}):
        return f"every link starts at {_guards(sources, excluded)}, which is skipped: {_flags(sources, excluded)}"
    blocked = list(dict.fromkeys(name for link in links for name in (link.source, link.target) if name in excluded))
    return (
        f"every link starts or ends at a skipped operation ({_guards(blocked, excluded)}): {_flags(blocked, excluded)}"
    )


def plan_run(
    document: Mapping[str, Any],
    phases: Sequence[str],
    excluded: Mapping[str, str],
    *,
    resources: Collection[str] = (),
) -> RunPlan:
    """The phases to run when the operations ``excluded`` (operationId -> "billable", "destructive", ...) are
    skipped; ``resources``: the names of values the user supplies (they feed operations without a link)."""
    links = spec_links(document)
    plan = RunPlan(
        [phase for phase in phases],
        skipped_operations={operation_id: enabling_reason(why) for operation_id, why in excluded.items()},
    )
    live = [link for link in links if link.source not in excluded and link.target not in excluded]
    if STATEFUL in phases and not live:
        plan.phases.remove(STATEFUL)
        plan.skipped_phases[STATEFUL] = _stateful_reason(links, excluded)
    labels = {op.operation_id: op for op in iter_operations(dict(document)) if op.operation_id}
    for target in dict.fromkeys(link.target for link in links):
        incoming = [link for link in links if link.target == target]
        if target in excluded or any(link.source not in excluded for link in incoming):
            continue
        names = [name for name in dict.fromkeys(n for link in incoming for n in link.supplies) if name not in resources]
        if not names:
            continue
        operation: Operation = labels[target]
        sources = list(dict.fromkeys(link.source for link in incoming))
        values = _listing([f"--resource {name}=VALUE" for name in names])
        plan.without_data[operation.label] = (
            f"its {_listing(names)} come{'s' if len(names) == 1 else ''} only from {_guards(sources, excluded)}, "
            f"which is skipped: pass {values} of an existing one, or {_flags(sources, excluded).removeprefix('pass ')}"
        )
    return plan
