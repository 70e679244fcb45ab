"""The core: the dataclasses that cross stages, the settings, the errors and the vocabulary.

Imports nothing else of kerjasama (an import-linter contract checks it).
"""
