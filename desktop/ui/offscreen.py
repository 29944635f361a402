"""An offscreen screen the size of a commune office's laptop, for screenshots and the
stall benchmark.

Qt's offscreen platform has an 800×800 screen by default, and the window keeps itself
inside its screen, so without this the pictures and the measures would be of a small
square window. The GUI tests use the same screen (tests/ui/conftest.py).
"""

import json
from pathlib import Path

LAPTOP = (1366, 768)


def laptop_platform(folder: Path) -> str:
    """A QT_QPA_PLATFORM value: offscreen, with one 1366×768 screen at 96 dpi (its
    configuration file written into `folder`)."""
    width, height = LAPTOP
    path = Path(folder) / "screen-1366x768.json"
    path.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width,
                                             "height": height, "logicalDpiX": 96,
                                             "logicalDpiY": 96}]}), encoding="utf-8")
    return f"offscreen:configfile={path}"
