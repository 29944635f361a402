"""Monthly reports, hub roll-ups and training attendance sheets.

`collect.collect_monthly(db, month)` and `hub.collect_hub(db, month)` compute plain
values from the database; `pdf_monthly`, `pdf_training` and `xlsx` render them. The
computation never depends on the rendering, so tests check the figures directly.
No Qt here: the GUI runs these functions in a worker.
"""
