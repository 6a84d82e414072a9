#!/bin/sh
# Deploys IMAGE as the environment's app.
#
#   ./deploy.sh IMAGE
#
# The environment's container name and port come from APP_CONTAINER and
# APP_PORT (the workflow sets them from vars).
set -eu
image="${1:?usage: ./deploy.sh IMAGE}"

# TODO: pull the image from the registry, and replace the container that
# runs now (there is one after the first deployment).
docker run -d --name "$APP_CONTAINER" -p "127.0.0.1:$APP_PORT:8080" "$image"

# TODO: report success only when the new container answers its health
# check (GET /health on port 8080 must answer 200); fail otherwise.
echo "deployed $image"
