"""Load the dataset and check it against rules 1-6 of the data model, or say every violation."""

from pathlib import Path

from api.dataset.fidelity import check_sources
from api.dataset.loading import Progress, Silent, garbage_collector_paused
from api.dataset.records import DataError, Dataset, Violations, load_dataset


def load_checked(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every violation, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    violations = Violations()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, violations, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, violations)
                advance(1)
    if violations:
        raise DataError(violations.messages())
    return dataset
