"""The desktop app: a thin Qt layer over ``ann_viz.core`` (views never do training math)."""
