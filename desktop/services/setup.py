"""Setting up a database: for one official commune, or as a merging hub."""

import importlib

from desktop.db.meta import get_meta, read_setup, set_meta
from desktop.db.writer import write
from desktop.domain.errors import InputRefused
from desktop.domain.ids import new_device_id
from desktop.domain.units import find_commune, find_province

STAFF_NAME = "Cán bộ văn hóa - xã hội"


def _create_keys(conn) -> None:
    # Device keys belong to the sync package; it may not be installed in a slimmed build.
    try:
        keys = importlib.import_module("desktop.sync.keys")
    except ImportError:
        return
    create = getattr(keys, "create_device_keys", None)
    if create:
        create(conn)


def _write_setup(conn, values: dict) -> None:
    """Record who this database belongs to and create its keys, in one transaction."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for key, value in values.items():
            set_meta(conn, key, value)
        _create_keys(conn)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _refuse_if_set_up(db, path: str) -> None:
    setup = read_setup(db.conn)
    if setup is not None:
        raise InputRefused.of("already_initialised", path=path, name=setup.display_name)


def init_commune(db, commune_code: str, device_name: str | None = None, path: str = "") -> dict:
    """Set up `db` for the official commune `commune_code`; return the setup as a dict.

    Creates the device id and keys, and a default staff user who is the actor of
    entries made without a named person.
    """
    commune = find_commune(commune_code)
    if commune is None:
        raise InputRefused.of("unknown_commune", "commune", code=commune_code)
    _refuse_if_set_up(db, path)
    device_id = new_device_id()
    _write_setup(db.conn, {"role": "commune", "device_id": device_id,
                           "device_name": device_name or device_id,
                           "commune_code": commune.code, "commune_name": commune.name,
                           "province_code": commune.province_code,
                           "province_name": commune.province_name})
    conn = db.conn
    with write(db) as tx:
        user = tx.insert("user", "users", {"full_name": STAFF_NAME,
                                           "full_name_key": "can bo van hoa xa hoi",
                                           "position": STAFF_NAME})
        set_meta(conn, "default_actor", user)
    return setup_dict(db)


def init_hub(db, name: str, province_code: str | None = None, path: str = "") -> dict:
    """Set up `db` as a hub (district or province IT) that merges communes' bundles."""
    province = None
    if province_code:
        province = find_province(province_code)
        if province is None:
            raise InputRefused.of("unknown_province", "province", code=province_code)
    _refuse_if_set_up(db, path)
    _write_setup(db.conn, {"role": "hub", "device_id": new_device_id(), "device_name": name,
                           "hub_name": name,
                           "province_code": province.code if province else None,
                           "province_name": province.name if province else None})
    return setup_dict(db)


def default_actor(db) -> str | None:
    """The staff user who acts when no person is named."""
    return get_meta(db.conn, "default_actor")


def setup_dict(db) -> dict:
    """The setup of `db` as plain data (empty dict if not set up)."""
    setup = read_setup(db.conn)
    if setup is None:
        return {}
    return {"role": setup.role, "device_id": setup.device_id, "device_name": setup.device_name,
            "commune_code": setup.commune_code, "commune_name": setup.commune_name,
            "province_code": setup.province_code, "province_name": setup.province_name,
            "hub_name": setup.hub_name}
