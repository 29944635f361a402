"""Sync: signed, encrypted bundles between commune laptops and the merging hub.

Pure parts (format, planning) are separated from the one transactional apply.
No Qt here.
"""
