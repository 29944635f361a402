"""A page of a list is exactly that slice of the whole list, whatever the sort, the
direction, the filters and the search: the page is chosen from the record's own
table before it is joined to hamlets and households (desktop/services/queries.py)."""

from desktop.services.queries import COLUMNS, Filters, list_records

FILTERS = [Filters(), Filters(search="nguyen"), Filters(search="thi"), Filters(month="2026-10"),
           Filters(include_deleted=True)]


def test_every_page_is_the_slice_of_the_whole_list(demo_db):
    checked = 0
    for kind in ("visit", "household", "resident", "member", "training", "attendance"):
        for filters in FILTERS:
            for column, _expr in COLUMNS[kind]:
                for descending in (False, True):
                    whole = list_records(demo_db, kind, filters, limit=None, order_by=column,
                                         descending=descending)
                    for offset in (0, 7, len(whole) - 3):
                        page = list_records(demo_db, kind, filters, limit=10,
                                            offset=max(offset, 0), order_by=column,
                                            descending=descending)
                        assert page == whole[max(offset, 0):max(offset, 0) + 10], \
                            (kind, filters, column, descending, offset)
                        checked += 1
    assert checked > 300


def test_a_search_page_holds_only_what_it_matches(demo_db):
    whole = list_records(demo_db, "visit", Filters(search="nguyen"), limit=None)
    assert whole and len(whole) < len(list_records(demo_db, "visit", Filters(), limit=None))
    assert list_records(demo_db, "visit", Filters(search="nguyen"), limit=5) == whole[:5]
    assert all("nguy" in (r["household"] or "").lower().replace("ễ", "e") for r in whole[:5])
