"""The planted-bug check: each bug a user could meet, planted alone, must be caught.

    python -m tests.planted            # every bug, one at a time
    python -m tests.planted search cccd_century   # some of them, by name

For each bug the runner replaces one exact piece of source text (it must occur once,
so a bug that no longer fits the code is reported, not silently skipped), runs the
tests named for it, expects them to FAIL, and puts the file back. The list lives in
tests/planted/bugs.py; docs/how-we-test.md explains when to add to it.
"""
