"""The ``policywatch`` command line. Each module of this package adds its commands to ``app``."""

from policywatch.cli.app import app, main

__all__ = ["app", "main"]
