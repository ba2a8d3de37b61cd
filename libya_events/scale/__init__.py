"""Scale-out: parse a corpus with a ``dask.bag`` pipeline on a Dask cluster.

Needs the ``dask`` extra (``pip install 'libya-events[dask]'``: ``dask[bag]`` and
``distributed``); Dask is imported only when a function here is called.

>>> from libya_events.scale import parse_corpus_dask
>>> summary = parse_corpus_dask(["corpus/"], "out.jsonl", n_workers=2)  # doctest: +SKIP

The tasks are the batch layer's (:func:`libya_events.batch.collect_tasks`: text
files, directories, JSON Lines records), partitioned into a bag and parsed on the
workers; each worker process builds its :class:`~libya_events.extraction.Parser`
(and so loads the gazetteer) once, on its first partition. The outcomes stream
back partition by partition, in order, into the same atomic writer the batch
command uses (JSON Lines, GeoJSON or ACLED CSV, error records kept, ids already
in the output skipped).
"""

from libya_events.scale._dask import articles_bag, parse_corpus_dask, parse_partition

__all__ = ["articles_bag", "parse_corpus_dask", "parse_partition"]
