using System.Globalization;
using Segmentation.CustomerTypes;
using Segmentation.Definitions;
using Segmentation.Privacy;

namespace Segmentation.Cli.Report;

/// <summary>The customer-type section: customers per type and where the activity came from; small counts suppressed by the library's rule.</summary>
internal sealed record ReportCustomerTypes(
    string AsOf,
    bool Overlapping,
    IReadOnlyList<string> Sources,
    long? People,
    long? Prospects,
    IReadOnlyList<ReportCustomerType> Types)
{
    public static ReportCustomerTypes Of(CustomerTypeRun run, IReadOnlyList<string> sources, SmallCellSuppression suppression)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(suppression);
        var meanings = CustomerTypeDefinitions.Definitions().ToDictionary(d => d.Name, d => d.Description, StringComparer.Ordinal);
        var counts = run.Counts;
        var hidden = run.Suppress(suppression);
        var all = hidden.IsPopulationSuppressed;
        var types = counts.Names
            .Select((name, i) => all || run.IsTypeSuppressed(hidden, i)
                ? new ReportCustomerType(name, meanings.GetValueOrDefault(name) ?? "None of the seven types applies.", true, null, null)
                : new ReportCustomerType(
                    name,
                    meanings.GetValueOrDefault(name) ?? "None of the seven types applies.",
                    false,
                    counts.Counts[i],
                    counts.Total == 0 ? 0 : (double)counts.Counts[i] / counts.Total))
            .ToArray();
        var prospects = run.Profiles.LongCount(p => p.OrderCount == 0);
        return new ReportCustomerTypes(
            run.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            run.Mode == SegmentSetMode.AllMatches,
            sources,
            all ? null : counts.Total,
            all || hidden.IsSuppressed(hidden.GroupingCount - 1, 0) || hidden.IsSuppressed(hidden.GroupingCount - 1, 1) ? null : prospects,
            types);
    }
}

/// <summary>One customer type of the report: its customers, their share and what the type means; a suppressed type has no figures.</summary>
internal sealed record ReportCustomerType(string Name, string? Description, bool Suppressed, long? Customers, double? Share);
