"""Regenerate generated/ from specs/: bundled specs, typed clients and pydantic models.

    python scripts/generate.py            # regenerate what changed (make generate)
    python scripts/generate.py --force    # regenerate every vendor
    python scripts/generate.py --check    # regenerate into a temporary folder and diff (make check-generated)
    python scripts/generate.py --spec PATH --name NAME --out DIR
                                          # NAME_client and NAME_models of a spec that is not bundled, into DIR

For each vendor the spec is bundled into one document and validated; openapi-python-client
writes ``generated/<vendor>_client`` and datamodel-code-generator ``generated/<vendor>_models``;
ruff formats both with fixed settings; ``generated/idvkit_specs`` ships the bundles and
``generated/MANIFEST.json`` records the sha256 of every input and output and the tool versions.

Guarantees: deterministic (a second run changes no byte), atomic (everything is built in a
temporary folder and swapped in only after every vendor succeeded; a broken spec leaves
generated/ as it was and prints file, JSON pointer and reason) and incremental (a vendor whose
inputs and tool versions are unchanged is skipped).

``--spec`` generates the client and models of any other spec the same way (a vendor registered with
``idvkit.vendors.register_vendor`` whose spec is not bundled, such as the tests' fourth vendor), without touching
generated/: adding a vendor needs no edit here.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import warnings
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Any

from idvkit.specs import SpecError, bundle_spec, display_path, validate_openapi
from idvkit.vendors import VENDORS as REGISTRY
from idvkit.vendors import bundled_vendors

ROOT = Path(__file__).resolve().parent.parent
SPECS = ROOT / "specs"
GENERATED = ROOT / "generated"
MANIFEST = "MANIFEST.json"
SPECS_PACKAGE = "idvkit_specs"
#: The vendors of the registry (idvkit.vendors) whose specs are bundled, in registry order.
VENDORS: tuple[str, ...] = bundled_vendors()
#: Every bundled document and the packages generated from it: the vendors get a client and models;
#: the sandbox control API (served by the embedded sandboxes, never by a vendor) is only bundled.
DOCUMENTS: dict[str, tuple[str, ...]] = {**{vendor: ("client", "models") for vendor in VENDORS}, "sandbox-control": ()}
TOOLS: tuple[str, ...] = ("openapi-python-client", "datamodel-code-generator", "ruff")
BIN = Path(sys.executable).parent
BUNDLER = ROOT / "src" / "idvkit" / "specs"
#: Templates that replace openapi-python-client's own of the same name (--custom-template-path): errors.py.jinja
#: keeps the response body out of UnexpectedStatus's message, str() and repr() (it may hold personal data).
OPC_TEMPLATES = Path(__file__).resolve().parent / "opc_templates"

# openapi-python-client is given the bundle by --path (never --url, its only network access) and
# refuses every $ref that is not local ("Remote references ... are not supported"), so it reads
# nothing but the bundle. datamodel-code-generator fetches remote $refs by default: it runs with
# --no-allow-remote-refs, which also refuses local files outside the bundle's folder.
OPC_CONFIG: dict[str, Any] = {
    # Formatting is done once, below, with pinned settings that do not depend on the
    # folder the code is generated in.
    "post_hooks": [],
    "literal_enums": False,
}
DMCG_OPTIONS: tuple[str, ...] = (
    # never fetch a $ref over the network nor read a file outside the input's folder
    "--no-allow-remote-refs",
    "--input-file-type=openapi",
    "--openapi-scopes",
    "schemas",
    "paths",
    "webhooks",
    "--output-model-type=pydantic_v2.BaseModel",
    "--target-python-version=3.11",
    "--target-pydantic-version=2.14",
    # absent and null stay distinct: an optional non-nullable field rejects null
    "--use-missing-sentinel",
    "--strict-nullable",
    # constraints in Annotated[..., Field(...)], which mypy --strict accepts
    "--use-annotated",
    "--field-constraints",
    "--snake-case-field",
    "--allow-population-by-field-name",
    "--use-subclass-enum",
    # enum defaults as enum members (`= Method.live`), which mypy --strict accepts
    "--deserialize-default-values=enum",
    # URLs as str: pydantic's AnyUrl normalises the value (a trailing slash added, the host lower-cased), so a model
    # would not give back the URL the vendor sent, and a spec default (`successUrl`) is a str mypy --strict refuses
    # for an AnyUrl field; the URL's format stays in the spec and the sandbox's validation
    "--type-mappings",
    "string+uri=string",
    "--use-double-quotes",
    "--use-schema-description",
    # the specs keep objects open (no additionalProperties: false), so the models keep unknown fields
    "--extra-fields=allow",
    "--disable-timestamp",
    "--no-formatters",
)
RUFF_OPTIONS: tuple[str, ...] = ("--isolated", "--no-cache", "--line-length=120", "--target-version=py311")
#: What a vendor's name may be (the registry's rule): the prefix of its packages.
PACKAGE_PREFIX = re.compile(r"[a-z][a-z0-9_]*")

SPECS_PACKAGE_INIT = '''\
"""The bundled OpenAPI documents of the idvkit vendors (generated by scripts/generate.py; do not edit)."""

from __future__ import annotations

import json
from importlib.resources import files
from typing import Any

VENDORS: tuple[str, ...] = {vendors!r}
DOCUMENTS: tuple[str, ...] = {documents!r}


def text(name: str) -> str:
    """The bundled spec ``name`` (a vendor, or ``sandbox-control``) as JSON text."""
    if name not in DOCUMENTS:
        raise KeyError(f"unknown vendor {{name!r}}; expected one of {{', '.join(VENDORS)}}")
    return files(__name__).joinpath(f"{{name}}.json").read_text(encoding="utf-8")


def load(name: str) -> dict[str, Any]:
    """The bundled spec ``name`` as a fresh dictionary."""
    document: dict[str, Any] = json.loads(text(name))
    return document
'''


class GenerationError(Exception):
    """A generator failed; the message says which vendor and tool, and what it printed."""


@dataclass
class VendorInput:
    """One vendor's bundled spec and the fingerprint that decides whether it must be regenerated."""

    name: str
    spec: Path
    sources: list[Path]
    bundle: bytes
    fingerprint: str
    #: the packages generated from it (``client``, ``models``); none for a spec that is only bundled
    kinds: tuple[str, ...] = ("client", "models")


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def tool_versions() -> dict[str, str]:
    versions = {tool: version(tool) for tool in TOOLS}
    versions["python"] = f"{sys.version_info.major}.{sys.version_info.minor}"
    return versions


