"""Benchmarks of policywatch: ``make bench`` (or ``python -m bench [--quick] [--only NAME]``)."""
