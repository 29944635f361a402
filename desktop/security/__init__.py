"""Protecting personal data at rest: keys, users and roles, login, encrypted copies.

- `kdf`: a password to a key-encryption key (Argon2id, documented parameters).
- `keyring`: the `<database>.keys` file: the random database key wrapped once per
  user and once by the recovery key.
- `roles`: what each role may do. `accounts`: the users of one database.
- `login`: opening a database as a user; creating and converting encrypted ones.
- `backupfile`: the encrypted backup file (backups, pre-restore and pre-migration
  copies).
- `files`: files 0600 and folders 0700, partial files removed.

docs/privacy.md says how this answers Law 91/2025/QH15 and Decree 356/2025/NĐ-CP.
"""
