"""The data panel: choose the data set and its train/validation/test fractions (undoable)."""
