#!/bin/sh
# Deploys IMAGE as the environment's app: pulls it from the registry,
# replaces the running container, and reports success only when the new
# container answers its health check.
#
#   ./deploy.sh IMAGE
#
# The environment's container name and port come from APP_CONTAINER and
# APP_PORT (the workflow sets them from vars).
set -eu
image="${1:?usage: ./deploy.sh IMAGE}"
name="${APP_CONTAINER:?set APP_CONTAINER to the container name}"
port="${APP_PORT:?set APP_PORT to the port to publish}"

docker pull "$image"
docker rm -f "$name" >/dev/null 2>&1 || true
docker run -d --name "$name" -p "127.0.0.1:$port:8080" "$image"

for _ in 1 2 3 4 5 6 7 8 9 10; do
    if docker exec "$name" wget -q -O /dev/null http://127.0.0.1:8080/health; then
        echo "deployed $image: healthy"
        exit 0
    fi
    sleep 0.5
done
echo "deployed $image, but it does not answer its health check" >&2
exit 1
