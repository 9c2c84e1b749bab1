"""Training: the worker thread, its controller on the GUI thread, controls and plots."""
