#!/usr/bin/env bash
# Builds the container image (Containerfile) with podman, as CI does (`make image`).
#
# No container registry is reachable here, so the base is a local Debian bookworm with Python
# (mmdebstrap, made once and kept under $IMAGE_CACHE_DIR), the dependencies come from wheels
# prepared on the host (build/wheels/, from pip's cache the second time) and the build runs with
# chroot isolation (this kind of machine cannot start containers). Containers cannot be run here
# either: the build itself collects the static files and runs `check --deploy` inside the image,
# and this script then looks into the image's file system for what must be there.
#
# Needs root on Debian bookworm (installs podman and mmdebstrap when missing).
# IMAGE names the result (default localhost/participatieportaal:ci).
set -euo pipefail
cd "$(dirname "$0")/.."

IMAGE=${IMAGE:-localhost/participatieportaal:ci}
DEPS_IMAGE=${IMAGE%:*}-deps:${IMAGE##*:}
BASE_IMAGE=localhost/debian-base
CACHE_DIR=${IMAGE_CACHE_DIR:-/var/cache/participatieportaal}
BASE_TAR=$CACHE_DIR/debian-base.tar
BASE_MAX_AGE_DAYS=30 # then made anew, with the security updates since
started=$SECONDS

step() { echo "-- $* ($((SECONDS - started)) s)"; }

step "tools"
if ! command -v podman >/dev/null || ! command -v mmdebstrap >/dev/null; then
  [[ $(id -u) == 0 ]] || { echo "podman and mmdebstrap are needed (apt-get install podman mmdebstrap)" >&2; exit 1; }
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq podman mmdebstrap >/dev/null
fi
podman --version

step "base image $BASE_IMAGE"
mkdir -p "$CACHE_DIR"
if [[ -f $BASE_TAR ]] && [[ -n $(find "$BASE_TAR" -mtime +"$BASE_MAX_AGE_DAYS") ]]; then
  rm -f "$BASE_TAR"
  podman image rm --force "$BASE_IMAGE" >/dev/null 2>&1 || true
fi
if [[ ! -s $BASE_TAR ]]; then
  # bookworm with its updates and security suites; minbase plus Python 3.11 and venv.
  mmdebstrap --quiet --variant=minbase --include=python3,python3-venv bookworm "${BASE_TAR%.tar}.tmp.tar" </dev/null
  mv "${BASE_TAR%.tar}.tmp.tar" "$BASE_TAR"
  podman image rm --force "$BASE_IMAGE" >/dev/null 2>&1 || true
fi
if ! podman image exists "$BASE_IMAGE"; then
  podman import --quiet "$BASE_TAR" "$BASE_IMAGE" >/dev/null
fi

step "vendored front-end files (build/vendor/)"
# As `make vendor` (make image runs make install first): the npm files the templates use.
.venv/bin/python manage.py vendor_assets --verbosity 0

step "wheels of the production dependencies (build/wheels/)"
# Made anew each time (no stale versions), from pip's cache after the first run: the [project]
# dependencies, pinned by constraints.txt, as the Containerfile installs them. Debian bookworm's
# Python is 3.11.2, older than the host's: what a dependency needs only below a patch release
# must be added here (redis: async-timeout below 3.11.3), else the image's install stops with
# "No matching distribution found for …".
FOR_OLDER_PYTHON=(async-timeout)
requirements=$(.venv/bin/python -c 'import tomllib; print(*tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"], sep="\n")')
mapfile -t requirements <<<"$requirements"
rm -rf build/wheels
# (The filter drops pip's notes on package folders that this machine's pip.conf names.)
.venv/bin/pip wheel --quiet --disable-pip-version-check --wheel-dir build/wheels -c constraints.txt \
  "${requirements[@]}" "${FOR_OLDER_PYTHON[@]}" 2> >(grep -v "^WARNING: Location .* is ignored" >&2)
echo "$(find build/wheels -name '*.whl' | wc -l) wheels, $(du -sh build/wheels | cut -f1)"

step "podman build $IMAGE"
build=(podman build --isolation=chroot --pull=never --layers --build-arg "BASE=$BASE_IMAGE")
# The dependency stage keeps a name of its own, so that removing unnamed images below keeps its
# cache; the second build finds every layer of it cached.
"${build[@]}" --quiet --target deps -t "$DEPS_IMAGE" . >/dev/null
"${build[@]}" -t "$IMAGE" .

step "what the image holds"
root=$(podman image mount "$IMAGE")
trap 'podman image unmount "$IMAGE" >/dev/null' EXIT
failures=()
need() { [[ -e $root/$1 ]] || failures+=("missing: /$1"); }
refuse() { [[ ! -e $root/$1 ]] || failures+=("must not be in the image: /$1"); }
need app/staticfiles/staticfiles.json
need app/build/vendor
need app/gunicorn.conf.py
need app/.venv/bin/gunicorn
need app/.venv/bin/celery
refuse app/build/wheels
refuse app/.env
refuse app/node_modules
refuse app/tests
refuse app/db.sqlite3
config=$(podman image inspect --format '{{.Config.User}} {{json .Config.Cmd}} {{json .Config.Env}}' "$IMAGE")
[[ $config == 10001:10001\ * ]] || failures+=("not the non-root user: $config")
[[ $config == *gunicorn.conf.py* ]] || failures+=("CMD is not gunicorn with gunicorn.conf.py: $config")
[[ $config == *DJANGO_SETTINGS_MODULE=portal.settings.production* ]] || failures+=("no production settings in ENV")
[[ $config != *SECRET_KEY* && $config != *DATABASE_URL* ]] || failures+=("a build-only value is in ENV: $config")
if ((${#failures[@]})); then
  printf '%s\n' "${failures[@]}" >&2
  exit 1
fi
.venv/bin/python -c 'import json, sys; print(len(json.load(open(sys.argv[1]))["paths"]), "static files in the manifest")' \
  "$root/app/staticfiles/staticfiles.json"

# Unnamed images (earlier builds of $IMAGE, intermediate stages) are the build cache of the
# last day and after that only disk space.
podman image prune --force --filter until=24h >/dev/null
step "done: $IMAGE, $(podman image inspect --format '{{.Size}}' "$IMAGE" | numfmt --to=si)B"
