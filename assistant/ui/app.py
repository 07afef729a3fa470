"""Entry point of the Gradio app: parse arguments, build the services once, ingest if stale, serve."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

import gradio as gr
from pydantic import ValidationError

from assistant.errors import AssistantError
from assistant.settings import Settings
from assistant.ui import render
from assistant.ui.layout import build_app
from assistant.ui.storage import ConversationLog

logger = logging.getLogger(__name__)


def launch_app(demo: gr.Blocks, settings: Settings, *, block: bool = True) -> None:
    """Serve on settings.host:port: no share link, no analytics, nothing served from the data folders."""
    demo.queue(default_concurrency_limit=settings.concurrency)
    demo.launch(
        server_name=settings.host,
        server_port=settings.port,
        share=False,
        show_error=False,
        prevent_thread_lock=not block,
        max_file_size=int(settings.upload_max_mb * 1_000_000),
        blocked_paths=[str(settings.data_dir), str(settings.resolved_index_dir), str(settings.corpus_dir)],
        footer_links=[],
        ssr_mode=False,
        pwa=False,
        mcp_server=False,
        enable_monitoring=False,
        theme=_theme(),
        css=render.APP_CSS,
        head=render.APP_HEAD,
    )


def _theme() -> gr.themes.Base:
    """Calm blues and greys, system fonts only (nothing fetched from a font service)."""
    system = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"]
    return gr.themes.Soft(
        primary_hue="teal",
        secondary_hue="sky",
        neutral_hue="slate",
        text_size="md",
        font=system,
        font_mono=["ui-monospace", "SFMono-Regular", "Consolas", "monospace"],
    )


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="app.py", description="Serve the Cell & Gene Therapy Guide Assistant."
    )
    parser.add_argument("--host", help="address to bind (default: settings host, 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port to listen on (default: settings port, 7860)")
    parser.add_argument("--index", type=Path, help="Chroma index folder (default: <data_dir>/index)")
    parser.add_argument("--corpus", type=Path, help="folder of patient guides (default: corpus/)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Build the services once, ingest when the index is missing or stale, then serve the app."""
    args = _parse_args(argv)
    logging.basicConfig(
        level=logging.INFO, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    overrides = {"host": args.host, "port": args.port, "index_dir": args.index, "corpus_dir": args.corpus}
    try:
        settings = Settings(**{k: v for k, v in overrides.items() if v is not None})
    except ValidationError as error:
        print(f"error: invalid setting: {error.errors()[0]['msg']}", file=sys.stderr)
        return 2
    try:
        from assistant.services import build_services

        services = build_services(settings)
        if services.library.is_stale():
            logger.info("the index is missing or out of date: ingesting %s", settings.corpus_dir)
            logger.info("ingest: %s", services.library.ingest().as_json())
        log = ConversationLog.from_settings(settings)
        logger.info("removed %d expired conversations", log.purge_expired())
        services.assistant.warm()
        launch_app(build_app(services, log), settings)
    except AssistantError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0
