"""``idvkit check-capture``: the proxy's verdicts on the exchanges of a HAR file, offline."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from idvkit.proxy._capture import read_har
from idvkit.proxy._exchange import UNDOCUMENTED_OPERATION, ObservedExchange, masked_headers
from idvkit.proxy._judge import ExchangeJudge, media_type_of
from idvkit.proxy._traffic import TrafficReport
from idvkit.vendors import get_vendor


def _server_paths(document: dict[str, Any]) -> list[str]:
    """The path parts of the spec's server URLs (a HAR names full URLs; the spec's paths follow these)."""
    paths = {urlsplit(str(server.get("url", ""))).path.rstrip("/") for server in document.get("servers") or []}
    return sorted((path for path in paths if path), key=len, reverse=True)


def check_capture(vendor: str, path: Path) -> TrafficReport:
    """Judge every entry of the HAR file ``path`` against ``vendor``'s spec; CaptureError for an unreadable file."""
    entry = get_vendor(vendor)
    document = entry.spec()
    judge = ExchangeJudge(document)
    report = TrafficReport(entry.name, str(path), document)
    prefixes = _server_paths(document)
    for exchange, url_path in read_har(path):
        if judge.operation_label(exchange.method, url_path) == UNDOCUMENTED_OPERATION:
            for prefix in prefixes:
                stripped = url_path[len(prefix) :] if url_path.startswith(prefix + "/") else None
                if stripped and judge.operation_label(exchange.method, stripped) != UNDOCUMENTED_OPERATION:
                    exchange = dataclasses.replace(exchange, path=stripped)
                    break
        request_violations, checked = judge.judge_request(exchange)
        response_violations, parsed, pointer = judge.judge_response(exchange, checked)
        report.add(
            ObservedExchange(
                judge.operation_label(exchange.method, exchange.path),
                exchange.status,
                media_type_of(exchange.response_header("content-type")),
                masked_headers(exchange.request_headers),
                masked_headers(exchange.response_headers),
                None,
                parsed,
                pointer is not None,
                (*request_violations, *response_violations),
            ),
            response_pointer=pointer,
        )
    return report
