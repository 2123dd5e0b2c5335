namespace LlmWatch.Cli.Rendering;

/// <summary>The report's inline stylesheet and script (kept apart from the markup builder for readability).</summary>
internal static class HtmlReportAssets
{
    public const string Css = """
        body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#222;background:#fafafa}
        h1{margin:0 0 4px;font-size:22px}h2{font-size:17px;margin:24px 0 8px}
        .sub{color:#666;margin:0 0 8px}section{background:#fff;border:1px solid #e3e3e3;border-radius:6px;padding:12px 16px;margin:12px 0}
        table{border-collapse:collapse}th,td{padding:4px 10px;border-bottom:1px solid #eee;text-align:right}th:first-child,td:first-child{text-align:left}
        .charts{display:flex;flex-wrap:wrap;gap:12px}svg{background:#fff;display:block}
        .t{font-size:13px;font-weight:600;fill:#333}.ax{font-size:11px;fill:#555}.grid{stroke:#eee}.thr{stroke:#c00;stroke-dasharray:4 3}
        .ln{fill:none;stroke-width:1.6}.s-OK{fill:#59a14f;color:#2e7d32}.s-ALARM{fill:#e15759;color:#c62828}.s-INSUFFICIENT_DATA{fill:#bab0ac;color:#777}
        .changes{list-style:none;padding:0;font-family:ui-monospace,monospace;font-size:12px}.changes b{display:inline-block;width:140px}
        #tip{position:fixed;pointer-events:none;background:#222;color:#fff;font-size:12px;padding:3px 6px;border-radius:3px;display:none}
        """;

    /// <summary>Hover read-out for chart lines and bars (their SVG titles); no network, no libraries.</summary>
    public const string Script = """
        (function () {
          var tip = document.createElement('div');
          tip.id = 'tip';
          document.body.appendChild(tip);
          document.querySelectorAll('svg rect title, svg polyline').forEach(function (el) {
            var target = el.tagName === 'title' ? el.parentNode : el;
            var text = el.tagName === 'title' ? el.textContent : el.getAttribute('data-series');
            target.addEventListener('mousemove', function (e) {
              tip.textContent = text;
              tip.style.display = 'block';
              tip.style.left = (e.clientX + 12) + 'px';
              tip.style.top = (e.clientY + 12) + 'px';
            });
            target.addEventListener('mouseleave', function () { tip.style.display = 'none'; });
          });
          document.body.setAttribute('data-charts', String(document.querySelectorAll('svg').length));
        })();
        """;
}
