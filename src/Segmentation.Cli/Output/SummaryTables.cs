using System.Globalization;
using Segmentation.Cli.Input;
using Segmentation.Rfm;
using Segmentation.CustomerTypes;
using Segmentation.Definitions;
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

    /// <summary>The customer types table (the run's counts per type, small ones suppressed) and, when some people never ordered, a line saying how many.</summary>
    public static IRenderable CustomerTypes(CustomerTypeRun run, SmallCellSuppression suppression)
    {
        var counts = run.Counts;
        var overlapping = run.Mode == SegmentSetMode.AllMatches;
        long[] groups = overlapping ? [.. counts.Counts, run.WithoutType] : [.. counts.Counts];

        // The library decides over the types and ordered / never ordered together, as the report does.
        var suppressed = run.Suppress(suppression);
        var all = suppressed.IsPopulationSuppressed;
        var ordering = suppressed.GroupingCount - 1;
        bool Hidden(int i) => i < counts.Names.Count ? run.IsTypeSuppressed(suppressed, i) : suppression.IsSmall(run.WithoutType) || suppression.IsSmall(counts.Total - run.WithoutType);
        var table = new Table()
            .Title(overlapping ? "Customer types (overlapping: a customer may have several types, or none)" : "Customer types (exclusive, by priority)")
            .AddColumns(new TableColumn("Type"), new TableColumn("Customers").RightAligned(), new TableColumn("Share").RightAligned());
        for (var i = 0; i < groups.Length; i++)
        {
            var name = i < counts.Names.Count ? Markup.Escape(counts.Names[i]) : "(no type)";
            var hide = all || Hidden(i);
            table.AddRow(name, hide ? Markup.Escape(suppression.Marker) : N0(groups[i]), hide ? "-" : Percent(Share(groups[i], counts.Total)));
        }

        table.AddEmptyRow();
        table.AddRow(overlapping ? "[bold]Customers[/]" : "[bold]Total[/]", all ? Markup.Escape(suppression.Marker) : $"[bold]{N0(counts.Total)}[/]", "100.0%");
        var prospects = run.Profiles.LongCount(p => p.OrderCount == 0);
        var shown = !all && !suppressed.IsSuppressed(ordering, 0) && !suppressed.IsSuppressed(ordering, 1);
        return prospects > 0 && shown
            ? new Rows(table, new Text($"{N0(counts.Total)} people: {N0(counts.Total - prospects)} customers who ordered and {N0(prospects)} prospects who never did."), Privacy(suppression))
            : new Rows(table, Privacy(suppression));
    }

    private static double Share(long count, long total) => total == 0 ? 0 : (double)count / total;

    /// <summary>Customers per segment; <paramref name="exclusive"/> counts split the customers (first match), others may overlap (all matches).</summary>
    public static IRenderable SegmentCounts(IReadOnlyList<(string Name, long Count)> counts, long customers, bool exclusive, SmallCellSuppression suppression)
    {
        long[] values = [.. counts.Select(c => c.Count)];
        var hidden = (exclusive ? suppression.Apply(values) : suppression.Apply(values, customers)).Of(0);
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

    public static IRenderable Concentration(RfmRun run)
    {
        var c = run.Concentration;
        var marker = Markup.Escape(run.Suppression.Marker);
        var table = new Table().Title("Revenue concentration").AddColumns(new TableColumn("Measure"), new TableColumn("Value").RightAligned());
        foreach (var top in c.TopCustomers)
        {
            table.AddRow($"Revenue share of the top {Label(top.CustomerShare)} of customers", top.IsSuppressed ? marker : Percent(top.RevenueShare));
        }

        foreach (var target in c.RevenueTargets)
        {
            table.AddRow($"Customers bringing {Label(target.RevenueShare)} of revenue", target.IsSuppressed ? marker : $"{Percent(target.CustomerShare)} ({N0(target.Customers)})");
        }

        table.AddRow("Gini coefficient", c.IsPopulationSuppressed ? marker : c.Gini.ToString("0.000", CultureInfo.InvariantCulture));
        var hidden = c.TopCustomers.Any(t => t.IsSuppressed) || c.RevenueTargets.Any(t => t.IsSuppressed);
        return hidden
            ? new Rows(table, new Text($"{run.Suppression.Marker}: the figure describes fewer than {run.Suppression.MinGroupSize.ToString(CultureInfo.InvariantCulture)} customers, or differs by fewer from another shown figure."))
            : table;
    }

    public static Grid RunFacts(RfmRun run, InvalidRows invalid)
    {
        // A population below the run's rule: its count and its orders are sums over fewer than k customers
        // (the orders as "-": the marker would claim fewer than k of them).
        var hidden = run.Report.IsSuppressed;
        var grid = new Grid().AddColumn().AddColumn();
        grid.AddRow("Transactions", hidden ? "-" : N0(run.Transactions));
        grid.AddRow("Customers", hidden ? Markup.Escape(run.Suppression.Marker) : N0(run.Count));
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
