"""Pure domain rules: validation, stages, clocks. No Qt, no SQL."""
