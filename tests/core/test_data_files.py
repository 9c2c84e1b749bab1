"""Data from files: text tables (train.txt) and IDX / MNIST files, with every error case."""

from __future__ import annotations

import gzip
import struct

import numpy as np
import pytest

from ann_viz.core.data import load_idx, load_mnist, load_text_table, make_dataset
from ann_viz.core.errors import DataError

# The lecture notes' XOR training file.
TRAIN_TXT = "0 0 0\n0 1 1\n1 0 1\n1 1 0\n"


def write(tmp_path, name, content, mode="w"):
    path = tmp_path / name
    if mode == "w":
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


def error_text(path, **kwargs) -> str:
    with pytest.raises(DataError) as info:
        load_text_table(path, **kwargs)
    return str(info.value)


# --- text tables -----------------------------------------------------------------------------

def test_train_txt_round_trip(tmp_path):
    ds = load_text_table(write(tmp_path, "train.txt", TRAIN_TXT))
    assert ds.name == "train.txt" and ds.task == "binary" and ds.n_classes == 2
    assert ds.x.tolist() == [[0, 0], [0, 1], [1, 0], [1, 1]]
    assert ds.y.tolist() == [[0], [1], [1], [0]]
    assert ds.x.dtype == np.float32 and ds.feature_names == ("x1", "x2")


def test_comma_header_comments_and_label_column(tmp_path):
    text = "# made by hand\n\nlabel, a, b\n1, 0.5, -2\n\n0, 1e-3, 4  \n# end\n"
    ds = load_text_table(write(tmp_path, "d.csv", text), label_column=0, name="mine")
    assert ds.name == "mine" and ds.feature_names == ("a", "b")
    np.testing.assert_allclose(ds.x, [[0.5, -2], [1e-3, 4]])
    assert ds.y.tolist() == [[1], [0]]
    tabbed = load_text_table(write(tmp_path, "t.txt", "1;2;3\n4;5;6\n"), delimiter=";", task="regression")
    assert tabbed.task == "regression" and tabbed.y.tolist() == [[3], [6]]
    spaced = load_text_table(write(tmp_path, "s.txt", "1\t2   0\n3 4 1\n"), delimiter=" ")
    assert spaced.x.tolist() == [[1, 2], [3, 4]]


def test_task_inference(tmp_path):
    multi = load_text_table(write(tmp_path, "m.txt", "0 0\n1 2\n2 1\n3 0\n"))
    assert multi.task == "multiclass" and multi.n_classes == 3 and multi.y.tolist() == [0, 2, 1, 0]
    assert multi.class_names == ()
    remap = load_text_table(write(tmp_path, "r.txt", "0 3\n1 7\n2 5\n"))
    assert remap.task == "multiclass" and remap.y.tolist() == [0, 2, 1]
    assert remap.class_names == ("3", "5", "7")
    signs = load_text_table(write(tmp_path, "pm.txt", "0 -1\n1 1\n"))
    assert signs.task == "binary" and signs.y.tolist() == [[0], [1]] and signs.class_names == ("-1", "1")
    reg = load_text_table(write(tmp_path, "f.txt", "0 0.5\n1 1.5\n2 2.5\n"))
    assert reg.task == "regression" and reg.n_classes == 0
    many = load_text_table(write(tmp_path, "big.txt", "".join(f"{i} {i}\n" for i in range(150))))
    assert many.task == "regression"
    forced = load_text_table(write(tmp_path, "b.txt", "0 0\n1 1\n"), task="multiclass")
    assert forced.task == "multiclass" and forced.n_classes == 2


def test_ragged_row(tmp_path):
    msg = error_text(write(tmp_path, "train.txt", "0 0 0\n0 1 1\n1 0\n"))
    assert "train.txt, line 3: expected 3 columns, found 2" in msg


def test_not_a_number(tmp_path):
    msg = error_text(write(tmp_path, "train.txt", "0 0 0\n0 1 abc\n"))
    assert msg == "train.txt, line 2, column 3: 'abc' is not a number."


