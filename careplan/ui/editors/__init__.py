"""Form editors, one per part of the plan, built from small bound widgets."""
