"""Points drawn on the plane: the spec's checks, the project file round trip, the text export."""

import json

import numpy as np
import pytest

from ann_viz.core.data import load_text_table, make_dataset
from ann_viz.core.data.drawn import MAX_POINTS, drawn_spec, drawn_text, spec_from_dataset
from ann_viz.core.errors import DataError, ProjectFileError
from ann_viz.core.presets import get_preset
from ann_viz.core.project import load_project, project_from_dict, project_to_dict, save_project

POINTS = [[0.1, -0.25, 0], [1.0 / 3, 0.7, 1], [-1.2, 1.4, 1], [0.5, 0.5, 0]]


def _spec(task="binary", classes=2, points=POINTS):
    return drawn_spec(points, task, classes, (-1.5, 1.5, -1.5, 1.5))


def _same_points(ds, other):
    np.testing.assert_array_equal(ds.x, other.x)
    np.testing.assert_array_equal(np.asarray(ds.y).reshape(-1), np.asarray(other.y).reshape(-1))


@pytest.mark.parametrize("task, classes, labels", [("binary", 2, [0, 1, 1, 0]), ("multiclass", 3, [0, 2, 1, 2]),
                                                   ("regression", 0, [0.25, -1.5, 2.0, 1e-3])])
def test_drawn_points_round_trip_through_the_project_file_and_the_text_export(tmp_path, task, classes, labels):
    points = [p[:2] + [label] for p, label in zip(POINTS, labels)]
    spec = _spec(task, classes, points)
    drawn = make_dataset(spec)
    assert drawn.task == task and drawn.n_samples == 4 and drawn.x.dtype == np.float32
    project = get_preset("xor-2-2-1").project()
    project.data = spec
    path = tmp_path / "drawn.annviz.json"
    save_project(project, path)
    assert json.loads(path.read_text())["schema"] == 3
    loaded = load_project(path)
    assert loaded.data == spec
    _same_points(make_dataset(loaded.data), drawn)
    text = tmp_path / "train.txt"
    text.write_text(drawn_text(loaded.data))
    back = load_text_table(text, task=task)
    _same_points(back, drawn)
    assert back.feature_names == ("x1", "x2")


def test_a_set_taken_from_generated_data_keeps_its_points_exactly():
    circle = make_dataset({"kind": "circle", "n": 60, "seed": 3})
    spec = spec_from_dataset(circle, (-1.5, 1.5, -1.5, 1.5))
    _same_points(make_dataset(spec), circle)
    assert json.loads(json.dumps(spec)) == spec


def test_a_project_without_drawn_points_is_written_as_before():
    data = project_to_dict(get_preset("xor-2-2-1").project())
    assert data["schema"] == 1


@pytest.mark.parametrize("change, words", [
    ({"points": [[0, 0, 0]] * (MAX_POINTS + 1)}, "more than the 10000"),
    ({"points": "0 0 1"}, "must be a list"),
    ({"points": [[0, 0]]}, "point 1 is not three"),
    ({"points": [[0, 0, 0], [0, float("nan"), 1]]}, "point 2 is not three"),
    ({"points": [[0, 0, True]]}, "point 1 is not three"),
    ({"points": [[9, 0, 1]]}, "point 1 lies outside the box"),
    ({"points": [[0, 0, 2]]}, "label must be a class number from 0 to 1"),
    ({"box": [1, -1, 0, 1]}, "the box must be"),
    ({"task": "ranking"}, "the task must be"),
    ({"classes": 99}, "cannot have 99 classes"),
])
def test_hostile_or_oversized_points_are_refused_with_a_reason(change, words):
    spec = {**_spec(), **change}
    with pytest.raises(DataError, match=words):
        make_dataset(spec)
    project = project_to_dict(get_preset("xor-2-2-1").project())
    project["data"] = spec
    project["schema"] = 3
    with pytest.raises(ProjectFileError, match=words):
        project_from_dict(project)


def test_an_empty_plane_is_a_valid_project_that_asks_for_points():
    spec = _spec(points=[])
    project = project_to_dict(get_preset("xor-2-2-1").project())
    project["data"], project["schema"] = spec, 3
    assert project_from_dict(project).data == spec
    with pytest.raises(DataError, match="No points drawn yet"):
        make_dataset(spec)


def test_a_newer_schema_is_refused_by_name():
    project = project_to_dict(get_preset("xor-2-2-1").project())
    project["schema"] = 4
    with pytest.raises(ProjectFileError, match="newer ann-viz"):
        project_from_dict(project)
