"""Serve Dossier in production: Granian (WSGI), the app built once before its workers start.

``python -m api.serve --host 127.0.0.1 --port 8000 --workers 2 --threads 2``

Granian's own command line builds the app in every worker, so two workers load and
check the dataset twice, at once, on the same cores. Here the app is built once, in
the main process, and the workers are forked from it with the dataset in memory: a
large corpus starts in the time of one load, and a dataset that breaks a rule stops
the server before any worker starts.
"""

import argparse
import importlib
import multiprocessing
from collections.abc import Callable
from typing import Any

from granian import Granian
from granian.constants import Interfaces

#: The app built before the fork; workers forked from this process find it here.
_app: Any = None


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_factory__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_factory__mutmut)
def factory(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(":")
    made: Callable[[], Any] = getattr(importlib.import_module(module), name)
    return made


def x_factory__mutmut_orig(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(":")
    made: Callable[[], Any] = getattr(importlib.import_module(module), name)
    return made


def x_factory__mutmut_1(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = None
    made: Callable[[], Any] = getattr(importlib.import_module(module), name)
    return made


def x_factory__mutmut_2(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(None)
    made: Callable[[], Any] = getattr(importlib.import_module(module), name)
    return made


def x_factory__mutmut_3(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.rpartition(":")
    made: Callable[[], Any] = getattr(importlib.import_module(module), name)
    return made


def x_factory__mutmut_4(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition("XX:XX")
    made: Callable[[], Any] = getattr(importlib.import_module(module), name)
    return made


def x_factory__mutmut_5(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(":")
    made: Callable[[], Any] = None
    return made


def x_factory__mutmut_6(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(":")
    made: Callable[[], Any] = getattr(None, name)
    return made


def x_factory__mutmut_7(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(":")
    made: Callable[[], Any] = getattr(importlib.import_module(module), None)
    return made


def x_factory__mutmut_8(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(":")
    made: Callable[[], Any] = getattr(name)
    return made


def x_factory__mutmut_9(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(":")
    made: Callable[[], Any] = getattr(importlib.import_module(module), )
    return made


def x_factory__mutmut_10(target: str) -> Callable[[], Any]:
    """Return the app factory ``target`` names (``module:callable``)."""
    module, _, name = target.partition(":")
    made: Callable[[], Any] = getattr(importlib.import_module(None), name)
    return made

mutants_x_factory__mutmut['_mutmut_orig'] = x_factory__mutmut_orig # type: ignore # mutmut generated
mutants_x_factory__mutmut['x_factory__mutmut_1'] = x_factory__mutmut_1 # type: ignore # mutmut generated
mutants_x_factory__mutmut['x_factory__mutmut_2'] = x_factory__mutmut_2 # type: ignore # mutmut generated
mutants_x_factory__mutmut['x_factory__mutmut_3'] = x_factory__mutmut_3 # type: ignore # mutmut generated
mutants_x_factory__mutmut['x_factory__mutmut_4'] = x_factory__mutmut_4 # type: ignore # mutmut generated
mutants_x_factory__mutmut['x_factory__mutmut_5'] = x_factory__mutmut_5 # type: ignore # mutmut generated
mutants_x_factory__mutmut['x_factory__mutmut_6'] = x_factory__mutmut_6 # type: ignore # mutmut generated
mutants_x_factory__mutmut['x_factory__mutmut_7'] = x_factory__mutmut_7 # type: ignore # mutmut generated
mutants_x_factory__mutmut['x_factory__mutmut_8'] = x_factory__mutmut_8 # type: ignore # mutmut generated
mutants_x_factory__mutmut['x_factory__mutmut_9'] = x_factory__mutmut_9 # type: ignore # mutmut generated
mutants_x_factory__mutmut['x_factory__mutmut_10'] = x_factory__mutmut_10 # type: ignore # mutmut generated
mutants_x_preloaded_app__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_preloaded_app__mutmut)
def preloaded_app(target: str) -> Any:
    """Return the app built before the fork, or build it where workers are not forked."""
    return _app if _app is not None else factory(target)()


def x_preloaded_app__mutmut_orig(target: str) -> Any:
    """Return the app built before the fork, or build it where workers are not forked."""
    return _app if _app is not None else factory(target)()


def x_preloaded_app__mutmut_1(target: str) -> Any:
    """Return the app built before the fork, or build it where workers are not forked."""
    return _app if (_app is not None) and False else factory(target)()


def x_preloaded_app__mutmut_2(target: str) -> Any:
    """Return the app built before the fork, or build it where workers are not forked."""
    return _app if (_app is not None) or True else factory(target)()


def x_preloaded_app__mutmut_3(target: str) -> Any:
    """Return the app built before the fork, or build it where workers are not forked."""
    return _app if _app is None else factory(target)()


def x_preloaded_app__mutmut_4(target: str) -> Any:
    """Return the app built before the fork, or build it where workers are not forked."""
    return _app if _app is not None else factory(None)()

mutants_x_preloaded_app__mutmut['_mutmut_orig'] = x_preloaded_app__mutmut_orig # type: ignore # mutmut generated
mutants_x_preloaded_app__mutmut['x_preloaded_app__mutmut_1'] = x_preloaded_app__mutmut_1 # type: ignore # mutmut generated
mutants_x_preloaded_app__mutmut['x_preloaded_app__mutmut_2'] = x_preloaded_app__mutmut_2 # type: ignore # mutmut generated
mutants_x_preloaded_app__mutmut['x_preloaded_app__mutmut_3'] = x_preloaded_app__mutmut_3 # type: ignore # mutmut generated
mutants_x_preloaded_app__mutmut['x_preloaded_app__mutmut_4'] = x_preloaded_app__mutmut_4 # type: ignore # mutmut generated
mutants_x_main__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_main__mutmut)
def main(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_orig(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_1(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = None
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_2(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog=None, description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_3(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=None)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_4(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_5(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_6(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="XXpython -m api.serveXX", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_7(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="PYTHON -M API.SERVE", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_8(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split(None)[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_9(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("XX\nXX")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_10(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[1])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_11(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument(None, default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_12(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default=None)
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_13(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument(default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_14(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", )
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_15(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("XX--hostXX", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_16(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--HOST", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_17(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="XX127.0.0.1XX")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_18(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(None, type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_19(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=None, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_20(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=None)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_21(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_22(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_23(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, )
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_24(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("XX--portXX", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_25(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--PORT", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_26(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_27(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(None, type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_28(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=None, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_29(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=None, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_30(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help=None)
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_31(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_32(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_33(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_34(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, )
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_35(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("XX--workersXX", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_36(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--WORKERS", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_37(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=3, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_38(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="XXworker processesXX")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_39(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="WORKER PROCESSES")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_40(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument(None, type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_41(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=None, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_42(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=None, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_43(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help=None)
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_44(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument(type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_45(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_46(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_47(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, )
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_48(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("XX--threadsXX", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_49(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--THREADS", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_50(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=3, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_51(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="XXblocking threads per workerXX")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_52(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="BLOCKING THREADS PER WORKER")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_53(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument(None, default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_54(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default=None, help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_55(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help=None)
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_56(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument(default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_57(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_58(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", )
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_59(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("XX--factoryXX", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_60(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--FACTORY", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_61(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="XXapi:create_appXX", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_62(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="API:CREATE_APP", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_63(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="XXmodule:callableXX")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_64(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="MODULE:CALLABLE")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_65(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = None
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_66(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(None)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_67(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() != "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_68(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "XXforkXX":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_69(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "FORK":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_70(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = None
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_71(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(None)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_72(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=None)


def x_main__mutmut_73(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        None,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_74(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=None,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_75(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=None,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_76(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=None,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_77(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=None,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_78(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=None,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_79(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=None,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_80(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_81(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_82(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_83(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_84(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        blocking_threads=args.threads,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_85(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        websockets=False,
    ).serve(target_loader=preloaded_app)


def x_main__mutmut_86(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        ).serve(target_loader=preloaded_app)


def x_main__mutmut_87(argv: list[str] | None = None) -> None:
    """Build the app and serve it until interrupted."""
    parser = argparse.ArgumentParser(prog="python -m api.serve", description=__doc__.split("\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--workers", type=int, default=2, help="worker processes")
    parser.add_argument("--threads", type=int, default=2, help="blocking threads per worker")
    parser.add_argument("--factory", default="api:create_app", help="module:callable")
    args = parser.parse_args(argv)
    global _app
    if multiprocessing.get_start_method() == "fork":
        _app = factory(args.factory)()
    Granian(
        args.factory,
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=args.workers,
        blocking_threads=args.threads,
        websockets=True,
    ).serve(target_loader=preloaded_app)

mutants_x_main__mutmut['_mutmut_orig'] = x_main__mutmut_orig # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_1'] = x_main__mutmut_1 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_2'] = x_main__mutmut_2 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_3'] = x_main__mutmut_3 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_4'] = x_main__mutmut_4 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_5'] = x_main__mutmut_5 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_6'] = x_main__mutmut_6 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_7'] = x_main__mutmut_7 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_8'] = x_main__mutmut_8 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_9'] = x_main__mutmut_9 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_10'] = x_main__mutmut_10 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_11'] = x_main__mutmut_11 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_12'] = x_main__mutmut_12 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_13'] = x_main__mutmut_13 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_14'] = x_main__mutmut_14 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_15'] = x_main__mutmut_15 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_16'] = x_main__mutmut_16 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_17'] = x_main__mutmut_17 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_18'] = x_main__mutmut_18 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_19'] = x_main__mutmut_19 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_20'] = x_main__mutmut_20 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_21'] = x_main__mutmut_21 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_22'] = x_main__mutmut_22 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_23'] = x_main__mutmut_23 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_24'] = x_main__mutmut_24 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_25'] = x_main__mutmut_25 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_26'] = x_main__mutmut_26 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_27'] = x_main__mutmut_27 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_28'] = x_main__mutmut_28 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_29'] = x_main__mutmut_29 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_30'] = x_main__mutmut_30 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_31'] = x_main__mutmut_31 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_32'] = x_main__mutmut_32 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_33'] = x_main__mutmut_33 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_34'] = x_main__mutmut_34 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_35'] = x_main__mutmut_35 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_36'] = x_main__mutmut_36 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_37'] = x_main__mutmut_37 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_38'] = x_main__mutmut_38 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_39'] = x_main__mutmut_39 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_40'] = x_main__mutmut_40 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_41'] = x_main__mutmut_41 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_42'] = x_main__mutmut_42 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_43'] = x_main__mutmut_43 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_44'] = x_main__mutmut_44 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_45'] = x_main__mutmut_45 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_46'] = x_main__mutmut_46 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_47'] = x_main__mutmut_47 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_48'] = x_main__mutmut_48 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_49'] = x_main__mutmut_49 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_50'] = x_main__mutmut_50 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_51'] = x_main__mutmut_51 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_52'] = x_main__mutmut_52 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_53'] = x_main__mutmut_53 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_54'] = x_main__mutmut_54 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_55'] = x_main__mutmut_55 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_56'] = x_main__mutmut_56 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_57'] = x_main__mutmut_57 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_58'] = x_main__mutmut_58 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_59'] = x_main__mutmut_59 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_60'] = x_main__mutmut_60 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_61'] = x_main__mutmut_61 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_62'] = x_main__mutmut_62 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_63'] = x_main__mutmut_63 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_64'] = x_main__mutmut_64 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_65'] = x_main__mutmut_65 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_66'] = x_main__mutmut_66 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_67'] = x_main__mutmut_67 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_68'] = x_main__mutmut_68 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_69'] = x_main__mutmut_69 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_70'] = x_main__mutmut_70 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_71'] = x_main__mutmut_71 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_72'] = x_main__mutmut_72 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_73'] = x_main__mutmut_73 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_74'] = x_main__mutmut_74 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_75'] = x_main__mutmut_75 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_76'] = x_main__mutmut_76 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_77'] = x_main__mutmut_77 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_78'] = x_main__mutmut_78 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_79'] = x_main__mutmut_79 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_80'] = x_main__mutmut_80 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_81'] = x_main__mutmut_81 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_82'] = x_main__mutmut_82 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_83'] = x_main__mutmut_83 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_84'] = x_main__mutmut_84 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_85'] = x_main__mutmut_85 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_86'] = x_main__mutmut_86 # type: ignore # mutmut generated
mutants_x_main__mutmut['x_main__mutmut_87'] = x_main__mutmut_87 # type: ignore # mutmut generated


if __name__ == "__main__":
    main()
