"""The document tool findings (LOAD-PDF-*, LOAD-EXTRACT-001): metadata only, so that listing, explaining or
scoring rules never imports the PDF and NLP libraries that reading documents needs."""

from __future__ import annotations

from ..engine import Severity, tool_rule

PDF_UNREADABLE = tool_rule("LOAD-PDF-001", "文书 PDF 无法读取", "提供完好的 PDF 文件（可用 PDF 阅读器打开核对），或更正清单中的路径。")
PDF_ENCRYPTED = tool_rule("LOAD-PDF-002", "文书 PDF 已加密", "归档文书不应加密：提供未加密的副本后重新检查。")
PDF_NO_TEXT = tool_rule("LOAD-PDF-003", "文书页面没有文字层，需要 OCR",
                        "该页是扫描图像，本工具未读取其内容（结果中不含该页）：对扫描件做文字识别（OCR）后重新检查，或由人工核对该页。",
                        severity=Severity.INFO)
PDF_PARTIAL = tool_rule("LOAD-PDF-004", "文书只读取了部分页面", "文书超出页数或时间上限：拆分文书，或放宽 --max-pages 后重新检查。",
                        severity=Severity.WARNING)
EXTRACTED = tool_rule("LOAD-EXTRACT-001", "案卷没有清单，已从文书自动提取",
                      "结果依据从 PDF 文书自动提取的草稿清单，可能不全或有误：用 enforcement-audit extract 生成草稿，核对补全后作为 dossier.xml 保存再检查。",
                      severity=Severity.INFO)
DOCUMENT_TOOL_RULES = (PDF_UNREADABLE, PDF_ENCRYPTED, PDF_NO_TEXT, PDF_PARTIAL, EXTRACTED)
