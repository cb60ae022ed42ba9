/// Where report inputs come from: files on disk now, the store later.
///
/// `sdw report` asks a source for the three kinds of input; a store-backed source only has to answer
/// the same three questions.
public protocol ReportSource {
    /// The canvases named by the source's selectors, in a stable order.
    func canvases() throws(ReportError) -> [ReportItem]
    /// The workshop with id `id` and its canvases in group order.
    func workshop(id: String) throws(ReportError) -> ReportInput
}
