"""Load the dataset and check it against rules 1-6 of the data model, or say every problem."""

from pathlib import Path

from api.dataset.fidelity import check_sources
from api.dataset.loading import Progress, Silent, garbage_collector_paused
from api.dataset.records import DataError, Dataset, Problems, load_dataset


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_load_checked__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_checked__mutmut)
def load_checked(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_orig(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_1(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = None
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_2(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = None
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_3(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress and Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_4(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = None
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_5(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(None, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_6(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, None, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_7(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, None)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_8(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_9(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_10(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, )
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_11(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_12(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step(None, 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_13(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", None) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_14(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step(1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_15(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", ) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_16(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("XXrule 6XX", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_17(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("RULE 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_18(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 2) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_19(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(None, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_20(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, None, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_21(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, None)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_22(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_23(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, problems)
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_24(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, )
                advance(1)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_25(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(None)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_26(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(2)
    if problems:
        raise DataError(problems.messages())
    return dataset


def x_load_checked__mutmut_27(
    data_dir: Path, sources_dir: Path | None = None, progress: Progress | None = None
) -> Dataset:
    """Load and check the dataset; raise DataError listing every problem, in file order.

    With ``sources_dir``, also check every span against the source texts (rule 6).
    """
    problems = Problems()
    progress = progress or Silent()
    with garbage_collector_paused():
        dataset = load_dataset(data_dir, problems, progress)
        if sources_dir is not None:
            with progress.step("rule 6", 1) as advance:
                check_sources(dataset, sources_dir, problems)
                advance(1)
    if problems:
        raise DataError(None)
    return dataset

mutants_x_load_checked__mutmut['_mutmut_orig'] = x_load_checked__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_1'] = x_load_checked__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_2'] = x_load_checked__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_3'] = x_load_checked__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_4'] = x_load_checked__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_5'] = x_load_checked__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_6'] = x_load_checked__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_7'] = x_load_checked__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_8'] = x_load_checked__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_9'] = x_load_checked__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_10'] = x_load_checked__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_11'] = x_load_checked__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_12'] = x_load_checked__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_13'] = x_load_checked__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_14'] = x_load_checked__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_15'] = x_load_checked__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_16'] = x_load_checked__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_17'] = x_load_checked__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_18'] = x_load_checked__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_19'] = x_load_checked__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_20'] = x_load_checked__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_21'] = x_load_checked__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_22'] = x_load_checked__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_23'] = x_load_checked__mutmut_23 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_24'] = x_load_checked__mutmut_24 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_25'] = x_load_checked__mutmut_25 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_26'] = x_load_checked__mutmut_26 # type: ignore # mutmut generated
mutants_x_load_checked__mutmut['x_load_checked__mutmut_27'] = x_load_checked__mutmut_27 # type: ignore # mutmut generated
