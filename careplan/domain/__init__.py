"""The Qt-free core: plan models, the clinical catalog, safety rules and MME."""
