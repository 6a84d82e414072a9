#!/bin/sh
# Deploys IMAGE as the environment's app, and rolls back automatically:
# when the new container does not answer its health check, the image that
# ran before is deployed again and the script fails, so that someone looks.
#
#   ./deploy.sh IMAGE
set -eu
image="${1:?usage: ./deploy.sh IMAGE}"
name="${APP_CONTAINER:?set APP_CONTAINER to the container name}"
port="${APP_PORT:?set APP_PORT to the port to publish}"

# What runs now: the rollback target.
previous="$(docker inspect --format '{{.Config.Image}}' "$name" 2>/dev/null || true)"

start() {
    docker rm -f "$name" >/dev/null 2>&1 || true
    docker run -d --name "$name" -p "127.0.0.1:$port:8080" "$1" >/dev/null
}

healthy() {
    for _ in 1 2 3 4 5 6 7 8 9 10; do
        if docker exec "$name" wget -q -O /dev/null http://127.0.0.1:8080/health; then
            return 0
        fi
        sleep 0.5
    done
    return 1
}

docker pull "$image"
start "$image"
if healthy; then
    echo "deployed $image: healthy"
    exit 0
fi

echo "$image does not answer its health check" >&2
if [ -n "$previous" ]; then
    echo "rolling back to $previous" >&2
    start "$previous"
    if healthy; then
        echo "rolled back to $previous: healthy; the deployment of $image failed" >&2
    else
        echo "the rollback to $previous is not healthy either" >&2
    fi
fi
exit 1
