FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    DJANGO_SETTINGS_MODULE=mmc.settings.production

RUN apt-get update \
    && apt-get install -y --no-install-recommends libjpeg62-turbo libwebp7 curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 1000 mmc

WORKDIR /app
COPY pyproject.toml README.md requirements.lock ./
COPY mmc mmc
COPY home home
COPY news news
COPY syndication syndication
COPY analytics analytics
COPY devtools devtools
# Every dependency from the hash-checked lock, then the project alone on top.
RUN pip install --no-cache-dir --require-hashes -r requirements.lock \
    && pip install --no-cache-dir --no-deps .

COPY . .
# collectstatic needs settings to import, not real secrets.
RUN SECRET_KEY=collectstatic ALLOWED_HOSTS=localhost python manage.py collectstatic --noinput \
    && mkdir -p /app/var/media && chown -R mmc:mmc /app/var

USER mmc
EXPOSE 8000
CMD ["gunicorn", "mmc.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
