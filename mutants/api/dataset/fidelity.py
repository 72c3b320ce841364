"""Rule 6 of the data model: evidence spans and statement texts occur in the source text."""

import hashlib
from pathlib import Path

from api.dataset.records import Dataset, Problems


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_fold__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_fold__mutmut)
def fold(text: str) -> str:
    """Fold every whitespace run (U+00A0 included) to one space and strip the ends."""
    return " ".join(text.split())


def x_fold__mutmut_orig(text: str) -> str:
    """Fold every whitespace run (U+00A0 included) to one space and strip the ends."""
    return " ".join(text.split())


def x_fold__mutmut_1(text: str) -> str:
    """Fold every whitespace run (U+00A0 included) to one space and strip the ends."""
    return " ".join(None)


def x_fold__mutmut_2(text: str) -> str:
    """Fold every whitespace run (U+00A0 included) to one space and strip the ends."""
    return "XX XX".join(text.split())

mutants_x_fold__mutmut['_mutmut_orig'] = x_fold__mutmut_orig # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_1'] = x_fold__mutmut_1 # type: ignore # mutmut generated
mutants_x_fold__mutmut['x_fold__mutmut_2'] = x_fold__mutmut_2 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_split_paragraphs__mutmut)
def split_paragraphs(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(" ".join(lines)))
            lines = []
    if lines:
        paragraphs.append(fold(" ".join(lines)))
    return paragraphs


def x_split_paragraphs__mutmut_orig(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(" ".join(lines)))
            lines = []
    if lines:
        paragraphs.append(fold(" ".join(lines)))
    return paragraphs


def x_split_paragraphs__mutmut_1(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = None
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(" ".join(lines)))
            lines = []
    if lines:
        paragraphs.append(fold(" ".join(lines)))
    return paragraphs


def x_split_paragraphs__mutmut_2(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = None
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(" ".join(lines)))
            lines = []
    if lines:
        paragraphs.append(fold(" ".join(lines)))
    return paragraphs


