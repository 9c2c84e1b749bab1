"""Read a whitespace- or comma-separated table of numbers, like the lecture's ``train.txt``.

Every problem is reported as a :class:`DataError` naming the file, the 1-based
line and, where it applies, the 1-based column (field number).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ann_viz.core.data.dataset import TASKS, Dataset
from ann_viz.core.data.labels import labels_to_targets
from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t

MAX_BYTES = 512 * 1024 * 1024  # beyond this a "text table" is a mistake, not lecture data


def _read_text(path: Path) -> str:
    """Return the file's text, or raise DataError saying why it cannot be read."""
    try:
        if path.is_dir():
            raise DataError(_t("'{path}' is a folder, not a data file.").format(path=path))
        if path.stat().st_size > MAX_BYTES:
            raise DataError(_t("{file} is too large to load as a text table (over 512 MiB).").format(file=path.name))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(_t("Data file '{path}' does not exist.").format(path=path)) from None
    except PermissionError:
        raise DataError(_t("Data file '{path}' cannot be read: permission denied.").format(path=path)) from None
    except OSError as err:
        raise DataError(_t("Data file '{path}' cannot be read: {error}.").format(
            path=path, error=err.strerror or err)) from None
    if b"\x00" in raw:  # NUL bytes never occur in text; typical of images, archives, IDX files
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise DataError(_t("{file}, line {line}: this looks like a binary file, not a text table.").format(
            file=path.name, line=line))
    try:
        return raw.decode("utf-8-sig")  # -sig: drop the BOM some editors write
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise DataError(
            _t("{file}, line {line}: not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8.").format(
                file=path.name, line=line, byte=raw[err.start])
        ) from None


def _split(line: str, delimiter: str | None) -> list[str]:
    if delimiter is None:
        return line.split()
    return [field.strip() for field in line.split(delimiter)]


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _parse_rows(fname: str, rows: list[tuple[int, list[str]]], n_cols: int, first_line: int) -> np.ndarray:
    """Turn ``(line number, fields)`` rows into a float64 array, checking every value."""
    out = np.empty((len(rows), n_cols), dtype=np.float64)
    for r, (line_no, fields) in enumerate(rows):
        if len(fields) != n_cols:
            raise DataError(
                _t("{file}, line {line}: expected {columns} columns, found {found} "
                   "(line {first_line} has {columns}).").format(
                    file=fname, line=line_no, columns=n_cols, found=len(fields), first_line=first_line)
            )
        try:
            out[r] = [float(f) for f in fields]
        except ValueError:
            col, bad = next((c, f) for c, f in enumerate(fields, 1) if not _is_number(f))
            if bad == "":
                raise DataError(_t("{file}, line {line}, column {column}: the value is empty.").format(
                    file=fname, line=line_no, column=col)) from None
            raise DataError(_t("{file}, line {line}, column {column}: '{value}' is not a number.").format(
                file=fname, line=line_no, column=col, value=bad)) from None
    with np.errstate(over="ignore"):  # values beyond float32 become inf and are reported below
        bad = ~np.isfinite(out.astype(np.float32))
    if bad.any():
        r, c = np.argwhere(bad)[0]
        line_no, fields = rows[r]
        raise DataError(
            _t("{file}, line {line}, column {column}: '{value}' is not a usable number "
               "(NaN, infinity and values beyond ±3.4e38 are not allowed).").format(
                file=fname, line=line_no, column=c + 1, value=fields[c])
        )
    return out


def load_text_table(path, label_column: int = -1, delimiter: str | None = None,
                    task: str | None = None, name: str | None = None) -> Dataset:
    """Load a table of numbers with one label column.

    Blank lines and lines starting with ``#`` are skipped. The first remaining
    line may be a header of non-numbers; it then names the features.

    Parameters
    ----------
    path : str or os.PathLike
        The text file.
    label_column : int
        Index of the label column (0-based; negative counts from the end).
    delimiter : str or None
        Field separator. None: a comma if the first data line has one, else
        runs of whitespace. A whitespace-only delimiter also means whitespace.
    task : str or None
        ``"binary"``, ``"multiclass"`` or ``"regression"``; None infers it from
        the labels (see :func:`ann_viz.core.data.labels.labels_to_targets`).
    name : str or None
        Data set name; defaults to the file name.

    Returns
    -------
    Dataset

    Raises
    ------
    DataError
        Unreadable file, ragged rows, non-numbers, NaN/inf, no data rows, a
        label column out of range, or labels that do not fit ``task``.
    """
    path = Path(path)
    fname = path.name
    if task is not None and task not in TASKS:
        raise DataError(_t("Unknown task '{task}' for {file}: use one of {choices}, or leave it empty.").format(
            task=task, file=fname, choices=", ".join(TASKS)))
    if delimiter is not None and (not isinstance(delimiter, str) or delimiter == ""):
        raise DataError(_t("The delimiter for {file} must be a character such as ',' or ';', not {delimiter!r}.")
                        .format(file=fname, delimiter=delimiter))
    text = _read_text(path)
    lines = [(no, line) for no, line in enumerate(text.splitlines(), 1)
             if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        empty = (_t("{file} is empty: there are no data rows.") if not text.strip()
                 else _t("{file} has only comments: there are no data rows."))
        raise DataError(empty.format(file=fname))
    if delimiter is None or not delimiter.strip():
        delimiter = "," if delimiter is None and "," in lines[0][1] else None
    first_no, first = lines[0][0], _split(lines[0][1], delimiter)
    header: list[str] | None = None
    if not any(_is_number(f) for f in first):  # a row without a single number is a header
        header, lines = first, lines[1:]
        if not lines:
            raise DataError(_t("{file} has a header on line {line} but no data rows.").format(
                file=fname, line=first_no))
    n_cols = len(first)
    if n_cols < 2:
        raise DataError(
            _t("{file}, line {line}: found 1 column, but a data file needs at least 2 "
               "(inputs and a label); check the delimiter.").format(file=fname, line=first_no)
        )
    if isinstance(label_column, bool) or not isinstance(label_column, (int, np.integer)):
        raise DataError(_t("The label column for {file} must be a whole number, not {column!r}.").format(
            file=fname, column=label_column))
    if not -n_cols <= label_column < n_cols:
        raise DataError(
            _t("Label column {column!r} is out of range for {file}: it has {columns} columns "
               "(use 0..{last}, or -1 for the last).").format(
                column=label_column, file=fname, columns=n_cols, last=n_cols - 1)
        )
    rows = [(no, _split(line, delimiter)) for no, line in lines]
    table = _parse_rows(fname, rows, n_cols, first_no)
    label_col = int(label_column) % n_cols
    feature_cols = [c for c in range(n_cols) if c != label_col]
    y, task, n_classes, class_names = labels_to_targets(table[:, label_col], task, fname, label_col + 1,
                                                        [no for no, _ in rows])
    names = tuple(header[c] for c in feature_cols) if header else ()
    return Dataset(name=name or fname, x=table[:, feature_cols].astype(np.float32), y=y, task=task,
                   n_classes=n_classes, feature_names=names, class_names=class_names)
