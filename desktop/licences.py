"""What the packaged app carries, and under which licence.

Help ▸ About lists these; build.spec reads them to copy each library's metadata
(version and licence files) into the package; tests/packaging checks that every
library the build collected is listed here and every bundled font is too.
No Qt here, so the spec can import it cheaply.
"""

from dataclasses import dataclass

APP_LICENCE = "GPL-3.0-or-later"


@dataclass(frozen=True)
class Component:
    """One bundled piece: its name, Python distribution (if any), SPDX licence, home page."""

    name: str
    distribution: str | None
    licence: str
    url: str

    def version(self) -> str:
        """The installed version, or "" where the metadata is not available.
        (importlib.metadata is imported here, when the About box asks: at the top it
        cost every start of the window 40–60 ms.)"""
        from importlib.metadata import PackageNotFoundError, version

        if not self.distribution:
            return ""
        try:
            return version(self.distribution)
        except PackageNotFoundError:
            return ""


# In the order shown. Dependencies of dependencies are listed too when the build
# collects them (tests/packaging checks this list against the build).
LIBRARIES = (
    Component("Python", None, "PSF-2.0", "https://www.python.org"),
    Component("Qt 6 and PySide6 (with Qt Charts, Qt PDF)", "pyside6", "LGPL-3.0-only",
              "https://www.qt.io/qt-for-python"),
    Component("shiboken6", "shiboken6", "LGPL-3.0-only", "https://www.qt.io/qt-for-python"),
    Component("ReportLab", "reportlab", "BSD-3-Clause", "https://www.reportlab.com"),
    Component("rl_accel (ReportLab's accelerators)", "rl_accel", "BSD-3-Clause",
              "https://www.reportlab.com"),
    Component("Pillow", "pillow", "MIT-CMU", "https://python-pillow.org"),
    Component("charset-normalizer", "charset-normalizer", "MIT",
              "https://github.com/jawah/charset_normalizer"),
    Component("sqlite-utils", "sqlite-utils", "Apache-2.0", "https://sqlite-utils.datasette.io"),
    Component("sqlite-fts4", "sqlite-fts4", "Apache-2.0", "https://github.com/simonw/sqlite-fts4"),
    Component("click", "click", "BSD-3-Clause", "https://palletsprojects.com/p/click/"),
    Component("python-dateutil", "python-dateutil", "Apache-2.0 AND BSD-3-Clause",
              "https://github.com/dateutil/dateutil"),
    Component("pluggy", "pluggy", "MIT", "https://github.com/pytest-dev/pluggy"),
    Component("SQLite", None, "blessing (public domain)", "https://sqlite.org"),
    Component("sqlcipher3 (SQLCipher 4, OpenSSL)", "sqlcipher3",
              "Zlib (SQLCipher: BSD-3-Clause; OpenSSL: Apache-2.0)",
              "https://github.com/coleifer/sqlcipher3"),
    Component("argon2-cffi", "argon2-cffi", "MIT", "https://argon2-cffi.readthedocs.io"),
    Component("argon2-cffi-bindings (libargon2)", "argon2-cffi-bindings",
              "MIT (libargon2: CC0-1.0 OR Apache-2.0)",
              "https://github.com/hynek/argon2-cffi-bindings"),
    Component("Babel", "babel", "BSD-3-Clause", "https://babel.pocoo.org"),
    Component("vietnam-provinces", "vietnam-provinces", "GPL-3.0",
              "https://github.com/sunshine-tech/VietnamProvinces"),
    Component("PyNaCl (libsodium)", "pynacl", "Apache-2.0 (libsodium: ISC)", "https://pynacl.readthedocs.io"),
    Component("cffi", "cffi", "MIT-0", "https://cffi.readthedocs.io"),
    Component("openpyxl", "openpyxl", "MIT", "https://openpyxl.readthedocs.io"),
    Component("et-xmlfile", "et-xmlfile", "MIT", "https://foss.heptapod.net/openpyxl/et_xmlfile"),
    Component("python-docx", "python-docx", "MIT", "https://github.com/python-openxml/python-docx"),
    Component("lxml", "lxml", "BSD-3-Clause", "https://lxml.de"),
    Component("typing_extensions", "typing-extensions", "PSF-2.0",
              "https://github.com/python/typing_extensions"),
    Component("platformdirs", "platformdirs", "MIT", "https://github.com/tox-dev/platformdirs"),
    Component("RapidFuzz", "rapidfuzz", "MIT", "https://github.com/rapidfuzz/RapidFuzz"),
)

FONTS = (
    Component("DejaVu Sans", None, "Bitstream-Vera", "https://dejavu-fonts.github.io"),
    Component("Liberation Serif", None, "OFL-1.1", "https://github.com/liberationfonts"),
)
