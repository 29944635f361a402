"""The wizard's typed lines are checked as a save would check them, line by line."""

from desktop.domain.team_lines import read_team_lines
from tests.conftest import TODAY


def _messages(team, box):
    return {p.line: " / ".join(x.message("vi") for x in p.problems) for p in team.of(box)}


def test_a_hamlet_typed_twice_is_marked_on_its_line():
    team = read_team_lines("Thôn Tân Ninh\n\nthon tan ninh\nTAN NINH\nXóm Đông Xuân", "", TODAY)
    assert team.hamlets == [{"name": "Tân Ninh", "kind": "thon"},
                            {"name": "Đông Xuân", "kind": "xom"}]
    assert set(_messages(team, "hamlets")) == {3, 4}
    assert "Đã có «Tân Ninh»" in _messages(team, "hamlets")[3]


def test_member_lines_with_a_bad_phone_unknown_hamlet_or_bad_name():
    team = read_team_lines("Thôn Tân Ninh", "\n".join([
        "Nguyễn Văn An; Thôn Tân Ninh; 0912345678",
        "Lê Thị Hoa; tan ninh; 12345",
        "Trần Văn Bình; Thôn Đông Xuân",
        "Ng0 Van 7; ; ",
        "Phạm Thị Dung",
        "Võ Văn Em; Tân Ninh; 0912345679; thừa"]), TODAY)
    assert team.members == [
        {"full_name": "Nguyễn Văn An", "phone": "0912345678", "hamlet": "Tân Ninh"},
        {"full_name": "Phạm Thị Dung", "phone": None, "hamlet": None}]
    problems = _messages(team, "members")
    assert set(problems) == {2, 3, 4, 6}
    assert "12345" in problems[2] and "Đông Xuân" in problems[3]
    assert "Ng0" not in problems[4] and problems[4]
    assert "4 phần" in problems[6]
