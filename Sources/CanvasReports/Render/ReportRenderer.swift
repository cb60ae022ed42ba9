import CanvasKit
import Foundation

/// Turns a ``ReportInput`` into the bytes of a report in one ``ReportFormat``.
public struct ReportRenderer: Sendable {
    /// The templates for HTML and Markdown.
    public let templates: TemplateSet
    /// The language that overrides the files' own; `nil` keeps each file's language.
    public let language: Language?

    /// Creates a renderer.
    public init(templates: TemplateSet, language: Language? = nil) {
        self.templates = templates
        self.language = language
    }

    /// The report of `input` in `format`.
    public func render(_ input: ReportInput, as format: ReportFormat) throws(ReportError) -> Data {
        switch format {
        case .html: Data(try html(input).utf8)
        case .md: Data(try markdown(input).utf8)
        case .json: Data(JSONReport(input, language: language).encoded().utf8)
        case .csv: CSVReport(input).data
        case .pdf: try PDFPrinter().pdf(html: html(input))
        case .docx: try DOCXWriter(editable(input)).package(rasterizer: SVGRasterizer())
        case .odt: try ODTWriter(editable(input)).package()
        }
    }

    /// The report of `input` as a word processor's document (for DOCX and ODT), made from the
    /// same ``ReportDocument`` the HTML and Markdown templates render.
    public func editable(_ input: ReportInput) -> EditableDocument {
        EditableDocument(ReportDocument(input, language: language))
    }

    /// The HTML report of `input`.
    public func html(_ input: ReportInput) throws(ReportError) -> String {
        let document = ReportDocument(input, language: language)
        return try templates.render(document, template: "\(document.templateName).html")
    }

    /// The Markdown report of `input`.
    public func markdown(_ input: ReportInput) throws(ReportError) -> String {
        let document = ReportDocument(input, language: language)
        return try templates.render(document, template: "\(document.templateName).md")
    }
}
