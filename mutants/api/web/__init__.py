"""HTTP: problems, query parsing, representations, ETags, the response cache, URLs, the contract."""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