def options_digest() -> str:
    """Everything besides the spec that shapes the output: options, templates, tool versions."""
    recipe = {
        "opc": OPC_CONFIG,
        "dmcg": DMCG_OPTIONS,
        "ruff": RUFF_OPTIONS,
        "specs_package": SPECS_PACKAGE_INIT,
        "tools": tool_versions(),
        # the build script and the bundler shape the output too
        "code": sorted(sha256(p.read_bytes()) for p in [Path(__file__), *BUNDLER.glob("*.py")]),
        "templates": {p.name: sha256(p.read_bytes()) for p in sorted(OPC_TEMPLATES.glob("*.jinja"))},
    }
    return sha256(json.dumps(recipe, sort_keys=True).encode())


def relative(path: Path) -> str:
    return path.resolve().relative_to(ROOT).as_posix()


def shown(path: Path) -> str:
    """How generated files name their spec: relative to the repository, or the file name of a spec outside it."""
    return relative(path) if path.resolve().is_relative_to(ROOT) else path.name


def bundle_input(name: str, spec: Path, recipe: str, *, specs_root: Path, kinds: tuple[str, ...]) -> VendorInput:
    """Bundle a spec (reading only spec files under ``specs_root``) and check its structure (raises SpecError with
    file and pointer)."""
    bundled = bundle_spec(spec, specs_root=specs_root)
    validate_openapi(bundled.document, display_path(spec), semantic=False)
    bundle = (json.dumps(bundled.document, indent=2, ensure_ascii=False) + "\n").encode()
    fingerprint = sha256(recipe.encode() + bundle)
    return VendorInput(name, spec, bundled.sources, bundle, fingerprint, kinds)


