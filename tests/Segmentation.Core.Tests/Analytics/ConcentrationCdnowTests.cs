using Segmentation.Analytics;
using Segmentation.Privacy;

namespace Segmentation.Tests.Analytics;

/// <summary>The published 80/20 anchors of CDNOW_master (reference/field-anchors.md), recomputed from the raw file.</summary>
public sealed class ConcentrationCdnowTests
{
    // The exact figures of small populations: these tests are about the arithmetic, not the small-cell rule.
    private static readonly ConcentrationOptions Exact = new() { Suppression = SmallCellSuppression.Off };

    private static readonly Lazy<ConcentrationResult> Result = new(() => Concentration.Analyze(CdnowData.Revenues, Exact));

    [Fact]
    public void Analyze_Cdnow_PopulationMatchesTheDataSet()
    {
        Assert.Equal(23_570, Result.Value.Customers);
        Assert.Equal(2_500_315.63m, Result.Value.TotalRevenue);
        Assert.Equal(68, Result.Value.ZeroRevenueCustomers);
        Assert.Equal(0, Result.Value.NegativeRevenueCustomers);
    }

    [Fact]
    public void Analyze_Cdnow_Top20PercentBring67_78PercentOfRevenue()
    {
        var top = Result.Value.GetTopCustomers(0.20);

        Assert.Equal(4_714, top.Customers);
        Assert.Equal(0.6778, Math.Round(top.RevenueShare, 4));
    }

    [Fact]
    public void Analyze_Cdnow_80PercentOfRevenueComesFromTop32_65Percent()
    {
        var target = Result.Value.GetCustomersFor(0.80);

        Assert.Equal(7_695, target.Customers);
        Assert.Equal(0.3265, Math.Round(target.CustomerShare, 4));
        Assert.True(target.Revenue >= 0.8m * Result.Value.TotalRevenue);
    }

    [Fact]
    public void Analyze_Cdnow_GiniIs0_6346()
    {
        Assert.Equal(0.6346, Math.Round(Result.Value.Gini, 4));
    }

    [Theory]
    [InlineData(0.01, 0.159)]
    [InlineData(0.10, 0.509)]
    [InlineData(0.50, 0.896)]
    public void Analyze_Cdnow_OtherTopSharesMatchTheAnchors(double customerShare, double revenueShare)
    {
        Assert.Equal(revenueShare, Math.Round(Result.Value.GetTopCustomers(customerShare).RevenueShare, 3));
    }

    [Fact]
    public void Analyze_Cdnow_LorenzCurveAt80PercentMatchesTop20()
    {
        var at80 = Result.Value.LorenzCurve[80];

        Assert.Equal(0.8, at80.CustomerShare, 12);
        Assert.Equal(1 - Result.Value.GetTopCustomers(0.20).RevenueShare, at80.RevenueShare, 12);
    }

    [Fact]
    public async Task AnalyzeAsync_Cdnow_EqualsAnalyze()
    {
        var streamed = await Concentration.AnalyzeAsync(CdnowData.Revenues.ToAsyncEnumerable(), Exact, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(Result.Value.Gini, streamed.Gini);
        Assert.Equal(Result.Value.LorenzCurve, streamed.LorenzCurve);
        Assert.Equal(Result.Value.TopCustomers, streamed.TopCustomers);
        Assert.Equal(Result.Value.RevenueTargets, streamed.RevenueTargets);
    }
}
