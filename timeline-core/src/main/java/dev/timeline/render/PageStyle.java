package dev.timeline.render;

/**
 * The style sheet of {@link HtmlRenderer}'s page: system fonts only, a phone layout below 720 px, where the chart keeps
 * 960 px, opens at its start and scrolls sideways, which a line above it says. A shortened label shows the whole title
 * while its mark has the pointer or the focus. No script needed.
 */
final class PageStyle {
    static final String CSS = """
            :root{color-scheme:light;--ink:#1d232b;--muted:#5b6673;--rule:#d9dee4}
            *{box-sizing:border-box}
            body{margin:0 auto;max-width:1240px;padding:16px 20px 48px;font:15px/1.5 system-ui,-apple-system,\
            "Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
            h1{font-size:1.6rem;margin:.2em 0}
            .summary{color:var(--muted);margin:.2em 0 .6em}
            .legend{list-style:none;padding:0;margin:0 0 8px;display:flex;flex-wrap:wrap;gap:4px 14px;font-size:.85rem}
            .legend .more{color:var(--muted)}
            .swatch{display:inline-block;width:.8em;height:.8em;border-radius:2px;margin-right:5px;vertical-align:-1px}
            .chart-box{margin:0;overflow-x:auto}
            .chart-box figcaption{color:var(--muted);font-size:.8rem;margin:4px 0 12px}
            svg.chart{display:block;width:100%;height:auto;font:11px system-ui,-apple-system,"Segoe UI",Roboto,Arial,\
            sans-serif}
            .chart .caption{font-weight:600;fill:var(--muted)}
            .chart .axis{stroke:#222;stroke-width:1}
            .chart .tick{stroke:#222}
            .chart .tl{text-anchor:middle;fill:#333}
            .chart .tl.r1{font-weight:600}
            .chart .guide{stroke:#bbb;stroke-width:.6;stroke-dasharray:1 2}
            .chart .bar.fuzzy{stroke-dasharray:3 2;stroke-opacity:.7}
            .chart .lbl{fill:var(--ink)}
            .chart .lbl.left{text-anchor:end}
            .chart .lbl.over{paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
            .chart a.mark:hover .lbl,.chart a.mark:focus .lbl{text-decoration:underline;font-weight:600}
            .chart .lbl.full{display:none;paint-order:stroke;stroke:#fff;stroke-width:4px;stroke-linejoin:round}
            .chart a.mark:hover .lbl.cut,.chart a.mark:focus .lbl.cut{display:none}
            .chart a.mark:hover .lbl.full,.chart a.mark:focus .lbl.full{display:inline}
            .scroll-hint{display:none;margin:0 0 4px;color:var(--muted);font-size:.8rem}
            .chart .zoom rect{fill:#fbe7a1;stroke:#c9a227}
            .chart .zoom text{fill:#7a5c00;font-weight:600}
            .chart .lens{fill:#fbe7a1;opacity:.35}
            .chart .col{fill:#0072B2;opacity:.8}
            .year h2{font-size:1.15rem;border-bottom:1px solid var(--rule);margin:1.2em 0 .4em}
            ol.events{list-style:none;padding:0;margin:0}
            li.event{border-left:4px solid;padding:2px 0 6px 12px;margin:8px 0}
            li.event:target{background:#fff6d6}
            .when{margin:0;font-weight:600;color:var(--muted);font-size:.9rem}
            li.event h3{margin:0;font-size:1.05rem}
            .meta{margin:0;color:var(--muted);font-size:.85rem}
            .sources{list-style:none;padding:0;margin:4px 0 0}
            .sources cite{font-style:normal;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.75rem;\
            color:var(--muted)}
            blockquote{margin:0 0 6px;padding-left:10px;border-left:2px solid var(--rule);overflow-wrap:anywhere}
            .documents li{margin:4px 0;overflow-wrap:anywhere}
            @media (max-width:720px){body{padding:10px 12px 32px;font-size:14px}
            svg.chart{min-width:960px}h1{font-size:1.3rem}li.event{padding-left:8px}
            .scroll-hint{display:block}}
            """;

    private PageStyle() {
    }
}
