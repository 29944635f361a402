"""Exports never carry a live formula and never fail on stored text; what is
exported imports back as it was."""

import csv

import pytest
from openpyxl import load_workbook

from desktop.db.writer import write
from desktop.services import records
from desktop.services.exports import export_records
from desktop.services.imports import import_file
from desktop.services.queries import list_records

FORMULAS = ['=HYPERLINK("http://x.example","bấm vào")', "=cmd|' /C calc'!A0", "+1+2",
            "-2+3", "@SUM(A1:A2)"]


@pytest.fixture
def hostile(db):
    """Households whose addresses look like formulas, and one name holding a control
    character that an older release stored before such text was refused."""
    records.add(db, "hamlet", {"name": "Tân Ninh"})
    for i, text in enumerate(FORMULAS):
        records.add(db, "household", {"hamlet": "Tân Ninh", "head_name": f"Lê Văn {'ABCDE'[i]}",
                                      "address": text})
    hamlet = list_records(db, "hamlet")[0]["id"]
    with write(db) as tx:  # as stored by an older release, before validation
        tx.insert("household", "households", {"hamlet_id": hamlet, "head_name": "Trần\x07Văn Bell",
                                              "head_name_key": "tran van bell",
                                              "address": "=1+1\x00"})
    return db


def test_xlsx_export_has_no_formula_cells(hostile, tmp_path):
    out = tmp_path / "ho.xlsx"
    export_records(hostile, "household", out)
    sheet = load_workbook(out).active
    cells = [c for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells}
    for text in FORMULAS:
        assert text in texts  # kept as the text it is
    assert "Trần\ufffdVăn Bell" in texts  # the stored control character did not fail it


def test_csv_export_is_escaped_and_imports_back_as_it_was(hostile, db, tmp_path):
    out = tmp_path / "ho.csv"
    export_records(hostile, "household", out)
    with out.open(encoding="utf-8-sig", newline="") as handle:
        cells = [c for row in csv.reader(handle) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    assert "'=cmd|' /C calc'!A0" in cells
    # a fresh commune imports the export back: the text is restored, apostrophe gone
    from desktop.db import open_database
    from desktop.services.setup import init_commune

    fresh = open_database(tmp_path / "fresh.db", clock=hostile.clock)
    init_commune(fresh, "00070")
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    keep = [line for line in lines if "Bell" not in line]  # that name is no longer valid
    out.write_text("\n".join(keep), encoding="utf-8-sig")
    report = import_file(fresh, "household", out)
    assert report.ok, report.as_dict()["errors"]
    addresses = {r["address"] for r in list_records(fresh, "household", limit=None)}
    assert set(FORMULAS) <= addresses
