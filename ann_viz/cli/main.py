"""Entry point of the `ann-viz` command.

With no sub-command it opens the desktop app; `presets`, `train`, `export`, `sweep`, `compare` and
`--self-test` work headless and never import Qt (`film` draws offscreen with the app's views).
Bad usage or input exits 2 with a one-line message.
"""

from __future__ import annotations

import argparse
import os
import sys

from ..core.errors import AnnVizError
from ..core.i18n import LANGUAGES, _t, system_language
from .text import say, set_language, tr


_COMMANDS = ("presets", "train", "export", "sweep", "film", "compare")


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line, exit 2, instead of usage + message
        self.exit(2, tr(_t("ann-viz: {reason} (see `ann-viz --help`)"), reason=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="ann-viz", description=tr(_t("See how a neural network learns.")))
    parser.add_argument("--lang", choices=LANGUAGES,
                        help=tr(_t("language of the messages (default: from the system locale)")))
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("presets", help=tr(_t("list the lesson presets")))
    train = sub.add_parser("train", help=tr(_t("train a preset or project headless")))
    train.add_argument("source", metavar="PRESET|PROJECT.json")
    train.add_argument("--epochs", type=_non_negative_int)
    train.add_argument("--seed", type=_non_negative_int)
    train.add_argument("--device", help=tr(_t("auto (default: CUDA when available), cpu, cuda or cuda:N")))
    train.add_argument("--lr", type=float, help=tr(_t("learning rate")))
    train.add_argument("--log-every", type=_positive_int, metavar="K", help=tr(_t("print the loss every K epochs")))
    train.add_argument("--json", action="store_true", help=tr(_t("print one JSON object instead of the log")))
    train.add_argument("--weights", metavar="FILE",
                       help=tr(_t("start from weights in a .pt or .safetensors file")))
    train.add_argument("--export", metavar="PATH", action="append", default=[],
                       help=tr(_t("after training, export to PATH (format from the suffix; repeatable)")))
    from .export_command import add_export_parser
    add_export_parser(sub)
    from .sweep_command import add_sweep_parser
    add_sweep_parser(sub)
    from .film_command import add_film_parser
    add_film_parser(sub)
    from .compare_command import add_compare_parser
    add_compare_parser(sub)
    return parser


def _non_negative_int(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError(tr(_t("must be 0 or more, not {value}"), value=text))
    return value


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError(tr(_t("must be 1 or more, not {value}"), value=text))
    return value


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    argv, language = _take_language(argv)
    set_language(language or system_language())
    if argv == ["--self-test"]:
        return _self_test()
    if not argv or argv[0] not in _COMMANDS and argv[0] not in ("-h", "--help") and not argv[0].startswith("--lang"):
        if language:  # the app takes its language from the locale (unless one was picked in its menu)
            os.environ["LANGUAGE"] = language
        return _launch_app(argv)  # `ann-viz [PRESET|PROJECT] [--screenshot OUT.png]`
    args = build_parser().parse_args(argv)
    try:
        if args.command == "presets":
            from ..core.presets import PRESETS
            for preset in PRESETS:
                print(f"{preset.id:26s} {tr(preset.title)}")
            return 0
        if args.command == "train":
            from .train_command import run_train
            return run_train(args)
        if args.command == "export":
            from .export_command import run_export
            return run_export(args)
        if args.command == "sweep":
            from .sweep_command import run_sweep
            return run_sweep(args)
        if args.command == "film":
            from .film_command import run_film
            return run_film(args)
        if args.command == "compare":
            from .compare_command import run_compare
            return run_compare(args)
    except AnnVizError as err:
        say(_t("ann-viz: {reason}"), reason=tr(str(err)), file=sys.stderr)
        return 2
    except MemoryError:  # the pre-training estimate missed (another program took the memory)
        say(_t("ann-viz: out of memory; use a smaller network, batch size or data set."), file=sys.stderr)
        return 2
    build_parser().print_help()
    return 2


def _take_language(argv: list[str]) -> tuple[list[str], str | None]:
    """``argv`` without a valid ``--lang L`` / ``--lang=L`` (anywhere before ``--``), and L.

    A missing or unknown value stays in ``argv`` for the parser to refuse in its own words.
    """
    rest, language, i = [], None, 0
    while i < len(argv):
        arg = argv[i]
        if arg == "--":
            rest += argv[i:]
            break
        if arg == "--lang" and i + 1 < len(argv) and argv[i + 1] in LANGUAGES:
            language, i = argv[i + 1], i + 2
            continue
        if arg.startswith("--lang=") and arg.split("=", 1)[1] in LANGUAGES:
            language, i = arg.split("=", 1)[1], i + 1
            continue
        rest.append(arg)
        i += 1
    return rest, language


def _self_test() -> int:
    """Train XOR 2-2-1 headless with its preset and read the bundled digits: 0 if all is well.

    The desktop bundle's smoke test (`ann-viz --self-test`), printed as one line. It waits for the
    small-network engine's compile, and names the engine that trained ("numba" where numba runs).
    """
    from ..core.data import load_digits, make_dataset
    from ..core.presets import get_preset
    from ..core.train import Trainer

    try:
        project = get_preset("xor-2-2-1").project()
        trainer = Trainer(project.graph, make_dataset(project.data), project.config.with_changes(device="cpu"),
                          engine="numba")
        trainer.run()
        evaluation = trainer.evaluate()
        images = len(load_digits().y)
    except AnnVizError as err:
        say(_t("ann-viz self-test: FAILED ({reason})"), reason=tr(str(err)))
        return 1
    ok = evaluation.accuracy == 1.0
    template = (_t("ann-viz self-test: ok (XOR 2-2-1: accuracy {accuracy:.2f} after {epochs} epochs, "
                   "loss {loss:.4f}, engine {engine}; built-in digits: {images} images)") if ok else
                _t("ann-viz self-test: FAILED (XOR 2-2-1: accuracy {accuracy:.2f} after {epochs} epochs, "
                   "loss {loss:.4f}, engine {engine}; built-in digits: {images} images)"))
    say(template, accuracy=evaluation.accuracy, epochs=trainer.epoch, loss=evaluation.loss,
        engine=trainer.engine_name, images=images)
    return 0 if ok else 1


def _launch_app(argv: list[str]) -> int:
    from .display import display_problem

    problem = display_problem(argv)
    if problem:
        template, fields = problem
        say(template, file=sys.stderr, **fields)
        return 2
    try:
        from ..ui.app import run_app
    except ImportError as err:
        say(_t("ann-viz: the desktop app cannot start: {error}"), error=err, file=sys.stderr)
        return 2
    return run_app(argv)
