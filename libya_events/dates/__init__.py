"""Package layer."""
