"""The analysts' web app (``policywatch web``): pages and a JSON API over the read snapshot.

Importing this package imports nothing heavy: the pipeline uses :mod:`policywatch.web.curation`
and :mod:`policywatch.web.state` without the web framework.
"""
