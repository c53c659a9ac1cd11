namespace Segmentation.Analytics;

/// <summary>The default values of the analytics options, in one place.</summary>
internal static class AnalyticsDefaults
{
    /// <summary>The label of the "no segment" row and column of a migration matrix.</summary>
    public const string NoneLabel = "(none)";

    /// <summary>Points of a Lorenz curve: 0%, 1%, ..., 100% of customers.</summary>
    public const int LorenzPointCount = 101;

    /// <summary>Top customer shares reported by default: 1%, 10%, 20% and 50%.</summary>
    public static readonly IReadOnlyList<double> TopCustomerShares = [0.01, 0.10, 0.20, 0.50];

    /// <summary>Revenue shares reported by default: the 80 of "80/20".</summary>
    public static readonly IReadOnlyList<double> RevenueShareTargets = [0.80];
}
