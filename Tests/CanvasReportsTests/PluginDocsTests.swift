import Testing
@testable import CanvasReports
