"""The desktop window: pages, dialogs, table models and background tasks.

Nothing here runs SQL: every read and write goes through `desktop.services`.
"""
