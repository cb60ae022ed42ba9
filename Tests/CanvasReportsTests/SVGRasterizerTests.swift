@testable import CanvasReports
import Foundation
import Testing

/// The in-process SVG → PNG boundary (librsvg and cairo through `dlopen`): it draws what the SVG
/// says at the size asked, and reports a broken picture as an error.
@Suite struct SVGRasterizerTests {
    static func svg(fill: String) -> String {
        #"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20"><rect x="0" y="0" width="20" height="20" fill="\#(fill)"/></svg>"#
    }

    /// Width and height from a PNG's IHDR chunk.
    static func size(of png: Data) -> (Int, Int)? {
        guard png.count > 24, png[png.startIndex + 12..<png.startIndex + 16].elementsEqual("IHDR".utf8) else { return nil }
        func int(_ offset: Int) -> Int { png[png.startIndex + offset..<png.startIndex + offset + 4].reduce(0) { $0 << 8 | Int($1) } }
        return (int(16), int(20))
    }

    @Test func drawsThePictureAtTheSizeAsked() throws {
        let rasterizer = try SVGRasterizer()
        let black = try rasterizer.png(svg: Self.svg(fill: "black"), width: 80, height: 40)
        let white = try rasterizer.png(svg: Self.svg(fill: "white"), width: 80, height: 40)
        #expect(Array(black.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(Self.size(of: black)! == (80, 40))
        #expect(black != white, "a black square and a white one give different pictures")
        // The same picture twice gives the same bytes (nothing left over from the call before).
        #expect(try rasterizer.png(svg: Self.svg(fill: "black"), width: 80, height: 40) == black)
    }

    @Test func drawsTheSmartDiagramWithCyrillicText() throws {
        let item = ReportFixtures.item(ReportFixtures.canvas(title: "Клуб за четене", language: "bg"))
        let svg = SmartDiagram.standalone(CanvasReport(item).diagramSVG)
        let png = try SVGRasterizer().png(svg: svg, width: 700, height: 495)
        #expect(Self.size(of: png)! == (700, 495))
        #expect(png.count > 10_000, "a diagram full of text is not a blank picture (\(png.count) bytes)")
    }

    @Test func drawsSeveralPicturesAtOnceAsOneByOne() throws {
        let rasterizer = try SVGRasterizer()
        let pictures = ["black", "white", "red", "blue", "green"].map { (svg: Self.svg(fill: $0), width: 60, height: 30) }
        let together = try rasterizer.pngs(pictures)
        #expect(together == (try pictures.map { try rasterizer.png(svg: $0.svg, width: $0.width, height: $0.height) }))
        #expect(throws: ReportError.self) { try rasterizer.pngs(pictures + [(svg: "<svg", width: 10, height: 10)]) }
        #expect(try rasterizer.pngs([]).isEmpty)
    }

    @Test func brokenPictureIsAnError() throws {
        let rasterizer = try SVGRasterizer()
        #expect(throws: ReportError.self) { try rasterizer.png(svg: "<svg", width: 10, height: 10) }
        #expect(throws: ReportError.self) { try rasterizer.png(svg: Self.svg(fill: "black"), width: 0, height: 10) }
        do {
            _ = try rasterizer.png(svg: "not a picture", width: 10, height: 10)
            Issue.record("no error")
        } catch {
            guard case .rasterizeFailed(let reason) = error else { Issue.record("\(error)"); return }
            #expect(!reason.isEmpty)
        }
    }
}
