"""The drift gate's comparison (scripts/generate.py diff_trees), in-process: every missing, extra or modified file
of generated/ is named, caches are not, and nothing else is.

The end-to-end gate (`generate.py --check` on an edited copy of the repository) is tested in
tests/safety/test_drift_gate.py; this holds the comparison itself, so that mutation testing can reach it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from scripts.generate import diff_trees

CACHES = ("__pycache__", ".ruff_cache", ".mypy_cache")
names = st.sampled_from(["a.py", "b.json", "MANIFEST.json", "pkg/c.py", "pkg/sub/d.py", "py.typed", "x/y/z.txt"])
contents = st.binary(max_size=8)
trees = st.dictionaries(names, contents, max_size=6)


def write(root: Path, tree: dict[str, bytes]) -> None:
    for name, content in tree.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def expected_report(want: dict[str, bytes], have: dict[str, bytes]) -> list[str]:
    missing = [f"missing:  generated/{name}" for name in sorted(want.keys() - have.keys())]
    extra = [f"extra:    generated/{name}" for name in sorted(have.keys() - want.keys())]
    modified = [f"modified: generated/{name}" for name in sorted(want.keys() & have.keys()) if want[name] != have[name]]
    return missing + extra + modified


@settings(max_examples=60, deadline=None)
@given(want=trees, have=trees, cached=st.lists(st.tuples(st.sampled_from(CACHES), names, contents), max_size=3))
def test_every_difference_is_named_once_in_order_and_caches_are_ignored(
    want: dict[str, bytes], have: dict[str, bytes], cached: list[tuple[str, str, bytes]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        expected, actual = Path(tmp) / "fresh", Path(tmp) / "generated"
        expected.mkdir()
        actual.mkdir()
        write(expected, want)
        write(actual, have)
        for cache, name, content in cached:  # stale byte code and tool caches on either side are not drift
            write(actual if len(content) % 2 else expected, {f"{cache}/{name}": content})
        assert diff_trees(expected, actual) == expected_report(want, have)


def test_an_identical_tree_has_no_drift(tmp_path: Path) -> None:
    tree = {"pkg/models.py": b"x = 1\n", "MANIFEST.json": b"{}"}
    write(tmp_path / "a", tree)
    write(tmp_path / "b", tree)
    assert diff_trees(tmp_path / "a", tmp_path / "b") == []


def test_a_missing_generated_folder_lists_every_file_as_missing(tmp_path: Path) -> None:
    write(tmp_path / "fresh", {"pkg/a.py": b"1", "b.json": b"2"})
    assert diff_trees(tmp_path / "fresh", tmp_path / "absent") == [
        "missing:  generated/b.json",
        "missing:  generated/pkg/a.py",
    ]
    assert diff_trees(tmp_path / "absent", tmp_path / "fresh") == [
        "extra:    generated/b.json",
        "extra:    generated/pkg/a.py",
    ]


def test_a_folder_is_not_a_file(tmp_path: Path) -> None:
    """An empty folder on one side is no drift: only files are compared."""
    write(tmp_path / "fresh", {"a.py": b"1"})
    write(tmp_path / "generated", {"a.py": b"1"})
    (tmp_path / "generated" / "empty").mkdir()
    assert diff_trees(tmp_path / "fresh", tmp_path / "generated") == []
