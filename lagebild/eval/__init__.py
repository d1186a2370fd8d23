"""Quality measurement: scorers that compare pipeline output with gold annotations."""
