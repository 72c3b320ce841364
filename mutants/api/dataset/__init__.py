"""The dataset, with no HTTP: build the snapshot (rules 1-6), open it read-only, query it in SQL."""


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
