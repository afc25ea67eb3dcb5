"""reportlab's process-wide settings for Careplan's PDFs, set before any reportlab module reads them.

``careplan/export/__init__.py`` imports this module before anything else of the package, so
every export module, the CLI and the GUI's preview child render with the same settings.
"""

from __future__ import annotations

from reportlab import rl_config

# ASCII85 stream encoding only serves 7-bit mail transport; in pure Python it costs about a
# tenth of a render and makes files bigger. reportlab reads this setting when it writes streams.
rl_config.useA85 = 0

# reportlab validates every attribute of every graphics shape as it is set, "a big help when
# developing" (its own words) and slow: the exercise drawings and charts are a few thousand shapes
# built from validated catalog data, and a handout of many drawings spent ~6 % of its process on
# the checks. reportlab reads this once, when reportlab.graphics.shapes is first imported.
# tests/export/test_rl_settings.py builds every drawing and chart with the checks on.
rl_config.shapeChecking = 0
