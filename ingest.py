"""Ingest the guides in corpus/ into the index: `python ingest.py --help`."""

from assistant.cli import ingest_main

if __name__ == "__main__":
    raise SystemExit(ingest_main())
