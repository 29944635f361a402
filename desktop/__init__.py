"""Xã Số: offline-first records and reports for a commune's digital transformation work."""


def __getattr__(name: str):
    """`desktop.__version__`, read from the installed package's metadata when first
    asked for: importing importlib.metadata costs 40–60 ms, which every command and
    every start of the window paid before doing anything."""
    if name != "__version__":
        raise AttributeError(f"module 'desktop' has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        value = version("xaso")
    except PackageNotFoundError:  # running from a frozen build or a bare checkout
        value = "0.1.0"
    globals()["__version__"] = value
    return value
