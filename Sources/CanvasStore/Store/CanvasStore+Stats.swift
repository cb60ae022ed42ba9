import GRDB

extension CanvasStore {
    /// Counts and totals over the visible canvases; the partner and finding lists keep the `top` first.
    public func stats(top: Int = 10) throws(StoreError) -> StoreStats {
        try read { db in
            func counts(_ sql: String) throws -> [StoreStats.Count] {
                try Row.fetchAll(db, sql: sql).map { StoreStats.Count(value: $0[0] ?? "(none)", count: $0[1]) }
            }
            func byColumn(_ column: String) throws -> [StoreStats.Count] {
                try counts("""
                    SELECT \(column), count(*) AS n FROM canvases WHERE hidden = 0
                    GROUP BY \(column) ORDER BY n DESC, \(column)
                    """)
            }
            let visible = try Int.fetchOne(db, sql: "SELECT count(*) FROM canvases WHERE hidden = 0") ?? 0
            let hidden = try Int.fetchOne(db, sql: "SELECT count(*) FROM canvases WHERE hidden = 1") ?? 0
            let partners = try counts("""
                SELECT p.name, count(DISTINCT p.canvas_id) AS n FROM partners p
                JOIN canvases c ON c.id = p.canvas_id AND c.hidden = 0
                WHERE p.name IS NOT NULL GROUP BY p.name ORDER BY n DESC, p.name LIMIT \(top)
                """)
            let findings = try counts("""
                SELECT f.rule_id || ' (' || f.severity || ')', count(*) AS n FROM findings f
                JOIN canvases c ON c.id = f.canvas_id AND f.revision = c.latest_revision AND c.hidden = 0
                GROUP BY f.rule_id, f.severity ORDER BY n DESC, f.rule_id LIMIT \(top)
                """)
            let budgets = try Row.fetchAll(db, sql: """
                SELECT r.currency, sum(r.cost), total(CASE WHEN r.available THEN 0 ELSE r.cost END),
                       count(DISTINCT r.canvas_id)
                FROM resources r JOIN canvases c ON c.id = r.canvas_id AND c.hidden = 0
                WHERE r.cost IS NOT NULL AND r.currency IS NOT NULL
                GROUP BY r.currency ORDER BY r.currency
                """).map { StoreStats.Budget(currency: $0[0], total: $0[1], missing: $0[2], canvases: $0[3]) }
            return StoreStats(
                canvases: visible, hidden: hidden, byPlugin: try byColumn("plugin"), byStatus: try byColumn("status"),
                byLanguage: try byColumn("language"), topPartners: partners, budgets: budgets, topFindings: findings)
        }
    }
}
