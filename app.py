"""Entry point: `python app.py` serves the assistant at http://127.0.0.1:7860 (see --help)."""

import os

from assistant.settings import OFFLINE_ENV

# Before gradio, chromadb or torch are imported: keep every library local and silent.
os.environ.update(OFFLINE_ENV)

from assistant.ui.app import main

if __name__ == "__main__":
    raise SystemExit(main())
