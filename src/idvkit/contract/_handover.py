"""What idvkit's runner and the schemathesis process it starts hand each other: the variable that names the
failure log and the progress interval, and how either side writes a JSON file the other reads.

Kept apart from the failure log's event handler, which needs schemathesis: the runner imports only this, so
that ``idvkit contract`` does not load schemathesis a second time in its own process.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

FAILURE_LOG_VARIABLE = "IDVKIT_FAILURE_LOG"
#: seconds between the progress lines the schemathesis process prints (see idvkit.contract._progress)
PROGRESS_VARIABLE = "IDVKIT_PROGRESS_INTERVAL"
#: where the schemathesis process writes why it stopped early because the target is not the API
NOT_THE_API_VARIABLE = "IDVKIT_NOT_THE_API"
#: where the schemathesis process writes the snapshot of what the server answered (see idvkit.contract._observations)
OBSERVATIONS_VARIABLE = "IDVKIT_OBSERVATIONS"


def write_atomically(path: Path, document: Any) -> None:
    """Write ``document`` as JSON so that a reader sees the whole file or none of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(descriptor, "w", encoding="utf-8") as stream:
            json.dump(document, stream, indent=1, sort_keys=True)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
