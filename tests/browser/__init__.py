"""Real-browser tests: JupyterLab and Voila driven by headless Chromium (run with `make browser`)."""