def test_first_line_typo_is_not_a_header(tmp_path):
    msg = error_text(write(tmp_path, "train.txt", "\n0 0 O\n0 1 1\n"))
    assert "train.txt, line 2, column 3: 'O' is not a number" in msg


def test_empty_comma_field(tmp_path):
    msg = error_text(write(tmp_path, "a.csv", "1,2,3\n4,,6\n"))
    assert "a.csv, line 2, column 2: the value is empty" in msg


@pytest.mark.parametrize("value", ["nan", "inf", "-Infinity", "1e40"])
def test_non_finite_values(tmp_path, value):
    msg = error_text(write(tmp_path, "train.txt", f"0 0 0\n# note\n1 {value} 1\n"))
    assert f"train.txt, line 3, column 2: '{value}' is not a usable number" in msg


@pytest.mark.parametrize(
    "content, fragment",
    [
        ("", "train.txt is empty"),
        ("\n  \n", "train.txt is empty"),
        ("# only a comment\n", "train.txt has only comments"),
        ("a b c\n", "train.txt has a header on line 1 but no data rows"),
        ("1\n2\n", "train.txt, line 1: found 1 column"),
    ],
)
def test_no_data_rows(tmp_path, content, fragment):
    assert fragment in error_text(write(tmp_path, "train.txt", content))


def test_unreadable_files(tmp_path):
    missing = tmp_path / "nope.txt"
    assert f"'{missing}' does not exist" in error_text(missing)
    assert "is a folder" in error_text(tmp_path)
    binary = write(tmp_path, "img.png", b"\x89PNG\r\n\x1a\n\x00\x00", mode="wb")
    assert "img.png, line 3: this looks like a binary file" in error_text(binary)
    latin = write(tmp_path, "latin.txt", "0 0 0\n1 1 1 \xe9\n".encode("latin-1"), mode="wb")
    assert "latin.txt, line 2: not UTF-8 text (byte 0xe9)" in error_text(latin)


def test_label_column_and_task_errors(tmp_path):
    path = write(tmp_path, "train.txt", TRAIN_TXT)
    msg = error_text(path, label_column=3)
    assert "Label column 3 is out of range for train.txt: it has 3 columns" in msg
    assert "-4" in error_text(path, label_column=-4)
    assert "must be a whole number" in error_text(path, label_column="last")
    assert "train.txt, column 2: a binary task needs labels 0 and 1" in error_text(
        write(tmp_path, "train.txt", "0 0\n1 1\n2 2\n"), task="binary")
    assert "train.txt, line 2, column 2: label 0.5 is not a whole number" in error_text(
        write(tmp_path, "train.txt", "0 1\n1 0.5\n"), task="multiclass")
    assert "Unknown task 'ranking'" in error_text(path, task="ranking")


def test_file_kind_in_registry(tmp_path):
    path = write(tmp_path, "train.txt", TRAIN_TXT)
    ds = make_dataset({"kind": "file", "path": str(path), "label_column": -1, "delimiter": None})
    assert ds.y[:, 0].tolist() == [0, 1, 1, 0]


# --- IDX / MNIST -----------------------------------------------------------------------------

def idx_bytes(array: np.ndarray, type_byte: int = 0x08) -> bytes:
    header = bytes([0, 0, type_byte, array.ndim]) + struct.pack(f">{array.ndim}I", *array.shape)
    return header + array.astype(array.dtype.newbyteorder(">")).tobytes()


def write_mnist(folder, images, labels, prefix="train", gz=False):
    folder.mkdir(exist_ok=True)
    for kind, arr in (("images-idx3-ubyte", images), ("labels-idx1-ubyte", labels)):
        data = idx_bytes(arr)
        name = f"{prefix}-{kind}" + (".gz" if gz else "")
        (folder / name).write_bytes(gzip.compress(data) if gz else data)


