"""The planted-bug list stays in step with the code: each bug's text is found once."""

from pathlib import Path

import pytest

from tests.planted.bugs import BUGS

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("bug", BUGS, ids=[b.name for b in BUGS])
def test_every_planted_bug_still_fits_the_code(bug):
    texts = {path: (ROOT / path).read_text(encoding="utf-8") for path, _, _ in bug.edits}
    for path, old, new in bug.edits:  # each edit applies to the text the previous left
        assert texts[path].count(old) == 1, (path, old)
        texts[path] = texts[path].replace(old, new)
    for test in bug.tests:
        assert (ROOT / test.split("::")[0]).exists(), test
