"""policywatch test suite."""
