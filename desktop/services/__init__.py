"""Services: the one layer the command line and the desktop app both call.

Each service takes an open database (`desktop.db.open_database`) and returns plain
data; refused input raises `InputRefused` and leaves the database unchanged.
"""
