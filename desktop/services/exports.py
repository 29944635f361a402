"""Exporting a list to CSV or Excel, with Vietnamese headers and readable values."""

from pathlib import Path

from desktop.db.writer import write
from desktop.domain.errors import InputRefused
from desktop.domain.labels import field_label
from desktop.services.queries import Filters, columns, list_records, readable_row
from desktop.services.tables import write_table

SUFFIXES = (".csv", ".xlsx")


def export_records(db, kind_name: str, path, filters: Filters | None = None,
                   lang: str = "vi") -> dict:
    """Write every record of `kind_name` (matching `filters`) to `path`; return a summary.

    Coded values are written as their labels ("Đã kích hoạt mức 2"), which the
    importer reads back, so an exported list can be edited in Excel and re-imported.
    """
    path = Path(path)
    if path.suffix.lower() not in SUFFIXES:
        raise InputRefused.of("export_suffix", "out", path=str(path))
    keys = ["id", *columns(kind_name)]
    header = [field_label(k, lang) if k != "id" else "Mã" if lang == "vi" else "Id" for k in keys]
    rows = list_records(db, kind_name, filters, limit=None)

    def values():
        for row in rows:
            shown = readable_row(kind_name, row, lang, for_sheet=True)
            yield [shown[k] for k in keys]

    count = write_table(path, header, values())
    if hasattr(db, "conn"):  # every export of personal data is in the audit log
        with write(db) as tx:
            tx.audit("export", kind_name, None, {"file": path.name, "rows": count})
    return {"ok": True, "kind": kind_name, "file": str(path), "rows": count}

