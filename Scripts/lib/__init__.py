"""Shared helpers of the measurement scripts in Scripts/ (stdlib only)."""