def load_vendor(name: str, recipe: str) -> VendorInput:
    """Bundle one vendor's spec and check its structure (raises SpecError with file and pointer)."""
    spec = ROOT / REGISTRY[name].spec_file if name in VENDORS else SPECS / f"{name}.yaml"
    return bundle_input(name, spec, recipe, specs_root=SPECS, kinds=DOCUMENTS[name])


def validate_semantics(vendors: list[VendorInput]) -> None:
    """The slower OpenAPI rules (openapi-spec-validator) for every vendor; raises SpecError."""
    for vendor in vendors:
        validate_openapi(json.loads(vendor.bundle), display_path(vendor.spec), structure=False)


def run(command: Sequence[str], what: str, cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    check_tool_output(what, result.returncode, result.stdout + result.stderr)


def check_tool_output(what: str, status: int, output: str) -> None:
    output = output.strip()
    if status != 0:
        raise GenerationError(f"{what} failed (exit {status}):\n{output}")
    warnings = [line for line in output.splitlines() if "warning" in line.lower()]
    if warnings:
        raise GenerationError(f"{what} warned; fix the spec:\n" + "\n".join(warnings))


def run_tool_in_process(tool: str, args: list[str]) -> tuple[int, str]:
    """Run a generator's command line inside this (worker) process, capturing what it prints.

    Worker processes import each generator once and reuse it for every vendor, which saves
    an interpreter start and a second import per run (most of a generator's time).
    """
    output = io.StringIO()
    with (
        contextlib.redirect_stdout(output),
        contextlib.redirect_stderr(output),
        warnings.catch_warnings(record=True) as caught,
    ):
        warnings.simplefilter("always")
        status: int
        if tool == "openapi-python-client":
            from openapi_python_client.cli import app

            try:
                app(args, standalone_mode=False)
                status = 0
            except SystemExit as exc:  # typer.Exit / sys.exit
                status = exc.code if isinstance(exc.code, int) else 1
            except Exception as exc:
                print(f"{type(exc).__name__}: {exc}")
                status = 1
        else:
            from datamodel_code_generator.__main__ import main as dmcg_main

            status = int(dmcg_main(args))
    for warning in caught:
        print(f"warning: {warning.message}", file=output)
    return status, output.getvalue()


def without_defaults(node: Any, parent: str | None = None) -> Any:
    """The document with every schema ``default`` moved into the description.

    openapi-python-client sends every default it knows explicitly. A spec's ``default`` says what
    the *server* does when a field is absent; sending it would pin values the vendor has since
    changed (iDenfy's expiryTime default went from 3600 to 86400) and send iDenfy's redirect URLs
    to markid. So the clients are generated from this copy: they send only what the caller set.
    """
    if isinstance(node, list):
        return [without_defaults(item) for item in node]
    if not isinstance(node, dict):
        return node
    result = {key: without_defaults(value, key) for key, value in node.items()}
    if parent not in {"responses", "properties", "patternProperties", "$defs", "examples"} and "default" in result:
        default = result.pop("default")
        note = f"Server-side default: `{json.dumps(default, ensure_ascii=False)}`."
        result["description"] = f"{result['description']}\n\n{note}" if result.get("description") else note
    return result


JSON_MEDIA = re.compile(r"application/(?:[\w.+-]+\+)?json")
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


def binary_alternatives(document: dict[str, Any]) -> list[tuple[str, str, int, tuple[str, ...]]]:
    """(method, path, status, binary media types) of every response that documents JSON and binary bodies.

    openapi-python-client parses each status by the first media type it supports, so a status that answers
    JSON or a file (getAuditDataV2: JSON with a download URL, or the ZIP itself with ``direct=true``) would go
    through ``response.json()`` for the file too. ``patch_binary_alternatives`` makes such a status a File when
    the answer's Content-Type is one of the binary media types the spec lists for it.
    """
    found = []
    for path, item in sorted(document.get("paths", {}).items()):
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, dict) else None
            if not isinstance(operation, dict):
                continue
            for status, response in sorted(operation.get("responses", {}).items()):
                content = resolve_ref(document, response).get("content") or {}
                media = list(content)
                if not status.isdigit() or not media or not JSON_MEDIA.fullmatch(media[0]):
                    continue
                binary = tuple(
                    name
                    for name in media[1:]
                    if resolve_ref(document, content[name].get("schema") or {}).get("format") == "binary"
                )
                if binary:
                    found.append((method, path, int(status), binary))
    return found


