/// The report's inline style sheet: plain, high-contrast, printable on A4, with no web fonts.
enum HTMLStyleSheet {
  /// The CSS placed in the page's `<style>` element.
  static let css: StaticString = """

    :root { color-scheme: light; }
    body { margin: 0; background: #FFFFFF; color: #1A1A1A;
      font-family: 'Segoe UI', 'Helvetica Neue', Arial, 'Liberation Sans', 'DejaVu Sans', sans-serif;
      font-size: 16px; line-height: 1.5; }
    main { max-width: 1160px; margin: 0 auto; padding: 28px 40px 48px; }
    header { border-bottom: 4px solid #0072B2; padding-bottom: 12px; margin-bottom: 20px; }
    h1 { font-size: 30px; line-height: 1.2; margin: 0 0 6px; }
    h2 { font-size: 23px; margin: 36px 0 12px; padding-top: 8px; border-top: 1px solid #CCCCCC; }
    header + nav h2, nav h2 { border-top: none; margin-top: 0; font-size: 18px; }
    h3 { font-size: 18px; margin: 24px 0 8px; }
    p { margin: 0 0 12px; max-width: 75ch; }
    .subtitle { font-size: 19px; color: #333333; margin: 0; }
    .provenance { font-size: 14px; color: #505050; margin: 6px 0 0; }
    nav ol { columns: 2; margin: 0 0 8px; padding-left: 24px; }
    nav a { color: #005A8C; }
    nav li { margin: 0 0 4px; break-inside: avoid; }
    .key-figures { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 14px;
      margin: 8px 0 20px; }
    .key-figure { border: 1px solid #BFBFBF; border-top: 6px solid #0072B2; padding: 12px 16px; margin: 0;
      break-inside: avoid; }
    .key-figure dt { font-size: 14px; font-weight: 600; color: #333333; }
    .key-figure .value { font-size: 30px; font-weight: 700; margin: 2px 0 0; font-variant-numeric: tabular-nums;
      line-height: 1.2; }
    .key-figure .note { font-size: 13.5px; color: #505050; margin: 4px 0 0; }
    table { border-collapse: collapse; font-size: 14px; margin: 4px 0 16px; }
    caption { text-align: left; font-weight: 600; padding: 0 0 6px; caption-side: top; }
    .table-number, .figure-number { font-weight: 700; }
    th, td { padding: 4px 10px; border-bottom: 1px solid #D0D0D0; text-align: left; vertical-align: top; }
    thead th { border-bottom: 2px solid #1A1A1A; vertical-align: bottom; }
    tbody th { font-weight: 400; }
    tfoot th, tfoot td { font-weight: 700; border-top: 2px solid #1A1A1A; }
    .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
    .table-wrap { overflow-x: auto; }
    figure { margin: 20px 0 28px; break-inside: avoid; }
    figcaption { font-size: 18px; font-weight: 600; margin-bottom: 4px; }
    .chart-summary { font-size: 15px; color: #333333; }
    .chart-with-data { display: flex; flex-wrap: wrap; gap: 8px 28px; align-items: flex-start; }
    .chart-image { flex: 0 1 720px; min-width: 0; }
    .chart-image svg { display: block; max-width: 100%; height: auto; }
    .chart-data { flex: 1 1 300px; }
    .chart-data table { font-size: 13px; }
    .chart-data td { white-space: nowrap; }
    .chart-with-data:not(.beside) .chart-data { flex-basis: 100%; }
    .source { font-size: 13px; color: #505050; margin-top: 2px; }
    .notes { border-left: 6px solid #E69F00; background: #FFF8E8; padding: 10px 18px; margin: 16px 0;
      break-inside: avoid; }
    .notes h3 { margin: 0 0 6px; font-size: 16px; }
    .notes ul { margin: 0; padding-left: 20px; }
    ul { padding-left: 24px; }
    li { margin: 3px 0; max-width: 75ch; }
    @media print {
      @page { size: A4; margin: 15mm 14mm 16mm; }
      body { font-size: 10pt; line-height: 1.4; }
      main { max-width: none; padding: 0; }
      nav { display: none; }
      header { margin-bottom: 10pt; }
      h1 { font-size: 20pt; }
      h2 { font-size: 15pt; margin: 18pt 0 6pt; }
      h3 { font-size: 12pt; margin: 12pt 0 4pt; }
      p, li { max-width: none; }
      h2, h3, figcaption, .chart-summary, caption, p:has(+ table), p:has(+ .table-wrap) { break-after: avoid; }
      .key-figures { grid-template-columns: repeat(5, 1fr); gap: 6pt; }
      .key-figure { padding: 6pt 8pt; }
      .key-figure .value { font-size: 18pt; }
      .key-figure .note { font-size: 8pt; }
      figure { break-inside: avoid; margin: 10pt 0 14pt; }
      figcaption { font-size: 11pt; }
      .chart-summary { font-size: 9pt; }
      .chart-image { break-inside: avoid; break-before: avoid-page; }
      .chart-with-data { display: block; break-before: avoid-page; }
      .chart-image svg { width: auto; max-width: 100%; max-height: 85mm; margin: 0 auto 0 0; }
      .chart-image svg.chart-map { width: 100%; max-height: 125mm; }
      .chart-data { break-before: avoid; }
      .table-wrap { overflow: visible; }
      table { font-size: 8pt; width: auto; max-width: 100%; break-inside: avoid; }
      .chart-data table { font-size: 7.5pt; }
      th, td { padding: 2pt 5pt; }
      tbody th { min-width: 5em; }
      thead th { white-space: normal; hyphens: auto; }
      .num { white-space: nowrap; }
      tr { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }

    """
}