def x_split_paragraphs__mutmut_3(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(None)
        elif lines:
            paragraphs.append(fold(" ".join(lines)))
            lines = []
    if lines:
        paragraphs.append(fold(" ".join(lines)))
    return paragraphs


def x_split_paragraphs__mutmut_4(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(None)
            lines = []
    if lines:
        paragraphs.append(fold(" ".join(lines)))
    return paragraphs


def x_split_paragraphs__mutmut_5(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(None))
            lines = []
    if lines:
        paragraphs.append(fold(" ".join(lines)))
    return paragraphs


def x_split_paragraphs__mutmut_6(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(" ".join(None)))
            lines = []
    if lines:
        paragraphs.append(fold(" ".join(lines)))
    return paragraphs


def x_split_paragraphs__mutmut_7(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold("XX XX".join(lines)))
            lines = []
    if lines:
        paragraphs.append(fold(" ".join(lines)))
    return paragraphs


def x_split_paragraphs__mutmut_8(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(" ".join(lines)))
            lines = None
    if lines:
        paragraphs.append(fold(" ".join(lines)))
    return paragraphs


def x_split_paragraphs__mutmut_9(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(" ".join(lines)))
            lines = []
    if lines:
        paragraphs.append(None)
    return paragraphs


def x_split_paragraphs__mutmut_10(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(" ".join(lines)))
            lines = []
    if lines:
        paragraphs.append(fold(None))
    return paragraphs


def x_split_paragraphs__mutmut_11(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(" ".join(lines)))
            lines = []
    if lines:
        paragraphs.append(fold(" ".join(None)))
    return paragraphs


def x_split_paragraphs__mutmut_12(text: str) -> list[str]:
    """Split a source text into folded paragraphs: blocks separated by blank lines."""
    paragraphs: list[str] = []
    lines: list[str] = []
    for line in text.splitlines():
        if line.strip():
            lines.append(line)
        elif lines:
            paragraphs.append(fold(" ".join(lines)))
            lines = []
    if lines:
        paragraphs.append(fold("XX XX".join(lines)))
    return paragraphs

mutants_x_split_paragraphs__mutmut['_mutmut_orig'] = x_split_paragraphs__mutmut_orig # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_1'] = x_split_paragraphs__mutmut_1 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_2'] = x_split_paragraphs__mutmut_2 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_3'] = x_split_paragraphs__mutmut_3 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_4'] = x_split_paragraphs__mutmut_4 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_5'] = x_split_paragraphs__mutmut_5 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_6'] = x_split_paragraphs__mutmut_6 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_7'] = x_split_paragraphs__mutmut_7 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_8'] = x_split_paragraphs__mutmut_8 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_9'] = x_split_paragraphs__mutmut_9 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_10'] = x_split_paragraphs__mutmut_10 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_11'] = x_split_paragraphs__mutmut_11 # type: ignore # mutmut generated
mutants_x_split_paragraphs__mutmut['x_split_paragraphs__mutmut_12'] = x_split_paragraphs__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_check_sources__mutmut)
def check_sources(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_orig(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_1(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = None
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_2(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(None).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_3(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(None)
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_4(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = None
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_5(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["XXarticlesXX"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_6(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["ARTICLES"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_7(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = None
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_8(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(None)
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_9(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["XXtext_sha256XX"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_10(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["TEXT_SHA256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_11(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is not None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_12(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = None
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_13(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(None, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_14(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, None, article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_15(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", None, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_16(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, None, message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_17(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", None)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_18(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report("articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_19(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_20(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_21(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_22(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", )
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_23(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "XXarticlesXX", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_24(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "ARTICLES", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_25(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "XXtext_sha256XX", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_26(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "TEXT_SHA256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_27(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            break
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_28(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = None
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_29(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(None)
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_30(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode(None))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_31(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("XXutf-8XX"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_32(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("UTF-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_33(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = None
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_34(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(None, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_35(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, None, article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_36(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", None, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_37(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, None, message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_38(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", None)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_39(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report("articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_40(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_41(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_42(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_43(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", )
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_44(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "XXarticlesXX", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_45(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "ARTICLES", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_46(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "XXtext_sha256XX", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_47(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "TEXT_SHA256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_48(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            break
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_49(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) == article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_50(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["XXparagraphsXX"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_51(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["PARAGRAPHS"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_52(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = None
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_53(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['XXparagraphsXX']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_54(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['PARAGRAPHS']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_55(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(None, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_56(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, None, article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_57(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", None, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_58(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, None, message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_59(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", None)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_60(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report("articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_61(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_62(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_63(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_64(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", )
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_65(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "XXarticlesXX", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_66(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "ARTICLES", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_67(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "XXparagraphsXX", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_68(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "PARAGRAPHS", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_69(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = None
    _check_spans(dataset, paragraphs_by_article, problems)


def x_check_sources__mutmut_70(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(None, paragraphs_by_article, problems)


def x_check_sources__mutmut_71(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, None, problems)


def x_check_sources__mutmut_72(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, None)


def x_check_sources__mutmut_73(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(paragraphs_by_article, problems)


def x_check_sources__mutmut_74(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, problems)


def x_check_sources__mutmut_75(dataset: Dataset, sources_dir: Path, problems: Problems) -> None:
    """Check every article against its source file in ``sources_dir``, found by sha256."""
    sources = {
        hashlib.sha256(path.read_bytes()).hexdigest(): path
        for path in sorted(sources_dir.iterdir())
        if path.is_file()
    }
    paragraphs_by_article: dict[str, list[str]] = {}
    for article_id, article in dataset.records["articles"].items():
        source = sources.get(article["text_sha256"])
        if source is None:
            message = f"no file in {sources_dir.name} has this sha256"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        try:
            paragraphs = split_paragraphs(source.read_bytes().decode("utf-8"))
        except UnicodeDecodeError as error:
            message = f"{source.name} is not UTF-8 text ({error.reason} at byte {error.start})"
            dataset.report(problems, "articles", article_id, "text_sha256", message)
            continue
        if len(paragraphs) != article["paragraphs"]:
            message = f"{article['paragraphs']}, but {source.name} has {len(paragraphs)} paragraphs"
            dataset.report(problems, "articles", article_id, "paragraphs", message)
        paragraphs_by_article[article_id] = paragraphs
    _check_spans(dataset, paragraphs_by_article, )

mutants_x_check_sources__mutmut['_mutmut_orig'] = x_check_sources__mutmut_orig # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_1'] = x_check_sources__mutmut_1 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_2'] = x_check_sources__mutmut_2 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_3'] = x_check_sources__mutmut_3 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_4'] = x_check_sources__mutmut_4 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_5'] = x_check_sources__mutmut_5 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_6'] = x_check_sources__mutmut_6 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_7'] = x_check_sources__mutmut_7 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_8'] = x_check_sources__mutmut_8 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_9'] = x_check_sources__mutmut_9 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_10'] = x_check_sources__mutmut_10 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_11'] = x_check_sources__mutmut_11 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_12'] = x_check_sources__mutmut_12 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_13'] = x_check_sources__mutmut_13 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_14'] = x_check_sources__mutmut_14 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_15'] = x_check_sources__mutmut_15 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_16'] = x_check_sources__mutmut_16 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_17'] = x_check_sources__mutmut_17 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_18'] = x_check_sources__mutmut_18 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_19'] = x_check_sources__mutmut_19 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_20'] = x_check_sources__mutmut_20 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_21'] = x_check_sources__mutmut_21 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_22'] = x_check_sources__mutmut_22 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_23'] = x_check_sources__mutmut_23 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_24'] = x_check_sources__mutmut_24 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_25'] = x_check_sources__mutmut_25 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_26'] = x_check_sources__mutmut_26 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_27'] = x_check_sources__mutmut_27 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_28'] = x_check_sources__mutmut_28 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_29'] = x_check_sources__mutmut_29 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_30'] = x_check_sources__mutmut_30 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_31'] = x_check_sources__mutmut_31 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_32'] = x_check_sources__mutmut_32 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_33'] = x_check_sources__mutmut_33 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_34'] = x_check_sources__mutmut_34 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_35'] = x_check_sources__mutmut_35 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_36'] = x_check_sources__mutmut_36 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_37'] = x_check_sources__mutmut_37 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_38'] = x_check_sources__mutmut_38 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_39'] = x_check_sources__mutmut_39 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_40'] = x_check_sources__mutmut_40 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_41'] = x_check_sources__mutmut_41 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_42'] = x_check_sources__mutmut_42 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_43'] = x_check_sources__mutmut_43 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_44'] = x_check_sources__mutmut_44 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_45'] = x_check_sources__mutmut_45 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_46'] = x_check_sources__mutmut_46 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_47'] = x_check_sources__mutmut_47 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_48'] = x_check_sources__mutmut_48 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_49'] = x_check_sources__mutmut_49 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_50'] = x_check_sources__mutmut_50 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_51'] = x_check_sources__mutmut_51 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_52'] = x_check_sources__mutmut_52 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_53'] = x_check_sources__mutmut_53 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_54'] = x_check_sources__mutmut_54 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_55'] = x_check_sources__mutmut_55 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_56'] = x_check_sources__mutmut_56 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_57'] = x_check_sources__mutmut_57 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_58'] = x_check_sources__mutmut_58 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_59'] = x_check_sources__mutmut_59 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_60'] = x_check_sources__mutmut_60 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_61'] = x_check_sources__mutmut_61 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_62'] = x_check_sources__mutmut_62 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_63'] = x_check_sources__mutmut_63 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_64'] = x_check_sources__mutmut_64 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_65'] = x_check_sources__mutmut_65 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_66'] = x_check_sources__mutmut_66 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_67'] = x_check_sources__mutmut_67 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_68'] = x_check_sources__mutmut_68 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_69'] = x_check_sources__mutmut_69 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_70'] = x_check_sources__mutmut_70 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_71'] = x_check_sources__mutmut_71 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_72'] = x_check_sources__mutmut_72 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_73'] = x_check_sources__mutmut_73 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_74'] = x_check_sources__mutmut_74 # type: ignore # mutmut generated
mutants_x_check_sources__mutmut['x_check_sources__mutmut_75'] = x_check_sources__mutmut_75 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x__check_spans__mutmut)
def _check_spans(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_orig(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_1(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("XXactorsXX", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_2(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("ACTORS", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_3(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "XXstatementsXX", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_4(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "STATEMENTS", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_5(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "XXaid_figuresXX"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_6(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "AID_FIGURES"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_7(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = None
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_8(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["XXevidenceXX"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_9(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["EVIDENCE"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_10(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = None
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_11(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(None)
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_12(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["XXarticleXX"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_13(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["ARTICLE"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_14(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = None
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_15(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["XXparagraphXX"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_16(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["PARAGRAPH"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_17(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None and number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_18(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is not None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_19(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number >= len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_20(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                break
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_21(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = None
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_22(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"XXevidence.exactXX": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_23(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"EVIDENCE.EXACT": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_24(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["XXexactXX"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_25(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["EXACT"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_26(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection != "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_27(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "XXstatementsXX":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_28(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "STATEMENTS":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_29(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = None
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_30(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"XXtextXX": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_31(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"TEXT": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_32(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["XXtextXX"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_33(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["TEXT"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_34(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = None
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_35(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number + 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_36(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 2]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_37(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span not in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_38(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    break
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_39(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(None) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_40(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) not in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_41(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = None
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_42(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "XXwhitespace not folded: write each run as one space, none at the endsXX"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_43(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "WHITESPACE NOT FOLDED: WRITE EACH RUN AS ONE SPACE, NONE AT THE ENDS"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_44(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = None
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_45(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['XXarticleXX']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_46(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['ARTICLE']}"
                dataset.report(problems, collection, record_id, field, message)


def x__check_spans__mutmut_47(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(None, collection, record_id, field, message)


def x__check_spans__mutmut_48(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, None, record_id, field, message)


def x__check_spans__mutmut_49(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, None, field, message)


def x__check_spans__mutmut_50(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, None, message)


def x__check_spans__mutmut_51(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, None)


def x__check_spans__mutmut_52(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(collection, record_id, field, message)


def x__check_spans__mutmut_53(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, record_id, field, message)


def x__check_spans__mutmut_54(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, field, message)


def x__check_spans__mutmut_55(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, message)


def x__check_spans__mutmut_56(
    dataset: Dataset, paragraphs_by_article: dict[str, list[str]], problems: Problems
) -> None:
    """Check each evidence span, and each statement text, against its cited paragraph."""
    for collection in ("actors", "statements", "aid_figures"):
        for record_id, record in dataset.records[collection].items():
            evidence = record["evidence"]
            paragraphs = paragraphs_by_article.get(evidence["article"])
            number = evidence["paragraph"]
            # An unknown article or a paragraph beyond the source is reported elsewhere.
            if paragraphs is None or number > len(paragraphs):
                continue
            spans = {"evidence.exact": evidence["exact"]}
            if collection == "statements":
                spans = {"text": record["text"], **spans}
            paragraph = paragraphs[number - 1]
            for field, span in spans.items():
                if span in paragraph:
                    continue
                if fold(span) in paragraph:
                    message = "whitespace not folded: write each run as one space, none at the ends"
                else:
                    message = f"not found in paragraph {number} of {evidence['article']}"
                dataset.report(problems, collection, record_id, field, )

mutants_x__check_spans__mutmut['_mutmut_orig'] = x__check_spans__mutmut_orig # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_1'] = x__check_spans__mutmut_1 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_2'] = x__check_spans__mutmut_2 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_3'] = x__check_spans__mutmut_3 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_4'] = x__check_spans__mutmut_4 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_5'] = x__check_spans__mutmut_5 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_6'] = x__check_spans__mutmut_6 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_7'] = x__check_spans__mutmut_7 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_8'] = x__check_spans__mutmut_8 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_9'] = x__check_spans__mutmut_9 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_10'] = x__check_spans__mutmut_10 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_11'] = x__check_spans__mutmut_11 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_12'] = x__check_spans__mutmut_12 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_13'] = x__check_spans__mutmut_13 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_14'] = x__check_spans__mutmut_14 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_15'] = x__check_spans__mutmut_15 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_16'] = x__check_spans__mutmut_16 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_17'] = x__check_spans__mutmut_17 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_18'] = x__check_spans__mutmut_18 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_19'] = x__check_spans__mutmut_19 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_20'] = x__check_spans__mutmut_20 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_21'] = x__check_spans__mutmut_21 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_22'] = x__check_spans__mutmut_22 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_23'] = x__check_spans__mutmut_23 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_24'] = x__check_spans__mutmut_24 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_25'] = x__check_spans__mutmut_25 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_26'] = x__check_spans__mutmut_26 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_27'] = x__check_spans__mutmut_27 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_28'] = x__check_spans__mutmut_28 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_29'] = x__check_spans__mutmut_29 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_30'] = x__check_spans__mutmut_30 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_31'] = x__check_spans__mutmut_31 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_32'] = x__check_spans__mutmut_32 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_33'] = x__check_spans__mutmut_33 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_34'] = x__check_spans__mutmut_34 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_35'] = x__check_spans__mutmut_35 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_36'] = x__check_spans__mutmut_36 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_37'] = x__check_spans__mutmut_37 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_38'] = x__check_spans__mutmut_38 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_39'] = x__check_spans__mutmut_39 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_40'] = x__check_spans__mutmut_40 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_41'] = x__check_spans__mutmut_41 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_42'] = x__check_spans__mutmut_42 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_43'] = x__check_spans__mutmut_43 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_44'] = x__check_spans__mutmut_44 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_45'] = x__check_spans__mutmut_45 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_46'] = x__check_spans__mutmut_46 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_47'] = x__check_spans__mutmut_47 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_48'] = x__check_spans__mutmut_48 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_49'] = x__check_spans__mutmut_49 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_50'] = x__check_spans__mutmut_50 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_51'] = x__check_spans__mutmut_51 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_52'] = x__check_spans__mutmut_52 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_53'] = x__check_spans__mutmut_53 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_54'] = x__check_spans__mutmut_54 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_55'] = x__check_spans__mutmut_55 # type: ignore # mutmut generated
mutants_x__check_spans__mutmut['x__check_spans__mutmut_56'] = x__check_spans__mutmut_56 # type: ignore # mutmut generated
