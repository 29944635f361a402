"""What an operation changed: the kinds and ids of records it touched, and its undo step.

Every service that writes returns one (as Anki's operations return `OpChanges`), and
the window refreshes from it: a page refreshes only when a change touches a kind it
shows, instead of guessing after every save.
"""

from dataclasses import dataclass

# Beyond this many ids an operation says "many" (ids=None) rather than listing them.
MAX_IDS = 10_000


@dataclass(frozen=True)
class Changes:
    """The kinds and record ids an operation touched (ids None: too many to list), and
    the clock value of its audit entries, which names its undo step (None: nothing
    to undo, e.g. a refused or empty operation)."""

    kinds: frozenset[str] = frozenset()
    ids: frozenset[str] | None = frozenset()
    undo_step: str | None = None

    def touches(self, kinds) -> bool:
        """True if any of `kinds` (a kind name or several) was changed."""
        wanted = {kinds} if isinstance(kinds, str) else set(kinds)
        return bool(self.kinds & wanted)

    def __bool__(self) -> bool:
        return bool(self.kinds)

    @classmethod
    def everything(cls) -> "Changes":
        """Any record may have changed (a merge, a restore, another database opened)."""
        from desktop.domain.kinds import TABLE_KINDS

        return cls(frozenset(TABLE_KINDS.values()), None, None)

    @classmethod
    def of(cls, touched: dict[str, set[str]], undo_step: str | None) -> "Changes":
        """From {kind: ids} as a transaction collected them."""
        kinds = frozenset(k for k, ids in touched.items() if ids)
        count = sum(len(ids) for ids in touched.values())
        ids = None if count > MAX_IDS or any(i is None for s in touched.values() for i in s) \
            else frozenset(i for s in touched.values() for i in s)
        return cls(kinds, ids, undo_step if kinds else None)


class Saved(dict):
    """A service's result (a record, a summary) that also says what changed."""

    def __init__(self, data: dict, changes: Changes):
        super().__init__(data)
        self.changes = changes
