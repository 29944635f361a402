"""Roles and what each may do.

| role      | may                                                          |
|-----------|--------------------------------------------------------------|
| `staff`   | enter and edit records, export bundles                       |
| `officer` | also make reports and change report settings; answer a person's request for their data |
| `hub`     | also import bundles and manage trust                         |
| `admin`   | everything, plus users, backup, restore, demo data, erasure  |

Each role may do all that the roles before it may: a hub's IT makes roll-up reports
and enters the trainings and targets it sends to communes. A refusal names the least
role that may.
"""

from desktop.domain.errors import InputRefused

ROLES = ("staff", "officer", "hub", "admin")

# permission -> the least role that has it
PERMISSIONS = {
    "read": "staff",            # lists, one record, checks, keys, conflicts, duplicates
    "records": "staff",         # add, update, delete, import lists, undo, resolve duplicates
    "bundle_export": "staff",   # a commune's bundle; a hub's reference bundle
    "report": "officer",        # monthly report, attendance sheet, list exports
    "report_settings": "officer",
    "privacy_export": "officer",  # everything held about one person, for that person
    "bundle_import": "hub",
    "trust": "hub",             # hub key, trust list, revoking devices
    "admin": "admin",           # users, backup, restore, demo data, encryption
    "privacy_erase": "admin",
}


def check_role(role: str) -> str:
    """`role` if it is one of ROLES; InputRefused naming the choices otherwise."""
    if role not in ROLES:
        raise InputRefused.of("role_unknown", "role", role=role, choices=", ".join(ROLES))
    return role


def allows(role: str | None, permission: str) -> bool:
    """True if `role` has `permission` (an unknown role has none)."""
    if role not in ROLES:
        return False
    return ROLES.index(role) >= ROLES.index(PERMISSIONS[permission])


def needed_role(permission: str) -> str:
    """The least role that has `permission`."""
    return PERMISSIONS[permission]


def require(login, permission: str) -> None:
    """InputRefused("role_needed") unless the logged-in user may do `permission`.

    `login` is None when no user is logged in (a test's plain database, a worker
    of an already checked action): nothing to check.
    """
    if login is None or permission == "none" or allows(login.role, permission):
        return
    raise InputRefused.of("role_needed", user=login.name, role=login.role,
                          needed=needed_role(permission))
