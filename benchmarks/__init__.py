"""Benchmarks run by `make bench`: each `*_bench.py` module has `run(scratch) -> list[dict]`."""
