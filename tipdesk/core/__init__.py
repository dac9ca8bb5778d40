"""The TIPdesk core: catalogue, import, search, rendering. It never imports Qt."""
