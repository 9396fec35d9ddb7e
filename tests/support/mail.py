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


class RefusingOneMailboxBackend(LocmemBackend):
    """A mail server that refuses one mailbox (ditolak@…) and takes the others."""

    def send_messages(self, messages):
        for message in messages:
            if any(address.startswith("ditolak@") for address in message.to):
                raise smtplib.SMTPRecipientsRefused({message.to[0]: (550, b"No such user")})
        return super().send_messages(messages)
