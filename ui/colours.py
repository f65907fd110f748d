"""The few colours that carry meaning on screen: blocked, warned, fine, secondary."""

BLOCK = "#b00020"
WARN = "#8a5300"
GOOD = "#1e6b30"
MUTED = "#666666"
