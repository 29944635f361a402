"""The hamlets and team members typed one per line in the first-run wizard.

Every line is checked before the wizard moves on, with the rules a save would apply,
so a wrong line is marked on its own page instead of being dropped after "Hoàn tất":
a hamlet typed twice (ignoring diacritics, case and its word, "thon tan ninh" beside
"Thôn Tân Ninh"), a member's name or phone that would be refused, a member whose
hamlet is not in the list.
"""

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.errors import InputRefused, Problem
from desktop.domain.hamlets import split_hamlet
from desktop.domain.kinds import clean_record, get_kind, name_key


@dataclass
class LineProblem:
    """What is wrong with one typed line: the box ("hamlets" or "members"), its line
    number (1 = the first line of the box) and the problems."""

    box: str
    line: int
    problems: list[Problem]


@dataclass
class TeamLines:
    """The lines as records to save, and the problems; nothing is saved while any."""

    hamlets: list[dict] = field(default_factory=list)  # {"name", "kind"}
    members: list[dict] = field(default_factory=list)  # {"full_name", "hamlet", "phone"}
    problems: list[LineProblem] = field(default_factory=list)

    def of(self, box: str) -> list[LineProblem]:
        """The problems of one box."""
        return [p for p in self.problems if p.box == box]


def hamlet_key(text: str) -> str:
    """The key two ways of writing one hamlet share: "Thôn Tân Ninh", "tan ninh"."""
    return name_key(split_hamlet(text)[1])


def read_team_lines(hamlets_text: str, members_text: str, today: dt.date,
                    known: dict[str, str] | None = None) -> TeamLines:
    """Check the typed lines. `known` maps the keys of hamlets already recorded to their
    names (a member may name one of those too). Blank lines are skipped."""
    out = TeamLines()
    names = dict(known or {})
    for number, line in enumerate(hamlets_text.splitlines(), 1):
        if not line.strip():
            continue
        kind, name = split_hamlet(line)
        try:
            clean = clean_record(get_kind("hamlet"), {"name": name, "kind": kind or "thon"},
                                 today)
        except InputRefused as exc:
            out.problems.append(LineProblem("hamlets", number, exc.problems))
            continue
        key = name_key(clean["name"])
        if key in names:
            out.problems.append(LineProblem("hamlets", number, [
                Problem("name", "hamlet_duplicate", {"name": names[key]})]))
            continue
        names[key] = clean["name"]
        out.hamlets.append({"name": clean["name"], "kind": clean["kind"]})
    for number, line in enumerate(members_text.splitlines(), 1):
        parts = [p.strip() for p in line.split(";")]
        if not any(parts):
            continue
        data = {"full_name": parts[0], "phone": parts[2] if len(parts) > 2 else ""}
        problems = []
        try:
            clean = clean_record(get_kind("member"), {k: v for k, v in data.items() if v},
                                 today)
        except InputRefused as exc:
            problems += exc.problems
        hamlet = parts[1] if len(parts) > 1 else ""
        if hamlet and hamlet_key(hamlet) not in names:
            problems.append(Problem("hamlet", "reference_missing",
                                    {"kind": "hamlet", "value": hamlet}))
        if len(parts) > 3:
            problems.append(Problem(None, "team_line_parts", {"count": len(parts)}))
        if problems:
            out.problems.append(LineProblem("members", number, problems))
            continue
        out.members.append({"full_name": clean["full_name"], "phone": clean.get("phone"),
                            "hamlet": names[hamlet_key(hamlet)] if hamlet else None})
    return out
