"""The moment every test starts at. No test reads the wall clock (tests/conftest.py)."""

import datetime as dt

NOW = "2026-11-23T09:00:00+07:00"
TODAY = dt.date(2026, 11, 23)  # NOW's date in Vietnam
