"""The one declaration of each collection, at the bottom of the layers: pure Python.

``api.spec.collections`` declares the collections in the language of ``api.spec.model``;
``api.spec.values`` and ``api.spec.vocabulary`` hold the patterns, limits and closed
vocabularies they use. Nothing here imports Flask, marshmallow or webargs.
"""
