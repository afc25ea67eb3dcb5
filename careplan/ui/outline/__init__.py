"""The plan outline (patient, pain, goals, modules, flare plan, follow-up) and the module palette."""
