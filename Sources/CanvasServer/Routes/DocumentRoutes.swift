import CanvasKit
import HTTPTypes
import Hummingbird

/// The fixed documents: `/openapi.yaml`, `/schema.json` (format 1's JSON Schema, which the
/// editor reads for its fields), and the page script and style sheet under `/static/`.
struct DocumentRoutes: Sendable {
    func register(on router: Router<ServerContext>) {
        router.get("openapi.yaml") { _, _ in
            Self.asset("openapi.yaml", type: "application/yaml; charset=utf-8")
        }
        router.get("schema.json") { _, _ in
            Response.text(CanvasSchema.text, type: "application/schema+json; charset=utf-8")
        }
        router.get("static/app.js") { _, _ in
            Self.asset("app.js", type: "text/javascript; charset=utf-8")
        }
        router.get("static/app.css") { _, _ in
            Self.asset("app.css", type: "text/css; charset=utf-8")
        }
    }

    static func asset(_ name: String, type: String) -> Response {
        Response.text(EmbeddedAssets.all[name] ?? "", type: type, headers: [.cacheControl: "no-cache"])
    }
}
