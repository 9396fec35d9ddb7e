"""Benchmarks behind `make bench`; see bench/README.md for how to read them."""
