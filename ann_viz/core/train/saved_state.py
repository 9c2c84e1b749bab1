"""The trainer's weights and history as plain arrays: read them out, load a project's back in."""

from __future__ import annotations

import numpy as np
import torch

from ..errors import TrainingError
from ..i18n import _t
from ..weights_fit import weight_mismatches
from .snapshot import frozen_array


class SavedState:
    """Mixed into :class:`.trainer.Trainer` (uses its module, history and epoch)."""

    def state_arrays(self) -> dict[str, np.ndarray]:
        """Every parameter and buffer by its graph name ("linear1.weight", "bn1.running_mean")."""
        return {name.removeprefix("layers."): frozen_array(value)
                for name, value in self.module.state_dict().items()
                if value.dtype.is_floating_point}

    def load_arrays(self, arrays: dict[str, np.ndarray]) -> None:
        """Set weights (e.g. a saved project's); every mismatch is listed and nothing changes."""
        current = {k: v.shape for k, v in self.state_arrays().items()}
        problems = weight_mismatches(arrays, current)
        if problems:
            raise TrainingError(_t("The weights do not fit this network: {reasons}.").format(
                reasons="; ".join(problems)))
        state = self.module.state_dict()
        self.forget_steps()
        with torch.no_grad():
            for name, array in arrays.items():
                target = state["layers." + name]  # float64 values reach a float64 run unrounded
                target.copy_(torch.from_numpy(np.array(array, dtype=np.float64 if target.dtype == torch.float64
                                                       else np.float32)))

    def restore_history(self, rows: np.ndarray, layers: tuple[str, ...]) -> None:
        """Take a saved run's history (a fresh trainer only): the epoch count continues from it, so a
        reopened project's plots and export show every epoch and training appends to them."""
        if self.epoch or len(self.history):
            raise TrainingError(_t("A saved history can only be restored into an untrained trainer."))
        if tuple(layers) != self.history.layers or rows.ndim != 2 or rows.shape[1] != 4 + len(layers):
            raise TrainingError(_t("The saved training history belongs to another network (layers {saved}; "
                                   "this one has {current}).").format(saved=", ".join(layers) or "-",
                                                                      current=", ".join(self.history.layers)))
        self.history.extend(rows[:, 1], rows[:, 2], rows[:, 3], rows[:, 4:])
        self.epoch = len(rows)

    def parameters_by_layer(self) -> dict[str, dict[str, np.ndarray]]:
        """{layer name: {"weight": array, "bias": array, ...}} (copies)."""
        out: dict[str, dict[str, np.ndarray]] = {}
        for name, value in self.module.state_dict().items():
            layer, _, kind = name.removeprefix("layers.").rpartition(".")
            out.setdefault(layer, {})[kind] = frozen_array(value)
        return out
