"""A LiveID+ asynchronous call from end to end against the sandbox: push it, find its conference, read the
conference's data with a conference client (its JWT renewed when it expires), close the call, receive the callback.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Mapping

from liveid_client.api.service import get_call_info_uid, push_async_call
from liveid_client.api.v1 import conference_data
from liveid_client.models import (
    ConferenceDataResponse,
    GetCallInfoUIDRequest,
    GetCallInfoUIDResponse,
    PushAsyncCallRequest,
    PushAsyncCallResponse,
)

from idvkit.testing import start_sandbox
from idvkit.webhooks import parse_liveid_callback


def walk_through() -> dict[str, str]:
    results: list[bytes] = []

    def receive(body: bytes, headers: Mapping[str, str]) -> int:  # your liveid_servercallback endpoint
        results.append(body)
        return 200

    with start_sandbox("liveid", callback_handler=receive, callback_path="/liveid/result") as sandbox:
        apikey = sandbox.liveid_client()

        # 1. push the call: b64Data is the call's configuration (what service-start takes), Base64-encoded
        call = {
            "id_organization": "ACME_BANK",
            "id_process": "3f2b8c1e-5d4a-4e7b-9c6f-1a2b3c4d5e6f",
            "liveid_servercallback": "http://127.0.0.1/liveid/result",
        }
        b64_data = base64.b64encode(json.dumps(call).encode()).decode()
        queued = push_async_call.sync(client=apikey, body=PushAsyncCallRequest(b_64_data=b64_data))
        assert isinstance(queued, PushAsyncCallResponse), queued

        # 2. find its conference
        info = get_call_info_uid.sync(client=apikey, body=GetCallInfoUIDRequest(u_id=queued.u_id))
        assert isinstance(info, GetCallInfoUIDResponse), info

        # 3. a conference client: its bearer JWT comes from genAPIToken and is renewed when it expires
        conference = sandbox.liveid_conference_client(info.id_conference)
        before = conference_data.sync(client=conference, id_conference=info.id_conference)
        assert isinstance(before, ConferenceDataResponse), before
        sandbox.advance_clock(600)  # the 120-second JWT has expired: the client renews it and replays
        again = conference_data.sync(client=conference, id_conference=info.id_conference)
        assert isinstance(again, ConferenceDataResponse), again

        # 4. the operator closes the call (N: completed) and LiveID+ posts the result
        sandbox.complete_call(queued.u_id, "N", note="identified")
        [delivery] = sandbox.callbacks()
        assert delivery.delivered
        result = parse_liveid_callback(results[0])  # unsigned: look the call up before trusting it
        closed = conference_data.sync(client=conference, id_conference=info.id_conference)
        assert isinstance(closed, ConferenceDataResponse), closed
        return {
            "conference": info.id_conference,
            "event": str(result.event),
            "closeStatus": str(result.message.close_status),
            "endPattern": str(closed.end_pattern),
        }


if __name__ == "__main__":
    print(walk_through())