def resolve_ref(document: dict[str, Any], node: Any) -> dict[str, Any]:
    """``node``, or what its local ``$ref`` points at (followed until a node that is no reference)."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and node["$ref"].startswith("#/"):
        target: Any = document
        for key in node["$ref"][2:].split("/"):
            target = target[key.replace("~1", "/").replace("~0", "~")]
        node = target
    return node if isinstance(node, dict) else {}


def patch_binary_alternatives(client: Path, document: dict[str, Any]) -> None:
    """Make the statuses of ``binary_alternatives`` answer a File for a binary Content-Type (see there).

    Runs on openapi-python-client's output before ruff formats it; every edit must apply, or generation fails.
    """
    modules = sorted((client / "api").rglob("*.py"))
    for method, path, status, binary in binary_alternatives(document):
        url = f'"url": "{path}"'
        matches = [m for m in modules if url in (text := m.read_text()) and f'"method": "{method}"' in text]
        if len(matches) != 1:
            raise GenerationError(f"{client.name}: {len(matches)} modules for {method.upper()} {path}, expected 1")
        module = matches[0]
        text = module.read_text()
        signature = re.search(r"def _parse_response\([^)]*\) -> (?P<type>[^\n]+?) \| None:", text)
        if signature is None:
            raise GenerationError(f"{module}: no _parse_response to patch for the binary answers of {path}")
        union = signature["type"]
        branch = re.compile(rf"\n(?P<indent>[ ]+)if response\.status_code == {status}:\n")
        media = ", ".join(json.dumps(name) for name in binary)
        # a replacement template (no backslash in a media type or a type name): \g<0> is the `if`, then the branch
        file_branch = (
            "\\g<0>\\g<indent>    media_type = response.headers.get('content-type', '').partition(';')[0]\n"
            f"\\g<indent>    if media_type.strip().lower() in ({media},):\n"
            "\\g<indent>        return File(payload=BytesIO(response.content), mime_type=media_type.strip())\n"
        )
        text, count = branch.subn(file_branch, text, count=1)
        widened = f"{union} | File"
        text = text.replace(f"Response[{union}]", f"Response[{widened}]")
        text = text.replace(f"-> {union} | None:", f"-> {widened} | None:")
        text = re.sub(rf"(\n[ ]+){re.escape(union)}\n", rf"\g<1>{widened}\n", text)
        if count != 1 or f"Response[{widened}]" not in text:
            raise GenerationError(f"{module}: the {status} answer of {path} could not be made a File")
        module.write_text(f"from io import BytesIO\n\nfrom ...types import File\n{text}")


def vendor_jobs(vendor: VendorInput, out: Path, work: Path) -> list[tuple[str, str, list[str]]]:
    """The generator runs (what, tool, arguments) that write <vendor>_client and <vendor>_models into ``out``."""
    bundle = work / f"{vendor.name}.json"
    bundle.write_bytes(vendor.bundle)
    client_spec = work / f"{vendor.name}-client.json"
    client_spec.write_text(json.dumps(without_defaults(json.loads(vendor.bundle)), indent=2, ensure_ascii=False))
    config = work / f"{vendor.name}-opc.json"
    config.write_text(json.dumps(OPC_CONFIG))
    models = out / f"{vendor.name}_models"
    models.mkdir()
    header = f"# Generated by datamodel-code-generator from {shown(vendor.spec)} (bundled) by scripts/generate.py. Do not edit."
    opc = [
        "generate",
        f"--path={client_spec}",
        f"--output-path={out / f'{vendor.name}_client'}",
        f"--config={config}",
        f"--custom-template-path={OPC_TEMPLATES}",
        "--meta=none",
        "--overwrite",
    ]
    dmcg = [f"--input={bundle}", f"--output={models / '__init__.py'}", f"--custom-file-header={header}", *DMCG_OPTIONS]
    return [
        (f"openapi-python-client for {vendor.name}", "openapi-python-client", opc),
        (f"datamodel-code-generator for {vendor.name}", "datamodel-code-generator", dmcg),
    ]


def write_specs_package(out: Path, vendors: Iterable[VendorInput]) -> None:
    package = out / SPECS_PACKAGE
    package.mkdir()
    (package / "py.typed").write_text("")
    (package / "__init__.py").write_text(SPECS_PACKAGE_INIT.format(vendors=VENDORS, documents=tuple(DOCUMENTS)))
    for vendor in vendors:
        (package / f"{vendor.name}.json").write_bytes(vendor.bundle)


def tree_digest(directory: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in directory.rglob("*") if p.is_file()):
        digest.update(path.relative_to(directory).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def write_manifest(out: Path, vendors: list[VendorInput], recipe: str) -> None:
    """MANIFEST.json: tool versions and the sha256 of each spec file, bundle and generated package."""
    entries = {}
    for vendor in vendors:
        entries[vendor.name] = {
            "spec": relative(vendor.spec),
            "sources": {relative(p): sha256(p.read_bytes()) for p in vendor.sources},
            "bundle_sha256": sha256(vendor.bundle),
            "fingerprint": vendor.fingerprint,
            "outputs": {
                f"{vendor.name}_{kind}": tree_digest(out / f"{vendor.name}_{kind}") for kind in DOCUMENTS[vendor.name]
            },
        }
    manifest = {"generator": "scripts/generate.py", "recipe": recipe, "tools": tool_versions(), "vendors": entries}
    (out / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")


def read_manifest(directory: Path) -> dict[str, Any]:
    try:
        manifest: dict[str, Any] = json.loads((directory / MANIFEST).read_text())
    except (OSError, ValueError):
        return {}
    return manifest


def unchanged_sources(name: str, manifest: dict[str, Any], recipe: str) -> bool:
    """True when the manifest was made with this recipe from exactly these source files (no parsing needed)."""
    entry = manifest.get("vendors", {}).get(name, {})
    sources: dict[str, str] = entry.get("sources", {})
    if manifest.get("recipe") != recipe or not sources:
        return False
    for path, digest in sources.items():
        source = (ROOT / path).resolve()
        if not source.is_relative_to(SPECS.resolve()):
            return False  # only files under specs/ are inputs; bundling will say what is wrong
        try:
            if sha256(source.read_bytes()) != digest:
                return False
        except OSError:
            return False
    return all((GENERATED / f"{name}_{kind}").is_dir() for kind in DOCUMENTS[name])


def is_current(vendor: VendorInput, manifest: dict[str, Any]) -> bool:
    entry = manifest.get("vendors", {}).get(vendor.name, {})
    return bool(entry.get("fingerprint") == vendor.fingerprint) and all(
        (GENERATED / f"{vendor.name}_{kind}").is_dir() for kind in DOCUMENTS[vendor.name]
    )


def generate_packages(out: Path, vendors: list[VendorInput], meanwhile: Callable[[], None]) -> list[Path]:
    """Run the generators for ``vendors`` into ``out`` and format what they wrote; returns the packages.

    ``meanwhile`` (the slower, semantic spec validation) runs while the generators work.
    """
    with tempfile.TemporaryDirectory(prefix="idvkit-generate-") as work_dir:
        work = Path(work_dir)
        jobs = [job for vendor in vendors if vendor.kinds for job in vendor_jobs(vendor, out, work)]
        with ProcessPoolExecutor(max_workers=min(len(jobs), os.cpu_count() or 1) or 1) as pool:
            futures = [(what, pool.submit(run_tool_in_process, tool, args)) for what, tool, args in jobs]
            meanwhile()
            for what, future in futures:
                check_tool_output(what, *future.result())
    for vendor in vendors:
        if "client" in vendor.kinds:
            patch_binary_alternatives(out / f"{vendor.name}_client", json.loads(vendor.bundle))
    for vendor in vendors:
        for kind in vendor.kinds:
            (out / f"{vendor.name}_{kind}" / "py.typed").write_text("")
    fresh = [out / f"{v.name}_{kind}" for v in vendors for kind in v.kinds]
    if fresh:
        paths = [str(p) for p in fresh]
        run([str(BIN / "ruff"), "check", *RUFF_OPTIONS, "--fix-only", "--select=I,F401,UP", *paths], "ruff", out)
        run([str(BIN / "ruff"), "format", *RUFF_OPTIONS, *paths], "ruff format", out)
    return fresh


def build(
    out: Path, vendors: list[VendorInput], stale: list[VendorInput], recipe: str, meanwhile: Callable[[], None]
) -> None:
    """Build the complete generated tree in ``out``: stale vendors regenerated, the rest copied.

    ``meanwhile`` (the slower, semantic spec validation) runs while the generators work; when it
    raises, nothing of ``out`` is used.
    """
    generate_packages(out, stale, meanwhile)
    for vendor in vendors:
        if vendor not in stale:
            for kind in DOCUMENTS[vendor.name]:
                name = f"{vendor.name}_{kind}"
                shutil.copytree(GENERATED / name, out / name, ignore=shutil.ignore_patterns("__pycache__"))
    write_specs_package(out, vendors)
    write_manifest(out, vendors, recipe)


def generate_vendor(spec: Path, name: str, out: Path) -> list[Path]:
    """``<name>_client`` and ``<name>_models`` of the spec at ``spec``, written into the folder ``out``.

    For a spec that is not bundled into generated/ (a registered vendor's own): it may reference spec files of
    its own folder only, is validated like the bundled specs, and its packages are generated and formatted with
    the same settings. Atomic: the packages appear in ``out`` only when both were generated. Raises SpecError
    (file, pointer, reason) or GenerationError (bad name, existing package, a tool failed).
    """
    if not PACKAGE_PREFIX.fullmatch(name):
        raise GenerationError(f"bad vendor name {name!r}: lower-case letters, digits and '_', starting with a letter")
    if not out.is_dir():
        raise GenerationError(f"output folder {out} does not exist")
    spec = spec.resolve()
    targets = [out / f"{name}_{kind}" for kind in ("client", "models")]
    present = [str(target) for target in targets if target.exists()]
    if present:
        raise GenerationError(f"refusing to overwrite {', '.join(present)}")
    vendor = bundle_input(name, spec, options_digest(), specs_root=spec.parent, kinds=("client", "models"))
    with tempfile.TemporaryDirectory(prefix=f".{name}-generate-", dir=out) as staging_dir:
        staging = Path(staging_dir)
        generate_packages(staging, [vendor], lambda: validate_semantics([vendor]))
        for target in targets:
            (staging / target.name).rename(target)
    return targets


def swap_in(new: Path) -> None:
    """Replace generated/ with ``new``. The old tree is kept aside until the new one is in place."""
    old = GENERATED.parent / f"generated.old-{os.getpid()}"
    if GENERATED.exists():
        GENERATED.rename(old)
    try:
        new.rename(GENERATED)
    except OSError:
        if old.exists():
            old.rename(GENERATED)
        raise
    shutil.rmtree(old, ignore_errors=True)


def diff_trees(expected: Path, actual: Path) -> list[str]:
    """Files that differ between a fresh regeneration and generated/ (caches ignored)."""

    def files(directory: Path) -> dict[str, Path]:
        if not directory.is_dir():
            return {}
        return {
            p.relative_to(directory).as_posix(): p
            for p in directory.rglob("*")
            if p.is_file() and not {"__pycache__", ".ruff_cache", ".mypy_cache"} & set(p.parts)
        }

    want, have = files(expected), files(actual)
    drifted = [f"missing:  generated/{name}" for name in sorted(want.keys() - have.keys())]
    drifted += [f"extra:    generated/{name}" for name in sorted(have.keys() - want.keys())]
    drifted += [
        f"modified: generated/{name}"
        for name in sorted(want.keys() & have.keys())
        if want[name].read_bytes() != have[name].read_bytes()
    ]
    return drifted


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument(
        "--check", action="store_true", help="regenerate into a temporary folder and diff with generated/"
    )
    mode.add_argument("--force", action="store_true", help="regenerate every vendor, even unchanged ones")
    mode.add_argument(
        "--spec", type=Path, help="generate the client and models of this spec instead (with --name, --out)"
    )
    parser.add_argument("--name", help="with --spec: the vendor's name, the prefix of the packages")
    parser.add_argument("--out", type=Path, help="with --spec: the folder to write NAME_client and NAME_models into")
    args = parser.parse_args(argv)
    if args.spec is not None or args.name is not None or args.out is not None:
        if args.spec is None or args.name is None or args.out is None:
            parser.error("--spec, --name and --out go together")
        try:
            written = generate_vendor(args.spec, args.name, args.out)
        except (GenerationError, SpecError) as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        print(f"generated {', '.join(str(path) for path in written)}.")
        return 0

    recipe = options_digest()
    manifest = {} if args.force or args.check else read_manifest(GENERATED)
    if manifest and all(unchanged_sources(name, manifest, recipe) for name in DOCUMENTS):
        print(f"generated/ is up to date ({len(DOCUMENTS)} specs unchanged).")
        return 0
    try:
        vendors = [load_vendor(name, recipe) for name in DOCUMENTS]
    except SpecError as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("generated/ was left unchanged.", file=sys.stderr)
        return 2

    if args.check:
        with tempfile.TemporaryDirectory(prefix="idvkit-check-") as tmp:
            fresh = Path(tmp) / "generated"
            fresh.mkdir()
            try:
                build(fresh, vendors, vendors, recipe, lambda: validate_semantics(vendors))
            except (GenerationError, SpecError) as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 2
            drifted = diff_trees(fresh, GENERATED)
        if drifted:
            print("generated/ has drifted from specs/ (run `make generate` and commit):", file=sys.stderr)
            print("\n".join(drifted), file=sys.stderr)
            return 1
        print("generated/ matches specs/.")
        return 0

    stale = [v for v in vendors if not is_current(v, manifest)]
    staging = GENERATED.parent / f"generated.tmp-{os.getpid()}"
    staging.mkdir()
    try:
        build(staging, vendors, stale, recipe, lambda: validate_semantics(vendors))
        swap_in(staging)
    except (GenerationError, SpecError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        print("generated/ was left unchanged.", file=sys.stderr)
        return 2
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    names = ", ".join(v.name for v in stale) or "none (specs package and manifest only)"
    print(f"generated/ regenerated: {names}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
