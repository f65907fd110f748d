"""Synthetic demo data: a fictional province (Tỉnh Hòa Sơn) and its cadres' dossiers."""

from cadre_desktop.services.demo.generate import generate_demo
from cadre_desktop.services.demo.world import DEMO_UNIT_CODE, DEMO_UNIT_NAME

__all__ = ["DEMO_UNIT_CODE", "DEMO_UNIT_NAME", "generate_demo"]
