"""Limits of a seed sweep, importable without torch (the CLI's parser checks them)."""

MAX_SEEDS = 1024
