"""The actor knowledge base: countries, curated actors with dated roles, learned roles, import."""
