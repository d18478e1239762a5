"""The operation that issues a scheme's credentials is found through the links' x-credential marks."""

from __future__ import annotations

import idvkit_specs

from idvkit.specs import credential_issuer


def test_genapitoken_issues_the_conference_tokens() -> None:
    issuer = credential_issuer(idvkit_specs.load("liveid"), "ConferenceToken")
    assert issuer is not None
    assert (issuer.operation.method, issuer.operation.path) == ("get", "/api/authenticate/genAPIToken")
    assert issuer.value == "$response.body#/token"


def test_a_scheme_nobody_issues_has_no_issuer() -> None:
    assert credential_issuer(idvkit_specs.load("liveid"), "ApiKeyAuth") is None
    assert credential_issuer(idvkit_specs.load("idenfy"), "ConferenceToken") is None


def test_links_and_responses_given_by_reference_are_followed() -> None:
    document = idvkit_specs.load("liveid")
    path = document["paths"]["/api/authenticate/genAPIToken"]["get"]
    links = path["responses"]["200"].pop("links")
    for link in links.values():
        link["x-credential"] = {"scheme": "Other", "value": "$response.body#/jwt"}
    document["components"]["links"] = links
    document["components"]["responses"]["Issued"] = {
        "description": "Issued.",
        "links": {name: {"$ref": f"#/components/links/{name}"} for name in links},
    }
    path["responses"]["200"] = {"$ref": "#/components/responses/Issued"}
    issuer = credential_issuer(document, "Other")
    assert issuer is not None
    assert issuer.operation.operation_id == "genAPIToken"
    assert issuer.value == "$response.body#/jwt"
    assert credential_issuer(document, "ConferenceToken") is None
