"""What a seed sweep found: per-copy loss curves, final loss and accuracy, and which copies succeeded."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..i18n import _t

QUANTILES = (0.0, 0.1, 0.5, 0.9, 1.0)
QUANTILE_NAMES = (_t("min"), "10%", "50%", "90%", _t("max"))  # _t: shown by the CLI; also JSON keys


@dataclass(frozen=True)
class SweepProgress:
    """A live view of a running sweep (small: what a GUI frame needs).

    ``band`` holds the 10%, 50% and 90% quantiles over the copies of the loss at each
    recorded epoch (shape 3 x len(epochs)); ``below`` is the share of copies whose latest
    recorded loss is under the success threshold.
    """

    epoch: int
    target: int
    epochs: np.ndarray
    band: np.ndarray
    below: float


@dataclass(frozen=True)
class SweepResult:
    """The outcome of training K copies of one network from K seeds.

    ``losses[k, j]`` is copy k's training loss at epoch ``epochs[j]`` (the value a single
    run's ``history.train_loss`` holds there); long runs are decimated to a bounded number
    of epochs. ``final_loss`` and ``accuracy`` are measured after the last update, as
    ``Trainer.evaluate()`` does (accuracy NaN for regression). A copy succeeds when it did
    not diverge and reached ``target_accuracy`` or a final loss below ``loss_threshold``.
    """

    seeds: np.ndarray
    epochs_run: int
    epochs: np.ndarray
    losses: np.ndarray
    final_loss: np.ndarray
    accuracy: np.ndarray
    success: np.ndarray
    diverged: np.ndarray
    params: dict[str, np.ndarray]  # "linear1.weight" -> (K, out, in), as Trainer.state_arrays() names them
    elapsed_s: float
    loss_threshold: float
    target_accuracy: float
    stopped: bool = False  # True if the sweep was stopped before its last epoch
    device: str = "cpu"

    @property
    def k(self) -> int:
        return len(self.seeds)

    @property
    def success_rate(self) -> float:
        return float(self.success.mean())

    def weights_of(self, index: int) -> dict[str, np.ndarray]:
        """Copy ``index``'s trained weights, as ``Trainer.state_arrays()`` gives them."""
        return {name: value[index].copy() for name, value in self.params.items()}

    def index_of_seed(self, seed: int) -> int:
        hits = np.flatnonzero(self.seeds == seed)
        if not len(hits):
            raise KeyError(seed)
        return int(hits[0])

    def ranking(self) -> np.ndarray:
        """Copy indices by outcome: successes first, then by final loss (diverged last)."""
        loss = np.where(np.isfinite(self.final_loss), self.final_loss, np.inf)
        return np.lexsort((self.seeds, loss, ~self.success))

    def final_quantiles(self) -> dict[str, float]:
        """min, 10%, 50%, 90% and max of the final loss over the copies that did not diverge."""
        finite = self.final_loss[np.isfinite(self.final_loss)]
        if not len(finite):
            return {name: float("nan") for name in QUANTILE_NAMES}
        values = np.quantile(finite, QUANTILES)
        return {name: float(v) for name, v in zip(QUANTILE_NAMES, values)}

    def band(self, quantiles=(0.1, 0.5, 0.9)) -> np.ndarray:
        """Quantiles over the copies of the loss at each recorded epoch (len(quantiles) x epochs)."""
        if not self.losses.shape[1]:
            return np.empty((len(quantiles), 0))
        return np.nanquantile(self.losses, quantiles, axis=0)

    def summary(self) -> dict:
        """A JSON-friendly digest (what `ann-viz sweep --json` prints)."""
        return {
            "seeds": self.k,
            "first_seed": int(self.seeds[0]),
            "epochs": self.epochs_run,
            "success_rate": self.success_rate,
            "successes": int(self.success.sum()),
            "diverged": int(self.diverged.sum()),
            "loss_threshold": self.loss_threshold,
            "target_accuracy": self.target_accuracy,
            "final_loss": self.final_quantiles(),
            "time_s": self.elapsed_s,
            "device": self.device,
            "stopped": self.stopped,
        }