@pytest.mark.parametrize("gz", [False, True])
def test_idx_round_trip(tmp_path, gz):
    arr = np.arange(2 * 3 * 4, dtype=np.uint8).reshape(2, 3, 4)
    data = idx_bytes(arr)
    path = write(tmp_path, "a.idx", gzip.compress(data) if gz else data, mode="wb")
    out = load_idx(path)
    assert out.dtype == np.uint8 and out.shape == (2, 3, 4)
    np.testing.assert_array_equal(out, arr)


def test_idx_other_types(tmp_path):
    floats = np.array([[1.5, -2.0]], dtype=np.float32)
    out = load_idx(write(tmp_path, "f.idx", idx_bytes(floats, 0x0D), mode="wb"))
    assert out.dtype == np.float32 and out.tolist() == [[1.5, -2.0]]
    ints = np.array([70000, -3], dtype=np.int32)
    assert load_idx(write(tmp_path, "i.idx", idx_bytes(ints, 0x0C), mode="wb")).tolist() == [70000, -3]


def test_idx_bad_files(tmp_path):
    good = idx_bytes(np.zeros((4, 5), dtype=np.uint8))
    with pytest.raises(DataError, match="short.idx is truncated: the data of shape"):
        load_idx(write(tmp_path, "short.idx", good[:-3], mode="wb"))
    with pytest.raises(DataError, match="tiny.idx is truncated: the header"):
        load_idx(write(tmp_path, "tiny.idx", b"\x00\x00", mode="wb"))
    with pytest.raises(DataError, match="magic.idx is not an IDX file: its magic number is 0x12340801"):
        load_idx(write(tmp_path, "magic.idx", b"\x12\x34\x08\x01" + good[4:], mode="wb"))
    with pytest.raises(DataError, match="type.idx is not an IDX file"):
        load_idx(write(tmp_path, "type.idx", b"\x00\x00\x07\x02" + good[4:], mode="wb"))
    with pytest.raises(DataError, match="long.idx has more data than its header"):
        load_idx(write(tmp_path, "long.idx", good + b"\x00", mode="wb"))
    with pytest.raises(DataError, match="cut.gz is a damaged or truncated gzip file"):
        load_idx(write(tmp_path, "cut.gz", gzip.compress(good)[:-6], mode="wb"))
    with pytest.raises(DataError, match="does not exist"):
        load_idx(tmp_path / "missing.idx")


@pytest.mark.parametrize("gz", [False, True])
def test_load_mnist(tmp_path, gz):
    rng = np.random.default_rng(0)
    images = rng.integers(0, 256, (6, 28, 28), dtype=np.uint8)
    labels = np.array([5, 0, 4, 1, 9, 2], dtype=np.uint8)
    write_mnist(tmp_path / "mnist", images, labels, gz=gz)
    write_mnist(tmp_path / "mnist", images[:2], labels[:2], prefix="t10k", gz=gz)
    ds = load_mnist(tmp_path / "mnist", limit=4)
    assert ds.x.shape == (4, 784) and ds.x.dtype == np.float32 and ds.y.tolist() == [5, 0, 4, 1]
    np.testing.assert_allclose(ds.x[1], images[1].reshape(-1) / 255.0, rtol=1e-6)
    assert ds.task == "multiclass" and ds.n_classes == 10
    test = make_dataset({"kind": "mnist", "directory": str(tmp_path / "mnist"), "split": "test"})
    assert test.n_samples == 2 and test.name == "MNIST test"


def test_mnist_errors(tmp_path):
    folder = tmp_path / "empty"
    folder.mkdir()
    with pytest.raises(DataError) as info:
        load_mnist(folder)
    msg = str(info.value)
    assert "train-images-idx3-ubyte" in msg and "train-images-idx3-ubyte.gz" in msg and str(folder) in msg
    with pytest.raises(DataError, match="does not exist or is not a folder"):
        load_mnist(tmp_path / "nowhere")
    with pytest.raises(DataError, match="split must be 'train' or 'test'"):
        load_mnist(folder, split="valid")
    write_mnist(tmp_path / "odd", np.zeros((3, 2, 2), np.uint8), np.zeros(2, np.uint8))
    with pytest.raises(DataError, match="one label per image"):
        load_mnist(tmp_path / "odd")
