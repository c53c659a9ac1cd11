using FsCheck.Xunit;
using Segmentation.Prediction.Models;
using Segmentation.Prediction.Summary;
using Segmentation.Prediction.Tests.Generators;
using Segmentation.Prediction.Value;

namespace Segmentation.Prediction.Tests.Models;

/// <summary>Every prediction of every count model is finite and in range on the whole grid (x to 1,000, T to 10,000): no overflow, no NaN.</summary>
public sealed class PredictionProperties
{
    public static TheoryData<string> ModelNames => ["BG/NBD", "MBG/NBD", "Pareto/NBD"];

    private static CountModel Model(string name) => name switch
    {
        "BG/NBD" => CdnowFits.BgNbd,
        "MBG/NBD" => CdnowFits.ModifiedBgNbd,
        _ => CdnowFits.ParetoNbd,
    };

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void ProbabilityAlive_IsAProbability(CustomerSummary customer)
    {
        foreach (var name in ModelNames)
        {
            var p = Model(name).ProbabilityAlive(customer);
            Assert.True(p is >= 0d and <= 1d, $"{name}: P(alive) = {p} for {customer}");
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 150)]
    public void ConditionalExpectedPurchases_IsFiniteNonNegativeAndGrowsWithTheHorizon(CustomerSummary customer, Horizon horizon)
    {
        foreach (var name in ModelNames)
        {
            var model = Model(name);
            var shorter = model.ConditionalExpectedPurchases(horizon.Value / 2, customer);
            var longer = model.ConditionalExpectedPurchases(horizon.Value, customer);
            Assert.True(double.IsFinite(longer) && shorter >= 0d && longer >= shorter * (1 - 1e-9), $"{name}: E = {shorter} then {longer} for {customer}, t = {horizon.Value}");
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void DiscountedPurchases_LieBetweenZeroAndTheUndiscounted(CustomerSummary customer)
    {
        foreach (var name in ModelNames)
        {
            var model = Model(name);
            var undiscounted = model.ConditionalExpectedPurchases(52, customer);
            var discounted = CustomerValue.DiscountedPurchases(model, customer, 52, 0.1);
            Assert.True(discounted >= 0d && discounted <= undiscounted * (1 + 1e-9), $"{name}: {discounted} vs {undiscounted} for {customer}");
        }
    }

    [Property(Arbitrary = [typeof(Arbitraries)], MaxTest = 60)]
    public void ProbabilityOfPurchases_IsAProbability(Horizon horizon, int count)
    {
        var k = Math.Abs(count % 1001);
        foreach (var name in ModelNames)
        {
            var p = Model(name).ProbabilityOfPurchases(horizon.Value, k);
            Assert.True(p is >= 0d and <= 1d, $"{name}: P(X({horizon.Value}) = {k}) = {p}");
        }
    }

    [Fact]
    public void DiscountedPurchases_ZeroRate_EqualsTheExpectation()
    {
        var customer = new CustomerSummary("c", 2, 30.43, 38.86);

        Assert.Equal(CdnowFits.BgNbd.ConditionalExpectedPurchases(52, customer), CustomerValue.DiscountedPurchases(CdnowFits.BgNbd, customer, 52, 0d), 1e-12);
    }

    [Fact]
    public void LifetimeValue_IsDiscountedPurchasesTimesExpectedSpend()
    {
        var customer = new CustomerSummary("c", 2, 30.43, 38.86, 22.35m);
        var spend = new GammaGammaModel(6.25, 3.74, 15.44);

        var value = CustomerValue.LifetimeValue(CdnowFits.BgNbd, spend, customer, 52, 0.1);

        var expected = spend.ExpectedSpend(customer)!.Value * (decimal)CustomerValue.DiscountedPurchases(CdnowFits.BgNbd, customer, 52, 0.1);
        Assert.Equal(Math.Round(expected, 6), value);
    }
}
