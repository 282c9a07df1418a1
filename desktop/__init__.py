"""An Sinh Desk: reception-desk software for local social-insurance offices."""

__version__ = "0.1.0"
