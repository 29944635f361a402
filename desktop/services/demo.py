"""Realistic, deterministic demo data for training sessions and benchmarks.

The same seed, commune and `today` give the same data, ids included. Hamlets, team
members, households and residents (CCCDs consistent with birth year and gender),
a year of outreach visits during which e-ID and health-record uptake rise month by
month as in the press reports, trainings with bridge points and hundreds of
participants, and a couple of digital transformation days.

Everything is written in one transaction through the bulk path (`insert_many`), so
a million visits take minutes, and a cancelled run leaves nothing behind. The
aggregates and search indexes the database keeps (desktop/db/aggregates,
search_index.py) are rebuilt once at the end, set-based: while the rows go in, the
triggers that keep them are dropped (a paused trigger still costs every row), and
made again in the same transaction. The query planner's statistics are then
refreshed (`PRAGMA optimize`).
"""

import datetime as dt
import json
import random

from desktop.db import aggregates, search_index
from desktop.db.connection import optimize
from desktop.db.meta import require_setup
from desktop.db.writer import clock_of, write
from desktop.domain.cccd import make_cccd
from desktop.domain.errors import InputRefused
from desktop.domain.kinds import SERVICES, get_kind
from desktop.domain.stages import EID_STAGES, HEALTH_STAGES
from desktop.domain.text import search_key
from desktop.domain.units import LEGACY_PROVINCES, find_commune
from desktop.services.changes import Changes, Saved
from desktop.services.records import save_changes

