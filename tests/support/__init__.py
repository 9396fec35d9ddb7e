"""Plain helpers that tests import; nothing here is collected as a test."""
