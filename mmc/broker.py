"""The Redis broker transport: kombu's own, made to survive the broker restarting.

When Redis goes away while a worker holds unacknowledged messages (always, with
acks_late), Celery's consumer first "collects" the broken connection, which closes its
channels and then forgets the broker's address (`transport.client = None`), and then
closes the connection again. kombu's Redis channel stops its close() at the first
connection error, reading the reply to the BRPOP it had sent, before it marks itself
closed; the second close() then tries to restore the unacked messages through a client
built from the forgotten address and raises `AttributeError: 'NoneType' object has no
attribute 'hostname'`. That is not a connection error, so the worker exits with
"Unrecoverable error" instead of reconnecting (celery/kombu#582 is the same chain).

Both steps are fixed here, in `CELERY_BROKER_TRANSPORT`:
- a BRPOP whose reply is lost with the broker ends there and close() goes on (marks the
  channel closed, tries to restore the unacked messages, which fails as a connection
  error that Celery ignores);
- a channel whose connection was already released answers any new broker call with a
  connection error, never an AttributeError.
Messages that could not be restored stay in Redis's unacked set, and kombu restores
them after the visibility timeout; the syndication sweeper does not wait that long.
"""

from kombu.transport import redis as kombu_redis
from kombu.transport.virtual import Empty
from redis.exceptions import ConnectionError as RedisConnectionError


class Channel(kombu_redis.Channel):
    def close(self):
        if self._in_poll:
            try:
                self._brpop_read()
            except Empty:
                pass
            except self.connection_errors:
                pass  # the reply died with the broker; the rest of close() must still run
        super().close()

    def _connparams(self, asynchronous=False):
        if self.connection.client is None:
            raise RedisConnectionError("the broker connection was already released")
        return super()._connparams(asynchronous=asynchronous)


class Transport(kombu_redis.Transport):
    Channel = Channel
