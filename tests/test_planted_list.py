"""The planted-bug list stays in step with the code: each bug's text is found once."""

from pathlib import Path

import pytest

from tests.planted.bugs import BUGS

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("bug", BUGS, ids=[b.name for b in BUGS])
def test_every_planted_bug_still_fits_the_code(bug):
    assert (ROOT / bug.path).read_text(encoding="utf-8").count(bug.old) == 1
    for test in bug.tests:
        assert (ROOT / test.split("::")[0]).exists(), test