SURNAMES = ["Nguyễn"] * 8 + ["Trần"] * 3 + ["Lê"] * 3 + ["Phạm"] * 2 + [
    "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = {"male": ["Văn", "Đức", "Hữu", "Minh", "Quang", "Công", "Đình", "Xuân"],
          "female": ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Diệu", "Thanh", "Hồng"]}
GIVEN = {"male": ["An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hùng", "Khánh", "Long", "Nam",
                  "Phong", "Quân", "Sơn", "Tâm", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh"],
         "female": ["Anh", "Bình", "Chi", "Dung", "Giang", "Hà", "Hằng", "Hoa", "Hương", "Lan",
                    "Linh", "Mai", "Nga", "Nhung", "Oanh", "Phương", "Thảo", "Trang", "Tuyết", "Yến"]}
HAMLETS = ["Tân Ninh", "Lộc Hà", "Xuân Hải", "Đông Hà", "Trung Sơn", "Phú Lợi", "Hòa Bình",
           "Thanh Tân", "Bắc Sơn", "Nam Phong", "Đông Xuân", "Yên Thịnh", "Phúc Lộc", "An Lạc",
           "Hưng Nhân"]
UNITS = ["UBND xã", "Hội Phụ nữ", "Đoàn Thanh niên", "Hội Nông dân", "Hội Cựu chiến binh",
         "Công an xã", "Trạm Y tế", "Trường Tiểu học", "Tổ công nghệ số cộng đồng"]
POSITIONS = ["Cán bộ", "Chi hội trưởng", "Bí thư chi đoàn", "Trưởng thôn", "Thành viên",
             "Công an viên", "Y sĩ", "Giáo viên"]
TOPICS = ["Cài đặt và kích hoạt VNeID mức 2", "Sổ sức khỏe điện tử trên VNeID",
          "Dịch vụ công trực tuyến", "Thanh toán không dùng tiền mặt",
          "Bán hàng nông sản trên sàn thương mại điện tử", "Kỹ năng an toàn trên mạng",
          "Kỹ năng số cho tổ công nghệ số cộng đồng"]
PHONE_PREFIXES = ["032", "033", "034", "035", "036", "037", "038", "039", "070", "076", "077",
                  "078", "079", "081", "082", "083", "084", "085", "086", "088", "089", "090",
                  "091", "093", "094", "096", "097", "098"]
CHUNK = 20_000
# the record tables the demo writes
TABLES = ("hamlets", "members", "households", "visits", "visit_members", "stage_changes",
          "residents", "trainings", "bridge_points", "attendance", "events", "targets")
BASE_MS = 1_735_689_600_000  # 2025-01-01: demo ids are UUIDv7-shaped from here
EID_RANK = {stage: rank for rank, stage in enumerate(EID_STAGES)}
HEALTH_RANK = {stage: rank for rank, stage in enumerate(HEALTH_STAGES)}
EID_LAST, HEALTH_LAST = len(EID_STAGES) - 1, len(HEALTH_STAGES) - 1


class Cancelled(Exception):
    """Demo generation was cancelled; nothing was written."""


class _Person:
    """One demo resident while their year of visits is made up. A million-visit commune
    holds 200,000 of them at once, so what the visits do not read (name, gender, date
    of birth, CCCD, phone) is kept packed in one UTF-8 string until it is written, and
    the history list exists only for those who have one."""

    __slots__ = ("id", "packed", "year", "age", "has_cccd", "smart", "pay", "eid", "health",
                 "eid_date", "health_date", "history")
    SEP = "\x1f"

    def __init__(self, name, gender, birth_date, cccd, phone, **values):
        self.packed = self.SEP.join((name, gender, birth_date or "", cccd or "",
                                     phone or "")).encode("utf-8")
        self.has_cccd = cccd is not None
        self.history = None
        for key, value in values.items():
            setattr(self, key, value)

    def unpacked(self) -> tuple[str, str, str | None, str | None, str | None]:
        """(name, gender, birth date, CCCD, phone)."""
        name, gender, birth_date, cccd, phone = self.packed.decode("utf-8").split(self.SEP)
        return name, gender, birth_date or None, cccd or None, phone or None

    @property
    def name(self) -> str:
        return self.packed.decode("utf-8").split(self.SEP, 1)[0]

    @property
    def phone(self) -> str | None:
        return self.unpacked()[4]

    def remember(self, step: tuple) -> None:
        """An onboarding step from before the year."""
        if self.history is None:
            self.history = []
        self.history.append(step)


class _Ids:
    """Deterministic, time-ordered UUIDs (sequential keys insert fast into B-trees)."""

    def __init__(self, rng: random.Random, commune: str):
        self.rng = rng
        self.n = int(commune) * 1000 if commune.isdigit() else 0

    def __call__(self) -> str:
        n = self.n = self.n + 1
        # the UUID's two halves: milliseconds, version 7 and a sequence number of 12
        # bits; the variant and 62 random bits (str(uuid.UUID(...)) without the object)
        high = f"{((BASE_MS + (n >> 12)) << 16) | 0x7000 | (n & 0xFFF):016x}"
        low = f"{(0b10 << 62) | self.rng.getrandbits(62):016x}"
        return f"{high[:8]}-{high[8:12]}-{high[12:]}-{low[:4]}-{low[4:]}"


def _months(today: dt.date, count: int) -> list[dt.date]:
    """First days of the `count` months ending with today's month."""
    firsts = []
    year, month = today.year, today.month
    for _ in range(count):
        firsts.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return firsts[::-1]


def _name(rng: random.Random, gender: str, surname: str | None = None) -> str:
    return f"{surname or rng.choice(SURNAMES)} {rng.choice(MIDDLE[gender])} {rng.choice(GIVEN[gender])}"


def _phone(rng: random.Random) -> str:
    return rng.choice(PHONE_PREFIXES) + f"{rng.randrange(10**7):07d}"


def generate_demo(db, households: int = 300, months: int = 12, seed: int = 1,
                  visits: int | None = None, today: dt.date | None = None,
                  progress=None, cancel=None) -> dict:
    """Fill the commune database with demo data; return counts of what was made.

    `visits` sets the total number of visits (bulk benchmarks); households grow to
    keep about 25 visits per household. `progress(done, total)` is called as work
    advances and `cancel()` returning True stops it with nothing written.
    """
    setup = require_setup(db.conn)
    if setup.is_hub:
        raise InputRefused.of("demo_hub")
    if db.conn.execute("SELECT 1 FROM households LIMIT 1").fetchone():
        # demo ids are deterministic, and demo rows must never mix with a real register
        raise InputRefused.of("demo_not_empty")
    if households < 1 or months < 1 or months > 60 or (visits is not None and visits < 0):
        raise InputRefused.of("number_range", "households", low=1, high="...")
    today = today or clock_of(db).today()
    rng = random.Random(f"{seed}:{setup.commune_code}")
    ids = _Ids(rng, setup.commune_code or "0")
    if visits is not None:
        households = max(households, visits // 25)
    gen = _Generator(db, rng, ids, today, months, households, visits, progress, cancel,
                     setup.commune_code, setup.province_code,
                     random.Random(f"{seed}:{setup.commune_code}:schema5"))
    with write(db) as tx:
        with aggregates.paused(tx.conn, "demo"):
            with aggregates.dropped(tx.conn, TABLES):
                counts = gen.run(tx)
            aggregates.rebuild(tx.conn, setup.commune_code)
            search_index.rebuild(tx.conn)
        tx.audit("demo", None, None, {"seed": seed, **counts})
    optimize(db.conn)
    return Saved(counts, Changes.of(tx.touched, None))


class _Generator:
    def __init__(self, db, rng, ids, today, months, households, visits, progress, cancel,
                 commune_code, province_code, extra_rng):
        self.db, self.rng, self.ids, self.today = db, rng, ids, today
        # What schema 5 records (fibre broadband, digital signatures, basic digital
        # skills, dossiers of public-service visits) is drawn from random streams of
        # its own, so everything else stays as the seed always made it; each stream
        # goes through its table in id order.
        streams = random.Random(extra_rng.random())
        self.fibre_rng, self.people_rng, self.dossier_rng = (
            random.Random(streams.random()) for _ in range(3))
        self.months = _months(today, months)
        self.n_households, self.n_visits = households, visits
        self.progress, self.cancel = progress, cancel
        self.commune_code = commune_code
        # CCCD birth-registration provinces: mostly one, a few from elsewhere
        self.home_province = rng.choice(sorted(LEGACY_PROVINCES))
        # CCCD serials by (province, gender, birth year): the six random digits are
        # unique within what the first six digits say (a global serial wrapped past a
        # million and repeated numbers in a commune of 200,000 people)
        self.cccd_serials: dict[tuple, int] = {}
        self.years: dict[int, int] = {}  # one int object per birth year, shared
        self.counts: dict[str, int] = {}
        self.done = 0
        self.total = 1

    def _local(self, text: str) -> str:
        """A venue or unit in the commune's own word: "UBND xã" in a xã, "UBND phường"
        in a phường (the demo's strings are written for a xã)."""
        official = find_commune(self.commune_code) if self.commune_code else None
        word = official.kind if official else "xã"
        return text.replace(" xã", f" {word}")

    def _tick(self, amount: int = 1) -> None:
        self.done += amount
        if self.cancel and self.cancel():
            raise Cancelled()
        if self.progress:
            self.progress(min(self.done, self.total), self.total)

    def run(self, tx) -> dict:
        visits_total = self.n_visits if self.n_visits is not None else int(
            self.n_households * len(self.months) * 0.5)
        self.total = self.n_households + visits_total + 10
        hamlets = self._hamlets(tx)
        members = self._members(tx, hamlets)
        homes, people = self._households(tx, hamlets)
        self._visits(tx, homes, people, members, visits_total)
        self._residents(tx, people)
        del homes, people  # the biggest things held: gone before the rest is written
        self._trainings(tx, hamlets)
        self._events(tx)
        self._targets(tx, hamlets)
        self._real_life(tx)
        self._tick(10)
        return self.counts

    def _real_life(self, tx) -> None:
        """What a year of real use leaves behind, through the same service path a
        person's edits take: corrected phones and names, stages moved back as recorded
        corrections, and deleted households, residents and visits (tombstones)."""
        conn, rng = tx.conn, self.rng
        residents = get_kind("resident")
        n = max(1, self.n_households // 50)
        picks = conn.execute("SELECT * FROM live_residents WHERE phone IS NOT NULL "
                             "ORDER BY id LIMIT ?", (n * 3,)).fetchall()
        names = [d[0] for d in conn.execute("SELECT * FROM live_residents LIMIT 0").description]
        edited = 0
        for row in picks[::3]:  # a phone typed wrong, then corrected
            current = dict(zip(names, row))
            save_changes(tx, residents, current, {"phone": _phone(rng)}, self.today, {})
            edited += 1
        moved = conn.execute(
            "SELECT * FROM live_residents WHERE eid_stage = 'level2_activated' "
            "ORDER BY id LIMIT ?", (n,)).fetchall()
        for row in moved:  # level 2 ticked by mistake: corrected back to level 1
            save_changes(tx, residents, dict(zip(names, row)), {"eid_stage": "level1"},
                         self.today, {"correction": True})
        deleted: dict[str, int] = {}

        def remove(kind: str, table: str, ids) -> None:
            gone = tx.delete_many(kind, table, ids)
            if gone:
                deleted[table] = deleted.get(table, 0) + gone

        for table, kind, share in (("visits", "visit", 200), ("residents", "resident", 100)):
            # a visit typed twice, a person who moved away: every `share`-th, by id
            remove(kind, table, [r[0] for r in conn.execute(
                f"SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n "
                f"FROM live_{table}) WHERE n % {share} = 8 % {share}")])
        # a household entered twice: deleted with its people and its visits
        homes = [r[0] for r in conn.execute(
            "SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n "
            "FROM live_households) WHERE n % 60 = 12")]
        for table, kind in (("residents", "resident"), ("visits", "visit")):
            for start in range(0, len(homes), 500):
                batch = homes[start:start + 500]
                remove(kind, table, [r[0] for r in conn.execute(
                    f"SELECT id FROM live_{table} WHERE household_id IN "
                    f"({', '.join('?' for _ in batch)}) ORDER BY id", batch)])
        remove("household", "households", homes)
        self.counts.update({f"deleted_{t}": n for t, n in deleted.items()})
        self.counts["edited_residents"] = edited
        self.counts["corrected_stages"] = len(moved)

    def _put(self, tx, table: str, columns: tuple, rows) -> None:
        count = tx.insert_many(table, columns, rows)
        if count:
            self.counts[table] = self.counts.get(table, 0) + count

    def _hamlets(self, tx) -> list[str]:
        names = self.rng.sample(HAMLETS, self.rng.randint(8, min(15, len(HAMLETS))))
        rows = [(self.ids(), n, search_key(n), "thon", None) for n in names]
        self._put(tx, "hamlets", ("name", "name_key", "kind", "notes"), rows)
        self.hamlet_names = {r[0]: r[1] for r in rows}
        return [r[0] for r in rows]

    def _members(self, tx, hamlets: list[str]) -> dict[str, list[str]]:
        rng, rows, by_hamlet = self.rng, [], {}
        for hamlet in hamlets:
            for i in range(rng.randint(2, 4)):
                gender = rng.choice(("male", "female"))
                name = _name(rng, gender)
                mid = self.ids()
                rows.append((mid, name, search_key(name), "leader" if i == 0 else "member",
                             hamlet, _phone(rng), 1))
                by_hamlet.setdefault(hamlet, []).append(mid)
        self._put(tx, "members", ("full_name", "full_name_key", "role", "hamlet_id", "phone",
                                  "active"), rows)
        return by_hamlet

    def _person(self, gender: str, age: int, surname: str | None) -> _Person:
        rng = self.rng
        year = self.today.year - age
        exact = rng.random() < 0.7
        birth_date = None
        if exact:
            birth_date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28)).isoformat()
        cccd = None
        if age >= 14 and rng.random() < 0.93:
            province = self.home_province if rng.random() < 0.85 else rng.choice(sorted(LEGACY_PROVINCES))
            prefix = (province, gender, year)
            serial = self.cccd_serials[prefix] = self.cccd_serials.get(prefix, 0) + 1
            cccd = make_cccd(province, gender, year, serial * 7 + rng.randrange(7))
        name = _name(rng, gender, surname)
        smart = rng.random() < (0.85 if 16 <= age <= 60 else 0.45 if age > 60 else 0.2)
        eid = health = "not_started"
        if cccd and rng.random() < 0.25:  # some already onboarded before the year began
            eid = rng.choice(("level1", "level2_activated", "level2_activated"))
        if rng.random() < 0.15:
            health = "linked"
        pid = self.ids()  # drawn in this order: the id, the phone, the payment account
        phone = _phone(rng) if smart and age >= 16 else None
        pay = int(age >= 15 and rng.random() < 0.35)
        return _Person(name, gender, birth_date, cccd, phone, id=pid,
                       year=self.years.setdefault(year, year), age=age, smart=int(smart),
                       pay=pay, eid=eid, health=health, eid_date=None, health_date=None)

    def _households(self, tx, hamlets: list[str]):
        rng, rows, homes, people = self.rng, [], [], {}
        start = self.months[0]
        for _ in range(self.n_households):
            hamlet = rng.choice(hamlets)
            hid = self.ids()
            head_gender = "male" if rng.random() < 0.75 else "female"
            surname = rng.choice(SURNAMES)
            head_age = rng.randint(28, 80)
            members = [self._person(head_gender, head_age, surname)]
            if rng.random() < 0.85:
                members.append(self._person("female" if head_gender == "male" else "male",
                                            max(20, head_age + rng.randint(-6, 4)), None))
            for _ in range(rng.choice((0, 1, 1, 2, 2, 3))):
                members.append(self._person(rng.choice(("male", "female")),
                                            max(1, head_age - rng.randint(20, 35)), surname))
            for person in members:
                for track, stage in (("eid", person.eid), ("health", person.health)):
                    if stage != "not_started":
                        before = (start - dt.timedelta(days=rng.randint(10, 300))).isoformat()
                        setattr(person, f"{track}_date", before)
                        person.remember((track, "not_started", stage, before, None, None))
            people[hid] = members
            head = members[0]
            address = f"Số {rng.randint(1, 120)}, thôn {self.hamlet_names[hamlet]}"
            rows.append((hid, hamlet, head.name, search_key(head.name), address,
                         head.phone or _phone(rng), len(members),
                         int(any(p.smart for p in members)), int(rng.random() < 0.04), None,
                         int(self.fibre_rng.random() < 0.45)))
            homes.append((hid, hamlet))
            self._tick()
        self._put(tx, "households", ("hamlet_id", "head_name", "head_name_key", "address", "phone",
                                     "members_count", "has_smartphone", "sells_online", "notes",
                                     "has_fibre"), rows)
        self.home_hamlet = dict(homes)
        return homes, people

    def _visits(self, tx, homes, people, members, total: int) -> None:
        """Make up the year's visits and write them a chunk at a time. (Not in a
        thread beside the writes: SQLite lets go of the GIL for every row it writes,
        and a busy Python thread then holds each row up for a whole switch interval.)"""
        columns = ("date", "hamlet_id", "household_id", "outcome", "follow_up_date", "notes",
                   *(f"svc_{s}" for s in SERVICES), "dossiers")
        for visits, links, stages in self._visit_chunks(homes, people, members, total):
            self._flush(tx, columns, visits, links, stages)
            self._tick(len(visits))

    def _visit_chunks(self, homes, people, members, total: int):
        """The visits, their team links and the onboarding steps they made, in chunks
        of CHUNK visits, in date order."""
        rng, ids = self.rng, self.ids
        visits, links, stages = [], [], []
        n_months = len(self.months)
        # more visits in later months, as campaigns picked up
        weights = [1 + i / max(1, n_months - 1) for i in range(n_months)]
        per_month = [int(total * w / sum(weights)) for w in weights]
        per_month[-1] += total - sum(per_month)
        anyone = [next(iter(members.values()))[0]]
        n_homes = len(homes)
        for index, (first, count) in enumerate(zip(self.months, per_month)):
            last_day = (self.today.day if first.year == self.today.year and first.month == self.today.month
                        else (dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
                              - dt.timedelta(days=1)).day)
            push = 0.25 + 0.45 * (index + 1) / n_months  # uptake rises month by month
            dates = {d: first.replace(day=d).isoformat() for d in range(1, last_day + 1)}
            # in date order, so each resident's history runs forward in time
            for day in sorted(rng.randint(1, last_day) for _ in range(count)):
                hid, hamlet = homes[rng.randrange(n_homes)]
                date = dates[day]
                vid = ids()
                roll = rng.random()
                outcome = ("done" if roll < 0.8 else "follow_up" if roll < 0.9
                           else "not_home" if roll < 0.98 else "refused")
                follow = None
                if outcome == "follow_up":
                    follow = (first.replace(day=day) + dt.timedelta(days=rng.randint(3, 21))).isoformat()
                team = members.get(hamlet) or anyone
                helper = team[0] if len(team) == 1 else rng.choice(team)
                links.append((ids(), vid, helper))
                if len(team) > 1 and rng.random() < 0.4:
                    other = rng.choice(team)
                    if other != helper:
                        links.append((ids(), vid, other))
                svc = dict.fromkeys(SERVICES, 0)
                if outcome == "done":
                    for person in people[hid]:
                        self._advance(person, date, push, helper, vid, hamlet, svc, stages)
                    if rng.random() < 0.2:
                        svc["public_service"] = 1
                    if rng.random() < 0.1:
                        svc["online_safety"] = 1
                dossiers = (self.dossier_rng.choice((1, 1, 1, 2, 3)) if svc["public_service"]
                            else None)
                visits.append((vid, date, hamlet, hid, outcome, follow, None, *svc.values(),
                               dossiers))
                if len(visits) >= CHUNK:
                    yield visits, links, stages
                    visits, links, stages = [], [], []
        yield visits, links, stages

    def _flush(self, tx, columns, visits, links, stages) -> None:
        self._put(tx, "visits", columns, visits)
        self._put(tx, "visit_members", ("visit_id", "member_id"), links)
        self._put(tx, "stage_changes", ("resident_id", "hamlet_id", "track", "from_stage",
                                        "to_stage", "date", "helper_id", "visit_id", "correction",
                                        "note"), stages)

    def _advance(self, person, date, push, helper, vid, hamlet, svc, stages) -> None:
        """Move the person along each track, or not, as the visit's push says. (Called
        for everyone at home at most visits: written out per track, with the ranks
        looked up, it costs half of what a loop over the tracks did, and draws the
        same numbers in the same order.)"""
        rng = self.rng
        chance = push * 0.5
        if person.has_cccd:
            current = person.eid
            rank = EID_RANK[current]
            if rank != EID_LAST and rng.random() <= chance:
                target = EID_STAGES[rank + rng.randint(1, EID_LAST - rank)]
                person.eid, person.eid_date = target, date
                stages.append((self.ids(), person.id, hamlet, "eid", current, target, date,
                               helper, vid, 0, None))
                svc["vneid_install"] = 1
                svc["eid_level2"] |= int(target.startswith("level2"))
        current = person.health
        rank = HEALTH_RANK[current]
        if rank != HEALTH_LAST and rng.random() <= chance:
            target = HEALTH_STAGES[rank + rng.randint(1, HEALTH_LAST - rank)]
            person.health, person.health_date = target, date
            stages.append((self.ids(), person.id, hamlet, "health", current, target, date,
                           helper, vid, 0, None))
            svc["health_book"] = 1
        if person.age >= 15 and not person.pay and rng.random() < push * 0.15:
            person.pay = 1
            svc["payment"] = 1

    def _residents(self, tx, people) -> None:
        """Write the residents as they stand after the year, streamed (the rows are
        made as they are inserted), then their history from before the year."""
        history = []
        rng, adult = self.people_rng, self.today.year - 15
        first = self.months[0]
        span = max(1, (self.today - first).days)

        def rows():
            for hid, members in people.items():
                hamlet = self.home_hamlet[hid]
                for p in members:
                    signed, skills, via = 0, None, None
                    if p.year <= adult:  # a digital signature, basic digital skills
                        signed = int(rng.random() < 0.12)
                        if rng.random() < 0.3:
                            skills = (first + dt.timedelta(days=rng.randrange(span + 1))).isoformat()
                            via = "class" if rng.random() < 0.3 else "vneid"
                    name, gender, birth_date, cccd, phone = p.unpacked()
                    yield (p.id, hid, hamlet, name, search_key(name), p.year, birth_date,
                           gender, cccd, phone, p.smart, p.pay, p.eid, p.eid_date,
                           p.health, p.health_date, signed, skills, via)
                    for track, frm, to, date, helper, vid in p.history or ():
                        history.append((self.ids(), p.id, hamlet, track, frm, to, date, helper,
                                        vid, 0, None))

        self._put(tx, "residents", ("household_id", "hamlet_id", "full_name", "full_name_key",
                                    "birth_year", "birth_date", "gender", "cccd", "phone",
                                    "has_smartphone", "has_payment_account", "eid_stage",
                                    "eid_date", "health_stage", "health_date",
                                    "has_digital_signature", "digital_skills_date",
                                    "digital_skills_via"), rows())
        self._put(tx, "stage_changes", ("resident_id", "hamlet_id", "track", "from_stage",
                                        "to_stage", "date", "helper_id", "visit_id", "correction",
                                        "note"), history)

    def _trainings(self, tx, hamlets: list[str]) -> None:
        rng = self.rng
        hamlet_names = self.hamlet_names
        trainings, points, attendance = [], [], []
        for first in self.months:
            day = min(rng.randint(5, 25), self.today.day if first.replace(day=1) == self.today.replace(day=1) else 28)
            starts = dt.datetime(first.year, first.month, max(1, day), rng.choice((8, 14)), 0)
            if starts.date() > self.today:
                continue
            tid = self.ids()
            mode = rng.choice(("in_person", "hybrid", "hybrid", "online"))
            trainings.append((tid, rng.choice(TOPICS), search_key(""), None,
                              starts.isoformat(timespec="minutes"),
                              (starts + dt.timedelta(hours=3)).isoformat(timespec="minutes"),
                              self._local("UBND xã"), None, mode,
                              self._local("Hội trường UBND xã")))
            chosen = [self._local("Hội trường UBND xã")] + [f"Nhà văn hóa thôn {hamlet_names[h]}"
                                               for h in rng.sample(hamlets, rng.randint(2, 5))]
            point_ids = []
            for name in chosen:
                pid = self.ids()
                point_ids.append(pid)
                points.append((pid, tid, name, search_key(name), None))
            for _ in range(rng.randint(20, 60)):
                gender = rng.choice(("male", "female"))
                name = _name(rng, gender)
                roll = rng.random()
                status = "present" if roll < 0.9 else "excused" if roll < 0.95 else "absent"
                attendance.append((self.ids(), tid, rng.choice(point_ids), name, search_key(name),
                                   self._local(rng.choice(UNITS)), rng.choice(POSITIONS), None,
                                   _phone(rng) if rng.random() < 0.8 else None, status))
        # titles get their key after the fact (the title was chosen above); every third
        # session from the second is a Bình dân học vụ số class
        trainings = [(t[0], t[1], search_key(t[1]), *t[3:], int(i % 3 == 1))
                     for i, t in enumerate(trainings)]
        self._put(tx, "trainings", ("title", "title_key", "topics", "starts_at", "ends_at",
                                    "organiser", "trainers", "mode", "venue", "literacy_class"),
                  trainings)
        self._put(tx, "bridge_points", ("training_id", "name", "name_key", "location"), points)
        self._put(tx, "attendance", ("training_id", "bridge_point_id", "full_name", "full_name_key",
                                     "unit", "position", "commune", "phone", "status"), attendance)

    def _events(self, tx) -> None:
        rng, rows = self.rng, []
        for first in rng.sample(self.months, min(len(self.months), rng.randint(2, 3))):
            date = first.replace(day=10)
            if date > self.today:
                continue
            services = {"vneid_install": rng.randint(30, 120), "eid_level2": rng.randint(20, 80),
                        "health_book": rng.randint(20, 90), "public_service": rng.randint(5, 40)}
            rows.append((self.ids(), date.isoformat(), self._local("Sân UBND xã"),
                         "Ngày hội chuyển đổi số",
                         self._local("Công an xã, Trạm Y tế, Bưu điện, Viettel"),
                         sum(services.values()),
                         json.dumps(services, sort_keys=True), None))
        self._put(tx, "events", ("date", "place", "title", "partners", "people_served",
                                 "services", "notes"), rows)

    def _targets(self, tx, hamlets: list[str]) -> None:
        years = sorted({m.year for m in self.months})
        goals = {"households_visited": 100, "smartphone_adults": 85, "eid_level2": 80,
                 "eid_level1": 90, "health_linked": 70, "payment_account": 75,
                 "public_service": 300, "trainings": 12, "training_participants": 400,
                 "events": 2, "people_served": 300, "ecommerce_households": 20,
                 "digital_signature": 50, "fibre_households": 80, "digital_skills": 50}
        rows = [(self.ids(), y, code, None, float(v)) for y in years for code, v in goals.items()]
        rows += [(self.ids(), y, code, h, float(goals[code])) for y in years for h in hamlets
                 for code in ("eid_level2", "health_linked")]
        self._put(tx, "targets", ("year", "indicator", "hamlet_id", "value"), rows)

