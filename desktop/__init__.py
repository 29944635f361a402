"""Xã Số: offline-first records and reports for a commune's digital transformation work."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("xaso")
except PackageNotFoundError:  # running from a frozen build or a bare checkout
    __version__ = "0.1.0"
