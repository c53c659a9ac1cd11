using System.Globalization;
using Segmentation.Cli.Input;
using Segmentation.Rfm;
using Segmentation.CustomerTypes;
using Segmentation.Definitions;
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
        foreach (var row in run.Report.Rows)
        {
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
        table.AddRow("[bold]Total[/]", $"[bold]{N0(run.Report.Customers)}[/]", "100.0%", $"[bold]{N0(run.Report.Revenue)}[/]", "100.0%", string.Empty, string.Empty);
        return run.Notes.Count == 0
            ? table
            : new Rows([table, .. run.Notes.Select(note => new Text("Note: " + note))]);
    }

    /// <summary>The customer types table (the run's counts per type) and, when some people never ordered, a line saying how many.</summary>
    public static IRenderable CustomerTypes(CustomerTypeRun run)
    {
        var counts = run.Counts;
        var overlapping = run.Mode == SegmentSetMode.AllMatches;
        var table = new Table()
            .Title(overlapping ? "Customer types (overlapping: a customer may have several types, or none)" : "Customer types (exclusive, by priority)")
            .AddColumns(new TableColumn("Type"), new TableColumn("Customers").RightAligned(), new TableColumn("Share").RightAligned());
        for (var i = 0; i < counts.Names.Count; i++)
        {
            table.AddRow(Markup.Escape(counts.Names[i]), N0(counts.Counts[i]), Percent(Share(counts.Counts[i], counts.Total)));
        }

        if (overlapping)
        {
            table.AddRow("(no type)", N0(run.WithoutType), Percent(Share(run.WithoutType, counts.Total)));
        }

        table.AddEmptyRow();
        table.AddRow(overlapping ? "[bold]Customers[/]" : "[bold]Total[/]", $"[bold]{N0(counts.Total)}[/]", "100.0%");
        var prospects = run.Profiles.LongCount(p => p.OrderCount == 0);
        return prospects > 0
            ? new Rows(table, new Text($"{N0(counts.Total)} people: {N0(counts.Total - prospects)} customers who ordered and {N0(prospects)} prospects who never did."))
            : table;
    }

    private static double Share(long count, long total) => total == 0 ? 0 : (double)count / total;

    public static Table SegmentCounts(IReadOnlyList<(string Name, long Count)> counts, long customers)
    {
        var table = new Table().Title("Segments").AddColumns(
            new TableColumn("Segment"),
            new TableColumn("Customers").RightAligned(),
            new TableColumn("Share").RightAligned());
        foreach (var (name, count) in counts)
        {
            table.AddRow(Markup.Escape(name), N0(count), Percent(customers == 0 ? 0 : (double)count / customers));
        }

        table.AddEmptyRow();
        table.AddRow("[bold]Customers[/]", $"[bold]{N0(customers)}[/]", string.Empty);
        return table;
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

    /// <summary>The count of skipped rows and the first ones; <paramref name="withFile"/> names each one's file (several inputs).</summary>
    public static void WriteSkipped(IAnsiConsole console, InvalidRows invalid, bool withFile = false)
    {
        if (invalid.Count == 0)
        {
            return;
        }

        console.MarkupLine(CultureInfo.InvariantCulture, "[yellow]Skipped {0} invalid row(s) (--skip-invalid). First ones:[/]", N0(invalid.Count));
        foreach (var example in invalid.Examples)
        {
            if (withFile)
            {
                console.MarkupLine(CultureInfo.InvariantCulture, "  [yellow]{0}[/]", Markup.Escape(example.Message));
            }
            else
            {
                console.MarkupLine(CultureInfo.InvariantCulture, "  [yellow]line {0}[/]: {1}", example.Line, Markup.Escape(example.Reason));
            }
        }
    }

    public static string N0(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string N0(decimal value) => value.ToString("N0", CultureInfo.InvariantCulture);

    public static string Label(double share) => share.ToString("0.#%", CultureInfo.InvariantCulture);

    public static string N2(decimal value) => value.ToString("N2", CultureInfo.InvariantCulture);

    public static string Percent(double share) => share.ToString("0.0%", CultureInfo.InvariantCulture);
}
