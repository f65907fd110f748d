"""Benchmarks on synthetic demo data; each prints a ratio against a raw baseline."""
