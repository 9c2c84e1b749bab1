"""The streaming half of the text-table reader: bytes in, float arrays out, block by block.

The file is never split into one Python object per line or per value at once (that
cost 75x the file's size): it is walked in blocks of about 1 MiB, each block's rows
become one small float64 array, and only the finished columns are kept (features as
float32, labels as float64). Line numbers are found again only for a message.
"""

from __future__ import annotations

from typing import Iterator

import numpy as np

from ann_viz.core.errors import DataError
from ann_viz.core.i18n import _t

BLOCK = 1 << 16  # bytes per block: a block becomes one bytes object per line at once
MAX_TRACKED = 1001  # more distinct labels than any class task takes: sorted only if needed
ROWS_VALUES = 1 << 13  # values parsed into Python floats before they become an array block


def lines(raw: bytearray) -> Iterator[tuple[int, bytes]]:
    """(1-based line number, line without its end) for every line, a block at a time.

    Lines end at LF, CRLF or a lone CR, and nowhere else (not at U+2028 or a form feed)."""
    pos, number, size = 0, 1, len(raw)
    while pos < size:
        end = raw.find(b"\n", min(pos + BLOCK, size))
        end = size if end < 0 else end + 1
        block = bytes(raw[pos:end]).replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        parts = block.split(b"\n")
        if block.endswith(b"\n"):
            parts.pop()
        for offset, line in enumerate(parts):
            yield number + offset, line
        number += len(parts)
        pos = end


def row_estimate(raw: bytearray) -> int:
    """About how many rows ``raw`` holds (lines less blank ones), to size the arrays once."""
    return raw.count(b"\n") - raw.count(b"\n\n") + 1


def is_data(line: bytes) -> bool:
    """Not blank and not a ``#`` comment."""
    stripped = line.strip()
    return bool(stripped) and not stripped.startswith(b"#")


def split(line: bytes, delimiter: bytes | None) -> list[bytes]:
    """Fields at ``delimiter``, or at runs of ASCII whitespace (bytes.split never splits at
    U+00A0 or U+3000 the way str.split does)."""
    if delimiter is None:
        return line.split()
    return [field.strip() for field in line.split(delimiter)]


def number(field: bytes) -> float | None:
    """The value of a plain ASCII number ("1", "-2.5e3", "nan", "inf"), else None.

    float() alone also takes "٣", "１" and "1_000"; those are not numbers in a data file."""
    if not field.isascii() or b"_" in field:
        return None
    try:
        return float(field)
    except ValueError:
        return None


class Columns:
    """Collects parsed rows block by block: features (float32) and labels (float64).

    The two arrays grow in place (``ndarray.resize`` reallocates; large blocks move by
    remapping, not copying), so the peak is the data plus a quarter, not twice it."""

    def __init__(self, fname: str, n_cols: int, label_col: int, first_line: int, expected_rows: int = 1024):
        self.fname, self.n_cols, self.label_col, self.first_line = fname, n_cols, label_col, first_line
        self.features = [c for c in range(n_cols) if c != label_col]
        rows = max(1, expected_rows)
        self._x = np.empty((rows, len(self.features)), dtype=np.float32)
        self._labels = np.empty(rows, dtype=np.float64)
        self._n = 0
        self._uniq: np.ndarray | None = np.empty(0)  # the distinct labels, while there are few
        self._rows: list[list[float]] = []
        self._row_lines: list[int] = []
        self._row_fields: list[list[bytes]] = []  # the text, for a message
        self._size = 0

    def add(self, line_no: int, line: bytes, fields: list[bytes]) -> None:
        if len(fields) != self.n_cols:
            raise DataError(
                _t("{file}, line {line}: expected {columns} columns, found {found} "
                   "(line {first_line} has {columns}).").format(
                    file=self.fname, line=line_no, columns=self.n_cols, found=len(fields),
                    first_line=self.first_line))
        try:  # the common case in one go; number() finds the culprit otherwise
            if not line.isascii() or b"_" in line:
                raise ValueError
            values = [float(f) for f in fields]
        except ValueError:
            values = [number(f) for f in fields]
            if None in values:  # (else only a non-ASCII delimiter made the quick test fail)
                self._refuse(line_no, fields, values.index(None))
        self._rows.append(values)
        self._row_lines.append(line_no)
        self._row_fields.append(fields)
        self._size += len(fields)
        if self._size >= ROWS_VALUES:
            self.flush()

    def flush(self) -> None:
        """Move the rows gathered so far into the arrays (checking every value is usable)."""
        if not self._rows:
            return
        table = np.array(self._rows, dtype=np.float64)
        with np.errstate(over="ignore"):  # values beyond float32 become inf and are reported below
            bad = ~np.isfinite(table.astype(np.float32))
        if bad.any():
            r, c = np.argwhere(bad)[0]
            raise DataError(
                _t("{file}, line {line}, column {column}: '{value}' is not a usable number "
                   "(NaN, infinity and values beyond ±3.4e38 are not allowed).").format(
                    file=self.fname, line=self._row_lines[r], column=c + 1,
                    value=self._row_fields[r][c].decode("ascii")))
        end = self._n + len(table)
        if end > len(self._labels):
            self._grow(max(end, len(self._labels) * 5 // 4))
        self._x[self._n:end] = table[:, self.features]
        self._labels[self._n:end] = table[:, self.label_col]
        if self._uniq is not None:
            self._uniq = np.union1d(self._uniq, table[:, self.label_col])
            if len(self._uniq) > MAX_TRACKED:
                self._uniq = None
        self._n = end
        self._rows, self._row_lines, self._row_fields, self._size = [], [], [], 0

    def _grow(self, rows: int) -> None:
        self._x.resize((rows, len(self.features)), refcheck=False)
        self._labels.resize(rows, refcheck=False)

    def finish(self) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
        """(x float32 (n, d), labels float64 (n,), the distinct labels or None if there are many);
        x is read-only."""
        self.flush()
        self._grow(self._n)
        x, labels = self._x, self._labels
        x.setflags(write=False)  # fresh array: lets Dataset skip its defensive copy
        return x, labels, self._uniq

    def _refuse(self, line_no: int, fields: list[bytes], col: int) -> None:
        bad = fields[col].decode("utf-8", "replace")
        if bad == "":
            raise DataError(_t("{file}, line {line}, column {column}: the value is empty.").format(
                file=self.fname, line=line_no, column=col + 1))
        raise DataError(_t("{file}, line {line}, column {column}: '{value}' is not a number.").format(
            file=self.fname, line=line_no, column=col + 1, value=bad))


class DataLineNumbers:
    """The 1-based file line of each data row, found by reading the file again when asked
    (only an error message needs one; keeping them all would cost 4 bytes a row)."""

    def __init__(self, read, header: bool):
        self._read, self._skip = read, 1 if header else 0

    def __getitem__(self, row: int) -> int:
        wanted = int(row) + self._skip
        for index, (line_no, _) in enumerate(item for item in lines(self._read()) if is_data(item[1])):
            if index == wanted:
                return line_no
        raise IndexError(row)
