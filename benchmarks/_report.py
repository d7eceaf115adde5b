"""The one way a benchmark ends: its numbers on a last `RESULT name k=v ...` line, exit 1 when a floor is missed."""
from __future__ import annotations

import sys


def finish(name: str, metrics: dict[str, float], floors: dict[str, float | None]) -> int:
    """Print the RESULT line; return 1 (and say which) when a metric is under its floor, else 0."""
    print(f"RESULT {name} " + " ".join(f"{k}={v:.3f}" for k, v in metrics.items()))
    failed = [k for k, floor in floors.items() if floor is not None and metrics[k] < floor]
    if failed:
        print("below floor: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0
