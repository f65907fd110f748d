"""Qt runs offscreen in the tests; set before anything imports Qt."""

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
