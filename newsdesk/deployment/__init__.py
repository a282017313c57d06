"""The reference deployment: the nginx configuration's renderer and the checks of a deployment's
settings (`newsdesk check --deploy`, `newsdesk deploy-check`)."""
