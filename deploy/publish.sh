#!/usr/bin/env bash
# Intranet hosting: pull the data, build and publish atomically.
# Run daily shortly after midnight (see portal-publish.timer or the crontab line
# in docs/deploy.md).  A data error publishes nothing: the live site stays as it
# was and this script exits non-zero, so the timer or cron reports the failure.
set -euo pipefail
REPO=${PORTAL_REPO:-/srv/portal/repo}
SITE=${PORTAL_SITE:-/srv/portal/site}
cd "$REPO"
git pull --ff-only --quiet
python3 -m pip install --quiet .
portal build --out "$SITE"
portal audit "$SITE"
