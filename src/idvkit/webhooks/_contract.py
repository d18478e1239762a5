"""Contract tests of a user's webhook receiver: ``idvkit webhook-contract`` and its Python API.

```python
from idvkit.webhooks import WebhookContractOptions, run_webhook_contract

result = run_webhook_contract(
    WebhookContractOptions(vendor="idenfy", url="http://127.0.0.1:8000/webhooks/idenfy", key="...")
)
assert result.passed, [c for c in result.checks if not c.passed]
```

The runner POSTs spec-valid bodies (hypothesis-generated from the vendor's spec, see
``_contract_payloads``) for every event type, signed as the vendor signs them (in the headers its spec
marks ``x-signature`` and ``x-event-type``), plus forgeries of them, to the receiver at ``url``, and
checks the answers:

* ``accepts-valid``: every genuine delivery gets a 2xx within the vendor's timeout (10 s);
* iDenfy and markid: the forgeries ``rejects-unsigned``, ``rejects-tampered``, ``rejects-wrong-key``,
  ``rejects-truncated`` and ``rejects-other-signature`` are not accepted (a 2xx fails the check; a 4xx
  is the answer that says why, a 5xx or no answer still keeps the forgery out and passes, with the
  answer in the reason);
* ``accepts-retries``: a genuine delivery sent again as the vendor's retries send it (the same bytes
  and headers, ``retries`` more times, ``retry_interval`` seconds apart) gets the first answer, a 2xx,
  every time;
* LiveID+: ``rejects-not-json``, a body that is not JSON is not accepted.

A receiver fails only for accepting a forgery, or for refusing, erroring on or timing out on a genuine
delivery the vendor could send (the bodies are drawn from the spec's webhook schemas, which say what the
vendor always sends). What a receiver does with deliveries the vendor does not send but that forge
nothing is a *note*, never a failure: the genuine MAC in upper-case hex (``uppercase-hex``; iDenfy sends
lower case, and accepting the same MAC in another spelling lets no forgery in).

Nothing the runner returns or reports contains the key, a signature or a body.
"""

from __future__ import annotations

import os
import random
import socket
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Final

import httpx
import idvkit_specs

from idvkit._exit import ExitCode
from idvkit._network import is_loopback_host
from idvkit.vendors import VENDORS
from idvkit.webhooks._contract_payloads import delivery_headers, event_bodies
from idvkit.webhooks._delivery import callback_delivery
from idvkit.webhooks._headers import WebhookHeaders
from idvkit.webhooks._signature import sign

#: iDenfy's documented delivery behaviour, its spec's x-callback-delivery (answer within 10 s, else up to 3 retries
#: 0.5 s apart), the default for every vendor (LiveID+'s spec assumes the same; tests/webhooks checks it).
_VENDOR_DELIVERY: Final = callback_delivery(idvkit_specs.load("idenfy"))
VENDOR_TIMEOUT: Final = _VENDOR_DELIVERY.timeout
VENDOR_RETRIES: Final = _VENDOR_DELIVERY.retries
VENDOR_RETRY_INTERVAL: Final = _VENDOR_DELIVERY.interval

ACCEPTS_VALID: Final = "accepts-valid"
ACCEPTS_RETRIES: Final = "accepts-retries"
REJECTS_UNSIGNED: Final = "rejects-unsigned"
REJECTS_TAMPERED: Final = "rejects-tampered"
REJECTS_WRONG_KEY: Final = "rejects-wrong-key"
REJECTS_TRUNCATED: Final = "rejects-truncated"
REJECTS_OTHER_SIGNATURE: Final = "rejects-other-signature"
REJECTS_NOT_JSON: Final = "rejects-not-json"
#: Not a check: the genuine MAC in upper-case hex, whose answer is reported as a note.
UPPERCASE_HEX: Final = "uppercase-hex"

#: Every check, in the order a run makes them (a vendor makes the ones that apply to it).
CHECKS: Final = (
    ACCEPTS_VALID,
    REJECTS_UNSIGNED,
    REJECTS_TAMPERED,
    REJECTS_WRONG_KEY,
    REJECTS_TRUNCATED,
    REJECTS_OTHER_SIGNATURE,
    REJECTS_NOT_JSON,
    ACCEPTS_RETRIES,
)

