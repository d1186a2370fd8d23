"""Scale-out: the same per-article analysis as Dask tasks, with Parquet as bulk output."""
