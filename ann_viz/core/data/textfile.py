"""Read a whitespace- or comma-separated table of numbers, like the lecture's ``train.txt``.

Every problem is reported as a :class:`DataError` naming the file, the 1-based
line and, where it applies, the 1-based column (field number).
"""

from __future__ import annotations

import codecs
from pathlib import Path

import numpy as np

from ann_viz.core.data._text_rows import (BLOCK, Columns, DataLineNumbers, is_data, lines, number,
                                           row_estimate, split)
from ann_viz.core.data.dataset import TASKS, Dataset
from ann_viz.core.data.labels import labels_to_targets
from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t
from ann_viz.core.safe_open import read_regular

MAX_BYTES = 512 * 1024 * 1024  # beyond this a "text table" is a mistake, not lecture data
_BOM = b"\xef\xbb\xbf"


def _read_bytes(path: Path) -> bytearray:
    """The file's bytes, checked to be UTF-8 text, or DataError saying why they cannot be used."""
    too_large = _t("{file} is too large to load as a text table (over 512 MiB).")
    try:
        raw = read_regular(path, DataError, MAX_BYTES, too_large)
    except FileNotFoundError:
        raise DataError(_t("Data file '{path}' does not exist.").format(path=path)) from None
    except IsADirectoryError:
        raise DataError(_t("'{path}' is a folder, not a data file.").format(path=path)) from None
    except PermissionError:
        raise DataError(_t("Data file '{path}' cannot be read: permission denied.").format(path=path)) from None
    except OSError as err:
        raise DataError(_t("Data file '{path}' cannot be read: {error}.").format(
            path=path, error=err.strerror or err)) from None
    nul = raw.find(b"\x00")
    if nul >= 0:  # NUL bytes never occur in text; typical of images, archives, IDX files
        raise DataError(_t("{file}, line {line}: this looks like a binary file, not a text table.").format(
            file=path.name, line=raw.count(b"\n", 0, nul) + 1))
    if raw.startswith(_BOM):  # some editors write it
        del raw[:len(_BOM)]
    _check_utf8(raw, path.name)
    return raw


def _check_utf8(raw: bytearray, fname: str) -> None:
    """Refuse bytes that are not UTF-8, naming the line, without decoding the whole file at once."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    for start in range(0, len(raw) + 1, BLOCK):
        carried = len(decoder.getstate()[0])  # bytes of a character split across blocks
        try:
            decoder.decode(raw[start:start + BLOCK], final=start + BLOCK >= len(raw))
        except UnicodeDecodeError as err:
            at = max(0, min(start - carried + err.start, len(raw) - 1))
            raise DataError(
                _t("{file}, line {line}: not UTF-8 text (byte 0x{byte:02x}); save the file as UTF-8.").format(
                    file=fname, line=raw.count(b"\n", 0, at) + 1, byte=raw[at])
            ) from None


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
    raw = _read_bytes(path)
    data_lines = (item for item in lines(raw) if is_data(item[1]))
    first_no, first_line = next(data_lines, (0, None))
    if first_line is None:
        empty = (_t("{file} is empty: there are no data rows.") if not raw.strip()
                 else _t("{file} has only comments: there are no data rows."))
        raise DataError(empty.format(file=fname))
    if delimiter is None or not delimiter.strip():
        delimiter = "," if delimiter is None and b"," in first_line else None
    sep = None if delimiter is None else delimiter.encode("utf-8", "surrogatepass")  # (then it never matches)
    first = split(first_line, sep)
    header: list[str] | None = None
    header_no = first_no
    if all(number(f) is None for f in first):  # a row without a single number is a header
        header = [f.decode("utf-8") for f in first]
        first_no, row = next(data_lines, (first_no, None))
        if row is None:
            raise DataError(_t("{file} has a header on line {line} but no data rows.").format(
                file=fname, line=first_no))
        first_line = row
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
    label_col = int(label_column) % n_cols
    columns = Columns(fname, n_cols, label_col, header_no, row_estimate(raw))
    columns.add(first_no, first_line, split(first_line, sep))
    for line_no, line in data_lines:
        columns.add(line_no, line, split(line, sep))
    del raw, data_lines  # the parsed columns are all that is needed from here on
    x, labels, distinct = columns.finish()
    del columns
    line_numbers = DataLineNumbers(lambda: _read_bytes(path), header is not None)
    y, task, n_classes, class_names = labels_to_targets(labels, task, fname, label_col + 1, line_numbers,
                                                        distinct)
    del labels
    names = tuple(header[c] for c in range(n_cols) if c != label_col) if header else ()
    return Dataset(name=name or fname, x=x, y=y, task=task,
                   n_classes=n_classes, feature_names=names, class_names=class_names)
