"""Average several trained readers into one ("model soup"; assistant.reader.soup_readers).

    .venv/bin/python scripts/soup_readers.py --out assistant/data/reader.safetensors A.safetensors B.safetensors
    .venv/bin/python scripts/soup_readers.py --weights 3 1 --out NEW.safetensors SOUP_OF_THREE.safetensors D.safetensors

Readers of one recipe (scripts/train_reader.py with other --order-seed, or other no-answer examples),
fine-tuned from the same encoder, average weight by weight; the result loads and serves like one
reader, at one reader's cost. Deterministic: the same files give the same soup.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from assistant.reader import soup_readers  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("readers", nargs="+", type=Path, help="two reader weight files or more")
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--weights", type=float, nargs="+", default=None,
                    help="one per file: how many readers it counts as (a soup of three: 3); default 1 each")
    args = ap.parse_args()
    soup_readers(args.readers, args.out, args.weights)
    print(f"saved {args.out} ({args.out.stat().st_size / 1e6:.1f} MB), the mean of {len(args.readers)} readers"
          + (f" weighted {args.weights}" if args.weights else ""))


if __name__ == "__main__":
    main()
