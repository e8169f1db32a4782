"""Marks the wheel as platform-specific: it carries a Linux x86-64 executable.

auditwheel repair then replaces the `linux_x86_64` tag with the manylinux tag the binary's
symbol versions allow.
"""
import platform

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version, build_data):
        build_data["pure_python"] = False
        build_data["tag"] = f"py3-none-linux_{platform.machine()}"
