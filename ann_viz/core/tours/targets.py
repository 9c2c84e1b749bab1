"""The objectNames tours point at: given to the real widgets by the UI (one list, so a renamed
widget fails the test that builds a window and looks every tour target up)."""

PLAY = "play_button"
STEP_EPOCH = "step_epoch_button"
STEP_PHASE = "step_phase_button"
RESET = "reset_button"
LOSS_DOCK = "loss"
GRADIENT_DOCK = "gradients"
METRICS_TABLE = "pred_gold_table"
INPUT_PLANE = "input_plane"
NETWORK_CANVAS = "network_canvas"
CHAIN_RULE_TEXT = "chain_rule_text"
SETTINGS_DOCK = "settings"
