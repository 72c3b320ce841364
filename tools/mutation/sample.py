"""Print the names of a seeded random sample of the mutants mutmut has not judged yet.

``make mutation MUTATION_SAMPLE=N`` runs mutmut on N mutants of the targeted areas drawn
with a fixed seed (``MUTATION_SEED``), on top of those already judged under ``mutants/``;
with ``MUTATION_SAMPLE=all`` (the default) this prints nothing and mutmut runs every
mutant. On two cores a mutant takes about seven seconds (the tests that cover it, up to
the first failure), so the whole of ``api/`` and ``schemas/`` is a night's run and a
sample is what fits in a working session. Mutants are generated first if they are not
yet, with mutmut's own functions, so that their names exist to draw from (mutmut's
internals and its private files: see ``tools/mutation/__init__.py``).
"""

import contextlib
import os
import random
import sys
from pathlib import Path

from tools.mutation.report import AREAS, MUTANTS, TARGETED, results

DEFAULT_SEED = 12


def _generate() -> None:
    """Generate the mutants under ``mutants/`` as ``mutmut run`` does before running them."""
    # mutmut's internals, imported only when needed.
    from mutmut.__main__ import create_mutants
    from mutmut.utils.file_utils import copy_also_copy_files, copy_src_dir, setup_source_paths

    Path(MUTANTS).mkdir(exist_ok=True)
    copy_src_dir()
    copy_also_copy_files()
    setup_source_paths()
    create_mutants(os.cpu_count() or 2)


def sample(size: int, seed: int) -> list[str]:
    """Return ``size`` mutants of the targeted areas not judged yet, drawn with ``seed``."""
    if not any(MUTANTS.rglob("*.py.meta")):
        # mutmut's functions print their progress: on stderr, since stdout is the names.
        with contextlib.redirect_stdout(sys.stderr):
            _generate()
    prefixes = tuple(prefix for name in TARGETED for prefix in AREAS[name])
    pool = sorted(
        name
        for name, (source, state) in results().items()
        if state == "not checked" and source.startswith(prefixes)
    )
    # A sample reproducible from its seed, not a secret: random is what fits.
    return sorted(random.Random(seed).sample(pool, min(size, len(pool))))  # noqa: S311


def main() -> int:
    size = sys.argv[1] if len(sys.argv) > 1 else "all"
    if size == "all":
        return 0
    seed = int(os.environ.get("MUTATION_SEED", DEFAULT_SEED))
    print("\n".join(sample(int(size), seed)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
