using Segmentation.Analytics;
using Segmentation.Privacy;

namespace Segmentation.Tests.Analytics;

public sealed class ConcentrationTests
{
    // The exact figures of small populations: these tests are about the arithmetic, not the small-cell rule.
    private static readonly ConcentrationOptions Exact = new() { Suppression = SmallCellSuppression.Off };

    [Fact]
    public void Analyze_ZeroRevenueCustomers_StayInThePopulation()
    {
        var result = Concentration.Analyze([0m, 0m, 10m, 10m], new ConcentrationOptions { Suppression = SmallCellSuppression.Off, TopCustomerShares = [0.5], LorenzPointCount = 5 });

        Assert.Equal(4, result.Customers);
        Assert.Equal(2, result.ZeroRevenueCustomers);
        Assert.Equal(1.0, result.GetTopCustomers(0.5).RevenueShare);
        Assert.Equal(0.5, result.Gini, 12);
        Assert.Equal([0, 0, 0, 0.5, 1], result.LorenzCurve.Select(p => p.RevenueShare));
    }

    [Fact]
    public void Analyze_NegativeRevenueByDefault_ThrowsNamingTheCustomer()
    {
        var error = Assert.Throws<SegmentationException>(() => Concentration.Analyze([5m, -2.5m, 1m], Exact));

        Assert.Contains("#1", error.Message, StringComparison.Ordinal);
        Assert.Contains("-2.5", error.Message, StringComparison.Ordinal);
        Assert.Contains("NegativeRevenue", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyze_NegativeRevenueTreatedAsZero_KeepsTheCustomerAtZero()
    {
        var result = Concentration.Analyze([10m, -4m, 10m, 0m], new ConcentrationOptions { Suppression = SmallCellSuppression.Off, NegativeRevenue = NegativeRevenueHandling.TreatAsZero });
        var same = Concentration.Analyze([10m, 0m, 10m, 0m], Exact);

        Assert.Equal(4, result.Customers);
        Assert.Equal(1, result.NegativeRevenueCustomers);
        Assert.Equal(1, result.ZeroRevenueCustomers);
        Assert.Equal(20m, result.TotalRevenue);
        Assert.Equal(same.Gini, result.Gini);
    }

    [Fact]
    public void Analyze_NegativeRevenueExcluded_LeavesTheCustomerOut()
    {
        var result = Concentration.Analyze([10m, -4m, 30m], new ConcentrationOptions { Suppression = SmallCellSuppression.Off, NegativeRevenue = NegativeRevenueHandling.Exclude });

        Assert.Equal(2, result.Customers);
        Assert.Equal(1, result.NegativeRevenueCustomers);
        Assert.Equal(Concentration.Analyze([10m, 30m], Exact).Gini, result.Gini);
    }

    [Fact]
    public void Analyze_NoCustomers_IsPerfectlyEqual()
    {
        var result = Concentration.Analyze([], Exact);

        Assert.Equal(0, result.Customers);
        Assert.Equal(0, result.Gini);
        Assert.All(result.LorenzCurve, p => Assert.Equal(p.CustomerShare, p.RevenueShare));
        Assert.Equal(0, result.GetCustomersFor(0.8).Customers);
    }

    [Fact]
    public void Analyze_AllZeroRevenue_IsPerfectlyEqual()
    {
        var result = Concentration.Analyze([0m, 0m, 0m, 0m, 0m], Exact);

        Assert.Equal(0, result.Gini);
        Assert.Equal(4, result.GetCustomersFor(0.8).Customers);
        Assert.Equal(0.2, result.GetTopCustomers(0.2).RevenueShare, 12);
        Assert.All(result.LorenzCurve, p => Assert.Equal(p.CustomerShare, p.RevenueShare, 12));
    }

    [Fact]
    public void Analyze_OneCustomerBringsEverything_GiniIsOneMinusOneOverN()
    {
        var result = Concentration.Analyze([0m, 0m, 0m, 100m], Exact);

        Assert.Equal(0.75, result.Gini, 12);
        Assert.Equal(1, result.GetCustomersFor(0.8).Customers);
    }

    [Fact]
    public void Analyze_TopShareOfFewCustomers_RoundsCustomersUp()
    {
        // 20% of 3 customers is 0.6 of a customer: the top 1 customer is counted.
        var result = Concentration.Analyze([1m, 2m, 7m], Exact);

        Assert.Equal(1, result.GetTopCustomers(0.2).Customers);
        Assert.Equal(0.7, result.GetTopCustomers(0.2).RevenueShare, 12);
    }

    [Fact]
    public void Analyze_LorenzBetweenCustomers_InterpolatesLinearly()
    {
        var result = Concentration.Analyze([1m, 3m], new ConcentrationOptions { Suppression = SmallCellSuppression.Off, LorenzPointCount = 5 });

        Assert.Equal([0, 0.125, 0.25, 0.625, 1], result.LorenzCurve.Select(p => p.RevenueShare));
    }

    [Fact]
    public void GetTopCustomers_ShareNotRequested_Throws()
    {
        var result = Concentration.Analyze([1m, 2m], Exact);

        var error = Assert.Throws<SegmentationException>(() => result.GetTopCustomers(0.3));
        Assert.Contains("TopCustomerShares", error.Message, StringComparison.Ordinal);
        Assert.Throws<SegmentationException>(() => result.GetCustomersFor(0.9));
    }

    [Theory]
    [InlineData(1, 0.2, 0.8)]
    [InlineData(101, 0.0, 0.8)]
    [InlineData(101, 1.5, 0.8)]
    [InlineData(101, 0.2, double.NaN)]
    public void Analyze_InvalidOptions_ThrowSegmentationException(int points, double top, double target)
    {
        var options = new ConcentrationOptions { Suppression = SmallCellSuppression.Off, LorenzPointCount = points, TopCustomerShares = [top], RevenueShareTargets = [target] };

        Assert.Throws<SegmentationException>(() => Concentration.Analyze([1m], options));
    }

    [Fact]
    public async Task AnalyzeAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await Concentration.AnalyzeAsync(new[] { 1m, 2m }.ToAsyncEnumerable(), Exact, cts.Token));
    }
}
