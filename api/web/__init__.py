"""HTTP: problems, query parsing, representations, ETags, the response cache, URLs, the contract."""