#: The event-type column of checks that are not about one event type.
ANY_EVENT: Final = "-"

_NOT_JSON: Final = b"<html><body>this body is not JSON</body></html>"
_USER_AGENT: Final = "idvkit-webhook-contract"
_CONNECT_PROBE_TIMEOUT: Final = 5.0


class WebhookContractError(Exception):
    """The contract could not run: bad options, missing key, unreachable receiver. The message is one
    line and names neither the key nor a body."""


@dataclass(frozen=True)
class WebhookContractOptions:
    """What to test and how. ``key`` is required for iDenfy and markid (see ``key_from_environment``)."""

    vendor: str
    url: str
    key: str | None = None
    #: Genuine deliveries per event type (``accepts-valid``).
    examples: int = 5
    #: Hypothesis seed; None: a random one (reported in the result, to reproduce the run).
    seed: int | None = None
    #: Seconds within which a genuine delivery must get its 2xx.
    timeout: float = VENDOR_TIMEOUT
    retries: int = VENDOR_RETRIES
    retry_interval: float = VENDOR_RETRY_INTERVAL
    #: Post to a receiver that is not on a loopback address (the payloads are generated, not real).
    allow_remote: bool = False


@dataclass(frozen=True)
class CheckResult:
    """One check for one event type (``ANY_EVENT`` when it is about no event type)."""

    check: str
    event_type: str
    passed: bool
    #: Short and safe to print: statuses, times, counts; never a body, signature or key.
    reason: str
    #: The receiver's answers (None: no answer: timeout, connection closed), in the order sent.
    statuses: tuple[int | None, ...] = ()


@dataclass(frozen=True)
class Note:
    """Something the receiver did that fails nothing but is worth knowing (``topic``: e.g. ``uppercase-hex``)."""

    topic: str
    event_type: str
    #: Short and safe to print, like ``CheckResult.reason``.
    text: str


@dataclass(frozen=True)
class WebhookContractResult:
    vendor: str
    #: The receiver as shown in output: scheme, host, port and path (LiveID+: no path, it may hold a token).
    target: str
    seed: int
    examples: int
    timeout: float
    checks: tuple[CheckResult, ...]
    notes: tuple[Note, ...] = ()
    #: every event type the vendor's spec lists, whether or not a delivery of it could be made
    event_types: tuple[str, ...] = ()

    def coverage(self) -> dict[str, dict[str, bool | None]]:
        """The event type x check matrix: per event type of the spec, per check of the run, True (passed),
        False (failed) or None (the check sent no delivery of this event type)."""
        names = list(dict.fromkeys(check.check for check in self.checks if check.event_type != ANY_EVENT))
        matrix: dict[str, dict[str, bool | None]] = {
            event_type: dict.fromkeys(names) for event_type in self.event_types
        }
        for check in self.checks:
            if check.event_type == ANY_EVENT:
                continue
            row = matrix.setdefault(check.event_type, dict.fromkeys(names))
            previous = row.get(check.check)
            row[check.check] = check.passed if previous is None else previous and check.passed
        return matrix

    @property
    def delivered(self) -> tuple[str, ...]:
        """The event types of which at least one genuine delivery was sent (``accepts-valid`` ran)."""
        return tuple(e for e, row in self.coverage().items() if row.get(ACCEPTS_VALID) is not None)

    @property
    def passed(self) -> bool:
        return all(check.passed for check in self.checks)

    @property
    def failures(self) -> tuple[CheckResult, ...]:
        return tuple(check for check in self.checks if not check.passed)

    @property
    def exit_code(self) -> ExitCode:
        """OK (0) when every check passed, VIOLATIONS (1) otherwise (COULD_NOT_RUN, 2, is a WebhookContractError)."""
        return ExitCode.OK if self.passed else ExitCode.VIOLATIONS


@dataclass(frozen=True)
class _Delivery:
    body: bytes
    headers: Mapping[str, str]


@dataclass(frozen=True)
class _Answer:
    status: int | None
    elapsed: float
    #: Why there is no (timely) answer, or None.
    problem: str | None = None

    def describe(self) -> str:
        if self.problem is not None:
            return self.problem
        return f"HTTP {self.status}"


