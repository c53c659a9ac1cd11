using System.Diagnostics;
using System.Globalization;
using Segmentation.Cli.Database;
using Segmentation.Rfm;
using Spectre.Console;

namespace Segmentation.Cli.Commands;

/// <summary>Reads the transactions of <c>--connection</c>: aggregated per customer in the database, with the time it took on stderr.</summary>
internal static class DatabaseLoader
{
    /// <summary>The current snapshot and, with <paramref name="previousAsOf"/>, the orders dated before it, each grouped by the database.</summary>
    public static (RfmAggregates Current, RfmAggregates? Previous) Load(CliEnvironment environment, InputSettings settings, DateOnly? previousAsOf = null)
    {
        var stopwatch = Stopwatch.StartNew();
        var suppressed = settings.SuppressionList(environment);
        using var source = settings.OpenSource(environment);
        var current = DatabaseOrders.Aggregate(source, settings.Columns, settings.AsOfDate, before: null, suppressed, environment.Cancellation);
        var previous = previousAsOf is { } cut ? DatabaseOrders.Aggregate(source, settings.Columns, cut, before: cut, suppressed, environment.Cancellation) : null;
        environment.Error.MarkupLine(
            CultureInfo.InvariantCulture,
            "[grey]{0}[/]",
            Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"Grouped {current.Transactions:N0} rows into {current.Count:N0} customers in the database ({source.Name}) in {stopwatch.Elapsed.TotalSeconds:0.00} s")));
        return (current, previous);
    }
}
