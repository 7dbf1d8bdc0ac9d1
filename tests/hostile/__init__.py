"""Hostile feeds, pages, titles and configuration: each case ends with a clear recorded reason."""
