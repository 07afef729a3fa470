"""Cell & Gene Therapy Patient Guide Assistant: cited answers from vetted patient guides."""

__version__ = "0.1.0"
