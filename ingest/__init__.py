"""Ingestion: read, clean, extract metadata, chunk, embed and write documents to the store."""
