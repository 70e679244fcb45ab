"""The bundled vocabulary, loaded once for the tests (the program itself passes one around)."""

from ingest.core.vocabulary import Vocabulary

VOCAB = Vocabulary.load()
