"""What the data panel relies on: groups of kinds, summaries, text previews, IDX pairs, the fit check."""

from __future__ import annotations

import os

import numpy as np
import pytest

from ann_viz.core.data import DATASET_KINDS, make_dataset
from ann_viz.core.data.choice import GROUPS, group_of, summary, text_preview
from ann_viz.core.errors import DataError
from ann_viz.core.presets import get_preset
from ann_viz.core.train.preflight import data_fit_problem

from test_data_files import idx_bytes

TRAIN_TXT = "# the notes' XOR\n0 0 0\n0 1 1\n1 0 1\n1 1 0\n"


def test_every_kind_is_in_exactly_one_group():
    grouped = [kind for kinds in GROUPS.values() for kind in kinds]
    assert sorted(grouped) == sorted(DATASET_KINDS)
    assert group_of({"kind": "spiral"}) == "cloud" and group_of({"kind": "nope"}) == "" and group_of(3) == ""


def test_summaries_name_samples_inputs_and_task():
    assert summary(make_dataset({"kind": "xor"})) == "XOR: 4 samples, 2 inputs, 1 target(s) (binary)"
    assert "10 classes (multi-class)" in summary(make_dataset({"kind": "digits"}))
    assert "(regression)" in summary(make_dataset({"kind": "sine"}))


def test_text_preview_shows_the_first_data_rows_with_their_line(tmp_path):
    path = tmp_path / "train.txt"
    path.write_text(TRAIN_TXT)
    preview = text_preview(path, max_rows=3)
    assert preview.rows == [["0", "0", "0"], ["0", "1", "1"], ["1", "0", "1"]]
    assert preview.first_line == 2 and preview.message == ""
    path.write_text("a,b,c\n1,2,3\n")
    assert text_preview(path).rows == [["a", "b", "c"], ["1", "2", "3"]]


def test_text_preview_of_a_huge_file_reads_only_its_start(tmp_path):
    path = tmp_path / "big.txt"
    path.write_text("1 2 0\n" * 200_000)
    preview = text_preview(path, max_rows=4)
    assert len(preview.rows) == 4


@pytest.mark.parametrize("make, words", [
    (lambda p: p, "does not exist"),
    (lambda p: (p.mkdir(), p)[1], "folder"),
    (lambda p: (p.write_bytes(b"\x00\x01\x02"), p)[1], "binary"),
    (lambda p: (p.write_text("# only a comment\n"), p)[1], "no data rows"),
    (lambda p: (os.mkfifo(p), p)[1], "not a regular file"),
])
def test_text_preview_refuses_what_is_no_table_with_a_message(tmp_path, make, words):
    preview = text_preview(make(tmp_path / "x.txt"))
    assert preview.rows == [] and words in preview.message


def test_text_preview_of_a_device_is_refused_not_read():
    assert "not a regular file" in text_preview("/dev/zero").message


def test_an_idx_pair_loads_as_ten_classes(tmp_path):
    images = np.arange(5 * 4 * 4, dtype=np.uint8).reshape(5, 4, 4)
    labels = np.array([0, 1, 2, 9, 3], dtype=np.uint8)
    (tmp_path / "im.idx").write_bytes(idx_bytes(images))
    (tmp_path / "lab.idx").write_bytes(idx_bytes(labels))
    ds = make_dataset({"kind": "idx", "images": str(tmp_path / "im.idx"), "labels": str(tmp_path / "lab.idx"),
                       "limit": 3})
    assert ds.n_samples == 3 and ds.n_features == 16 and ds.n_classes == 10 and ds.name == "im.idx"
    with pytest.raises(DataError, match="one label per image"):
        (tmp_path / "short.idx").write_bytes(idx_bytes(labels[:2]))
        make_dataset({"kind": "idx", "images": str(tmp_path / "im.idx"), "labels": str(tmp_path / "short.idx")})
    with pytest.raises(DataError, match="needs the parameter 'labels'"):
        make_dataset({"kind": "idx", "images": str(tmp_path / "im.idx"), "labels": ""})


def test_fit_check_names_the_input_and_output_widths():
    graph = get_preset("xor-2-2-1").project().graph
    assert data_fit_problem(graph, make_dataset({"kind": "spiral"})) == ""
    assert "has 64 input feature(s); the network's Input layer takes 2" in data_fit_problem(
        graph, make_dataset({"kind": "digits"}))
    two_targets = make_dataset({"kind": "inline", "x": [[0, 0]], "y": [[0, 1]]})
    assert "2 target value(s) per sample; the network's output has 1" in data_fit_problem(graph, two_targets)
