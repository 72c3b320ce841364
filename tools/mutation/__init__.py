"""Mutation testing of ``api/`` and ``schemas/`` with mutmut 3.8.1: ``make mutation``.

- ``plugin.py``: a pytest plugin that only mutmut loads, so that its test selection
  credits the calls made at import and in fixtures wider than a test;
- ``sample.py``: the names of a seeded random sample of mutants not judged yet;
- ``report.py``: the score per area, ``docs/mutation.json`` and the survivors;
- ``equivalents.toml``: the survivors judged by hand, each with its reason;
- ``preload.txt``: the third-party modules mutmut's fork server imports before it forks.

mutmut has no public API for any of this, so the folder leans on its private state, and
only this folder does (the suite under ``tests/`` knows nothing of mutmut):

- ``plugin.py`` reads and swaps ``mutmut.state.state()._stats``, the set of the mutated
  functions called since mutmut last credited a test: mutmut's own pytest hook credits
  that set to the test that is tearing down, so calls made outside any test (at import,
  in a session fixture) would go to the first test alone, and mutmut would never run the
  other tests that depend on them;
- ``report.py`` and ``sample.py`` read ``mutants/**/*.py.meta`` (JSON: the exit code of
  each mutant by name, ``exit_code_by_key``), where mutmut keeps its judgements: its
  command line prints them for people, not for a program;
- ``sample.py`` calls ``mutmut.__main__.create_mutants`` and the copying functions of
  ``mutmut.utils.file_utils`` to generate the mutants before any is run, so that their
  names exist to draw a sample from (``mutmut run`` takes names, not a count).

A mutmut upgrade may move any of these: the pin in the dev extra is deliberate, and a new
version is to be tried with ``MUTATION_SAMPLE=3 make mutation`` before it is taken.
"""
