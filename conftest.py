"""Plugins of every test run, the contract suite's included: no test may reach a vendor's production host."""

pytest_plugins = ["tests._tripwire"]
