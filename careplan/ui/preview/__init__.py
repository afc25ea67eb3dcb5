"""The handout preview: its view, the render process and the controller that keeps it current.

Qt-free at package level: the render process imports ``careplan.ui.preview.render_service``.
"""
