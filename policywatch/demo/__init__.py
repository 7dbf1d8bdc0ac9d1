"""Bundled demo outlets: fictional news sites served on loopback for demos, tests and benchmarks.

The static site lives in ``policywatch/demo/site`` and the ground truth in
``policywatch/demo/gold.json``; :class:`policywatch.demo.server.DemoServer` serves the site.
"""