@dataclass
class _Run:
    options: WebhookContractOptions
    key: str | None
    client: httpx.Client
    progress: Callable[[str], None]
    #: the vendor's signature and event-type headers (its spec's x-signature and x-event-type marks)
    names: WebhookHeaders
    results: list[CheckResult] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)


def key_from_environment(vendor: str, environ: Mapping[str, str] | None = None) -> str | None:
    """The callback key of a signed vendor from its environment variable (None: unset, empty or unsigned)."""
    entry = VENDORS.get(vendor)
    name = entry.callback_key_env if entry is not None else None
    if name is None:
        return None
    return (os.environ if environ is None else environ).get(name) or None


def _parse_url(url: str, allow_remote: bool) -> httpx.URL:
    try:
        parsed = httpx.URL(url)
        port = parsed.port
    except (httpx.InvalidURL, ValueError, TypeError):
        raise WebhookContractError("bad --url: not a valid URL") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise WebhookContractError("bad --url: expected an absolute http:// or https:// URL with a host")
    if port is not None and not 0 < port < 2**16:
        raise WebhookContractError(f"bad --url: port {port} is not between 1 and 65535")
    if not allow_remote and not is_loopback_host(parsed.host):
        raise WebhookContractError(
            f"refusing to post generated webhooks to {parsed.host}: only localhost and loopback IP addresses "
            "(127.0.0.0/8, ::1) count as this machine, other names are not looked up; "
            "pass --allow-remote to test a receiver there"
        )
    return parsed


def _display(url: httpx.URL, vendor: str) -> str:
    host = f"[{url.host}]" if ":" in url.host else url.host
    origin = f"{url.scheme}://{host}" + (f":{url.port}" if url.port is not None else "")
    # The callback URL of a vendor that does not sign (LiveID+) carries a secret path token
    # (docs/WEBHOOKS.md): do not show the path.
    secret_path = not VENDORS[vendor].signs_callbacks
    return f"{origin}/..." if secret_path and url.path not in ("", "/") else f"{origin}{url.path}"


def _probe(url: httpx.URL, timeout: float) -> None:
    port = url.port if url.port is not None else (443 if url.scheme == "https" else 80)
    try:
        with socket.create_connection((url.host, port), timeout=min(timeout, _CONNECT_PROBE_TIMEOUT)):
            pass
    except OSError as error:
        why = error.strerror or type(error).__name__
        host = f"[{url.host}]" if ":" in url.host else url.host
        raise WebhookContractError(f"cannot reach the receiver at {host}:{port}: {why}") from None


def _post(run: _Run, delivery: _Delivery, during: str) -> _Answer:
    timeout = run.options.timeout
    started = time.monotonic()
    try:
        response = run.client.post(run.options.url, content=delivery.body, headers=dict(delivery.headers))
    except httpx.TimeoutException:
        return _Answer(None, time.monotonic() - started, f"no answer within {timeout:g} s")
    except httpx.ConnectError as error:
        # e.g. the receiver went away, or its TLS certificate is not trusted
        why = " ".join(str(error).split())[:160] or type(error).__name__
        raise WebhookContractError(f"cannot connect to the receiver (during {during}): {why}") from None
    except httpx.TransportError as error:
        return _Answer(None, time.monotonic() - started, f"no answer: {type(error).__name__}")
    elapsed = time.monotonic() - started
    if elapsed > timeout:
        problem = f"HTTP {response.status_code} after {elapsed:.1f} s, over the {timeout:g} s limit"
        return _Answer(response.status_code, elapsed, problem)
    return _Answer(response.status_code, elapsed)


def _is_2xx(answer: _Answer) -> bool:
    return answer.problem is None and answer.status is not None and 200 <= answer.status < 300


def _is_4xx(answer: _Answer) -> bool:
    # A refusal counts however late it comes: only genuine deliveries are bound by the vendor's timeout.
    return answer.status is not None and 400 <= answer.status < 500


def _headers(names: WebhookHeaders, event_type: str | None, signature: str | None) -> dict[str, str]:
    headers = {"Content-Type": "application/json", "User-Agent": _USER_AGENT}
    if signature is not None and names.signature is not None:
        headers[names.signature] = signature
    if event_type is not None and names.event_type is not None:
        headers[names.event_type] = event_type
    return headers


