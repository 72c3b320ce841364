"""Dossier's benchmark harness: floor comparison, server choice, scale; not part of the tests."""
