"""kerjasama: answers over the cooperation records of Indonesia's correctional system."""

__version__ = "0.1.0"
