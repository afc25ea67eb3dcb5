"""The Qt-free core: plan models, the clinical catalog, safety rules and MME."""

from careplan.domain import pydantic_plugins

# Every pydantic model of Careplan is defined in, or imports from, this package, so this runs before
# the first model is built: no pydantic plugin sees patient data (see pydantic_plugins).
pydantic_plugins.switch_off()
