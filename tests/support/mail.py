"""Mail backends for tests: the boundary where our code hands a message to a mail server."""

import smtplib
import time

from django.core.mail.backends.locmem import EmailBackend as LocmemBackend


class RefusingBackend(LocmemBackend):
    """A mail server that drops the connection, as an SMTP server going down does."""

    def send_messages(self, messages):
        raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")


class SlowBackend(LocmemBackend):
    """Django's test outbox, behind a server that takes a moment to accept each message."""

    def send_messages(self, messages):
        time.sleep(0.2)
        return super().send_messages(messages)
