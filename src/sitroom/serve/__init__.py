"""sitroom.serve: the REST API and server-rendered web UI over a store (`sitroom serve`).

`create_app(store_url, allow_edits=False)` builds the FastAPI app: `/api/…` (JSON, OpenAPI at `/docs`), HTML pages
with `.json` twins, vendored htmx / vis-timeline / uPlot under `/static/vendor/`. Extensions (e.g. `sitroom brief`'s
feed) add routes with `create_app(..., extensions=[fn])`, where `fn(app)` may call `app.include_router`,
`add_template_folder` and `render_page`; `day_param(name, value)` reads a date parameter (blank: none; else
YYYY-MM-DD, or a 400).
"""
from sitroom.serve._app import add_template_folder, create_app
from sitroom.serve._pages import render_page
from sitroom.serve._params import day as day_param
from sitroom.serve._problems import Problem
from sitroom.serve._views import ServeState

__all__ = ["Problem", "ServeState", "add_template_folder", "create_app", "day_param", "render_page"]
