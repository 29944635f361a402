"""Monthly reports, hub roll-ups and training attendance sheets.

The indicators are defined once, in `desktop.domain.indicators`, and run by
`measures`; `collect.collect_monthly(db, month)` and `hub.collect_hub(db, month)`
compute plain values from the database (`model`). `compose` turns them into a
document once, which `pdf_render` prints and `docx_render` writes for Word; `xlsx`
writes the workbook; `produce` is the one call the CLI and the GUI make. The
computation never depends on the rendering, so tests check the figures directly.
No Qt here: the GUI runs these functions in a worker.
"""
