using System.Globalization;
using Segmentation.Cli.Input;
using Segmentation.Rfm;
using Segmentation.Evaluation;
using Segmentation.Privacy;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Segmentation.Cli.Output;

/// <summary>The console summaries: segments by revenue, concentration, run facts and skipped rows.</summary>
internal static class SummaryTables
{
    /// <summary>The segments table, then one line per empty score or segment saying why (the library's <see cref="RfmRun.Notes"/>).</summary>
    public static IRenderable Segments(RfmRun run)
    {
        var table = new Table().Title("RFM segments (by revenue; AOV = average order value, recency in days)").AddColumns(
            new TableColumn("Segment"),
            new TableColumn("Customers").RightAligned(),
            new TableColumn("Cust %").RightAligned(),
            new TableColumn("Revenue").RightAligned(),
            new TableColumn("Rev %").RightAligned(),
            new TableColumn("AOV").RightAligned(),
            new TableColumn("Recency").RightAligned());
        var report = run.Report;
        var marker = report.Suppression.Marker;
        foreach (var row in report.Rows)
        {
            if (row.IsSuppressed)
            {
                table.AddRow(Markup.Escape(row.Name), Markup.Escape(marker), "-", "-", "-", "-", "-");
                continue;
            }

            table.AddRow(
                Markup.Escape(row.Name),
                N0(row.Customers),
                Percent(row.CustomerShare),
                N0(row.Revenue),
                Percent(row.RevenueShare),
                row.AverageOrderValue is { } aov ? N2(aov) : "-",
                row.AverageRecencyDays is { } rd ? rd.ToString("0.0", CultureInfo.InvariantCulture) : "-");
        }

        table.AddEmptyRow();
        table.AddRow(
            "[bold]Total[/]",
            report.IsSuppressed ? Markup.Escape(marker) : $"[bold]{N0(report.Customers)}[/]",
            "100.0%",
            report.IsSuppressed ? "-" : $"[bold]{N0(report.Revenue)}[/]",
            "100.0%",
            string.Empty,
            string.Empty);
        return new Rows([table, .. run.Notes.Select(note => new Text("Note: " + note)), Privacy(report.Suppression)]);
    }

    /// <summary>The library's sentence on small-cell suppression: the rule or that it is off, and that it is not anonymisation.</summary>
    public static IRenderable Privacy(SmallCellSuppression suppression) =>
        new Text("Privacy: " + suppression.Describe(), new Style(foreground: suppression.IsEnabled ? Color.Grey : Color.Yellow));

    /// <summary>The customer types table and, when some of its people never ordered, a line saying how many.</summary>
    public static IRenderable CustomerTypes(SegmentCounts counts, long buyers, SmallCellSuppression suppression)
    {
        var hidden = suppression.Apply([.. counts.Counts]).Of(0);
        var prospects = counts.Total - buyers;
        var table = new Table().Title("Customer types (exclusive, by priority)").AddColumns(
            new TableColumn("Type"),
            new TableColumn("Customers").RightAligned(),
            new TableColumn("Share").RightAligned());
        for (var i = 0; i < counts.Names.Count; i++)
        {
            var share = counts.Total == 0 ? 0 : (double)counts.Counts[i] / counts.Total;
            table.AddRow(Markup.Escape(counts.Names[i]), hidden[i] ? Markup.Escape(suppression.Marker) : N0(counts.Counts[i]), hidden[i] ? "-" : Percent(share));
        }

        table.AddEmptyRow();
        table.AddRow("[bold]Total[/]", $"[bold]{N0(counts.Total)}[/]", "100.0%");
        return prospects > 0
            ? new Rows(table, new Text($"{N0(counts.Total)} people: the {N0(buyers)} customers above and {N0(prospects)} prospects who never ordered."))
            : table;
    }

    public static IRenderable SegmentCounts(IReadOnlyList<(string Name, long Count)> counts, long customers, SmallCellSuppression suppression)
    {
        var hidden = suppression.Apply([.. counts.Select(c => c.Count)]).Of(0);
        var row = 0;
        var table = new Table().Title("Segments").AddColumns(
            new TableColumn("Segment"),
            new TableColumn("Customers").RightAligned(),
            new TableColumn("Share").RightAligned());
        foreach (var (name, count) in counts)
        {
            var suppressed = hidden[row++] || suppression.IsSmall(customers);
            table.AddRow(Markup.Escape(name), suppressed ? Markup.Escape(suppression.Marker) : N0(count), suppressed ? "-" : Percent(customers == 0 ? 0 : (double)count / customers));
        }

        table.AddEmptyRow();
        table.AddRow("[bold]Customers[/]", suppression.IsSmall(customers) ? Markup.Escape(suppression.Marker) : $"[bold]{N0(customers)}[/]", string.Empty);
        return new Rows(table, Privacy(suppression));
    }

    public static Table Concentration(RfmRun run)
    {
        var c = run.Concentration;
        var table = new Table().Title("Revenue concentration").AddColumns(new TableColumn("Measure"), new TableColumn("Value").RightAligned());
        foreach (var top in c.TopCustomers)
        {
            table.AddRow($"Revenue share of the top {Label(top.CustomerShare)} of customers", Percent(top.RevenueShare));
        }

        foreach (var target in c.RevenueTargets)
        {
            table.AddRow($"Customers bringing {Label(target.RevenueShare)} of revenue", $"{Percent(target.CustomerShare)} ({N0(target.Customers)})");
        }

        table.AddRow("Gini coefficient", c.Gini.ToString("0.000", CultureInfo.InvariantCulture));
        return table;
    }

    public static Grid RunFacts(RfmRun run, InvalidRows invalid)
    {
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("Transactions", N0(run.Transactions));
        grid.AddRow("Customers", N0(run.Count));
        grid.AddRow("As of", run.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        grid.AddRow("Method", string.Create(CultureInfo.InvariantCulture, $"{run.Scores.Method.ToString().ToLowerInvariant()}, {run.Scores.Bins} bins"));
        if (invalid.Count > 0)
        {
            grid.AddRow("[yellow]Skipped rows[/]", $"[yellow]{N0(invalid.Count)}[/]");
        }

        return grid;
    }

    public static void WriteSkipped(IAnsiConsole console, InvalidRows invalid)
    {
        if (invalid.Count == 0)
        {
            return;
        }

        console.MarkupLine(CultureInfo.InvariantCulture, "[yellow]Skipped {0} invalid row(s) (--skip-invalid). First ones:[/]", N0(invalid.Count));
        foreach (var example in invalid.Examples)
        {
            console.MarkupLine(CultureInfo.InvariantCulture, "  [yellow]line {0}[/]: {1}", example.Line, Markup.Escape(example.Reason));
        }
    }

    public static string N0(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string N0(decimal value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Label(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);

    public static string N2(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);
}
