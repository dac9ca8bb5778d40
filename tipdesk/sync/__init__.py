"""Sync when online: signed updates from the publisher, a USB stick or a colleague's laptop.

Built on The Update Framework (python-tuf): see ``docs/sync.md``. No Qt import here.

- publisher side: :mod:`tipdesk.sync.keyops`, :mod:`tipdesk.sync.publisher`
- client side: :class:`tipdesk.sync.client.SyncClient`
- sharing: :class:`tipdesk.sync.share.ShareServer`, :func:`tipdesk.sync.share.export_bundle`
"""