def _genuine(run: _Run, event_type: str, body: bytes) -> _Delivery:
    if run.key is None:  # LiveID+: unsigned, the event is in the body
        return _Delivery(body, _headers(run.names, None, None))
    return _Delivery(body, _headers(run.names, event_type, sign(body, run.key)))


def _whitespace_flip(body: bytes) -> bytes:
    """``body`` with one byte changed: the first space between JSON tokens becomes a tab.

    The result is still JSON with the same content, so only a receiver that verifies the raw bytes
    notices (one that does not verify, or verifies a re-serialisation, accepts it). A body without
    such a space gets its middle byte flipped instead.
    """
    in_string = escaped = False
    for index, byte in enumerate(body):
        if in_string:
            if escaped:
                escaped = False
            elif byte == 0x5C:  # backslash
                escaped = True
            elif byte == 0x22:  # quote
                in_string = False
        elif byte == 0x22:
            in_string = True
        elif byte == 0x20:
            return body[:index] + b"\t" + body[index + 1 :]
    middle = len(body) // 2
    return body[:middle] + bytes([body[middle] ^ 0x01]) + body[middle + 1 :]


def _forgeries(
    names: WebhookHeaders, key: str, event_type: str, body: bytes, other_body: bytes
) -> Iterator[tuple[str, _Delivery]]:
    signature = sign(body, key)
    yield REJECTS_UNSIGNED, _Delivery(body, _headers(names, event_type, None))
    yield REJECTS_TAMPERED, _Delivery(_whitespace_flip(body), _headers(names, event_type, signature))
    yield REJECTS_WRONG_KEY, _Delivery(body, _headers(names, event_type, sign(body, f"not-{key}")))
    yield REJECTS_TRUNCATED, _Delivery(body[: max(1, len(body) // 2)], _headers(names, event_type, signature))
    yield REJECTS_OTHER_SIGNATURE, _Delivery(body, _headers(names, event_type, sign(other_body, key)))


def _uppercase_hex(names: WebhookHeaders, key: str, event_type: str, body: bytes) -> _Delivery:
    """The genuine delivery with its MAC in upper-case hex: the same MAC in another spelling (no forgery)."""
    signature = sign(body, key)
    if signature.upper() == signature:  # no hex letter in the digest (p ~ 1e-13): sign a variant that has one
        body = body + b"\n"
        signature = sign(body, key)
    return _Delivery(body, _headers(names, event_type, signature.upper()))


def _refusal(check: str, event_type: str, answer: _Answer) -> CheckResult:
    """The result of a delivery that must not be accepted: a 2xx fails; any other answer keeps it out."""
    if answer.status is not None and 200 <= answer.status < 300:  # accepted, however late
        return CheckResult(check, event_type, False, f"accepted: HTTP {answer.status}", (answer.status,))
    if _is_4xx(answer):
        return CheckResult(check, event_type, True, f"HTTP {answer.status}", (answer.status,))
    return CheckResult(check, event_type, True, f"not accepted: {answer.describe()} (a 4xx says why)", (answer.status,))


def _record(run: _Run, result: CheckResult) -> None:
    run.results.append(result)


def _uppercase_note(event_type: str, answer: _Answer) -> Note | None:
    if answer.status is not None and 200 <= answer.status < 300:
        return Note(
            UPPERCASE_HEX,
            event_type,
            f"accepts the MAC in upper-case hex (HTTP {answer.status}): the same MAC, so no forgery gets in this way; "
            "iDenfy sends lower case",
        )
    if _is_4xx(answer):
        return None  # refused like iDenfy's own examples refuse it: nothing to note
    return Note(
        UPPERCASE_HEX,
        event_type,
        f"answers the MAC in upper-case hex with {answer.describe()}; iDenfy sends lower case, so no genuine "
        "delivery looks like this",
    )


def _check_valid(run: _Run, bodies: Mapping[str, tuple[bytes, ...]]) -> None:
    run.progress(f"{ACCEPTS_VALID}: {sum(map(len, bodies.values()))} genuine deliveries")
    for event_type, event_bodies_ in bodies.items():
        answers = [
            _post(run, _genuine(run, event_type, body), f"{ACCEPTS_VALID} {event_type}") for body in event_bodies_
        ]
        statuses = tuple(answer.status for answer in answers)
        bad = [(number, answer) for number, answer in enumerate(answers, 1) if not _is_2xx(answer)]
        if not answers:
            result = CheckResult(ACCEPTS_VALID, event_type, False, "the spec produced no body for this event type")
        elif bad:
            number, answer = bad[0]
            more = f" ({len(bad)} of {len(answers)} failed)" if len(bad) > 1 else ""
            result = CheckResult(
                ACCEPTS_VALID,
                event_type,
                False,
                f"delivery {number}/{len(answers)}: {answer.describe()}"
                f"{', expected 2xx' if answer.problem is None else ''}{more}",
                statuses,
            )
        else:
            slowest = max(answer.elapsed for answer in answers)
            result = CheckResult(
                ACCEPTS_VALID, event_type, True, f"{len(answers)} x 2xx, slowest {slowest:.2f} s", statuses
            )
        _record(run, result)
        run.progress(f"  {event_type}: {'ok' if result.passed else 'FAILED'} ({result.reason})")


def _check_forgeries(run: _Run, key: str, bodies: Mapping[str, tuple[bytes, ...]], spare: Mapping[str, bytes]) -> None:
    run.progress("rejects-*: forged deliveries (5 per event type), and the genuine MAC in upper-case hex")
    event_types = [event_type for event_type, event_bodies_ in bodies.items() if event_bodies_]
    for position, event_type in enumerate(event_types):
        body = bodies[event_type][0]
        # the signature of another genuine body: this event type's spare one, else the next event type's
        other = (
            spare[event_type]
            if spare[event_type] != body
            else bodies[event_types[(position + 1) % len(event_types)]][0]
        )
        if other == body:
            other = body + b"\n"
        failed = []
        for check, delivery in _forgeries(run.names, key, event_type, body, other):
            result = _refusal(check, event_type, _post(run, delivery, f"{check} {event_type}"))
            if not result.passed:
                failed.append(check)
            _record(run, result)
        note = _uppercase_note(event_type, _post(run, _uppercase_hex(run.names, key, event_type, body), UPPERCASE_HEX))
        if note is not None:
            run.notes.append(note)
        run.progress(
            f"  {event_type}: {'FAILED ' + ', '.join(failed) if failed else 'ok'}{' (a note)' if note else ''}"
        )


def _check_not_json(run: _Run) -> None:
    run.progress(f"{REJECTS_NOT_JSON}: a body that is not JSON")
    answer = _post(run, _Delivery(_NOT_JSON, _headers(run.names, None, None)), REJECTS_NOT_JSON)
    result = _refusal(REJECTS_NOT_JSON, ANY_EVENT, answer)
    _record(run, result)
    run.progress(f"  {'ok' if result.passed else 'FAILED'} ({result.reason})")


def _check_retries(run: _Run, spare: Mapping[str, bytes]) -> None:
    options = run.options
    run.progress(
        f"{ACCEPTS_RETRIES}: {len(spare)} genuine deliveries, each sent {options.retries} more times "
        f"{options.retry_interval:g} s apart"
    )
    deliveries = {event_type: _genuine(run, event_type, body) for event_type, body in spare.items()}
    answers: dict[str, list[_Answer]] = {event_type: [] for event_type in deliveries}
    last_done: dict[str, float] = {}
    # Interleaved rounds: every delivery keeps its own spacing, and the check takes ~retries x interval.
    for _ in range(options.retries + 1):
        for event_type, delivery in deliveries.items():
            if event_type in last_done:
                wait = last_done[event_type] + options.retry_interval - time.monotonic()
                if wait > 0:
                    time.sleep(wait)
            answers[event_type].append(_post(run, delivery, f"{ACCEPTS_RETRIES} {event_type}"))
            last_done[event_type] = time.monotonic()
    for event_type, received in answers.items():
        statuses = tuple(answer.status for answer in received)
        first, repeats = received[0], received[1:]
        if not _is_2xx(first):
            result = CheckResult(
                ACCEPTS_RETRIES, event_type, False, f"first delivery: {first.describe()}, expected 2xx", statuses
            )
        else:
            differing = [
                (number, answer)
                for number, answer in enumerate(repeats, 1)
                if answer.problem is not None or answer.status != first.status
            ]
            if differing:
                number, answer = differing[0]
                result = CheckResult(
                    ACCEPTS_RETRIES,
                    event_type,
                    False,
                    f"repetition {number}/{len(repeats)}: {answer.describe()}, first delivery HTTP {first.status}",
                    statuses,
                )
            else:
                result = CheckResult(
                    ACCEPTS_RETRIES, event_type, True, f"{len(received)} x HTTP {first.status}", statuses
                )
        _record(run, result)
        run.progress(f"  {event_type}: {'ok' if result.passed else 'FAILED'} ({result.reason})")


def _validate(options: WebhookContractOptions) -> tuple[httpx.URL, str | None, WebhookHeaders]:
    vendor = VENDORS.get(options.vendor)
    if vendor is None:
        raise WebhookContractError(f"unknown vendor {options.vendor!r}; expected one of: {', '.join(VENDORS)}")
    if options.examples < 1:
        raise WebhookContractError("--examples must be at least 1")
    if not options.timeout > 0:
        raise WebhookContractError("--timeout must be more than 0 seconds")
    if options.retries < 0 or not options.retry_interval >= 0:
        raise WebhookContractError("retries and the retry interval must not be negative")
    url = _parse_url(options.url, options.allow_remote)
    try:
        names = delivery_headers(vendor.name)
    except ValueError as exc:
        raise WebhookContractError(f"{vendor.name} spec: {exc}") from None
    key: str | None = None
    if vendor.callback_key_env is not None:
        key = options.key or None
        if key is None:
            raise WebhookContractError(
                f"no callback signing key for {options.vendor}: pass --key or set {vendor.callback_key_env}"
            )
        if names.signature is None:
            raise WebhookContractError(
                f"{vendor.name} signs its callbacks, but no webhook header of its spec is marked x-signature"
            )
    return url, key, names


@contextmanager
def _client(url: httpx.URL, timeout: float) -> Iterator[httpx.Client]:
    # No proxies or other environment settings for a loopback receiver; a remote one may need them.
    with httpx.Client(
        timeout=httpx.Timeout(timeout), follow_redirects=False, trust_env=not is_loopback_host(url.host)
    ) as client:
        yield client


def run_webhook_contract(
    options: WebhookContractOptions, *, progress: Callable[[str], None] | None = None
) -> WebhookContractResult:
    """Run every check of ``options.vendor`` against the receiver at ``options.url``.

    ``progress`` gets one line per step (no secrets, no bodies). Raises WebhookContractError when the
    run cannot start or the receiver stops accepting connections; check failures are in the result.
    """
    url, key, names = _validate(options)
    seed = options.seed if options.seed is not None else random.randrange(2**32)  # noqa: S311 - not security
    report = progress or (lambda line: None)
    _probe(url, options.timeout)
    target = _display(url, options.vendor)
    report(f"generating spec-valid {options.vendor} webhook bodies (seed {seed})")
    generated = event_bodies(options.vendor, options.examples + 1, seed)
    # The last body of each event type is kept back for the retries, so that it arrives there first
    # (unless the schema could not produce enough distinct bodies).
    bodies = {event_type: tuple(found[: options.examples]) for event_type, found in generated.items()}
    spare = {event_type: found[-1] for event_type, found in generated.items() if found}
    report(f"posting to {target}: {len(bodies)} event types ({', '.join(bodies)}), timeout {options.timeout:g} s")
    with _client(url, options.timeout) as client:
        run = _Run(options, key, client, report, names)
        _check_valid(run, bodies)
        if key is not None:
            _check_forgeries(run, key, bodies, spare)
        else:
            _check_not_json(run)
        _check_retries(run, spare)
    return WebhookContractResult(
        vendor=options.vendor,
        target=target,
        seed=seed,
        examples=options.examples,
        timeout=options.timeout,
        checks=tuple(run.results),
        notes=tuple(run.notes),
        event_types=tuple(generated),
    )
