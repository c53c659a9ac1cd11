using System.Globalization;

namespace Segmentation.Tests.Analytics;

/// <summary>One CDNOW customer summarised from CDNOW_master.txt.</summary>
internal sealed record CdnowCustomer(int Id, int Orders, decimal Revenue, DateOnly FirstPurchase, DateOnly LastPurchase);

/// <summary>Reads the CDNOW master file (tests/data/cdnow) into per-customer summaries, invariant culture.</summary>
internal static class CdnowData
{
    public static readonly DateOnly End = new(1998, 6, 30);

    private static readonly Lazy<CdnowCustomer[]> All = new(() => Load(DateOnly.MaxValue));

    /// <summary>Gets every customer over the whole period, sorted by id.</summary>
    public static CdnowCustomer[] Customers => All.Value;

    /// <summary>Gets the revenue of every customer over the whole period.</summary>
    public static decimal[] Revenues => Array.ConvertAll(Customers, c => c.Revenue);

    /// <summary>Summarises the transactions dated on or before <paramref name="asOf"/>, sorted by id.</summary>
    public static CdnowCustomer[] Load(DateOnly asOf)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "data", "cdnow", "CDNOW_master.txt");
        var byId = new SortedDictionary<int, CdnowCustomer>();
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length == 0)
            {
                continue;
            }

            var id = int.Parse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture);
            var date = DateOnly.ParseExact(parts[1], "yyyyMMdd", CultureInfo.InvariantCulture);
            var dollars = decimal.Parse(parts[3], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            if (date > asOf)
            {
                continue;
            }

            byId[id] = byId.TryGetValue(id, out var c)
                ? c with { Orders = c.Orders + 1, Revenue = c.Revenue + dollars, LastPurchase = date > c.LastPurchase ? date : c.LastPurchase }
                : new CdnowCustomer(id, 1, dollars, date, date);
        }

        return [.. byId.Values];
    }
}
