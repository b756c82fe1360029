namespace BoundCheck.Report.Html;

/// <summary>The report's inline stylesheet (no external fonts or files).</summary>
internal static class Stylesheet
{
    public const string Css = """
        body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
        main { max-width: 80rem; margin: 0 auto; padding: 1.5rem 2rem 4rem; line-height: 1.5; }
        h1 { border-bottom: 2px solid #333; padding-bottom: .3rem; }
        h2 { border-bottom: 1px solid #ccc; padding-bottom: .2rem; margin-top: 2.5rem; }
        h3 { margin-top: 1.6rem; }
        table { border-collapse: collapse; margin: .8rem 0; font-size: .9rem; display: block; overflow-x: auto; }
        th, td { border: 1px solid #ccc; padding: .25rem .5rem; text-align: left; vertical-align: top; }
        th { background: #f2f2f2; white-space: nowrap; }
        tr:nth-child(even) td { background: #fafafa; }
        code { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: .88em; background: #f4f4f4; padding: 0 .2em; border-radius: 3px; }
        code.latex { color: #7a3e00; }
        code.verdict { font-weight: bold; padding: .05em .4em; }
        code.v-holds, code.v-consistent { background: #dcf5dc; color: #135e13; }
        code.v-violated, code.v-inconsistent { background: #fbdada; color: #9b1111; }
        code.v-not-applicable, code.v-fit-only { background: #e8e8e8; color: #444; }
        code.v-vacuous, code.v-bound-not-tight { background: #fdf1d0; color: #7a5800; }
        code.v-inconclusive { background: #ece0f7; color: #5a2a85; }
        code.v-needs-sweep { background: #dbe9fb; color: #1b4d8c; }
        blockquote { border-left: 4px solid #1b4d8c; background: #f3f7fd; margin: .8rem 0; padding: .3rem 1rem; }
        .math-display { overflow-x: auto; overflow-y: hidden; margin: 1rem 0; padding: .2rem 0; }
        td { font-variant-numeric: tabular-nums; }
        td code { white-space: nowrap; }
        td math { font-size: 1.2em; }
        math { font-size: 1.1em; }
        math[display="block"] { font-size: 1.2em; }
        figure.plot { margin: 1rem 0; }
        figure.plot svg { max-width: 100%; height: auto; border: 1px solid #ddd; }

        """;
}
