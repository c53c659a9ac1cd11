using System.Globalization;
using Segmentation.CustomerTypes;
using Segmentation.Definitions;

namespace Segmentation.Cli.Report;

/// <summary>The customer-type section: customers per type (exclusive, by priority) and where the activity came from.</summary>
internal sealed record ReportCustomerTypes(
    string AsOf,
    bool Overlapping,
    IReadOnlyList<string> Sources,
    long People,
    long Prospects,
    long WithoutType,
    IReadOnlyList<ReportCustomerType> Types)
{
    public static ReportCustomerTypes Of(CustomerTypeRun run, IReadOnlyList<string> sources)
    {
        ArgumentNullException.ThrowIfNull(run);
        var meanings = CustomerTypeDefinitions.Definitions().ToDictionary(d => d.Name, d => d.Description, StringComparer.Ordinal);
        var counts = run.Counts;
        var types = counts.Names
            .Select((name, i) => new ReportCustomerType(
                name,
                meanings.GetValueOrDefault(name) ?? "None of the seven types applies.",
                counts.Counts[i],
                counts.Total == 0 ? 0 : (double)counts.Counts[i] / counts.Total))
            .ToArray();
        return new ReportCustomerTypes(
            run.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            run.Mode == SegmentSetMode.AllMatches,
            sources,
            counts.Total,
            run.Profiles.LongCount(p => p.OrderCount == 0),
            run.WithoutType,
            types);
    }
}

/// <summary>One customer type of the report: its customers, their share and what the type means.</summary>
internal sealed record ReportCustomerType(string Name, string? Description, long Customers, double Share);
