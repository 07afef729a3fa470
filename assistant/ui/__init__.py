"""The Gradio app: patient chat, staff review and guide library (entry point: app.py at the repo root)."""
