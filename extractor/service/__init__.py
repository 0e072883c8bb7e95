"""The extraction service: `extractor serve`, a FastAPI app over the Python API.

Modules: `config` (the service's settings, read from the environment only at the edge),
`models` (request and response bodies), `limits` (body size, bearer token, JSON errors),
`runner` (engines off the event loop, bounded and timed), `app` (the JSON API), `page` (the
HTML page at /), `command` (the CLI command). Nothing here is imported by the rules path:
FastAPI and uvicorn are in the optional extra `service`.
"""
