"""What the browser tests share: Debian's Chromium driven by Playwright (no browser download is possible here), its
launch flags, and the folder screenshots are written to as test artefacts."""
import os
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]
ARTIFACTS = Path(os.environ.get("SITROOM_TEST_ARTIFACTS", Path(__file__).resolve().parents[1] / "test-artifacts"))
MISSING = f"{CHROMIUM} is not installed (apt-get install -y chromium; .ci/run does)"
